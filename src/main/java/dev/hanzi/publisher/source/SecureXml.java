package dev.hanzi.publisher.source;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one way this program parses a book's XML. DOCTYPE declarations are refused outright, so no
 * DTD is fetched, no external entity reaches the output and no entity expansion bomb can go off;
 * XInclude is done by {@link XIncludeHandler}, which keeps includes inside the book's folder.
 */
final class SecureXml {
    private SecureXml() {
    }

    static XMLReader newReader() {
        return newReader(false);
    }

    /**
     * A reader that lets a DOCTYPE through without loading anything it names (an SVG from a
     * drawing program names SVG 1.1's DTD); entity declarations are reported to the caller's
     * DeclHandler, which refuses them.
     */
    static XMLReader newReaderAllowingDoctype() {
        return newReader(true);
    }

    private static XMLReader newReader(boolean doctypeAllowed) {
        try {
            // The JDK's own parser, not whichever SAX implementation happens to be on the class path.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctypeAllowed);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            // Nothing a DOCTYPE names is ever opened: not the DTD, not an external entity.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }
}
