/**
 * Signal controller status for the {@link city.civic.integrations.SignalStatus} port: what every
 * controller poll shares (a circuit breaker per controller, a short cache, unknown after two poll
 * periods, health) and the one configuration entry point. The protocol lives in {@code ntcip}.
 */
package city.civic.integrations.signals;
