/**
 * Live traffic for the {@link city.civic.integrations.TrafficInfo} port: what every source shares
 * (HTTP with a timeout, a circuit breaker, one retry, the last good observation per link, health)
 * and the one configuration entry point. Each source's protocol lives in its own sub-package.
 */
package city.civic.integrations.traffic;
