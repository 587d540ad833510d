package org.entente.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL Update handler behind authentication: Fuseki's, except that {@code LOAD} is refused
 * (it reads local files and remote URLs from the server), so is SERVICE (403, federated query is off), and requests
 * are limited in size.
 */
final class GuardedUpdate extends SPARQL_Update {
    static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update request: " + e.getMessage());
            return;
        }
        if (body.length > MAX_BYTES) ServletOps.error(413, "update request larger than " + MAX_BYTES + " bytes");
        UpdateRequest req;
        try {
            req = UpdateFactory.read(new ByteArrayInputStream(body), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest("SPARQL Update syntax error: " + e.getMessage());
            return;
        }
        for (Update u : req.getOperations()) {
            if (u instanceof UpdateLoad) {
                ServletOps.error(403, "LOAD is disabled on this server: it would read files or URLs from the server. "
                        + "Send the data with the Graph Store Protocol (PUT/POST to /entente/data) or load it with `entente load`.");
            }
            // (refused here, not by ARQ at run time with a 500 that names a setting no client can change)
            if (u instanceof UpdateModify w && w.getWherePattern() != null && GuardedQuery.federated(Algebra.compile(w.getWherePattern()))) {
                ServletOps.error(403, GuardedQuery.FEDERATED_OFF);
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
