package dev.hanzi.publisher.style;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The theme ({@code xsl/common/theme.xml}) as the Java side reads it: the stylesheets read the
 * same file for the PDF and the EPUB's CSS; the EPUB's cover image takes its colours and fonts
 * from here, so each is written once.
 */
public final class Theme {
    /** Where the theme travels: beside the stylesheets, on the class path. */
    public static final String RESOURCE = "xsl/common/theme.xml";

    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private Theme(Document document) {
        this.document = document;
    }

    public static Theme read(Installation installation) throws PublishException {
        try (InputStream in = new java.net.URL(installation.resource(RESOURCE)).openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Theme(factory.newDocumentBuilder().parse(in));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new PublishException(Code.EPB_THEME, Location.NOWHERE, Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }

    /** A colour's screen value, as the theme writes it ({@code #7a1f1f}). */
    public String screenColour(String name) throws PublishException {
        return value("/theme/colours/colour[@name='" + name + "']/@screen", "colour " + name);
    }

    /** The file of the sans face in bold, in the fonts folder. */
    public String sansBoldFile() throws PublishException {
        return value("/theme/fonts/font[@role='sans']/@bold-file", "the bold sans font");
    }

    /** The file of the sans face in regular weight, in the fonts folder. */
    public String sansRegularFile() throws PublishException {
        return value("/theme/fonts/font[@role='sans']/@regular-file", "the regular sans font");
    }

    /**
     * Where the ink of each full-width mark lies in the face the theme measured (its family,
     * then each mark's left and right edge in em from the glyph's origin).
     */
    public record PunctuationInk(String family, Map<Character, double[]> marks) {
    }

    public PunctuationInk punctuationInk() throws PublishException {
        try {
            String family = value("/theme/fonts/punctuation-ink/@family", "punctuation-ink");
            NodeList nodes = (NodeList) xpath.evaluate("/theme/fonts/punctuation-ink/mark", document,
                    XPathConstants.NODESET);
            Map<Character, double[]> marks = new HashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element mark = (Element) nodes.item(i);
                marks.put(mark.getAttribute("char").charAt(0), new double[] {
                        Double.parseDouble(mark.getAttribute("left")), Double.parseDouble(mark.getAttribute("right"))});
            }
            return new PunctuationInk(family, Map.copyOf(marks));
        } catch (XPathExpressionException | NumberFormatException | IndexOutOfBoundsException e) {
            throw new PublishException(Code.EPB_THEME, Location.NOWHERE, Map.of("reason", "punctuation-ink: " + e.getMessage()), e);
        }
    }

    private String value(String expression, String what) throws PublishException {
        try {
            String value = xpath.evaluate(expression, document);
            if (value.isEmpty()) {
                throw new PublishException(Code.EPB_THEME, Location.NOWHERE, Map.of("reason", "no " + what));
            }
            return value;
        } catch (XPathExpressionException e) {
            throw new PublishException(Code.EPB_THEME, Location.NOWHERE, Map.of("reason", e.getMessage()), e);
        }
    }
}
