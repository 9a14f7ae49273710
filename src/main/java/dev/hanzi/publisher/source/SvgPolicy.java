package dev.hanzi.publisher.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * An SVG image as our own parser reads it before FOP and Batik see it. Batik resolves what an
 * SVG refers to by itself, with a security that FOP relaxes, so nothing may be left for it to
 * fetch: an SVG may refer only to itself ({@code #id}, {@code url(#gradient)}) and to
 * {@code data:} images, which are checked by the same rules (an SVG inside one included). A
 * DOCTYPE is read without loading what it names; an SVG that declares entities is refused.
 */
public final class SvgPolicy {
    /** {@code url(…)} in a presentation attribute, a style attribute or a style sheet. */
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String SVG = "http://www.w3.org/2000/svg";
    /** How deep data: images may nest inside each other. */
    private static final int MAX_NESTING = 4;

    private SvgPolicy() {
    }

    /**
     * What an SVG holds that matters: what it refers to outside itself, each as it is written
     * (empty when it is self-contained), and the raster images embedded as data: URLs, whose
     * size the checks limit as that of any image.
     */
    public record Findings(List<String> externalReferences, List<byte[]> rasterImages) {
    }

    /**
     * Reads an SVG: an SVG that declares entities is an {@link EntityDeclaredException}, one that
     * is not well-formed a SAXParseException.
     */
    public static Findings read(byte[] svg) throws IOException, SAXException {
        Findings findings = new Findings(new ArrayList<>(), new ArrayList<>());
        scan(svg, findings, 0);
        return new Findings(List.copyOf(findings.externalReferences()), List.copyOf(findings.rasterImages()));
    }

    /**
     * The SVG as FOP may read it: without its DOCTYPE, which Batik's parser would otherwise
     * follow to the DTD it names. {@link #read} has refused entity declarations, so nothing the
     * DOCTYPE declared is lost.
     */
    public static byte[] withoutDoctype(byte[] svg) {
        String text = new String(svg, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("<!DOCTYPE");
        if (start < 0) {
            return svg;
        }
        int end = start;
        int brackets = 0;
        char quote = 0;
        for (; end < text.length(); end++) {
            char c = text.charAt(end);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '>' && brackets == 0) {
                break;
            }
        }
        byte[] without = new byte[svg.length - (end + 1 - start)];
        System.arraycopy(svg, 0, without, 0, start);
        System.arraycopy(svg, end + 1, without, start, svg.length - end - 1);
        return without;
    }

    /** An SVG that declares an entity: refused, whatever the entity would expand to. */
    public static final class EntityDeclaredException extends SAXException {
        private static final long serialVersionUID = 1L;

        EntityDeclaredException(String name) {
            super("the SVG declares the entity " + name + ": an image may not declare entities");
        }
    }

    private static void scan(byte[] svg, Findings findings, int depth) throws IOException, SAXException {
        XMLReader reader = SecureXml.newReaderAllowingDoctype();
        Handler handler = new Handler(findings, depth);
        reader.setContentHandler(handler);
        reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
        reader.parse(new InputSource(new ByteArrayInputStream(svg)));
    }

    private static final class Handler extends DefaultHandler2 {
        private final Findings findings;
        private final List<String> found;
        private final int depth;
        private final StringBuilder style = new StringBuilder();
        private boolean inStyle;

        Handler(Findings findings, int depth) {
            this.findings = findings;
            this.found = findings.externalReferences();
            this.depth = depth;
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new EntityDeclaredException(name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new EntityDeclaredException(name);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (SVG.equals(uri) && ("script".equals(localName) || "foreignObject".equals(localName))) {
                found.add("<" + localName + ">");
            }
            for (int i = 0; i < atts.getLength(); i++) {
                String name = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
                String value = atts.getValue(i).strip();
                if ("href".equals(name) && (XLINK.equals(atts.getURI(i)) || atts.getURI(i).isEmpty())) {
                    reference(value);
                } else if (value.toLowerCase(Locale.ROOT).contains("url(")) {
                    css(value);
                }
            }
            if (SVG.equals(uri) && "style".equals(localName)) {
                inStyle = true;
                style.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inStyle) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (inStyle && SVG.equals(uri) && "style".equals(localName)) {
                inStyle = false;
                if (CSS_IMPORT.matcher(style).find()) {
                    found.add("@import");
                }
                css(style.toString());
            }
        }

        private void css(String text) throws SAXException {
            Matcher url = CSS_URL.matcher(text);
            while (url.find()) {
                reference(url.group(2).strip());
            }
        }

        /** A reference is the SVG's own ({@code #id}) or a data: image; anything else is outside. */
        private void reference(String value) throws SAXException {
            if (value.startsWith("#")) {
                return;
            }
            if (value.regionMatches(true, 0, "data:", 0, 5)) {
                dataImage(value);
                return;
            }
            found.add(value);
        }

        private void dataImage(String value) throws SAXException {
            int comma = value.indexOf(',');
            String header = comma < 0 ? "" : value.substring(5, comma).toLowerCase(Locale.ROOT);
            byte[] content;
            try {
                String payload = value.substring(comma + 1);
                content = header.endsWith(";base64") ? Base64.getMimeDecoder().decode(payload)
                        : java.net.URLDecoder.decode(payload, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                found.add("data: (an image that cannot be decoded)");
                return;
            }
            if (!header.startsWith("image/svg+xml")) {
                // A raster image refers to nothing; its size is checked as any image's.
                findings.rasterImages().add(content);
                return;
            }
            if (depth >= MAX_NESTING) {
                found.add("data: (SVG nested " + MAX_NESTING + " deep)");
                return;
            }
            try {
                scan(content, findings, depth + 1);
            } catch (IOException e) {
                found.add("data: (an SVG that cannot be read)");
            }
        }
    }
}
