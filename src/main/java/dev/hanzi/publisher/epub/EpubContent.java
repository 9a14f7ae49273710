package dev.hanzi.publisher.epub;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The EPUB's content as the stylesheets made it, before packaging.
 *
 * @param documents every content document in reading order (href → XHTML bytes)
 * @param parts the documents in reading order with their titles and roles
 * @param stylesheet the CSS, as the stylesheets generated it from the theme
 * @param images the images to copy (href inside the EPUB → source file, inside the book's folder)
 * @param rights the copyright statement, for dc:rights
 * @param accessibilitySummary the accessibility summary, in the book's language
 */
public record EpubContent(Map<String, byte[]> documents, List<Part> parts, byte[] stylesheet, Map<String, Path> images,
        String rights, String accessibilitySummary) {

    /** A content document as the manifest describes it. */
    public record Part(String href, String title, boolean inToc) {
    }
}
