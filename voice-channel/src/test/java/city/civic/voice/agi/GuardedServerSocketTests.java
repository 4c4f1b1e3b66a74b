package city.civic.voice.agi;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import city.civic.voice.net.PeerAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.asteriskjava.util.SocketConnectionFacade;
import org.junit.jupiter.api.Test;

/** The listening side of FastAGI over a real loopback socket. */
class GuardedServerSocketTests {

    static final PeerAddresses LOOPBACK = PeerAddresses.parse("test", List.of("127.0.0.0/8"));

    @Test
    void aReadTimeoutSetLaterAppliesToTheConnectionsAcceptedAfterIt() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                var silentAsterisk = new Socket(InetAddress.getLoopbackAddress(), socket.getLocalPort())) {
            var listening = new GuardedServerSocket(socket, LOOPBACK, 256, Duration.ofMinutes(5));
            listening.setSocketReadTimeout(200);
            SocketConnectionFacade connection = listening.accept();

            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(connection::readLine);
            connection.close();
        }
    }

    @Test
    void noReadTimeoutAtAllIsRefused() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var listening = new GuardedServerSocket(socket, LOOPBACK, 256, Duration.ofSeconds(5));

            assertThatIllegalArgumentException().isThrownBy(() -> listening.setSocketReadTimeout(0));
        }
    }
}
