/**
 * Live hand-offs for counsellors (operators and administrators): the queue of chats and calls handed to a
 * person, picking a chat up, writing to the citizen, handing back or closing; the staff JSON API and the
 * console's "Hand-offs" page with live updates (server-sent events).
 */
package city.civic.admin.handoffs;
