package dev.hanzi.publisher;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/** Where a PDF's internal links lead, as a reader following them would find it. */
final class PdfLinks {
    private PdfLinks() {
    }

    /**
     * The page a link goes to, through its destination or its GoTo action, named or explicit;
     * an AssertionError naming {@code what} when it goes nowhere.
     */
    static PDPageDestination destination(PDDocument pdf, PDAnnotationLink link, String what) throws IOException {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDNamedDestination named) {
            destination = pdf.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (!(destination instanceof PDPageDestination page)) {
            throw new AssertionError(what + " has no page to go to: " + destination);
        }
        return page;
    }
}
