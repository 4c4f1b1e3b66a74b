package city.civic.cluster.relay;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RabbitMQ stops and starts again as both instances see it: their line to it is cut and restored, while the
 * RabbitMQ other tests share keeps running ({@code RabbitMqRestartFaultTests} stops the server itself). The widget
 * reconnects and nothing is lost or doubled (see {@link BrokerOutage}).
 */
class BrokerOutageIntegrationTests {

    static RelayCluster cluster;

    @BeforeAll
    static void instances() {
        cluster = RelayCluster.get();
    }

    @Test
    void widgetsReconnectAfterRabbitMqIsBackAndNothingIsLostOrDoubled() throws Exception {
        BrokerOutage.survive(cluster, cluster.link::cut, cluster.link::restore);
    }
}
