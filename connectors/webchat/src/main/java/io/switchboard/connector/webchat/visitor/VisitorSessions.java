package io.switchboard.connector.webchat.visitor;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.switchboard.connector.webchat.handoff.ChatStaffing;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.livechat.LiveChats;
import org.springframework.stereotype.Service;

/** A widget opening: which visitor it is (kept, identified, or new), and where the conversation stands. */
@Service
public class VisitorSessions {

    private static final int MAX_NAME = 200;

    private final VisitorTokens tokens;
    private final VisitorIdentity identity;
    private final ChatVisitors visitors;
    private final ChatStaffing staffing;
    private final LiveChats chats;
    private final Accounts accounts;

    VisitorSessions(VisitorTokens tokens, VisitorIdentity identity, ChatVisitors visitors, ChatStaffing staffing,
            LiveChats chats, Accounts accounts) {
        this.tokens = tokens;
        this.identity = identity;
        this.visitors = visitors;
        this.staffing = staffing;
        this.chats = chats;
        this.accounts = accounts;
    }

    /**
     * The visitor of a valid token stays that visitor unless the site names its user (then it is that user); an
     * unknown or expired token starts a new anonymous visitor. The answer carries a fresh token either way.
     *
     * @throws IdentityRefused when a user id comes without its proof
     */
    public SessionAnswer open(SessionRequest request) {
        String visitorKey = request.userId() != null ? identity.visitorKeyOf(request.userId(), request.userHash())
                : tokens.visitorOf(request.token()).orElseGet(() -> ChatVisitor.ANONYMOUS_PREFIX + UUID.randomUUID());
        String name = request.name() == null || request.name().isBlank() ? null
                : request.name().strip().substring(0, Math.min(MAX_NAME, request.name().strip().length()));
        ChatVisitor visitor = visitors.arrive(visitorKey, name, language(request.lang()));
        if (visitor.identified() && request.email() != null && EmailAddresses.looksValid(request.email())) {
            visitors.setEmail(visitorKey, request.email().strip());
        }
        String lang = visitor.language() != null ? visitor.language() : "en";
        Optional<LiveChat> chat = chats.current(visitorKey);
        return new SessionAnswer(tokens.issue(visitorKey), visitorKey, visitor.identified(), lang, staffing.now(lang),
                visitor.lastSeq(), chat.map(LiveChat::getAgent).map(this::displayName).orElse(null),
                chat.map(c -> c.getState().name()).orElse("BOT"));
    }

    private String displayName(String username) {
        return accounts.find(username).map(Account::getDisplayName).orElse(username);
    }

    /** {@code zh} for any Chinese, {@code en} for anything else; null (kept as it was) when the page said none. */
    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
    }
}
