package io.switchboard.admin.web;

import io.switchboard.admin.api.PageResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.Page;

/**
 * What a list page's pager ({@code console/fragments :: pager}) shows: where the reader is and the
 * links to the pages before and after. The links are the page's own address with the request's
 * query as it came (filters, search words, page size) and only {@code page} changed, so paging never
 * drops a filter, and a new filter on a page needs nothing here.
 *
 * @param number the page shown, from 0
 * @param totalPages how many pages the list has
 * @param base the page's path relative to the application, with the query minus {@code page}
 */
public record Pager(int number, int totalPages, String base) {

    private static final String PAGE = "page";

    public static Pager of(Page<?> page, HttpServletRequest request) {
        return new Pager(page.getNumber(), page.getTotalPages(), base(request));
    }

    public static Pager of(PageResponse<?> page, HttpServletRequest request) {
        return new Pager(page.page(), page.totalPages(), base(request));
    }

    /** Whether there is anything to page through: a list on one page shows no pager. */
    public boolean shown() {
        return totalPages > 1;
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    /** The link to the page before, for {@code @{...}} to put the context path in front of. */
    public String previous() {
        return link(number - 1);
    }

    public String next() {
        return link(number + 1);
    }

    private String link(int page) {
        return base + (base.contains("?") ? "&" : "?") + PAGE + "=" + page;
    }

    private static String base(HttpServletRequest request) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!PAGE.equals(parameter.getKey())) {
                for (String value : parameter.getValue()) {
                    // form encoding, as the browser sent it: a '+' in a search stays a '+', not a space
                    query.add(encode(parameter.getKey()) + "=" + encode(value));
                }
            }
        }
        return request.getRequestURI().substring(request.getContextPath().length()) + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
