/**
 * What operations watch besides the modules' own metrics: the city systems' health as a metric, so an alert can
 * fire on it from the same Prometheus scrape as everything else.
 */
@ApplicationModule(allowedDependencies = {})
package city.civic.operations;

import org.springframework.modulith.ApplicationModule;
