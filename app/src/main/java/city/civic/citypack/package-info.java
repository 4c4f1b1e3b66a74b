/** The city pack: a city's content as files, seeded into an empty database on first start. */
package city.civic.citypack;
