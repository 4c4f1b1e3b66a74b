/**
 * The derived search index: BM25 (English and Nori analyzers) plus HNSW dense vectors. A named interface only
 * for the evaluation commands ({@code eval-retrieval}, {@code eval-knowledge}), which build a throwaway index in
 * memory and rank with it exactly as the bot does; the running platform reaches it through the module's API.
 */
@NamedInterface("lucene")
package city.civic.knowledge.lucene;

import org.springframework.modulith.NamedInterface;
