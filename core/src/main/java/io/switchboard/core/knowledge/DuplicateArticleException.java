package io.switchboard.core.knowledge;

/** An article with that key exists already; update it instead. */
public class DuplicateArticleException extends RuntimeException {

    public DuplicateArticleException(String key) {
        super("a knowledge-base article with key '" + key + "' exists already");
    }
}
