/** Curated answers: the database is the source of truth, a hybrid Lucene index answers questions. */
package city.civic.knowledge;
