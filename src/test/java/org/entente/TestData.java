package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Project;
import org.entente.store.Store;
import org.entente.util.Progress;

/**
 * The real project data for tests: the repository root (Maven runs tests there), a store built
 * once per test JVM from data/, and scratch copies of the project for tests that break data.
 */
public final class TestData {
    private TestData() {}

    static {
        Progress.setQuiet(true);
    }

    /** The repository root. */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        if (!Files.exists(p.resolve("ontology/entente.ttl"))) throw new IllegalStateException("tests must run from the project root, not " + p);
        return p;
    }

    /** The real project, with its store in {@code dir}. */
    public static Project project(Path storeDir) {
        return Project.at(root(), storeDir);
    }

    private static Store shared;
    private static Path sharedDir;

    /** A store built from the real data/, shared by read-only tests; closed at JVM exit. */
    public static synchronized Store builtStore() {
        if (shared == null) {
            try {
                sharedDir = Files.createTempDirectory("entente-test-store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = Store.open(sharedDir);
            new Pipeline(project(sharedDir)).build(shared, true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(sharedDir)));
        }
        return shared;
    }

    /** A scratch copy of the project (ontology, data, queries) under {@code dir}. */
    public static Project copyProject(Path dir) {
        for (String d : new String[] {"ontology", "data", "queries"}) copyTree(root().resolve(d), dir.resolve(d));
        return Project.at(dir, dir.resolve("store"));
    }

    public static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.copy(f, to.resolve(from.relativize(f).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) {
        org.entente.util.FileOps.deleteTree(dir);
    }

    /** A seed file from src/test/resources/seeds (verbatim copies of the project's seed corpus). */
    public static Path seed(String name) {
        return root().resolve("src/test/resources/seeds").resolve(name);
    }
}
