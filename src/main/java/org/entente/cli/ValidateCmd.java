package org.entente.cli;

import java.util.concurrent.Callable;

import org.entente.EntenteException;
import org.entente.pipeline.Pipeline;
import org.entente.store.Store;
import org.entente.validate.ShaclCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", description = "Validate the store against ontology/shapes.ttl (SHACL); exit 1 on violations.")
final class ValidateCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        main.init();
        var project = main.project().check();
        if (!Store.exists(project.store())) throw new EntenteException("no store at " + project.store() + "; run entente build first");
        try (Store s = Store.open(project.store())) {
            var violations = new Pipeline(project).validate(s);
            long errors = violations.stream().filter(v -> v.severity().equals("violation")).count();
            for (ShaclCheck.Violation v : violations) System.out.println(v);
            System.out.printf("%d violation(s), %d other result(s)%n", errors, violations.size() - errors);
            return errors > 0 ? 1 : 0;
        }
    }
}
