package city.civic.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** {@code civic.voice.enabled=false} turns the whole phone line off: no call control, no audio, no listener. */
class PhoneLineSwitchTests {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "city.civic.voice",
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Tests.*"))
    static class WholeVoiceModule {
    }

    @Test
    void offNothingOfThePhoneLineStartsAndNothingListensOnItsPorts() throws IOException {
        int fastAgi = freePort();
        int audioSocket = freePort();
        new ApplicationContextRunner().withUserConfiguration(WholeVoiceModule.class)
                .withPropertyValues("civic.voice.enabled=false", "civic.voice.fastagi.port=" + fastAgi,
                        "civic.voice.audiosocket.port=" + audioSocket)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Arrays.stream(context.getBeanDefinitionNames())
                            .map(name -> context.getType(name).getName()))
                            .filteredOn(type -> type.startsWith("city.civic.voice.") && !type.contains("Tests"))
                            .isEmpty();
                    assertNothingListensOn(fastAgi);
                    assertNothingListensOn(audioSocket);
                });
    }

    private static void assertNothingListensOn(int port) {
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
