package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.Section;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.core.ticket.TicketCategory;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * {@code /help/sitemap.xml}: the home page, every category and every section with articles, every
 * published article, each in the languages it exists in (an article in one language is listed once),
 * every entry naming its language versions ({@code xhtml:link}) and when its articles last changed.
 */
@Component
class Sitemap {

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final KnowledgeSections sections;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    Sitemap(KnowledgeSections sections) {
        this.sections = sections;
    }

    /** @param base the absolute address the help center is served from */
    String write(Catalog catalog, String base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAPS);
            xml.writeNamespace("xhtml", XHTML);
            page(xml, base + "/help", PublicAddress.LANGUAGES, Catalog.lastChange(catalog.all()));
            for (Map.Entry<TicketCategory, List<Section>> category : sections.tree().entrySet()) {
                page(xml, base + CategorySlugs.path(category.getKey()), PublicAddress.LANGUAGES,
                        Catalog.lastChange(catalog.in(category.getKey())));
                for (Section section : category.getValue()) {
                    List<StoredArticle> listed = catalog.in(section);
                    if (!listed.isEmpty()) {
                        page(xml, base + CategorySlugs.path(section), PublicAddress.LANGUAGES,
                                Catalog.lastChange(listed));
                    }
                }
            }
            for (StoredArticle article : catalog.all().stream()
                    .sorted(Comparator.comparing(a -> a.content().key())).toList()) {
                page(xml, base + ArticlePage.path(article.content().key()), article.content().variants().keySet(),
                        article.updatedAt());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out.toString();
    }

    /** One {@code <url>} per language of the page, each with all of the page's alternates. */
    private static void page(XMLStreamWriter xml, String absolute, Collection<String> languages, Instant lastChange)
            throws XMLStreamException {
        List<PageMeta.Alternate> alternates = PublicAddress.alternates(absolute, languages);
        for (String language : PublicAddress.LANGUAGES) {
            if (!languages.contains(language)) {
                continue;
            }
            xml.writeStartElement("url");
            element(xml, "loc", PublicAddress.inLanguage(absolute, language));
            if (lastChange != null) {
                element(xml, "lastmod", lastChange.atZone(ZoneOffset.UTC).toLocalDate().toString());
            }
            for (PageMeta.Alternate alternate : alternates) {
                xml.writeEmptyElement("xhtml", "link", XHTML);
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", alternate.hreflang());
                xml.writeAttribute("href", alternate.href());
            }
            xml.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
