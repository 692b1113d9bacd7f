package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** The attachment limits as an operator sets them: defaults, sizes in readable units, nonsense refused at startup. */
class AttachmentsPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AttachmentsConfiguration.class);

    @Test
    void fiveFilesOfFiveMegabytesByDefault() {
        context.run(started -> assertThat(started.getBean(AttachmentsProperties.class))
                .isEqualTo(new AttachmentsProperties(5, DataSize.ofMegabytes(5))));
    }

    @Test
    void takesSizesInReadableUnits() {
        context.withPropertyValues("switchboard.attachments.max-files=2", "switchboard.attachments.max-bytes=512KB")
                .run(started -> assertThat(started.getBean(AttachmentsProperties.class))
                        .isEqualTo(new AttachmentsProperties(2, DataSize.ofKilobytes(512))));
    }

    @Test
    void aLimitThatLetsNothingThroughStopsStartupWithItsName() {
        context.withPropertyValues("switchboard.attachments.max-files=0").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessage("switchboard.attachments.max-files must be at least 1, was 0"));
        context.withPropertyValues("switchboard.attachments.max-bytes=0").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessage("switchboard.attachments.max-bytes must be positive, was 0B"));
    }
}
