package city.civic.chat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration slice tests start from; each slice picks the few beans it needs. */
@SpringBootApplication
class ChatTestApplication {
}
