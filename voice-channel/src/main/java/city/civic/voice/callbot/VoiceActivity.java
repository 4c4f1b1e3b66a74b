package city.civic.voice.callbot;

/**
 * A frame-energy voice activity detector for one caller, in audio time (frame lengths, not the wall
 * clock). A frame is voiced when its level is above both an absolute floor and the line's own noise
 * by a margin. The noise is the quietest frame of the last second and a half (speech always has gaps
 * between words, steady noise has none), so a noisy line raises the bar. Short dips inside a word do
 * not end the speech (hangover).
 *
 * <p>A frame is audible on a lower bar ({@value #AUDIBLE_SLACK_DB} dB below both): every voiced frame is
 * audible, and so are the quiet onsets and tails around speech. The recognizer sleeps while nothing is
 * audible.
 */
final class VoiceActivity {

    private static final int NOISE_WINDOW_FRAMES = 75;
    private static final long HANGOVER_MICROS = 200_000;
    static final double AUDIBLE_SLACK_DB = 10;

    private final double floorDbfs;
    private final double marginDb;
    private final double[] recentLevels = new double[NOISE_WINDOW_FRAMES];
    private int levelsSeen;
    private long speechMicros;
    private long silenceMicros;
    private long voicedSinceReset;
    private long quietMicros;

    /**
     * @param floorDbfs frames quieter than this are never speech (about -45 dBFS suits telephone lines)
     * @param marginDb how far above the line's noise floor speech must be
     */
    VoiceActivity(double floorDbfs, double marginDb) {
        this.floorDbfs = floorDbfs;
        this.marginDb = marginDb;
    }

    /** Takes one frame; returns whether it is voiced. */
    boolean accept(short[] frame, int sampleRate) {
        if (frame.length == 0) {
            return false;
        }
        long micros = frame.length * 1_000_000L / sampleRate;
        double level = levelDbfs(frame);
        double noise = noiseDbfs();
        boolean voiced = level > floorDbfs && level > noise + marginDb;
        boolean audible = level > floorDbfs - AUDIBLE_SLACK_DB && level > noise + marginDb - AUDIBLE_SLACK_DB;
        quietMicros = audible ? 0 : quietMicros + micros;
        recentLevels[levelsSeen++ % NOISE_WINDOW_FRAMES] = level;
        if (voiced) {
            speechMicros += micros + (speechMicros > 0 ? silenceMicros : 0);
            silenceMicros = 0;
            voicedSinceReset += micros;
        } else {
            silenceMicros += micros;
            if (silenceMicros > HANGOVER_MICROS) {
                speechMicros = 0;
            }
        }
        return voiced;
    }

    /** How long the caller has been talking without a real pause; 0 in silence. */
    long speechMillis() {
        return speechMicros / 1000;
    }

    /** How long since the last voiced frame. */
    long silenceMillis() {
        return silenceMicros / 1000;
    }

    /** Whether the last frame was audible. */
    boolean audible() {
        return levelsSeen > 0 && quietMicros == 0;
    }

    /** How long since the last audible frame. */
    long quietMillis() {
        return quietMicros / 1000;
    }

    /** Voiced audio since {@link #startUtterance()}: whether there was speech worth recognizing at all. */
    long voicedMillisInUtterance() {
        return voicedSinceReset / 1000;
    }

    void startUtterance() {
        voicedSinceReset = 0;
    }

    private double noiseDbfs() {
        double quietest = 0;
        for (int i = 0; i < Math.min(levelsSeen, NOISE_WINDOW_FRAMES); i++) {
            quietest = Math.min(quietest, recentLevels[i]);
        }
        return levelsSeen == 0 ? -96 : quietest;
    }

    static double levelDbfs(short[] frame) {
        double sum = 0;
        for (short sample : frame) {
            sum += (double) sample * sample;
        }
        double rms = Math.sqrt(sum / frame.length);
        return rms < 1 ? -96 : 20 * Math.log10(rms / 32768.0);
    }
}
