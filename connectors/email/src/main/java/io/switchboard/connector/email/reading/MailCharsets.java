package io.switchboard.connector.email.reading;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes and encoded words of mail into text the way mail clients really label them, not the way
 * the labels promise: Chinese clients label GBK text "GB2312", Hong Kong text labelled "Big5" uses HKSCS
 * characters, Latin-1 labels hide Windows-1252. Every label is read as its superset, and text with no label
 * or an unknown one is tried as UTF-8, then GB18030, then Windows-1252, so nothing fails to decode.
 */
final class MailCharsets {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"), Map.entry("x-euc-cn", "GB18030"),
            Map.entry("hz-gb-2312", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("x-big5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("euc-kr", "x-windows-949"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("utf8", "UTF-8"));

    /** An RFC 2047 encoded word: =?charset?B|Q?text?= (an RFC 2231 language after '*' is dropped). */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?*\\s]+)(?:\\*[^?]*)?\\?([BbQq])\\?([^?\\s]*)\\?=");

    /** An RFC 2231 parameter piece: {@code name*=}, {@code name*0=}, {@code name*1*=}, its value quoted or not. */
    private static final String EXTENDED_PARAMETER =
            "(?:^|;)\\s*%s\\*(\\d+)?(\\*)?\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]*))";

    private MailCharsets() {
    }

    /** The charset to read a label with (its superset), or null when Java does not know the label. */
    static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String clean = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        String name = SUPERSETS.getOrDefault(clean, clean);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as text in the labelled charset; with no usable label, the first of UTF-8, GB18030, Windows-1252 that fits. */
    static String decode(byte[] bytes, String label) {
        Charset charset = forLabel(label);
        if (charset != null) {
            return new String(bytes, charset);
        }
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, GB18030);
        }
        return text != null ? text : new String(bytes, WINDOWS_1252);
    }

    /**
     * A header value as the parser left it: raw 8-bit bytes (UTF-8 per RFC 6532, or GBK from old clients)
     * arrive as one char per byte and are decoded here; anything else is returned as it is.
     */
    static String rawHeader(String value) {
        if (value == null || value.chars().noneMatch(c -> c >= 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        return decode(value.getBytes(StandardCharsets.ISO_8859_1), null);
    }

    /**
     * A header value with its RFC 2047 encoded words decoded. Adjacent words of the same charset are joined
     * as bytes before decoding, because some clients split a multi-byte character between two words; the
     * whitespace between adjacent encoded words is dropped as RFC 2047 says.
     */
    static String decodeWords(String value) {
        if (value == null) {
            return null;
        }
        String unfolded = rawHeader(value.replaceAll("\\r?\\n(?=[ \\t])", ""));
        Matcher word = ENCODED_WORD.matcher(unfolded);
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int last = 0;
        while (word.find()) {
            String between = unfolded.substring(last, word.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            if (!adjacent || !pendingCharset.equalsIgnoreCase(word.group(1))) {
                if (pendingCharset != null) {
                    out.append(decode(pending.toByteArray(), pendingCharset));
                    pending.reset();
                }
                if (!adjacent) {
                    out.append(between);
                }
            }
            pendingCharset = word.group(1);
            pending.writeBytes(wordBytes(word.group(2), word.group(3)));
            last = word.end();
        }
        if (pendingCharset != null) {
            out.append(decode(pending.toByteArray(), pendingCharset));
        }
        return out.append(unfolded.substring(last)).toString();
    }

    /**
     * An RFC 2231 parameter of a header ({@code filename*=gb2312''%D5%CB.pdf}, or in numbered pieces) decoded with
     * the superset of its charset, or null when the header has it in no RFC 2231 form. The mail library decodes it
     * with the literal charset, which turns a GBK name labelled gb2312 into question marks.
     */
    static String extendedParameter(String header, String name) {
        if (header == null) {
            return null;
        }
        Matcher piece = Pattern.compile(String.format(EXTENDED_PARAMETER, Pattern.quote(name)),
                Pattern.CASE_INSENSITIVE).matcher(header.replaceAll("\\r?\\n(?=[ \\t])", ""));
        Map<Integer, String[]> pieces = new TreeMap<>();
        while (piece.find()) {
            int index = piece.group(1) == null ? 0 : Integer.parseInt(piece.group(1));
            // name*= (no number) is always encoded; a numbered piece is encoded when a '*' follows its number
            boolean encoded = piece.group(1) == null || piece.group(2) != null;
            String value = piece.group(3) != null ? piece.group(3) : piece.group(4);
            pieces.put(index, new String[] {encoded ? "*" : null, value});
        }
        if (pieces.isEmpty()) {
            return null;
        }
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Map.Entry<Integer, String[]> entry : pieces.entrySet()) {
            boolean encoded = entry.getValue()[0] != null;
            String value = entry.getValue()[1];
            if (encoded && charset == null) {
                int firstQuote = value.indexOf('\'');
                int secondQuote = firstQuote < 0 ? -1 : value.indexOf('\'', firstQuote + 1);
                if (secondQuote > 0) {
                    charset = value.substring(0, firstQuote);
                    value = value.substring(secondQuote + 1);
                }
            }
            bytes.writeBytes(encoded ? percentDecoded(value) : value.getBytes(StandardCharsets.ISO_8859_1));
        }
        return decode(bytes.toByteArray(), charset);
    }

    private static byte[] percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] wordBytes(String encoding, String text) {
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return text.getBytes(StandardCharsets.US_ASCII);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
