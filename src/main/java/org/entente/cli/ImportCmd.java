package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.store.Loader;
import org.entente.store.Store;
import org.entente.vocab.EntenteConst;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {
        "Load RDF you bring (any syntax Jena reads: .ttl .nt .nq .trig .jsonld .rdf .owl, optionally .gz) into its own named",
        "graph, <base>graph/import/<file name>, apart from Entente's graphs (a rebuild keeps it). Importing a file again",
        "replaces its graph. Invalid input is refused with file, line and column, and nothing is stored."})
final class ImportCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILES", arity = "1..*")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        try (Store s = Store.open(project.store())) {
            long n = Loader.load(s, files, null, EntenteConst.GRAPH_IMPORT_PREFIX, true);
            System.out.printf("imported %,d statements from %d file(s) into graphs under %s%n", n, files.size(), EntenteConst.GRAPH_IMPORT_PREFIX);
        }
        return 0;
    }
}
