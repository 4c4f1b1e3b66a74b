/**
 * The platform's HTTP edge: who may call what (citizens anonymous, staff signed in), security headers,
 * limits on what a request may carry, the real client address behind trusted proxies, and the checks a
 * production configuration must pass before the platform starts.
 */
@ApplicationModule(allowedDependencies = "admin")
package city.civic.web;

import org.springframework.modulith.ApplicationModule;
