package io.switchboard.helpcenter.article;

/** An article in a list: its title in the reader's language and its address. */
public record ArticleLink(String key, String title) {

    public String path() {
        return ArticlePage.path(key);
    }
}
