/**
 * The center console's tickets tab ({@code /admin/console}): the worklist with filters, tickets pushed live over
 * server-sent events as they are filed or change, and one ticket's page with its place on a plan of the city.
 */
package city.civic.admin.console;
