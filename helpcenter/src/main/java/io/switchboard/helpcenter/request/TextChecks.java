package io.switchboard.helpcenter.request;

import io.switchboard.helpcenter.request.RequestRefused.Problem;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The checks every text a person types into a request's forms gets. */
final class TextChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_LENGTH = 254;

    private TextChecks() {
    }

    /**
     * The text without surrounding blanks; a problem is added when it is blank or longer than
     * {@code maxLength} characters (code points: an emoji is one).
     *
     * @return the stripped text, or null when it was refused
     */
    static String required(List<Problem> problems, String field, String text, int maxLength) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            problems.add(new Problem(field, "help.request.error.required", fieldName(field)));
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            problems.add(new Problem(field, "help.request.error.tooLong", fieldName(field), maxLength));
            return null;
        }
        return stripped;
    }

    /**
     * An e-mail address (a visitor's, a member's to verify); a problem is added when it is missing or is none.
     *
     * @return the address without surrounding blanks, or null when it was refused
     */
    static String email(List<Problem> problems, String field, String text) {
        String email = required(problems, field, text, EMAIL_LENGTH);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem(field, "help.request.error.email"));
            return null;
        }
        return email;
    }

    /** The field's name as the form shows it, resolved in the reader's language. */
    private static MessageSourceResolvable fieldName(String field) {
        return new DefaultMessageSourceResolvable("help.request.field." + field);
    }
}
