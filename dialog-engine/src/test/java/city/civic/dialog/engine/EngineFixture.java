package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.Language;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.Tickets;
import city.civic.dialog.Utterance;
import city.civic.dialog.content.LocalizedText;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.content.SlotSpec;
import city.civic.dialog.handoff.CounsellorHours;
import city.civic.dialog.handoff.Counsellors;
import city.civic.dialog.handoff.HandoffQueue;
import city.civic.dialog.nlu.EntityExtractor;
import city.civic.dialog.nlu.Gazetteer;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.IntentExample;
import city.civic.dialog.nlu.LanguageDetector;
import city.civic.dialog.nlu.LiveIntentClassifier;
import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.KnowledgeSearch;
import city.civic.knowledge.TextEmbedder;
import city.civic.knowledge.UnansweredQuestion;
import city.civic.knowledge.UnansweredQuestions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dialog engine wired as {@link DialogEngineFactory} wires it, over in-memory stand-ins: an H2 database with
 * the real migrations, a word-hashing embedder, a handful of intent examples, a knowledge base of one answer, a
 * ticket list and a record of events. No Spring context.
 */
final class EngineFixture {

    static final String SIGNAL = "signal.fault.report";
    static final String HOURS_QUESTION = "what time does city hall open";
    static final String HOURS_ANSWER = "City hall is open weekdays 9:00-18:00.";
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** Trained once: a classifier does not change after training. */
    private static final IntentClassifier CLASSIFIER = IntentClassifier.train(examples(), new WordHashEmbedder(), 0.3);

    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:30:00Z"), SEOUL);
    final List<Object> events = new ArrayList<>();
    /** The counsellors' queue: who waits for a person, and why. */
    final HandoffQueue queue;
    final List<String> unanswered = new ArrayList<>();
    final List<String> searched = new ArrayList<>();
    final Map<String, Ticket> tickets = new LinkedHashMap<>();
    final ConversationStore store;
    final DialogPolicy policy;
    final DialogEngine engine;
    /** The counsellors' side: picking a conversation up, writing in it. */
    final CounsellorDesk desk;
    private final Nlu nlu;

    /** What a knowledge search does besides answering: a test's way into the middle of a turn. */
    volatile Runnable duringSearch = () -> { };

