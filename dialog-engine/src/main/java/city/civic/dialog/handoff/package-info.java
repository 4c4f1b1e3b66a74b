/** Hand-offs to counsellors: their queue in the database, counsellors' hours, where callback requests go. */
package city.civic.dialog.handoff;
