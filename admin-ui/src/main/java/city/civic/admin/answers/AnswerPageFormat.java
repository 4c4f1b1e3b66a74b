package city.civic.admin.answers;

import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.CuratedAnswer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Small formatting for the answers templates (Thymeleaf may not call static methods): times in the city's
 * zone, statuses as the API spells them, linked text.
 */
public record AnswerPageFormat(ZoneId zone) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    public String status(CuratedAnswer answer) {
        return WireStatus.of(answer.answer().status());
    }

    public String status(AnswerStatus status) {
        return WireStatus.of(status);
    }

    public List<LinkedText.Part> linked(String text) {
        return LinkedText.of(text);
    }
}
