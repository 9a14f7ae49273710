package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files from elsewhere: nothing outside the book's folder is read, nothing expands without end.
 * Each refusal is one diagnostic of the catalogue, asserted by its code and its place in the book.
 */
class HostileInputIT {
    @TempDir
    Path folder;

    private Path source;

    private PublishException refused(String xml) throws IOException {
        Path book = Files.createDirectories(folder.resolve("book"));
        source = Files.writeString(book.resolve("book.xml"), xml, StandardCharsets.UTF_8);
        Path pdf = folder.resolve("out.pdf");
        Path epub = folder.resolve("out.epub");
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(pdf), Optional.empty(), Optional.of(epub), Paper.A4,
                        Optional.empty(), Optional.empty()), PublishListener.SILENT));
        assertFalse(Files.exists(pdf) || Files.exists(epub), "an output was written");
        return e;
    }

    /** The one diagnostic of the refusal: this entry of the catalogue, in the book's main file, at this line. */
    private Diagnostic assertRefused(PublishException e, Code code, int line) {
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(code, d.code(), d.toString());
        assertEquals(source.toAbsolutePath().normalize(), Path.of(d.file()).toAbsolutePath().normalize(), d.toString());
        assertEquals(line, d.line(), d.toString());
        return d;
    }

    @Test
    void anExternalEntityIsNeverExpanded() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        PublishException e = refused("<!DOCTYPE book [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>\n"
                + BadInputIT.HEAD + "<para>&x;</para>\n" + BadInputIT.TAIL);
        assertRefused(e, Code.SRC_DOCTYPE, 1);
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void anExternalDtdIsNeverFetched() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            PublishException e = refused("<!DOCTYPE book SYSTEM 'http://192.0.2.1/book.dtd'>\n"
                    + BadInputIT.HEAD + "<para>甲</para>\n" + BadInputIT.TAIL);
            assertRefused(e, Code.SRC_DOCTYPE, 1);
        });
    }

    @Test
    void anEntityExpansionBombIsRefusedAtOnce() {
        StringBuilder bomb = new StringBuilder("<!DOCTYPE book [<!ENTITY a0 'lol'>");
        for (int i = 1; i < 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        bomb.append("]>\n").append(BadInputIT.HEAD).append("<para>&a11;</para>\n").append(BadInputIT.TAIL);
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            PublishException e = refused(bomb.toString());
            assertRefused(e, Code.SRC_DOCTYPE, 1);
        });
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - used < 256L * 1024 * 1024, "memory grew by " + (after - used));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/hostname", "../outside.xml", "http://192.0.2.1/chapter.xml", "file:///etc/hostname"})
    void xincludeStaysInsideTheBooksFolder(String href) throws IOException {
        Files.writeString(folder.resolve("outside.xml"), "<chapter xmlns='http://docbook.org/ns/docbook'><title>外</title><para>外</para></chapter>");
        PublishException e = refused("<book xmlns='http://docbook.org/ns/docbook' xmlns:xi='http://www.w3.org/2001/XInclude'"
                + " version='5.0' xml:lang='zh-CN'>\n<info><title>书</title></info>\n<xi:include href='" + href + "'/>\n</book>\n");
        Diagnostic d = assertRefused(e, Code.SRC_XI_OUTSIDE, 3);
        assertEquals(Code.SRC_XI_OUTSIDE.format(Map.of("href", href)), d.message(), "the href is named");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/hostname", "../secret.png", "http://192.0.2.1/a.png", "file:///etc/hostname"})
    void imagesStayInsideTheBooksFolder(String fileref) throws IOException {
        Files.write(folder.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        PublishException e = refused(BadInputIT.HEAD + "<informalfigure><mediaobject><imageobject><imagedata fileref='"
                + fileref + "'/></imageobject></mediaobject></informalfigure>\n" + BadInputIT.TAIL);
        Diagnostic d = assertRefused(e, Code.CHK_IMAGE_OUTSIDE, 4);
        assertEquals(Code.CHK_IMAGE_OUTSIDE.format(Map.of("fileref", fileref)), d.message(), "the fileref is named");
    }
}
