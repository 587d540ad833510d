package org.entente.cli;

import java.util.concurrent.Callable;

import org.entente.pipeline.Pipeline;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "build", description = {
        "Build the store from data/: ingest, convert, load and validate, in one transaction.",
        "Refused facts or SHACL violations leave the store exactly as it was."})
final class BuildCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--no-validate", description = "Skip SHACL validation (faster on large data).")
    boolean noValidate;

    @Option(names = "--extract", description = "Also add facts extracted from the articles (method ent:PatternExtraction).")
    boolean extract;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.7",
            description = "With --extract: the least confidence of an extracted fact to add (default ${DEFAULT-VALUE}).")
    double minConfidence;

    @Override
    public Integer call() {
        main.init();
        Main.checkConfidence(minConfidence);
        var project = main.project().check();
        Pipeline p = new Pipeline(project);
        try (Store s = Store.open(project.store())) {
            var r = p.build(s, !noValidate, extract ? minConfidence : -1);
            System.out.printf("built %s: %d articles, %d facts, %,d quads%s; %,d inferred statements (%,d triples) in %.1f s%n",
                    project.store(), r.articles(), r.facts(), r.quads(), noValidate ? " (not validated)" : ", 0 SHACL violations",
                    r.reasoning().statements(), r.reasoning().triples(), r.reasoning().millis() / 1000.0);
        }
        return 0;
    }
}
