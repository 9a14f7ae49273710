package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.check.Typography;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The print edition's cover, for the printer beside the book block: one spread, back, spine and
 * front, each trim page the size of the book's, the spine as thick as the book block's leaves,
 * with the book block's bleed and crop marks (xsl/fo/print-cover.xsl draws it). The stylesheet
 * lays it out as a page as wide as the spread, so that the page masters, bleed and crop marks are
 * the book block's own.
 *
 * @param trimWidthMm one cover page's width: the book's
 * @param trimHeightMm the book's height
 * @param spineMm the spine: leaves × paper thickness
 * @param barcode the ISBN's bar code for the back, when the book has an ISBN
 */
public record PrintCover(double trimWidthMm, double trimHeightMm, double spineMm, Optional<Ean13> barcode) {
    /** A leaf of ordinary book paper (70–80 g/m² offset), when the book does not say. */
    public static final double DEFAULT_PAPER_THICKNESS_MM = 0.1;
    private static final String DOCBOOK = "http://docbook.org/ns/docbook";

    /** The cover of a book block of {@code pages} pages (whole signatures) on paper of the given trim. */
    public static PrintCover of(int pages, double trimWidthMm, double trimHeightMm, Typography typography,
            XdmNode book) throws PublishException {
        double thickness = typography.paperThicknessMm().orElse(DEFAULT_PAPER_THICKNESS_MM);
        int leaves = (pages + 1) / 2;
        return new PrintCover(trimWidthMm, trimHeightMm, leaves * thickness, barcode(book));
    }

    /** Where the cover of the print edition {@code printPdf} goes: {@code NAME-cover.pdf} beside {@code NAME.pdf}. */
    public static Path beside(Path printPdf) {
        String name = printPdf.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return printPdf.resolveSibling(stem + "-cover.pdf");
    }

    /** The spread's width at the trim: back, spine, front. */
    public double spreadWidthMm() {
        return 2 * trimWidthMm + spineMm;
    }

    /** The stylesheet's parameters that make xsl/fo/pdf.xsl draw this cover instead of the book. */
    public Map<QName, XdmValue> parameters() {
        Map<QName, XdmValue> parameters = new LinkedHashMap<>();
        // The spread is laid out as one page of the book's height.
        parameters.put(new QName("paper-width-mm"), new XdmAtomicValue(spreadWidthMm()));
        parameters.put(new QName("print-cover-trim-width-mm"), new XdmAtomicValue(trimWidthMm));
        parameters.put(new QName("print-cover-spine-mm"), new XdmAtomicValue(spineMm));
        barcode.ifPresent(code -> {
            parameters.put(new QName("print-cover-bars"), new XdmAtomicValue(code.modules()));
            parameters.put(new QName("print-cover-isbn"), new XdmAtomicValue(code.humanReadable()));
        });
        return parameters;
    }

    /** The stylesheet's parameter that appends the blank pages of the last signature. */
    public static Map<QName, XdmValue> blankPages(int blanks) {
        return Map.of(new QName("signature-blank-pages"), new XdmAtomicValue(blanks));
    }

    /** The bar code of the book's first {@code <biblioid class="isbn">}, located at its line. */
    private static Optional<Ean13> barcode(XdmNode book) throws PublishException {
        Optional<XdmNode> isbn = book.select(Steps.child(Predicates.isElement())
                .then(Steps.child(DOCBOOK, "info")).then(Steps.child(DOCBOOK, "biblioid"))
                .where(Predicates.attributeEq("class", "isbn"))).findFirst();
        if (isbn.isEmpty() || isbn.get().getNodeKind() != XdmNodeKind.ELEMENT) {
            return Optional.empty();
        }
        XdmNode node = isbn.get();
        Location where = node.getLineNumber() > 0 && node.getUnderlyingNode().getSystemId() != null
                ? Location.at(node.getUnderlyingNode().getSystemId(), node.getLineNumber(), Math.max(node.getColumnNumber(), 1))
                : Location.NOWHERE;
        return Optional.of(Ean13.ofIsbn(node.getStringValue(), where));
    }
}
