package dk.taktstok.io.excel;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams a package part through a SAX handler with POI's hardened parser (no DTDs, no external
 * entities). Element names are matched by local name, so transitional and strict OOXML, with or
 * without namespace prefixes, read alike.
 */
final class SaxParts {

    /** Reports errors by throwing, as the caller maps them to plain words; prints nothing. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SaxParts() {
    }

    static void parse(PackagePart part, DefaultHandler handler) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            parse(in, handler);
        }
    }

    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException("no XML parser", e);
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(QUIET); // POI's default handler logs to the console
        reader.parse(new InputSource(in));
    }

    /** The element's name without prefix. */
    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** An attribute by local name, whatever its namespace ({@code r:id} in either OOXML flavour). */
    static String attribute(Attributes attributes, String name) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (name.equals(local(attributes.getLocalName(i), attributes.getQName(i)))) {
                return attributes.getValue(i);
            }
        }
        return null;
    }
}
