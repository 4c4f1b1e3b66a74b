/**
 * Officials' curation of the bot's answers: the staff JSON API and pages (list, bilingual editor with the
 * version history and word diffs, "try a question"), the workflow draft → in review → published, and
 * who may take each step.
 */
package city.civic.admin.answers;
