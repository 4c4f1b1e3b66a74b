/** In-process sentence embeddings (LangChain4j all-MiniLM-L6-v2, ONNX), cached. */
package city.civic.knowledge.embedding;
