package city.civic.voice.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.asterisk.Frame;
import city.civic.asterisk.FrameKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacedAudioWriterTests {

    final RecordingSink sink = new RecordingSink();
    final PacedAudioWriter writer = new PacedAudioWriter(sink, "test-writer", e -> { }).start();

    @AfterEach
    void close() {
        writer.close();
    }

    @Test
    void sendsAbout50FramesOf20MsPerSecond() throws InterruptedException {
        writer.play(new short[8000 * 3], 8000); // 3 s queued
        Thread.sleep(1000);
        int inOneSecond = sink.frames().size();
        assertThat(inOneSecond).isBetween(35, 65);
        assertThat(sink.frames()).allSatisfy(frame -> {
            assertThat(frame.kind()).isEqualTo(FrameKind.SLIN);
            assertThat(frame.payload()).hasSize(320);
        });
    }

    @Test
    void framesSlin16At640Bytes() throws InterruptedException {
        writer.play(new short[16000 / 10], 16000); // 100 ms
        Thread.sleep(300);
        assertThat(sink.frames()).hasSize(5).allSatisfy(frame -> {
            assertThat(frame.kind()).isEqualTo(FrameKind.SLIN16);
            assertThat(frame.payload()).hasSize(640);
        });
    }

    @Test
    void padsTheLastFrameAndSendsNothingWhenIdle() throws InterruptedException {
        short[] samples = new short[170]; // 21.25 ms
        java.util.Arrays.fill(samples, (short) 7);
        writer.play(samples, 8000);
        Thread.sleep(300);
        List<Frame> frames = sink.frames();
        assertThat(frames).hasSize(2);
        assertThat(frames.get(1).payload()).hasSize(320);
        assertThat(frames.get(1).samples()[9]).isEqualTo((short) 7);
        assertThat(frames.get(1).samples()[10]).isZero();
        Thread.sleep(200);
        assertThat(sink.frames()).as("no silence frames while idle").hasSize(2);
        assertThat(writer.isPlaying()).isFalse();
    }

    @Test
    void interruptDropsTheQueueWithinOneFrame() throws InterruptedException {
        writer.play(new short[8000 * 2], 8000);
        Thread.sleep(200);
        writer.interrupt();
        int atInterrupt = sink.frames().size();
        assertThat(writer.isPlaying()).isFalse();
        Thread.sleep(200);
        assertThat(sink.frames().size()).isLessThanOrEqualTo(atInterrupt + 1);
    }

    @Test
    void neverBurstsWhenAudioArrivesRightAfterAFrame() throws InterruptedException {
        writer.play(new short[160], 8000);
        Thread.sleep(5);
        writer.play(new short[160], 8000);
        Thread.sleep(100);
        List<RecordingSink.Sent> sent = sink.sent();
        assertThat(sent).hasSize(2);
        long gapMillis = TimeUnit.NANOSECONDS.toMillis(sent.get(1).nanos() - sent.get(0).nanos());
        assertThat(gapMillis).isBetween(14L, 40L);
    }

    @Test
    void stopsAfterClose() throws InterruptedException {
        writer.play(new short[8000], 8000);
        writer.close();
        int afterClose = sink.frames().size();
        writer.play(new short[8000], 8000);
        Thread.sleep(100);
        assertThat(sink.frames()).hasSize(afterClose);
    }
}
