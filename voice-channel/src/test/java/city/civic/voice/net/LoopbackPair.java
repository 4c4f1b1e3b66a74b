package city.civic.voice.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Both ends of one loopback TCP connection: {@code client} writes what the {@code server} side reads. */
public record LoopbackPair(Socket client, Socket server) implements AutoCloseable {

    public static LoopbackPair open() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            return new LoopbackPair(client, listener.accept());
        }
    }

    public void send(String text) throws IOException {
        client.getOutputStream().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        client.getOutputStream().flush();
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
