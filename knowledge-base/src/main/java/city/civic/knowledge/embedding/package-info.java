/** In-process sentence embeddings (LangChain4j all-MiniLM-L6-v2, ONNX), cached; also used by the evaluation commands. */
@NamedInterface("embedding")
package city.civic.knowledge.embedding;

import org.springframework.modulith.NamedInterface;
