package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.bench.Generator;
import org.entente.facts.EntityIndex;
import org.entente.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "generate", description = {
        "Write a realistic graph in Entente's model for benchmarks: the ontology and reference data plus generated",
        "articles with sourced statements (claims, denials, hypotheticals, dates over decades, a few actors in most",
        "articles), about N quads (RDF statements) in all, as N-Quads. The same seed gives the same file.",
        "Example: entente generate --statements 1000000 --seed 42 --out target/bench/g1m.nq.gz"})
final class GenerateCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--statements", required = true, paramLabel = "N", description = "About how many quads to write.")
    long statements;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "N-Quads file (.nq or .nq.gz).")
    Path out;

    @Override
    public Integer call() throws Exception {
        main.init();
        if (statements <= 0) throw new org.entente.EntenteException("--statements " + statements + ": give a positive number of quads");
        Pipeline p = new Pipeline(main.project().check());
        var ont = p.ontology();
        var ref = p.reference().graph();
        long n = new Generator(ont, ref, new EntityIndex(Pipeline.union(ont, ref)), seed).write(out, statements);
        System.out.printf("wrote %,d quads to %s%n", n, out);
        return 0;
    }
}
