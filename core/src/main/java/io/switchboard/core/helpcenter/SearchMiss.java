package io.switchboard.core.helpcenter;

import java.time.Instant;

/** A help-center search that found nothing, with how often it was made and when last. */
public record SearchMiss(String query, int count, Instant lastSearchedAt) {
}
