package io.switchboard.connector.twitter;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentionCursorRepository extends JpaRepository<MentionCursor, String> {
}
