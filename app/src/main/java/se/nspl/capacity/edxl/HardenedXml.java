package se.nspl.capacity.edxl;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import se.nspl.shared.InvalidInputException;

/**
 * Reads an XML document into {@link XmlElement}s with the JDK's SAX parser, hardened against the
 * usual attacks (OWASP XXE cheat sheet): a DOCTYPE is refused outright, so no entity (external or
 * nested, the "billion laughs") and no external DTD is ever resolved; XInclude is off; secure
 * processing keeps the JDK's limits. The caller bounds the size of the input.
 */
final class HardenedXml {

    private static final int MAX_DEPTH = 32;
    private static final int MAX_ELEMENTS = 200_000;

    private HardenedXml() {}

    static XmlElement read(InputStream in) {
        var handler = new TreeBuilder();
        try {
            parser().parse(new InputSource(in), handler);
        } catch (SAXParseException e) {
            String message = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE is not accepted: no DTDs, no entities"
                    : "not well-formed XML: " + e.getMessage();
            throw new InvalidInputException(handler.where(), "line " + e.getLineNumber() + ": " + message);
        } catch (SAXException e) {
            // the limits below, which the parser does not know as errors of the text: their line is the locator's
            throw new InvalidInputException(handler.where(), "line " + handler.line() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("body", "could not be read: " + e.getMessage());
        }
        if (handler.root == null) {
            throw new InvalidInputException("body", "is empty");
        }
        return handler.root;
    }

    private static SAXParser parser() {
        try {
            var factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser refuses its hardening", e);
        }
    }

    /** Builds the tree and keeps the path of the element being read, for errors. */
    private static final class TreeBuilder extends DefaultHandler {

        XmlElement root;
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
        private Locator locator;
        private int elements;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        String where() {
            return open.isEmpty()
                    ? (root == null ? "body" : root.path())
                    : open.peek().path();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (open.size() >= MAX_DEPTH || ++elements > MAX_ELEMENTS) {
                throw new SAXException("the document is nested deeper than " + MAX_DEPTH + " or has more than "
                        + MAX_ELEMENTS + " elements");
            }
            var counts = siblings.isEmpty() ? new HashMap<String, Integer>() : siblings.peek();
            int n = counts.merge(uri + " " + localName, 1, Integer::sum);
            String segment = EdxlHave.NAMESPACE.equals(uri) && REPEATED.contains(localName)
                    ? localName + "[" + n + "]"
                    : localName;
            String path = open.isEmpty() ? segment : open.peek().path() + "/" + segment;
            var attrs = new LinkedHashMap<String, String>();
            for (int i = 0; i < attributes.getLength(); i++) {
                attrs.put("{" + attributes.getURI(i) + "}" + attributes.getLocalName(i), attributes.getValue(i));
            }
            var element = new XmlElement(uri == null ? "" : uri, localName, path, line(), attrs, null, null);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
            siblings.push(new HashMap<>());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
            siblings.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text().append(ch, start, length);
            }
        }
    }

    /** HAVE elements that repeat, numbered in paths. */
    private static final java.util.Set<String> REPEATED = java.util.Set.of("Hospital", "BedCapacity");
}
