package city.civic.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The platform's log format: whatever a citizen typed, one event is one line. */
class LogLinesTests {

    @Test
    void lineBreaksInAMessageAreEscapedSoNoLineCanBeForged() throws Exception {
        var context = new LoggerContext();
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        var console = (OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) context.getLogger("ROOT")
                .getAppender("CONSOLE");
        var logger = context.getLogger("city.civic.chat");
        var event = new LoggingEvent(getClass().getName(), logger, Level.WARN,
                "places.lookup q={}", null, new Object[] {"gyeongan\r\n2026-12-07 ERROR forged admin login"});

        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(line.strip()).doesNotContain("\n").doesNotContain("\r")
                .endsWith("places.lookup q=gyeongan\\r\\n2026-12-07 ERROR forged admin login");
        context.stop();
    }
}
