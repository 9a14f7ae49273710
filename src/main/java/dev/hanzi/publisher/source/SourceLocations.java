package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Location;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Where each element of the book came from, carried through the pipeline: while the book is
 * loaded every element gets a {@code src:loc} attribute (line, column and file), which the
 * stylesheets copy onto the formatting objects they make; {@link #forFop} turns it back into the
 * SAX locator FOP reads, so that FOP's warnings (an overfull line, a figure scaled down) name the
 * line of the book, not a position in formatting objects nobody wrote. The schema never sees
 * the attribute, and FOP never sees it either.
 */
public final class SourceLocations {
    static final String NAMESPACE = "urn:hanzi:source";
    static final String PREFIX = "src";
    static final String NAME = "loc";

    private SourceLocations() {
    }

    /** Stamps each element with where it starts, as the locator says, before it is built. */
    static ContentHandler stamping(ContentHandler downstream) {
        return new LocatingFilter(downstream) {

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                AttributesImpl stamped = new AttributesImpl(atts);
                if (locator != null && locator.getSystemId() != null) {
                    stamped.addAttribute(NAMESPACE, NAME, PREFIX + ":" + NAME, "CDATA",
                            locator.getLineNumber() + ":" + locator.getColumnNumber() + ":" + locator.getSystemId());
                }
                super.startElement(uri, localName, qName, stamped);
            }
        };
    }

    /**
     * The formatting objects' way into FOP: the stamps removed, their position given to FOP
     * instead, and the position of the last one read kept, for a failure FOP reports without one.
     */
    public static final class FopInput {
        private final MutableLocator position = new MutableLocator();
        private final ContentHandler handler;

        FopInput(ContentHandler fop) {
            this.handler = new XMLFilterImpl() {
                {
                    setContentHandler(fop);
                }

                @Override
                public void setDocumentLocator(Locator ignored) {
                    super.setDocumentLocator(position);
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                    int index = atts.getIndex(NAMESPACE, NAME);
                    if (index < 0) {
                        super.startElement(uri, localName, qName, atts);
                        return;
                    }
                    String[] parts = atts.getValue(index).split(":", 3);
                    position.line = Integer.parseInt(parts[0]);
                    position.column = Integer.parseInt(parts[1]);
                    position.systemId = parts[2];
                    AttributesImpl clean = new AttributesImpl(atts);
                    clean.removeAttribute(index);
                    super.startElement(uri, localName, qName, clean);
                }

                @Override
                public void startPrefixMapping(String prefix, String uri) throws SAXException {
                    if (!NAMESPACE.equals(uri)) {
                        super.startPrefixMapping(prefix, uri);
                    }
                }

                @Override
                public void endPrefixMapping(String prefix) throws SAXException {
                    if (!PREFIX.equals(prefix)) {
                        super.endPrefixMapping(prefix);
                    }
                }
            };
        }

        /** What Saxon writes the formatting objects to. */
        public ContentHandler handler() {
            return handler;
        }

        /** Where in the book the last formatting object read came from; nowhere before the first. */
        public Location lastPosition() {
            return position.systemId == null ? Location.NOWHERE
                    : Location.at(position.systemId, position.line, position.column);
        }
    }

    /**
     * Where an element of the loaded book, or of a tree copied from it with its stamps (the
     * normalised book), came from; the file alone when it carries no stamp.
     */
    public static Location of(net.sf.saxon.om.NodeInfo element) {
        String stamp = element.getAttributeValue(NAMESPACE, NAME);
        if (stamp != null) {
            String[] parts = stamp.split(":", 3);
            if (parts.length == 3) {
                try {
                    return Location.at(parts[2], Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                } catch (NumberFormatException notAStamp) {
                    // fall through: the file is all we know
                }
            }
        }
        String systemId = element.getSystemId();
        return systemId == null ? Location.NOWHERE : Location.at(systemId, 0, 0);
    }

    /** Removes the stamps from the formatting objects and gives FOP their position instead. */
    public static FopInput forFop(ContentHandler fop) {
        return new FopInput(fop);
    }

    /** The position of the formatting object being read: the book's line it was made from. */
    private static final class MutableLocator implements Locator {
        private String systemId;
        private int line = -1;
        private int column = -1;

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return column;
        }
    }
}
