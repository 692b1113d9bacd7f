package io.switchboard.admin.announcement;

import io.switchboard.core.announcement.AnnouncementRecord;
import io.switchboard.core.announcement.AnnouncementText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One announcement in the console's list: its text in the reader's language (else English, else the
 * first), its state and its copies, with each copy's error and note worded for the reader.
 */
public record AnnouncementRow(long id, AnnouncementRecord record, AnnouncementText text, List<DeliveryView> deliveries,
        Map<Long, String> errors, Map<Long, String> notes) {

    static AnnouncementRow of(AnnouncementRecord record, String language, DeliveryWording wording) {
        AnnouncementText text = record.content().texts().getOrDefault(language,
                record.content().textsEnglishFirst().get(0));
        List<DeliveryView> deliveries = record.deliveries().stream().map(DeliveryView::of).toList();
        Map<Long, String> errors = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (DeliveryView delivery : deliveries) {
            if (delivery.lastError() != null) {
                errors.put(delivery.id(), wording.reason(delivery.lastError()));
            }
            if (delivery.note() != null) {
                notes.put(delivery.id(), wording.reason(delivery.note()));
            }
        }
        return new AnnouncementRow(record.content().id(), record, text, deliveries, errors, notes);
    }

    public boolean anyFailed() {
        return deliveries.stream().anyMatch(DeliveryView::failed);
    }
}
