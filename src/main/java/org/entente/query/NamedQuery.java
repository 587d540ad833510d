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
 * # @empty-unless { ?m org:organization ?org } The graph has no memberships of {org}.
 * </pre>
 * Parameter types: {@code date}, {@code actor}, {@code place}, {@code entity}, {@code iri},
 * {@code string}, {@code integer}, {@code boolean}, or a choice of words ({@code territory|forces|auto}, a string
 * that must be one of them). A parameter {@code NAME} binds the variable
 * {@code ?NAME}; without a default it is required; {@code default=-} makes it optional (unbound
 * when not given, which the query reads as "any").
 *
 * <p>An {@code @empty-unless} line explains an empty answer: when the answer has no rows and its
 * group pattern (with the query's prefixes and parameters) has no match, the message is shown,
 * with {@code {NAME}} replaced by the value given for parameter NAME. The first such line whose
 * pattern fails is shown; an answer with rows shows none.
 */
public record NamedQuery(String name, Path file, String title, String description, List<Param> params, String text, Query query,
        List<EmptyNote> emptyNotes) {

    /** Why an empty answer is empty: the message holds when {@code ask} is false. */
    public record EmptyNote(Query ask, String message) {
        /** The message with {NAME} replaced by the values given (or the defaults). */
        public String message(Map<String, String> shown) {
            String m = message;
            for (var en : shown.entrySet()) m = m.replace("{" + en.getKey() + "}", en.getValue());
            return m;
        }
    }

    /** A declared parameter. */
    public record Param(String name, String type, String defaultValue, String description) {
        public boolean required() {
            return defaultValue == null;
        }
    }

    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*@param\\s+(\\w+)\\s+(\\w+(?:\\|\\w+)*)(?:\\s+default=(\\S+))?\\s*(.*)$");
    private static final Pattern TITLE = Pattern.compile("^#\\s*title:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY = Pattern.compile("^#\\s*@empty-unless\\s+(\\{.*)$");
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
        List<String[]> empties = new ArrayList<>();
        List<Integer> emptyLines = new ArrayList<>();
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
                if (!TYPES.contains(type) && !type.contains("|")) {
                    throw EntenteException.at(file, i + 1, "unknown parameter type '" + m.group(2) + "'; known: " + TYPES + ", or a choice of words a|b|c");
                }
                params.put(m.group(1), new Param(m.group(1), type, m.group(3), m.group(4).strip()));
            } else if (l.matches("^#\\s*@empty-unless\\b.*")) {
                m = EMPTY.matcher(l);
                int close = m.matches() ? closingBrace(m.group(1)) : -1;
                String msg = close < 0 ? "" : m.group(1).substring(close + 1).strip();
                if (close < 0 || msg.isEmpty()) {
                    throw EntenteException.at(file, i + 1, "bad @empty-unless line; expected '# @empty-unless { GROUP PATTERN } MESSAGE'");
                }
                empties.add(new String[] {m.group(1).substring(0, close + 1), msg});
                emptyLines.add(i + 1);
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
        List<EmptyNote> notes = new ArrayList<>();
        for (int i = 0; i < empties.size(); i++) {
            StringBuilder ask = new StringBuilder();
            q.getPrefixMapping().getNsPrefixMap().forEach((p, ns) -> ask.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
            ask.append("ASK ").append(empties.get(i)[0]);
            try {
                notes.add(new EmptyNote(QueryFactory.create(ask.toString()), empties.get(i)[1]));
            } catch (QueryParseException e) {
                throw EntenteException.at(file, emptyLines.get(i), "@empty-unless: SPARQL syntax error in the pattern: " + e.getMessage());
            }
        }
        return new NamedQuery(name, file, title, desc.toString().strip(), new ArrayList<>(params.values()), text, q, List.copyOf(notes));
    }

    /** The index of the brace closing the group that {@code s} opens, or -1. */
    private static int closingBrace(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') inString = !inString;
            else if (!inString && c == '{') depth++;
            else if (!inString && c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    /**
     * The message explaining an empty answer, or null: the first note whose pattern {@code ask} finds false.
     *
     * @param ask runs an ASK query with the answer's parameters bound
     * @param shown the parameter values as the user gave them (defaults included), for the message
     */
    public String whyEmpty(java.util.function.Predicate<Query> ask, Map<String, String> shown) {
        for (EmptyNote n : emptyNotes) {
            if (!ask.test(n.ask())) return n.message(shown);
        }
        return null;
    }

    /** The values of the parameters as given, with the defaults of those not given (for messages). */
    public Map<String, String> shown(Map<String, String> args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Param p : params) {
            String v = args.get(p.name());
            if (v == null && p.defaultValue() != null && !p.defaultValue().equals("-")) {
                v = p.defaultValue().equals("today") && p.type().equals("date") ? java.time.LocalDate.now().toString() : p.defaultValue();
            }
            if (v != null) out.put(p.name(), v);
        }
        return out;
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
