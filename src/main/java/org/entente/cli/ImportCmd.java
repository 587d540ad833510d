package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.store.Loader;
import org.entente.store.Store;
import org.entente.vocab.EntenteConst;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {
        "Load RDF you bring (any syntax Jena reads: .ttl .nt .nq .trig .jsonld .rdf .owl, optionally .gz) into its own named",
        "graph, <base>graph/import/<file name>, apart from Entente's graphs (a rebuild keeps it). The graph records the file",
        "(prov:wasDerivedFrom <file:///…>): importing the same file again replaces its graph; a graph that holds another",
        "file's statements is replaced only with --replace, or give the file its own graph with --graph. Invalid input",
        "(a syntax error, a relative or bad IRI, malformed UTF-8) is refused with file, line and column, and nothing is stored."})
final class ImportCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILES", arity = "1..*")
    List<Path> files = new ArrayList<>();

    @Option(names = "--graph", paramLabel = "IRI", description = "Import into this graph instead of one per file under <base>graph/import/.")
    String graph;

    @Option(names = "--replace", description = "Replace the graph even if it holds the statements of another file.")
    boolean replace;

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        try (Store s = Store.open(project.store())) {
            long n = Loader.load(s, files, graph, EntenteConst.GRAPH_IMPORT_PREFIX, true, replace);
            System.out.printf("imported %,d statement(s) from %d file(s):%n", n, files.size());
            for (Path f : files) System.out.printf("  %s -> <%s>%n", f, Loader.graphFor(f, graph, EntenteConst.GRAPH_IMPORT_PREFIX));
        }
        return 0;
    }
}
