package io.switchboard.router.broadcast;

import io.switchboard.core.broadcast.AnnouncementDelivery;
import io.switchboard.core.broadcast.AnnouncementDeliveryRepository;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.knowledge.Announcement;
import io.switchboard.core.knowledge.AnnouncementContent;
import io.switchboard.core.knowledge.AnnouncementRepository;
import io.switchboard.router.outbox.Gateways;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns each announcement whose publication time has come into one delivery per channel and
 * target. The forum's copy comes first, so the copies that link to the full text find its URL.
 * A channel the announcement names but that cannot take it (connector off, no target
 * configured) gets a failed delivery that says so; with no channels named it goes wherever
 * announcement targets are configured. One that expired before it could go out goes nowhere.
 */
@Component
class BroadcastFanOut {

    /** No target: the delivery records why the channel could not be reached. */
    static final String NO_TARGET = "-";
    private static final List<Channel> ORDER = List.of(Channel.FORUM, Channel.TELEGRAM, Channel.FACEBOOK,
            Channel.TWITTER);

    private final AnnouncementRepository announcements;
    private final AnnouncementDeliveryRepository deliveries;
    private final Gateways gateways;

    BroadcastFanOut(AnnouncementRepository announcements, AnnouncementDeliveryRepository deliveries,
            Gateways gateways) {
        this.announcements = announcements;
        this.deliveries = deliveries;
        this.gateways = gateways;
    }

    /** @return how many announcements went out */
    @Transactional
    int fanOutDue(Instant now) {
        List<Announcement> due = announcements
                .findByFannedOutAtIsNullAndRetractedAtIsNullAndPublishedAtLessThanEqualOrderByIdAsc(now);
        for (Announcement announcement : due) {
            AnnouncementContent content = announcement.toContent();
            // one that expired before its turn came (the application was down) is no news any more
            boolean expired = content.expiresAt() != null && !content.expiresAt().isAfter(now);
            for (Channel channel : expired ? List.<Channel>of() : ORDER) {
                if (content.appliesTo(channel)) {
                    fanOut(announcement.getId(), channel, !content.channels().isEmpty(), now);
                }
            }
            announcement.fannedOut(now);
        }
        return due.size();
    }

    private void fanOut(Long announcementId, Channel channel, boolean named, Instant now) {
        Optional<ChannelGateway> gateway = gateways.forChannel(channel);
        List<String> targets = gateway.map(ChannelGateway::broadcastTargets).orElse(List.of());
        if (targets.isEmpty()) {
            if (named) {
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
