package io.switchboard.core.attachment;

import java.text.Normalizer;

/**
 * The name a stored file gets from the name it was sent with: the last path segment only (a name is not a
 * place to write to), no control or invisible formatting characters (a right-to-left override turns
 * {@code cod.exe.png} around on screen), at most {@value #MAX_LENGTH} characters, and the extension of its
 * real type, so that a PDF sent as {@code invoice.png} is kept as {@code invoice.pdf}.
 */
final class AttachmentFilename {

    static final int MAX_LENGTH = 100;
    private static final String FALLBACK_STEM = "attachment";

    private AttachmentFilename() {
    }

    static String of(String sent, FileType type) {
        String stem = stemOf(sent == null ? "" : sent);
        String suffix = "." + type.extension();
        if (stem.length() + suffix.length() > MAX_LENGTH) {
            stem = cutAt(stem, MAX_LENGTH - suffix.length()).strip();
        }
        return stem + suffix;
    }

    private static String stemOf(String sent) {
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && isExtension(name.substring(dot + 1))) {
            name = name.substring(0, dot);
        }
        // leading dots would make a hidden file of it, trailing ones are dropped by Windows
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        return name.isEmpty() ? FALLBACK_STEM : name;
    }

    private static boolean isExtension(String candidate) {
        return candidate.matches("[A-Za-z0-9]{1,5}");
    }

    /** The first {@code length} characters, never splitting a surrogate pair. */
    private static String cutAt(String text, int length) {
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
