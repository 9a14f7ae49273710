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
 * @param creators the parties the book's info names, each once, in order (authors first)
 */
public record EpubContent(Map<String, byte[]> documents, List<Part> parts, byte[] stylesheet, Map<String, Path> images,
        String rights, String accessibilitySummary, List<Creator> creators) {

    /** A content document as the manifest describes it. */
    public record Part(String href, String title, boolean inToc) {
    }

    /**
     * A party as the package's metadata names it.
     *
     * @param name the name as printed on the title page
     * @param role its MARC relator: aut, edt, trl … (the stylesheets decide)
     */
    public record Creator(String name, String role) {
        /** Authors and editors are the book's creators; translators, illustrators … contribute. */
        public boolean isCreator() {
            return role.equals("aut") || role.equals("edt");
        }
    }
}
