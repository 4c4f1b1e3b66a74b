/** How long citizens' words and contact details are kept, and the scheduled job that deletes them after. */
package city.civic.dialog.retention;
