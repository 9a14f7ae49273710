package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books with mistakes in them: each fails with one clear located message and writes nothing. */
class BadInputIT {
    @TempDir
    Path folder;

    private static final String HEAD = "<book xmlns='http://docbook.org/ns/docbook' version='5.0' xml:lang='zh-CN'>\n"
            + "<info><title>书</title></info>\n<chapter xml:id='c1'><title>第一章</title>\n";
    private static final String TAIL = "</chapter>\n</book>\n";

    private PublishException publishFails(String xml) throws IOException {
        Path source = folder.resolve("book.xml");
        Files.writeString(source, xml, StandardCharsets.UTF_8);
        Path pdf = folder.resolve("book.pdf");
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(pdf), Optional.empty(), Paper.A4, Optional.empty()),
                PublishListener.SILENT));
        assertFalse(Files.exists(pdf), "a failed build left an output behind");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "a failed build left a temporary file behind");
        }
        return e;
    }

    @Test
    void aCharacterNoFontHasIsNamedWithItsLine() throws IOException {
        PublishException e = publishFails(HEAD + "<para>象形文字</para>\n<para>埃及象形文字𓀀在此。</para>\n" + TAIL);
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        String message = e.diagnostics().get(0).toString();
        assertTrue(message.startsWith("book.xml:5:") || message.contains("book.xml:5:"), message);
        assertTrue(message.contains("U+13000"), message);
    }

    @Test
    void aMissingTitleIsTheSchemasMessageWithItsLine() throws IOException {
        PublishException e = publishFails("<book xmlns='http://docbook.org/ns/docbook' version='5.0'>\n"
                + "<info><title>书</title></info>\n<chapter>\n<para>正文</para>\n</chapter>\n</book>\n");
        String message = e.diagnostics().get(0).toString();
        assertTrue(message.matches(".*book\\.xml:4:\\d+: .*title.*"), message);
    }

    @Test
    void notWellFormedXmlIsLocated() throws IOException {
        PublishException e = publishFails(HEAD + "<para>没有结束\n" + TAIL);
        String message = e.diagnostics().get(0).toString();
        assertTrue(message.matches(".*book\\.xml:\\d+:\\d+: .*para.*"), message);
    }

    @Test
    void aDanglingXrefIsLocated() throws IOException {
        PublishException e = publishFails(HEAD + "<para>见<xref linkend='nowhere'/>。</para>\n" + TAIL);
        String message = e.diagnostics().get(0).toString();
        assertTrue(message.matches(".*book\\.xml:4:\\d+: xref points to \"nowhere\".*"), message);
    }

    @Test
    void anEarlierGoodOutputSurvivesAFailedBuild() throws IOException {
        Path pdf = folder.resolve("book.pdf");
        Files.writeString(pdf, "an earlier good build");
        Path source = folder.resolve("book.xml");
        Files.writeString(source, HEAD + "<para>坏<emphasis></para>" + TAIL);
        assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(pdf), Optional.empty(), Paper.A4, Optional.empty()),
                PublishListener.SILENT));
        assertEquals("an earlier good build", Files.readString(pdf));
    }
}
