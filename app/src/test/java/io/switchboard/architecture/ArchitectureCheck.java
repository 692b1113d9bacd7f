package io.switchboard.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two rules the module graph keeps, checked on the compiled main classes of every module
 * (ArchUnit reads them, so a reference counts wherever the compiler put it: a field, a call, an
 * annotation, a throws clause):
 * <ul>
 * <li>a module uses another project module's classes only when its pom declares that module, in a
 *     scope other than test; being on the classpath through a third module is not enough;</li>
 * <li>no package cycles: within a module, the packages' dependencies on each other point one way.</li>
 * </ul>
 * A module Maven has not compiled yet (no {@code target/classes}) has nothing to check.
 */
final class ArchitectureCheck {

    /** Examples shown for each undeclared dependency or each edge of a cycle. */
    private static final int EXAMPLES = 3;

    private final Map<ProjectModule, List<JavaClass>> classes = new HashMap<>();
    private final Map<String, ProjectModule> owners = new HashMap<>();

    ArchitectureCheck(List<ProjectModule> modules) {
        ClassFileImporter importer = new ClassFileImporter();
        for (ProjectModule module : modules) {
            if (Files.isDirectory(module.classes())) {
                List<JavaClass> imported = List.copyOf(importer.importPath(module.classes()));
                classes.put(module, imported);
                imported.forEach(type -> owners.put(type.getName(), module));
            }
        }
    }

    /** The modules whose classes were found, by artifact. */
    Set<String> checkedModules() {
        Set<String> checked = new TreeSet<>();
        classes.keySet().forEach(module -> checked.add(module.artifactId()));
        return checked;
    }

    /** Every broken rule, one line each, in a stable order; empty when the modules keep both. */
    List<String> violations() {
        List<String> violations = new ArrayList<>();
        violations.addAll(undeclaredDependencies());
        violations.addAll(packageCycles());
        return violations;
    }

    private List<String> undeclaredDependencies() {
        Map<String, Set<String>> examples = new TreeMap<>();
        classes.forEach((module, types) -> types.stream()
                .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .forEach(dependency -> {
                    ProjectModule target = owners.get(target(dependency).getName());
                    if (target != null && !target.equals(module) && !module.declared().contains(target.artifactId())) {
                        examples.computeIfAbsent(module.artifactId() + " uses " + target.artifactId()
                                + ", which its pom.xml does not declare (scope other than test)", key -> new TreeSet<>())
                                .add(dependency.getOriginClass().getName() + " -> " + target(dependency).getName());
                    }
                }));
        List<String> violations = new ArrayList<>();
        examples.forEach((problem, uses) -> violations.add(problem + ": " + shown(uses)));
        return violations;
    }

    private List<String> packageCycles() {
        List<String> violations = new ArrayList<>();
        classes.forEach((module, types) -> {
            Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
            types.stream().flatMap(type -> type.getDirectDependenciesFromSelf().stream()).forEach(dependency -> {
                JavaClass target = target(dependency);
                String from = dependency.getOriginClass().getPackageName();
                if (module.equals(owners.get(target.getName())) && !from.equals(target.getPackageName())) {
                    edges.computeIfAbsent(from, key -> new TreeMap<>())
                            .computeIfAbsent(target.getPackageName(), key -> new TreeSet<>())
                            .add(dependency.getOriginClass().getSimpleName() + " -> " + target.getSimpleName());
                }
            });
            for (Set<String> cycle : new StronglyConnected(edges).components()) {
                List<String> uses = new ArrayList<>();
                cycle.forEach(from -> edges.get(from).forEach((to, examples) -> {
                    if (cycle.contains(to)) {
                        uses.add(from + " -> " + to + " (" + shown(examples) + ")");
                    }
                }));
                violations.add(module.artifactId() + " has a package cycle " + cycle + ": " + String.join("; ", uses));
            }
        });
        violations.sort(null);
        return violations;
    }

    /** An array's element type: a {@code Foo[]} field uses {@code Foo}. */
    private static JavaClass target(Dependency dependency) {
        return dependency.getTargetClass().getBaseComponentType();
    }

    private static String shown(Set<String> examples) {
        List<String> first = examples.stream().limit(EXAMPLES).toList();
        return String.join(", ", first) + (examples.size() > EXAMPLES ? " and " + (examples.size() - EXAMPLES)
                + " more" : "");
    }

    /** Tarjan's strongly connected components of a package graph: each of more than one package is a cycle. */
    private static final class StronglyConnected {

        private final Map<String, Map<String, Set<String>>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Map<String, Set<String>>> edges) {
            this.edges = edges;
        }

        List<Set<String>> components() {
            edges.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (onStack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }
}
