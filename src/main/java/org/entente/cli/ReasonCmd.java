package org.entente.cli;

import java.util.concurrent.Callable;

import org.entente.EntenteException;
import org.entente.reason.Reasoner;
import org.entente.reason.Rule;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "reason", description = {
        "Apply the rules of queries/rules to the store, to a fixpoint, in one transaction (build does this by itself).",
        "By default the inferred graph is recomputed. --incremental updates it for the named graphs added since the rules",
        "last ran (e.g. after 'entente load article.nq'), starting each rule from the new triples; it recomputes by itself",
        "if a graph it reasoned over is gone or was loaded again with other content. After SPARQL updates, run without",
        "--incremental."})
final class ReasonCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--incremental", description = "Keep the inferred graph and add what the new graphs allow.")
    boolean incremental;

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        if (!Store.exists(project.store())) throw new EntenteException("no store at " + project.store() + "; run entente build first");
        var rules = Rule.readAll(project.rulesDir());
        try (Store s = Store.open(project.store())) {
            Reasoner.Report[] r = {null};
            s.write(dsg -> r[0] = incremental ? new Reasoner(rules).update(dsg) : new Reasoner(rules).materialize(dsg, true));
            System.out.printf("%d rules, %d rounds (%s): %,d inferred statements, %,d triples added in %.2f s%n", rules.size(), r[0].rounds(),
                    r[0].how(), r[0].statements(), r[0].triples(), r[0].millis() / 1000.0);
        }
        return 0;
    }
}
