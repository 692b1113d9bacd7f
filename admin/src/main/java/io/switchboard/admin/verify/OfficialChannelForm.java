package io.switchboard.admin.verify;

import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The console's form for one official channel: every field as typed, the languages separated by
 * commas ({@code zh, en}). The registry checks the values ({@link io.switchboard.verify.registry.OfficialRegistry}
 * says what it refuses); this form only turns the text into a draft.
 */
public class OfficialChannelForm {

    /** Languages are separated by commas, Latin or Chinese, or by spaces. */
    private static final Pattern LANGUAGE_SEPARATOR = Pattern.compile("[,，、\\s]+");

    private OfficialKind kind;
    private String value;
    private String label;
    private String staffName;
    private String region;
    private String hours;
    private String languages;
    private String purpose;

    static OfficialChannelForm of(OfficialEntry entry) {
        OfficialChannelForm form = new OfficialChannelForm();
        form.kind = entry.kind();
        form.value = entry.display();
        form.label = entry.label();
        form.staffName = entry.staffName();
        form.region = entry.region();
        form.hours = entry.hours();
        form.languages = String.join(", ", entry.languages());
        form.purpose = entry.purpose();
        return form;
    }

    /** Empty fields are left out (null), so the registry sees "not given" rather than a blank. */
    OfficialEntryDraft toDraft() {
        List<String> spoken = languages == null ? List.of() : Arrays.stream(LANGUAGE_SEPARATOR.split(languages.strip()))
                .filter(language -> !language.isEmpty()).map(language -> language.toLowerCase(Locale.ROOT)).toList();
        return new OfficialEntryDraft(kind, given(value), given(label), given(staffName), given(region), given(hours),
                spoken, given(purpose));
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public OfficialKind getKind() {
        return kind;
    }

    public void setKind(OfficialKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getStaffName() {
        return staffName;
    }

    public void setStaffName(String staffName) {
        this.staffName = staffName;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
