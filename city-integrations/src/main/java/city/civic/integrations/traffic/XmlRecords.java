package city.civic.integrations.traffic;

import city.civic.integrations.traffic.FeedException.Kind;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The flat XML the Korean feeds publish: a header of codes and repeated records of text fields. */
public final class XmlRecords {

    private final Document document;

    private XmlRecords(Document document) {
        this.document = document;
    }

    /** Parses without DTDs or external entities: the body comes from outside. */
    public static XmlRecords parse(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throw on fatal errors, print nothing
            return new XmlRecords(builder.parse(new InputSource(new StringReader(xml))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new FeedException(Kind.MALFORMED, "unreadable XML: " + e.getMessage(), e);
        }
    }

    public String rootName() {
        return document.getDocumentElement().getNodeName();
    }

    /** The trimmed text of the first element with this name anywhere, or null. */
    public String first(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    /** Each element with this name as a map of its child elements' texts. */
    public List<Map<String, String>> records(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Map<String, String>> records = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Node child = nodes.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    fields.put(element.getNodeName(), element.getTextContent().strip());
                }
            }
            records.add(fields);
        }
        return records;
    }
}
