package city.civic.knowledge.embedding;

import city.civic.knowledge.TextEmbedder;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A sentence encoder run in-process through ONNX Runtime (no network), its vectors normalised to unit
 * length. A bounded cache avoids embedding the same text twice in one turn.
 */
public abstract class CachedTextEmbedder implements TextEmbedder {

    private final EmbeddingModel model;
    private final int dimension;
    private final Cache<String, float[]> cache;

    protected CachedTextEmbedder(EmbeddingModel model, int dimension, long cacheSize) {
        this.model = model;
        this.dimension = dimension;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        return cache.get(key(text), k -> normalize(model.embed(k).content().vector()));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> keys = texts.stream().map(CachedTextEmbedder::key).toList();
        Map<String, float[]> known = new java.util.HashMap<>(cache.getAllPresent(keys));
        List<String> missing = keys.stream().filter(k -> !known.containsKey(k)).distinct().toList();
        if (!missing.isEmpty()) {
            var segments = missing.stream().map(TextSegment::from).toList();
            var embeddings = model.embedAll(segments).content();
            for (int i = 0; i < missing.size(); i++) {
                float[] v = normalize(embeddings.get(i).vector());
                cache.put(missing.get(i), v);
                known.put(missing.get(i), v);
            }
        }
        var result = new ArrayList<float[]>(keys.size());
        for (String k : keys) {
            result.add(known.get(k));
        }
        return result;
    }

    private static String key(String text) {
        return text.strip();
    }

    static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    /** A fixed pool of daemon threads for the encoder's batches, so an embedder never keeps the JVM alive. */
    public static ExecutorService batchThreads(int count) {
        return Executors.newFixedThreadPool(count, r -> {
            var thread = new Thread(r, "embedding-batch");
            thread.setDaemon(true);
            return thread;
        });
    }
}
