package city.civic.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTTP/1.1 written by hand on a socket: a client that streams a body the server will refuse half-way (a
 * Java HTTP client would report the reset instead of the answer), or that connects from another loopback
 * address, as a second machine would.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends the head, then streams {@code bodyBytes} in chunks while reading the answer; returns the answer. */
    static String chunked(int port, String method, String path, String contentType, long bodyBytes)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> writeChunks(out, bodyBytes), "chunked-writer");
            writer.setDaemon(true);
            writer.start();
            String answer = readAnswer(socket.getInputStream());
            writer.interrupt();
            return answer;
        }
    }

    /** A GET from a chosen local address (e.g. 127.0.0.2), with extra header lines. */
    static String get(String from, int port, String path, String... headerLines) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String line : headerLines) {
                head.append(line).append("\r\n");
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            return readAnswer(socket.getInputStream());
        }
    }

    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static void writeChunks(OutputStream out, long total) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try {
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server stopped reading: what a refused upload looks like
        }
    }

    /** The status line, headers and as much of the body as arrives before the server closes or 2 s pass. */
    private static String readAnswer(InputStream in) throws IOException {
        var answer = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (answer.indexOf("\r\n\r\n") > 0 && answer.indexOf("}") > 0) {
                    break;
                }
            }
        } catch (IOException e) {
            if (answer.isEmpty()) {
                throw e;
            }
        }
        return answer.toString();
    }
}
