/**
 * The city's back office and public interfaces over the platform's tickets: staff sign-in and roles,
 * officials' transcripts, the Open311 GeoReport v2 API.
 */
@ApplicationModule(allowedDependencies = {"dialog", "dialog :: content", "tickets", "knowledge"})
package city.civic.admin;

import org.springframework.modulith.ApplicationModule;
