package io.switchboard.connector.webchat.sending;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.answer.BotAnswer;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.web.markdown.ArticleMarkdown;
import io.switchboard.web.markdown.HtmlText;
import org.springframework.stereotype.Component;

/**
 * What a delivered message shows besides its text, as the frame's {@code details} JSON: its buttons
 * ({@code choices}), its stored files ({@code files}: id, name, type) and, for the bot's answer, the article it is
 * ({@code card}: key, title, summary, url) in the language of the member's thread. The answer is recognized by its
 * Yes / No buttons ({@code sb1:<answer id>:y|n}), which name the {@link BotAnswer} and through it the article.
 */
@Component
class FrameDetails {

    /** About two lines of the widget's card. */
    static final int SUMMARY = 200;
    private static final Pattern ANSWER_BUTTON = Pattern.compile("sb1:(\\d{1,18}):[yn]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotAnswerRepository answers;
    private final KnowledgeBase knowledge;
    private final ArticleMarkdown markdown;
    private final Attachments attachments;

    FrameDetails(BotAnswerRepository answers, KnowledgeBase knowledge, ArticleMarkdown markdown,
            Attachments attachments) {
        this.answers = answers;
        this.knowledge = knowledge;
        this.markdown = markdown;
        this.attachments = attachments;
    }

    /** The details JSON; null for a plain text. */
    String of(OutboundMessage message) {
        Map<String, Object> details = new LinkedHashMap<>();
        card(message).ifPresent(card -> details.put("card", card));
        if (!message.choices().isEmpty()) {
            details.put("choices", message.choices().stream()
                    .map(choice -> Map.of("label", choice.label(), "data", choice.data())).toList());
        }
        List<Map<String, Object>> files = files(message.attachments());
        if (!files.isEmpty()) {
            details.put("files", files);
        }
        if (details.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frame's details are plain values", e);
        }
    }

    private Optional<Map<String, Object>> card(OutboundMessage message) {
        if (message.sender().kind() != Sender.Kind.BOT_ANSWER) {
            return Optional.empty();
        }
        return message.choices().stream().map(Choice::data).map(ANSWER_BUTTON::matcher).filter(Matcher::matches)
                .findFirst().flatMap(button -> answers.findById(Long.parseLong(button.group(1))))
                .filter(answer -> answer.getKind() == BotAnswer.Kind.ANSWER && !answer.getArticleKeys().isEmpty())
                .flatMap(this::card);
    }

    private Optional<Map<String, Object>> card(BotAnswer answer) {
        String key = answer.getArticleKeys().get(0);
        String language = answer.getThread().getLanguage();
        // an answer with an announcement has no article: the text alone says it
        return knowledge.article(key).map(article -> {
            ArticleText text = article.content().variant(language == null ? "en" : language);
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("key", key);
            card.put("title", markdown.fillIn(text.title()));
            card.put("summary", HtmlText.summary(markdown.toHtml(text.body()), SUMMARY));
            card.put("url", "/help/articles/" + key);
            return card;
        });
    }

    private List<Map<String, Object>> files(List<Attachment> sent) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Attachment attachment : sent) {
            OptionalLong id = Attachments.idOf(attachment.fileId());
            if (id.isPresent()) {
                attachments.content(id.getAsLong()).ifPresent(content -> {
                    StoredAttachment meta = content.meta();
                    files.add(Map.of("id", meta.id(), "name", meta.filename(), "type", meta.contentType()));
                });
            }
        }
        return files;
    }
}
