/** STOMP over WebSocket: a conversation is addressed by its id plus the token only its owner holds. */
package city.civic.chat.ws;
