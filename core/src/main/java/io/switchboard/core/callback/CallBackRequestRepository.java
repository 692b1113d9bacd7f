package io.switchboard.core.callback;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallBackRequestRepository extends JpaRepository<CallBackRequest, Long> {

    Optional<CallBackRequest> findByConversationKey(String conversationKey);

    List<CallBackRequest> findByConversationKeyIn(Collection<String> conversationKeys);
}
