/**
 * Staff sign-in (Spring Security): accounts and roles in the database, the first administrator, throttled
 * sign-in attempts, and an audit row for every staff request.
 */
package city.civic.admin.staff;
