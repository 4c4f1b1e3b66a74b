/** The city's conversational content: intent examples, the gazetteer and report categories. */
package city.civic.dialog.content;
