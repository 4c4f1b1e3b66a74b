package city.civic.voice.speech.mary;

import city.civic.voice.speech.mary.SpokenText.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.modules.InternalModule;
import marytts.util.MaryUtils;
import marytts.util.dom.DomUtils;
import marytts.util.dom.MaryDomUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;

/**
 * MaryTTS module RAWMARYXML → TOKENS in place of MaryTTS's {@code JTokeniser}, whose JTok library is
 * not on Maven Central. Named in {@code marytts/config/marybase.config} (any locale) and
 * {@code marytts/language/en/en.config} (English), which shadow MaryTTS's own copies on the class path.
 *
 * <p>It leaves what the rest of the pipeline (Preprocess, POS tagger, phonemiser, prosody) reads: every
 * text outside a {@code <t>} becomes {@code <t>} elements (split by {@link SpokenText}), each sentence
 * is enclosed in an {@code <s>} (with a {@code <boundary>} right before or after it) and sentences
 * outside any paragraph in a {@code <p>}, split at empty lines. Tokens, sentences and paragraphs that
 * the input already marks up are kept. A sentence never spans two paragraphs or two existing
 * {@code <s>}. For a language-specific instance, letters are folded the way MaryTTS folds them for
 * that language (accents to ASCII for English).
 */
public final class CivicTokeniser extends InternalModule {

    /** Any language. */
    public CivicTokeniser() {
        super("CivicTokeniser", MaryDataType.RAWMARYXML, MaryDataType.TOKENS, null);
    }

    /** @param language ISO 639 code, as MaryTTS config files pass it: {@code CivicTokeniser(en)} */
    public CivicTokeniser(String language) {
        super("CivicTokeniser", MaryDataType.RAWMARYXML, MaryDataType.TOKENS, new Locale(language));
    }

    @Override
    public MaryData process(MaryData input) {
        Document doc = input.getDocument();
        List<Token> tokens = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        for (Text text : textNodes(doc)) {
            Element existing = (Element) MaryDomUtils.getAncestor(text, MaryXML.TOKEN);
            if (existing == null) {
                replaceWithTokens(text, tokens, elements);
            } else if (!elements.contains(existing)) {
                String tokenText = MaryDomUtils.tokenText(existing);
                tokens.add(new Token(tokenText, 0, tokenText.length(), true, false));
                elements.add(existing);
            }
        }
        encloseSentences(tokens, elements);
        encloseParagraphs(tokens, elements);
        MaryData result = new MaryData(getOutputType(), input.getLocale());
        result.setDocument(doc);
        return result;
    }

    private static List<Text> textNodes(Document doc) {
        List<Text> texts = new ArrayList<>();
        NodeIterator it = ((DocumentTraversal) doc).createNodeIterator(doc, NodeFilter.SHOW_TEXT, null, false);
        for (Node node = it.nextNode(); node != null; node = it.nextNode()) {
            Text text = (Text) node;
            if (!text.getData().isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private void replaceWithTokens(Text text, List<Token> tokens, List<Element> elements) {
        Document doc = text.getOwnerDocument();
        for (Token token : SpokenText.tokens(text.getData())) {
            Element t = MaryXML.createElement(doc, MaryXML.TOKEN);
            MaryDomUtils.setTokenText(t, getLocale() == null ? token.text()
                    : MaryUtils.normaliseUnicodeLetters(token.text(), getLocale()));
            text.getParentNode().insertBefore(t, text);
            tokens.add(token);
            elements.add(t);
        }
        text.getParentNode().removeChild(text);
    }

    /** Encloses each sentence in an {@code <s>}, unless it is in one already. */
    private static void encloseSentences(List<Token> tokens, List<Element> elements) {
        BitSet ends = SpokenText.sentenceEnds(tokens);
        int first = 0;
        for (int i = 0; i < elements.size(); i++) {
            boolean last = i + 1 == elements.size();
            if (ends.get(i) || last || !sameContainers(elements.get(i), elements.get(i + 1))) {
                Element from = elements.get(first);
                if (!MaryDomUtils.hasAncestor(from, MaryXML.SENTENCE)) {
                    DomUtils.encloseNodesWithNewElement(withBoundaryBefore(from), withBoundaryAfter(elements.get(i)),
                            MaryXML.SENTENCE);
                }
                first = i + 1;
            }
        }
    }

    /** Encloses the sentences between empty lines in a {@code <p>} where they are in none. */
    private static void encloseParagraphs(List<Token> tokens, List<Element> elements) {
        int first = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (i + 1 == elements.size() || tokens.get(i + 1).paragraphStart()) {
                Element from = elements.get(first);
                Element to = elements.get(i);
                if (!MaryDomUtils.hasAncestor(from, MaryXML.PARAGRAPH) && !MaryDomUtils.hasAncestor(to, MaryXML.PARAGRAPH)) {
                    DomUtils.encloseNodesWithNewElement(sentenceOf(from), sentenceOf(to), MaryXML.PARAGRAPH);
                }
                first = i + 1;
            }
        }
    }

    private static boolean sameContainers(Element token, Element next) {
        return Objects.equals(MaryDomUtils.getAncestor(token, MaryXML.SENTENCE), MaryDomUtils.getAncestor(next, MaryXML.SENTENCE))
                && Objects.equals(MaryDomUtils.getAncestor(token, MaryXML.PARAGRAPH),
                        MaryDomUtils.getAncestor(next, MaryXML.PARAGRAPH));
    }

    private static Node sentenceOf(Element token) {
        Node sentence = MaryDomUtils.getAncestor(token, MaryXML.SENTENCE);
        return sentence != null ? sentence : token;
    }

    private static Element withBoundaryBefore(Element token) {
        Element previous = DomUtils.getPreviousSiblingElement(token);
        return previous != null && previous.getTagName().equals(MaryXML.BOUNDARY) ? previous : token;
    }

    private static Element withBoundaryAfter(Element token) {
        Element next = DomUtils.getNextSiblingElement(token);
        return next != null && next.getTagName().equals(MaryXML.BOUNDARY) ? next : token;
    }
}
