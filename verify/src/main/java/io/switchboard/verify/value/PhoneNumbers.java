package io.switchboard.verify.value;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers read with Google's libphonenumber, in E.164 ({@code +864001234567}), so that {@code +86 400-123-4567},
 * {@code 0086 4001234567} and, read in China, {@code (400) 123 4567} are one number.
 */
public final class PhoneNumbers {

    /**
     * A phone number written in running text: seven or more digits, with an optional {@code +} and the spaces,
     * dashes, dots and parentheses between groups ({@code +86 400-123-4567}, {@code (852) 3001 2345},
     * {@code 4001234567}). Dates written {@code 2024-05-01} are not numbers here.
     */
    public static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\w+])(?!\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}(?![\\d-]))\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){6,}(?!\\w)");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** What people write around a number's digits. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9 ()./\\-\u00a0]{4,28}[0-9]");
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 17;

    private PhoneNumbers() {
    }

    /** The text without {@code tel:} and in ASCII digits (full-width digits are common in Chinese text). */
    public static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (text.regionMatches(true, 0, "tel:", 0, 4)) {
            text = text.substring(4).strip();
        }
        return text;
    }

    /** Whether the (cleaned) text is a phone number as people write one, and nothing else. */
    public static boolean looksLikePhone(String cleaned) {
        if (!PHONE_LIKE.matcher(cleaned).matches()) {
            return false;
        }
        long digits = cleaned.chars().filter(Character::isDigit).count();
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
    }

    /** Whether the number carries its country: {@code +86 …} or {@code 0086 …}. */
    public static boolean isInternational(String cleaned) {
        return cleaned.startsWith("+") || cleaned.startsWith("00");
    }

    /** A number written with its country code, in E.164; empty when libphonenumber cannot read it. */
    public static Optional<String> international(String cleaned) {
        String text = cleaned.startsWith("00") ? "+" + cleaned.substring(2) : cleaned;
        return parse(text, "ZZ").map(PhoneNumbers::e164);
    }

    /**
     * What a written number may be, in E.164: read as written when it carries its country code, else as each of
     * {@code regions} (ISO 3166 codes) would dial it ({@code 4001234567} in {@code CN}); none when unreadable.
     */
    public static List<String> readingsOf(String cleaned, Collection<String> regions) {
        return isInternational(cleaned) ? international(cleaned).stream().toList() : readings(cleaned, regions);
    }

    /** A number read as each region would dial it, in E.164, without repeats; readings libphonenumber refuses are left out. */
    public static List<String> readings(String cleaned, Collection<String> regions) {
        List<String> readings = new ArrayList<>();
        for (String region : regions) {
            parse(cleaned, region).map(PhoneNumbers::e164).filter(e164 -> !readings.contains(e164)).ifPresent(readings::add);
        }
        return readings;
    }

    /** Whether the E.164 number is one that can be dialled (a valid number in its country's plan). */
    public static boolean isValid(String e164) {
        return parse(e164, "ZZ").map(UTIL::isValidNumber).orElse(false);
    }

    /** The region (ISO 3166 code) an E.164 number belongs to; {@code ZZ} when unknown. */
    public static String regionOf(String e164) {
        return parse(e164, "ZZ").map(UTIL::getRegionCodeForNumber).orElse("ZZ");
    }

    /** The number as people read it: {@code +86 400 123 4567}. */
    public static String display(String e164) {
        return parse(e164, "ZZ").map(number -> UTIL.format(number, PhoneNumberFormat.INTERNATIONAL)).orElse(e164);
    }

    /**
     * The number as lists show it, its middle hidden: {@code +86 138 **** 8000}. The country code, the first group
     * (the operator or area: what an agent plans a call by) and the last four digits are kept.
     */
    public static String masked(String e164) {
        String digits = display(e164).replaceAll("[^0-9+ ]", " ").trim();
        String[] groups = digits.split(" +");
        String last = e164.substring(Math.max(1, e164.length() - 4));
        if (groups.length >= 4) {
            return groups[0] + " " + groups[1] + " **** " + last;
        }
        return (groups.length > 1 ? groups[0] : e164.substring(0, Math.min(3, e164.length()))) + " **** " + last;
    }

    /** Whether two E.164 numbers of one length differ in one digit, or in two neighbours swapped. */
    public static boolean oneDigitOff(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        List<Integer> differ = new ArrayList<>();
        for (int i = 0; i < a.length() && differ.size() <= 2; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differ.add(i);
            }
        }
        return differ.size() == 1 || differ.size() == 2 && differ.get(1) == differ.get(0) + 1
                && a.charAt(differ.get(0)) == b.charAt(differ.get(1)) && a.charAt(differ.get(1)) == b.charAt(differ.get(0));
    }

    private static Optional<PhoneNumber> parse(String text, String region) {
        try {
            PhoneNumber number = UTIL.parse(text, region);
            return UTIL.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static String e164(PhoneNumber number) {
        return UTIL.format(number, PhoneNumberFormat.E164);
    }
}
