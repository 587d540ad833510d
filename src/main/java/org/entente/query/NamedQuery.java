package org.entente.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.entente.EntenteException;
import org.entente.util.TextFiles;

/**
 * A SPARQL query file of {@code queries/} with its header: a title, the question it answers,
 * and typed parameters bound to its variables.
 *
 * <p>Header format (comment lines before the query):
 * <pre>
 * # title: Which states were members of an organization on a date?
 * # Further lines describe the question and the answer.
 * # @param date  date   default=today  The day to ask about
 * # @param org   actor  default=NATO   The organization
 * </pre>
 * Parameter types: {@code date}, {@code actor}, {@code place}, {@code entity}, {@code iri},
 * {@code string}, {@code integer}, {@code boolean}. A parameter {@code NAME} binds the variable
 * {@code ?NAME}; without a default it is required; {@code default=-} makes it optional (unbound
 * when not given, which the query reads as "any").
 */
public record NamedQuery(String name, Path file, String title, String description, List<Param> params, String text, Query query) {

    /** A declared parameter. */
    public record Param(String name, String type, String defaultValue, String description) {
        public boolean required() {
            return defaultValue == null;
        }
    }

    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*@param\\s+(\\w+)\\s+(\\w+)(?:\\s+default=(\\S+))?\\s*(.*)$");
    private static final Pattern TITLE = Pattern.compile("^#\\s*title:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final List<String> TYPES = List.of("date", "actor", "place", "entity", "iri", "string", "integer", "boolean");

    /**
     * Reads and parses a query file.
     *
     * @throws EntenteException with file and line for a bad header or SPARQL syntax error
     */
    public static NamedQuery read(Path file) {
        String text = org.entente.convert.RdfFiles.rebaseText(TextFiles.readUtf8(file));
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String title = null;
        StringBuilder desc = new StringBuilder();
        Map<String, Param> params = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.startsWith("#")) {
                if (l.isBlank()) continue;
                break;
            }
            Matcher m;
            if ((m = TITLE.matcher(l)).matches()) {
                title = m.group(1).strip();
            } else if (l.matches("^#\\s*@param\\b.*")) {
                m = PARAM.matcher(l);
                if (!m.matches()) throw EntenteException.at(file, i + 1, "bad @param line; expected '# @param NAME TYPE [default=VALUE] description'");
                String type = m.group(2).toLowerCase(Locale.ROOT);
                if (!TYPES.contains(type)) throw EntenteException.at(file, i + 1, "unknown parameter type '" + m.group(2) + "'; known: " + TYPES);
                params.put(m.group(1), new Param(m.group(1), type, m.group(3), m.group(4).strip()));
            } else {
                String t = l.replaceFirst("^#\\s?", "");
                if (!t.isBlank() || desc.length() > 0) desc.append(t).append('\n');
            }
        }
        if (title == null) title = name;
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw EntenteException.at(file, e.getLine(), "SPARQL syntax error: " + e.getMessage());
        }
        for (Param p : params.values()) {
            if (!text.contains("?" + p.name()) && !text.contains("$" + p.name())) {
                throw new EntenteException(file + ": parameter '" + p.name() + "' is declared but ?" + p.name() + " is not used");
            }
        }
        return new NamedQuery(name, file, title, desc.toString().strip(), new ArrayList<>(params.values()), text, q);
    }

    /** All named queries of a directory (not its subdirectories), by name. */
    public static Map<String, NamedQuery> readAll(Path dir) {
        Map<String, NamedQuery> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                NamedQuery q = read(p);
                out.put(q.name(), q);
            }
        } catch (java.io.IOException e) {
            throw new EntenteException(dir + ": cannot list: " + e.getMessage(), e);
        }
        return out;
    }
}
