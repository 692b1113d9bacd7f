package io.switchboard.core.member;

import io.switchboard.core.channel.Channel;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByChannelAndPlatformId(Channel channel, String platformId);
}
