package city.civic.integrations.cctv;

import city.civic.integrations.CctvIncidents;
import city.civic.integrations.cctv.mqtt.OnvifMqttSubscriber;
import city.civic.integrations.cctv.pullpoint.OnvifPullPointClient;
import city.civic.integrations.cctv.simulator.CctvEventSimulator;
import city.civic.integrations.cctv.simulator.EmbeddedMqttBroker;
import city.civic.integrations.cctv.simulator.SimulatedCameras;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * CCTV analytics events: an embedded Moquette broker with the camera simulator by default
 * ({@code mode=embedded}), the city's broker with {@code mode=mqtt}, only PullPoint devices with
 * {@code mode=pullpoint}, nothing with {@code mode=off}; PullPoint devices, when listed, in every mode
 * but {@code off}. One {@link CctvIncidents} over all the feeds for the dialog engine and the
 * {@code cctvEvents} health indicator.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CctvProperties.class)
@ConditionalOnExpression("'${civic.integrations.cctv.mode:embedded}'.toLowerCase() != 'off'")
class CctvConfiguration {

    private static final String MODE = "civic.integrations.cctv.mode";

    /** Where to subscribe (no broker with {@code mode=pullpoint}) and which camera is which site. */
    record CctvFeed(String brokerUrl, Map<String, String> cameras) {
    }

    private static final String MQTT_FEED = "mqtt";
    private static final String PULLPOINT_FEED = "pullpoint:";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = MODE, havingValue = "embedded", matchIfMissing = true)
    EmbeddedMqttBroker cctvMqttBroker(CctvProperties properties) {
        return new EmbeddedMqttBroker(properties.embedded().port());
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "embedded", matchIfMissing = true)
    CctvFeed embeddedCctvFeed(EmbeddedMqttBroker broker, CctvProperties properties) {
        Map<String, String> cameras = new LinkedHashMap<>(SimulatedCameras.load().sites(""));
        cameras.putAll(properties.cameras());
        return new CctvFeed(broker.url(), cameras);
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "mqtt")
    CctvFeed mqttCctvFeed(CctvProperties properties) {
        return new CctvFeed(properties.broker().url(), properties.cameras());
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "pullpoint")
    CctvFeed pullPointCctvFeed(CctvProperties properties) {
        return new CctvFeed(null, properties.cameras());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${" + MODE + ":embedded}'.toLowerCase() == 'embedded' "
            + "and ${civic.integrations.cctv.embedded.simulator:true}")
    CctvEventSimulator cctvEventSimulator(EmbeddedMqttBroker broker, CctvProperties properties,
            ObjectProvider<Clock> clock) {
        var embedded = properties.embedded();
        return new CctvEventSimulator(SimulatedCameras.load(), broker.url(), "", clock(clock), embedded.seed())
                .every(embedded.interval());
    }

    @Bean
    RecentCctvIncidents cctvIncidents(CctvFeed feed, CctvProperties properties, ObjectProvider<Clock> clock) {
        // the broker's feed first: the MQTT subscriber reports to RecentCctvIncidents.feed()
        Map<String, FeedState> feeds = new LinkedHashMap<>();
        if (feed.brokerUrl() != null) {
            feeds.put(MQTT_FEED, new FeedState(clock(clock), properties.settleAfterConnect(), properties.silentAfter()));
        }
        properties.pullpoint().devices().keySet().forEach(device -> feeds.put(PULLPOINT_FEED + device,
                new FeedState(clock(clock), properties.settleAfterConnect(), properties.silentAfter())));
        return new RecentCctvIncidents(TopicMapping.withDefaults(properties.topics()), new CameraSites(feed.cameras()),
                feeds, new RecentCctvIncidents.Settings(properties.retention(), properties.maxEventsPerSite(),
                        properties.duplicateWindow(), properties.maxClockSkew()));
    }

    @Bean(destroyMethod = "close")
    OnvifPullPoints onvifPullPoints(CctvProperties properties, RecentCctvIncidents incidents) {
        var pullpoint = properties.pullpoint();
        var timing = new OnvifPullPointClient.Timing(pullpoint.subscriptionTime(), pullpoint.pullTimeout(),
                pullpoint.messageLimit(), pullpoint.requestTimeout(), pullpoint.initialBackoff(),
                pullpoint.maxBackoff());
        return new OnvifPullPoints(pullpoint.devices().entrySet().stream()
                .map(device -> new OnvifPullPointClient(new OnvifPullPointClient.Device(device.getKey(),
                        device.getValue().url(), device.getValue().username(), device.getValue().password()), timing,
                        incidents, incidents.feeds().get(PULLPOINT_FEED + device.getKey())).start())
                .toList());
    }

    /** The PullPoint clients, closed (unsubscribed) together. */
    record OnvifPullPoints(List<OnvifPullPointClient> clients) {

        void close() {
            clients.forEach(OnvifPullPointClient::close);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${" + MODE + ":embedded}'.toLowerCase() != 'pullpoint'")
    OnvifMqttSubscriber onvifMqttSubscriber(CctvFeed feed, CctvProperties properties, RecentCctvIncidents incidents) {
        var broker = properties.broker();
        return new OnvifMqttSubscriber(new OnvifMqttSubscriber.Connection(feed.brokerUrl(),
                broker.clientId() + "-" + UUID.randomUUID().toString().substring(0, 8), broker.username(),
                broker.password(), socketFactory(broker), properties.topicFilters(), broker.connectTimeout(),
                broker.keepAlive(), broker.initialBackoff(), broker.maxBackoff()), incidents).start();
    }

    @Bean
    HealthIndicator cctvEventsHealthIndicator(RecentCctvIncidents incidents, ObjectProvider<Clock> clock) {
        return new CctvEventsHealthIndicator(incidents.feeds(), clock(clock));
    }

    /** The broker's CA from a PKCS12 trust store; null = Paho's default (the JVM's trust for ssl://). */
    private static SocketFactory socketFactory(CctvProperties.Broker broker) {
        if (broker.trustStore() == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(broker.trustStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = broker.trustStorePassword() == null ? null : broker.trustStorePassword().toCharArray();
            store.load(in, password);
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            var tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (IOException e) {
            throw new UncheckedIOException("civic.integrations.cctv.broker.trust-store unreadable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("civic.integrations.cctv.broker.trust-store unusable", e);
        }
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }
}
