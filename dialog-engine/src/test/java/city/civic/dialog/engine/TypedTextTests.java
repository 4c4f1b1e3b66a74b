package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.HandoffException;
import org.junit.jupiter.api.Test;

class TypedTextTests {

    @Test
    void aNameIsOneLineWithoutControlOrFormatCharacters() {
        assertThat(TypedText.name("  Mina\n  Kim\t ")).isEqualTo("Mina Kim");
        assertThat(TypedText.name("\u202Enim\u202C Mina")).as("no bidi override").isEqualTo("nim Mina");
        assertThat(TypedText.name("김민아")).isEqualTo("김민아");
    }

    @Test
    void aNameMustBeGivenAndShort() {
        assertThatThrownBy(() -> TypedText.name(" \u0007 ")).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).code()).isEqualTo("name.missing");
        assertThatThrownBy(() -> TypedText.name("M".repeat(41))).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).code()).isEqualTo("name.too_long");
        assertThat(TypedText.name("M".repeat(40))).hasSize(40);
    }

    @Test
    void aMessageKeepsItsLinesAndLosesControlCharacters() {
        assertThat(TypedText.message(" Hello\r\nWhich pole?\u0000 ")).isEqualTo("Hello\nWhich pole?");
        assertThatThrownBy(() -> TypedText.message(null)).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).code()).isEqualTo("message.missing");
        assertThatThrownBy(() -> TypedText.message("x".repeat(2001))).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).code()).isEqualTo("message.too_long");
    }
}
