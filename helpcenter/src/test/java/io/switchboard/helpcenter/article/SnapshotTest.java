package io.switchboard.helpcenter.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What the pages read instead of the database: kept until a change, never kept across one. */
class SnapshotTest {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aValueIsLoadedOnceAndAgainAfterAChange() {
        Snapshot<Integer> snapshot = new Snapshot<>(loads::incrementAndGet);

        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(snapshot.get()).isEqualTo(1);
        snapshot.drop();
        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadThatReadBeforeAChangeWasCommittedIsNotKept() {
        AtomicReference<Snapshot<Integer>> self = new AtomicReference<>();
        Snapshot<Integer> snapshot = new Snapshot<>(() -> {
            int load = loads.incrementAndGet();
            if (load == 1) {
                self.get().drop(); // the change commits while the first load is reading
            }
            return load;
        });
        self.set(snapshot);

        assertThat(snapshot.get()).as("the reader that asked gets what was read").isEqualTo(1);
        assertThat(snapshot.get()).as("the next one reads again").isEqualTo(2);
        assertThat(snapshot.get()).isEqualTo(2);
    }
}
