package city.civic.asterisk;

import java.util.List;

/**
 * What the bot said in one stretch: its samples joined, when the first and last frames arrived.
 *
 * @param samples the audio at the call's rate; empty when the bot said nothing
 * @param firstAt arrival of the first frame ({@link System#nanoTime()}), 0 when nothing was said
 * @param lastAt arrival of the last frame, 0 when nothing was said
 */
public record BotSpeech(short[] samples, int sampleRate, long firstAt, long lastAt) {

    static BotSpeech of(List<AudioSocketCaller.Received> frames, int sampleRate) {
        int length = frames.stream().mapToInt(frame -> frame.frame().payload().length / 2).sum();
        short[] samples = new short[length];
        int at = 0;
        for (AudioSocketCaller.Received frame : frames) {
            short[] part = frame.samples();
            System.arraycopy(part, 0, samples, at, part.length);
            at += part.length;
        }
        return frames.isEmpty() ? new BotSpeech(samples, sampleRate, 0, 0)
                : new BotSpeech(samples, sampleRate, frames.get(0).at(), frames.get(frames.size() - 1).at());
    }

    public boolean isEmpty() {
        return samples.length == 0;
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
