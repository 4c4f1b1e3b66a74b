package city.civic.knowledge.store;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerChange;
import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.AnswerTransitionException;
import city.civic.knowledge.AnswerVersion;
import city.civic.knowledge.Answers;
import city.civic.knowledge.CuratedAnswer;
import city.civic.knowledge.PlainText;
import city.civic.knowledge.StaleAnswerVersionException;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers and their versions in the database. Every save and status change is a row of
 * {@code answer_version}; {@code answer} holds what citizens get. Publishing copies the newest version
 * there and announces {@link AnswerPublished}, which re-indexes (and re-voices) without a restart;
 * archiving takes it out of service the same way.
 */
public class JdbcAnswers implements Answers, AnswerCuration {

    /** Who the workflow methods without a person ({@link Answers}) act as. */
    static final String PLATFORM = "platform";
    static final String CITY_PACK = "city-pack";

    private final LiveAnswerRows live;
    private final AnswerVersionRows versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public JdbcAnswers(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.live = new LiveAnswerRows(jdbc);
        this.versions = new AnswerVersionRows(jdbc);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Answer> all() {
        return live.all();
    }

    public List<Answer> published() {
        return live.published();
    }

    @Override
    public Optional<Answer> find(String id, String lang) {
        return live.find(id, lang);
    }

    @Override
    public Answer saveDraft(Answer answer) {
        return save(answer, ANY_VERSION, PLATFORM).answer();
    }

    @Override
    public Answer submitForReview(String id, String lang) {
        return move(id, lang, AnswerStatus.REVIEW, ANY_VERSION, PLATFORM).answer();
    }

    @Override
    public Answer publish(String id, String lang) {
        return move(id, lang, AnswerStatus.PUBLISHED, ANY_VERSION, PLATFORM).answer();
    }

    @Override
    public Answer archive(String id, String lang) {
        return move(id, lang, AnswerStatus.ARCHIVED, ANY_VERSION, PLATFORM).answer();
    }

    /** The index is rebuilt from the changed fingerprint at start-up, so no event. */
    @Override
    @Transactional
    public void importPublished(Answer answer) {
        Answer published = plain(answer).withStatus(AnswerStatus.PUBLISHED);
        AnswerVersion imported = next(published, versions.head(answer.id(), answer.lang()), AnswerChange.IMPORTED,
                CITY_PACK, ANY_VERSION);
        live.publish(published, imported.version());
    }

    @Override
    public List<CuratedAnswer> curated() {
        return versions.heads();
    }

    @Override
    public List<CuratedAnswer> curated(String id) {
        return versions.heads(id);
    }

    @Override
    public Optional<CuratedAnswer> curated(String id, String lang) {
        return versions.head(id, lang);
    }

    @Override
    public List<AnswerVersion> history(String id, String lang) {
        return versions.history(id, lang);
    }

    @Override
    public Optional<AnswerVersion> version(String id, String lang, int version) {
        return versions.version(id, lang, version);
    }

    @Override
    @Transactional
    public AnswerVersion save(Answer content, int basedOn, String author) {
        Answer draft = plain(content).withStatus(AnswerStatus.DRAFT);
        Optional<CuratedAnswer> head = versions.head(content.id(), content.lang());
        checkBasedOn(draft.id(), draft.lang(), head, basedOn);
        if (head.isPresent() && head.get().answer().sameContentAs(draft)) {
            return head.get().head();
        }
        return next(draft, head, head.isPresent() ? AnswerChange.EDITED : AnswerChange.CREATED, author, basedOn);
    }

    @Override
    @Transactional
    public AnswerVersion move(String id, String lang, AnswerStatus to, int basedOn, String author) {
        Optional<CuratedAnswer> head = versions.head(id, lang);
        Answer current = head.orElseThrow(() -> new NoSuchElementException("no answer " + id + " in " + lang))
                .answer();
        checkBasedOn(id, lang, head, basedOn);
        if (!current.status().canMoveTo(to)) {
            throw new AnswerTransitionException(id, lang, current.status(), to);
        }
        AnswerVersion moved = next(current.withStatus(to), head, AnswerChange.STATUS, author, basedOn);
        if (to == AnswerStatus.PUBLISHED) {
            live.publish(moved.answer(), moved.version());
            events.publishEvent(new AnswerPublished(id, lang));
        } else if (to == AnswerStatus.ARCHIVED && live.archive(id, lang)) {
            events.publishEvent(new AnswerPublished(id, lang));
        }
        return moved;
    }

    /** Every answer's live state, read in one query: compare two readings to find what changed between them. */
    public List<LiveState> liveStates() {
        return live.states();
    }

    /** One answer's live state; {@code state} differs after each publish or archive of it. */
    public record LiveState(String id, String lang, String state) {
    }

    /** Changes whenever the published content changes, so a stale index can be detected at start-up. */
    public String fingerprint() {
        return live.fingerprint();
    }

    private AnswerVersion next(Answer answer, Optional<CuratedAnswer> head, AnswerChange change, String author,
            int basedOn) {
        var version = new AnswerVersion(answer, head.map(h -> h.version() + 1).orElse(1), change, author,
                clock.instant());
        try {
            versions.insert(version);
        } catch (DuplicateKeyException e) {
            throw new StaleAnswerVersionException(answer.id(), answer.lang(), basedOn);
        }
        return version;
    }

    private static void checkBasedOn(String id, String lang, Optional<CuratedAnswer> head, int basedOn) {
        int current = head.map(CuratedAnswer::version).orElse(NEW);
        if (basedOn != ANY_VERSION && basedOn != current) {
            throw new StaleAnswerVersionException(id, lang, basedOn);
        }
    }

    /** Plain text only, whoever stores it: see {@link PlainText}. */
    private static Answer plain(Answer a) {
        List<String> variants = a.alternatives().stream().map(PlainText::line).filter(v -> !v.isEmpty()).toList();
        return new Answer(a.id(), a.lang(), a.topic().strip(), a.department().strip(), PlainText.line(a.question()),
                variants, PlainText.of(a.text()), a.status());
    }
}
