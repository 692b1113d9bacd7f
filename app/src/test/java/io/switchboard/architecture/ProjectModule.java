package io.switchboard.architecture;

import java.nio.file.Path;
import java.util.Set;

/**
 * One module of the project as its pom declares it.
 *
 * @param artifactId its artifact, {@code switchboard-router}
 * @param directory where its pom is
 * @param declared the project's artifacts its main code may use: the ones its pom declares in a
 *     scope other than {@code test}, test jars left out
 */
record ProjectModule(String artifactId, Path directory, Set<String> declared) {

    ProjectModule {
        declared = Set.copyOf(declared);
    }

    /** Its compiled main classes, once Maven has compiled it. */
    Path classes() {
        return directory.resolve("target").resolve("classes");
    }
}
