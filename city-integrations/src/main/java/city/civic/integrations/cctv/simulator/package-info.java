/**
 * The embedded default's MQTT broker (Moquette, loopback, in memory) and a camera simulator publishing
 * {@code onvif-ej} analytics events for the sample city pack's CCTV sites.
 */
package city.civic.integrations.cctv.simulator;
