package city.civic.voice.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AudioSocketConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(UserConfigurations.of(AudioSocketConfiguration.class));

    @Test
    void canBeTurnedOff() {
        runner.withPropertyValues("civic.voice.audiosocket.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AudioSocketServer.class));
    }

    @Test
    void listensOnLoopbackByDefault() {
        runner.withPropertyValues("civic.voice.audiosocket.port=0")
                .run(context -> {
                    assertThat(context).hasSingleBean(AudioSocketServer.class);
                    AudioSocketProperties properties = context.getBean(AudioSocketProperties.class);
                    assertThat(properties.address()).isEqualTo("127.0.0.1");
                    assertThat(context.getBean(AudioSocketServer.class).port()).isPositive();
                });
    }

    @Test
    void failsAtStartUpOnAnInvalidPort() {
        runner.withPropertyValues("civic.voice.audiosocket.enabled=true", "civic.voice.audiosocket.port=-1")
                .run(context -> assertThat(context).hasFailed());
    }
}
