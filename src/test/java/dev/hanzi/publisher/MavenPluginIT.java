package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.messages.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Maven plugin as a publisher uses it: installed into a local repository of its own (as
 * `mvn install` does), then declared by books in folders of their own with the README's pom.xml,
 * built by a separate `mvn package`. The test repository takes everything else from the local
 * repository this build uses, through a file URL: nothing is fetched. Maven runs in Asia/Shanghai
 * time, to show that the outputs' dates do not depend on it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MavenPluginIT {
    private static final Path ROOT = Paths.get("target/maven-plugin-it").toAbsolutePath();
    private static final Path REPOSITORY = ROOT.resolve("repository");
    private static final Path SETTINGS = ROOT.resolve("settings.xml");
    private static final String VERSION = System.getProperty("publisher.version", "0.1.0-SNAPSHOT");
    private static final Path INSTALLED = REPOSITORY.resolve("dev/hanzi/publisher/" + VERSION);

    /** A paragraph of each book, found again in both outputs. */
    private static final String OPENING = "这本书住在自己的仓库里，只在pom.xml中声明了出版插件，运行mvn package就得到PDF和EPUB。";

    private static String bookPom;

    @BeforeAll
    static void installThePluginIntoATestRepository() throws IOException {
        deleteTree(ROOT);
        Files.createDirectories(INSTALLED);
        Path plugin = Paths.get("target/publisher-" + VERSION + ".jar");
        Path fonts = Paths.get("target/publisher-" + VERSION + "-fonts.jar");
        Files.copy(plugin, INSTALLED.resolve(plugin.getFileName()));
        Files.copy(Paths.get("pom.xml"), INSTALLED.resolve("publisher-" + VERSION + ".pom"));
        try {
            // 116 MB: a second name for the same file where the file system allows it.
            Files.createLink(INSTALLED.resolve(fonts.getFileName()), fonts.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(fonts, INSTALLED.resolve(fonts.getFileName()));
        }
        // Everything else comes from this build's own local repository, as "central".
        String local = Paths.get(System.getProperty("publisher.it.localRepository",
                System.getProperty("user.home") + "/.m2/repository")).toUri().toString();
        String repository = "<id>central</id><url>" + local + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(SETTINGS, "<settings><localRepository>" + REPOSITORY + "</localRepository>"
                + "<profiles><profile><id>local-central</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>local-central</activeProfile></activeProfiles>"
                + "</settings>\n");
        String readme = Files.readString(Paths.get("README.md"));
        Matcher pom = Pattern.compile("<!-- book pom:[^>]*-->\\s*```xml\\n(.*?)```\\s*<!-- end of book pom -->",
                Pattern.DOTALL).matcher(readme);
        assertTrue(pom.find(), "no book pom in the README");
        bookPom = pom.group(1);
        assertTrue(bookPom.contains("<version>" + VERSION + "</version>"),
                "the README's pom names another version of the plugin than " + VERSION);
    }

    /** A book project: the README's pom.xml, a book.xml, and .mvn/ to mark it a project of its own. */
    private static Path bookProject(String name, String chapter) throws IOException {
        Path folder = Files.createDirectories(ROOT.resolve(name));
        // Maven takes the nearest folder with a .mvn/ as the project's root: without one of
        // its own, it would find this project's .mvn/ (and its jvm.config) further up.
        // Its jvm.config is the one the README suggests for a book (half the CPU).
        Files.createDirectories(folder.resolve(".mvn"));
        Files.writeString(folder.resolve(".mvn/jvm.config"), "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n");
        Files.writeString(folder.resolve("pom.xml"), bookPom);
        Files.writeString(folder.resolve("book.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="http://docbook.org/ns/docbook" version="5.1" xml:lang="zh-CN">
                  <info>
                    <title>插件试印本</title>
                    <author><personname>试印者</personname></author>
                    <pubdate>2020</pubdate>
                  </info>
                  <chapter xml:id="first">
                    <title>从自己的仓库出版</title>
                    <para>%s</para>
                %s  </chapter>
                </book>
                """.formatted(OPENING, chapter));
        return folder;
    }

    /** The line of a book where the text given to {@link #bookProject} begins. */
    private static final int CHAPTER_LINE = 11;

    private record Build(int status, String log, double seconds) {
    }

    private static Build mvn(Path project, String... options) throws Exception {
        String home = System.getProperty("publisher.it.mavenHome", "");
        List<String> command = new ArrayList<>();
        command.add(home.isEmpty() ? "mvn" : Paths.get(home, "bin", "mvn").toString());
        command.addAll(List.of("--batch-mode", "--no-transfer-progress", "-s", SETTINGS.toString()));
        command.addAll(List.of(options));
        command.add("package");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile());
        builder.environment().put("TZ", "Asia/Shanghai");
        for (String variable : List.of("SOURCE_DATE_EPOCH", "MAVEN_OPTS", "MAVEN_ARGS", "JAVA_TOOL_OPTIONS")) {
            builder.environment().remove(variable);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "mvn package did not finish in " + project);
        double seconds = (System.nanoTime() - start) / 1e9;
        String log = Files.readString(project.resolve("build.log"));
        System.out.printf("MavenPluginIT: mvn package %s in %s: %.1f s, exit %d%n", String.join(" ", options),
                project.getFileName(), seconds, process.exitValue());
        return new Build(process.exitValue(), log, seconds);
    }

    private static List<Path> unpackedFonts() throws IOException {
        try (Stream<Path> files = Files.list(INSTALLED)) {
            return files.filter(f -> Files.isDirectory(f) && f.getFileName().toString().startsWith(
                    "publisher-" + VERSION + "-fonts-")).toList();
        }
    }

    @Test
    @Order(1)
    void aBookInItsOwnFolderPublishesItsPdfAndEpubWithMavenPackage() throws Exception {
        Path project = bookProject("good-book", """
                    <para>这一段里有一个半角逗号,夹在两个汉字之间。</para>
                """);
        Build build = mvn(project);
        assertEquals(0, build.status(), build.log());
        assertTrue(build.log().contains("[INFO] unpacking the fonts (once) into " + INSTALLED), build.log());
        List<Path> fonts = unpackedFonts();
        assertEquals(1, fonts.size(), "one folder of fonts: " + fonts);
        assertTrue(Files.isRegularFile(fonts.get(0).resolve("fop.xconf")));
        try (Stream<Path> metrics = Files.list(fonts.get(0).resolve("metrics-cache"))) {
            assertTrue(metrics.count() >= 4, "FOP's metrics are cached beside the unpacked fonts");
        }
        // Stage lines as info, the book's warning as a Maven warning at its line.
        assertTrue(Pattern.compile("(?m)^\\[INFO\\] pdf +\\d+ pages").matcher(build.log()).find(), build.log());
        assertTrue(Pattern.compile("(?m)^\\[WARNING\\] book\\.xml:" + CHAPTER_LINE + ":\\d+: warning HZ-CHK-060: ")
                .matcher(build.log()).find(), build.log());
        assertTrue(build.log().contains("BUILD SUCCESS"), build.log());

        Instant timestamp = Instant.parse(element(bookPom, "project.build.outputTimestamp"));
        Path pdf = project.resolve("target/my-book.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 2, "a title page and the chapter");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains(OPENING.replaceAll("\\s", "")), "the paragraph is not in the PDF's text:\n" + text);
            assertTrue(text.contains("插件试印本"));
            List<String> pdfFonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    pdfFonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertTrue(pdfFonts.stream().allMatch(f -> f.contains("Noto")), "fonts other than Noto CJK: " + pdfFonts);
            // The pom's outputTimestamp, not the book's pubdate, and written in UTC although
            // Maven ran in Asia/Shanghai.
            assertEquals("D:" + timestamp.toString().replaceAll("[-:TZ]", "") + "Z",
                    document.getDocumentInformation().getCOSObject().getString(COSName.CREATION_DATE));
        }
        Path epub = project.resolve("target/my-book.epub");
        List<EpubChecker.Finding> problems = EpubChecker.check(epub).stream()
                .filter(f -> f.severity() == Severity.FATAL || f.severity() == Severity.ERROR
                        || f.severity() == Severity.WARNING)
                .toList();
        assertEquals(List.of(), problems, "EPUBCheck");
        assertTrue(epubText(epub).contains(OPENING), "the paragraph is not in the EPUB");
    }

    @Test
    @Order(2)
    void aBookErrorFailsTheBuildWithItsLocation() throws Exception {
        Path project = bookProject("broken-book", """
                    <para>请看<xref linkend="nowhere"/>。</para>
                """);
        boolean fontsThere = !unpackedFonts().isEmpty();
        Build build = mvn(project);
        assertNotEquals(0, build.status(), build.log());
        Pattern error = Pattern.compile("(?m)^\\[ERROR\\] book\\.xml:" + CHAPTER_LINE
                + ":\\d+: error HZ-CHK-002: xref points to \"nowhere\"");
        assertTrue(error.matcher(build.log()).find(), build.log());
        assertTrue(Pattern.compile("(?m)^\\[ERROR\\] Failed to execute goal dev\\.hanzi:publisher:.*:publish .*: book\\.xml:"
                + CHAPTER_LINE + ":\\d+: error HZ-CHK-002").matcher(build.log()).find(), build.log());
        assertTrue(build.log().contains("BUILD FAILURE"), build.log());
        assertFalse(Files.exists(project.resolve("target/my-book.pdf")) || Files.exists(project.resolve("target/my-book.epub")),
                "a failed build wrote an output");
        if (fontsThere) {
            assertFalse(build.log().contains("unpacking the fonts"), "the fonts were unpacked again:\n" + build.log());
        }
    }

    @Test
    @Order(3)
    void strictMakesAWarningAnErrorAndWritesNothing() throws Exception {
        Path project = bookProject("strict-book", """
                    <para>这一段里有一个半角逗号,夹在两个汉字之间。</para>
                """);
        Build build = mvn(project, "-Dpublisher.strict=true");
        assertNotEquals(0, build.status(), build.log());
        assertTrue(Pattern.compile("(?m)^\\[ERROR\\] book\\.xml:" + CHAPTER_LINE + ":\\d+: error HZ-CHK-060: ")
                .matcher(build.log()).find(), build.log());
        assertFalse(Files.exists(project.resolve("target/my-book.pdf")) || Files.exists(project.resolve("target/my-book.epub")),
                "a strict build with a warning wrote an output");
    }

    /** The installed plugin is the plain jar with its descriptor; the command line's jar is the shaded one. */
    @Test
    @Order(4)
    void thePluginIsThePlainJarAndTheCommandLineJarIsShadedBesideIt() throws IOException {
        try (JarFile plugin = new JarFile(INSTALLED.resolve("publisher-" + VERSION + ".jar").toFile())) {
            String descriptor = new String(plugin.getInputStream(plugin.getEntry("META-INF/maven/plugin.xml"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(descriptor.contains("<goal>publish</goal>") && descriptor.contains("<phase>package</phase>"),
                    descriptor);
            assertTrue(plugin.getEntry("org/apache/fop/apps/FopFactory.class") == null, "the plugin jar is shaded");
            assertTrue(plugin.getEntry("xsl/fo/pdf.xsl") != null, "the stylesheets travel inside the plugin");
        }
        try (JarFile cli = new JarFile("target/publisher.jar")) {
            assertEquals("dev.hanzi.publisher.cli.Launcher", cli.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(cli.getEntry("org/apache/fop/apps/FopFactory.class") != null, "the command line's jar is not shaded");
            assertTrue(cli.getEntry("dev/hanzi/publisher/cli/PublishMojo.class") == null
                    && cli.getEntry("META-INF/maven/plugin.xml") == null, "the Mojo is in the command line's jar");
        }
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(xml);
        assertTrue(m.find(), "no " + name + " in the README's pom");
        return m.group(1).trim();
    }

    private static String epubText(Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return text.toString();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
