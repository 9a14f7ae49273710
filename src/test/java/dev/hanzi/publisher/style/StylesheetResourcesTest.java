package dev.hanzi.publisher.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.output.Installation;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saxon reads the publisher's own files and nothing a book could point it at. */
class StylesheetResourcesTest {
    private static final String READER = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
            + "<xsl:param name='uri'/><xsl:template name='xsl:initial-template'>"
            + "<xsl:value-of select='doc($uri)'/></xsl:template></xsl:stylesheet>";

    private static String read(Processor processor, String uri) throws SaxonApiException {
        XsltExecutable stylesheet = processor.newXsltCompiler().compile(new StreamSource(new StringReader(READER)));
        var transformer = stylesheet.load30();
        transformer.setStylesheetParameters(java.util.Map.of(new QName("uri"), new XdmAtomicValue(uri)));
        transformer.setErrorReporter(error -> { });
        return transformer.callTemplate(null).toString();
    }

    @Test
    void aFileOutsideTheStylesheetsIsNeverRead(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.xml"), "<secret>TOP-SECRET</secret>");
        Processor processor = new Processor(false);
        assertEquals("TOP-SECRET", read(processor, secret.toUri().toString()), "the unconfined processor reads it");
        StylesheetResources.confine(processor, Installation.locate());
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> read(processor, secret.toUri().toString()));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertThrows(SaxonApiException.class, () -> read(processor, "http://127.0.0.1:9/x.xml"));
    }

    @Test
    void theStylesheetsOwnDataIsRead() throws Exception {
        Processor processor = new Processor(false);
        Installation installation = Installation.locate();
        StylesheetResources.confine(processor, installation);
        assertTrue(read(processor, installation.resource("xsl/common/l10n/zh-CN.xml")).contains("目录"));
    }
}
