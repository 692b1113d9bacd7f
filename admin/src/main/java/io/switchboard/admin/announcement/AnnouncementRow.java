package io.switchboard.admin.announcement;

import io.switchboard.admin.knowledge.DeliveryView;
import io.switchboard.core.knowledge.AnnouncementRecord;
import io.switchboard.core.knowledge.AnnouncementText;
import java.util.List;

/** One announcement in the console's list: its first text, its state and its copies. */
public record AnnouncementRow(long id, AnnouncementRecord record, AnnouncementText text, List<DeliveryView> deliveries) {

    static AnnouncementRow of(AnnouncementRecord record) {
        return new AnnouncementRow(record.content().id(), record, record.content().textsEnglishFirst().get(0),
                record.deliveries().stream().map(DeliveryView::of).toList());
    }

    public boolean anyFailed() {
        return deliveries.stream().anyMatch(DeliveryView::failed);
    }
}
