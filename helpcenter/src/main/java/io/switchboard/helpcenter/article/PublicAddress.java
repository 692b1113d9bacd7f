package io.switchboard.helpcenter.article;

import io.switchboard.helpcenter.HelpCenterProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The help center's absolute addresses, for the links that are followed from outside the site: the
 * configured public address ({@link HelpCenterProperties}), else the request's own (behind a proxy, only
 * right if it forwards the host).
 * A page's language versions differ only by {@code ?lang=}: the site has no language in its paths.
 */
@Component
class PublicAddress {

    /** The languages the site speaks, as SiteLanguage offers them. */
    static final List<String> LANGUAGES = List.of("zh", "en");

    private final String configured;

    PublicAddress(HelpCenterProperties properties) {
        this.configured = properties.absolute("").orElse(null);
    }

    /** {@code https://help.example.com}, without a slash at the end. */
    String base(HttpServletRequest request) {
        return configured != null ? configured
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }

    static String inLanguage(String absolute, String language) {
        return absolute + "?lang=" + language;
    }

    /** The alternates of a page written in {@code languages}, x-default last. */
    static List<PageMeta.Alternate> alternates(String absolute, Collection<String> languages) {
        List<PageMeta.Alternate> alternates = new ArrayList<>();
        LANGUAGES.stream().filter(languages::contains)
                .forEach(language -> alternates.add(new PageMeta.Alternate(language, inLanguage(absolute, language))));
        alternates.add(new PageMeta.Alternate("x-default", absolute));
        return List.copyOf(alternates);
    }

    PageMeta meta(HttpServletRequest request, String path, String language, Collection<String> languages,
            String title, String description, String type) {
        String absolute = base(request) + path;
        return new PageMeta(title, description, inLanguage(absolute, language), alternates(absolute, languages), type,
                "zh".equals(language) ? "zh_CN" : "en_US");
    }
}
