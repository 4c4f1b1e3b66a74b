/** Conversations: state, the per-turn policy, report forms, and their storage. */
package city.civic.dialog.engine;
