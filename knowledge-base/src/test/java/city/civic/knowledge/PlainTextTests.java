package city.civic.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void tagsAreRemovedAndTheirTextKept() {
        assertThat(PlainText.of("Bring <b>your ID</b> to <a href=\"https://gov.kr\">Government24</a>."))
                .isEqualTo("Bring your ID to Government24.");
    }

    @Test
    void scriptsGoWhole() {
        assertThat(PlainText.of("Hello<script>alert(1)</script> there<style>p{}</style>")).isEqualTo("Hello there");
    }

    @Test
    void escapedMarkupCannotComeBackAsATag() {
        assertThat(PlainText.of("&lt;script&gt;alert(1)&lt;/script&gt;ok")).isEqualTo("ok");
        assertThat(PlainText.of("&amp;lt;img src=x onerror=alert(1)&amp;gt;ok")).isEqualTo("ok");
    }

    @Test
    void plainTextIsLeftAsItWas() {
        String text = "Fees: 400 KRW < 1,000 KRW & free online (gov.kr).\nCall 031-760-2230 \"any time\".";
        assertThat(PlainText.of(text)).isEqualTo(text);
        assertThat(PlainText.of("음식물 쓰레기는 전용 봉투에 담아 버리세요.")).isEqualTo("음식물 쓰레기는 전용 봉투에 담아 버리세요.");
    }

    @Test
    void controlCharactersGoAndLinesAreTrimmed() {
        assertThat(PlainText.of("  a\u0000b\u202Ec\r\nd\tz  ")).isEqualTo("abc\nd z");
        assertThat(PlainText.line(" one\n two  three ")).isEqualTo("one two three");
        assertThat(PlainText.of(null)).isEmpty();
    }
}
