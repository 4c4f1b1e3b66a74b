package city.civic.cluster.faults;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.cluster.relay.BrokerOutage;
import city.civic.cluster.relay.RelayCluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RabbitMQ's server itself stopped and started ({@code rabbitmqctl stop_app} / {@code start_app}: every connection
 * closed, its queues gone) under the two relay instances: a STOMP widget on A gets its error, reconnects once
 * RabbitMQ is back, and continues; nothing is lost or doubled (the scenario of {@link BrokerOutage}).
 */
class RabbitMqRestartFaultTests {

    @Test
    void aWidgetGetsItsErrorReconnectsAndContinuesWhenRabbitMqStopsAndStarts() throws Exception {
        BrokerOutage.Figures figures = BrokerOutage.survive(RelayCluster.get(),
                () -> ServerCommand.run(List.of("rabbitmqctl", "stop_app")),
                () -> ServerCommand.run(List.of("rabbitmqctl", "start_app")));

        System.out.printf("[faults] RabbitMQ stopped and started (away %d ms): the widget reconnected %d ms after"
                + " it was back; %d messages said, %d in the transcript, none lost or doubled%n",
                figures.outage().toMillis(), figures.reconnectedAfter().toMillis(), figures.said(),
                figures.inTranscript());
        assertThat(figures.inTranscript()).isEqualTo(figures.said());
    }
}
