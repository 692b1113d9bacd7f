package io.switchboard.admin.livechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.admin.attachment.ReplyFiles;
import io.switchboard.admin.thread.CannedReplies;
import io.switchboard.admin.thread.CannedReply;
import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.ticket.TicketCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The console's live chat: the queue and the chat an agent works in, kept up to date without reloading by the
 * page's script ({@code /console/live.js}), which reads {@code /console/live/chats} and listens to
 * {@code /console/live/stream}.
 */
@Controller
@RequestMapping("/console/live")
class LiveChatPages {

    /** The words the page's script shows, in the reader's language. */
    private static final List<String> SCRIPT_WORDS = List.of("waiting", "active", "assignedTo", "with", "mine",
            "take", "takenBy", "typing", "read", "bot", "visitor", "newChat", "sendFailed", "empty", "pick",
            "closed", "noOthers", "state.WAITING", "state.ACTIVE", "state.ENDED", "link");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveChatStream stream;
    private final CannedReplies canned;
    private final Accounts accounts;
    private final ReplyFiles files;
    private final ConsoleMessages messages;

    LiveChatPages(LiveChatStream stream, CannedReplies canned, Accounts accounts, ReplyFiles files,
            ConsoleMessages messages) {
        this.stream = stream;
        this.canned = canned;
        this.accounts = accounts;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping
    String live(Model model) throws JsonProcessingException {
        Map<String, String> words = new LinkedHashMap<>();
        SCRIPT_WORDS.forEach(key -> words.put(key, messages.text("console.live.js." + key)));
        model.addAttribute("words", JSON.writeValueAsString(words));
        model.addAttribute("agents", accounts.staffUsernames());
        model.addAttribute("teams", TicketCategory.values());
        model.addAttribute("replyFiles", files);
        return "console/live";
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return stream.open();
    }

    /** Knowledge-base articles for the reply box, in the chat's language, found by words. */
    @GetMapping(path = "/canned", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<CannedReply> canned(@RequestParam(required = false) String q, @RequestParam(required = false) String lang) {
        return canned.search(lang == null || lang.isBlank() ? null : lang, q);
    }
}
