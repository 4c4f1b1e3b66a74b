package city.civic.voice.callbot;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the callbot takes turns ({@code civic.voice.callbot}).
 *
 * @param queue the human queue callers are transferred to (the dialplan's {@code Queue(${CIVIC_QUEUE})})
 * @param noInputTimeout silence after a prompt before the caller is reprompted
 * @param patientNoInputTimeout the same when the prompt asks for a place or a number
 * @param endOfSpeechSilence the pause that ends the caller's turn
 * @param patientEndOfSpeechSilence the pause that ends it when a place or a number is awaited (people
 *     stop to think in the middle of an address or a phone number)
 * @param maxUtterance a turn longer than this is taken as it is
 * @param bargeInProtection how long after the bot starts talking the caller cannot interrupt it (the
 *     line's echo of our own first syllable)
 * @param bargeInSpeech how much speech over the bot interrupts it (with a recognized word; twice as
 *     much without one)
 * @param minConfidence a transcript below this is asked again rather than acted on
 * @param keyTimeout the pause that ends a keyed number
 * @param speechFloorDbfs frames quieter than this are never speech
 * @param speechMarginDb how far above the line's noise speech must be
 */
@Validated
@ConfigurationProperties("civic.voice.callbot")
public record CallbotProperties(
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") @DefaultValue("counsellors") String queue,
        @DefaultValue("6s") Duration noInputTimeout,
        @DefaultValue("10s") Duration patientNoInputTimeout,
        @DefaultValue("500ms") Duration endOfSpeechSilence,
        @DefaultValue("1300ms") Duration patientEndOfSpeechSilence,
        @DefaultValue("15s") Duration maxUtterance,
        @DefaultValue("300ms") Duration bargeInProtection,
        @DefaultValue("200ms") Duration bargeInSpeech,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.35") double minConfidence,
        @DefaultValue("3s") Duration keyTimeout,
        @DefaultValue("-45") double speechFloorDbfs,
        @DefaultValue("12") double speechMarginDb) {
}
