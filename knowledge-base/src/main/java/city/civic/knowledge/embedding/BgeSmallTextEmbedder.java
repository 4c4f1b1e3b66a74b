package city.civic.knowledge.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.concurrent.Executor;

/** BAAI bge-small-en-v1.5, quantized (384 dimensions, English): phrasings compared with questions. */
public final class BgeSmallTextEmbedder extends CachedTextEmbedder {

    public BgeSmallTextEmbedder(Executor batchExecutor, long cacheSize) {
        super(new BgeSmallEnV15QuantizedEmbeddingModel(batchExecutor), 384, cacheSize);
    }
}
