/**
 * Staff accounts for administrators: create, roles and department, disable and enable, password resets,
 * the rule that an enabled administrator always remains, sessions that end when their account changes,
 * and the audit log page.
 */
package city.civic.admin.users;
