package io.switchboard.web.language;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language choice's links ({@code site/fragments :: languages}): the page being read, with its query
 * kept and only {@code lang} set, so that switching language on a search's results or a filtered list
 * shows the same results in the other language rather than an empty page.
 */
@Component("languageLinks")
public class LanguageLinks {

    /** {@code ?q=withdrawal&lang=zh} for {@code zh} on {@code /help/search?q=withdrawal&lang=en}. */
    public String to(String language) {
        HttpServletRequest request = currentRequest();
        String query = request == null ? null : request.getQueryString();
        return UriComponentsBuilder.newInstance().query(query).replaceQueryParam("lang", language)
                .build().toUriString();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
