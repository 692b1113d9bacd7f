package io.switchboard.helpcenter.request;

import io.switchboard.core.attachment.AttachmentRefusedException;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.inbound.FiledRequest;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.helpcenter.request.RequestRefused.Problem;
import io.switchboard.helpcenter.request.RequestTopics.Topic;
import io.switchboard.verify.registry.OfficialEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a request from the help center's form: checks it whole, limits visitors, stores its files and its
 * row, and hands it to the support pipeline as a message of channel WEB that always becomes a ticket in the
 * chosen category. A refused form stores nothing.
 *
 * <p>The pipeline stores what it is handed in a transaction of its own; the hand-in comes last, so a failure
 * there rolls the row and the files back, and only a failure of the final commit could leave a ticket
 * without its row.
 */
@Service
class RequestFiling {

    /** How many of the form's suggested articles are recorded: the form shows three. */
    static final int SUGGESTED = 3;
    /** How the ticket's history names the article the person came from. */
    private static final String CAME_FROM = "from article";
    /** How the ticket's history names the section the person chose. */
    private static final String SECTION = "section";
    private static final Pattern ARTICLE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final HelpRequests requests;
    private final Attachments attachments;
    private final InboundPort port;
    private final VisitorLimits visitors;
    private final TrackingLinks links;
    private final RequestMail mail;
    private final RequestProperties properties;
    private final RequestTopics topics;
    private final CallBackForm callBackForm;
    private final CallBacks callBacks;
    private final CallBackConfirmations callBackConfirmations;
    private final Clock clock;

    RequestFiling(HelpRequests requests, Attachments attachments, InboundPort port, VisitorLimits visitors,
            TrackingLinks links, RequestMail mail, RequestProperties properties, RequestTopics topics,
            CallBackForm callBackForm, CallBacks callBacks, CallBackConfirmations callBackConfirmations, Clock clock) {
        this.requests = requests;
        this.attachments = attachments;
        this.port = port;
        this.visitors = visitors;
        this.links = links;
        this.mail = mail;
        this.properties = properties;
        this.topics = topics;
        this.callBackForm = callBackForm;
        this.callBacks = callBacks;
        this.callBackConfirmations = callBackConfirmations;
        this.clock = clock;
    }

    /**
     * A request filed.
     *
     * @param trackingPath a visitor's signed link ({@code /help/track/...}), shown once; null for a member
     * @param callingLine for a call-back, the official line that will call; else null
     */
    record Filed(HelpRequest request, String trackingPath, OfficialEntry callingLine) {
    }

    /**
     * @param requester the member, or a visitor (whose address comes from the form)
     * @throws RequestRefused with every problem of the form, or the visitors' limit, or a refused file
     */
    @Transactional
    public Filed file(RequestDraft draft, List<UploadedFile> files, Requester requester, String clientAddress) {
        Checked form = check(draft, requester);
        Requester filer = requester.isVisitor() ? Requester.visitor(form.email(), requester.language()) : requester;
        if (filer.isVisitor()) {
            visitors.acquire(clientAddress, form.email());
        }
        List<StoredAttachment> stored;
        try {
            stored = attachments.storeAll(files, filer.name());
        } catch (AttachmentRefusedException refused) {
            if (filer.isVisitor()) {
                visitors.giveBack(clientAddress, form.email());
            }
            throw refusedFile(refused);
        }
        return hand(filer, form.email(), form.description(), stored,
                new FiledRequest(form.category(), form.subject(), form.fields(), form.suggested()), request -> null);
    }

    /**
     * A member's call-back request: a help request like any other, whose ticket the pipeline opens in the phone queue
     * (its conversation has a call-back) with the reason's priority. A visitor's waits for their address:
     * {@link #holdCallBack}.
     *
     * @throws RequestRefused with every problem of the form
     */
    @Transactional
    public Filed fileCallBack(CallBackDraft draft, Requester member) {
        if (member.isVisitor()) {
            throw new IllegalArgumentException("a visitor's call-back is filed when they confirm their address");
        }
        return fileCallBack(callBackForm.check(draft, member), member);
    }

