/** The dashboard: conversations, containment, hand-offs, intents, tickets and answers over a date range, charted. */
package city.civic.admin.dashboard;
