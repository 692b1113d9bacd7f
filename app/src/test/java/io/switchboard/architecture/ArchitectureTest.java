package io.switchboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's module graph as the poms declare it is the one its classes use, and no module's
 * packages form a cycle (docs/architecture.md). It runs in app, which Maven builds after every module
 * it depends on, and reads each module's {@code target/classes}.
 */
class ArchitectureTest {

    /** Surefire runs app's tests in app's directory; the parent pom is one up. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void modulesUseOnlyWhatTheyDeclareAndNoPackagesFormACycle() {
        List<ProjectModule> modules = ProjectModules.read(ROOT);
        ProjectModule app = modules.stream().filter(module -> module.directory().equals(ROOT.resolve("app")))
                .findFirst().orElseThrow(() -> new IllegalStateException(ROOT + " has no module app"));
        ArchitectureCheck check = new ArchitectureCheck(modules);

        // everything app runs on has been compiled before app's tests: none of it is skipped
        assertThat(check.checkedModules()).containsAll(app.declared()).contains(app.artifactId());
        assertThat(check.violations()).isEmpty();
    }

    @Test
    void theProjectIsWhereThisTestLooksForIt() {
        assertThat(Files.isRegularFile(ROOT.resolve("pom.xml"))).isTrue();
    }
}
