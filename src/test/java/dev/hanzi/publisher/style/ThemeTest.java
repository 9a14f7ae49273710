package dev.hanzi.publisher.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One theme (issue 12): the book's colours are written only in {@code xsl/common/theme.xml}, and
 * its sizes only in the modules whose job is typography: the theme, {@code xsl/fo/theme.xsl},
 * {@code xsl/fo/attributes.xsl}, the named constants at the top of {@code xsl/fo/cjk.xsl} and
 * {@code xsl/epub/css.xsl}. Every other stylesheet and every Java class names the theme's values.
 * The files are read as text from the project folder, where Maven runs the tests; the checks
 * themselves are tested on planted literals, so that a check that stopped finding anything would
 * fail too.
 */
class ThemeTest {
    private static final Path XSL = Paths.get("xsl");
    private static final Path THEME = XSL.resolve("common").resolve("theme.xml");
    private static final Path JAVA = Paths.get("src", "main", "java");
    private static final Path FONTS = Paths.get("fonts");
    private static final String XSLT = "http://www.w3.org/1999/XSL/Transform";

    /** Stylesheets that may write sizes: they are the rendering of the theme. */
    private static final Set<String> TYPOGRAPHY_MODULES = Set.of("fo/attributes.xsl", "fo/theme.xsl", "epub/css.xsl");
    /** The one module whose top-level variables may hold sizes (its typesetting constants). */
    private static final String CJK = "fo/cjk.xsl";

    // ------------------------------------------------------------------ what a literal is

    /** #rgb, #rgba, #rrggbb, #rrggbbaa; not a character reference (&#123;). */
    private static final Pattern HEX_COLOUR =
            Pattern.compile("(?<![&\\w])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\\w-])");
    /** CSS and XSL-FO colour functions. */
    private static final Pattern COLOUR_FUNCTION = Pattern.compile(
            "(?i)(?<![\\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|cmyka?|device-cmyk|icc-color|rgb-icc|system-color|color)\\s*\\(");
    /** The CSS named colours (CSS Color 4), which XSL-FO and SVG share. */
    private static final Set<String> NAMED_COLOURS = Set.of(("aliceblue antiquewhite aqua aquamarine azure beige bisque"
            + " black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral"
            + " cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey"
            + " darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen"
            + " darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray"
            + " dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod"
            + " gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush"
            + " lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen"
            + " lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey"
            + " lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue"
            + " mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise"
            + " mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab"
            + " orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff"
            + " peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon"
            + " sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen"
            + " steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen")
            .split(" "));
    /** Attributes (FO, SVG, CSS properties) whose value is or contains a colour. */
    private static final Pattern COLOUR_PROPERTY = Pattern.compile(
            "color|background(?:-color)?|border(?:-[a-z]+)*|outline(?:-[a-z]+)*|stroke|fill"
            + "|(?:stop|flood|lighting|caret|text-decoration|column-rule)-color");
    /** A CSS declaration of a colour property, in a style attribute or CSS text. */
    private static final Pattern COLOUR_DECLARATION =
            Pattern.compile("(?i)(?<![\\w:-])(?:" + COLOUR_PROPERTY.pattern() + ")\\s*:\\s*([^;{}\"<]*)");
    /** A string literal in XPath. */
    private static final Pattern XPATH_STRING = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    /** A number with a unit of length (FO, CSS, SVG), or a percentage. */
    private static final Pattern SIZE_WITH_UNIT = Pattern.compile(
            "(?<![\\w.#$])-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:pt|mm|cm|in|pc|px|em|ex|rem|ch|vh|vw|%)(?![\\w%])");
    /** A number on its own (a font size of 12, a line height of 1.5). */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\w.#$-])\\d+(?:\\.\\d+)?(?![\\w.])");
    /** Properties that are typography: sizes, spaces, indents, rule widths. */
    private static final Pattern SIZE_PROPERTY = Pattern.compile(
            "font-size|line-height|(?:space|margin|padding)(?:-[a-z]+)*(?:\\.[a-z.]+)?|border(?:-[a-z]+)*-width"
            + "|border(?:-[a-z]+)?|extent|(?:[a-z]+-)*indent|(?:letter|word)-spacing(?:\\.[a-z]+)?|baseline-shift"
            + "|leader-length(?:\\.[a-z]+)?|leader-pattern-width|rule-thickness|provisional-distance-between-starts"
            + "|provisional-label-separation|(?:content-)?width|(?:content-)?height|top|left|right|bottom"
            + "|stroke-width");
    /** A CSS declaration of a size property with a bare number (line-height: 2). */
    private static final Pattern SIZE_DECLARATION = Pattern.compile(
            "(?i)(?<![\\w:-])(?:" + SIZE_PROPERTY.pattern() + ")\\s*:\\s*[^;{}\"<]*?(?<![\\w.#$-])\\d");

