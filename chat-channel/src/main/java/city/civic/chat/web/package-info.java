/** The REST turn API, the places endpoint, and their JSON errors. */
package city.civic.chat.web;
