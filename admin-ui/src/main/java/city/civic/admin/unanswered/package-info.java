/**
 * Officials' queue of the questions the bot could not answer, grouped by similarity: the staff JSON API and
 * the pages that turn a group into a new answer, phrasings of an existing answer, or examples of an intent.
 */
package city.civic.admin.unanswered;
