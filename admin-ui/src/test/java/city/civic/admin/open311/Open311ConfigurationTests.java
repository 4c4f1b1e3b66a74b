package city.civic.admin.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import city.civic.tickets.TicketFiled;
import city.civic.tickets.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** The wiring as the application sees it: typed properties, the city's zone, the event on the context. */
class Open311ConfigurationTests {

    final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(Ports.class, Open311Configuration.class, Open311Controller.class,
                    Open311Errors.class);

    @Test
    void keysTimeZoneAndEventsComeFromTheContext() {
        runner.withPropertyValues("civic.open311.api-keys=first-key,second-key", "civic.dialog.time-zone=UTC")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
                    context.getBean(FakeTickets.class).add("road-damage", TicketStatus.RECEIVED,
                            Instant.parse("2026-03-01T00:00:00Z"), "pothole", null);

                    mvc.perform(get("/open311/v2/requests.json"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$[0].requested_datetime").value("2026-03-01T00:00:00Z"));
                    mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                    .content("api_key=second-key&service_code=road-damage&address_string=here"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$[0].service_request_id").value("SC-2026-000002"));
                    assertThat(context.getBean(Ports.class).filed).containsExactly(
                            new TicketFiled("SC-2026-000002", "road-damage", "road-maintenance", null));
                });
    }

    @Test
    void noKeysByDefaultSoFilingIsOff() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("api_key=anything&service_code=road-damage&address_string=here"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$[0].code").value(403));
            mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk());
        });
    }

    @Test
    void aBlankKeyFailsTheStart() {
        runner.withPropertyValues("civic.open311.api-keys[0]= ").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("apiKeys[0]"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Ports {

        final List<TicketFiled> filed = new ArrayList<>();

        @Bean
        Clock clock() {
            return Clock.fixed(Open311Fixture.NOW, ZoneOffset.UTC);
        }

        @Bean
        FakeTickets tickets(Clock clock) {
            return new FakeTickets(clock);
        }

        @Bean
        FakeCityContent content() {
            return new FakeCityContent();
        }

        @Bean
        FakeDepartments departments() {
            return new FakeDepartments();
        }

        @EventListener
        void on(TicketFiled event) {
            filed.add(event);
        }
    }
}
