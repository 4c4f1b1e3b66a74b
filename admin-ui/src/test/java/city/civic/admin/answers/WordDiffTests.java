package city.civic.admin.answers;

import static city.civic.admin.answers.WordDiff.Kind.ADDED;
import static city.civic.admin.answers.WordDiff.Kind.REMOVED;
import static city.civic.admin.answers.WordDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.admin.answers.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void aChangedWordShowsAsItselfNotAsAChangedLine() {
        assertThat(WordDiff.between("The fee is 400 KRW per copy.", "The fee is 500 KRW per copy."))
                .containsExactly(new Part(SAME, "The fee is "), new Part(REMOVED, "400"), new Part(ADDED, "500"),
                        new Part(SAME, " KRW per copy."));
    }

    @Test
    void koreanWordsWithTheirParticlesAreTheUnits() {
        assertThat(WordDiff.between("음식물 쓰레기는 전용 봉투에 담아 버리세요.", "음식물 쓰레기는 수거 용기에 담아 버리세요."))
                .containsExactly(new Part(SAME, "음식물 쓰레기는 "), new Part(REMOVED, "전용 봉투에"),
                        new Part(ADDED, "수거 용기에"), new Part(SAME, " 담아 버리세요."));
    }

    @Test
    void addedAndRemovedSentences() {
        assertThat(WordDiff.between("Open 9 to 6.", "Open 9 to 6. Closed on holidays."))
                .containsExactly(new Part(SAME, "Open 9 to 6."), new Part(ADDED, " Closed on holidays."));
        assertThat(WordDiff.between("Call us. Or write.", "Call us."))
                .containsExactly(new Part(SAME, "Call us."), new Part(REMOVED, " Or write."));
    }

    @Test
    void theSameTextIsOneUnchangedRun() {
        assertThat(WordDiff.between("Same words.", "Same words.")).containsExactly(new Part(SAME, "Same words."));
        assertThat(WordDiff.between("", "New")).containsExactly(new Part(ADDED, "New"));
    }

    @Test
    void opsAreSpelledForTheApi() {
        assertThat(new Part(ADDED, "x").op()).isEqualTo("added");
        assertThat(new Part(REMOVED, "x").op()).isEqualTo("removed");
        assertThat(new Part(SAME, "x").op()).isEqualTo("same");
    }
}
