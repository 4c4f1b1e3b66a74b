package city.civic.cli.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A STOMP 1.2 text frame: command, headers, body, NUL. Bodies here are JSON, which never holds a raw
 * NUL, so a frame simply ends at the first NUL.
 */
record StompFrame(String command, Map<String, String> headers, String body) {

    static StompFrame of(String command, String... headerPairs) {
        var headers = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        return new StompFrame(command, headers, "");
    }

    StompFrame withBody(String contentType, String text) {
        var all = new LinkedHashMap<>(headers);
        all.put("content-type", contentType);
        all.put("content-length", Integer.toString(text.getBytes(StandardCharsets.UTF_8).length));
        return new StompFrame(command, all, text);
    }

    String header(String name) {
        return headers.get(name);
    }

    String encode() {
        var out = new StringBuilder(command).append('\n');
        // STOMP 1.2 escapes header octets everywhere except in CONNECT and CONNECTED frames.
        boolean escape = !command.equals("CONNECT") && !command.equals("CONNECTED");
        headers.forEach((name, value) -> out.append(escape ? escape(name) : name).append(':')
                .append(escape ? escape(value) : value).append('\n'));
        return out.append('\n').append(body).append('\0').toString();
    }

    /**
     * Takes every complete frame off the front of {@code buffer}, which collects WebSocket text that may
     * arrive in parts; heart-beat EOLs between frames are skipped.
     */
    static List<StompFrame> drain(StringBuilder buffer) {
        var frames = new ArrayList<StompFrame>();
        int end;
        while ((end = buffer.indexOf("\0")) >= 0) {
            String text = buffer.substring(0, end);
            buffer.delete(0, end + 1);
            String frame = text.stripLeading();
            if (!frame.isEmpty()) {
                frames.add(parse(frame));
            }
        }
        if (buffer.toString().isBlank()) {
            buffer.setLength(0);
        }
        return frames;
    }

    static StompFrame parse(String frame) {
        int headersEnd = frame.indexOf("\n\n");
        int crlfEnd = frame.indexOf("\r\n\r\n");
        boolean crlf = crlfEnd >= 0 && (headersEnd < 0 || crlfEnd < headersEnd);
        int split = crlf ? crlfEnd : headersEnd;
        String head = split < 0 ? frame : frame.substring(0, split);
        String body = split < 0 ? "" : frame.substring(split + (crlf ? 4 : 2));
        String[] lines = head.split("\r?\n");
        boolean unescape = !lines[0].equals("CONNECTED");
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon);
                String value = lines[i].substring(colon + 1);
                // A repeated header keeps its first value (STOMP 1.2).
                headers.putIfAbsent(unescape ? unescape(name) : name, unescape ? unescape(value) : value);
            }
        }
        return new StompFrame(lines[0], headers, body);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace(":", "\\c");
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 'c' -> ':';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
