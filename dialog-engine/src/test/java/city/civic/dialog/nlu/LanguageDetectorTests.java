package city.civic.dialog.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTests {

    final LanguageDetector detector = new LanguageDetector();

    @Test
    void tellsKoreanFromEnglishIncludingMixedScript() {
        assertThat(detector.detect("Where is City Hall?")).hasValue(Language.EN);
        assertThat(detector.detect("시청 어디예요?")).hasValue(Language.KO);
        assertThat(detector.detect("SC-2026-000123 접수 건 확인해 주세요")).hasValue(Language.KO);
    }

    @Test
    void hasNoOpinionOnDigitsOrEmoji() {
        assertThat(detector.detect("🚦🚦")).isEmpty();
        assertThat(detector.detect("010-1234-5678")).isEmpty();
    }
}
