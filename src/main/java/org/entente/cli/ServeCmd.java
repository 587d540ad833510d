package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.EntenteException;
import org.entente.pipeline.Pipeline;
import org.entente.serve.EntenteServer;
import org.entente.store.ServerMarker;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = {
        "Serve the store over HTTP: SPARQL (query, Graph Store), the query UI, linked-data pages, named queries, VoID, dumps.",
        "Builds the store from data/ first if there is none. Listens on 127.0.0.1:3030 by default.",
        "Writes (SPARQL Update, Graph Store PUT/POST/DELETE) need HTTP basic authentication: set ENTENTE_PASSWORD",
        "(user: ENTENTE_USER, default 'admin') or --password-file FILE with one line 'user:password'. Without either, writes are off."})
final class ServeCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "127.0.0.1 (default, this machine only) or 0.0.0.0 (all interfaces).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port (default 3030; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query time limit in seconds (default 30).")
    double timeout;

    @Option(names = "--result-cap", defaultValue = "100000", paramLabel = "ROWS", description = "Most rows a query may return (default 100000).")
    long resultCap;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File with one line 'user:password' enabling authenticated writes.")
    Path passwordFile;

    @Override
    public Integer call() throws Exception {
        main.init();
        var project = main.project().check();
        String[] cred = credentials();
        Store store;
        try {
            store = Store.open(project.store());
        } catch (EntenteException e) {
            String running = ServerMarker.read(project.store());
            if (running != null) throw new EntenteException("the store " + project.store() + " is already served at " + running);
            throw e;
        }
        boolean empty = store.read(dsg -> dsg.isEmpty());
        if (empty) {
            System.err.println("entente: no store at " + project.store() + " yet; building it from " + project.root().resolve("data"));
            var r = new Pipeline(project).build(store, true);
            System.err.printf("entente: built %d articles, %d facts, %,d quads%n", r.articles(), r.facts(), r.quads());
        }
        var opts = new EntenteServer.Options(host, port, Math.round(timeout * 1000), resultCap, cred[0], cred[1]);
        EntenteServer server = EntenteServer.start(store.datasetGraph(), opts, project.queriesDir(), project.root().resolve("target").resolve("export"));
        ServerMarker.write(project.store(), server.url());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            ServerMarker.delete(project.store());
            store.close();
        }));
        System.out.println("Entente is serving " + project.store() + " at " + server.url());
        System.out.println("  pages:   " + server.url() + "page/Turkey");
        System.out.println("  SPARQL:  " + server.sparqlUrl() + "   (query UI: " + server.url() + "index.html)");
        System.out.println("  queries: " + server.url() + "queries");
        System.out.println("  writes:  " + (cred[0] == null ? "off (set ENTENTE_PASSWORD or --password-file to enable)" : "user '" + cred[0] + "' with HTTP basic auth"));
        System.out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }

    private String[] credentials() throws IOException {
        if (passwordFile != null) {
            if (!Files.isRegularFile(passwordFile)) throw new EntenteException(passwordFile + ": no such password file");
            for (String line : Files.readAllLines(passwordFile, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int c = l.indexOf(':');
                if (c <= 0 || c == l.length() - 1) throw new EntenteException(passwordFile + ": expected a line 'user:password'");
                return new String[] {l.substring(0, c).strip(), l.substring(c + 1).strip()};
            }
            throw new EntenteException(passwordFile + ": no 'user:password' line");
        }
        String pw = System.getenv("ENTENTE_PASSWORD");
        if (pw != null && !pw.isEmpty()) {
            String user = System.getenv("ENTENTE_USER");
            return new String[] {user == null || user.isBlank() ? "admin" : user, pw};
        }
        return new String[] {null, null};
    }
}
