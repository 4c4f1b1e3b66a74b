/** Curated answers: the database is the source of truth, a hybrid Lucene index answers questions. */
@ApplicationModule(allowedDependencies = {})
package city.civic.knowledge;

import org.springframework.modulith.ApplicationModule;
