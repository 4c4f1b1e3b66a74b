/**
 * The staff JSON API over tickets ({@code /admin/api/tickets}): the worklist, one ticket with the citizen's words
 * masked, status changes with a note the citizen hears, the audited reveal of the contact; shared by the console.
 */
package city.civic.admin.tickets;
