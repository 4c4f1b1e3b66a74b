package city.civic.dialog.nlu;

import city.civic.dialog.nlu.TextFeatures.SparseVector;
import java.util.Random;

/**
 * Multinomial logistic regression over a dense sentence embedding and hashed sparse lexical features,
 * trained with AdaGrad (per-weight step sizes suit the rare sparse features) and L2 weight decay.
 * An example updates only the classes whose gradient is not negligible.
 */
final class SoftmaxIntentModel {

    /** @param epochs passes over the data; @param learningRate AdaGrad's base step; @param l2 weight decay */
    record Options(int epochs, double learningRate, double l2, long seed) {
        private static final int MAX_EPOCHS = 100;

        /** Ten passes over a large set; small sets get more passes, for a similar number of updates. */
        static Options forExamples(int examples) {
            int epochs = Math.max(10, Math.min(MAX_EPOCHS, 150_000 / Math.max(1, examples)));
            return new Options(epochs, 0.1, 1e-6, 42);
        }

        Options withL2(double otherL2) {
            return new Options(epochs, learningRate, otherL2, seed);
        }
    }

    /**
     * Classes the example barely affects (probability already near its target) are not updated: once the
     * model has learnt, most of the many classes are such, and training gets several times faster.
     */
    private static final float NEGLIGIBLE_GRADIENT = 1e-3f;

    private final int classes;
    private final int denseDim;
    private final float[] denseWeights;   // [class][dense]
    private final float[] sparseWeights;  // [feature][class]
    private final float[] bias;

    private SoftmaxIntentModel(int classes, int denseDim, int sparseDim) {
        this.classes = classes;
        this.denseDim = denseDim;
        this.denseWeights = new float[classes * denseDim];
        this.sparseWeights = new float[sparseDim * classes];
        this.bias = new float[classes];
    }

    /** @param weights each example's weight in the loss (a rare class may count more) */
    static SoftmaxIntentModel train(float[][] dense, SparseVector[] sparse, int[] labels, float[] weights,
            int classes, int sparseDim, Options options) {
        int denseDim = dense.length == 0 ? 0 : dense[0].length;
        var model = new SoftmaxIntentModel(classes, denseDim, sparseDim);
        model.fit(dense, sparse, labels, weights, options);
        return model;
    }

    private void fit(float[][] dense, SparseVector[] sparse, int[] labels, float[] weights, Options options) {
        float[] denseSquares = new float[denseWeights.length];
        float[] sparseSquares = new float[sparseWeights.length];
        float[] biasSquares = new float[classes];
        float[] gradient = new float[classes];
        int[] order = new int[labels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        var random = new Random(options.seed());
        float lr = (float) options.learningRate();
        float decay = (float) options.l2();
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                float[] p = probabilities(dense[i], sparse[i]);
                for (int c = 0; c < classes; c++) {
                    gradient[c] = weights[i] * (p[c] - (c == labels[i] ? 1f : 0f));
                }
                for (int c = 0; c < classes; c++) {
                    float g = gradient[c];
                    if (Math.abs(g) < NEGLIGIBLE_GRADIENT) {
                        continue;
                    }
                    int row = c * denseDim;
                    for (int d = 0; d < denseDim; d++) {
                        int w = row + d;
                        float gw = g * dense[i][d] + decay * denseWeights[w];
                        denseSquares[w] += gw * gw;
                        denseWeights[w] -= lr * gw / (float) Math.sqrt(denseSquares[w] + 1e-8f);
                    }
                    biasSquares[c] += g * g;
                    bias[c] -= lr * g / (float) Math.sqrt(biasSquares[c] + 1e-8f);
                }
                SparseVector x = sparse[i];
                for (int k = 0; k < x.indices().length; k++) {
                    int row = x.indices()[k] * classes;
                    float value = x.values()[k];
                    for (int c = 0; c < classes; c++) {
                        if (Math.abs(gradient[c]) < NEGLIGIBLE_GRADIENT) {
                            continue;
                        }
                        int w = row + c;
                        float gw = gradient[c] * value + decay * sparseWeights[w];
                        sparseSquares[w] += gw * gw;
                        sparseWeights[w] -= lr * gw / (float) Math.sqrt(sparseSquares[w] + 1e-8f);
                    }
                }
            }
        }
    }

    float[] probabilities(float[] dense, SparseVector sparse) {
        float[] logits = bias.clone();
        for (int c = 0; c < classes; c++) {
            int row = c * denseDim;
            float sum = 0;
            for (int d = 0; d < denseDim; d++) {
                sum += denseWeights[row + d] * dense[d];
            }
            logits[c] += sum;
        }
        for (int k = 0; k < sparse.indices().length; k++) {
            int row = sparse.indices()[k] * classes;
            float value = sparse.values()[k];
            for (int c = 0; c < classes; c++) {
                logits[c] += sparseWeights[row + c] * value;
            }
        }
        return softmax(logits);
    }

    private static float[] softmax(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = (float) Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) {
            logits[c] /= (float) sum;
        }
        return logits;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
