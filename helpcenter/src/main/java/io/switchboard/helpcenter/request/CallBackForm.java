package io.switchboard.helpcenter.request;

import io.switchboard.core.callback.CallBackReason;
import io.switchboard.core.callback.CallTime;
import io.switchboard.core.inbound.FiledRequest;
import io.switchboard.helpcenter.request.RequestRefused.Problem;
import io.switchboard.verify.value.PhoneNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Checks the call-back form whole, so the person fixes every field in one go. The number is read with
 * libphonenumber in any common format ({@code +86 138-0013-8000}, {@code 0086 13800138000}, and without a country code
 * as a number of {@link #HOME_REGION}) and kept in E.164; a number that cannot be dialled is refused.
 */
@Component
class CallBackForm {

    /** Where a number written without its country code is read: the exchange's own country. */
    static final String HOME_REGION = "CN";
    static final int DESCRIPTION_LENGTH = 1000;
    static final List<String> LANGUAGES = List.of("zh", "en");
    private static final int PHONE_LENGTH = 40;

    private final MessageSource messages;

    CallBackForm(MessageSource messages) {
        this.messages = messages;
    }

    /** The form, checked; {@code filed} is what the pipeline opens the ticket from. */
    record Checked(String phone, String language, CallTime time, CallBackReason reason, String description,
            String email, FiledRequest filed) {
    }

    /** @throws RequestRefused with every problem of the form */
    Checked check(CallBackDraft draft, Requester requester) {
        List<Problem> problems = new ArrayList<>();
        String phone = phone(problems, draft.phone());
        String language = LANGUAGES.contains(draft.language()) ? draft.language() : null;
        if (language == null) {
            problems.add(new Problem("language", "help.callback.error.language"));
        }
        Optional<CallTime> time = choice(CallTime.class, draft.time());
        if (time.isEmpty()) {
            problems.add(new Problem("time", "help.callback.error.time"));
        }
        Optional<CallBackReason> reason = choice(CallBackReason.class, draft.reason());
        if (reason.isEmpty()) {
            problems.add(new Problem("reason", "help.callback.error.reason"));
        }
        String description = TextChecks.required(problems, "description", draft.description(), DESCRIPTION_LENGTH);
        String email = requester.isVisitor() ? TextChecks.email(problems, "email", draft.email()) : null;
        if (!problems.isEmpty()) {
            throw new RequestRefused(problems);
        }
        // no request fields: the agent reads the number, reason, time and language on the ticket's call-back panel,
        // in their own language, and the number is never in text that lists show
        Locale site = Locale.forLanguageTag(requester.language());
        String subject = messages.getMessage("help.callback.subject", new Object[] {
                messages.getMessage("help.callback.reason." + reason.get(), null, site)}, site);
        return new Checked(phone, language, time.get(), reason.get(), description, email, new FiledRequest(
                reason.get().category(), subject, Map.of(), List.of(), reason.get().priority()));
    }

    /** The number in E.164, or null with a problem added. */
    private static String phone(List<Problem> problems, String typed) {
        if (typed == null || typed.isBlank()) {
            problems.add(new Problem("phone", "help.request.error.required",
                    new DefaultMessageSourceResolvable("help.request.field.phone")));
            return null;
        }
        String cleaned = typed.length() > PHONE_LENGTH ? "" : PhoneNumbers.clean(typed);
        Optional<String> e164 = !PhoneNumbers.looksLikePhone(cleaned) ? Optional.empty()
                : PhoneNumbers.readingsOf(cleaned, List.of(HOME_REGION)).stream().findFirst();
        if (e164.filter(PhoneNumbers::isValid).isEmpty()) {
            problems.add(new Problem("phone", "help.callback.error.phone"));
            return null;
        }
        return e164.get();
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
    }
}
