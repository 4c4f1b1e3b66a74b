package city.civic.voice.speech.dsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/** Feeds a signal to a streaming converter piece by piece, as a call's audio arrives. */
final class Chunks {

    private Chunks() {
    }

    /** Cuts {@code in} into chunks of the sizes supplied (0 allowed), processes each, joins the outputs. */
    static short[] feed(short[] in, IntSupplier chunkSize, UnaryOperator<short[]> process) {
        List<short[]> outputs = new ArrayList<>();
        for (int from = 0; from < in.length; ) {
            int to = Math.min(in.length, from + chunkSize.getAsInt());
            outputs.add(process.apply(Arrays.copyOfRange(in, from, to)));
            from = to;
        }
        short[] joined = new short[outputs.stream().mapToInt(out -> out.length).sum()];
        int at = 0;
        for (short[] out : outputs) {
            System.arraycopy(out, 0, joined, at, out.length);
            at += out.length;
        }
        return joined;
    }
}
