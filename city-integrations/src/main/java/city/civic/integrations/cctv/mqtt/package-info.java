/**
 * ONVIF events over MQTT (ONVIF Core "Event Broker", payload prefix {@code onvif-ej}): an Eclipse Paho
 * subscriber that reconnects with back-off and re-subscribes.
 */
package city.civic.integrations.cctv.mqtt;
