package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.entente.TestData;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Project;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real HTTP against a server on a free port: SPARQL clients, content negotiation, limits, pages. */
class ServerTest {
    static Path dir;
    static Store store;
    static EntenteServer server;
    static EntenteServer readOnly;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("entente-serve-test");
        Project p = TestData.project(dir.resolve("store"));
        store = Store.open(p.store());
        new Pipeline(p).build(store, false);
        var o = new EntenteServer.Options("127.0.0.1", 0, 1500, 1000, "admin", "s3cret");
        server = EntenteServer.start(store.datasetGraph(), o, p.queriesDir(), dir.resolve("export"));
        readOnly = EntenteServer.start(store.datasetGraph(), new EntenteServer.Options("127.0.0.1", 0, 1500, 1000, null, null),
                p.queriesDir(), dir.resolve("export"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (readOnly != null) readOnly.stop();
        if (store != null) store.close();
        TestData.deleteTree(dir);
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.replaceFirst("^/", ""))).timeout(Duration.ofSeconds(20));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(EntenteServer s, String path, String contentType, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path.replaceFirst("^/", ""))).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType);
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- linked data ------------------------------------------------------------------------

    @Test
    void get_id_eachFormat_303() throws Exception {
        for (String[] c : new String[][] {{"text/turtle", "/data/Turkey.ttl", "TURTLE"}, {"application/ld+json", "/data/Turkey.jsonld", "JSONLD"},
                {"application/n-triples", "/data/Turkey.nt", "NTRIPLES"}, {"application/rdf+xml", "/data/Turkey.rdf", "RDFXML"}}) {
            HttpResponse<String> r = get("/id/Turkey", c[0]);
            assertEquals(303, r.statusCode(), c[0]);
            assertEquals(c[1], r.headers().firstValue("Location").orElse(""));
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
            HttpResponse<String> data = get(c[1], null);
            assertEquals(200, data.statusCode());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(data.body(), langOf(c[2])).parse(g);
            Node turkey = org.apache.jena.graph.NodeFactory.createURI(server.url() + "id/Turkey");
            assertTrue(g.contains(turkey, RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(server.url() + "ontology#State")),
                    "the data is about Turkey, with IRIs on this server (" + c[0] + ")");
            assertTrue(g.contains(turkey, Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://www.wikidata.org/entity/Q43")),
                    "the Wikidata link stays as it is");
        }
        HttpResponse<String> html = get("/id/Turkey", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(303, html.statusCode());
        assertEquals("/page/Turkey", html.headers().firstValue("Location").orElse(""));
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
    }

    @Test
    void get_id_unknown_404() throws Exception {
        assertEquals(404, get("/id/Atlantis", "text/turtle").statusCode());
        assertEquals(404, get("/page/Atlantis", "text/html").statusCode());
        assertEquals(404, get("/data/Atlantis.ttl", null).statusCode());
    }

    @Test
    void get_id_image_406() throws Exception {
        assertEquals(406, get("/id/Turkey", "image/png").statusCode());
    }

    @Test
    void get_page_turkey_200() throws Exception {
        HttpResponse<String> r = get("/page/Turkey", "text/html");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("<h1>Turkey</h1>"));
        assertTrue(body.contains("Memberships") && body.contains("1952-02-18"), "NATO membership since 1952");
        assertTrue(body.contains("Not until 1952 did Turkey join the North Atlantic Treaty Organization"), "a sourced statement with its quote");
        assertTrue(body.contains("Time has passed the Turkish alliance"), "the source article's title");
        assertTrue(body.contains("/data/Turkey.jsonld") && body.contains("/data/Turkey.ttl"));
    }

    @Test
    void get_home_200() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("members-on-date"));
        assertTrue(r.body().contains("state"), "lists entity types");
    }

    @Test
    void get_void_200() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"),
                org.apache.jena.graph.NodeFactory.createURI(server.url() + "entente/sparql")));
    }

    @Test
    void get_explain_proxyConfrontation_200() throws Exception {
        String iri = TestData.builtStore().read(dsg -> {
            var it = dsg.find(Node.ANY, Node.ANY, org.entente.vocab.ENT.relation, org.entente.vocab.ENT.term("proxyConfrontation"));
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (dsg.getUnionGraph().contains(s, RDF.type.asNode(), org.entente.vocab.ENT.Statement)) return s.getURI();
            }
            return null;
        });
        HttpResponse<String> r = get("/explain?statement=" + URLEncoder.encode(iri, StandardCharsets.UTF_8), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("proxy-confrontation.rq") && r.body().contains("data/facts/"), "down to the facts");
        assertEquals(404, get("/explain?statement=" + URLEncoder.encode("https://w3id.org/entente/id/nothing", StandardCharsets.UTF_8), null).statusCode());
    }

    /** Loads, through an authenticated Graph Store PUT, an entity whose IRI has a non-ASCII letter and one whose IRI keeps an escape (%20). */
    private static void putUnicodeIds() throws Exception {
        String nt = "<https://w3id.org/entente/id/T\u00FCrkiye_Test> <http://www.w3.org/2000/01/rdf-schema#label> \"Türkiye Test\" .\n"
                + "<https://w3id.org/entente/id/T\u00FCrkiye_Test> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <https://w3id.org/entente/id/A%20B> .\n"
                + "<https://w3id.org/entente/id/A%20B> <http://www.w3.org/2000/01/rdf-schema#label> \"A B\" .\n";
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "entente/data?graph=urn:uni")).header("Authorization", AUTH)
                .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString(nt, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(2, r.statusCode() / 100, r.body());
    }

    @Test
    void get_id_nonAscii_303_locationPercentEncoded() throws Exception {
        putUnicodeIds();
        HttpResponse<String> r = get("/id/T%C3%BCrkiye_Test", "text/html");
        assertEquals(303, r.statusCode(), r.body());
        // (the old Location carried a raw Latin-1 byte 0xFC, which the next request turned into "400 Bad UTF-8 encoding")
        String location = r.headers().firstValue("Location").orElse("");
        assertEquals("/page/T%C3%BCrkiye_Test", location);
        HttpResponse<String> page = get(location, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Türkiye Test</h1>"), page.body());
        r = get("/id/T%C3%BCrkiye_Test", "text/turtle");
        assertEquals("/data/T%C3%BCrkiye_Test.ttl", r.headers().firstValue("Location").orElse(""));
        assertDocumentDescribes("/data/T%C3%BCrkiye_Test.ttl", "id/Türkiye_Test");
    }

    /** The Turtle document at {@code path} answers 200 and describes this server's IRI {@code id}. */
    private static void assertDocumentDescribes(String path, String id) throws Exception {
        HttpResponse<String> data = get(path, null);
        assertEquals(200, data.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(data.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(server.url() + id), Node.ANY, Node.ANY), data.body());
    }

    @Test
    void get_page_percentEscapedId_linksResolve_200() throws Exception {
        putUnicodeIds();
        String body = get("/page/T%C3%BCrkiye_Test", "text/html").body();
        assertTrue(body.contains("href=\"/page/A%20B\""), "one canonical form of the link: the IRI's own escape");
        HttpResponse<String> r = get("/page/A%20B", "text/html");
        assertEquals(200, r.statusCode(), "the link resolves");
        assertTrue(r.body().contains("<h1>A B</h1>") && r.body().contains("href=\"/data/A%20B.ttl\""), r.body());
        r = get("/id/A%20B", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/data/A%20B.ttl", r.headers().firstValue("Location").orElse(""));
        assertDocumentDescribes("/data/A%20B.ttl", "id/A%20B");
    }

    @Test
    void get_id_aliasOrCase_redirectsToCanonical() throws Exception {
        HttpResponse<String> r = get("/id/T%C3%BCrkiye", "text/turtle");
        assertEquals(303, r.statusCode(), "Türkiye is an alias of Turkey: " + r.body());
        assertEquals("/data/Turkey.ttl", r.headers().firstValue("Location").orElse(""));
        r = get("/id/turkey", "text/html");
        assertEquals(303, r.statusCode());
        assertEquals("/page/Turkey", r.headers().firstValue("Location").orElse(""));
        r = get("/page/turkey", "text/html");
        assertEquals(302, r.statusCode());
        assertEquals("/page/Turkey", r.headers().firstValue("Location").orElse(""));
        r = get("/data/T%C3%BCrkiye.jsonld", null);
        assertEquals(302, r.statusCode());
        assertEquals("/data/Turkey.jsonld", r.headers().firstValue("Location").orElse(""));
        assertEquals(406, get("/id/turkey", "image/png").statusCode());
    }

    @Test
    void get_id_unknown_404_inTheAcceptedType() throws Exception {
        HttpResponse<String> r = get("/id/Atlantis", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().map().toString());
        assertTrue(r.body().contains("knows nothing called Atlantis"), r.body());
        r = get("/id/Atlantis", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().map().toString());
    }

    @Test
    void get_id_ambiguousName_300_listsCandidates() throws Exception {
        // two entities that share a name, in a store of their own
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Node ref = org.apache.jena.graph.NodeFactory.createURI(org.entente.vocab.EntenteConst.GRAPH_REFERENCE);
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        Node alt = org.apache.jena.vocabulary.SKOS.altLabel.asNode();
        Node country = org.apache.jena.graph.NodeFactory.createURI(org.entente.vocab.EntenteConst.ID + "Georgia_Country");
        Node state = org.apache.jena.graph.NodeFactory.createURI(org.entente.vocab.EntenteConst.ID + "Georgia_US_State");
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            dsg.add(ref, country, label, org.apache.jena.graph.NodeFactory.createLiteralLang("Georgia", "en"));
            dsg.add(ref, state, label, org.apache.jena.graph.NodeFactory.createLiteralLang("Georgia (US state)", "en"));
            dsg.add(ref, state, alt, org.apache.jena.graph.NodeFactory.createLiteralLang("Georgia", "en"));
        });
        EntenteServer s = EntenteServer.start(dsg, new EntenteServer.Options("127.0.0.1", 0, 1500, 1000, null, null),
                TestData.project(dir.resolve("store")).queriesDir(), dir.resolve("export"));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url() + "id/georgia")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(300, r.statusCode(), r.body());
            assertTrue(r.body().contains("href=\"/page/Georgia_Country\"") && r.body().contains("href=\"/page/Georgia_US_State\""), r.body());
            r = http.send(HttpRequest.newBuilder(URI.create(s.url() + "id/georgia")).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(300, r.statusCode());
            assertTrue(r.body().contains("/id/Georgia_Country") && r.body().contains("/id/Georgia_US_State"), r.body());
            // the alias alone names one
            r = http.send(HttpRequest.newBuilder(URI.create(s.url() + "id/Georgia%20(US%20state)")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, r.statusCode(), r.body());
            assertEquals("/page/Georgia_US_State", r.headers().firstValue("Location").orElse(""));
        } finally {
            s.stop();
        }
    }

    @Test
    void get_ontology_html_anchorsForEveryTerm() throws Exception {
        HttpResponse<String> r = get("/ontology", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().map().toString());
        assertTrue(r.body().contains("<tr id=\"State\">") && r.body().contains("A sovereign state"), "…/ontology#State lands on the class State");
        assertTrue(r.body().contains("<tr id=\"memberOf\">") && r.body().contains("<tr id=\"Asserted\">"), "properties and vocabularies too");
        // every type an entity page links to has its anchor
        String page = get("/page/Turkey", "text/html").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"" + java.util.regex.Pattern.quote(server.url()) + "ontology#([A-Za-z]+)\"").matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(r.body().contains("id=\"" + m.group(1) + "\""), m.group(1));
        }
        assertTrue(n > 0);
        HttpResponse<String> ttl = get("/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(GraphFactory.createDefaultGraph());
        assertEquals(200, get("/ontology?format=ttl", "text/html").statusCode());
        assertEquals(406, get("/ontology", "image/png").statusCode());
    }

    @Test
    void get_graph_html_summaryAndDownloads() throws Exception {
        for (String g : new String[] {"reference", "inferred"}) {
            HttpResponse<String> r = get("/graph/" + g, "text/html");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().map().toString());
            assertTrue(r.body().matches("(?s).*\\d+ triples.*") && r.body().contains("/graph/" + g + "?format=ttl")
                    && r.body().contains("/graph/" + g + "?format=nq"), r.body());
        }
        HttpResponse<String> ttl = get("/graph/reference?format=ttl", "text/html");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(GraphFactory.createDefaultGraph());
        var ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString(get("/graph/reference", "application/n-quads").body(), Lang.NQUADS).parse(ds);
        assertTrue(ds.containsGraph(org.apache.jena.graph.NodeFactory.createURI(server.url() + "graph/reference")));
        assertEquals(406, get("/graph/reference", "image/png").statusCode());
        assertEquals(404, get("/graph/nothing", "text/turtle").statusCode());
    }

    @Test
    void get_page_labelsReadable() throws Exception {
        String algeria = get("/page/Algeria", "text/html").body();
        assertFalse(algeria.contains(" of of") || algeria.contains("by of"), "no doubled inverse wording");
        assertTrue(algeria.contains("<th>part of Algeria</th>"), "Algiers is part of Algeria");
        assertTrue(get("/page/Ankara", "text/html").body().contains("<th>capital of</th>"), "a noun still takes 'of'");
        // treaty-area coverage: titled by place, kind and span (e.g. "Algeria — territory — from 1949-08-24 to 1962-07-02")
        String q = "PREFIX ent: <https://w3id.org/entente/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?c ?p ?pl ?kl ?a ?z WHERE { ?c a ent:AreaCoverage ; ent:coveredPlace ?p ; ent:coverageKind ?k ; ent:startDate ?a ; ent:endDate ?z . "
                + "?p rdfs:label ?pl . ?k rdfs:label ?kl FILTER(LANGMATCHES(LANG(?pl), 'en')) } ORDER BY ?c LIMIT 1";
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(q).build()) {
            var row = qe.execSelect().next();
            String title = Html.esc(row.getLiteral("pl").getLexicalForm() + " — " + row.getLiteral("kl").getLexicalForm() + " — from "
                    + row.getLiteral("a").getLexicalForm() + " to " + row.getLiteral("z").getLexicalForm());
            String id = org.entente.vocab.EntenteConst.ID;
            assertTrue(get("/page/" + row.getResource("c").getURI().substring(id.length()), "text/html").body().contains("<h1>" + title + "</h1>"), title);
            assertTrue(get("/page/" + row.getResource("p").getURI().substring(id.length()), "text/html").body().contains(">" + title + "</a>"),
                    "the place's page lists it by the same title: " + title);
        }
        assertFalse(get("/page/North_Atlantic_Treaty_Article_6", "text/html").body().contains("defined by of"));
        String st;
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query("PREFIX ent: <https://w3id.org/entente/ontology#> "
                + "SELECT ?s WHERE { ?s a ent:Statement ; ent:relation ent:cooperatesWith } ORDER BY ?s LIMIT 1").build()) {
            st = qe.execSelect().next().getResource("s").getURI();
        }
        String page = get("/page/" + st.substring(org.entente.vocab.EntenteConst.ID.length()), "text/html").body();
        assertTrue(page.matches("(?s).*<h1>[^<]* cooperates with [^<]*</h1>.*") && !page.matches("(?s).*>[^<]*cooperatesWith.*"),
                "the relation's label, not its name, in the title: " + page.replaceAll("(?s).*(<h1>.*?</h1>).*", "$1"));
    }

    // --- SPARQL -----------------------------------------------------------------------------

    @Test
    void get_sparql_rdfconnection_200() {
        try (RDFConnection conn = RDFConnection.connect(server.url() + "entente")) {
            long[] n = {0};
            conn.querySelect("PREFIX ent: <https://w3id.org/entente/ontology#> SELECT ?o WHERE { <https://w3id.org/entente/id/Turkey> ent:memberOf ?o }",
                    row -> n[0]++);
            assertEquals(1, n[0]);
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl())
                .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
            ResultSet rs = qe.execSelect();
            assertTrue(rs.next().getLiteral("n").getLong() > 5000);
        }
    }

    @Test
    void get_sparql_badSyntax_400() throws Exception {
        assertEquals(400, get("/entente/sparql?query=" + URLEncoder.encode("SELEKT * WHERE {", StandardCharsets.UTF_8), null).statusCode());
    }

    @Test
    void get_sparql_service_refused() throws Exception {
        String q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = get("/entente/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertNotEquals(200, r.statusCode(), r.body());
    }

    @Test
    void get_sparql_noQuery_400_saysHow() throws Exception {
        HttpResponse<String> r = get("/entente/sparql", null);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("'query' parameter") && !r.body().contains("Service Description"), r.body());
    }

    @Test
    void get_sparql_service_403_federatedQueryOff() throws Exception {
        String q = "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }";
        HttpResponse<String> r = get("/entente/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("federated query) is disabled on this server") && !r.body().contains("httpServiceAllowed"), r.body());
        assertTrue(r.headers().firstValue("X-Entente-Result-Cap").isEmpty(), "no cap on an error: " + r.headers().map());
    }

    @Test
    void post_update_service_403_federatedQueryOff() throws Exception {
        String upd = "INSERT { GRAPH <http://ex.org/fed> { ?s ?p ?o } } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = post(server, "/entente/update", "application/sparql-update", upd, AUTH);
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("federated query) is disabled on this server") && !r.body().contains("httpServiceAllowed"), r.body());
    }

    @Test
    void get_sparql_resultCapHeader_onlyOnAnswers() throws Exception {
        String slow = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a";
        HttpResponse<String> r = get("/entente/sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("X-Entente-Result-Cap").isEmpty(), "no cap on a timeout: " + r.headers().map());
        r = get("/entente/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("1000", r.headers().firstValue("X-Entente-Result-Cap").orElse(null), "a capped answer says so");
    }

    @Test
    void get_sparql_slow_503() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/entente/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertTrue((System.nanoTime() - t0) / 1e9 < 15, "stopped by the limit, not by the client");
    }

    @Test
    void cors_readsFromAnySite_neverWithCredentials() throws Exception {
        // a page on another site may read
        String q = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "entente/sparql?query=" + q))
                .header("Origin", "https://elsewhere.example").header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map().toString());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").map("true"::equalsIgnoreCase).orElse(false), r.headers().map().toString());
        // but a browser may not send the login it remembers: no credentials, no Authorization header allowed in a preflight
        HttpResponse<String> pre = http.send(HttpRequest.newBuilder(URI.create(server.url() + "entente/update"))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Credentials").map("true"::equalsIgnoreCase).orElse(false), pre.headers().map().toString());
        assertFalse(pre.headers().allValues("Access-Control-Allow-Headers").stream().anyMatch(h -> h.toLowerCase().contains("authorization")),
                pre.headers().map().toString());
    }

    @Test
    void resultCap_namedQueriesSayItAndNamesStillResolve() throws Exception {
        EntenteServer capped = EntenteServer.start(store.datasetGraph(), new EntenteServer.Options("127.0.0.1", 0, 1500, 5, null, null),
                TestData.project(dir.resolve("store")).queriesDir(), dir.resolve("export"));
        try {
            // a named query cut at the cap says so, in a header and on its page
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(capped.url()
                    + "queries/members-on-date?format=csv&org=NATO&date=2020-01-01")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("5", r.headers().firstValue("X-Entente-Result-Cap").orElse(null), r.headers().map().toString());
            assertEquals(5, r.body().strip().split("\n").length - 1);
            r = http.send(HttpRequest.newBuilder(URI.create(capped.url() + "queries/members-on-date?format=html&org=NATO&date=2020-01-01")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("result cap"), r.body());
            // an answer under the cap carries no such header
            r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "queries/members-on-date?format=csv&org=NATO&date=2020-01-01")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.headers().firstValue("X-Entente-Result-Cap").isEmpty(), r.headers().map().toString());
            // names resolve through a capped server (the index is read page by page)
            var index = org.entente.query.QueryRunner.remoteIndex(capped.url() + "entente/sparql");
            assertEquals("NATO", index.resolve("NATO").getLocalName());
            // the CLI through a capped server says the answer was cut, and not when it was not
            String m = queryThroughServer(capped, 0, "members-on-date", "org=NATO", "date=2020-01-01");
            assertTrue(m.contains("only the first 5 rows: the server's result cap cut the answer"), m);
            m = queryThroughServer(capped, 0, "members-on-date", "org=AUKUS", "date=2022-01-01");
            assertFalse(m.contains("result cap"), m);
            // and for CONSTRUCT and DESCRIBE, whose cap counts solutions, that the answer may be cut
            m = queryThroughServer(capped, 0, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 20");
            assertTrue(m.contains("applied its result cap of 5 solutions"), m);
            m = queryThroughServer(capped, 0, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3");
            assertFalse(m.contains("result cap"), m);
        } finally {
            capped.stop();
        }
    }

    @Test
    void cliThroughServer_timeoutSaysWhy() {
        // entente query through a server: the server's reason, not only "Service Unavailable"
        String m = queryThroughServer(1, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertTrue(m.contains("timed out"), m);
    }

    /** Runs `entente query … --endpoint` against this server, checks its exit status, and returns what it wrote on standard error. */
    private static String queryThroughServer(int status, String... args) {
        return queryThroughServer(server, status, args);
    }

    private static String queryThroughServer(EntenteServer at, int status, String... args) {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
        int rc;
        try {
            List<String> all = new java.util.ArrayList<>(List.of("--quiet", "query", "--root", TestData.root().toString(), "--endpoint", at.url() + "entente/sparql"));
            all.addAll(List.of(args));
            rc = org.entente.cli.Main.run(all.toArray(String[]::new));
        } finally {
            System.setErr(err);
        }
        String m = buf.toString(StandardCharsets.UTF_8);
        assertEquals(status, rc, m);
        return m;
    }

    @Test
    void get_sparql_resultCap_limited() throws Exception {
        String q = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> r = get("/entente/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(1000, r.body().strip().split("\n").length - 1, "capped at the server's result cap");
    }

    @Test
    void post_update_anon_401() throws Exception {
        HttpResponse<String> r = post(server, "/entente/update", "application/sparql-update", "INSERT DATA { <http://ex.org/a> <http://ex.org/b> 1 }", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void post_update_writesOff_403() throws Exception {
        HttpResponse<String> r = post(readOnly, "/entente/update", "application/sparql-update", "INSERT DATA { <http://ex.org/a> <http://ex.org/b> 1 }", AUTH);
        assertEquals(403, r.statusCode());
    }

    @Test
    void post_update_wrongPassword_401() throws Exception {
        String bad = "Basic " + Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, post(server, "/entente/update", "application/sparql-update", "INSERT DATA { <http://ex.org/a> <http://ex.org/b> 1 }", bad).statusCode());
    }

    @Test
    void post_update_auth_200() throws Exception {
        String upd = "INSERT DATA { GRAPH <http://ex.org/g> { <http://ex.org/s1> <http://ex.org/p> \"visible\" } }";
        HttpResponse<String> r = post(server, "/entente/update", "application/sparql-update", upd, AUTH);
        assertEquals(2, r.statusCode() / 100, r.body());
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query("ASK { <http://ex.org/s1> <http://ex.org/p> \"visible\" }").build()) {
            assertTrue(qe.execAsk(), "the next query sees the update");
        }
    }

    @Test
    void post_update_load_403() throws Exception {
        HttpResponse<String> r = post(server, "/entente/update", "application/sparql-update", "LOAD <file:///etc/passwd> INTO GRAPH <http://ex.org/x>", AUTH);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("LOAD is disabled"), r.body());
    }

    @Test
    void put_gsp_anon_401() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "entente/data?graph=http://ex.org/g2"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://ex.org/a> <http://ex.org/b> 1 .")).build();
        assertEquals(401, http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void get_page_hostileQuote_escaped() throws Exception {
        String upd = """
                PREFIX ent: <https://w3id.org/entente/ontology#>
                PREFIX id: <https://w3id.org/entente/id/>
                INSERT DATA { GRAPH <http://ex.org/hostile> {
                  <https://w3id.org/entente/id/statement/hostile> a ent:Statement ; ent:subject id:Turkey ; ent:relation ent:opposes ; ent:object id:Russia ;
                     ent:stance ent:Claimed ; ent:evidence <https://w3id.org/entente/id/evidence/hostile> .
                  <https://w3id.org/entente/id/evidence/hostile> a ent:Evidence ; ent:quote "<script>alert('x')</script> & \\"quotes\\"" .
                } }""";
        HttpResponse<String> u = post(server, "/entente/update", "application/sparql-update", upd, AUTH);
        assertEquals(2, u.statusCode() / 100, u.body());
        String body = get("/page/Turkey", "text/html").body();
        assertFalse(body.contains("<script>alert"), "no live script");
        assertTrue(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    }

    // --- named queries ----------------------------------------------------------------------

    @Test
    void get_namedQuery_params_200() throws Exception {
        HttpResponse<String> r = get("/queries/members-on-date?org=NATO&date=2015-11-24", "text/csv");
        assertEquals(200, r.statusCode());
        List<String> rows = r.body().strip().lines().skip(1).toList();
        assertEquals(28, rows.size());
        assertTrue(rows.stream().anyMatch(l -> l.contains("Turkey")));
    }

    @Test
    void get_namedQuery_empty_saysWhy() throws Exception {
        HttpResponse<String> r = get("/queries/members-on-date?org=United%20Nations&date=2015-11-24", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(1, r.body().strip().lines().count(), r.body());
        String why = r.headers().firstValue("X-Entente-Empty-Answer").orElse("");
        assertTrue(why.startsWith("The graph dates no memberships of United Nations"), r.headers().map().toString());
        r = get("/queries/members-on-date?org=BRICS&date=2005-01-01&format=html", null);
        assertTrue(r.body().contains("<p class=\"empty\">BRICS had no member yet on 2005-01-01"), r.body());
        assertTrue(get("/queries/members-on-date?org=NATO&date=2015-11-24", "text/csv").headers().firstValue("X-Entente-Empty-Answer").isEmpty());
        // the CLI through the server says it too, on standard error
        String m = queryThroughServer(0, "members-on-date", "org=African Union");
        assertTrue(m.contains("empty answer: The graph dates no memberships of African Union"), m);
    }

    @Test
    void get_data_unknownOrMissingExtension_neverA500() throws Exception {
        // (List.contains(null) had thrown: an extension or format Entente does not offer is negotiated or refused, never a 500)
        assertEquals(200, get("/data/Turkey", "text/turtle").statusCode());
        assertEquals(404, get("/data/Turkey.json", "text/turtle").statusCode());
        assertEquals(406, get("/ontology?format=xml", null).statusCode());
        assertEquals(406, get("/graph/reference?format=", null).statusCode());
        // a reason with a name beyond ASCII keeps it, percent-encoded as UTF-8
        HttpResponse<String> r = get("/queries/members-on-date?org=T%C3%BCrkiye&format=csv", null);
        assertTrue(r.headers().firstValue("X-Entente-Empty-Answer").orElse("").contains("memberships of T%C3%BCrkiye"), r.headers().map().toString());
    }

    @Test
    void get_namedQuery_badDate_400() throws Exception {
        HttpResponse<String> r = get("/queries/members-on-date?org=NATO&date=yesterday-ish", "text/csv");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("bad date"), r.body());
    }

    @Test
    void get_namedQuery_unknown_404() throws Exception {
        assertEquals(404, get("/queries/no-such-query", null).statusCode());
    }

    // --- admin area -------------------------------------------------------------------------

    @Test
    void post_admin_datasets_403() throws Exception {
        HttpResponse<String> r = post(server, "/$/datasets?dbName=x&dbType=mem", "application/x-www-form-urlencoded", "", null);
        assertEquals(403, r.statusCode());
    }

    // --- dumps ---------------------------------------------------------------------------------

    @Test
    void get_dumps_latestExport_200() throws Exception {
        org.entente.export.Exporter.export(store, TestData.root().resolve("ontology/entente.ttl"), dir.resolve("export"),
                "https://example.org/dumps/", null, java.time.LocalDate.of(2026, 11, 21));
        HttpResponse<String> list = get("/dumps/", "text/html");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("dataset.nq.gz"));
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(server.url() + "dumps/dataset.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals(org.entente.export.Exporter.sha256(dir.resolve("export/dataset.nq.gz")),
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file.body())));
        String voidTtl = get("/.well-known/void", "text/turtle").body();
        assertTrue(voidTtl.contains(server.url() + "dumps/dataset.nq.gz"), "VoID links the served dumps");
        int traversal = get("/dumps/..%2Fstore", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no path traversal: " + traversal);
    }

    // --- a crawler ----------------------------------------------------------------------------

    @Test
    void get_crawl_everyLinkResolves_200() throws Exception {
        Deque<String> todo = new ArrayDeque<>(List.of(server.url() + "id/Turkey"));
        Set<String> seen = new HashSet<>(todo);
        int fetched = 0;
        while (!todo.isEmpty() && fetched < 150) {
            String url = todo.poll();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 303) {
                r = get(r.headers().firstValue("Location").orElseThrow(), "text/turtle");
            }
            assertEquals(200, r.statusCode(), url);
            fetched++;
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
            Set<Node> vocab = new HashSet<>();
            g.find().forEachRemaining(t -> {
                vocab.add(t.getPredicate());
                if (t.getPredicate().equals(RDF.type.asNode())) vocab.add(t.getObject());
            });
            g.find().forEachRemaining(t -> {
                for (Node n : List.of(t.getSubject(), t.getObject())) {
                    if (!n.isURI() || vocab.contains(n)) continue;
                    String u = n.getURI().replaceFirst("#.*$", "");
                    assertTrue(u.startsWith(server.url()) || u.startsWith("http://www.wikidata.org/"), "link off the server: " + u);
                    if (u.startsWith(server.url() + "id/") && seen.add(u)) todo.add(u);
                }
            });
        }
        assertTrue(fetched >= 50, "crawled " + fetched);
    }
}
