package city.civic.tickets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.center.Open311CenterGateway;
import city.civic.integrations.center.simulator.SimulatedCenter;
import city.civic.tickets.Ticket;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * The outbox against the simulated center over real HTTP, with workers that crash, stall past their lease or
 * come back late, as two application instances on one database would: every ticket reaches the center once, and
 * a worker that lost its claim changes nothing.
 */
abstract class FencedDeliveryContract {

    static final Duration LEASE = Duration.ofSeconds(60);
    /** For workers that really run side by side: the stalled one's lease lapses while the test waits. */
    static final Duration SHORT_LEASE = Duration.ofSeconds(1);
    /** Token polls and refused searches before a delivery stops waiting. */
    static final int BOUND = 3;

    final TicketDatabase db = database();
    final SimulatedCenter center = new SimulatedCenter(0, Clock.systemUTC());
    final CenterGateway gateway = gateway(center);

    abstract TicketDatabase database();

    @AfterEach
    void close() {
        center.close();
        db.close();
    }

    @Test
    void aCrashWhileRecordingTheCenterIdLeavesTheTicketToDeliverAgainNotDeliveredWithoutAnId() {
        Ticket ticket = db.file(null, "Pothole by the school gate");
        // The ticket's own update fails, as a crash between the two updates would leave it.
        db.jdbc.sql("alter table ticket add constraint no_center_id check (center_request_id is null)").update();

        assertThatThrownBy(worker(db.instance(), gateway, LEASE)::deliverDue).isInstanceOf(DataAccessException.class);

        assertThat(state(ticket)).isEqualTo("PENDING");
        db.jdbc.sql("alter table ticket drop constraint no_center_id").update();
        leaseLapsed();
        assertThat(worker(db.instance(), gateway, LEASE).deliverDue()).isEqualTo(1);

        assertThat(state(ticket)).isEqualTo("DELIVERED");
        assertThat(received(ticket)).singleElement()
                .satisfies(request -> assertThat(centerId(ticket)).isEqualTo(request.id()));
    }

    @Test
    void aWorkerThatStalledPastItsLeaseWhileSearchingDoesNotSubmitAgain() {
        Ticket ticket = db.file(null, "Signal stuck on red");
        center.down(true);
        worker(db.instance(), gateway, LEASE).deliverDue();
        center.down(false);
        leaseLapsed();
        TicketDelivery other = worker(db.instance(), gateway, LEASE);
        var stalling = new Stalling(gateway, Call.SEARCH, () -> {
            leaseLapsed();
            assertThat(other.deliverDue()).as("the other worker takes over").isEqualTo(1);
        });

        assertThat(worker(db.instance(), stalling, LEASE).deliverDue()).isZero();

        assertThat(stalling.stalled).isTrue();
        assertThat(received(ticket)).singleElement()
                .satisfies(request -> assertThat(centerId(ticket)).isEqualTo(request.id()));
        assertThat(state(ticket)).isEqualTo("DELIVERED");
    }

    @Test
    void aWorkerThatStalledPastItsLeaseAfterSubmittingDoesNotUndoTheOthersDelivery() {
        center.batchService("road-damage");
        Ticket ticket = db.file(null, "Guardrail bent on the bridge");
        TicketDelivery other = worker(db.instance(), gateway, LEASE);
        var stalling = new Stalling(gateway, Call.SUBMIT, () -> {
            leaseLapsed();
            assertThat(other.deliverDue()).as("the other worker finds the request").isEqualTo(1);
        });

        worker(db.instance(), stalling, LEASE).deliverDue();

        assertThat(stalling.stalled).isTrue();
        assertThat(state(ticket)).isEqualTo("DELIVERED");
        assertThat(db.jdbc.sql("select token from ticket_delivery where ticket_seq = ?")
                .param(JdbcTicketWorkflow.seq(ticket)).query(String.class).optional()).isEmpty();
        assertThat(received(ticket)).singleElement()
                .satisfies(request -> assertThat(centerId(ticket)).isEqualTo(request.id()));
    }

