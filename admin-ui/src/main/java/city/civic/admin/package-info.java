/**
 * The city's back office and public interfaces over the platform: staff sign-in, roles and accounts; officials'
 * curation of answers, unanswered questions and intent examples; the center console's tickets and live
 * hand-offs; transcripts and the dashboard; the Open311 GeoReport v2 API.
 */
@ApplicationModule(allowedDependencies = {"dialog", "dialog :: content", "tickets", "knowledge",
        "integrations :: open311"})
package city.civic.admin;

import org.springframework.modulith.ApplicationModule;
