package io.switchboard.forum.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A board of the forum, with its title and description in English and Chinese.
 * {@code support}: new topics are support requests handed to the pipeline;
 * {@code staffOnly}: only staff may start topics (announcements).
 */
@Entity
@Table(name = "forum_board")
public class Board {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "description_zh", nullable = false)
    private String descriptionZh;

    @Column(nullable = false)
    private boolean support;

    @Column(name = "staff_only", nullable = false)
    private boolean staffOnly;

    protected Board() {
    }

    public Board(String slug, int position, String titleEn, String titleZh, String descriptionEn,
            String descriptionZh, boolean support, boolean staffOnly) {
        this.slug = slug;
        this.position = position;
        this.titleEn = titleEn;
        this.titleZh = titleZh;
        this.descriptionEn = descriptionEn;
        this.descriptionZh = descriptionZh;
        this.support = support;
        this.staffOnly = staffOnly;
    }

    public String title(Locale locale) {
        return isChinese(locale) ? titleZh : titleEn;
    }

    public String description(Locale locale) {
        return isChinese(locale) ? descriptionZh : descriptionEn;
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public boolean isSupport() {
        return support;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }
}
