package org.diplokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Everything under {@code /$/} (server status, statistics, any admin service) but {@code /$/ping} is for
 * the listed users only. The login itself is Jetty's (a path constraint makes it ask for Basic
 * credentials: 401); this filter turns away a logged-in user who is not listed (403), and answers 401
 * should a request arrive without a login at all.
 */
final class AdminPathFilter implements Filter {

    static final String PREFIX = "/$/";
    static final String PING = "/$/ping";

    private final Set<String> users;
    private final String realm;

    AdminPathFilter(Set<String> users, String realm) {
        this.users = Set.copyOf(users);
        this.realm = realm;
    }

    static boolean open(String path) {
        return !path.startsWith(PREFIX) || path.equals(PING);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || open(ResultGuardFilter.pathOf(request))) {
            chain.doFilter(req, res);
            return;
        }
        String user = request.getRemoteUser();
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            response.sendError(401, "Login needed for " + PREFIX + " (all but " + PING + ")");
            return;
        }
        if (!users.contains(user)) {
            response.sendError(403);
            return;
        }
        chain.doFilter(req, res);
    }
}
