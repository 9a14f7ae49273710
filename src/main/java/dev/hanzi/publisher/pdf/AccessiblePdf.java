package dev.hanzi.publisher.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Finishes the screen edition where FOP 2.11 falls short of PDF/UA-1 and PDF/A-2 (see
 * shared research §1(g)):
 * <ul>
 * <li>every Note structure element gets the ID that PDF/UA requires (rule 7.9-1; FOP tags
 * fo:footnote without one);</li>
 * <li>every table header cell (TH) gets a Scope (rule 7.5-1; FOP writes none): column, since
 * our header cells head columns;</li>
 * <li>an internal link annotation gets the /Contents PDF/UA requires (rule 7.18.5-2) from the
 * alternative text FOP put on its Link structure element (FOP-3322, fixed after 2.11);</li>
 * <li>a phrase in another language gets its /Lang (FOP tags the language of blocks only; the
 * stylesheet passes an inline's language as {@code /E (xml:lang=ru)}, the one inline property
 * FOP copies into the structure tree);</li>
 * <li>the XMP metadata is replaced by {@link XmpMetadata}'s (FOP writes dc:title as a plain
 * value, PDF/A and PDF/UA want a language alternative, rules 6.6.2.3.1-2 and 7.1-9).</li>
 * </ul>
 */
public final class AccessiblePdf {
    private static final COSName NOTE = COSName.getPDFName("Note");
    private static final COSName ID = COSName.getPDFName("ID");
    private static final COSName MARKED_CONTENT_REFERENCE = COSName.getPDFName("MCR");
    private static final COSName HEADER_CELL = COSName.getPDFName("TH");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName EXPANSION = COSName.getPDFName("E");
    private static final String LANGUAGE_MARK = "xml:lang=";

    private AccessiblePdf() {
    }

    public static byte[] fix(byte[] pdf, byte[] xmp) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            var structure = catalog.getStructureTreeRoot();
            if (structure != null) {
                fixElements(structure.getCOSObject().getDictionaryObject(COSName.K), new int[] {0});
                describeLinks(document, structure);
            }
            // Open on the first page with the bookmarks showing: the book's structure at a glance.
            catalog.setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp);
            catalog.setMetadata(metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            // No object streams: the trailer stays where ReproduciblePdf expects it.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** Walks the structure tree in document order: notes numbered note-1, note-2 …, TH scoped. */
    private static void fixElements(COSBase kids, int[] notes) {
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                fixElements(array.getObject(i), notes);
            }
        } else if (kids instanceof COSDictionary element) {
            COSName type = element.getCOSName(COSName.S);
            if (NOTE.equals(type) && element.getDictionaryObject(ID) == null) {
                notes[0]++;
                element.setItem(ID, new COSString(("note-" + notes[0]).getBytes(StandardCharsets.US_ASCII)));
            }
            if (HEADER_CELL.equals(type)) {
                scope(element);
            }
            if (element.getDictionaryObject(EXPANSION) instanceof COSString expansion
                    && expansion.getString().startsWith(LANGUAGE_MARK)) {
                element.setString(COSName.LANG, expansion.getString().substring(LANGUAGE_MARK.length()));
                element.removeItem(EXPANSION);
            }
            COSName kind = element.getCOSName(COSName.TYPE);
            if (!MARKED_CONTENT_REFERENCE.equals(kind) && !COSName.OBJR.equals(kind)) {
                fixElements(element.getDictionaryObject(COSName.K), notes);
            }
        }
    }

    /** Adds Scope=Column to a TH's Table attributes, made or found (FOP writes spans there). */
    private static void scope(COSDictionary headerCell) {
        COSBase existing = headerCell.getDictionaryObject(COSName.A);
        COSDictionary table = null;
        if (existing instanceof COSDictionary attributes && TABLE.equals(attributes.getCOSName(COSName.O))) {
            table = attributes;
        } else if (existing instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary attributes && TABLE.equals(attributes.getCOSName(COSName.O))) {
                    table = attributes;
                }
            }
        }
        if (table == null) {
            table = new COSDictionary();
            table.setItem(COSName.O, TABLE);
            if (existing == null) {
                headerCell.setItem(COSName.A, table);
            } else {
                COSArray array = existing instanceof COSArray a ? a : new COSArray();
                if (!(existing instanceof COSArray)) {
                    array.add(existing);
                    headerCell.setItem(COSName.A, array);
                }
                array.add(table);
            }
        }
        if (table.getDictionaryObject(SCOPE) == null) {
            table.setItem(SCOPE, COSName.getPDFName("Column"));
        }
    }

    private static void describeLinks(PDDocument document, PDStructureTreeRoot structure) throws IOException {
        PDNumberTreeNode parents = structure.getParentTree();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    int key = link.getCOSObject().getInt(COSName.STRUCT_PARENT);
                    Object element = key < 0 || parents == null ? null : parents.getValue(key);
                    if (element instanceof COSObjectable object
                            && object.getCOSObject() instanceof COSDictionary dictionary
                            && dictionary.getDictionaryObject(COSName.ALT) instanceof COSString alt) {
                        link.setContents(alt.getString());
                    }
                }
            }
        }
    }
}
