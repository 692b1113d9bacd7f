package io.switchboard.forum.topic;

/** The asker (or staff) accepted an answer. Published inside the transaction that marked the topic. */
public record TopicSolved(long topicId, long acceptedPostId, String actor) {
}
