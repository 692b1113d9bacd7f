package io.switchboard.web.error;

import java.beans.PropertyEditorSupport;

/**
 * Reads a query parameter into an enum regardless of case ({@code telegram}, {@code TELEGRAM});
 * an empty value means "not given". Unknown values fail, and {@link ApiExceptionHandler} lists the
 * allowed ones.
 */
final class CaseInsensitiveEnumEditor<E extends Enum<E>> extends PropertyEditorSupport {

    private final Class<E> type;

    CaseInsensitiveEnumEditor(Class<E> type) {
        this.type = type;
    }

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String wanted = text.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                setValue(constant);
                return;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " named '" + wanted + "'");
    }
}
