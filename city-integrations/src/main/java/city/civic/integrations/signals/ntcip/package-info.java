/**
 * NTCIP 1202 (Actuated Signal Controller) status over SNMPv2c with snmp4j: the objects read, their
 * decoding, and the read-only {@link city.civic.integrations.SignalStatus} adapter.
 */
package city.civic.integrations.signals.ntcip;
