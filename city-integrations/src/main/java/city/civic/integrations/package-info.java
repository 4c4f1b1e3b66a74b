/**
 * Ports to the city's live systems. Adapters speaking each system's real format arrive with the
 * integrations issue; until then no adapter is registered and callers say the data is unavailable.
 */
package city.civic.integrations;
