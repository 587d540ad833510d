package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.entente.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments that cannot mean anything are refused with a reason and exit status 1, before any work. */
class ArgumentCheckTest {

    /** Runs the command line; returns its exit status and what it wrote to standard error. */
    private static Object[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int rc = Main.run(args);
            return new Object[] {rc, buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRefused(@TempDir Path dir) {
        String root = TestData.root().toString();
        for (String cmd : new String[] {"build", "extract", "eval"}) {
            String[] args = switch (cmd) {
                case "build" -> new String[] {"--quiet", "build", "--root", root, "--store", dir.resolve("s").toString(), "--extract", "--min-confidence", "1.5"};
                case "extract" -> new String[] {"--quiet", "extract", "--root", root, "--min-confidence", "-0.1", root + "/data/articles"};
                default -> new String[] {"--quiet", "eval", "--root", root, "--gold", root + "/data/facts", "--min-confidence", "2"};
            };
            Object[] r = run(args);
            assertEquals(1, r[0], cmd + ": " + r[1]);
            assertTrue(((String) r[1]).contains("a confidence is between 0 and 1"), cmd + ": " + r[1]);
        }
    }

    @Test
    void anArticleTheGoldLacksIsRefused() {
        String root = TestData.root().toString();
        Object[] r = run("--quiet", "eval", "--root", root, "--gold", root + "/data/facts", "--candidates", root + "/data/facts/168be7a99ce02725.tsv",
                "--articles", "zzzz");
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("--articles zzzz: no article of the gold"), (String) r[1]);
    }

    @Test
    void aNegativeSizeIsRefused(@TempDir Path dir) {
        Object[] r = run("--quiet", "generate", "--statements", "-5", "--out", dir.resolve("g.nq.gz").toString());
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("give a positive number"), (String) r[1]);
    }

    @Test
    void queryListNeedsNoQuery() {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        Object[] r;
        try {
            r = run("--quiet", "query", "--list", "--root", TestData.root().toString());
        } finally {
            System.setOut(out);
        }
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("members-on-date: Which states were members"), buf.toString(StandardCharsets.UTF_8));
        r = run("--quiet", "query", "--root", TestData.root().toString());
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("no query given"), (String) r[1]);
    }
}
