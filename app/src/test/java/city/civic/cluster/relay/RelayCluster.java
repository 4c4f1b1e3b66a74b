package city.civic.cluster.relay;

import city.civic.CivicContactApplication;
import city.civic.security.StaffApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the whole application in this JVM, A and B, on random ports: one database (an H2 file both
 * open), each its own Lucene index, and RabbitMQ's STOMP plugin on 127.0.0.1:61613 as the chat's broker relay,
 * reached through a {@link BrokerLink} a test may cut. Started once for every test class that asks, and stopped
 * when the JVM exits.
 */
public final class RelayCluster {

    static final String STOMP_HOST = "127.0.0.1";
    static final int STOMP_PORT = 61613;

    private static RelayCluster started;

    final BrokerLink link;
    final ConfigurableApplicationContext a;
    final ConfigurableApplicationContext b;

    private RelayCluster(BrokerLink link, ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.link = link;
        this.a = a;
        this.b = b;
    }

    public static synchronized RelayCluster get() {
        if (started == null) {
            requireRabbitStomp();
            String run = "relay-" + UUID.randomUUID();
            try {
                BrokerLink link = new BrokerLink(STOMP_HOST, STOMP_PORT);
                started = new RelayCluster(link, instance(run, "a", link.port()), instance(run, "b", link.port()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return started;
    }

    public int portA() {
        return port(a);
    }

    public int portB() {
        return port(b);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext instance(String run, String name, int stompPort) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=jdbc:h2:file:./target/it-data/" + run + "/civic",
                "civic.knowledge.index-directory=target/it-data/" + run + "/index-" + name,
                "civic.chat.relay.enabled=true",
                "civic.chat.relay.host=" + STOMP_HOST,
                "civic.chat.relay.port=" + stompPort,
                "civic.security.admin.username=" + StaffApi.ADMIN,
                "civic.security.admin.password=" + StaffApi.ADMIN_PASSWORD,
                "civic.chat.messages-per-address=100000",
                "civic.chat.messages-per-address-per-second=100000",
                "civic.chat.conversations-per-address-per-minute=100000",
                "civic.voice.fastagi.port=0",
                "civic.voice.audiosocket.port=0",
                "civic.voice.speech.data-directory=target/it-data/vosk"));
        return new SpringApplicationBuilder(CivicContactApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new)); // over application.properties
    }

    private static void requireRabbitStomp() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(STOMP_HOST, STOMP_PORT), 2000);
        } catch (IOException e) {
            throw new IllegalStateException("RabbitMQ's STOMP plugin is not listening on " + STOMP_HOST + ":"
                    + STOMP_PORT + ": run .ci/run's set-up (rabbitmq-plugins enable rabbitmq_stomp)", e);
        }
    }
}