    /**
     * A visitor's call-back request, checked and limited as any visitor's request, is kept and a one-time link
     * mailed to the address they gave: nothing is filed before they open it ({@link #fileConfirmedCallBack}).
     *
     * @throws RequestRefused when there is no e-mail channel to send the link (the visitor has to sign in), with
     *     every problem of the form, or the visitors' limit
     */
    @Transactional
    public void holdCallBack(CallBackDraft draft, Requester visitor, String clientAddress) {
        if (!mail.channel()) {
            throw new RequestRefused(new Problem(null, CallBackConfirmations.SIGN_IN));
        }
        CallBackForm.Checked form = callBackForm.check(draft, visitor);
        visitors.acquire(clientAddress, form.email());
        callBackConfirmations.hold(form, visitor, clock.instant());
    }

    /**
     * A visitor opened the link of their call-back: it is filed as a member's is, with their tracking link; empty,
     * and nothing filed, for a link that is forged, expired or used.
     */
    @Transactional
    public Optional<Filed> fileConfirmedCallBack(String token) {
        return callBackConfirmations.use(token).map(held -> {
            Requester visitor = held.visitor();
            return fileCallBack(callBackForm.check(held.draft(), visitor), visitor);
        });
    }

    private Filed fileCallBack(CallBackForm.Checked form, Requester filer) {
        return hand(filer, form.email(), form.description(), List.of(), form.filed(),
                request -> callBacks.record(request, form, clock.instant()).orElse(null));
    }

    /**
     * Stores the request's row, mails a visitor their link, does what the kind of request adds ({@code along}, whose
     * result the confirmation shows) and hands the filing to the pipeline, last.
     */
    private Filed hand(Requester filer, String email, String description, List<StoredAttachment> files,
            FiledRequest form, Function<HelpRequest, OfficialEntry> along) {
        Instant now = clock.instant();
        HelpRequest request = requests.add(filer.isVisitor() ? null : filer.account().getId(), email,
                form.category(), form.subject(), filer.language(), now);
        String trackingPath = null;
        if (filer.isVisitor()) {
            trackingPath = TrackingLinks.PATH + links.tokenFor(request.id());
            mail.trackingLink(request, trackingPath, now);
        }
        OfficialEntry callingLine = along.apply(request);
        port.accept(RequestMessages.filing(request, filer, description, files, form, now));
        return new Filed(request, trackingPath, callingLine);
    }

    /** A refused file as a problem of the form's files, worded by web's {@code attachment.*} messages. */
    static RequestRefused refusedFile(AttachmentRefusedException refused) {
        return new RequestRefused(new Problem("files", refused.messageKey(), refused.args()));
    }

    /** The form, checked: every problem at once, so the person fixes them in one go. */
    private record Checked(TicketCategory category, String subject, String description, Map<String, String> fields,
            String email, List<String> suggested) {
    }

    private Checked check(RequestDraft draft, Requester requester) {
        RequestProperties.Requests limits = properties.requests();
        List<Problem> problems = new ArrayList<>();
        Optional<Topic> topic = topics.topic(draft.category());
        if (topic.isEmpty()) {
            // a value the select never offers: an old link, a section renamed since the form was opened
            boolean chosen = draft.category() != null && !draft.category().isBlank();
            problems.add(new Problem("category",
                    chosen ? "help.request.error.unknownTopic" : "help.request.error.category"));
        }
        String subject = TextChecks.required(problems, "subject", draft.subject(), limits.subjectMaxLength());
        String description = TextChecks.required(problems, "description", draft.description(),
                limits.descriptionMaxLength());
        // the section first, as the form shows it, so the agent reads what the request is about before its details
        Map<String, String> fields = new LinkedHashMap<>();
        topic.map(Topic::section).ifPresent(section -> fields.put(SECTION, section.slug()));
        topic.ifPresent(chosen -> RequestField.of(chosen.category()).forEach(field -> fields.put(field.label(),
                TextChecks.required(problems, field.param(), draft.fields().get(field.param()), field.maxLength()))));
        String email = null;
        if (requester.isVisitor()) {
            email = TextChecks.email(problems, "email", draft.email());
        }
        if (!problems.isEmpty()) {
            throw new RequestRefused(problems);
        }
        // hidden fields of the form: anything but an article key was not written by the form, and is dropped
        List<String> suggested = draft.suggested().stream().filter(RequestFiling::isArticleKey)
                .distinct().limit(SUGGESTED).toList();
        if (isArticleKey(draft.article())) {
            fields.put(CAME_FROM, draft.article());
        }
        return new Checked(topic.orElseThrow().category(), subject, description, fields, email, suggested);
    }

    private static boolean isArticleKey(String key) {
        return key != null && ARTICLE_KEY.matcher(key).matches();
    }
}
