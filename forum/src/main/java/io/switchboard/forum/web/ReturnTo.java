package io.switchboard.forum.web;

import java.util.regex.Pattern;

/** Where to send a reader back to after a form: a page of the forum, never another site. */
final class ReturnTo {

    static final String HOME = "/forum";

    /** A forum path with an optional query: no scheme, no host, no {@code //}, no backslash, no line break. */
    private static final Pattern FORUM_PAGE = Pattern.compile("/forum(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?(\\?[^\\s\\\\#]*)?");

    private ReturnTo() {
    }

    /** {@code path} when it is a forum page other than the sign-in and registration forms; otherwise the boards. */
    static String forumPage(String path) {
        if (path == null || !FORUM_PAGE.matcher(path).matches() || path.contains("//")
                || path.startsWith("/forum/login") || path.startsWith("/forum/register")
                || path.startsWith("/forum/logout")) {
            return HOME;
        }
        return path;
    }
}
