package city.civic.dialog.engine;

import city.civic.dialog.Language;
import city.civic.dialog.Places;
import city.civic.tickets.Tickets;
import city.civic.dialog.config.DialogProperties;
import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.Place;
import city.civic.dialog.handoff.Counsellors;
import city.civic.dialog.nlu.EntityExtractor;
import city.civic.dialog.nlu.Gazetteer;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.IntentExample;
import city.civic.dialog.nlu.LanguageDetector;
import city.civic.dialog.nlu.LiveIntentClassifier;
import city.civic.integrations.CctvIncidents;
import city.civic.integrations.SignalStatus;
import city.civic.integrations.TrafficInfo;
import city.civic.knowledge.Departments;
import city.civic.knowledge.KnowledgeSearch;
import city.civic.knowledge.TextEmbedder;
import city.civic.knowledge.UnansweredQuestions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Builds the engine from the city's content: trains the intent model, loads the gazetteer. */
public final class DialogEngineFactory {

    private static final Logger log = LoggerFactory.getLogger(DialogEngineFactory.class);

    private final DialogEngine engine;
    private final CounsellorDesk desk;
    private final Gazetteer gazetteer;
    private final LiveIntentClassifier intents;

    public DialogEngineFactory(CityContent content, TextEmbedder embedder, KnowledgeSearch knowledge,
            UnansweredQuestions unanswered, Departments departments, Tickets tickets, TrafficInfo traffic,
            SignalStatus signals, CctvIncidents cctv,
            JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, ApplicationEventPublisher events,
            Clock clock, MeterRegistry meters, DialogProperties properties, Counsellors counsellors) {
        long started = System.nanoTime();
        var examples = new ArrayList<IntentExample>();
        for (Language language : Language.values()) {
            examples.addAll(content.intentExamples(language.code()));
        }
        IntentClassifier classifier = IntentClassifier.train(examples, embedder, properties.intentThreshold());
        this.intents = new LiveIntentClassifier(classifier);
        List<Place> places = content.places();
        this.gazetteer = new Gazetteer(places);
        Clock cityClock = clock.withZone(properties.timeZone());
        var nlu = new Nlu(new LanguageDetector(), intents, gazetteer, new EntityExtractor(gazetteer, cityClock));
        var responses = new Responses();
        var store = new ConversationStore(jdbc, transactions, json, clock, properties.conversationTimeToLive());
        var reports = new ReportFlow(content.categories(), places, responses, new ReportFiling(tickets, departments,
                responses, new ReportEnrichment(Optional.ofNullable(signals), Optional.ofNullable(cctv),
                        responses, properties.timeZone()), events));
        var summaries = new HandoffSummaries(store, reports);
        var handoffs = new HandoffRequests(counsellors, summaries, new CallbackRequests(counsellors, tickets,
                summaries, responses, events, clock, properties.cityPhone()), responses, events, clock,
                properties.cityPhone());
        var policy = new DialogPolicy(reports,
                new Answering(knowledge, unanswered, departments, responses, properties.cityPhone()),
                new TrafficAnswers(Optional.ofNullable(traffic), places, responses, properties.timeZone(), clock),
                tickets, responses, handoffs, properties.timeZone());
        var locks = new ConversationLocks();
        this.desk = new CounsellorDesk(store, locks, counsellors.queue(), responses, nlu.languages(), transactions,
                events, clock, properties.cityPhone());
        this.engine = new DialogEngine(store, policy, nlu, clock, new DialogMetrics(meters), locks, desk);
        log.info("dialog.ready examples={} intents={} places={} ms={}", examples.size(), classifier.intents().size(),
                places.size(), (System.nanoTime() - started) / 1_000_000);
    }

    public DialogEngine engine() {
        return engine;
    }

    /** The counsellors' side of hand-offs. */
    public CounsellorDesk desk() {
        return desk;
    }

    /** The classifier officials' retraining swaps (see {@link city.civic.dialog.IntentTraining}). */
    public LiveIntentClassifier intents() {
        return intents;
    }

    public Places places() {
        return gazetteer::suggest;
    }
}
