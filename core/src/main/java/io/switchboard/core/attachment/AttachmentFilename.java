package io.switchboard.core.attachment;

import java.text.Normalizer;

/**
 * The name a stored file gets from the name it was sent with: the last path segment only (a name is not a
 * place to write to), no control or invisible formatting characters (a right-to-left override turns
 * {@code gpj.exe} around on screen), at most {@value #MAX_LENGTH} characters, and the extension of its real
 * type, so that a PDF sent as {@code invoice.png} is kept as {@code invoice.pdf}.
 */
final class AttachmentFilename {

    static final int MAX_LENGTH = 100;
    private static final String FALLBACK_STEM = "attachment";

    private AttachmentFilename() {
    }

    /** The stored name of a file of {@code type} sent as {@code sent} (which may be null). */
    static String of(String sent, FileType type) {
        String name = shown(sent);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && name.substring(dot + 1).matches("[A-Za-z0-9]{1,5}")) {
            name = name.substring(0, dot);
        }
        // leading dots would make a hidden file of it, trailing ones are dropped by Windows
        String stem = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        String suffix = "." + type.extension();
        stem = stem.isEmpty() ? FALLBACK_STEM : cut(stem, MAX_LENGTH - suffix.length());
        return stem + suffix;
    }

    /**
     * The sent name as a refusal may quote it back to the user: cleaned like a stored name but with the
     * extension it was sent with, since that is how the user knows the file.
     */
    static String shown(String sent) {
        String name = Normalizer.normalize(sent == null ? "" : sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return cut(name.strip(), MAX_LENGTH);
    }

    /** At most the first {@code length} characters, never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end).strip();
    }
}
