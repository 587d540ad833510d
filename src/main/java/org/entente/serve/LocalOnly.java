package org.entente.serve;

import java.io.IOException;
import java.net.InetAddress;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Lets only requests from this machine through: the Fuseki admin area ({@code /$/}). */
final class LocalOnly implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String addr = request.getRemoteAddr();
        boolean local;
        try {
            String a = addr.startsWith("[") ? addr.substring(1, addr.length() - 1) : addr;
            local = InetAddress.getByName(a).isLoopbackAddress();
        } catch (IOException e) {
            local = false;
        }
        if (!local) {
            ((HttpServletResponse) response).sendError(403, "The admin area is only available from the server's own machine.");
            return;
        }
        String m = ((HttpServletRequest) request).getMethod();
        String path = ((HttpServletRequest) request).getRequestURI();
        if (!(m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS") || path.startsWith("/$/validate/"))) {
            ((HttpServletResponse) response).sendError(403, "The admin area is read-only on this server.");
            return;
        }
        chain.doFilter(request, response);
    }
}
