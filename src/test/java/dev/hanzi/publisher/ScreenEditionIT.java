package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The screen edition (the default): tagged, PDF/UA-1, PDF/A-2u, with page labels and languages. */
class ScreenEditionIT {
    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void veraPdfFindsNoFailedRuleForPdfUa1(Path source) throws Exception {
        Map<String, Integer> failed = VeraPdf.failedRules(TestBooks.pdf(source), PDFAFlavour.PDFUA_1);
        assertEquals(Map.of(), failed);
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void veraPdfFindsNoFailedRuleForPdfA2u(Path source) throws Exception {
        Map<String, Integer> failed = VeraPdf.failedRules(TestBooks.pdf(source), PDFAFlavour.PDFA_2_U);
        assertEquals(Map.of(), failed);
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void headingsAreTaggedByLevel(Path source) throws Exception {
        SourceText text = SourceText.read(source);
        Map<String, Integer> types = new java.util.TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(source).toFile())) {
            countStructureTypes(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), types);
        }
        int titledParts = (int) text.parts().stream().filter(part -> !part.title().isEmpty()).count();
        // Title page and contents, then every titled part; sections one level down each.
        assertEquals(titledParts + 2, (int) types.getOrDefault("H1", 0), "H1 in " + types);
        for (int level = 1; level <= 3; level++) {
            assertEquals(text.sections(level), (int) types.getOrDefault("H" + (level + 1), 0), "H" + (level + 1) + " in " + types);
        }
    }

    private static void countStructureTypes(List<Object> kids, Map<String, Integer> types) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                types.merge(element.getStructureType(), 1, Integer::sum);
                countStructureTypes(element.getKids(), types);
            }
        }
    }

    @Test
    void pageLabelsMatchThePrintedFoliosAndTheBookmarksShow() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(TestBooks.REPORT).toFile())) {
            String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals(List.of("i", "ii", "iii", "iv", "v"), List.of(labels).subList(0, 5), "front matter in roman");
            PdfGlyphs glyphs = PdfGlyphs.read(pdf);
            int firstChapterPage = -1;
            for (PdfGlyphs.Page page : glyphs.pages()) {
                if (page.text().startsWith("第一章")) {
                    firstChapterPage = page.number();
                    break;
                }
            }
            assertTrue(firstChapterPage > 0);
            assertEquals("1", labels[firstChapterPage - 1], "the body starts at 1");
            for (PdfGlyphs.Page page : glyphs.pages()) {
                String folio = folio(page);
                if (!folio.isEmpty()) {
                    assertEquals(labels[page.number() - 1], folio, "page " + page.number() + "'s printed folio");
                }
            }
            assertEquals(PageMode.USE_OUTLINES, pdf.getDocumentCatalog().getPageMode());
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
        }
    }

    /** The number printed at the foot of the page, if any. */
    private static String folio(PdfGlyphs.Page page) {
        return page.glyphs().stream().filter(g -> g.y() > page.height() - 60)
                .map(PdfGlyphs.Glyph::text).reduce("", String::concat).strip();
    }

    /**
     * What AccessiblePdf adds inside FOP's rendering, on the book with notes, tables with
     * spanning header cells, links and foreign phrases: each note's ID, unique; each header
     * cell's column scope, in the same Table attributes as its spans; each link annotation's
     * /Contents, its Link element's alternative text; no language left in /E.
     */
    @Test
    void notesHeaderCellsAndLinksAreFinished() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(TestBooks.FEATURED).toFile())) {
            List<COSDictionary> elements = new ArrayList<>();
            collectElements(pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K), elements);
            List<String> noteIds = new ArrayList<>();
            int headerCells = 0;
            int spanningHeaderCells = 0;
            for (COSDictionary element : elements) {
                String type = element.getNameAsString(COSName.S);
                if ("Note".equals(type)) {
                    noteIds.add(element.getString(COSName.getPDFName("ID")));
                }
                if ("TH".equals(type)) {
                    headerCells++;
                    assertTrue(element.getDictionaryObject(COSName.A) instanceof COSDictionary table
                            && "Table".equals(table.getNameAsString(COSName.O))
                            && "Column".equals(table.getNameAsString(COSName.getPDFName("Scope"))),
                            "a header cell's attributes: " + element.getDictionaryObject(COSName.A));
                    COSDictionary table = (COSDictionary) element.getDictionaryObject(COSName.A);
                    if (table.containsKey(COSName.getPDFName("ColSpan")) || table.containsKey(COSName.getPDFName("RowSpan"))) {
                        spanningHeaderCells++;
                    }
                }
                COSBase expansion = element.getDictionaryObject(COSName.getPDFName("E"));
                assertTrue(expansion == null || !expansion.toString().contains("xml:lang"), "a language left in /E: " + expansion);
            }
            assertTrue(noteIds.size() > 0, "no Note elements");
            assertTrue(noteIds.stream().allMatch(id -> id != null && !id.isEmpty()), "notes without an ID: " + noteIds);
            assertEquals(noteIds.size(), new java.util.HashSet<>(noteIds).size(), "note IDs repeat: " + noteIds);
            assertTrue(headerCells > 0, "no TH elements");
            assertTrue(spanningHeaderCells > 0, "no spanning header cell, so the merge of spans and scope is not tested");
            int links = 0;
            for (var page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                        links++;
                        assertTrue(link.getContents() != null && !link.getContents().isBlank(), "a link without /Contents");
                    }
                }
            }
            assertTrue(links > 0, "no links");
        }
    }

    private static void collectElements(COSBase node, List<COSDictionary> elements) {
        if (node instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectElements(array.getObject(i), elements);
            }
        } else if (node instanceof COSDictionary element) {
            COSName kind = element.getCOSName(COSName.TYPE);
            if (COSName.getPDFName("MCR").equals(kind) || COSName.OBJR.equals(kind)) {
                return;
            }
            elements.add(element);
            collectElements(element.getDictionaryObject(COSName.K), elements);
        }
    }

    @Test
    void foreignTextCarriesItsLanguageInTheStructureTree() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(TestBooks.REPORT).toFile())) {
            var root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root, "the PDF is not tagged");
            List<String> languages = new ArrayList<>();
            collectLanguages(root.getCOSObject().getDictionaryObject(COSName.K), languages);
            assertTrue(languages.contains("ru"), "no structure element in Russian: " + languages);
        }
    }

    private static void collectLanguages(COSBase node, List<String> languages) {
        if (node instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectLanguages(array.getObject(i), languages);
            }
        } else if (node instanceof COSDictionary element) {
            String lang = element.getString(COSName.LANG);
            if (lang != null) {
                languages.add(lang);
            }
            if (!COSName.getPDFName("MCR").equals(element.getCOSName(COSName.TYPE))) {
                collectLanguages(element.getDictionaryObject(COSName.K), languages);
            }
        }
    }
}
