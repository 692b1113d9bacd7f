package io.switchboard.admin.knowledge;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.ticket.TicketCategory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The console's article editor: the key (set once, when the article is created), category, help-center
 * section, tags (separated by commas), and the article in Chinese and in English, each a title, a Markdown
 * body and the phrasings members use, one a line. Either language may be left empty, not both. The button
 * pressed sets the {@link #status}: "Save draft" or "Publish". {@link #validate} rejects with message codes
 * the page shows next to the fields, in the reader's language, with the limits {@link ArticleContent} has.
 */
public class ArticleForm {

    static final int MAX_KEY = 100;
    static final int MAX_SECTION = 64;
    static final int MAX_TAG = 64;
    static final int MAX_TITLE = 255;
    static final int MAX_BODY = 20_000;
    static final int MAX_PHRASING = 500;
    private static final Pattern SLUG = Pattern.compile(ArticleContent.KEY_PATTERN);
    /** Tags are separated by commas, Latin or Chinese. */
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,，、]");

    private String key;
    private TicketCategory category;
    private String section;
    private String tags;
    private boolean promoted;
    private ArticleStatus status = ArticleStatus.DRAFT;
    private String titleZh;
    private String bodyZh;
    private String phrasingsZh;
    private String titleEn;
    private String bodyEn;
    private String phrasingsEn;

    static ArticleForm of(ArticleContent content) {
        ArticleForm form = new ArticleForm();
        form.key = content.key();
        form.category = content.category();
        form.section = content.section();
        form.tags = String.join(", ", content.tags());
        form.promoted = content.promoted();
        form.status = content.status();
        ArticleText zh = content.variants().get("zh");
        if (zh != null) {
            form.titleZh = zh.title();
            form.bodyZh = zh.body();
            form.phrasingsZh = String.join("\n", zh.phrasings());
        }
        ArticleText en = content.variants().get("en");
        if (en != null) {
            form.titleEn = en.title();
            form.bodyEn = en.body();
            form.phrasingsEn = String.join("\n", en.phrasings());
        }
        return form;
    }

    /** @param creating whether the key is the form's to choose (a new article) or the page's */
    void validate(Errors errors, boolean creating) {
        if (creating) {
            if (blank(key)) {
                errors.rejectValue("key", "console.kb.error.key");
            } else if (key.strip().length() > MAX_KEY || !SLUG.matcher(key.strip()).matches()) {
                errors.rejectValue("key", "console.kb.error.slug", new Object[] {MAX_KEY}, null);
            }
        }
        if (category == null) {
            errors.rejectValue("category", "console.kb.error.category");
        }
        if (!blank(section) && (section.strip().length() > MAX_SECTION || !SLUG.matcher(section.strip()).matches())) {
            errors.rejectValue("section", "console.kb.error.slug", new Object[] {MAX_SECTION}, null);
        }
        if (tagList().stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            errors.rejectValue("tags", "console.kb.error.tag", new Object[] {MAX_TAG}, null);
        }
        boolean zh = new Language("Zh", titleZh, bodyZh, phrasingsZh).check(errors);
        boolean en = new Language("En", titleEn, bodyEn, phrasingsEn).check(errors);
        if (!zh && !en && !errors.hasFieldErrors("titleZh") && !errors.hasFieldErrors("titleEn")) {
            errors.rejectValue("titleZh", "console.kb.error.noText");
        }
    }

    /** One language's fields, named by their suffix ({@code Zh}, {@code En}). */
    private record Language(String suffix, String title, String body, String phrasings) {

        /** Whether the language is written; rejects half of it, or too much. */
        boolean check(Errors errors) {
            if (blank(title) != blank(body)) {
                errors.rejectValue((blank(title) ? "title" : "body") + suffix, "console.kb.error.incomplete");
            }
            limit(errors, "title", title, MAX_TITLE);
            limit(errors, "body", body, MAX_BODY);
            if (lines(phrasings).stream().anyMatch(line -> line.length() > MAX_PHRASING)) {
                errors.rejectValue("phrasings" + suffix, "console.kb.error.phrasing", new Object[] {MAX_PHRASING},
                        null);
            }
            return !blank(title) && !blank(body);
        }

        private void limit(Errors errors, String field, String value, int max) {
            if (!blank(value) && value.strip().length() > max) {
                errors.rejectValue(field + suffix, "console.kb.error.tooLong", new Object[] {max}, null);
            }
        }

        ArticleText text() {
            return new ArticleText(title.strip(), body.strip(), lines(phrasings));
        }
    }

    /** The article as the form has it, under {@code articleKey} (the form's own when creating). */
    ArticleContent toContent(String articleKey) {
        Map<String, ArticleText> variants = new LinkedHashMap<>();
        if (!blank(titleZh)) {
            variants.put("zh", new Language("Zh", titleZh, bodyZh, phrasingsZh).text());
        }
        if (!blank(titleEn)) {
            variants.put("en", new Language("En", titleEn, bodyEn, phrasingsEn).text());
        }
        return new ArticleContent(articleKey, category, tagList(), variants, blank(section) ? null : section.strip(),
                promoted, status);
    }

    private List<String> tagList() {
        return tags == null ? List.of() : TAG_SEPARATOR.splitAsStream(tags).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public TicketCategory getCategory() {
        return category;
    }

    public void setCategory(TicketCategory category) {
        this.category = category;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isPromoted() {
        return promoted;
    }

    public void setPromoted(boolean promoted) {
        this.promoted = promoted;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status == null ? ArticleStatus.DRAFT : status;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getBodyZh() {
        return bodyZh;
    }

    public void setBodyZh(String bodyZh) {
        this.bodyZh = bodyZh;
    }

    public String getPhrasingsZh() {
        return phrasingsZh;
    }

    public void setPhrasingsZh(String phrasingsZh) {
        this.phrasingsZh = phrasingsZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getPhrasingsEn() {
        return phrasingsEn;
    }

    public void setPhrasingsEn(String phrasingsEn) {
        this.phrasingsEn = phrasingsEn;
    }
}