    EngineFixture() {
        this(migrated(h2("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
    }

    /** An engine over an existing, migrated database: as one instance of several sharing it. */
    EngineFixture(DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var json = JsonMapper.builder().build();
        List<Place> places = List.of(place("opo-intersection", "Opo Intersection", "오포사거리"),
                place("gyeongan-intersection", "Gyeongan Intersection", "경안사거리"));
        var gazetteer = new Gazetteer(places);
        var nlu = new Nlu(new LanguageDetector(), new LiveIntentClassifier(CLASSIFIER), gazetteer,
                new EntityExtractor(gazetteer, clock));
        var responses = new Responses();
        var ticketList = ticketList();
        store = new ConversationStore(jdbc, transactions, json, clock, Duration.ofHours(24));
        var reports = new ReportFlow(List.of(signalCategory()), places, responses, new ReportFiling(ticketList,
                departments(), responses, new ReportEnrichment(Optional.empty(), Optional.empty(), responses, SEOUL),
                events::add));
        queue = new HandoffQueue(jdbc, json);
        var counsellors = new Counsellors(queue, new CounsellorHours(List.of("always"), List.of(), SEOUL),
                "callback", "citizen-communication");
        var summaries = new HandoffSummaries(store, reports);
        var handoffs = new HandoffRequests(counsellors, summaries, new CallbackRequests(counsellors, ticketList,
                summaries, responses, events::add, clock, "031-760-2114"), responses, events::add, clock,
                "031-760-2114");
        policy = new DialogPolicy(reports, new Answering(knowledge(), unansweredQuestions(), departments(),
                responses, "031-760-2114"), new TrafficAnswers(Optional.empty(), places, responses, SEOUL, clock),
                ticketList, responses, handoffs, SEOUL);
        var locks = new ConversationLocks();
        desk = new CounsellorDesk(store, locks, queue, responses, nlu.languages(), transactions, events::add,
                clock, "031-760-2114");
        engine = new DialogEngine(store, policy, nlu, clock, new DialogMetrics(new SimpleMeterRegistry()), locks,
                desk);
        this.nlu = nlu;
    }

    static DataSource h2(String url) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** A new conversation in English, stored. */
    Conversation conversation(Channel channel) {
        var state = new ConversationState();
        state.language = "en";
        return store.create(java.util.UUID.randomUUID().toString(), "hash", channel, state);
    }

    /** A turn of the conversation saying {@code text}, in Korean when it has Hangul. */
    Turn turn(Conversation conversation, String text) {
        boolean korean = text.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3);
        return new Turn(conversation, Utterance.text(text), text, korean ? Language.KO : Language.EN, nlu);
    }

    Ticket ticket(String id, TicketStatus status, String conversationId) {
        var ticket = new Ticket(id, "traffic-signal-fault", SIGNAL, "traffic-signals", "dark", "opo-intersection",
                "at Opo", 37.4, 127.2, null, null, "en", TicketChannel.WEB, conversationId, status, clock.instant(),
                clock.instant(), null, null, null);
        tickets.put(id, ticket);
        return ticket;
    }

    private static List<IntentExample> examples() {
        var examples = new ArrayList<IntentExample>();
        add(examples, "emergency", "there is a fire in the building", "someone is bleeding after a crash",
                "call an ambulance now");
        add(examples, "greeting", "hello", "hi there", "good morning");
        add(examples, "thanks", "thank you", "thanks a lot", "many thanks");
        add(examples, "goodbye", "goodbye", "bye for now", "see you later");
        add(examples, "agent.request", "i want to talk to a person", "connect me to a counsellor",
                "can i speak to a human");
        add(examples, "ticket.status", "check my ticket", "what is the status of my report",
                "where is my ticket");
        add(examples, "faq", HOURS_QUESTION, "how do i renew a passport", "where do i pay a parking fine");
        add(examples, SIGNAL, "the traffic light is broken", "the signal is dark",
                "the traffic light at the crossing is stuck on red");
        add(examples, "oos", "tell me a joke", "sing me a song", "who will win the football match");
        return examples;
    }

    /**
     * Each example ten times: the classifier judges gibberish only once it has seen enough letters
     * ({@code LetterModel.MIN_LEARNED_LETTERS}), and repeating the few examples changes nothing else.
     */
    private static void add(List<IntentExample> examples, String intent, String... texts) {
        for (int i = 0; i < 10; i++) {
            for (String text : texts) {
                examples.add(new IntentExample(text, intent));
            }
        }
    }

    private Tickets ticketList() {
        return new Tickets() {
            @Override
            public Ticket file(NewTicket t) {
                String id = "SC-2026-%06d".formatted(tickets.size() + 1);
                return ticket(id, TicketStatus.RECEIVED, t.conversationId());
            }

            @Override
            public Optional<Ticket> find(String ticketNumber) {
                return Optional.ofNullable(tickets.get(ticketNumber));
            }

            @Override
            public List<Ticket> recent(int limit) {
                return List.copyOf(tickets.values());
            }

            @Override
            public List<Ticket> search(TicketQuery query) {
                return List.copyOf(tickets.values());
            }
        };
    }

    /** One confident answer, to the opening-hours question; anything else finds nothing. */
    private KnowledgeSearch knowledge() {
        return (question, lang, limit) -> searched.add(question) && ran(duringSearch)
                && question.toLowerCase().contains("city hall")
                ? List.of(new KnowledgeHit("faq.hours", lang, "Opening hours", HOURS_ANSWER, "civil-affairs", 0.9,
                        true))
                : List.of();
    }

    private static boolean ran(Runnable action) {
        action.run();
        return true;
    }

    private UnansweredQuestions unansweredQuestions() {
        return new UnansweredQuestions() {
            @Override
            public void record(String question, String lang, String conversationId, KnowledgeHit bestGuess,
                    String department) {
                unanswered.add(question);
            }

            @Override
            public List<UnansweredQuestion> recent(int limit) {
                return List.of();
            }

            @Override
            public int forgetAskedBefore(Instant before) {
                return 0;
            }
        };
    }

    private static Departments departments() {
        return new Departments() {
            @Override
            public List<Department> all() {
                return List.of();
            }

            @Override
            public Optional<Department> find(String id) {
                return Optional.of(new Department(id, "Traffic Signals", "교통신호과", null, null));
            }

            @Override
            public void save(Department department) {
            }
        };
    }

    private static Place place(String id, String en, String ko) {
        return new Place(id, "intersection", null, new LocalizedText(en, ko), null, 37.4, 127.2, null, null, null,
                null, null, null, null, null);
    }

    private static ReportCategory signalCategory() {
        return new ReportCategory(SIGNAL, "traffic-signal-fault", "traffic-signals",
                new LocalizedText("Traffic signal fault", "신호등 고장"), new LocalizedText("", ""), List.of(),
                List.of(new SlotSpec(SlotSpec.WHAT, true, new LocalizedText("What is wrong?", "어떤 상태인가요?")),
                        new SlotSpec(SlotSpec.WHERE, true, new LocalizedText("Where is it?", "어디인가요?")),
                        new SlotSpec(SlotSpec.WHEN, false, new LocalizedText("When did you notice it?", "언제?")),
                        new SlotSpec(SlotSpec.CONTACT, false, new LocalizedText("Phone or e-mail?", "연락처?"))));
    }

    /** Each word sets one of 64 dimensions: enough for the classifier to tell the examples apart. */
    private static final class WordHashEmbedder implements TextEmbedder {

        @Override
        public int dimension() {
            return 64;
        }

        @Override
        public float[] embed(String text) {
            float[] vector = new float[64];
            for (String word : text.toLowerCase().split("\\W+")) {
                if (!word.isEmpty()) {
                    vector[Math.floorMod(word.hashCode(), 64)] += 1;
                }
            }
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] = norm == 0 ? 0 : (float) (vector[i] / Math.sqrt(norm));
            }
            return vector;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }
    }
}
