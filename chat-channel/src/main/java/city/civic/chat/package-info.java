/** The web channel: the citizen's chat page, STOMP over WebSocket, and the REST turn API. */
@ApplicationModule(allowedDependencies = "dialog")
package city.civic.chat;

import org.springframework.modulith.ApplicationModule;
