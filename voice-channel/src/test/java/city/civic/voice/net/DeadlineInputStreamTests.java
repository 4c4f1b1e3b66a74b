package city.civic.voice.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deadline over a real loopback connection. */
class DeadlineInputStreamTests {

    final ExecutorService writer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        writer.shutdownNow();
    }

    @Test
    void readsThatEachReturnInTimeStillFailAtTheTotalDeadline() throws Exception {
        try (LoopbackPair pair = LoopbackPair.open()) {
            DeadlineInputStream in = new DeadlineInputStream(pair.server(), Duration.ofMillis(600));
            Future<?> trickle = writer.submit(() -> trickle(pair, 50, Duration.ofMillis(100)));
            AtomicInteger read = new AtomicInteger();

            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> {
                while (in.read() != -1) {
                    read.incrementAndGet();
                }
            });
            assertThat(read.get()).as("bytes read before the deadline").isBetween(2, 49);
            trickle.cancel(true);
        }
    }

    @Test
    void aSilentPeerTimesOutAtTheDeadline() throws Exception {
        try (LoopbackPair pair = LoopbackPair.open()) {
            DeadlineInputStream in = new DeadlineInputStream(pair.server(), Duration.ofMillis(200));

            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(in::read);
            assertThatExceptionOfType(SocketTimeoutException.class).as("and stays past it").isThrownBy(in::read);
        }
    }

    @Test
    void onceLiftedEachReadMayWaitThePerReadTimeoutPastTheOldDeadline() throws Exception {
        try (LoopbackPair pair = LoopbackPair.open()) {
            DeadlineInputStream in = new DeadlineInputStream(pair.server(), Duration.ofMillis(300));
            pair.send("a");
            assertThat(in.read()).isEqualTo('a');

            in.lift(Duration.ofSeconds(5));
            assertThat(in.bounded()).isFalse();
            Future<?> late = writer.submit(() -> {
                TimeUnit.MILLISECONDS.sleep(600);
                pair.send("b");
                return null;
            });
            assertThat(in.read()).isEqualTo('b');
            late.get();
        }
    }

    private static Void trickle(LoopbackPair pair, int bytes, Duration interval) throws IOException,
            InterruptedException {
        for (int i = 0; i < bytes; i++) {
            pair.send("x");
            Thread.sleep(interval.toMillis());
        }
        return null;
    }
}
