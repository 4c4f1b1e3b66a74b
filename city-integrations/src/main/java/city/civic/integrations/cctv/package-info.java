/**
 * CCTV analytics events for the {@link city.civic.integrations.CctvIncidents} port: what any ONVIF
 * transport shares (topic mapping to the KISA-aligned types, camera-to-site mapping, de-duplication,
 * clock-skew check, the bounded recent-event store, feed awareness, health) and the one configuration
 * entry point. The MQTT transport lives in {@code mqtt}, PullPoint in {@code pullpoint}, the embedded
 * broker and simulator in {@code simulator}.
 */
package city.civic.integrations.cctv;
