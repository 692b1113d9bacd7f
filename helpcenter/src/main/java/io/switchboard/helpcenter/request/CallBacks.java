package io.switchboard.helpcenter.request;

import io.switchboard.core.callback.CallBackRequest;
import io.switchboard.core.callback.CallBackRequestRepository;
import io.switchboard.verify.check.VerificationWording;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.value.PhoneNumbers;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps a filed call-back with its request and tells the requester by e-mail which official number will call
 * them, in the language they asked to be called in, with the line that says where to check any other.
 */
@Component
class CallBacks {

    private final CallBackRequestRepository callBacks;
    private final CallingLines lines;
    private final RequestMail mail;
    private final MessageSource messages;
    private final VerificationWording wording;

    CallBacks(CallBackRequestRepository callBacks, CallingLines lines, RequestMail mail, MessageSource messages,
            VerificationWording wording) {
        this.callBacks = callBacks;
        this.lines = lines;
        this.mail = mail;
        this.messages = messages;
        this.wording = wording;
    }

    /** @return the line that will call, to show on the confirmation too; empty when the registry lists none */
    Optional<OfficialEntry> record(HelpRequest request, CallBackForm.Checked form, Instant at) {
        callBacks.save(new CallBackRequest(request.conversationKey(), form.phone(), form.language(), form.time(),
                form.reason(), at));
        Optional<OfficialEntry> line = lines.lineFor(form.language(), form.phone());
        Locale language = Locale.forLanguageTag(form.language());
        String calling = line.map(found -> messages.getMessage("help.callback.mail.line",
                        new Object[] {found.display(), found.label()}, language)
                        + (found.hours() == null ? "" : " " + messages.getMessage("help.callback.mail.hours",
                                new Object[] {found.hours()}, language)))
                .orElseGet(() -> messages.getMessage("help.callback.mail.noLine", null, language));
        mail.toRequester("help-mail:callback:" + request.id(), request, messages.getMessage("help.callback.mail.body",
                new Object[] {PhoneNumbers.masked(form.phone()),
                        messages.getMessage("help.callback.time." + form.time(), null, language), calling,
                        wording.trustLine(language)}, language), at);
        return line;
    }
}
