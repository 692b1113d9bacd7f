package io.switchboard.core.knowledge;

/** No article has that key. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String key) {
        super("no knowledge-base article with key '" + key + "'");
    }
}
