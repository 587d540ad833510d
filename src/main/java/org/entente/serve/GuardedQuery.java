package org.entente.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.web.HttpNames;

/**
 * The public SPARQL query handler: Fuseki's, with a cap on the number of result rows and a
 * clear 503 when a query runs past the server's time limit. SERVICE is refused by the context
 * ({@code ARQ.httpServiceAllowed=false}), scripting functions are not enabled.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final long resultCap;
    private final long timeoutMillis;

    GuardedQuery(long resultCap, long timeoutMillis) {
        this.resultCap = resultCap;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (query.isSelectType() || query.isConstructType() || query.isDescribeType()) {
            if (!query.hasLimit() || query.getLimit() > resultCap) {
                query.setLimit(resultCap);
                action.setResponseHeader("X-Entente-Result-Cap", Long.toString(resultCap));
            }
        }
        super.validateQuery(action, query);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            ServletOps.error(503, "Query timed out: it ran longer than this server's limit of "
                    + (timeoutMillis / 1000.0) + " s. Narrow it (fewer patterns, a LIMIT), or run it locally with `entente query`.");
        }
    }

    /** Parameter names a client may send besides the protocol's own. */
    @Override
    protected java.util.Collection<String> customParams() {
        return java.util.List.of(HttpNames.paramTimeout);
    }
}
