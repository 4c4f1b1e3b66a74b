package city.civic.voice.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

import city.civic.voice.net.LoopbackPair;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Asterisk-Java's line seam as we implement it, over a real loopback connection. */
class CappedLineConnectionTests {

    final ExecutorService asterisk = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        asterisk.shutdownNow();
    }

    @Test
    void readsLinesAsAsteriskJavaDoes() throws IOException {
        try (LoopbackPair pair = LoopbackPair.open()) {
            CappedLineConnection connection = connection(pair, 256, Duration.ofSeconds(5));
            pair.send("\nagi_network: yes\nagi_calleridname: 김민수\r\n\n200 result=1");
            pair.client().shutdownOutput();

            assertThat(connection.readLine()).as("a leading empty line is skipped").isEqualTo("agi_network: yes");
            assertThat(connection.readLine()).as("UTF-8, the \\r kept").isEqualTo("agi_calleridname: 김민수\r");
            assertThat(connection.readLine()).as("the environment's end").isEmpty();
            assertThat(connection.readLine()).as("the unterminated rest").isEqualTo("200 result=1");
            assertThat(connection.readLine()).isNull();
        }
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneByteMoreClosesTheConnection() throws IOException {
        try (LoopbackPair pair = LoopbackPair.open()) {
            CappedLineConnection connection = connection(pair, 256, Duration.ofSeconds(5));
            pair.send("a".repeat(256) + "\n" + "é".repeat(128) + "x\n");

            assertThat(connection.readLine()).hasSize(256);
            assertThatIOException().isThrownBy(connection::readLine).withMessageContaining("longer than 256 bytes");
            assertThat(pair.server().isClosed()).isTrue();
            assertThat(closedByServer(pair)).isTrue();
        }
    }

    @Test
    void theEnvironmentMustArriveWithinTheReadTimeoutInTotal() throws IOException {
        try (LoopbackPair pair = LoopbackPair.open()) {
            CappedLineConnection connection = connection(pair, 256, Duration.ofMillis(800));
            Future<?> trickle = asterisk.submit(() -> {
                for (char c : "agi_network: yes\nagi_network_script: start\n\n".toCharArray()) {
                    pair.send(String.valueOf(c));
                    Thread.sleep(100);
                }
                return null;
            });

            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> {
                while (!connection.readLine().isEmpty()) {
                    // environment lines, each byte in time
                }
            });
            trickle.cancel(true);
        }
    }

    @Test
    void afterTheEnvironmentEachAnswerMayTakeTheReadTimeout() throws Exception {
        try (LoopbackPair pair = LoopbackPair.open()) {
            CappedLineConnection connection = connection(pair, 256, Duration.ofSeconds(1));
            pair.send("agi_network: yes\n\n");
            assertThat(connection.readLine()).isEqualTo("agi_network: yes");
            assertThat(connection.readLine()).isEmpty();
            Future<?> answers = asterisk.submit(() -> {
                for (int i = 0; i < 3; i++) {
                    Thread.sleep(600); // 1.8 s in all: past the environment's deadline
                    pair.send("200 result=" + i + "\n");
                }
                return null;
            });

            assertThat(connection.readLine()).isEqualTo("200 result=0");
            assertThat(connection.readLine()).isEqualTo("200 result=1");
            assertThat(connection.readLine()).isEqualTo("200 result=2");
            answers.get();
        }
    }

    private static CappedLineConnection connection(LoopbackPair pair, int maxLineBytes, Duration readTimeout)
            throws IOException {
        return new CappedLineConnection(pair.server(), maxLineBytes, readTimeout);
    }

    private static boolean closedByServer(LoopbackPair pair) throws IOException {
        pair.client().setSoTimeout(2000);
        try {
            while (pair.client().getInputStream().read() != -1) {
                // nothing is sent, but read on to the end anyway
            }
            return true;
        } catch (SocketException e) {
            return true; // reset: the server closed with our bytes unread
        }
    }
}
