/**
 * Tickets into the Smart City Center over Open311 GeoReport v2
 * (https://wiki.open311.org/GeoReport_v2/): a client adapter and, for the embedded default and the
 * tests, a simulated center speaking the same protocol.
 */
package city.civic.integrations.center;
