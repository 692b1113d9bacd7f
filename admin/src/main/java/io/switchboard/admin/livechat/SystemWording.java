package io.switchboard.admin.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.admin.web.ConsoleMessages;

/**
 * A live chat's system note ({@code core.livechat.SystemNote}) in the agent's language: {@code console.live.note.*}.
 * A code the console does not know keeps the frame's English text.
 */
final class SystemWording {

    private SystemWording() {
    }

    static String of(String code, JsonNode args, ConsoleMessages messages, String fallback) {
        switch (code) {
            case "queued":
                return messages.text("console.live.note.queued", args.path("position").asInt(),
                        args.path("minutes").asInt());
            case "unstaffed":
                return messages.text("hours".equals(args.path("reason").asText()) ? "console.live.note.unstaffed.hours"
                        : "console.live.note.unstaffed.nobody");
            case "joined":
                return messages.text("console.live.note.joined", args.path("agent").asText());
            case "transferred":
                return args.hasNonNull("team")
                        ? messages.text("console.live.note.transferred.team",
                                messages.text("console.ticket.category." + args.get("team").asText()))
                        : messages.text("console.live.note.transferred.agent", args.path("agent").asText());
            case "closed":
                return messages.text(args.path("resolved").asBoolean() ? "console.live.note.closed.resolved"
                        : "console.live.note.closed.ticket");
            default:
                return fallback;
        }
    }
}