    // ------------------------------------------------------------------ the project's files

    @Test
    void coloursAreWrittenOnlyInTheTheme() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(XSL, "")) {
            if (file.normalize().equals(THEME.normalize())) {
                continue;
            }
            String name = file.getFileName().toString();
            found.addAll(name.endsWith(".xsl") || name.endsWith(".xml")
                    ? colourLiteralsInXml(file.toString(), read(file))
                    : colourLiteralsInText(file.toString(), read(file)));
        }
        assertTrue(found.isEmpty(), () -> "colours are written in xsl/common/theme.xml and named elsewhere:\n"
                + String.join("\n", found));
    }

    @Test
    void theJavaSourcesTakeTheirColoursFromTheTheme() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            found.addAll(colourLiteralsInJava(file.toString(), read(file)));
        }
        assertTrue(found.isEmpty(), () -> "Java reads its colours from xsl/common/theme.xml (style.Theme):\n"
                + String.join("\n", found));
    }

    @Test
    void sizesAreWrittenOnlyInTheTypographyModules() throws IOException {
        List<String> found = new ArrayList<>();
        for (String folder : List.of("fo", "epub", "common")) {
            try (Stream<Path> listing = Files.list(XSL.resolve(folder))) {
                for (Path file : listing.filter(p -> p.toString().endsWith(".xsl")).sorted().toList()) {
                    String module = folder + "/" + file.getFileName();
                    if (!TYPOGRAPHY_MODULES.contains(module)) {
                        found.addAll(sizeLiterals(module, read(file)));
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), () -> "sizes belong in xsl/common/theme.xml, xsl/fo/attributes.xsl (attribute sets),"
                + " xsl/fo/theme.xsl, the constants at the top of xsl/fo/cjk.xsl or xsl/epub/css.xsl:\n"
                + String.join("\n", found));
    }

    @Test
    void everyThemeValueIsNamedOnceAndExplained() throws Exception {
        Document theme = parse(THEME);
        Set<String> names = new HashSet<>();
        Set<String> roles = new HashSet<>();
        NodeList all = theme.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element entry = (Element) all.item(i);
            String name = entry.hasAttribute("name") ? entry.getAttribute("name") : entry.getAttribute("role");
            if (name.isEmpty()) {
                continue;
            }
            // The stylesheets look values up by name, fonts by role: each must be unique.
            assertTrue(entry.hasAttribute("name") ? names.add(name) : roles.add(name), "theme.xml names " + name + " twice");
            Node before = entry.getPreviousSibling();
            while (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
                before = before.getPreviousSibling();
            }
            assertTrue(before != null && before.getNodeType() == Node.COMMENT_NODE,
                    "theme.xml: " + name + " has no comment saying what it is");
            if (entry.getTagName().equals("colour")) {
                assertTrue(entry.hasAttribute("screen") || entry.hasAttribute("print") || entry.hasAttribute("print-as"),
                        "colour " + name + " has no value");
            } else if (!entry.getTagName().equals("font") && !entry.getTagName().equals("font-list")) {
                assertTrue(entry.hasAttribute("value") || entry.hasAttribute("pdf") && entry.hasAttribute("epub"),
                        name + " needs a value, or a pdf and an epub value");
            }
        }
    }

    /** The cover image loads the theme's font files; FOP finds the theme's families in fop.xconf. */
    @Test
    void theThemeFontsAreTheOnesFopHas() throws Exception {
        Document theme = parse(THEME);
        Document fop = parse(FONTS.resolve("fop.xconf"));
        NodeList fonts = theme.getElementsByTagName("font");
        assertTrue(fonts.getLength() >= 2, "theme.xml names the serif and the sans");
        for (int i = 0; i < fonts.getLength(); i++) {
            Element font = (Element) fonts.item(i);
            for (String weight : List.of("regular", "bold")) {
                String file = font.getAttribute(weight + "-file");
                assertTrue(Files.isRegularFile(FONTS.resolve(file)), "fonts/" + file + " (" + font.getAttribute("role") + ")");
                String fopWeight = weight.equals("regular") ? "normal" : "bold";
                assertTrue(registers(fop, file, font.getAttribute("family"), fopWeight),
                        "fonts/fop.xconf registers " + file + " as " + font.getAttribute("family") + " " + fopWeight);
            }
        }
    }

    // ------------------------------------------------------------------ the checks, tested

    @Test
    void theChecksCatchALiteralAndLeaveTheRestAlone() {
        // Sizes in a template module: each of these is caught.
        for (String planted : List.of(
                "<fo:block font-size=\"12pt\"/>",
                "<fo:block space-before=\"6\"/>",
                "<fo:block start-indent=\"{$level * 2}em\"/>",
                "<xsl:attribute name=\"line-height\" select=\"1.5\"/>",
                "<xsl:attribute name=\"margin-left\">3mm</xsl:attribute>",
                "<xsl:attribute name=\"padding\">4</xsl:attribute>",
                "<xsl:attribute name=\"font-size\"><xsl:value-of select=\"$size * 0.8\"/></xsl:attribute>",
                "<xsl:variable name=\"gap\" select=\"'0.5em'\"/>",
                "<xsl:template match=\"x\"><fo:inline letter-spacing=\"0.1em\"/></xsl:template>")) {
            assertFalse(sizeLiterals("fo/blocks.xsl", stylesheet(planted)).isEmpty(), planted);
        }
        assertFalse(sizeLiterals("epub/blocks.xsl", stylesheet("<p style=\"margin: 1em\"/>")).isEmpty());
        assertFalse(sizeLiterals("epub/blocks.xsl", stylesheet("<p style=\"line-height: 2\"/>")).isEmpty());
        assertFalse(sizeLiterals(CJK, stylesheet(
                "<xsl:template match=\"x\"><fo:inline letter-spacing=\"0.1em\"/></xsl:template>")).isEmpty(),
                "cjk.xsl's templates are checked like any other");
        // Not typography: left alone.
        for (String innocent : List.of(
                "<fo:table-column column-number=\"{.}\" column-width=\"proportional-column-width(1)\"/>",
                "<xsl:variable name=\"n\" select=\"count(preceding-sibling::*) + 1\"/>",
                "<fo:page-sequence format=\"1\" initial-page-number=\"1\"/>",
                "<xsl:attribute name=\"number-rows-spanned\" select=\"xs:integer(@morerows) + 1\"/>",
                "<svg width=\"{$w}mm\" height=\"{$h}mm\" viewBox=\"0 0 {$w} {$h}\"><line x1=\"0\" x2=\"{$w - $o}\"/></svg>",
                "<!-- a quarter em, 10% of the measure, a 3 mm bleed -->",
                "<fo:inline>&#x200B;<xsl:value-of select=\"substring(., 2)\"/></fo:inline>",
                "<xsl:attribute name=\"padding-end\" select=\"$autospace\"/>")) {
            assertEquals(List.of(), sizeLiterals("fo/blocks.xsl", stylesheet(innocent)), innocent);
        }
        assertEquals(List.of(), sizeLiterals(CJK, stylesheet("<xsl:variable name=\"autospace\" select=\"'0.25em'\"/>")),
                "cjk.xsl's named constants are theme");

        // Colours in a stylesheet.
        for (String planted : List.of(
                "<fo:block color=\"#7a1f1f\"/>",
                "<xsl:variable name=\"ink\" select=\"'black'\"/>",
                "<line stroke=\"red\"/>",
                "<fo:block border=\"1pt solid navy\"/>",
                "<xsl:attribute name=\"background-color\">white</xsl:attribute>",
                "<xsl:attribute name=\"color\" select=\"'cmyk(0,0,0,1)'\"/>",
                "<xsl:text>a { color: teal; }</xsl:text>",
                "<xsl:variable name=\"c\" select=\"'rgb(0, 0, 0)'\"/>",
                "<!-- the accent, #7a1f1f -->")) {
            assertFalse(colourLiteralsInXml("fo/blocks.xsl", stylesheet(planted)).isEmpty(), planted);
        }
        for (String innocent : List.of(
                "<a href=\"#{f:id(.)}\"/>",
                "<xsl:text>&#123;&#x200B;</xsl:text>",
                "<fo:block role=\"note\" text-align=\"center\"/>",
                "<!-- registration black hairlines -->",
                "<xsl:attribute name=\"color\" select=\"$accent-colour\"/>",
                "<xsl:attribute name=\"border-left-color\" select=\"f:colour('accent')\"/>")) {
            assertEquals(List.of(), colourLiteralsInXml("fo/blocks.xsl", stylesheet(innocent)), innocent);
        }
        assertFalse(colourLiteralsInText("epub/book.css", "a { border-bottom: 1px solid #9bb0c8; }").isEmpty());
        assertFalse(colourLiteralsInText("epub/book.css", "a { color: maroon; }").isEmpty());

        // Colours in Java.
        for (String planted : List.of(
                "Color ink = new Color(0x7a1f1f);",
                "Color ink = new java.awt.Color(122, 31, 31);",
                "Color ink = Color.WHITE;",
                "Color ink = Color.decode(\"#7a1f1f\");",
                "String css = \"img{border:1px solid #999}\";",
                "String css = \"color: black\";",
                "String ink = \"cmyk(0,0,0,1)\";")) {
            assertFalse(colourLiteralsInJava("X.java", planted).isEmpty(), planted);
        }
        for (String innocent : List.of(
                "Color ink = Color.decode(theme.screenColour(\"accent\"));",
                "Color ink = new Color(rgb);",
                "/** See {@link List#add}, and #fff in prose. */ int x;",
                "// #7a1f1f was the old accent\nint y;",
                "static final int MAGIC = 0x485A464D;",
                "char hash = '#'; String s = \"a\\\"#b\";",
                "g.setColor(background);")) {
            assertEquals(List.of(), colourLiteralsInJava("X.java", innocent), innocent);
        }
    }

    // ------------------------------------------------------------------ colours

    /** Colour literals in a stylesheet or XML file: hex and functions anywhere, named colours as values. */
    static List<String> colourLiteralsInXml(String file, String text) {
        List<String> found = new ArrayList<>();
        // Hex colours and colour functions anywhere, comments included: a colour quoted in a
        // comment is a second copy that goes stale.
        for (Hit hit : colours(text, false)) {
            found.add(file + ":" + line(text, hit.offset()) + ": " + hit.what());
        }
        scan(file, text, new Scanner(file, found) {
            @Override
            void attribute(String element, boolean xslt, String name, String value) {
                for (Matcher m = XPATH_STRING.matcher(value); m.find(); ) {
                    String literal = m.group(1) != null ? m.group(1) : m.group(2);
                    if (NAMED_COLOURS.contains(literal.strip().toLowerCase(Locale.ROOT))) {
                        report("the colour '" + literal + "' in " + name + "=\"" + value + "\"");
                    }
                }
                if (!xslt && COLOUR_PROPERTY.matcher(name).matches()) {
                    namedColours(value.replaceAll("\\{[^}]*}", " "), name + "=\"" + value + "\"");
                }
                colourDeclarations(value);
            }

            @Override
            void text(String text, String attributeBeingMade) {
                if (attributeBeingMade != null && COLOUR_PROPERTY.matcher(attributeBeingMade).matches()) {
                    namedColours(text, "xsl:attribute " + attributeBeingMade);
                }
                colourDeclarations(text);
            }

            private void namedColours(String value, String where) {
                for (Matcher m = WORD.matcher(value); m.find(); ) {
                    if (NAMED_COLOURS.contains(m.group().toLowerCase(Locale.ROOT))) {
                        report("the colour " + m.group() + " in " + where);
                    }
                }
            }

            private void colourDeclarations(String value) {
                for (Matcher m = COLOUR_DECLARATION.matcher(value); m.find(); ) {
                    namedColours(m.group(1), "\"" + m.group().strip() + "\"");
                }
            }
        });
        return found;
    }

    /** Hex colours and colour functions anywhere in a text, named colours in its CSS declarations. */
    static List<String> colourLiteralsInText(String file, String text) {
        return colours(text, true).stream().map(hit -> file + ":" + line(text, hit.offset()) + ": " + hit.what()).toList();
    }

    private record Hit(int offset, String what) {
    }

    private static List<Hit> colours(String text, boolean declarations) {
        List<Hit> found = new ArrayList<>();
        for (Pattern pattern : List.of(HEX_COLOUR, COLOUR_FUNCTION)) {
            for (Matcher m = pattern.matcher(text); m.find(); ) {
                found.add(new Hit(m.start(), "the colour " + m.group()));
            }
        }
        if (declarations) {
            for (Matcher m = COLOUR_DECLARATION.matcher(text); m.find(); ) {
                for (Matcher w = WORD.matcher(m.group(1)); w.find(); ) {
                    if (NAMED_COLOURS.contains(w.group().toLowerCase(Locale.ROOT))) {
                        found.add(new Hit(m.start(), "the colour " + w.group() + " in \"" + m.group().strip() + "\""));
                    }
                }
            }
        }
        return found;
    }

    /** Java's colour literals: java.awt.Color made from numbers or constants, colours in strings. */
    static List<String> colourLiteralsInJava(String file, String source) {
        List<String> found = new ArrayList<>();
        JavaSource java = JavaSource.lex(source);
        for (Pattern pattern : List.of(
                Pattern.compile("\\bnew\\s+(?:java\\.awt\\.)?Color\\s*\\(\\s*[-+]?(?:0[xX][0-9a-fA-F]|\\d|\\.\\d)[^)]*\\)"),
                Pattern.compile("\\b(?:java\\.awt\\.)?Color\\s*\\.\\s*(?:white|WHITE|lightGray|LIGHT_GRAY|gray|GRAY"
                        + "|darkGray|DARK_GRAY|black|BLACK|red|RED|pink|PINK|orange|ORANGE|yellow|YELLOW|green|GREEN"
                        + "|magenta|MAGENTA|cyan|CYAN|blue|BLUE)\\b"),
                // A string literal's text is blanked in the code: "" is where it stood.
                Pattern.compile("\\bColor\\s*\\.\\s*(?:decode|getColor)\\s*\\(\\s*\"\""))) {
            for (Matcher m = pattern.matcher(java.code()); m.find(); ) {
                found.add(file + ":" + line(java.code(), m.start()) + ": " + m.group());
            }
        }
        for (JavaSource.Literal string : java.strings()) {
            List<Hit> hits = new ArrayList<>(colours(string.text(), true));
            if (hits.isEmpty() && NAMED_COLOURS.contains(string.text().strip().toLowerCase(Locale.ROOT))) {
                hits.add(new Hit(0, "the colour " + string.text()));
            }
            for (Hit hit : hits) {
                found.add(file + ":" + (string.line() + line(string.text(), hit.offset()) - 1) + ": " + hit.what()
                        + " in a string");
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ sizes

    /**
     * Sizes in a template module: a number with a unit anywhere (attribute, XPath string, text),
     * a bare number in a typography property (an attribute of that name, an xsl:attribute making
     * one, a CSS declaration). In cjk.xsl, the top-level variables are the named constants.
     */
    static List<String> sizeLiterals(String module, String text) {
        List<String> found = new ArrayList<>();
        boolean constantsAllowed = module.equals(CJK);
        scan(module, text, new Scanner(module, found) {
            @Override
            void attribute(String element, boolean xslt, String name, String value) {
                if (constantsAllowed && inTopLevelVariable()) {
                    return;
                }
                withUnit(value, name + "=\"" + value + "\"");
                boolean sizeProperty = !xslt && SIZE_PROPERTY.matcher(name).matches()
                        || xslt && element.equals("attribute") && name.equals("select") && madeSize()
                        || xslt && !element.equals("attribute") && madeSize();
                if (sizeProperty) {
                    bare(value, name + "=\"" + value + "\"");
                }
                declarations(value);
            }

            @Override
            void text(String text, String attributeBeingMade) {
                if (constantsAllowed && inTopLevelVariable()) {
                    return;
                }
                withUnit(text, "\"" + text.strip() + "\"");
                if (attributeBeingMade != null && SIZE_PROPERTY.matcher(attributeBeingMade).matches()) {
                    bare(text, "xsl:attribute " + attributeBeingMade);
                }
                declarations(text);
            }

            private boolean madeSize() {
                return attributeBeingMade() != null && SIZE_PROPERTY.matcher(attributeBeingMade()).matches();
            }

            private void withUnit(String value, String where) {
                for (Matcher m = SIZE_WITH_UNIT.matcher(value); m.find(); ) {
                    report("the size " + m.group() + " in " + where);
                }
            }

            private void bare(String value, String where) {
                if (BARE_NUMBER.matcher(value.replaceAll(SIZE_WITH_UNIT.pattern(), " ")).find()) {
                    report("a size in " + where);
                }
            }

            private void declarations(String value) {
                for (Matcher m = SIZE_DECLARATION.matcher(value.replaceAll(SIZE_WITH_UNIT.pattern(), " ")); m.find(); ) {
                    report("a size in \"" + m.group().strip() + "\"");
                }
            }
        });
        return found;
    }

    // ------------------------------------------------------------------ reading stylesheets

    /** What a scan sees of a stylesheet: attributes and text, never comments, with their lines. */
    private abstract static class Scanner extends DefaultHandler {
        private final String file;
        private final List<String> found;
        private final Deque<String[]> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        Scanner(String file, List<String> found) {
            this.file = file;
            this.found = found;
        }

        abstract void attribute(String element, boolean xslt, String name, String value);

        abstract void text(String text, String attributeBeingMade);

        void report(String what) {
            found.add(file + ":" + (locator == null ? "?" : locator.getLineNumber()) + ": " + what);
        }

        /** Inside a variable that is a child of xsl:stylesheet. */
        boolean inTopLevelVariable() {
            String[][] path = open.toArray(new String[0][]);
            return path.length >= 2 && path[path.length - 2][0].equals("xsl:variable");
        }

        /** The name of the attribute the innermost xsl:attribute makes, if any. */
        String attributeBeingMade() {
            for (String[] element : open) {
                if (element[0].equals("xsl:attribute")) {
                    return element[1];
                }
            }
            return null;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            flush();
            boolean xslt = XSLT.equals(uri);
            String made = xslt && local.equals("attribute") ? attributes.getValue("name") : null;
            open.push(new String[] {xslt ? "xsl:" + local : qName, made});
            for (int i = 0; i < attributes.getLength(); i++) {
                attribute(local, xslt, attributes.getQName(i), attributes.getValue(i));
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            flush();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flush() {
            if (!text.toString().isBlank()) {
                text(text.toString(), attributeBeingMade());
            }
            text.setLength(0);
        }
    }

    private static void scan(String file, String text, Scanner scanner) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new InputSource(new StringReader(text)), scanner);
        } catch (Exception e) {
            throw new AssertionError(file + " cannot be read as XML: " + e.getMessage(), e);
        }
    }

    private static String stylesheet(String body) {
        return "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"" + XSLT + "\""
                + " xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">\n" + body + "\n</xsl:stylesheet>";
    }

    // ------------------------------------------------------------------ reading Java

    /** A Java source as its code (string literals emptied, comments blanked) and its string literals. */
    record JavaSource(String code, List<Literal> strings) {
        record Literal(int line, String text) {
        }

        static JavaSource lex(String source) {
            StringBuilder code = new StringBuilder();
            List<Literal> strings = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                int end;
                if (source.startsWith("//", i)) {
                    end = source.indexOf('\n', i);
                    end = end < 0 ? source.length() : end;
                } else if (source.startsWith("/*", i)) {
                    end = source.indexOf("*/", i + 2);
                    end = end < 0 ? source.length() : end + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    end = closing(source, i + 3, "\"\"\"");
                    strings.add(new Literal(line, source.substring(i + 3, Math.max(i + 3, end - 3))));
                    code.append("\"\"");
                } else if (c == '"' || c == '\'') {
                    end = closing(source, i + 1, String.valueOf(c));
                    if (c == '"') {
                        strings.add(new Literal(line, source.substring(i + 1, Math.max(i + 1, end - 1))));
                    }
                    code.append(c).append(c);
                } else {
                    code.append(c);
                    line += c == '\n' ? 1 : 0;
                    i++;
                    continue;
                }
                // Whatever was skipped keeps its line breaks, so that lines are counted right.
                String skipped = source.substring(i, end);
                long breaks = skipped.chars().filter(ch -> ch == '\n').count();
                code.append("\n".repeat((int) breaks));
                line += (int) breaks;
                i = end;
            }
            return new JavaSource(code.toString(), strings);
        }

        /** The index after the closing quote, skipping escaped characters. */
        private static int closing(String source, int from, String quote) {
            int i = from;
            while (i < source.length()) {
                if (source.charAt(i) == '\\') {
                    i += 2;
                } else if (source.startsWith(quote, i)) {
                    return i + quote.length();
                } else {
                    i++;
                }
            }
            return source.length();
        }
    }

    // ------------------------------------------------------------------ files

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Whether fop.xconf embeds this file under this family and weight. */
    private static boolean registers(Document fop, String file, String family, String weight) {
        NodeList fonts = fop.getElementsByTagName("font");
        for (int i = 0; i < fonts.getLength(); i++) {
            Element font = (Element) fonts.item(i);
            if (!font.getAttribute("embed-url").equals(file)) {
                continue;
            }
            NodeList triplets = font.getElementsByTagName("font-triplet");
            for (int j = 0; j < triplets.getLength(); j++) {
                Element triplet = (Element) triplets.item(j);
                if (triplet.getAttribute("name").equals(family) && triplet.getAttribute("weight").equals(weight)) {
                    return true;
                }
            }
        }
        return false;
    }
}
