/** Commands run from the jar instead of the server: intent evaluation and the load benchmark. */
package city.civic.cli;
