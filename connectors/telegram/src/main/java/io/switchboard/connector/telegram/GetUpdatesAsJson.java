package io.switchboard.connector.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates, with each update of the result kept as the JSON Telegram sent. TelegramBots' own
 * GetUpdates reads the whole batch into its types, so one update it cannot read (a shape newer
 * than the library) would fail every poll and stall the bot; here each update is read on its own,
 * and the raw payload stored is exactly what Telegram sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
final class GetUpdatesAsJson extends BotApiMethod<ArrayList<ObjectNode>> {

    @JsonProperty("offset")
    private final Long offset;

    @JsonProperty("timeout")
    private final long timeout;

    @JsonProperty("allowed_updates")
    private final List<String> allowedUpdates;

    /**
     * @param offset the first update id wanted, confirming all below it; null on the first call
     * @param timeoutSeconds how long Telegram may hold the request open when nothing is pending
     */
    GetUpdatesAsJson(Long offset, long timeoutSeconds, List<String> allowedUpdates) {
        this.offset = offset;
        this.timeout = timeoutSeconds;
        this.allowedUpdates = List.copyOf(allowedUpdates);
    }

    @Override
    public String getMethod() {
        return "getUpdates";
    }

    @Override
    public ArrayList<ObjectNode> deserializeResponse(String answer) throws TelegramApiRequestException {
        return deserializeResponseArray(answer, ObjectNode.class);
    }
}
