/**
 * The platform's tickets as an Open311 GeoReport v2 endpoint (JSON only) under {@code /open311/v2/}:
 * the service list from the report categories, and requests filed by chat, phone or this API.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2">GeoReport v2</a>
 */
package city.civic.admin.open311;
