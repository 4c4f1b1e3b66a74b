package city.civic.web;

import city.civic.dialog.Utterance;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request may carry, checked before anything else reads it. A body is counted on the bytes
 * actually read, so a chunked body without {@code Content-Length} is refused just the same ({@code 413
 * message.too_large}); it is read whole (a few KB) before the request goes on. A query string or form
 * body that is not valid percent-encoded UTF-8 is {@code 400 request.malformed}, decided by Tomcat's own
 * parameter parser, so nothing downstream ever sees a half-decoded parameter.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxStaffBody;

    RequestLimitsFilter(HttpProperties properties) {
        this.maxBody = properties.maxBody().toBytes();
        this.maxStaffBody = properties.maxStaffBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith("/admin/") ? maxStaffBody : maxBody;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        try {
            request.getParameterMap(); // the query string, and a form body (bounded by Tomcat's maxPostSize)
        } catch (IllegalStateException e) {
            if (e instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413) {
                tooLarge(response, limit);
            } else {
                refuse(response, 400, "request.malformed",
                        "The request's parameters are not valid percent-encoded UTF-8.");
            }
            return;
        }
        if (!hasBody(request) || isForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
        if (body.length > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED_VALUE, 0,
                MediaType.APPLICATION_FORM_URLENCODED_VALUE.length());
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        refuse(response, 413, "message.too_large", "The request is larger than " + limit / 1024
                + " KB; messages can be at most " + Utterance.MAX_TEXT_LENGTH + " characters.");
    }

    static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    /** The request with its body already read into memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BytesInputStream(new ByteArrayInputStream(body));
        }

        @Override
        public BufferedReader getReader() {
            Charset charset;
            try {
                charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static final class BytesInputStream extends ServletInputStream {

        private final InputStream bytes;

        BytesInputStream(InputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            try {
                return bytes.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the body was already read");
        }
    }
}
