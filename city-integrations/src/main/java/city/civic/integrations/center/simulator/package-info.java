/** A simulated Smart City Center: a GeoReport v2 server on loopback with scriptable faults. */
package city.civic.integrations.center.simulator;
