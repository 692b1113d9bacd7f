package io.switchboard.router.answer;

import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.text.KnowledgeAnalyzers;
import io.switchboard.text.Scripts;
import io.switchboard.text.TermReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article or announcement as the engine holds it: its texts per search field, and the term
 * sets the confidence features compare a message with.
 *
 * @param id the article key, or {@code announcement:<id>}
 * @param fieldTexts normalized text per index field (a field may hold several values)
 * @param terms every term of every language, for coverage
 * @param questions the terms of each title and phrasing, for the closest-phrasing overlap
 */
record IndexedEntry(String id, ArticleContent article, AnnouncementContent announcement,
        Map<String, List<String>> fieldTexts, Set<String> terms, List<Set<String>> questions) {

    static final String ANNOUNCEMENT_PREFIX = "announcement:";

    boolean isAnnouncement() {
        return announcement != null;
    }

    static String announcementId(long id) {
        return ANNOUNCEMENT_PREFIX + id;
    }

    static IndexedEntry of(ArticleContent article, TermReader reader) {
        if (article.variants().isEmpty()) {
            throw new IllegalArgumentException("article '" + article.key() + "' has no language variant");
        }
        Builder builder = new Builder(reader);
        article.variants().forEach((lang, text) -> builder.add(lang, text));
        article.tags().forEach(builder::addTag);
        return new IndexedEntry(article.key(), article, null, builder.fields, builder.terms, builder.questions);
    }

    static IndexedEntry of(AnnouncementContent announcement, TermReader reader) {
        if (announcement.id() == null) {
            throw new IllegalArgumentException("an announcement needs its id before it is indexed");
        }
        if (announcement.texts().isEmpty()) {
            throw new IllegalArgumentException("announcement " + announcement.id() + " has no text");
        }
        Builder builder = new Builder(reader);
        announcement.texts().forEach((lang, text) -> builder.add(lang, text));
        return new IndexedEntry(announcementId(announcement.id()), null, announcement, builder.fields,
                builder.terms, builder.questions);
    }

    /** Collects fields and terms language by language. */
    private static final class Builder {

        private final TermReader reader;
        private final Map<String, List<String>> fields = new java.util.HashMap<>();
        private final Set<String> terms = new HashSet<>();
        private final List<Set<String>> questions = new ArrayList<>();

        Builder(TermReader reader) {
            this.reader = reader;
        }

        void add(String lang, ArticleText text) {
            List<String> asked = new ArrayList<>();
            asked.add(text.title());
            asked.addAll(text.phrasings());
            add(lang, asked, text.body());
        }

        void add(String lang, AnnouncementText text) {
            add(lang, List.of(text.title()), text.body());
        }

        /** Tags count as short questions in their own script's fields. */
        void addTag(String tag) {
            String normalized = reader.normalize(tag);
            boolean chinese = Scripts.hasHan(normalized);
            put(chinese ? KnowledgeAnalyzers.QUESTION_ZH : KnowledgeAnalyzers.QUESTION_EN, normalized);
            if (chinese) {
                put(KnowledgeAnalyzers.QUESTION_CJK, normalized);
            }
            terms.addAll(reader.termsOf(normalized));
        }

        private void add(String lang, List<String> asked, String body) {
            boolean chinese = "zh".equals(lang);
            String questionField = chinese ? KnowledgeAnalyzers.QUESTION_ZH : KnowledgeAnalyzers.QUESTION_EN;
            String bodyField = chinese ? KnowledgeAnalyzers.BODY_ZH : KnowledgeAnalyzers.BODY_EN;
            for (String question : asked) {
                String normalized = reader.normalize(question);
                put(questionField, normalized);
                if (chinese) {
                    put(KnowledgeAnalyzers.QUESTION_CJK, normalized);
                }
                Set<String> questionTerms = reader.termsOf(normalized);
                questions.add(questionTerms);
                terms.addAll(questionTerms);
            }
            String normalizedBody = reader.normalize(body);
            put(bodyField, normalizedBody);
            if (chinese) {
                put(KnowledgeAnalyzers.BODY_CJK, normalizedBody);
            }
            terms.addAll(reader.termsOf(normalizedBody));
        }

        private void put(String field, String text) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
        }
    }
}
