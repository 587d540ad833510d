package org.entente.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * The public SPARQL query handler: Fuseki's, with a cap on the number of result rows (said in
 * {@code X-Entente-Result-Cap} on an answer the cap applied to) and a clear 503 when a query runs
 * past the server's time limit. SERVICE is refused with 403 before the query runs (and by the
 * context, {@code ARQ.httpServiceAllowed=false}); scripting functions are not enabled. A GET
 * without a query gets 400 and how to send one.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    static final String CAP_HEADER = "X-Entente-Result-Cap";
    /** Request attribute: the cap was applied to this request's query. */
    private static final String CAPPED = "org.entente.serve.capped";

    static final String FEDERATED_OFF = "SERVICE (federated query) is disabled on this server: it does not send queries to other endpoints. "
            + "Query the other endpoint yourself and bring its answer here with VALUES.";

    static final String HOW_TO_QUERY = "No query given. This is a SPARQL 1.1 endpoint: send the query URL-encoded as the 'query' parameter "
            + "(GET /entente/sparql?query=SELECT...), or POST it as application/sparql-query or as a form field 'query'. "
            + "Named queries are listed at /queries; the query editor is at /index.html.";

    private final long resultCap;
    private final long timeoutMillis;

    GuardedQuery(long resultCap, long timeoutMillis) {
        this.resultCap = resultCap;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void validate(HttpAction action) {
        // (Fuseki would answer 404 "Service Description")
        if ("GET".equalsIgnoreCase(action.getRequestMethod()) && action.getRequestQueryString() == null) ServletOps.errorBadRequest(HOW_TO_QUERY);
        super.validate(action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (federated(Algebra.compile(query))) ServletOps.error(403, FEDERATED_OFF);
        if (query.isSelectType() || query.isConstructType() || query.isDescribeType()) {
            if (!query.hasLimit() || query.getLimit() > resultCap) {
                query.setLimit(resultCap);
                action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
            }
        }
        super.validateQuery(action, query);
    }

    /** True if the algebra calls SERVICE anywhere (in subqueries and EXISTS too). */
    static boolean federated(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                found[0] = true;
            }
        });
        return found[0];
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue qPrologue) {
        // (only on an answer: an error response must not say it was capped)
        if (action.getRequest().getAttribute(CAPPED) != null) action.setResponseHeader(CAP_HEADER, Long.toString(resultCap));
        super.sendResults(action, result, qPrologue);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            noCap(action);
            ServletOps.error(503, "Query timed out: it ran longer than this server's limit of "
                    + (timeoutMillis / 1000.0) + " s. Narrow it (fewer patterns, a LIMIT), or run it locally with `entente query`.");
        } catch (RuntimeException e) {
            noCap(action);
            throw e;
        }
    }

    /** Takes back the cap header when the query fails after its results began (a timeout in an aggregate). */
    private static void noCap(HttpAction action) {
        if (!action.getResponse().isCommitted()) action.getResponse().setHeader(CAP_HEADER, null);
    }

    /** Parameter names a client may send besides the protocol's own. */
    @Override
    protected java.util.Collection<String> customParams() {
        return java.util.List.of(HttpNames.paramTimeout);
    }
}
