package io.switchboard.helpcenter.article;

/** A page above the one shown, in its breadcrumbs. */
public record Crumb(String title, String path) {
}
