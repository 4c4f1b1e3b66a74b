/**
 * Tickets in the database, numbered SC-year-sequence: the store, the staff workflow with its history, and the
 * transactional outbox that delivers each ticket to the Smart City Center once and brings its status back.
 */
package city.civic.tickets.store;
