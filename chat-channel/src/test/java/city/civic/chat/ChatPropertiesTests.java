package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Utterance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** The chat's message limit defaults to the engine's and may be lower, never higher. */
class ChatPropertiesTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withConfiguration(UserConfigurations.of(ChatConfiguration.class));

    @Test
    void theDefaultIsTheEnginesLimit() {
        runner.run(context -> assertThat(context.getBean(ChatProperties.class).maxMessageLength())
                .isEqualTo(Utterance.MAX_TEXT_LENGTH));
    }

    @Test
    void aLowerLimitIsTakenAndAHigherOneFailsAtStartUp() {
        runner.withPropertyValues("civic.chat.max-message-length=500")
                .run(context -> assertThat(context.getBean(ChatProperties.class).maxMessageLength()).isEqualTo(500));
        runner.withPropertyValues("civic.chat.max-message-length=" + (Utterance.MAX_TEXT_LENGTH + 1))
                .run(context -> assertThat(context).hasFailed());
    }
}
