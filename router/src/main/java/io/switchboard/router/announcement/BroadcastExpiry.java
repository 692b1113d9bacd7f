package io.switchboard.router.announcement;

import io.switchboard.core.announcement.AnnouncementDelivery;
import io.switchboard.core.announcement.AnnouncementDeliveryRepository;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out an announcement's expiry on its copies, once: its pinned Telegram copies are to be
 * unpinned (the delivery takes that step like any other), copies not yet published never go out,
 * and every copy is shown expired. The published copies themselves stay, on Telegram, X, Facebook
 * and the forum, as the record of what was announced; the answer engine and the feed stop using the
 * announcement at its expiry whether or not this ran.
 */
@Component
class BroadcastExpiry {

    private static final Logger log = LoggerFactory.getLogger(BroadcastExpiry.class);

    private final AnnouncementClaims claims;
    private final AnnouncementDeliveryRepository deliveries;

    BroadcastExpiry(AnnouncementClaims claims, AnnouncementDeliveryRepository deliveries) {
        this.claims = claims;
        this.deliveries = deliveries;
    }

    /** @return how many announcements expired in this pass */
    @Transactional
    int expireDue(Instant now) {
        int expired = 0;
        for (Long id : claims.expiredIds(now)) {
            if (claims.claimExpiry(id, now) == 0) {
                continue;
            }
            List<AnnouncementDelivery> copies = deliveries.findByAnnouncementIdOrderByIdAsc(id);
            long pins = copies.stream().filter(copy -> copy.expire(now)).count();
            log.info("Announcement {} expired: {} of its {} copies to unpin; the published ones stay", id, pins,
                    copies.size());
            expired++;
        }
        return expired;
    }
}
