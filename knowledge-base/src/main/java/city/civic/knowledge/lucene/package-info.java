/** The derived search index: BM25 (English and Nori analyzers) plus HNSW dense vectors, ranked together. */
package city.civic.knowledge.lucene;
