package city.civic.backoffice.intents;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.admin.staff.StaffAudit;
import city.civic.backoffice.unanswered.StaffWeb;
import city.civic.chat.TurnApi;
import city.civic.dialog.IntentTraining;
import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.Run;
import city.civic.dialog.IntentTraining.RunState;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.LiveIntentClassifier;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.TestPropertySource;

/**
 * Retraining from the page changes the model the bot uses, so it runs in an application of its own (the
 * other tests keep the pack's model): a worse model is kept out unless the official insists, a good one
 * goes live at once, without a restart.
 */
@IntegrationTest
@TestPropertySource(properties = {"civic.voice.enabled=false", "civic.test.context=intent-retraining"})
class IntentRetrainingIntegrationTests {

    static final Duration PATIENCE = Duration.ofMinutes(15);

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    IntentTraining training;

    @Autowired
    LiveIntentClassifier live;

    @Autowired
    StaffAudit audit;

    @Test
    void aWorseModelIsKeptOutUnlessTheOfficialInsists() {
        StaffWeb official = official();
        for (String lang : List.of("en", "ko")) {
            List<Example> complaints = training.examples("signal.timing.complaint", lang);
            complaints.subList(1, complaints.size()).forEach(e -> official.htmxPost(
                    "/admin/intents/signal.timing.complaint/examples/" + e.id() + "/remove", "language", lang));
        }
        IntentClassifier before = live.current();

        Run run = retrain(official);

        assertThat(run.worse()).as("%s", run).isTrue();
        String panel = official.get("/admin/intents/training").body();
        assertThat(panel).contains("id=\"comparison\"").contains("New model").contains("Live model")
                .contains("the live model stays").contains("Activate anyway");
        HttpResponse<String> refused = official.htmxPost("/admin/intents/activate", "run", "" + run.id());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("confirm to activate it anyway");
        assertThat(live.current()).isSameAs(before);
        assertThat(chatIntent("The red light at City Hall Intersection lasts far too long"))
                .isEqualTo("signal.timing.complaint");

        HttpResponse<String> insisted = official.htmxPost("/admin/intents/activate", "run", "" + run.id(),
                "insist", "true");

        assertThat(insisted.statusCode()).isEqualTo(200);
        assertThat(insisted.body()).contains("the bot uses the new model now");
        assertThat(live.current()).isNotSameAs(before);
        assertThat(training.examples("signal.timing.complaint", "en")).hasSize(1);
        assertThat(audit.recent(200)).anySatisfy(e -> assertThat(e.action()).isEqualTo("intents.retrain"))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("intents.activate");
                    assertThat(e.detail()).contains("insisted");
                });
    }

    @Test
    void anActivatedModelAnswersTheNextMessageWithoutARestart() {
        StaffWeb official = official();
        String utterance = "zorblax quibbleton frobnicate";
        assertThat(chatIntent(utterance)).isNotEqualTo("thanks");
        official.get("/admin/intents/thanks");
        official.htmxPost("/admin/intents/thanks/examples", "language", "en", "text", utterance);
        official.htmxPost("/admin/intents/thanks/examples", "language", "en", "text", "zorblax quibbleton, frobnicate!!");

        Run run = retrain(official);
        HttpResponse<String> activated = official.htmxPost("/admin/intents/activate", "run", "" + run.id(),
                "insist", "" + run.worse());

        assertThat(activated.statusCode()).isEqualTo(200);
        assertThat(chatIntent(utterance)).isEqualTo("thanks");
        assertThat(training.examples("thanks", "en")).filteredOn(e -> e.text().equals(utterance))
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(IntentTraining.State.LIVE));
        assertThat(training.live().activatedBy()).startsWith("official-");
    }

    /** Starts a retraining from the page and waits for it to finish (it runs in the background). */
    private Run retrain(StaffWeb official) {
        official.get("/admin/intents");
        HttpResponse<String> started = official.htmxPost("/admin/intents/retrain");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("<progress");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (training.latestRun().orElseThrow().state() == RunState.RUNNING && Instant.now().isBefore(deadline)) {
            sleep();
        }
        Run run = training.latestRun().orElseThrow();
        assertThat(run.state()).as("%s", run).isEqualTo(RunState.READY);
        return run;
    }

    private String chatIntent(String text) {
        var citizen = new TurnApi(port);
        return citizen.say(citizen.start("en"), text).reply(0).get("intent").asString();
    }

    private StaffWeb official() {
        return StaffWeb.signIn(port, StaffWeb.account(accounts, passwords, "official", StaffRole.OFFICIAL));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
