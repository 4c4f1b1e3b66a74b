package city.civic.integrations.cctv.mqtt;

/**
 * The feed contract against the Mosquitto this machine and CI run on 127.0.0.1:1883 (Debian
 * {@code mosquitto}, started before every session), each run under its own topic root.
 */
class MosquittoFeedIntegrationTests extends MqttFeedContract {

    @Override
    String brokerUrl() {
        return "tcp://127.0.0.1:1883";
    }
}
