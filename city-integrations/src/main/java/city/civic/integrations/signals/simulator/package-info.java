/**
 * An in-process NTCIP 1202 SNMP agent (snmp4j-agent) on loopback serving the city pack's signal
 * controllers in scripted states: the embedded default and the tests use it.
 */
package city.civic.integrations.signals.simulator;
