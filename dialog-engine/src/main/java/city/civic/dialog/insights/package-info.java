/**
 * A small summary per conversation (outcome, turns, intents, answers given), kept up to date with every
 * turn, so staff search transcripts and read figures without scanning the messages' JSON.
 */
package city.civic.dialog.insights;
