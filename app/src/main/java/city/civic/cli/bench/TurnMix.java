package city.civic.cli.bench;

import java.util.List;

/**
 * What the simulated citizens say. {@code faq}: intent and FAQ turns in English and Korean, phrased so
 * that none starts a report form, asks for a human or ends the conversation, so every turn measures
 * classification plus answer retrieval. Citizens never type the same sentence twice, so by default each
 * message gets a distinct number appended: no cache (embedding, analysis) can answer it for free.
 * {@code faq-repeat} sends the texts as they are, to measure the cached path.
 */
record TurnMix(List<String> texts, boolean unique) {

    private static final List<String> FAQ = List.of(
            "How do I get a resident registration certificate?",
            "When is food waste collected?",
            "What are city hall opening hours?",
            "hello",
            "how much is a bulky waste sticker",
            "Which days can I put out recycling?",
            "How can I get a family relation certificate?",
            "thanks",
            "How do I apply for a passport?",
            "Where can I buy general waste bags?",
            "How do I pay my car tax online?",
            "Where do I get a vaccination?",
            "주민등록등본은 어떻게 발급받나요?",
            "음식물 쓰레기 버리는 요일 알려주세요",
            "안녕하세요",
            "시청 운영 시간이 어떻게 되나요?",
            "대형폐기물 스티커는 얼마예요?",
            "감사합니다",
            "여권 발급은 어디서 하나요?",
            "재활용품은 무슨 요일에 내놓나요?");

    static TurnMix named(String name) {
        return switch (name) {
            case "faq" -> new TurnMix(FAQ, true);
            case "faq-repeat" -> new TurnMix(FAQ, false);
            default -> throw new IllegalArgumentException("unknown --mix=" + name + " (known: faq, faq-repeat)");
        };
    }

    /** The message for a conversation's {@code index}-th turn; {@code serial} is unique across the run. */
    String text(int index, long serial) {
        String text = texts.get(index % texts.size());
        return unique ? text + " " + serial : text;
    }

    int size() {
        return texts.size();
    }
}
