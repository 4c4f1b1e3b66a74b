/**
 * Ports to the city's live systems. Adapters speaking each system's real format live in one
 * sub-package per system ({@code traffic}, {@code center}, …) with a simulator of the same format for
 * the embedded default; a port without an adapter has no bean, and callers say the data is unavailable.
 */
@ApplicationModule(allowedDependencies = {})
package city.civic.integrations;

import org.springframework.modulith.ApplicationModule;
