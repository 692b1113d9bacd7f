package io.switchboard.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the project's modules and the dependencies on each other they declare from the poms, so
 * that a module added to the parent pom is checked without anyone listing it here: the parent's
 * {@code <modules>}, those of its profiles too (the bench), and recursively those of an
 * aggregating module. A dependency without a scope takes the one the parent's
 * {@code <dependencyManagement>} gives it ({@code switchboard-testing} is test-scoped there).
 */
final class ProjectModules {

    private ProjectModules() {
    }

    static List<ProjectModule> read(Path root) {
        Element parent = pom(root);
        String group = text(parent, "groupId").orElseThrow(() -> new IllegalStateException(
                root.resolve("pom.xml") + " names no groupId"));
        Map<String, String> managedScopes = new HashMap<>();
        child(parent, "dependencyManagement").flatMap(management -> child(management, "dependencies"))
                .ifPresent(dependencies -> children(dependencies, "dependency")
                        .filter(dependency -> group.equals(text(dependency, "groupId").orElse(null)))
                        .forEach(dependency -> managedScopes.put(text(dependency, "artifactId").orElseThrow(),
                                text(dependency, "scope").orElse("compile"))));
        List<ProjectModule> modules = new ArrayList<>();
        collect(root, parent, group, managedScopes, modules);
        return modules;
    }

    private static void collect(Path directory, Element pom, String group, Map<String, String> managedScopes,
            List<ProjectModule> modules) {
        Stream.concat(Stream.of(pom), child(pom, "profiles").stream()
                        .flatMap(profiles -> children(profiles, "profile")))
                .flatMap(holder -> child(holder, "modules").stream())
                .flatMap(list -> children(list, "module"))
                .map(module -> directory.resolve(module.getTextContent().trim()).normalize())
                .distinct()
                .forEach(moduleDirectory -> {
                    Element modulePom = pom(moduleDirectory);
                    modules.add(new ProjectModule(text(modulePom, "artifactId").orElseThrow(), moduleDirectory,
                            declared(modulePom, group, managedScopes)));
                    collect(moduleDirectory, modulePom, group, managedScopes, modules);
                });
    }

    private static Set<String> declared(Element pom, String group, Map<String, String> managedScopes) {
        Set<String> declared = new HashSet<>();
        child(pom, "dependencies").ifPresent(dependencies -> children(dependencies, "dependency")
                .filter(dependency -> group.equals(text(dependency, "groupId").orElse(null)))
                .filter(dependency -> !"test-jar".equals(text(dependency, "type").orElse("jar")))
                .forEach(dependency -> {
                    String artifact = text(dependency, "artifactId").orElseThrow();
                    String scope = text(dependency, "scope").orElse(managedScopes.getOrDefault(artifact, "compile"));
                    if (!"test".equals(scope)) {
                        declared.add(artifact);
                    }
                }));
        return declared;
    }

    private static Element pom(Path directory) {
        Path file = directory.resolve("pom.xml");
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Stream<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found.stream();
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).findFirst();
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(element -> element.getTextContent().trim());
    }
}
