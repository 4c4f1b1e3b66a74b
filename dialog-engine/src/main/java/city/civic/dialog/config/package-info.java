/** Wiring of the dialog engine from the city's content; typed properties under {@code civic.dialog}. */
package city.civic.dialog.config;
