package city.civic.chat.ws;

import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/** Remembers the client's address at the handshake, for per-address rate limits on STOMP messages. */
final class ClientAddressInterceptor implements HandshakeInterceptor {

    static final String ADDRESS = "clientAddress";

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (request.getRemoteAddress() != null) {
            attributes.put(ADDRESS, request.getRemoteAddress().getAddress().getHostAddress());
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }
}
