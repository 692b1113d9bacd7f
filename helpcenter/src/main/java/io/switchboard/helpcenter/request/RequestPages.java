package io.switchboard.helpcenter.request;

import io.switchboard.core.account.AccountAddresses;
import io.switchboard.core.attachment.AttachmentContent;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.web.upload.Uploads;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * A member's requests ({@code /help/my/requests}) and one request's page, the same for a member
 * ({@code /help/my/requests/<id>}, signed in) and for a visitor ({@code /help/track/<token>}, the signed
 * link): the conversation, its files, a reply box, "mark solved" and "reopen". Every write answers with a
 * redirect to the page, or the page again with the reason it was refused.
 */
@Controller
class RequestPages {

    private static final String PAGE = "help/request";
    private static final String MEMBER = MyRequestPaths.LIST + "/{id}";
    private static final String VISITOR = TrackingLinks.PATH + "{token}";

    private final RequestAccess access;
    private final AddressConfirmations confirmations;
    private final AccountAddresses addresses;
    private final RequestMail mail;
    private final HelpRequests requests;
    private final RequestConversations conversations;
    private final RequestActions actions;
    private final Attachments attachments;

    RequestPages(RequestAccess access, HelpRequests requests, RequestConversations conversations,
            RequestActions actions, Attachments attachments, AddressConfirmations confirmations,
            AccountAddresses addresses, RequestMail mail) {
        this.access = access;
        this.confirmations = confirmations;
        this.addresses = addresses;
        this.mail = mail;
        this.requests = requests;
        this.conversations = conversations;
        this.actions = actions;
        this.attachments = attachments;
    }

    @GetMapping(MyRequestPaths.LIST)
    String mine(Principal principal, Model model) {
        Requester member = access.member(principal);
        long account = member.account().getId();
        model.addAttribute("requests", requests.ofAccount(account).stream().map(conversations::view).toList());
        model.addAttribute("address", addresses.verifiedAddressOf(account).orElse(null));
        model.addAttribute("mailChannel", mail.channel());
        return "help/my-requests";
    }

    /** A member gives an address for the help center's mail: a link to verify it is mailed to it. */
    @PostMapping(MyRequestPaths.ADDRESS)
    ModelAndView addAddress(@RequestParam(required = false) String address, Principal principal, Model model) {
        Requester member = access.member(principal);
        try {
            confirmations.start(member.account().getId(), address, Locale.forLanguageTag(member.language()));
            return new ModelAndView("redirect:" + MyRequestPaths.LIST + "?address=sent");
        } catch (RequestRefused refused) {
            model.addAttribute("problems", refused.problems());
            model.addAttribute("typed", address);
            return new ModelAndView(mine(principal, model), model.asMap(), RequestErrors.status(refused));
        }
    }

    /** The link mailed to an address: no sign-in needed, the link itself is the proof. */
    @GetMapping(AddressConfirmations.PATH + "{token}")
    ModelAndView confirmAddress(@PathVariable String token) {
        AddressConfirmations.Outcome outcome = confirmations.confirm(token);
        return new ModelAndView("help/address-confirmed", Map.of("outcome", outcome.name()),
                outcome == AddressConfirmations.Outcome.VERIFIED ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    @GetMapping({MEMBER, VISITOR})
    String page(@PathVariable(required = false) Long id, @PathVariable(required = false) String token,
            Principal principal, Model model) {
        return show(owned(id, token, principal), model);
    }

    @PostMapping({MEMBER + "/reply", VISITOR + "/reply"})
    ModelAndView reply(@PathVariable(required = false) Long id, @PathVariable(required = false) String token,
            @RequestParam(required = false) String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
            Model model) {
        OwnedRequest owned = owned(id, token, principal);
        return refusedOnPage(owned, model, text, () -> actions.reply(owned.request(), owned.requester(), text,
                Uploads.of(files)));
    }

    @PostMapping({MEMBER + "/solve", VISITOR + "/solve"})
    ModelAndView solve(@PathVariable(required = false) Long id, @PathVariable(required = false) String token,
            Principal principal, Model model) {
        OwnedRequest owned = owned(id, token, principal);
        return refusedOnPage(owned, model, null, () -> actions.solve(owned.request()));
    }

    @PostMapping({MEMBER + "/reopen", VISITOR + "/reopen"})
    ModelAndView reopen(@PathVariable(required = false) Long id, @PathVariable(required = false) String token,
            Principal principal, Model model) {
        OwnedRequest owned = owned(id, token, principal);
        return refusedOnPage(owned, model, null, () -> actions.reopen(owned.request()));
    }

    /**
     * A file of the request's messages, to its owner only; always as a download of the type found in its
     * bytes, never sniffed, so a file cannot become a page of the site.
     */
    @GetMapping({MEMBER + "/files/{file}", VISITOR + "/files/{file}"})
    ResponseEntity<byte[]> file(@PathVariable(required = false) Long id, @PathVariable(required = false) String token,
            @PathVariable long file, Principal principal) {
        OwnedRequest owned = owned(id, token, principal);
        if (!conversations.view(owned.request()).hasFile(file)) {
            throw new RequestNotFound(owned.request().id());
        }
        AttachmentContent content = attachments.content(file)
                .orElseThrow(() -> new RequestNotFound(owned.request().id()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.meta().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.meta().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    private OwnedRequest owned(Long id, String token, Principal principal) {
        if (token != null) {
            return access.ofTrackingLink(token);
        }
        return access.ofMember(id, principal);
    }

    private String show(OwnedRequest owned, Model model) {
        model.addAttribute("view", conversations.view(owned.request()));
        model.addAttribute("page", owned.page());
        return PAGE;
    }

    private ModelAndView refusedOnPage(OwnedRequest owned, Model model, String typed, Runnable action) {
        try {
            action.run();
            return new ModelAndView("redirect:" + owned.page());
        } catch (RequestRefused refused) {
            model.addAttribute("problems", refused.problems());
            model.addAttribute("typed", typed);
            return new ModelAndView(show(owned, model), model.asMap(), RequestErrors.status(refused));
        }
    }
}
