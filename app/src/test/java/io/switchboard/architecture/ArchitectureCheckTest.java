package io.switchboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.architecture.fixture.lower.Lower;
import io.switchboard.architecture.fixture.ping.Ping;
import io.switchboard.architecture.fixture.pong.Pong;
import io.switchboard.architecture.fixture.upper.Upper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check fails where it should, on a small synthetic project in a temporary directory: poms
 * written here, and the compiled fixture classes of {@code io.switchboard.architecture.fixture}
 * copied into its modules' {@code target/classes}.
 */
class ArchitectureCheckTest {

    @TempDir
    Path root;

    @Test
    void aModuleUsingOneItDoesNotDeclareFails() throws IOException {
        parent("", "<module>lower</module><module>upper</module>");
        module("lower", "", Lower.class);
        module("upper", "", Upper.class);

        assertThat(violations()).singleElement().asString()
                .startsWith("demo-upper uses demo-lower, which its pom.xml does not declare")
                .contains(Upper.class.getName() + " -> " + Lower.class.getName());
    }

    @Test
    void aDeclaredDependencyPasses() throws IOException {
        parent("", "<module>lower</module><module>upper</module>");
        module("lower", "", Lower.class);
        module("upper", dependency("demo-lower", ""), Upper.class);

        assertThat(violations()).isEmpty();
    }

    @Test
    void aTestScopedDependencyDoesNotCountForMainCodeThoughTheParentGaveTheScope() throws IOException {
        parent("<dependencyManagement><dependencies>" + dependency("demo-lower", "<scope>test</scope>")
                + "</dependencies></dependencyManagement>", "<module>lower</module><module>upper</module>");
        module("lower", "", Lower.class);
        module("upper", dependency("demo-lower", ""), Upper.class);

        assertThat(violations()).singleElement().asString().startsWith("demo-upper uses demo-lower");
    }

    @Test
    void modulesOfAProfileAreCheckedToo() throws IOException {
        parent("<profiles><profile><id>extra</id><modules><module>upper</module></modules></profile></profiles>",
                "<module>lower</module>");
        module("lower", "", Lower.class);
        module("upper", "", Upper.class);

        assertThat(violations()).singleElement().asString().startsWith("demo-upper uses demo-lower");
    }

    @Test
    void aPackageCycleFails() throws IOException {
        parent("", "<module>cyclic</module>");
        module("cyclic", "", Ping.class, Pong.class);

        assertThat(violations()).singleElement().asString()
                .startsWith("demo-cyclic has a package cycle [" + Ping.class.getPackageName() + ", "
                        + Pong.class.getPackageName() + "]")
                .contains(Ping.class.getPackageName() + " -> " + Pong.class.getPackageName() + " (Ping -> Pong)");
    }

    @Test
    void aModuleNotCompiledYetIsSkipped() throws IOException {
        parent("", "<module>lower</module><module>upper</module>");
        module("lower", "", Lower.class);
        Files.createDirectories(root.resolve("upper"));
        Files.writeString(root.resolve("upper/pom.xml"), pom("demo-upper", ""));

        ArchitectureCheck check = new ArchitectureCheck(ProjectModules.read(root));

        assertThat(check.checkedModules()).containsExactly("demo-lower");
        assertThat(check.violations()).isEmpty();
    }

    private List<String> violations() {
        return new ArchitectureCheck(ProjectModules.read(root)).violations();
    }

    private void parent(String extra, String modules) throws IOException {
        Files.writeString(root.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <groupId>io.switchboard.demo</groupId>
                  <artifactId>demo-parent</artifactId>
                  <packaging>pom</packaging>
                  <modules>%s</modules>
                  %s
                </project>
                """.formatted(modules, extra));
    }

    private void module(String name, String dependencies, Class<?>... compiled) throws IOException {
        Path directory = root.resolve(name);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("pom.xml"), pom("demo-" + name, dependencies));
        for (Class<?> type : compiled) {
            Path file = directory.resolve("target/classes").resolve(type.getName().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                Files.copy(in, file);
            }
        }
    }

    private static String pom(String artifactId, String dependencies) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <parent><groupId>io.switchboard.demo</groupId><artifactId>demo-parent</artifactId></parent>
                  <artifactId>%s</artifactId>
                  <dependencies>%s</dependencies>
                </project>
                """.formatted(artifactId, dependencies);
    }

    private static String dependency(String artifactId, String more) {
        return "<dependency><groupId>io.switchboard.demo</groupId><artifactId>" + artifactId + "</artifactId>" + more
                + "</dependency>";
    }
}
