package city.civic.admin.answers;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.admin.answers.LinkedText.Part;
import org.junit.jupiter.api.Test;

class LinkedTextTests {

    @Test
    void webAddressesBecomeLinksWithoutTheSentencesPunctuation() {
        assertThat(LinkedText.of("Apply at https://www.gov.kr/portal. Or visit www.example.go.kr, today."))
                .containsExactly(new Part("Apply at ", null),
                        new Part("https://www.gov.kr/portal", "https://www.gov.kr/portal"),
                        new Part(". Or visit ", null),
                        new Part("www.example.go.kr", "https://www.example.go.kr"),
                        new Part(", today.", null));
    }

    @Test
    void onlyWebAddressesAreLinked() {
        assertThat(LinkedText.of("javascript:alert(1) and data:text/html,x"))
                .containsExactly(new Part("javascript:alert(1) and data:text/html,x", null));
        assertThat(LinkedText.of("Plain (gov.kr) text")).extracting(Part::isLink).containsExactly(false);
    }

    @Test
    void aLinkStopsAtMarkupCharacters() {
        assertThat(LinkedText.of("see https://a.example/x\"onmouseover=alert(1) now"))
                .element(1).isEqualTo(new Part("https://a.example/x", "https://a.example/x"));
    }
}
