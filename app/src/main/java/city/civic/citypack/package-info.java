/** The city pack: a city's content as files, seeded into an empty database on first start. */
@ApplicationModule(allowedDependencies = {"dialog :: content", "dialog :: intents", "knowledge"})
package city.civic.citypack;

import org.springframework.modulith.ApplicationModule;
