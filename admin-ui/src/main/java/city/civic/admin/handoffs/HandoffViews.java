package city.civic.admin.handoffs;

import city.civic.dialog.Channel;
import city.civic.dialog.Handoff;
import city.civic.dialog.HandoffStatus;
import city.civic.dialog.HandoffSummary;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Hand-offs and transcript lines as the pages show them: times in the city's zone, texts as given (masked). */
@Component
class HandoffViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final Clock clock;

    HandoffViews(@Value("${civic.dialog.time-zone:Asia/Seoul}") ZoneId zone, ObjectProvider<Clock> clock) {
        this.zone = zone;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * For templates: SpEL reads record components and bean-style getters, so derived values are {@code isX()}.
     *
     * @param mine whether the member of staff looking picked it up (and so may write in it)
     * @param waited whole minutes since it was asked for
     */
    record HandoffView(String conversationId, String channel, String status, String since, String sinceIso,
            long waited, String language, String reason, String counsellor, String pickedUpBy, boolean phone,
            boolean mine, HandoffSummary summary) {

        /** The language of the citizen's words in the summary, for {@code lang}. */
        public String getWantsLang() {
            return HandoffViews.language(summary.citizenWants());
        }

        public boolean isWaiting() {
            return HandoffStatus.WAITING.code().equals(status);
        }

        public boolean isActive() {
            return HandoffStatus.ACTIVE.code().equals(status);
        }

        public boolean isClosed() {
            return HandoffStatus.CLOSED.code().equals(status);
        }
    }

    /** @param role {@code citizen}, {@code bot} or {@code agent} */
    record EntryView(int index, String role, String counsellor, String text, String lang, String time, String at) {
    }

    HandoffView of(Handoff handoff, String staff) {
        Instant since = handoff.since();
        return new HandoffView(handoff.conversationId(), handoff.channel().name().toLowerCase(Locale.ROOT),
                handoff.status().code(), DAY_AND_TIME.format(since.atZone(zone)), since.toString(),
                Math.max(0, Duration.between(since, clock.instant()).toMinutes()), handoff.language(),
                handoff.reason(), handoff.counsellor(), handoff.pickedUpBy(), handoff.channel() == Channel.PHONE,
                staff != null && staff.equals(handoff.pickedUpBy()), handoff.summary());
    }

    List<HandoffView> of(List<Handoff> handoffs, String staff) {
        return handoffs.stream().map(h -> of(h, staff)).toList();
    }

    /** The lines from {@code from} on, of a transcript already masked. */
    List<EntryView> entries(Transcript masked, int from) {
        List<Transcript.Entry> messages = masked.messages();
        return IntStream.range(Math.max(0, from), messages.size()).mapToObj(i -> entry(i, messages.get(i))).toList();
    }

    private EntryView entry(int index, Transcript.Entry entry) {
        Reply reply = entry.reply();
        String counsellor = reply == null || reply.agent() == null ? null : reply.agent().name();
        String lang = reply != null && "bot".equals(entry.role()) ? reply.language() : language(entry.text());
        return new EntryView(index, entry.role(), counsellor, entry.text(), lang,
                TIME.format(entry.at().atZone(zone)), entry.at().toString());
    }

    /** Korean when the text has Hangul, English when it has Latin letters, else unsaid. */
    static String language(String text) {
        if (text == null) {
            return null;
        }
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
                return "ko";
            }
            latin |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            i += Character.charCount(cp);
        }
        return latin ? "en" : null;
    }
}
