/** Commands run from the jar instead of the server: intent evaluation and the load benchmark. */
@ApplicationModule(allowedDependencies = {"citypack", "dialog :: intents", "knowledge", "knowledge :: lucene",
        "knowledge :: embedding", "voice :: speech", "asterisk"})
package city.civic.cli;

import org.springframework.modulith.ApplicationModule;
