package org.entente.facts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.entente.EntenteException;
import org.entente.util.TextFiles;

/**
 * Reads facts files: tab-separated values with a header row naming the columns.
 *
 * <p>Contract: the first non-comment line is the header; columns may come in any order; the
 * required columns are {@code article subject relation object stance quote}; the optional ones are
 * {@code start end place type claimant confidence rule note}. Lines starting with {@code #} and blank lines
 * are skipped. Every data row must have exactly as many cells as the header. Cells are trimmed;
 * an empty cell is "not given". Errors name the file and line.
 */
public final class FactsReader {
    private FactsReader() {}

    /** Column names in the order Entente writes them. */
    public static final List<String> COLUMNS = List.of("article", "subject", "relation", "object", "start", "end",
            "place", "type", "stance", "claimant", "quote");
    /** Extra columns of extracted candidates. */
    public static final List<String> CANDIDATE_COLUMNS = List.of("confidence", "rule");

    private static final Set<String> REQUIRED = Set.of("article", "subject", "relation", "object", "stance", "quote");
    private static final Set<String> KNOWN = Set.of("article", "subject", "relation", "object", "start", "end",
            "place", "type", "stance", "claimant", "quote", "confidence", "rule", "note");

    /**
     * Reads every row of a facts file, handing each to {@code sink}; malformed rows are reported
     * to {@code errors} (one message each, with file and line) and skipped.
     */
    public static void read(Path file, Consumer<Fact> sink, Consumer<String> errors) {
        read(file, file.toString(), sink, errors);
    }

    /** As {@link #read(Path, Consumer, Consumer)}, naming the file {@code displayName} in facts and messages. */
    public static void read(Path path, String displayName, Consumer<Fact> sink, Consumer<String> errors) {
        String file = displayName;
        String text;
        try {
            text = TextFiles.readUtf8(path);
        } catch (EntenteException e) {
            throw new EntenteException(e.getMessage().replace(path.toString(), displayName), e);
        }
        String[] lines = text.split("\n", -1);
        Map<String, Integer> col = null;
        int ncols = 0;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.isBlank() || raw.startsWith("#")) continue;
            String[] cells = raw.split("\t", -1);
            if (col == null) {
                col = new HashMap<>();
                for (int c = 0; c < cells.length; c++) {
                    String name = cells[c].strip().toLowerCase(Locale.ROOT);
                    if (!KNOWN.contains(name)) {
                        throw EntenteException.at(file, i + 1, "unknown column '" + cells[c].strip() + "' in the header; known columns: " + KNOWN);
                    }
                    if (col.put(name, c) != null) throw EntenteException.at(file, i + 1, "column '" + name + "' appears twice in the header");
                }
                for (String r : REQUIRED) {
                    if (!col.containsKey(r)) throw EntenteException.at(file, i + 1, "the header lacks the required column '" + r + "' (required: " + REQUIRED + ")");
                }
                ncols = cells.length;
                continue;
            }
            if (cells.length != ncols) {
                errors.accept(EntenteException.location(file, i + 1) + ": wrong column count: " + cells.length
                        + " cells, the header has " + ncols + " (cells are separated by tabs)");
                continue;
            }
            Double confidence = null;
            String conf = cell(cells, col, "confidence");
            if (conf != null) {
                try {
                    confidence = Double.valueOf(conf);
                } catch (NumberFormatException e) {
                    errors.accept(EntenteException.location(file, i + 1) + ": bad confidence '" + conf + "'; expected a number from 0 to 1");
                    continue;
                }
                if (!(confidence >= 0 && confidence <= 1)) {
                    errors.accept(EntenteException.location(file, i + 1) + ": confidence " + conf + " is outside 0..1");
                    continue;
                }
            }
            sink.accept(new Fact(file, i + 1, cell(cells, col, "article"), cell(cells, col, "subject"),
                    cell(cells, col, "relation"), cell(cells, col, "object"), cell(cells, col, "start"),
                    cell(cells, col, "end"), cell(cells, col, "place"), cell(cells, col, "type"),
                    cell(cells, col, "stance"), cell(cells, col, "claimant"), cell(cells, col, "quote"),
                    confidence, cell(cells, col, "rule")));
        }
        if (col == null) throw new EntenteException(file + ": no header row (expected tab-separated column names such as " + String.join(" ", COLUMNS) + ")");
    }

    /** Reads a whole facts file into a list, failing on the first error. */
    public static List<Fact> readAll(Path file) {
        List<Fact> out = new ArrayList<>();
        List<String> errs = new ArrayList<>();
        read(file, out::add, errs::add);
        if (!errs.isEmpty()) throw new EntenteException(String.join("\n", errs));
        return out;
    }

    private static String cell(String[] cells, Map<String, Integer> col, String name) {
        Integer c = col.get(name);
        if (c == null) return null;
        String v = cells[c].strip();
        return v.isEmpty() ? null : v;
    }
}
