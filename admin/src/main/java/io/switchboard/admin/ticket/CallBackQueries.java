package io.switchboard.admin.ticket;

import io.switchboard.core.callback.CallBackRequest;
import io.switchboard.core.callback.CallBackRequestRepository;
import io.switchboard.core.callback.CallLog;
import io.switchboard.core.callback.CallLogs;
import io.switchboard.core.channel.Channel;
import io.switchboard.verify.value.PhoneNumbers;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone queue's side of tickets: the number a member asked to be called back on, masked in lists
 * ({@code +86 138 **** 8000}: lists are seen over shoulders and in screenshots) and whole on the ticket, where the
 * agent dials it and logs the call.
 */
@Service
@Transactional(readOnly = true)
public class CallBackQueries {

    private static final String OF_TICKETS = "select t.id, c from Ticket t, CallBackRequest c"
            + " where t.thread.conversationKey = c.conversationKey and t.thread.channel = :web and t.id in :ids";

    private final EntityManager entities;
    private final CallBackRequestRepository callBacks;
    private final CallLogs calls;

    CallBackQueries(EntityManager entities, CallBackRequestRepository callBacks, CallLogs calls) {
        this.entities = entities;
        this.callBacks = callBacks;
        this.calls = calls;
    }

    /**
     * A ticket's call-back as its page shows it.
     *
     * @param display the whole number as people read it: {@code +86 138 0013 8000}
     */
    record CallBack(CallBackRequest request, String display, List<CallLog> calls) {
    }

    /** The masked number of each of the tickets that is a call-back, by ticket id. */
    Map<Long, String> maskedNumbers(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? Map.of() : ofTickets(ticketIds).stream().collect(Collectors.toMap(
                row -> (Long) row[0], row -> PhoneNumbers.masked(((CallBackRequest) row[1]).getPhone())));
    }

    /** The masked number of each of the web conversations (the inbox's threads) that is a call-back, by its key. */
    public Map<String, String> maskedByConversation(Collection<String> webConversationKeys) {
        return webConversationKeys.isEmpty() ? Map.of() : callBacks.findByConversationKeyIn(webConversationKeys)
                .stream().collect(Collectors.toMap(CallBackRequest::getConversationKey,
                        request -> PhoneNumbers.masked(request.getPhone())));
    }

    Optional<CallBack> of(long ticketId) {
        return ofTickets(List.of(ticketId)).stream().findFirst().map(row -> (CallBackRequest) row[1])
                .map(request -> new CallBack(request, PhoneNumbers.display(request.getPhone()), calls.of(ticketId)));
    }

    private List<Object[]> ofTickets(Collection<Long> ticketIds) {
        return entities.createQuery(OF_TICKETS, Object[].class).setParameter("web", Channel.WEB)
                .setParameter("ids", ticketIds).getResultList();
    }
}
