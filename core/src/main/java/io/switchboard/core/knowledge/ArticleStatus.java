package io.switchboard.core.knowledge;

/** Whether members see an article yet. */
public enum ArticleStatus {
    /** Written and reviewed by staff only: neither answered with nor shown in the help center. */
    DRAFT,
    PUBLISHED
}
