package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.TestData;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the home page and Turkey's page in headless Chromium (Debian's chromium package, which
 * .ci/run installs) and saves screenshots under target/screenshots. Skipped where Chromium is
 * not installed.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static EntenteServer server;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        Store s = TestData.builtStore();
        server = EntenteServer.start(s.datasetGraph(), new EntenteServer.Options("127.0.0.1", 0, 10_000, 10_000, null, null),
                TestData.root().resolve("queries"), TestData.root().resolve("target/no-export"));
        profile = Files.createTempDirectory("chromium-profile");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        TestData.deleteTree(profile);
    }

    private static String chromium(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium exit status");
        return out;
    }

    @Test
    void get_pages_inChromium_rendered() throws Exception {
        Path shots = TestData.root().resolve("target/screenshots");
        Files.createDirectories(shots);
        String dom = chromium("--dump-dom", server.url() + "page/Turkey");
        assertTrue(dom.contains("<h1>Turkey</h1>"), "the entity's label");
        assertTrue(dom.contains("Not until 1952 did Turkey join the North Atlantic Treaty Organization"), "a sourced fact with its quote");
        Path turkey = shots.resolve("turkey.png");
        chromium("--screenshot=" + turkey, "--window-size=1280,1600", server.url() + "page/Turkey");
        assertTrue(Files.size(turkey) > 10_000, "a real screenshot");
        Path home = shots.resolve("home.png");
        chromium("--screenshot=" + home, "--window-size=1280,1200", server.url());
        assertTrue(Files.size(home) > 10_000);
    }
}
