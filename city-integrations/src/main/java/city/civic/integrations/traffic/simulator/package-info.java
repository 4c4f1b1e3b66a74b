/**
 * Loopback HTTP servers speaking the ITS and GITS formats for the city pack's links, with plausible
 * time-of-day speeds and scriptable faults: the embedded default and the tests use them.
 */
package city.civic.integrations.traffic.simulator;
