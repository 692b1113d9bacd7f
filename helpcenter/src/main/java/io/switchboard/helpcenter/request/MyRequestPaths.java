package io.switchboard.helpcenter.request;

/** The addresses of a member's requests (the help center's URL map). */
final class MyRequestPaths {

    static final String LIST = "/help/my/requests";
    /** Where a member gives the address the help center writes to. */
    static final String ADDRESS = "/help/my/address";

    private MyRequestPaths() {
    }

    static String page(long id) {
        return LIST + "/" + id;
    }
}
