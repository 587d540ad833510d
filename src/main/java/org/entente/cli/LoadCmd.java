package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.pipeline.Pipeline;
import org.entente.store.Loader;
import org.entente.store.Store;
import org.entente.vocab.EntenteConst;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "load", description = {
        "Load into the store, replacing whole graphs (loading twice gives the same store).",
        "Without FILES: the ontology, the reference data and one graph per article with its facts, from data/ (no SHACL check;",
        "see build). With FILES: RDF files in any syntax Jena reads (.nq, .trig, .ttl, .nt, .jsonld, .rdf, optionally .gz);",
        "quads keep their graphs, triples go to --graph or to a graph per file under " + "graph/import/, which records the file;",
        "a graph that holds another file's statements is replaced only with --replace. Invalid input is refused with file,",
        "line and column, and nothing is stored."})
final class LoadCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "RDF files to load.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--graph", paramLabel = "IRI", description = "Graph for triples (default: one graph per file under <base>graph/import/).")
    String graph;

    @Option(names = "--replace", description = "Replace the graph for triples even if it holds the statements of another file.")
    boolean replace;

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        try (Store s = Store.open(project.store())) {
            if (files.isEmpty()) {
                var r = new Pipeline(project.check()).build(s, false);
                System.out.printf("loaded %d articles and %d facts into %s (%,d quads); run entente validate to check them%n",
                        r.articles(), r.facts(), project.store(), r.quads());
            } else {
                long n = Loader.load(s, files, graph, EntenteConst.GRAPH_IMPORT_PREFIX, false, replace);
                System.out.printf("loaded %,d quads from %d file(s) into %s%n", n, files.size(), project.store());
            }
        }
        return 0;
    }
}
