package city.civic.knowledge.embedding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.concurrent.Executor;

/** all-MiniLM-L6-v2 (384 dimensions): intent classification and grouping of unanswered questions. */
public final class MiniLmTextEmbedder extends CachedTextEmbedder {

    public MiniLmTextEmbedder(Executor batchExecutor, long cacheSize) {
        super(new AllMiniLmL6V2EmbeddingModel(batchExecutor), 384, cacheSize);
    }
}
