package io.switchboard.helpcenter.request;

/** The addresses of a member's requests (the help center's URL map). */
final class MyRequestPaths {

    static final String LIST = "/help/my/requests";

    private MyRequestPaths() {
    }

    static String page(long id) {
        return LIST + "/" + id;
    }
}
