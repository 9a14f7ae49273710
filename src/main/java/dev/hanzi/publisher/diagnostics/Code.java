package dev.hanzi.publisher.diagnostics;

import static dev.hanzi.publisher.diagnostics.Severity.ERROR;
import static dev.hanzi.publisher.diagnostics.Severity.WARNING;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue: every message the publisher prints, with its stable code, its severity, its text
 * with named parameters ({@code {fileref}}) and one line of what to do. The README's table of
 * errors is this enum, printed by {@link #markdownTable()} (a test keeps the two equal). Codes
 * never change meaning; a message that goes away leaves its code unused.
 *
 * <p>Areas: SRC loading the book, CHK the book's rules, STY the stylesheets, PDF and EPB the
 * outputs, FNT the fonts, OUT writing files, INS the installation, CLI the command line.
 */
public enum Code {
    // ---- SRC: reading the book's files
    SRC_NO_SUCH_FILE("HZ-SRC-001", ERROR, "no such file", "check the path of the book's main file"),
    SRC_PERMISSION_DENIED("HZ-SRC-002", ERROR, "the file cannot be read (permission denied)",
            "give the user running the publisher read access"),
    SRC_EMPTY("HZ-SRC-003", ERROR, "the file is empty: a book starts with <book>", "write the book, or run `new DIR` for a skeleton"),
    SRC_UNREADABLE("HZ-SRC-004", ERROR, "cannot read: {reason}", "check that the file exists and can be read"),
    SRC_NOT_WELL_FORMED("HZ-SRC-005", ERROR, "{detail}", "the XML is not well formed: fix it at this position"),
    SRC_DOCTYPE("HZ-SRC-006", ERROR,
            "this DOCTYPE is not allowed: a book may name DocBook's DTD (never loaded), but no other DTD, and declares no entities (nothing external is ever loaded)",
            "remove the DOCTYPE; write characters themselves instead of entities"),
    SRC_UNDECLARED_ENTITY("HZ-SRC-007", ERROR, "{detail}",
            "write the character itself (U+00A0 for &nbsp;), not an entity: books declare no entities"),
    SRC_NOT_UTF8("HZ-SRC-008", ERROR, "bytes that are not UTF-8 in a file read as UTF-8 ({detail})", "save the file as UTF-8"),
    SRC_NOT_XML("HZ-SRC-009", ERROR, "not an XML file: text or bytes before the first element",
            "a book's file starts with <?xml …?> or its first element"),
    SRC_TRUNCATED("HZ-SRC-010", ERROR, "the file ends before the book does (is it truncated?)",
            "close every element; restore the file if it was cut short"),
    SRC_INVALID("HZ-SRC-011", ERROR, "{detail}",
            "not valid DocBook 5.1: an element unknown to DocBook, in the wrong place or incomplete: fix it at this position"),
    SRC_TOO_MANY_ERRORS("HZ-SRC-012", ERROR, "more errors than these; fix them and publish again",
            "fix the errors above first: one often causes the next"),
    SRC_XI_MISPLACED("HZ-SRC-020", ERROR, "xi:{name} is only allowed inside xi:include", "put xi:fallback inside xi:include"),
    SRC_XI_NO_HREF("HZ-SRC-021", ERROR, "xi:include needs an href attribute", "give the file to include: href=\"chapter.xml\""),
    SRC_XI_XPOINTER("HZ-SRC-022", ERROR, "xi:include with xpointer is not supported: include a whole file",
            "move the part to include into a file of its own"),
    SRC_XI_NOT_FOUND("HZ-SRC-023", ERROR, "included file not found: {href}", "check the href: it is relative to the including file"),
    SRC_XI_RECURSIVE("HZ-SRC-024", ERROR, "xi:include of {href} includes itself", "remove the include that closes the circle"),
    SRC_XI_UNREADABLE("HZ-SRC-025", ERROR, "cannot read included file {href}: {reason}", "check that the file can be read"),
    SRC_XI_PARSE("HZ-SRC-026", ERROR, "xi:include parse=\"{parse}\" is not supported (use xml or text)", "use parse=\"xml\" or parse=\"text\""),
    SRC_XI_BAD_HREF("HZ-SRC-027", ERROR, "xi:include href is not a valid relative path: {href}",
            "write a path relative to the including file, with %20 for a space"),
    SRC_XI_OUTSIDE("HZ-SRC-028", ERROR, "xi:include may only include files inside the book's folder, not {href}",
            "copy the file into the book's folder"),
    SRC_XI_LINK_OUTSIDE("HZ-SRC-029", ERROR,
            "xi:include of {href}: a symbolic link leads out of the book's folder", "copy the file into the book's folder"),
    SRC_XI_NOT_A_FILE("HZ-SRC-030", ERROR, "xi:include of {href}: not a regular file", "include a file, not a folder, pipe or device"),
    SRC_NOT_A_FILE("HZ-SRC-013", ERROR, "not a regular file: a book is an XML file", "give the book's main XML file"),
    SRC_TOO_DEEP("HZ-SRC-014", ERROR, "elements nested more than {limit} deep", "no real book nests so deep: the file is damaged or hostile"),
    // Real books (issue 15): the root, a DocBook DOCTYPE and language tags as authors write them.
    SRC_ROOT("HZ-SRC-040", ERROR, "the root element is <{name}>: a book's main file is a DocBook <book> or <article>",
            "make the main file's root a <book> (or an <article>) in the DocBook namespace"),
    SRC_DOCTYPE_IGNORED("HZ-SRC-041", WARNING, "the DOCTYPE naming DocBook's DTD ({dtd}) is ignored: the DTD is never loaded",
            "remove the DOCTYPE: DocBook 5 is checked against its RELAX NG schema"),
    SRC_LANGUAGE_TAG("HZ-SRC-042", WARNING, "xml:lang=\"{value}\" is read as \"{tag}\"",
            "write the language as a BCP 47 tag: {tag}"),
    SRC_LANGUAGE_INHERITED("HZ-SRC-043", WARNING, "the included <{name}> has no xml:lang; it is read as \"{tag}\", the language of the file that includes it",
            "give the included file's root element xml:lang=\"{tag}\""),

    // ---- CHK: the book's rules beyond the schema
    CHK_DUPLICATE_ID("HZ-CHK-001", ERROR, "duplicate xml:id \"{id}\" (first used at {first})",
            "ids must be unique across all included files: rename one"),
    CHK_DANGLING_LINKEND("HZ-CHK-002", ERROR, "{element} points to \"{linkend}\", but no element has xml:id=\"{linkend}\"",
            "fix the linkend or add the id"),
    CHK_GLYPH_MISSING("HZ-CHK-003", ERROR, "character U+{codepoint} ({character}) is not in the book's fonts (missing from {fonts})",
            "the fonts cannot print it: replace it or add a font"),
    CHK_IMAGE_OUTSIDE("HZ-CHK-010", ERROR, "images must be inside the book's folder: {fileref}", "copy the image into the book's folder"),
    CHK_IMAGE_BAD_PATH("HZ-CHK-011", ERROR, "not a valid image path: {fileref}",
            "write a path relative to the file, with %20 for a space"),
    CHK_IMAGE_NOT_FOUND("HZ-CHK-012", ERROR, "image not found: {fileref}", "images are relative to the file that refers to them"),
    CHK_IMAGE_UNREADABLE("HZ-CHK-013", ERROR, "image cannot be read: {fileref} ({reason})", "check that the file can be read"),
    CHK_IMAGE_FORMAT("HZ-CHK-014", ERROR, "image {fileref} is {format}; use PNG, JPEG or SVG", "convert the image to PNG, JPEG or SVG"),
    CHK_IMAGE_DAMAGED("HZ-CHK-015", ERROR, "image {fileref} cannot be read: {damage}", "export the image again"),
    CHK_IMAGE_LINK_OUTSIDE("HZ-CHK-016", ERROR, "image {fileref}: a symbolic link leads out of the book's folder",
            "copy the image into the book's folder"),
    CHK_IMAGE_NOT_A_FILE("HZ-CHK-017", ERROR, "image {fileref} is not a regular file", "refer to an image file, not a folder, pipe or device"),
    CHK_IMAGE_TOO_LARGE("HZ-CHK-018", ERROR, "image {fileref} is {width} × {height} pixels, more than the {limit} megapixels an image may have",
            "scale the image down: a page needs far fewer pixels"),
    CHK_SVG_REFERENCE("HZ-CHK-019", ERROR, "image {fileref} refers to {reference} outside itself",
            "an SVG may refer only to itself (#id) and to data: images: embed what it needs"),
    CHK_SVG_UNREADABLE("HZ-CHK-021", ERROR, "image {fileref} cannot be checked: {reason}", "export the SVG again, without entity declarations"),
    CHK_LINK_SCRIPT("HZ-CHK-040", ERROR, "a link to {href}: script and data links are not allowed", "link to a web page or an id of the book"),
    CHK_LINK_NOT_LIVE("HZ-CHK-041", WARNING, "a link to {href} is printed as text: only http, https, ftp, mailto, news, tel and the book's ids are live links",
            "give a web address, or link to an id of the book"),
    CHK_HALFWIDTH_PUNCTUATION("HZ-CHK-060", WARNING, "a half-width \"{mark}\" between Chinese characters: {context}",
            "a proofreading slip: write the full-width {fullwidth}"),
    CHK_FOOTNOTE_IN_FOOTNOTE("HZ-CHK-050", ERROR, "a footnote inside a footnote", "DocBook does not allow it: move the note's text into its parent note"),
    CHK_TABLE_TOO_WIDE("HZ-CHK-051", ERROR, "this row has {used} columns, but its tgroup declares {cols}",
            "remove an entry or a span, or declare more columns (tgroup cols)"),
    CHK_TABLE_SPAN_ORDER("HZ-CHK-052", ERROR, "entry spans from {namest} to {nameend}, which comes before it",
            "swap namest and nameend"),
    CHK_TABLE_ROWS_PAST_END("HZ-CHK-053", ERROR, "entry morerows=\"{morerows}\" runs past the last row of its {part}",
            "reduce morerows or add the rows"),
    CHK_WORD_TOO_LONG("HZ-CHK-054", ERROR, "a word of {length} characters without a place to break it (more than {limit})",
            "the text is damaged, or needs spaces or breaks"),
    CHK_UNDECLARED_COLUMN("HZ-CHK-020", ERROR,
            "entry {attribute}=\"{name}\" names no column: the table's colspecs declare {declared}",
            "name a column that a colspec of the tgroup declares"),
    CHK_SETTING_UNKNOWN("HZ-CHK-030", ERROR, "unknown setting \"{key}\" (known: {known})", "see the settings of typography.properties in the README"),
    CHK_SETTING_EMPTY("HZ-CHK-031", ERROR, "{key} needs a value: {key} = …", "give the setting a value, or remove the line"),
    CHK_SETTING_RANGE("HZ-CHK-032", ERROR, "{key} must be a number from {min} to {max}, not {value}", "give a number in the range"),
    CHK_SETTING_CHOICE("HZ-CHK-033", ERROR, "{key} must be one of {choices}, not {value}", "choose one of them"),
    CHK_SETTINGS_REFUSED("HZ-CHK-034", ERROR,
            "typography.properties is not a regular file inside the book's folder (a symbolic link leads out of it?)",
            "write the settings into a file of the book's own folder"),
    // DocBook's Schematron rules that the layout depends on (Jing checks only the grammar).
    CHK_NESTED_BLOCK("HZ-CHK-070", ERROR, "a <{inner}> inside a <{outer}>",
            "DocBook does not allow it (its Schematron rules): move the {inner} out of the {outer}"),
    CHK_FOOTNOTEREF_TARGET("HZ-CHK-071", ERROR, "footnoteref points to \"{linkend}\", a <{target}>, not a footnote",
            "point the footnoteref's linkend at a footnote's xml:id"),
    CHK_SEGMENT_COUNT("HZ-CHK-072", ERROR, "this seglistitem has {segs} seg elements, but its segmentedlist has {titles} segtitle elements",
            "give every seglistitem one seg for each segtitle"),
    CHK_NO_TITLE("HZ-CHK-073", ERROR, "the {name} has no title: its title page and the metadata of the PDF and the EPUB are made from it",
            "give it a title: <info><title>…</title></info>"),
    CHK_ISBN("HZ-CHK-074", ERROR, "ISBN {isbn} is wrong: {problem}",
            "copy the ISBN again from the publisher's allocation: the copyright page and the bar code print it"),
    CHK_INDEX_STARTREF("HZ-CHK-080", ERROR,
            "the end of an index range names startref=\"{startref}\", which is no indexterm with class=\"startofrange\"",
            "give the indexterm that opens the range that xml:id and class=\"startofrange\", or correct the startref"),

    // ---- STY: the stylesheets (our bugs, unless a book gets past the checks)
    STY_DOES_NOT_COMPILE("HZ-STY-001", ERROR, "{detail}", "the publisher's stylesheets are damaged: reinstall, or report it"),
    STY_FAILED("HZ-STY-002", ERROR, "transformation failed: {detail}", "a bug of the publisher: please report it with the book"),
    STY_NO_GENTEXT("HZ-STY-004", ERROR, "{detail}", "a bug of the publisher (generated text missing): please report it"),
    STY_BAD_COLNAME("HZ-STY-005", ERROR, "{detail}", "name a column that a colspec of the tgroup declares"),
    STY_THEME("HZ-STY-006", ERROR, "{detail}", "the theme (xsl/common/theme.xml) lacks a value or has it in the wrong unit: mend it"),
    // The generic fallback of both outputs (xsl/fo/fallback.xsl, xsl/epub/fallback.xsl). It
    // retires HZ-STY-003 (an element without a template stopped the build), never to be reused.
    STY_FALLBACK("HZ-STY-020", WARNING, "element <{name}> is not rendered in its own way; its text is published as {kind}",
            "check the page: the text is there without the element's own layout"),

    // ---- PDF
    PDF_GLYPH_MISSING("HZ-PDF-001", ERROR, "{detail}", "the fonts cannot print a character: replace it or add a font"),
    PDF_FONT_SUBSTITUTED("HZ-PDF-002", ERROR, "{detail}", "use a font family registered in fonts/fop.xconf"),
    PDF_IMAGE("HZ-PDF-003", ERROR, "{detail}", "check the image: it could not be placed"),
    PDF_LAYOUT_ERROR("HZ-PDF-004", ERROR, "{detail}", "the page layout failed here: simplify the construct"),
    PDF_FOP_FAILED("HZ-PDF-005", ERROR, "FOP failed: {detail}", "the page layout failed: please report it with the book"),
    PDF_WRITE_FAILED("HZ-PDF-006", ERROR, "cannot write the PDF: {reason}", "check the disk and the output folder"),
    PDF_CONFIGURATION("HZ-PDF-007", ERROR, "FOP configuration cannot be read: {reason}", "restore fonts/fop.xconf"),
    PDF_PROOF_NEEDS_PDF("HZ-PDF-008", ERROR, "a proof is made from a PDF: ask for --pdf or --print-pdf too",
            "give --pdf or --print-pdf with --proof"),
    PDF_PROOF_WRITE_FAILED("HZ-PDF-009", ERROR, "cannot write the proofs: {reason}", "check the proof folder"),
    PDF_LAYOUT_WARNING("HZ-PDF-100", WARNING, "{detail}",
            "look at the page: an overfull line, a figure scaled down or a similar compromise of the layout"),
    // The print cover and signatures (issue 16).
    PDF_ISBN_BARCODE("HZ-PDF-030", ERROR, "the ISBN {isbn} cannot be printed as a bar code on the cover: {reason}",
            "give the ISBN as 13 digits (or 10) with its check digit in <biblioid class=\"isbn\">"),
    PDF_SIGNATURES("HZ-PDF-031", ERROR, "the print edition has {pages} pages after its blank pages, not whole signatures of {signature}",
            "please report it with the book"),
    PDF_LAYOUT_UNSTABLE("HZ-PDF-040", ERROR,
            "the index's page numbers or the page count still changed after {passes} layouts of the {edition} edition",
            "please report it with the book; a page break forced before the index (or a shorter index) settles it"),
    PDF_SVG_RGB("HZ-PDF-101", WARNING,
            "the SVG's colours are RGB; the print edition passes them on as they are, for the print shop to convert to CMYK",
            "tell the print shop, or give the image in CMYK"),
    PDF_IMAGE_RESOLUTION("HZ-PDF-102", WARNING,
            "image {fileref} prints at {ppi} ppi on page {folio} of the print edition (its PDF's page {page}); a print shop asks for {least}, {width} × {height} pixels at this size",
            "give the image with more pixels, or print it smaller (contentwidth, width)"),

    // ---- EPB: the EPUB
    EPB_COVER_FONT("HZ-EPB-001", ERROR, "cannot load the font for the cover: {reason}", "restore the fonts folder"),
    EPB_THEME("HZ-EPB-002", ERROR, "cannot read the theme: {reason}", "the publisher's theme is damaged: reinstall"),

    // ---- FNT: the fonts
    FNT_SETUP("HZ-FNT-001", ERROR, "fonts cannot be set up: {reason}", "check fonts/fop.xconf and the font files"),
    FNT_UNREADABLE("HZ-FNT-002", ERROR, "cannot read font: {reason}", "restore the font file"),

    // ---- OUT: writing the outputs
    OUT_OVERWRITES_SOURCE("HZ-OUT-001", ERROR, "the output would overwrite the source: choose another output file",
            "choose another output file"),
    OUT_IS_FOLDER("HZ-OUT-002", ERROR, "is a folder: give an output file name", "give a file name, not a folder"),
    OUT_PARENT_IS_FILE("HZ-OUT-003", ERROR, "cannot write here: {folder} is a file, not a folder", "choose another output path"),
    OUT_NOT_WRITABLE("HZ-OUT-004", ERROR, "cannot write here: the folder {folder} is not writable", "choose a writable folder"),
    OUT_CANNOT_CREATE("HZ-OUT-005", ERROR, "cannot write here: {reason}", "check the output folder"),
    OUT_WRITE_FAILED("HZ-OUT-006", ERROR, "cannot write: {reason}", "check the disk and the output folder"),

    // ---- INS: the installation
    INS_NO_FONTS("HZ-INS-001", ERROR, "the fonts folder is missing (expected fonts/fop.xconf beside {jar})",
            "keep the fonts folder beside publisher.jar"),
    INS_UNKNOWN_LOCATION("HZ-INS-002", ERROR, "cannot tell where the publisher is installed: {reason}", "run publisher.jar from a file"),
    INS_MISSING_RESOURCE("HZ-INS-003", ERROR, "missing resource {name} in the publisher", "the jar is damaged: rebuild it"),
    INS_FONTS_ARCHIVE("HZ-INS-004", ERROR, "cannot unpack the publisher's fonts from {archive}: {reason}",
            "make the folder writable or set publisher.fontsCache to one; run `mvn install` in the publisher's project again"),

    // ---- CLI: the command line
    CLI_USAGE("HZ-CLI-001", ERROR, "{detail}", "see --help"),
    CLI_NEW_BOOK_EXISTS("HZ-CLI-002", ERROR, "a book is already here: choose an empty or new folder", "choose another folder"),
    CLI_NEW_BOOK_WRITE("HZ-CLI-003", ERROR, "cannot write the new book: {reason}", "check the folder"),
    CLI_INTERRUPTED("HZ-CLI-004", ERROR, "interrupted", "publish again"),
    CLI_INTERNAL("HZ-CLI-005", ERROR, "internal error: {detail}",
            "a bug of the publisher: run again with --verbose for the details, and please report it");

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)\\}");

    private final String id;
    private final Severity severity;
    private final String template;
    private final String remedy;

    Code(String id, Severity severity, String template, String remedy) {
        this.id = id;
        this.severity = severity;
        this.template = template;
        this.remedy = remedy;
    }

    /** The stable code, as printed: {@code HZ-SRC-005}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The message with its {@code {name}} parameters, as the catalogue writes it. */
    public String template() {
        return template;
    }

    /** What to do about it, in one line. */
    public String remedy() {
        return remedy;
    }

    /** The message with every parameter filled in; a parameter missing is our bug. */
    public String format(Map<String, ?> parameters) {
        Matcher names = PARAMETER.matcher(template);
        StringBuilder message = new StringBuilder();
        while (names.find()) {
            Object value = parameters.get(names.group(1));
            if (value == null) {
                throw new IllegalArgumentException(id + " needs the parameter " + names.group(1));
            }
            names.appendReplacement(message, Matcher.quoteReplacement(value.toString()));
        }
        names.appendTail(message);
        return message.toString();
    }

    /** The catalogue as the README's table of errors and warnings. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| code | severity | message | what to do |\n|---|---|---|---|\n");
        for (Code code : values()) {
            table.append("| `").append(code.id).append("` | ").append(code.severity.label()).append(" | ")
                    .append(code.template.replace("|", "\\|")).append(" | ").append(code.remedy.replace("|", "\\|"))
                    .append(" |\n");
        }
        return table.toString();
    }
}
