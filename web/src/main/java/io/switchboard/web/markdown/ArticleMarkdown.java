package io.switchboard.web.markdown;

import io.switchboard.core.answer.AnswerEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A knowledge-base article's body as HTML, the one way every page shows it: the help center's article
 * and search, the console's editor preview and old versions. Its placeholders ({@code {exchange}},
 * {@code {website}}...) are filled in as the answer engine fills them in its answers, and it is read as
 * the chat text it also is ({@link Markdown#fromChatText}: a list ends where the chat's does), then
 * cleaned like every post.
 */
@Component
public class ArticleMarkdown {

    private final Markdown markdown;
    private final ObjectProvider<AnswerEngine> engine;

    ArticleMarkdown(Markdown markdown, ObjectProvider<AnswerEngine> engine) {
        this.markdown = markdown;
        this.engine = engine;
    }

    public String toHtml(String body) {
        return markdown.toHtml(Markdown.fromChatText(fillIn(body == null ? "" : body)));
    }

    /** The text with its placeholders filled in; as written where no answer engine runs. */
    public String fillIn(String text) {
        AnswerEngine filler = engine.getIfAvailable();
        return filler == null ? text : filler.fillIn(text);
    }
}
