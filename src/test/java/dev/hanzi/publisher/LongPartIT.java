package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter of 30,000 short paragraphs (about 800 pages) in a JVM of 512 MB, all three outputs
 * in one build: FOP keeps a page sequence whole in memory, so the stylesheets set a part that
 * long as several page sequences (divisions.xsl); its pages still carry the chapter's head. The
 * screen edition's structure tree (some 180,000 elements) is finished inside FOP's rendering
 * (AccessiblePdf), never reloaded: the chapter has notes, a table with a header row and links,
 * so that each of those fixes is made at this size too.
 */
class LongPartIT {
    private static final int PARAGRAPHS = 30_000;
    /** One note every this many paragraphs. */
    private static final int NOTE_EVERY = 1_000;
    private static final COSName NOTE = COSName.getPDFName("Note");
    private static final COSName HEADER_CELL = COSName.getPDFName("TH");
    private static final COSName MARKED_CONTENT_REFERENCE = COSName.getPDFName("MCR");

    @TempDir
    Path folder;

    @Test
    void aChapterOfThirtyThousandParagraphsPublishesIn512Megabytes() throws Exception {
        StringBuilder book = new StringBuilder("<book xmlns='http://docbook.org/ns/docbook' version='5.0' xml:lang='zh-CN'>"
                + "<info><title>长书</title></info><chapter><title>很长的一章</title>\n"
                + "<table><title>表头</title><tgroup cols='2'><thead><row><entry>甲</entry><entry>乙</entry></row></thead>"
                + "<tbody><row><entry>一</entry><entry>二</entry></row></tbody></tgroup></table>\n");
        for (int i = 1; i <= PARAGRAPHS; i++) {
            book.append("<para>第").append(i).append("段，短句而已。</para>\n");
            if (i % NOTE_EVERY == 0) {
                book.append("<para>附注<footnote><para>第").append(i / NOTE_EVERY).append("条脚注。</para></footnote>。</para>\n");
            }
        }
        Path source = Files.writeString(folder.resolve("book.xml"), book.append("</chapter></book>\n"),
                StandardCharsets.UTF_8);
        Path screen = folder.resolve("book.pdf");
        Path print = folder.resolve("book-print.pdf");
        Path epub = folder.resolve("book.epub");
        ProcessBuilder builder = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", Paths.get("target/publisher.jar").toAbsolutePath().toString(), source.toString(),
                "--pdf", screen.toString(), "--print-pdf", print.toString(), "--epub", epub.toString()))
                .redirectErrorStream(true);
        builder.environment().put("PUBLISHER_LAUNCH", "direct");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, process.exitValue(), output);
        try (PDDocument document = Loader.loadPDF(print.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 700, pages + " pages");
            PDFTextStripper text = new PDFTextStripper();
            // The last page with text: after it, the blank pages that make up the last signature.
            int last = pages;
            text.setStartPage(last);
            text.setEndPage(last);
            while (last > 1 && text.getText(document).isBlank()) {
                last--;
                text.setStartPage(last);
                text.setEndPage(last);
            }
            assertTrue(pages - last < 16, (pages - last) + " blank pages at the end");
            // Deep inside the chapter, in a later page sequence: the head and the paragraphs go on;
            // in print the chapter's title heads the right-hand (odd) pages, the book's the left-hand ones.
            int recto = (last - 10) % 2 == 1 ? last - 10 : last - 11;
            text.setStartPage(recto);
            text.setEndPage(recto);
            String page = text.getText(document);
            assertTrue(page.contains("很长的一章"), "no running head on page " + recto + ":\n" + page);
            text.setStartPage(recto + 1);
            text.setEndPage(recto + 1);
            String verso = text.getText(document);
            assertTrue(verso.contains("长书") && !verso.contains("很长的一章"), "no book head on page " + (recto + 1) + ":\n" + verso);
            text.setStartPage(1);
            text.setEndPage(pages);
            String all = text.getText(document).replaceAll("\\s+", "");
            for (int i : new int[] {1, 2500, 2501, 15000, PARAGRAPHS}) {
                assertTrue(all.contains("第" + i + "段，短句而已。"), "paragraph " + i + " is missing");
            }
        }
        assertTrue(Files.size(epub) > 10_000, "no EPUB");
        checkScreenEdition(screen);
    }

    /** The screen edition is whole, and AccessiblePdf's fixes are in it at this size. */
    private static void checkScreenEdition(Path screen) throws Exception {
        try (PDDocument document = Loader.loadPDF(screen.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 700, pages + " pages");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(pages - 10);
            text.setEndPage(pages);
            String end = text.getText(document).replaceAll("\\s+", "");
            assertTrue(end.contains("第" + PARAGRAPHS + "段，短句而已。"), "the last paragraph is missing:\n" + end);
            assertTrue(end.contains("很长的一章"), "no running head at the end:\n" + end);

            var catalog = document.getDocumentCatalog();
            assertEquals(PageMode.USE_OUTLINES, catalog.getPageMode());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">长书</rdf:li></rdf:Alt></dc:title>"), xmp);

            Map<String, Integer> types = new TreeMap<>();
            List<String> noteIds = new ArrayList<>();
            List<COSBase> headerAttributes = new ArrayList<>();
            walk(catalog.getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K), types, noteIds, headerAttributes);
            assertTrue(types.getOrDefault("P", 0) >= PARAGRAPHS, "P in " + types);
            assertEquals(PARAGRAPHS / NOTE_EVERY, noteIds.size(), "Note in " + types);
            assertEquals(noteIds.size(), new HashSet<>(noteIds).size(), "note IDs repeat: " + noteIds);
            assertTrue(noteIds.stream().allMatch(id -> id != null && id.startsWith("note-")), "note IDs: " + noteIds);
            assertEquals(2, headerAttributes.size(), "TH in " + types);
            for (COSBase attributes : headerAttributes) {
                assertTrue(attributes instanceof COSDictionary table
                        && COSName.getPDFName("Table").equals(table.getCOSName(COSName.O))
                        && COSName.getPDFName("Column").equals(table.getCOSName(COSName.getPDFName("Scope"))),
                        "a header cell's attributes: " + attributes);
            }

            int links = 0;
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links++;
                        assertTrue(link.getContents() != null && !link.getContents().isBlank(),
                                "a link without /Contents on page " + (document.getPages().indexOf(page) + 1));
                    }
                }
            }
            assertTrue(links >= PARAGRAPHS / NOTE_EVERY, links + " links");
        }
    }

    private static void walk(COSBase kids, Map<String, Integer> types, List<String> noteIds, List<COSBase> headerAttributes) {
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.getObject(i), types, noteIds, headerAttributes);
            }
        } else if (kids instanceof COSDictionary element) {
            COSName kind = element.getCOSName(COSName.TYPE);
            if (MARKED_CONTENT_REFERENCE.equals(kind) || COSName.OBJR.equals(kind)) {
                return;
            }
            COSName type = element.getCOSName(COSName.S);
            if (type != null) {
                types.merge(type.getName(), 1, Integer::sum);
            }
            if (NOTE.equals(type)) {
                noteIds.add(element.getString(COSName.getPDFName("ID")));
            }
            if (HEADER_CELL.equals(type)) {
                headerAttributes.add(element.getDictionaryObject(COSName.A));
            }
            walk(element.getDictionaryObject(COSName.K), types, noteIds, headerAttributes);
        }
    }
}
