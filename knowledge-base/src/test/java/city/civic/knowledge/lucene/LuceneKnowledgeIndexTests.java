package city.civic.knowledge.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.TextEmbedder;
import city.civic.knowledge.embedding.CachedTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real Lucene index with the real all-MiniLM-L6-v2 model and the Nori analyzer. */
class LuceneKnowledgeIndexTests {

    static MiniLmTextEmbedder embedder;
    static LuceneKnowledgeIndex index;

    @BeforeAll
    static void indexAnswers() {
        embedder = new MiniLmTextEmbedder(CachedTextEmbedder.batchThreads(2), 1000);
        index = new LuceneKnowledgeIndex(new ByteBuffersDirectory(), embedder, 0.5, Map.of("en", 0.6, "ko", 0.25));
        index.rebuild(List.of(
                answer("faq.certificate", "en", "How do I get a resident registration certificate?",
                        List.of("Where can I print my resident registration copy?"),
                        "Issue it free at gov.kr or for 400 KRW at any community centre."),
                answer("faq.food-waste", "en", "How do I dispose of food waste?",
                        List.of("Where do food scraps go?"), "Use the RFID bins or the yellow food waste bags."),
                answer("faq.bulky", "en", "How do I throw away a sofa or other bulky waste?",
                        List.of("bulky waste sticker price"), "Apply online for a bulky waste sticker."),
                answer("faq.certificate", "ko", "주민등록등본은 어떻게 발급받나요?",
                        List.of("등본 어디서 뗄 수 있어요?"), "정부24에서 무료로 발급하거나 행정복지센터에서 400원에 발급합니다."),
                answer("faq.food-waste", "ko", "음식물 쓰레기는 어떻게 버리나요?",
                        List.of("음식물 쓰레기 버리는 방법"), "RFID 수거함이나 음식물 전용 봉투를 사용하세요.")),
                "v1");
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void answersAParaphraseConfidently() {
        List<KnowledgeHit> hits = index.search("I need a copy of my resident registration, how can I get one?", "en", 3);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).answerId()).isEqualTo("faq.certificate");
        assertThat(hits.get(0).confident()).isTrue();
        assertThat(hits.get(0).text()).contains("gov.kr");
    }

    @Test
    void doesNotPretendToKnowAnUnrelatedQuestion() {
        List<KnowledgeHit> hits = index.search("Who won the football world cup in 1998?", "en", 3);

        assertThat(hits).allSatisfy(hit -> assertThat(hit.confident()).isFalse());
    }

    @Test
    void findsKoreanThroughNoriMorphology() {
        List<KnowledgeHit> hits = index.search("음식물쓰레기는 어떻게 버려요?", "ko", 3);

        assertThat(hits.get(0).answerId()).isEqualTo("faq.food-waste");
        assertThat(hits.get(0).lang()).isEqualTo("ko");
        assertThat(hits.get(0).confident()).isTrue();
    }

    @Test
    void indexesEachPhrasingAndEachAnswerText() {
        // Five answers with two phrasings each, plus each answer's text (found by its vector).
        assertThat(index.documentCount()).isEqualTo(5 * 2 + 5);
    }

    @Test
    void anIndexWrittenWithAnotherEncoderIsRebuiltNotReused() throws Exception {
        var directory = new ByteBuffersDirectory();
        var answers = List.of(answer("faq.food-waste", "en", "How do I dispose of food waste?", List.of(), "Bins."));
        try (var written = new LuceneKnowledgeIndex(directory, embedder, 0.5, Map.of("en", 0.6))) {
            written.rebuild(answers, "v1");
        }
        TextEmbedder other = new TextEmbedder() {
            public int dimension() {
                return embedder.dimension();
            }

            public float[] embed(String text) {
                return embedder.embed(text);
            }

            public List<float[]> embedAll(List<String> texts) {
                return embedder.embedAll(texts);
            }
        };

        try (var sameEncoder = new LuceneKnowledgeIndex(directory, embedder, 0.5, Map.of("en", 0.6))) {
            assertThat(sameEncoder.fingerprint()).isEqualTo("v1");
        }
        try (var otherEncoder = new LuceneKnowledgeIndex(directory, other, 0.5, Map.of("en", 0.6))) {
            assertThat(otherEncoder.fingerprint()).isEmpty();
        }
    }

    @Test
    void aLanguageWithoutARankerFindsNothing() {
        assertThat(index.search("How do I dispose of food waste?", "fr", 3)).isEmpty();
        assertThat(index.confidenceThreshold("en")).isEqualTo(0.5);
        assertThat(index.confidenceThreshold("fr")).isNaN();
    }

    @Test
    void searchesOnlyTheAskedLanguage() {
        assertThat(index.search("주민등록등본 발급", "en", 5)).allSatisfy(hit -> assertThat(hit.lang()).isEqualTo("en"));
    }

    @Test
    void anUpdateIsSearchableAtOnceAndAnArchivedAnswerDisappears() {
        index.update(answer("faq.library", "en", "When is the city library open?", List.of(),
                "The central library opens 9:00-22:00 on weekdays."), "v2");
        assertThat(index.search("library opening hours", "en", 1).get(0).answerId()).isEqualTo("faq.library");
        assertThat(index.fingerprint()).isEqualTo("v2");

        index.update(new Answer("faq.library", "en", "culture", "culture-sports", "When is the city library open?",
                List.of(), "gone", AnswerStatus.ARCHIVED), "v3");
        assertThat(index.search("library opening hours", "en", 5))
                .noneMatch(hit -> hit.answerId().equals("faq.library"));
    }

    private static Answer answer(String id, String lang, String question, List<String> alternatives, String text) {
        return new Answer(id, lang, "general", "citizen-communication", question, alternatives, text,
                AnswerStatus.PUBLISHED);
    }
}
