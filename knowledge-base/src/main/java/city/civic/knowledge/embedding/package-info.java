/**
 * In-process sentence embeddings (LangChain4j all-MiniLM-L6-v2 and bge-small, ONNX), cached. A named interface
 * only for the evaluation commands, which pick an encoder by name; the platform uses the module's
 * {@link city.civic.knowledge.TextEmbedder}.
 */
@NamedInterface("embedding")
package city.civic.knowledge.embedding;

import org.springframework.modulith.NamedInterface;
