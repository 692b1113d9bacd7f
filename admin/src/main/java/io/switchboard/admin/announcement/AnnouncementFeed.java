package io.switchboard.admin.announcement;

import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /feed/announcements.xml}: the published, unexpired announcements as RSS 2.0, newest
 * first, for anyone; {@code ?lang=zh} gives the Chinese texts (English where an announcement has
 * none). The XML writer escapes every text, so a title with markup or a script stays text.
 */
@RestController
class AnnouncementFeed {

    static final String PATH = "/feed/announcements.xml";
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final List<String> LANGUAGES = List.of("en", "zh");

    private final Announcements announcements;
    private final MessageSource messages;
    private final Clock clock;

    AnnouncementFeed(Announcements announcements, MessageSource messages, Clock clock) {
        this.announcements = announcements;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(@RequestParam(defaultValue = "en") String lang) throws XMLStreamException {
        String language = LANGUAGES.contains(lang) ? lang : "en";
        Locale locale = Locale.forLanguageTag(language);
        Instant now = clock.instant();
        String self = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery("lang=" + language)
                .toUriString();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("channel");
        element(xml, "title", messages.getMessage("feed.title", null, locale));
        element(xml, "link", self);
        element(xml, "description", messages.getMessage("feed.description", null, locale));
        element(xml, "language", language);
        for (AnnouncementContent announcement : announcements.all()) {
            if (announcement.activeAt(now)) {
                item(xml, announcement, language, locale, self);
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(RSS).body(out.toString());
    }

    private void item(XMLStreamWriter xml, AnnouncementContent announcement, String language, Locale locale,
            String self) throws XMLStreamException {
        AnnouncementText text = announcement.text(language);
        xml.writeStartElement("item");
        element(xml, "title", text.title());
        element(xml, "description", text.body());
        element(xml, "category", messages.getMessage("console.announcements.category." + announcement.category(),
                null, locale));
        element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                announcement.publishedAt().atOffset(ZoneOffset.UTC)));
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(self.replaceAll("\\?.*$", "") + "#" + announcement.id());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
