package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.TestData;
import org.junit.jupiter.api.Test;

/**
 * Checks that the benchmark harness runs end to end at a tiny size (it needs target/entente.jar,
 * so it runs as an integration test after packaging). It asserts nothing about time.
 */
class BenchSmokeIT {
    @Test
    void harnessRunsAtTheSmallestSize() throws Exception {
        Path out = TestData.root().resolve("target/bench-smoke");
        Bench.main(new String[] {"--quick", "--sizes", "20000", "--root", TestData.root().toString(), "--out", out.toString()});
        String md = Files.readString(out.resolve("results.md"));
        assertTrue(md.contains("| load | entente load |"), md);
        assertTrue(md.contains("| load | tdb2.tdbloader |"), md);
        assertTrue(md.contains("| reason |"), md);
        assertTrue(md.contains("incremental update after one article"), md);
        assertTrue(!md.contains("did not see exactly one new graph"), md);
        assertTrue(md.contains("entente serve | members-on-date"), md);
        assertTrue(md.contains("| extract |"), md);
        assertTrue(Files.readString(out.resolve("results.csv")).lines().count() > 10);
    }
}
