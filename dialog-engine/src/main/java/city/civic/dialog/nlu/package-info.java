/** Understanding a message: language, intent with out-of-scope detection, and entities. */
package city.civic.dialog.nlu;
