/** What every integration's calls share: how their circuit breakers are built. */
package city.civic.integrations.resilience;
