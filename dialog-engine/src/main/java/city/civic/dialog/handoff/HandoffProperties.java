package city.civic.dialog.handoff;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When counsellors answer chats, and where a hand-off outside those hours goes instead.
 *
 * @param hours when counsellors answer, in the city's time zone ({@code civic.dialog.time-zone}): entries such
 *     as {@code MON-FRI 09:00-18:00} or {@code SAT 09:00-13:00}; {@code always} (the default) or {@code none}
 * @param holidays dates on which nobody answers, whatever the day of the week
 * @param callbackServiceCode the ticket category of a callback request filed outside hours
 * @param callbackDepartment the department that owns callback requests
 */
@Validated
@ConfigurationProperties("civic.handoff")
public record HandoffProperties(
        @DefaultValue("always") List<String> hours,
        @DefaultValue List<LocalDate> holidays,
        @NotBlank @DefaultValue("counsellor-callback") String callbackServiceCode,
        @NotBlank @DefaultValue("citizen-communication") String callbackDepartment) {
}
