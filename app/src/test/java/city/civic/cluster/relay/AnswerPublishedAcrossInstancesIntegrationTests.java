package city.civic.cluster.relay;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.security.StaffApi;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each instance has its own Lucene index: an answer an official writes and a reviewer publishes through A is
 * served to a citizen on B within seconds (B's index looks for changed answers every 2 s).
 */
class AnswerPublishedAcrossInstancesIntegrationTests {

    static final Duration WITHIN = Duration.ofSeconds(10);

    @Test
    void anAnswerPublishedThroughAIsServedByB() throws InterruptedException {
        RelayCluster cluster = RelayCluster.get();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        StaffApi official = account(cluster.portA(), "official-" + suffix, "OFFICIAL");
        StaffApi reviewer = account(cluster.portA(), "reviewer-" + suffix, "REVIEWER");
        String marker = "kite-permit-" + suffix;
        Citizen citizen = Citizen.startOn(cluster.portB());
        assertThat(answer(citizen, cluster.portB())).as("not known before").doesNotContain(marker);

        var created = official.postJson("/admin/api/answers", """
                {"lang":"en","question":"How do I get a permit to fly a kite festival drone over the river park?",
                 "variants":["kite festival drone permit river park"],
                 "text":"Apply at the parks office for a %s three days ahead.","category":"safety",
                 "department":"traffic-administration"}""".formatted(marker));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(official.postJson("/admin/api/answers/" + id + "/status", "{\"to\":\"in_review\"}").status())
                .isEqualTo(200);
        assertThat(reviewer.postJson("/admin/api/answers/" + id + "/status", "{\"to\":\"published\"}").status())
                .isEqualTo(200);

        long deadline = System.nanoTime() + WITHIN.toNanos();
        String served = answer(citizen, cluster.portB());
        while (!served.contains(marker) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            served = answer(citizen, cluster.portB());
        }
        assertThat(served).as("B serves what A published").contains(marker);
    }

    private static String answer(Citizen citizen, int port) {
        JsonNode replies = citizen.say(port, "kite festival drone permit over the river park",
                UUID.randomUUID().toString());
        return replies.toString();
    }

    /** A new staff account with one role, made by the administrator. */
    private static StaffApi account(int port, String username, String role) {
        String password = "Tr4nquil-" + UUID.randomUUID();
        var made = StaffApi.admin(port).postJson("/admin/api/users", """
                {"username":"%s","department":"traffic-administration","roles":["%s"],"password":"%s"}"""
                .formatted(username, role, password));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(201);
        return new StaffApi(port, username, password);
    }
}
