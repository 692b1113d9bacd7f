package io.switchboard.admin.email;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Screening;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the stored inbound event of a member's message says beyond the thread message: for an e-mail, the
 * whole text as written (quotes and signature kept; the thread message holds only the visible part), and for
 * any message the connector screened as never to be answered, why. A thread message is its event's
 * (channel, message id): the thread message's external id is the event's message id.
 */
@Component
@Transactional(readOnly = true)
public class MailOriginals {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    MailOriginals(NamedParameterJdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * @param wholeText the e-mail's whole text; null for a message of another channel or without one
     * @param notAnswered why the message is never answered (an auto-reply, a list mail...); null when it may be
     */
    public record Original(String wholeText, String notAnswered) {

        static final Original NOTHING = new Original(null, null);

        /**
         * The code of the reason (the e-mail connector's {@code auto-submitted: auto-replied} is {@code auto-submitted}),
         * which the console words in each language as {@code console.mail.screened.<code>}.
         */
        public String reasonCode() {
            int colon = notAnswered.indexOf(": ");
            return colon < 0 ? notAnswered : notAnswered.substring(0, colon);
        }

        /** What the reason's code is about (a header's value, an address); empty when it names nothing. */
        public String reasonDetail() {
            int colon = notAnswered.indexOf(": ");
            return colon < 0 ? "" : notAnswered.substring(colon + 2);
        }
    }

    /** By external id, for the members' messages whose events say more than the thread does. */
    public Map<String, Original> of(Channel channel, Collection<String> externalIds) {
        List<String> ids = externalIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Original> originals = new HashMap<>();
        jdbc.query("select message_id, payload from inbound_event where channel = :channel and message_id in (:ids)",
                new MapSqlParameterSource("channel", channel.name()).addValue("ids", ids), row -> {
                    Original original = read(row.getString("payload"));
                    if (!original.equals(Original.NOTHING)) {
                        originals.putIfAbsent(row.getString("message_id"), original);
                    }
                });
        return originals;
    }

    private Original read(String payload) {
        JsonNode event = parse(payload);
        JsonNode screening = event.path("screening");
        String notAnswered = Screening.Verdict.NO_ANSWER.name().equals(screening.path("verdict").asText())
                ? screening.path("reason").asText("") : null;
        String raw = event.path("rawPayload").asText("");
        String wholeText = null;
        if (event.path("channel").asText("").equalsIgnoreCase(Channel.EMAIL.name()) && !raw.isBlank()) {
            String text = parse(raw).path("text").asText("");
            wholeText = text.isBlank() ? null : text;
        }
        return new Original(wholeText, notAnswered);
    }

    /** An event's JSON; one that does not parse (a platform's non-JSON payload) says nothing more. */
    private JsonNode parse(String json) {
        try {
            return json == null ? objectMapper.missingNode() : objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            return objectMapper.missingNode();
        }
    }
}
