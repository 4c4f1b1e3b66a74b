/** The city's own back office and public interfaces over the platform's tickets; officials' curation follows. */
package city.civic.admin;
