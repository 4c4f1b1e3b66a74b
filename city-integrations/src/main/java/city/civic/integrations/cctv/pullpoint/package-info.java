/**
 * ONVIF events by PullPoint (ONVIF Core, "Event handling" → "Real-time Pull-Point Notification
 * Interface") for devices or a VMS without MQTT: SOAP 1.2 over the JDK's HTTP client, messages
 * hand-written and read with the JDK's DOM, one polling loop per device.
 */
package city.civic.integrations.cctv.pullpoint;
