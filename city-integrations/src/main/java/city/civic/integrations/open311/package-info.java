/**
 * The Open311 GeoReport v2 wire model, declared once: the records the center's client reads, the
 * simulated center writes and the platform's own {@code /open311/v2/} API serves, with their JSON field
 * names, and the names of the request parameters.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2">GeoReport v2</a>
 */
@NamedInterface("open311")
package city.civic.integrations.open311;

import org.springframework.modulith.NamedInterface;
