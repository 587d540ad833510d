package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.TestData;
import org.entente.facts.EntityIndex;
import org.entente.pipeline.Pipeline;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of queries/tests/manifest.tsv against the graph built from data/ and compares the answers. */
class ManifestTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(TestData.root().resolve("queries/tests/manifest.tsv"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("case\t")) continue;
            String[] c = line.split("\t", -1);
            out.add(Arguments.of(c[0], c[1], c[2], c[3], c[4]));
        }
        return out.stream();
    }

    private static EntityIndex index;

    private static synchronized EntityIndex index() {
        if (index == null) {
            Pipeline p = new Pipeline(TestData.project(null));
            index = new EntityIndex(Pipeline.union(p.ontology(), p.reference().graph()));
        }
        return index;
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("cases")
    void namedQueryGivesTheExpectedAnswer(String name, String query, String args, String columns, String expected) throws IOException {
        Store s = TestData.builtStore();
        NamedQuery q = NamedQuery.read(TestData.root().resolve("queries/" + query + ".rq"));
        Map<String, String> params = new LinkedHashMap<>();
        for (String a : args.split("\\s+")) if (!a.isBlank()) params.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        var b = new QueryRunner(ManifestTest::index).bind(q, params);
        String csv = s.read(dsg -> QueryRunner.runToString(dsg, q.query(), b, QueryRunner.Format.CSV));
        List<String> cols = List.of(columns.split(","));
        List<List<String>> actual = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            List<String> row = new ArrayList<>();
            for (String c : cols) row.add(r.get(c));
            actual.add(row);
        }
        List<List<String>> want = new ArrayList<>();
        Path file = TestData.root().resolve("queries/tests").resolve(expected);
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(file))) {
            assertEquals(cols, r.getParser().getHeaderNames(), expected + " has the case's columns");
            want.add(new ArrayList<>(r.toList()));
        }
        actual.sort(ManifestTest::compare);
        want.sort(ManifestTest::compare);
        assertEquals(want, actual, name);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    @Test
    void everyNamedQueryHasACase() throws IOException {
        List<String> tested = cases().map(a -> (String) a.get()[1]).toList();
        for (String q : NamedQuery.readAll(TestData.root().resolve("queries")).keySet()) {
            assertEquals(true, tested.contains(q), "queries/" + q + ".rq has no case in queries/tests/manifest.tsv");
        }
    }
}
