/** The platform's tickets in the database, numbered SC-year-sequence. */
package city.civic.tickets.store;
