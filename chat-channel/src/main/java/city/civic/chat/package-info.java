/** The web channel: the citizen's chat page, STOMP over WebSocket, and the REST turn API. */
package city.civic.chat;