    @Test
    void twoWorkersOneStalledPastItsLeaseDeliverABatchEachTicketOnce() throws Exception {
        center.truncateDescriptions(1000);
        center.pageSize(5);
        String longer = " The lamp has flickered for a week before going dark;".repeat(25);
        List<Ticket> batch = IntStream.range(0, 12).mapToObj(i -> db.file(null, "Streetlight " + i + " dark." + longer))
                .toList();
        center.down(true);
        worker(db.instance(), gateway, SHORT_LEASE).deliverDue();
        center.down(false);
        var released = new CountDownLatch(1);
        var stalling = new Stalling(gateway, Call.SEARCH, () -> awaitQuietly(released));

        try (var stalled = new Running(worker(db.instance(), stalling, SHORT_LEASE))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> stalling.stalled);
            try (var other = new Running(worker(db.instance(), gateway, SHORT_LEASE))) {
                await().atMost(Duration.ofSeconds(30)).until(() -> delivered() == batch.size());
                int passes = stalled.passes();
                released.countDown();
                await().atMost(Duration.ofSeconds(30)).until(() -> stalled.passes() > passes + 1);
            }
        }

        assertThat(batch).allSatisfy(ticket -> {
            assertThat(received(ticket)).singleElement()
                    .satisfies(request -> assertThat(centerId(ticket)).isEqualTo(request.id()));
            assertThat(state(ticket)).isEqualTo("DELIVERED");
        });
        assertThat(center.requests()).hasSize(batch.size());
    }

    @Test
    void aSearchTheCenterRefusesIsRetriedNotRejectedThenHeldForStaff() {
        Ticket ticket = db.file(null, "Bollard knocked over");
        center.down(true);
        worker(db.instance(), gateway, LEASE).deliverDue();
        center.down(false);
        TicketDelivery worker = worker(db.instance(), new ForwardingCenter(gateway) {
            @Override
            public Optional<String> findExisting(CenterTicket search) {
                throw new CenterRejectedException("center refused (400): start_date not accepted");
            }
        }, LEASE);

        for (int pass = 1; pass < BOUND; pass++) {
            leaseLapsed();
            worker.deliverDue();
            assertThat(state(ticket)).as("refused search %d", pass).isEqualTo("PENDING");
        }
        leaseLapsed();
        worker.deliverDue();

        assertThat(state(ticket)).isEqualTo("HELD");
        assertThat(worker.backlog().held()).isEqualTo(1);
        assertThat(received(ticket)).isEmpty();
    }

    @Test
    void aTokenThatNeverResolvesIsPolledABoundedNumberOfTimesThenFoundBySearching() {
        center.batchService("road-damage");
        center.tokenPollsBeforeResolved(Integer.MAX_VALUE);
        Ticket ticket = db.file(null, "Road sign fallen over");
        TicketDelivery worker = worker(db.instance(), gateway, LEASE);
        worker.deliverDue();

        for (int poll = 1; poll <= BOUND; poll++) {
            leaseLapsed();
            worker.deliverDue();
        }

        assertThat(state(ticket)).isEqualTo("DELIVERED");
        assertThat(received(ticket)).singleElement()
                .satisfies(request -> assertThat(centerId(ticket)).isEqualTo(request.id()));
    }

    @Test
    void aTokenTheCenterDoesNotKnowWithNoRequestFoundIsHeldForStaff() {
        Ticket ticket = db.file(null, "Crossing lines worn away");
        TicketDelivery worker = worker(db.instance(), new ForwardingCenter(gateway) {
            @Override
            public Submission submit(CenterTicket lost) {
                return new Submission(null, "tok-lost", null);
            }
        }, LEASE);
        worker.deliverDue();

        for (int poll = 1; poll <= BOUND; poll++) {
            leaseLapsed();
            worker.deliverDue();
            assertThat(state(ticket)).as("poll %d", poll).isNotEqualTo("REJECTED");
        }

        assertThat(state(ticket)).isEqualTo("HELD");
        assertThat(worker.backlog().held()).isEqualTo(1);
        assertThat(received(ticket)).isEmpty();
    }

    @Test
    void leasesAndDueTimesAreInstantsWithTheirTimeZone() {
        List<String> types = db.jdbc.sql("select lower(data_type) from information_schema.columns"
                        + " where table_schema = current_schema and lower(table_name) in ('ticket', 'ticket_delivery')"
                        + " and lower(column_name) in ('next_attempt_at', 'updated_at', 'created_at', 'closed_at')")
                .query(String.class).list();

        assertThat(types).hasSize(5).containsOnly("timestamp with time zone");
    }

    static TicketDelivery worker(TicketDatabase.Instance instance, CenterGateway center, Duration lease) {
        return new TicketDelivery(instance.jdbc(), instance.transactions(), center, TicketDatabase.SEOUL,
                new TicketDeliveryProperties(Duration.ofMillis(200), Duration.ofSeconds(30), lease,
                        Duration.ofMillis(10), Duration.ofMillis(50), BOUND, BOUND));
    }

    static Open311CenterGateway gateway(SimulatedCenter center) {
        return new Open311CenterGateway(center.baseUrl(), "test", Duration.ofSeconds(5), TicketDatabase.SEOUL,
                CircuitBreaker.ofDefaults("test-center"), Clock.systemUTC());
    }

    /** Every claim's lease is over, as if its worker had stopped; the database's clock is left alone. */
    void leaseLapsed() {
        db.jdbc.sql("update ticket_delivery set next_attempt_at = current_timestamp - interval '1' day"
                + " where state in ('PENDING', 'AWAITING_TOKEN')").update();
    }

    String state(Ticket ticket) {
        return db.jdbc.sql("select state from ticket_delivery where ticket_seq = ?")
                .param(JdbcTicketWorkflow.seq(ticket)).query(String.class).single();
    }

    String centerId(Ticket ticket) {
        return db.tickets.find(ticket.id()).orElseThrow().centerRequestId();
    }

    List<SimulatedCenter.Request> received(Ticket ticket) {
        return center.requests().stream()
                .filter(request -> ticket.id().equals(request.attributes().get("platform_ticket_id")))
                .toList();
    }

    long delivered() {
        return db.jdbc.sql("select count(*) from ticket_delivery where state = 'DELIVERED'").query(Long.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A worker's background loop, as an application instance's scheduler runs it. */
    static final class Running implements AutoCloseable {

        private final AtomicInteger passes = new AtomicInteger();
        private final Thread thread;
        private volatile boolean stopped;

        Running(TicketDelivery worker) {
            thread = new Thread(() -> {
                while (!stopped) {
                    try {
                        worker.deliverDue();
                    } catch (RuntimeException e) {
                        // a failing pass, as the scheduler's: the next one tries again
                    }
                    passes.incrementAndGet();
                    LockSupport.parkNanos(20_000_000);
                }
            }, "outbox-worker");
            thread.setDaemon(true);
            thread.start();
        }

        int passes() {
            return passes.get();
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            thread.join(30_000);
        }
    }

    enum Call { SEARCH, SUBMIT }

    /** The center as a worker sees it, to change one call of. */
    static class ForwardingCenter implements CenterGateway {

        final CenterGateway center;

        ForwardingCenter(CenterGateway center) {
            this.center = center;
        }

        @Override
        public Submission submit(CenterTicket ticket) {
            return center.submit(ticket);
        }

        @Override
        public Optional<String> findExisting(CenterTicket ticket) {
            return center.findExisting(ticket);
        }

        @Override
        public Optional<String> resolveToken(String token) {
            return center.resolveToken(token);
        }

        @Override
        public Optional<CenterRequestStatus> status(String centerRequestId) {
            return center.status(centerRequestId);
        }
    }

    /** A worker's center that stalls once, after the center answered the given call, while {@code meanwhile} runs. */
    static final class Stalling extends ForwardingCenter {

        private final Call at;
        private final Runnable meanwhile;
        volatile boolean stalled;

        Stalling(CenterGateway center, Call at, Runnable meanwhile) {
            super(center);
            this.at = at;
            this.meanwhile = meanwhile;
        }

        @Override
        public Submission submit(CenterTicket ticket) {
            return stall(Call.SUBMIT, center.submit(ticket));
        }

        @Override
        public Optional<String> findExisting(CenterTicket ticket) {
            return stall(Call.SEARCH, center.findExisting(ticket));
        }

        private synchronized <T> T stall(Call call, T answer) {
            if (call == at && !stalled) {
                stalled = true;
                meanwhile.run();
            }
            return answer;
        }
    }
}
