package org.entente.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic authentication for the write endpoints (SPARQL Update, Graph Store Protocol writes)
 * and the server's admin area. Without configured credentials every write is refused (403);
 * with them, a request without valid credentials gets 401 and a challenge.
 */
final class WriteGuard implements Filter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final String user;
    private final byte[] password;
    private final boolean guardAllMethods;

    /**
     * @param user            the one user allowed to write, or null when writes are off
     * @param password        that user's password
     * @param guardAllMethods true to guard reads as well (update endpoints), false to let GET/HEAD/OPTIONS through
     */
    WriteGuard(String user, String password, boolean guardAllMethods) {
        this.user = user;
        this.password = password == null ? null : password.getBytes(StandardCharsets.UTF_8);
        this.guardAllMethods = guardAllMethods;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (req.getMethod().equals("OPTIONS") || (!guardAllMethods && SAFE.contains(req.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        if (user == null) {
            resp.sendError(403, "Writes are disabled on this server: start it with --password-file FILE or ENTENTE_PASSWORD set to enable authenticated updates.");
            return;
        }
        if (!authenticated(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"entente\", charset=\"UTF-8\"");
            resp.sendError(401, "Authentication required to change data.");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int c = decoded.indexOf(':');
        if (c < 0) return false;
        boolean userOk = MessageDigest.isEqual(decoded.substring(0, c).getBytes(StandardCharsets.UTF_8), user.getBytes(StandardCharsets.UTF_8));
        boolean passOk = MessageDigest.isEqual(decoded.substring(c + 1).getBytes(StandardCharsets.UTF_8), password);
        return userOk & passOk;
    }
}
