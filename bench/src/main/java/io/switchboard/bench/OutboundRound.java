package io.switchboard.bench;

/**
 * One round of the outbound series.
 *
 * @param delivered enqueue -> sent of the round's replies; its throughput is replies sent per second over the
 *     window from the round's first reply queued to its last sent
 * @param replies replies the round's updates queued
 * @param undelivered of those, replies not sent (failed, expired, cancelled or still pending at the limit)
 * @param tooManyRequests 429s the fake Bot API answered during the round
 */
record OutboundRound(Figures delivered, int replies, int undelivered, int tooManyRequests) {
}
