package io.switchboard.router.announcement;

import io.switchboard.core.announcement.Announcement;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementDelivery;
import io.switchboard.core.announcement.AnnouncementDeliveryRepository;
import io.switchboard.core.announcement.AnnouncementRepository;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.router.outbox.Gateways;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns each announcement whose publication time has come into one delivery per channel and
 * target. The forum's copy comes first, so the copies that link to the full text find its URL.
 * A channel the announcement names but that cannot take it (connector off, no target
 * configured) gets a failed delivery that says so; with no channels named it goes wherever
 * announcement targets are configured. Within a channel it goes to the targets it chose (some of
 * the Telegram chats), else to all; a chosen one no longer configured gets a failed delivery that
 * says so. One that expired before it could go out goes nowhere. Of several instances that find
 * the same announcement due, the one that claims it fans it out; the others skip it quietly.
 */
@Component
class BroadcastFanOut {

    private static final Logger log = LoggerFactory.getLogger(BroadcastFanOut.class);
    /** No target: the delivery records why the channel could not be reached. */
    static final String NO_TARGET = "-";
    private static final List<Channel> ORDER = List.of(Channel.FORUM, Channel.TELEGRAM, Channel.FACEBOOK,
            Channel.TWITTER);

    private final AnnouncementRepository announcements;
    private final AnnouncementClaims claims;
    private final AnnouncementDeliveryRepository deliveries;
    private final Gateways gateways;

    BroadcastFanOut(AnnouncementRepository announcements, AnnouncementClaims claims,
            AnnouncementDeliveryRepository deliveries, Gateways gateways) {
        this.announcements = announcements;
        this.claims = claims;
        this.deliveries = deliveries;
        this.gateways = gateways;
    }

    /** @return how many announcements this instance sent out */
    @Transactional
    int fanOutDue(Instant now) {
        List<Announcement> due = announcements
                .findByFannedOutAtIsNullAndRetractedAtIsNullAndPublishedAtLessThanEqualOrderByIdAsc(now);
        int claimed = 0;
        for (Announcement announcement : due) {
            AnnouncementContent content = announcement.toContent();
            if (claims.claimFanOut(announcement.getId(), now) == 0) {
                log.debug("Announcement {} was fanned out by another instance or retracted meanwhile",
                        announcement.getId());
                continue;
            }
            claimed++;
            // one that expired before its turn came (the application was down) is no news any more
            boolean expired = content.expiresAt() != null && !content.expiresAt().isAfter(now);
            for (Channel channel : expired ? List.<Channel>of() : ORDER) {
                if (content.appliesTo(channel)) {
                    fanOut(content, channel, now);
                }
            }
        }
        return claimed;
    }

    private void fanOut(AnnouncementContent content, Channel channel, Instant now) {
        Long announcementId = content.id();
        Optional<ChannelGateway> gateway = gateways.forChannel(channel);
        List<String> targets = content.targetsIn(channel, gateway.map(ChannelGateway::broadcastTargets).orElse(List.of()));
        if (targets.isEmpty()) {
            if (!content.channels().isEmpty()) {
                AnnouncementDelivery unreachable = new AnnouncementDelivery(announcementId, channel, NO_TARGET, now);
                unreachable.fail(unreachable(channel, gateway.isPresent()), now);
                deliveries.save(unreachable);
            }
            return;
        }
        targets.forEach(target -> deliveries.save(new AnnouncementDelivery(announcementId, channel, target, now)));
    }

    static String unreachable(Channel channel, boolean connected) {
        return connected ? "no announcement target is configured for " + channel.key()
                : "no connector configured for " + channel.key();
    }
}
