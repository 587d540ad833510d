package org.entente.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.EntenteException;

/**
 * Where a project's files are: the root holds {@code ontology/}, {@code data/articles},
 * {@code data/facts}, {@code data/reference} and {@code queries/}; the store defaults to
 * {@code target/tdb2} under the root.
 *
 * @param root  the project root
 * @param store the TDB2 directory
 */
public record Project(Path root, Path store) {

    /** The project at {@code root}, with the store at {@code store} or the default. */
    public static Project at(Path root, Path store) {
        Path r = root.toAbsolutePath().normalize();
        return new Project(r, store != null ? store.toAbsolutePath().normalize() : r.resolve("target").resolve("tdb2"));
    }

    public Path ontologyDir() {
        return root.resolve("ontology");
    }

    public Path ontologyFile() {
        return ontologyDir().resolve("entente.ttl");
    }

    public Path shapesFile() {
        return ontologyDir().resolve("shapes.ttl");
    }

    public Path articlesDir() {
        return root.resolve("data").resolve("articles");
    }

    public Path factsDir() {
        return root.resolve("data").resolve("facts");
    }

    public Path referenceDir() {
        return root.resolve("data").resolve("reference");
    }

    public Path queriesDir() {
        return root.resolve("queries");
    }

    public Path rulesDir() {
        return queriesDir().resolve("rules");
    }

    /** Fails with a clear message if the root does not look like an Entente project. */
    public Project check() {
        for (Path p : new Path[] {ontologyFile(), shapesFile(), articlesDir(), factsDir(), referenceDir()}) {
            if (!Files.exists(p)) {
                throw new EntenteException(p + " is missing: run entente from the project root, or pass --root DIR "
                        + "(or set ENTENTE_ROOT) to a directory with ontology/ and data/");
            }
        }
        return this;
    }
}
