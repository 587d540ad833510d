package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.entente.EntenteException;
import org.entente.export.Exporter;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {
        "Write a release of the whole dataset: N-Quads, TriG, JSON-LD, Turtle and N-Triples of the union, the truthy layer,",
        "the ontology, a VoID/DCAT description (void.ttl) and SHA256SUMS. Sorted output: the same graph gives the same bytes.",
        "Each file is re-read by RDF4J Rio and its count checked against the store. `entente serve` publishes the latest",
        "release under /dumps/."})
final class ExportCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--out", paramLabel = "DIR", description = "Release directory (default: ROOT/target/export); replaced when the export succeeds.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the files will be published, for void.ttl (default: <base>dumps/).")
    String baseUrl;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "http://127.0.0.1:3030/entente/sparql",
            description = "SPARQL endpoint to name in void.ttl (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Release date for void.ttl (default: today).")
    LocalDate date;

    @Option(names = "--verify", paramLabel = "DIR", description = {"Check an existing release instead: SHA256SUMS lists every file of the release and every file",
            "a release requires, with its checksum; each dump has the SHA-256, size and statement counts void.ttl records;",
            "every RDF file parses with RDF4J Rio. Exits 1 naming the first file that fails."})
    Path verify;

    @Override
    public Integer call() {
        main.init();
        if (verify != null) {
            try {
                var files = Exporter.verify(verify);
                System.out.println("ok: " + files.size() + " files match SHA256SUMS, the dumps match void.ttl (SHA-256, size, statement counts)"
                        + " and parse with RDF4J Rio: " + String.join(", ", files));
            } catch (java.io.IOException e) {
                throw new EntenteException(verify + ": " + e.getMessage(), e);
            }
            return 0;
        }
        var project = main.project().check();
        if (!Store.exists(project.store())) throw new EntenteException("no store at " + project.store() + "; run entente build first");
        Path dir = out != null ? out : project.root().resolve("target").resolve("export");
        String base = baseUrl != null ? (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") : org.entente.vocab.EntenteConst.BASE + "dumps/";
        try (Store s = Store.open(project.store())) {
            var r = Exporter.export(s, project.ontologyFile(), dir, base, endpoint, date != null ? date : LocalDate.now());
            for (var f : r.files()) System.out.printf("%-20s %,12d bytes %,10d statements  %s%n", f.name(), f.bytes(), f.statements(), f.sha256());
            System.out.printf("exported %,d quads (%,d distinct triples, %,d truthy) to %s; every file re-read by RDF4J Rio%n",
                    r.quads(), r.triples(), r.truthy(), r.dir());
        }
        return 0;
    }
}
