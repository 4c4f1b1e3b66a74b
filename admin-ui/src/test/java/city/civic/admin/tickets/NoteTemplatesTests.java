package city.civic.admin.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.Language;
import city.civic.tickets.TicketStatus;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The notes citizens hear: built-in templates for every status in both languages, configurable, filled in. */
class NoteTemplatesTests {

    final NoteTemplates builtIn = NoteTemplates.load(Map.of());

    @Test
    void everyStatusHasADefaultTemplateInEnglishAndKorean() {
        Arrays.stream(TicketStatus.values()).forEach(status -> assertThat(builtIn.defaultFor(status))
                .as(status.code()).hasValueSatisfying(template -> {
                    assertThat(template.key()).isEqualTo(status.code() + ".default");
                    assertThat(template.in(Language.EN)).isNotBlank();
                    assertThat(template.in(Language.KO)).isNotBlank().isNotEqualTo(template.in(Language.EN));
                }));
    }

    @Test
    void configuredTemplatesAreAddedAndReplaceBuiltInOnesOfTheSameName() {
        NoteTemplates templates = NoteTemplates.load(Map.of(
                "night_crew", new ConsoleProperties.NoteTemplateText(TicketStatus.IN_PROGRESS, "The night crew is on it.",
                        "야간 작업반이 처리 중입니다."),
                "default", new ConsoleProperties.NoteTemplateText(TicketStatus.RESOLVED, "Fixed.", null)));

        assertThat(templates.find("in_progress.night_crew")).hasValueSatisfying(
                t -> assertThat(t.in(Language.KO)).isEqualTo("야간 작업반이 처리 중입니다."));
        assertThat(templates.defaultFor(TicketStatus.RESOLVED)).hasValueSatisfying(t -> {
            assertThat(t.in(Language.EN)).isEqualTo("Fixed.");
            assertThat(t.in(Language.KO)).as("falls back to English").isEqualTo("Fixed.");
        });
        assertThat(templates.forStatus(TicketStatus.IN_PROGRESS).get(0).key()).isEqualTo("in_progress.default");
    }

    @Test
    void aConfiguredTemplateNeedsAStatusAndEnglishText() {
        assertThatThrownBy(() -> NoteTemplates.load(Map.of("broken",
                new ConsoleProperties.NoteTemplateText(null, "Text", null)))).hasMessageContaining("broken");
    }

    @Test
    void placeholdersAreFilledAndOtherBracesKept() {
        assertThat(NoteTemplates.fill("Passed to the {department} ({ticket}), see {duplicateOf} {other}",
                Map.of("department", "Road Management Division", "ticket", "SC-2026-000001", "duplicateOf", "")))
                .isEqualTo("Passed to the Road Management Division (SC-2026-000001), see  {other}");
    }
}
