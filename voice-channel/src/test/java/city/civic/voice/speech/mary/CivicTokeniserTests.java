package city.civic.voice.speech.mary;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import marytts.LocalMaryInterface;
import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.util.dom.DomUtils;
import marytts.util.dom.MaryDomUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The module alone on hand-made RAWMARYXML, and once inside a running MaryTTS. */
class CivicTokeniserTests {

    private static final String MARYXML = "<maryxml xmlns=\"" + MaryXML.getNamespace() + "\" version=\""
            + MaryXML.getVersion() + "\" xml:lang=\"en-US\">%s</maryxml>";

    final CivicTokeniser english = new CivicTokeniser("en");

    @BeforeAll
    static void quietMaryTts() {
        ((Logger) LoggerFactory.getLogger("marytts")).setLevel(Level.WARN);
    }

    @Test
    void sentencesOfTokensWithPunctuationOnItsOwn() {
        assertThat(structure(tokenised(english, paragraph("Hello, world. How are you? Fine!"))))
                .isEqualTo("p(s(Hello , world .) s(How are you ?) s(Fine !))");
    }

    @Test
    void keepsWhatPreprocessExpandsAsOneToken() {
        assertThat(structure(tokenised(english, paragraph(
                "Dr. Kim calls Mr. Lee at 10:30 a.m. on St. Mary's Road. Pay 3.5 or 1,000 for SC-2026-000123, e.g. online."))))
                .isEqualTo("p(s(Dr. Kim calls Mr. Lee at 10:30 a.m. on St. Mary's Road .)"
                        + " s(Pay 3.5 or 1,000 for SC-2026-000123 , e.g. online .))");
    }

    @Test
    void anAbbreviationBeforeACapitalEndsTheSentence() {
        assertThat(structure(tokenised(english, paragraph("We open at 9 a.m. Come early."))))
                .isEqualTo("p(s(We open at 9 a.m.) s(Come early .))");
    }

    @Test
    void contractionsAndPossessivesStayWhole() {
        assertThat(structure(tokenised(english, paragraph("Don't worry, the city’s crew can’t come."))))
                .isEqualTo("p(s(Don't worry , the city's crew can't come .))");
    }

    @Test
    void paragraphsAtEmptyLinesWhereTheInputHasNone() throws Exception {
        assertThat(structure(tokenised(english, parsed("First one.\n\nSecond one. Third."))))
                .isEqualTo("p(s(First one .)) p(s(Second one .) s(Third .))");
    }

    @Test
    void keepsTheInputsTokensSentencesAndBoundaries() throws Exception {
        Document doc = tokenised(english, parsed("<p><s>Already a sentence</s> Then"
                + " <t ph=\"' E s - ' s i\">SC</t> two. <boundary breakindex=\"5\"/>After a break.</p>"));

        assertThat(structure(doc))
                .isEqualTo("p(s(Already a sentence) s(Then SC two . boundary()) s(After a break .))");
        assertThat(tokens(doc)).filteredOn(t -> MaryDomUtils.tokenText(t).equals("SC"))
                .singleElement().satisfies(t -> assertThat(t.getAttribute("ph")).isEqualTo("' E s - ' s i"));
    }

    @Test
    void aSentenceNeverSpansTwoParagraphs() throws Exception {
        assertThat(structure(tokenised(english, parsed("<p>No full stop</p><p>next paragraph</p>"))))
                .isEqualTo("p(s(No full stop)) p(s(next paragraph))");
    }

    @Test
    void foldsLettersForItsLanguageOnly() {
        assertThat(structure(tokenised(english, paragraph("Café naïve.")))).isEqualTo("p(s(Cafe naive .))");
        assertThat(structure(tokenised(new CivicTokeniser(), paragraph("Café naïve.")))).isEqualTo("p(s(Café naïve .))");
    }

    @Test
    void dropsWhatCannotBeSpokenAndReadsLoneDashesAsPauses() {
        assertThat(structure(tokenised(english, paragraph("Road \u0007– closed \uD83D\uDE00 again... at -5 degrees"))))
                .isEqualTo("p(s(Road , closed again ... at -5 degrees))");
        assertThat(structure(tokenised(english, paragraph("\u0000 \uD83D\uDE00 \u200B")))).isEqualTo("p()");
    }

    @Test
    void insideMaryTtsNumbersTimesIdsAndAbbreviationsAreExpanded() throws Exception {
        LocalMaryInterface mary = new LocalMaryInterface();
        mary.setOutputType(MaryDataType.WORDS.name());

        Document words = mary.generateXML("Dr. Kim has ticket SC-2026-000123 at 10:30 a.m. It's 3.5 km.");

        assertThat(tokens(words).stream().map(MaryDomUtils::tokenText))
                .containsExactly("doctor", "Kim", "has", "ticket", "S", "C", "two", "zero", "two", "six", "zero", "zero",
                        "zero", "one", "two", "three", "at", "ten", "thirty", "a", "m", "It's", "three", "point", "five",
                        "k", "m", ".");
        assertThat(words.getElementsByTagNameNS(MaryXML.getNamespace(), MaryXML.SENTENCE).getLength()).isEqualTo(2);
    }

    /** One paragraph built in memory, as MaryTTS's TextToMaryXML does (XML text cannot carry control characters). */
    private static Document paragraph(String text) {
        Document doc = MaryXML.newDocument();
        MaryXML.appendChildElement(doc.getDocumentElement(), MaryXML.PARAGRAPH).appendChild(doc.createTextNode(text));
        return doc;
    }

    private static Document parsed(String rawMaryXmlBody) throws Exception {
        return DomUtils.parseDocument(MARYXML.formatted(rawMaryXmlBody));
    }

    private static Document tokenised(CivicTokeniser tokeniser, Document rawMaryXml) {
        MaryData input = new MaryData(MaryDataType.RAWMARYXML, Locale.US);
        input.setDocument(rawMaryXml);
        MaryData output = tokeniser.process(input);
        assertThat(output.getType()).isEqualTo(MaryDataType.TOKENS);
        return output.getDocument();
    }

    private static List<Element> tokens(Document doc) {
        NodeList tokens = doc.getElementsByTagNameNS(MaryXML.getNamespace(), MaryXML.TOKEN);
        return IntStream.range(0, tokens.getLength()).mapToObj(i -> (Element) tokens.item(i)).toList();
    }

    /** Tokens by their text, other elements as {@code name(children)}, stray text quoted. */
    private static String structure(Document doc) {
        return structure(doc.getDocumentElement());
    }

    private static String structure(Node parent) {
        StringJoiner parts = new StringJoiner(" ");
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                parts.add(element.getTagName().equals(MaryXML.TOKEN) ? MaryDomUtils.tokenText(element)
                        : element.getTagName() + "(" + structure(element) + ")");
            } else if (!child.getTextContent().isBlank()) {
                parts.add("'" + child.getTextContent().strip() + "'");
            }
        }
        return parts.toString();
    }
}
