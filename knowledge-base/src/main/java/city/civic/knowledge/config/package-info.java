/** Wiring of the knowledge base: typed properties, beans, and keeping the index in step with the database. */
package city.civic.knowledge.config;
