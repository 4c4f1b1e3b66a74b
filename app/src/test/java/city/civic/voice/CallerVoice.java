package city.civic.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Recorded callers: espeak-ng's voice (a different synthesizer from the bot's, so the recognizer is
 * not hearing its own kind of speech), through sox into the telephone band: 8 kHz, 300-3400 Hz.
 */
final class CallerVoice {

    private CallerVoice() {
    }

    static short[] espeak(String text) {
        return espeak(text, "en-us");
    }

    static short[] espeak(String text, String voice) {
        String command = "espeak-ng -v " + voice + " -s 140 --stdout \"$0\""
                + " | sox -t wav - -t raw -r 8000 -e signed -b 16 -c 1 -L - highpass 300 lowpass 3400 gain -3";
        Process process;
        try {
            process = new ProcessBuilder(List.of("sh", "-c", command, text)).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("espeak-ng and sox are needed for recorded callers (.ci/run installs"
                    + " them): " + e.getMessage(), e);
        }
        try (InputStream in = process.getInputStream()) {
            byte[] raw = in.readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || raw.length < 1600) {
                throw new IllegalStateException("espeak-ng | sox failed (exit " + process.exitValue() + ", "
                        + new String(process.getErrorStream().readAllBytes()) + ")");
            }
            short[] samples = new short[raw.length / 2];
            ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            return samples;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
