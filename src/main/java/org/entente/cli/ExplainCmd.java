package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.facts.Relations;
import org.entente.reason.Explainer;
import org.entente.store.Store;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain", description = {
        "Explain why a statement holds: its derivation down to sourced statements and reference data.",
        "TARGET is a statement IRI (or its path such as statement/inferred-…), or three words SUBJECT RELATION OBJECT",
        "naming a proposition by entity names and a relation (derived relations too: proxySponsorAgainst,",
        "proxyConfrontation, alignedAgainst, obligedToDefend).",
        "Examples:",
        "  entente explain Russia proxyConfrontation United_States",
        "  entente explain Germany obligedToDefend France"})
final class ExplainCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "TARGET", arity = "1..3")
    List<String> target = new ArrayList<>();

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        if (!Store.exists(project.store())) throw new EntenteException("no store at " + project.store() + "; run entente build first");
        try (Store s = Store.open(project.store())) {
            EntityIndex idx = target.size() == 3 ? QueryCmd.indexOf(s) : null;
            String out = s.read(dsg -> {
                Explainer ex = new Explainer(dsg);
                List<Node> nodes = new ArrayList<>();
                if (target.size() == 1) {
                    String t = target.get(0);
                    Node n = NodeFactory.createURI(t.startsWith("http") ? t : EntenteConst.ID + t);
                    if (!dsg.getUnionGraph().contains(n, Node.ANY, Node.ANY)) throw new EntenteException("nothing is known about " + n.getURI());
                    nodes.add(n);
                } else if (target.size() == 3) {
                    Node subj = idx.resolve(target.get(0));
                    Node obj = idx.resolve(target.get(2));
                    Node rel = relation(target.get(1));
                    nodes.addAll(ex.statementsAbout(subj, rel, obj));
                    if (nodes.isEmpty() && Relations.isSymmetric(rel.getLocalName())) nodes.addAll(ex.statementsAbout(obj, rel, subj));
                    if (nodes.isEmpty()) throw new EntenteException("no statement that " + idx.label(subj) + " " + target.get(1) + " " + idx.label(obj));
                } else {
                    throw new EntenteException("give a statement, or SUBJECT RELATION OBJECT");
                }
                StringBuilder b = new StringBuilder();
                for (Node n : nodes) b.append(ex.explain(n).render()).append('\n');
                return b.toString();
            });
            System.out.print(out);
        }
        return 0;
    }

    private static Node relation(String name) {
        String c = Relations.canonical(name);
        if (c != null) return ENT.term(c);
        for (String derived : List.of("proxySponsorAgainst", "proxyConfrontation", "alignedAgainst", "obligedToDefend", "hasMember", "party")) {
            if (derived.equalsIgnoreCase(name.replaceAll("[\\s_-]", ""))) return ENT.term(derived);
        }
        throw new EntenteException("unknown relation '" + name + "'");
    }
}
