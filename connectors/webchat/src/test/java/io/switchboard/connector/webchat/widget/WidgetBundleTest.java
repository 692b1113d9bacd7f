package io.switchboard.connector.webchat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** What a site's visitors download, and the words they read in either language. */
class WidgetBundleTest {

    private static final int LIMIT = 50 * 1024;

    @Test
    void scriptAndStylesheetTogetherStayUnder50KilobytesGzipped() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(read("widget.js"));
            gzip.write(read("widget.css"));
        }
        System.out.printf("widget.js + widget.css: %d bytes gzipped (limit %d)%n", zipped.size(), LIMIT);

        assertThat(zipped.size()).isLessThan(LIMIT);
    }

    @Test
    void everyTextHasAChineseAndAnEnglishWording() throws IOException {
        String script = new String(read("widget.js"), StandardCharsets.UTF_8);

        Set<String> english = keys(script, "en");
        Set<String> chinese = keys(script, "zh");

        assertThat(english).contains("title", "queued", "unstaffedHours", "emailAsk", "humanText");
        assertThat(chinese).containsExactlyElementsOf(english);
    }

    /** The keys of the table between the script's {@code /*<lang>*}{@code /} and {@code /*</lang>*}{@code /} marks. */
    private static Set<String> keys(String script, String lang) {
        Matcher table = Pattern.compile("/\\*<" + lang + ">\\*/(.*?)/\\*</" + lang + ">\\*/", Pattern.DOTALL)
                .matcher(script);
        assertThat(table.find()).as("the %s strings are marked in widget.js", lang).isTrue();
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = Pattern.compile("(?m)^\\s*(\\w+):\\s*['\"]").matcher(table.group(1));
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = new ClassPathResource("static/chat/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
