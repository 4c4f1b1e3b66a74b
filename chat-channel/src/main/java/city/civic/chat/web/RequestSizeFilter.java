package city.civic.chat.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses oversized API bodies before they are read (a chat message is at most a few KB). */
@Component
class RequestSizeFilter extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 32 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            response.setStatus(413);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"message.too_large\",\"message\":\"The request is larger than "
                    + MAX_BODY_BYTES / 1024 + " KB; messages can be at most 2000 characters.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
