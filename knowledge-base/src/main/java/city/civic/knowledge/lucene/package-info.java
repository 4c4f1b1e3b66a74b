/** The derived search index: BM25 (English and Nori analyzers) plus HNSW dense vectors; eval-knowledge builds one in memory. */
@NamedInterface("lucene")
package city.civic.knowledge.lucene;

import org.springframework.modulith.NamedInterface;
