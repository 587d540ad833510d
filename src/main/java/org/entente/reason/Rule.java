package org.entente.reason;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.entente.EntenteException;
import org.entente.util.TextFiles;

/**
 * One inference rule of {@code queries/rules/}: a SPARQL file with a header that states the rule
 * in plain words.
 *
 * <p>Two kinds:
 * <ul>
 * <li><b>Schema rules</b> are CONSTRUCT queries; their triples go into the inferred graph as they
 * are (symmetric and inverse relations, sub-properties, memberships, treaty-area coverage).</li>
 * <li><b>Derivation rules</b> are SELECT queries with a head and premises:
 * <pre>
 * # rule: Proxy sponsor
 * # S supports G, and G fights H: S backs a war against H by proxy.
 * # produces: ?sponsor ent:proxySponsorAgainst ?enemy
 * # premise: ?support
 * # premise: ?fight
 * SELECT ?sponsor ?enemy ?support ?fight ?conflict ?start WHERE { ... }
 * </pre>
 * Each solution becomes an inferred statement (subject, relation, object of the head) with a
 * derivation that names the rule and its premises: a variable bound to a node (a statement, a
 * membership, an event) or a triple pattern (its proposition). Variables named {@code start},
 * {@code end}, {@code place}, {@code conflict}, {@code provision} and {@code commonEnemy} become the
 * statement's start and end date, place, conflict, treaty provision and common enemy.</li>
 * </ul>
 */
public record Rule(String id, Path file, String title, String description, Query query,
                   String[] head, List<String[]> premises) {

    private static final Pattern KEY = Pattern.compile("^#\\s*(rule|produces|premise):\\s*(.+)$");

    public boolean isSchema() {
        return query.isConstructType();
    }

    /** The IRI naming this rule in derivations. */
    public Node iri() {
        return NodeFactory.createURI(org.entente.vocab.EntenteConst.RULE_PREFIX + id);
    }

    /**
     * Reads a rule file.
     *
     * @throws EntenteException with file and line for a bad header or a SPARQL error
     */
    public static Rule read(Path file) {
        String text = org.entente.convert.RdfFiles.rebaseText(TextFiles.readUtf8(file));
        String id = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String title = null;
        String[] head = null;
        List<String[]> premises = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.startsWith("#")) {
                if (l.isBlank()) continue;
                break;
            }
            Matcher m = KEY.matcher(l);
            if (m.matches()) {
                String v = m.group(2).strip();
                switch (m.group(1)) {
                    case "rule" -> title = v;
                    case "produces" -> {
                        head = v.split("\\s+");
                        if (head.length != 3) throw EntenteException.at(file, i + 1, "'produces:' needs one triple pattern: ?s prefix:relation ?o");
                    }
                    default -> {
                        String[] p = v.split("\\s+");
                        if (p.length != 1 && p.length != 3) throw EntenteException.at(file, i + 1, "'premise:' is a variable or a triple pattern");
                        premises.add(p);
                    }
                }
            } else {
                String t = l.replaceFirst("^#\\s?", "");
                if (!t.isBlank() || desc.length() > 0) desc.append(t).append('\n');
            }
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw EntenteException.at(file, e.getLine(), "SPARQL syntax error: " + e.getMessage());
        }
        if (title == null) throw EntenteException.at(file, 1, "missing '# rule: title' header");
        if (q.isSelectType()) {
            if (head == null) throw EntenteException.at(file, 1, "a SELECT rule needs a '# produces: ?s relation ?o' header");
            if (premises.isEmpty()) throw EntenteException.at(file, 1, "a SELECT rule needs at least one '# premise:' line");
            PrefixMapping pm = q.getPrefixMapping();
            for (int k = 0; k < 3; k++) head[k] = expand(head[k], pm, file);
            for (String[] p : premises) for (int k = 0; k < p.length; k++) p[k] = expand(p[k], pm, file);
        } else if (!q.isConstructType()) {
            throw EntenteException.at(file, 1, "a rule is a CONSTRUCT (schema rule) or a SELECT with a head (derivation rule)");
        }
        return new Rule(id, file, title, desc.toString().strip(), q, head, premises);
    }

    private static String expand(String term, PrefixMapping pm, Path file) {
        if (term.startsWith("?")) return term;
        if (term.startsWith("<") && term.endsWith(">")) return term.substring(1, term.length() - 1);
        String iri = pm.expandPrefix(term);
        if (iri.equals(term)) throw new EntenteException(file + ": unknown prefix in '" + term + "'");
        return iri;
    }

    /** All rules of a directory, by file name. */
    public static List<Rule> readAll(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            List<Rule> out = new ArrayList<>();
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".rq")).sorted().toList()) out.add(read(p));
            return out;
        } catch (java.io.IOException e) {
            throw new EntenteException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Rules by id. */
    public static Map<String, Rule> byId(List<Rule> rules) {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : rules) m.put(r.id(), r);
        return m;
    }
}
