package io.switchboard.forum.moderation;

import io.switchboard.core.account.Account;
import io.switchboard.forum.moderation.Moderation.MemberAction;
import io.switchboard.forum.moderation.Moderation.PostAction;
import io.switchboard.forum.moderation.Moderation.TopicAction;
import io.switchboard.forum.topic.ForumRefusal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Action names in URLs ({@code hide}, {@code unlock}, {@code ban}) for the moderation pages and API. */
final class ModerationActions {

    private ModerationActions() {
    }

    static PostAction post(String name) {
        return parse(PostAction.class, name);
    }

    static TopicAction topic(String name) {
        return parse(TopicAction.class, name);
    }

    static MemberAction member(String name) {
        return parse(MemberAction.class, name);
    }

    static Map<String, Object> sanctions(Account member) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", member.getUsername());
        body.put("silencedUntil", member.getSilencedUntil());
        body.put("bannedUntil", member.getBannedUntil());
        body.put("reason", member.getSanctionReason());
        return body;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ForumRefusal.notFound();
        }
    }
}
