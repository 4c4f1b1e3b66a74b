package city.civic;

import city.civic.security.StaffApi;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port with a fresh H2 file database and Lucene index, seeded from
 * the sample city pack. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/it-data/${civic.test.run}/civic",
        "civic.knowledge.index-directory=target/it-data/${civic.test.run}/index",
        "civic.test.run=${random.uuid}",
        "civic.security.admin.username=" + StaffApi.ADMIN,
        "civic.security.admin.password=" + StaffApi.ADMIN_PASSWORD,
        "civic.security.login.max-failures-per-address=1000",
        "civic.chat.messages-per-address=100000",
        "civic.chat.messages-per-address-per-second=100000",
        "civic.chat.conversations-per-address-per-minute=100000",
        "civic.integrations.center.timeout=1s",
        "civic.integrations.center.breaker-wait-in-open=1s",
        "civic.dialog.delivery.interval=200ms",
        "civic.dialog.delivery.status-interval=300ms",
        "civic.dialog.delivery.lease=3s",
        "civic.dialog.delivery.first-backoff=300ms",
        "civic.dialog.delivery.max-backoff=2s",
        "civic.voice.fastagi.port=0",
        "civic.voice.audiosocket.port=0",
        "civic.voice.speech.data-directory=target/it-data/vosk",
        "civic.voice.callbot.no-input-timeout=3s",
        "civic.voice.speech.answers-ahead=false",
        "logging.level.city.civic.voice.callbot=DEBUG"})
public @interface IntegrationTest {
}
