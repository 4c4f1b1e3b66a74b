/** The {@code benchmark} command: a closed-loop load test of the turn API over REST and STOMP. */
package city.civic.cli.bench;
