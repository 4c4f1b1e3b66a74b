package city.civic.integrations.signals;

/**
 * Where a controller answers SNMP.
 *
 * @param address snmp4j transport address, {@code udp:10.20.30.40/161}
 * @param community the SNMPv2c community (read-only on the controller's side)
 */
public record ControllerEndpoint(String address, String community) {
}
