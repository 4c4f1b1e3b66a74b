package city.civic.admin.open311;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionOperations;

/** The endpoint over in-memory ports, as the configuration wires it; "now" is 2026-03-10 12:00 in Seoul. */
final class Open311Fixture {

    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    static final String KEY = "test-key-0123456789";

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final FakeTickets tickets = new FakeTickets(clock);
    final FakeCityContent content = new FakeCityContent();
    final FakeDepartments departments = new FakeDepartments();
    final List<Object> events = new ArrayList<>();
    final MockMvc mvc;

    Open311Fixture() {
        this(List.of(KEY));
    }

    Open311Fixture(List<String> apiKeys) {
        var time = new Open311Time(ZoneId.of("Asia/Seoul"));
        var catalog = new ServiceCatalog(content, departments);
        var requests = new ServiceRequests(tickets, catalog, time, clock);
        var intake = new RequestIntake(tickets, catalog, content, new ApiKeys(apiKeys), events::add,
                TransactionOperations.withoutTransaction());
        mvc = MockMvcBuilders.standaloneSetup(new Open311Controller(catalog, requests, intake))
                .setControllerAdvice(new Open311Errors()).build();
    }
}
