package org.entente.serve;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.vocab.EntenteConst;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The Entente server: one embedded Fuseki over the TDB2 store with SPARQL query and Graph Store
 * reads for everyone, SPARQL Update and Graph Store writes for one authenticated user (or no one),
 * the Fuseki query UI, linked-data pages and documents, named queries and the dataset description.
 *
 * <pre>
 * EntenteServer s = EntenteServer.start(store.datasetGraph(), options, queriesDir, dumpsDir);
 * ... s.url() ...
 * s.stop();
 * </pre>
 *
 * <p>Limits: a query timeout (503 when it fires), a cap on result rows, SERVICE disabled, SPARQL
 * Update {@code LOAD} refused, CORS on, the admin area ({@code /$/}) local and read-only.
 */
public final class EntenteServer {

    /** Dataset name: endpoints are {@code /entente/sparql}, {@code /entente/get}, {@code /entente/update}, {@code /entente/data}. */
    public static final String DATASET = "/entente";

    /**
     * Server settings.
     *
     * @param host          127.0.0.1/localhost/::1 (loopback only) or 0.0.0.0/:: (all interfaces)
     * @param port          TCP port, 0 for any free one
     * @param timeoutMillis query time limit
     * @param resultCap     most rows a query may return
     * @param user          the user allowed to write, or null (writes off)
     * @param password      that user's password
     */
    public record Options(String host, int port, long timeoutMillis, long resultCap, String user, String password) {
        public static Options defaults() {
            return new Options("127.0.0.1", 3030, 30_000, 100_000, null, null);
        }
    }

    private final FusekiServer server;
    private final String host;

    private EntenteServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Builds and starts a server over {@code dsg}. */
    public static EntenteServer start(DatasetGraph dsg, Options o, Path queriesDir, Path dumpsDir) {
        boolean loopback = switch (o.host()) {
            case "127.0.0.1", "localhost", "::1" -> true;
            case "0.0.0.0", "::", "*" -> false;
            default -> throw new EntenteException("--host " + o.host() + ": use 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every interface)");
        };
        // Public endpoint limits: no federated queries, a time limit, the union graph as default graph.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(o.timeoutMillis()));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);

        GuardedQuery query = new GuardedQuery(o.resultCap(), o.timeoutMillis());
        GuardedUpdate update = new GuardedUpdate();
        DataService.Builder data = DataService.newBuilder(dsg);
        for (String name : new String[] {"", "sparql", "query"}) {
            data.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).processor(query).build());
        }
        data.addEndpoint(Operation.GSP_R, "");
        data.addEndpoint(Operation.GSP_R, "get");
        data.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").processor(update).build());
        data.addEndpoint(Operation.GSP_RW, "data");

        Graph ontology = Txn.calculateRead(dsg, () -> copy(dsg, EntenteConst.GRAPH_ONTOLOGY));
        Site site = new Site(ontology);
        Supplier<EntityIndex> index = memo(() -> Txn.calculateRead(dsg, () -> {
            Graph g = copy(dsg, EntenteConst.GRAPH_ONTOLOGY);
            copy(dsg, EntenteConst.GRAPH_REFERENCE).find().forEachRemaining(g::add);
            return new EntityIndex(g);
        }));
        String version = ontology.find(NodeFactory.createURI(EntenteConst.ONTOLOGY_IRI),
                org.apache.jena.vocabulary.OWL.versionInfo.asNode(), org.apache.jena.graph.Node.ANY)
                .nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse("unknown");

        LinkedDataServlet ld = new LinkedDataServlet(dsg, site, index);
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                .loopback(loopback)
                .enableCors(true, corsConfig())
                .enablePing(true)
                .enableStats(true)
                .add(DATASET, data.build())
                .addFilter(DATASET + "/update", new WriteGuard(o.user(), o.password(), true))
                .addFilter(DATASET + "/data", new WriteGuard(o.user(), o.password(), false))
                .addFilter("/$/*", new LocalOnly())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .addServlet("/id/*", ld)
                .addServlet("/page/*", ld)
                .addServlet("/data/*", ld)
                .addServlet("/graph/*", ld)
                .addServlet("/ontology", ld)
                .addServlet("/queries", new NamedQueryServlet(dsg, queriesDir, index, o.timeoutMillis(), o.resultCap()))
                .addServlet("/queries/*", new NamedQueryServlet(dsg, queriesDir, index, o.timeoutMillis(), o.resultCap()))
                .addServlet("/.well-known/void", new VoidServlet(dsg, dumpsDir, version))
                .addServlet("/explain", new ExplainServlet(dsg))
                .addServlet("/dumps", new DumpsServlet(dumpsDir))
                .addServlet("/dumps/*", new DumpsServlet(dumpsDir))
                .addServlet("", new HomeServlet(dsg, queriesDir, site));
        String ui = uiLocation();
        if (ui != null) b.staticFileBase(ui);
        FusekiServer server = b.build();
        server.start();
        return new EntenteServer(server, loopback ? "127.0.0.1" : o.host());
    }

    /** The Fuseki UI files from the jena-fuseki-ui jar, or null when it is not on the class path. */
    /**
     * CORS for reading from other sites' pages, never for writing with the user's credentials: any origin, no credentials
     * (Fuseki's default echoed the origin with {@code Access-Control-Allow-Credentials: true} and allowed the
     * {@code Authorization} header, so a page on any site could have written to a password-protected store through a
     * browser that remembered the login). Fuseki reads these settings from a properties file only, so one is written.
     */
    private static String corsConfig() {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("entente-cors", ".properties");
            f.toFile().deleteOnExit();
            java.nio.file.Files.writeString(f, String.join("\n",
                    "allowedOrigins=*",
                    "allowedMethods=GET,POST,HEAD,OPTIONS",
                    "allowedHeaders=X-Requested-With, Content-Type, Accept, Origin, Last-Modified",
                    "allowCredentials=false",
                    "exposedHeaders=Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma, X-Entente-Result-Cap",
                    "chainPreflight=false", ""));
            return f.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the CORS settings: " + e.getMessage(), e);
        }
    }

    private static String uiLocation() {
        Resource r = ResourceFactory.closeable().newClassLoaderResource("webapp");
        return r == null ? null : r.getURI().toString();
    }

    private static Graph copy(DatasetGraph dsg, String graph) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(g::add);
        return g;
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T v;

            @Override
            public synchronized T get() {
                if (v == null) v = s.get();
                return v;
            }
        };
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    /** The SPARQL query endpoint URL. */
    public String sparqlUrl() {
        return url() + DATASET.substring(1) + "/sparql";
    }

    public void stop() {
        server.stop();
    }

    public void join() {
        server.join();
    }
}
