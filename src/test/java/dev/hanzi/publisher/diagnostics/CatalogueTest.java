package dev.hanzi.publisher.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of diagnostics ({@link Code}) keeps its promises: stable, well-formed codes,
 * templates whose parameters the formatter can fill, the README's table of errors equal to the
 * catalogue, and no entry that nothing in the publisher reports.
 */
class CatalogueTest {
    static final String BEGIN =
            "<!-- catalogue: generated from dev.hanzi.publisher.diagnostics.Code; CatalogueTest keeps them equal -->";
    static final String END = "<!-- end of catalogue -->";
    private static final Pattern ID = Pattern.compile("HZ-[A-Z]{3}-\\d{3}");
    private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)\\}");
    /** The project's folder: Maven runs the tests there. */
    private static final Path PROJECT = Paths.get("").toAbsolutePath();

    @Test
    void everyIdIsUniqueAndWellFormed() {
        Map<String, Code> seen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Code code : Code.values()) {
            if (!ID.matcher(code.id()).matches()) {
                problems.add(code + ": " + code.id() + " is not HZ-XXX-000");
            }
            Code earlier = seen.put(code.id(), code);
            if (earlier != null) {
                problems.add(code + ": " + code.id() + " is already " + earlier);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyEntryHasAMessageARemedyAndASeverity() {
        for (Code code : Code.values()) {
            assertFalse(code.template().isBlank(), code + ": no message");
            assertFalse(code.remedy().isBlank(), code + ": no remedy");
            assertTrue(code.severity() != null, code + ": no severity");
            assertFalse(code.template().contains("\n") || code.remedy().contains("\n"), code + ": one line each");
        }
    }

    @Test
    void everyParameterIsALowerCaseName() {
        List<String> problems = new ArrayList<>();
        for (Code code : Code.values()) {
            Matcher parameter = BRACED.matcher(code.template());
            while (parameter.find()) {
                if (!parameter.group(1).matches("[a-z]+")) {
                    problems.add(code + ": {" + parameter.group(1) + "} in \"" + code.template() + "\"");
                }
            }
        }
        assertEquals(List.of(), problems, "parameters the formatter cannot fill (it takes {lowercase} names)");
    }

    @Test
    void everyParameterIsFilledIn() {
        for (Code code : Code.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            Matcher parameter = BRACED.matcher(code.template());
            while (parameter.find()) {
                values.put(parameter.group(1), "<" + parameter.group(1) + ">");
            }
            String message = code.format(values);
            assertFalse(BRACED.matcher(message).find(), code + ": a parameter left in " + message);
            values.keySet().forEach(name -> assertTrue(message.contains("<" + name + ">"), code + ": " + name));
        }
    }

    @Test
    void aDiagnosticPrintsAsCompilersPrintThem() {
        Diagnostic located = Diagnostic.of(Code.CHK_IMAGE_NOT_FOUND, new Location("book.xml", 30, 9),
                Map.of("fileref", "images/a.png"));
        assertEquals("book.xml:30:9: error " + Code.CHK_IMAGE_NOT_FOUND.id() + ": image not found: images/a.png",
                located.toString());
        Diagnostic file = Diagnostic.of(Code.SRC_EMPTY, new Location("book.xml", 0, 0));
        assertEquals("book.xml: error " + Code.SRC_EMPTY.id() + ": " + Code.SRC_EMPTY.template(), file.toString());
        Diagnostic nowhere = Diagnostic.of(Code.CLI_USAGE, Location.NOWHERE, Map.of("detail", "no source file given"));
        assertEquals("error " + Code.CLI_USAGE.id() + ": no source file given", nowhere.toString());
        Diagnostic warning = Diagnostic.of(Code.PDF_SVG_RGB, new Location("images/a.svg", 0, 0));
        assertTrue(warning.toString().startsWith("images/a.svg: warning " + Code.PDF_SVG_RGB.id() + ": "), warning.toString());
    }

    @Test
    void theReadmesTableIsTheCatalogue() throws IOException {
        String generated = Code.markdownTable();
        // Beside the build's other outputs, ready to paste.
        Path copy = PROJECT.resolve("target/catalogue.md");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, BEGIN + "\n" + generated + END + "\n", StandardCharsets.UTF_8);
        List<String> readme = Files.readAllLines(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        String paste = "paste the generated table (" + PROJECT.relativize(copy) + ", Code.markdownTable()) into README.md"
                + " between the lines\n" + BEGIN + "\nand\n" + END + "\n:\n" + generated;
        if (begin < 0 || end < begin) {
            fail("README.md has no catalogue section: " + paste);
        }
        String documented = String.join("\n", readme.subList(begin + 1, end)).strip();
        assertEquals(generated.strip(), documented, "README.md's table of errors is not the catalogue's: " + paste);
    }

    /**
     * Every entry is reported somewhere: its constant is named in the publisher's Java sources,
     * and an entry that reports a stylesheet's error (TransformErrors maps an
     * {@code error-code="f:name"} to it) has a stylesheet that raises that name.
     */
    @Test
    void everyEntryIsUsed() throws IOException {
        Map<Path, String> java = texts(PROJECT.resolve("src/main/java"), ".java");
        String javaText = java.entrySet().stream().filter(e -> !e.getKey().endsWith("diagnostics/Code.java"))
                .map(Map.Entry::getValue).collect(Collectors.joining("\n"));
        String xslText = String.join("\n", texts(PROJECT.resolve("xsl"), ".xsl").values());
        Map<Code, String> raisedBy = stylesheetCodes(java);
        List<String> unused = new ArrayList<>();
        for (Code code : Code.values()) {
            if (!Pattern.compile("\\bCode\\." + code.name() + "\\b").matcher(javaText).find()) {
                unused.add(code + " (" + code.id() + "): not named in src/main/java");
            } else if (raisedBy.containsKey(code)
                    && !xslText.contains("error-code=\"f:" + raisedBy.get(code) + "\"")) {
                unused.add(code + " (" + code.id() + "): no stylesheet raises f:" + raisedBy.get(code));
            }
        }
        assertEquals(List.of(), unused, "catalogue entries nothing reports");
    }

    /** The catalogue entries TransformErrors gives to the stylesheets' error codes: entry to name. */
    private static Map<Code, String> stylesheetCodes(Map<Path, String> java) {
        Map<Code, String> codes = new LinkedHashMap<>();
        Pattern mapping = Pattern.compile("\"([a-z-]+)\"\\s*,\\s*Code\\.([A-Z0-9_]+)");
        java.entrySet().stream().filter(e -> e.getKey().endsWith("style/TransformErrors.java")).forEach(e -> {
            Matcher m = mapping.matcher(e.getValue());
            while (m.find()) {
                codes.put(Code.valueOf(m.group(2)), m.group(1));
            }
        });
        assertFalse(codes.isEmpty(), "no mapping of stylesheet error codes found in style/TransformErrors.java");
        return codes;
    }

    private static Map<Path, String> texts(Path folder, String suffix) throws IOException {
        Map<Path, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
