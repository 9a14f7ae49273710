package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter of 30,000 short paragraphs (about 800 pages) in a JVM of 512 MB: FOP keeps a page
 * sequence whole in memory, so the stylesheets set a part that long as several page sequences
 * (divisions.xsl); its pages still carry the chapter's head. The print edition and the EPUB are
 * built; the screen edition's structure tree (some 180,000 elements) does not yet fit in 512 MB
 * when PDFBox completes it (issue 14 stays open for that).
 */
class LongPartIT {
    private static final int PARAGRAPHS = 30_000;

    @TempDir
    Path folder;

    @Test
    void aChapterOfThirtyThousandParagraphsPublishesIn512Megabytes() throws Exception {
        StringBuilder book = new StringBuilder("<book xmlns='http://docbook.org/ns/docbook' version='5.0' xml:lang='zh-CN'>"
                + "<info><title>长书</title></info><chapter><title>很长的一章</title>\n");
        for (int i = 1; i <= PARAGRAPHS; i++) {
            book.append("<para>第").append(i).append("段，短句而已。</para>\n");
        }
        Path source = Files.writeString(folder.resolve("book.xml"), book.append("</chapter></book>\n"),
                StandardCharsets.UTF_8);
        Path pdf = folder.resolve("book-print.pdf");
        Path epub = folder.resolve("book.epub");
        ProcessBuilder builder = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", Paths.get("target/publisher.jar").toAbsolutePath().toString(), source.toString(),
                "--print-pdf", pdf.toString(), "--epub", epub.toString())).redirectErrorStream(true);
        builder.environment().put("PUBLISHER_LAUNCH", "direct");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, process.exitValue(), output);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 700, pages + " pages");
            PDFTextStripper text = new PDFTextStripper();
            // Deep inside the chapter, in a later page sequence: the head and the paragraphs go on.
            text.setStartPage(pages - 10);
            text.setEndPage(pages - 10);
            String page = text.getText(document);
            assertTrue(page.contains("很长的一章"), "no running head on page " + (pages - 10) + ":\n" + page);
            text.setStartPage(1);
            text.setEndPage(pages);
            String all = text.getText(document).replaceAll("\\s+", "");
            for (int i : new int[] {1, 2500, 2501, 15000, PARAGRAPHS}) {
                assertTrue(all.contains("第" + i + "段，短句而已。"), "paragraph " + i + " is missing");
            }
        }
        assertTrue(Files.size(epub) > 10_000, "no EPUB");
    }
}
