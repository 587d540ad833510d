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
        "By default the inferred graph is recomputed; --incremental only adds what new data allows (enough after adding",
        "articles; recompute after removing any)."})
final class ReasonCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--incremental", description = "Keep the inferred graph and add to it.")
    boolean incremental;

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        if (!Store.exists(project.store())) throw new EntenteException("no store at " + project.store() + "; run entente build first");
        var rules = Rule.readAll(project.rulesDir());
        try (Store s = Store.open(project.store())) {
            Reasoner.Report[] r = {null};
            s.write(dsg -> r[0] = new Reasoner(rules).materialize(dsg, !incremental));
            System.out.printf("%d rules, %d rounds: %,d inferred statements, %,d triples added in %.2f s%n", rules.size(), r[0].rounds(),
                    r[0].statements(), r[0].triples(), r[0].millis() / 1000.0);
        }
        return 0;
    }
}
