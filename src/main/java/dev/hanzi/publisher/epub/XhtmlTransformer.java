package dev.hanzi.publisher.epub;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.style.NormalizedBook;
import dev.hanzi.publisher.style.Stylesheets;
import dev.hanzi.publisher.style.TransformErrors;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * DocBook to XHTML content documents through {@code xsl/epub/epub.xsl},
 * compiled once. The documents are kept in memory; the manifest the stylesheet returns says which
 * they are, in reading order, and which images they use.
 */
public final class XhtmlTransformer {
    /** A base for the stylesheet's relative result URIs; nothing is ever written there. */
    private static final String OUTPUT_BASE = "file:/epub/";

    private final Processor processor;
    private final XsltExecutable stylesheet;

    public XhtmlTransformer(Processor processor, Installation installation) throws PublishException {
        this.processor = processor;
        this.stylesheet = Stylesheets.compile(processor, installation.resource("xsl/epub/epub.xsl"));
    }

    public EpubContent transform(NormalizedBook book) throws PublishException {
        Xslt30Transformer transformer = stylesheet.load30();
        Map<String, byte[]> documents = new LinkedHashMap<>();
        XdmDestination manifest = new XdmDestination();
        try {
            transformer.setGlobalContextItem(book.document());
            transformer.setErrorReporter(error -> { });
            transformer.setBaseOutputURI(OUTPUT_BASE);
            transformer.setResultDocumentHandler(uri -> {
                String href = uri.toString().substring(OUTPUT_BASE.length());
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Serializer serializer = processor.newSerializer(bytes);
                serializer.onClose(() -> documents.put(href, bytes.toByteArray()));
                return serializer;
            });
            transformer.applyTemplates(book.document(), manifest);
        } catch (SaxonApiException e) {
            throw new PublishException(TransformErrors.diagnostic(e, book.loaded()), e);
        }
        return read(manifest.getXdmNode(), documents, book.loaded().folder());
    }

    private static EpubContent read(XdmNode manifest, Map<String, byte[]> documents, BookFolder folder)
            throws PublishException {
        List<EpubContent.Part> parts = new ArrayList<>();
        List<EpubContent.Creator> creators = new ArrayList<>();
        Map<String, Path> images = new LinkedHashMap<>();
        byte[] stylesheet = null;
        XdmNode root = manifest.children().iterator().next();
        String rights = root.getAttributeValue(new QName("rights"));
        String summary = root.getAttributeValue(new QName("accessibility-summary"));
        for (XdmNode entry : root.children()) {
            if (entry.getNodeName() == null) {
                continue;
            }
            String href = entry.getAttributeValue(new QName("href"));
            switch (entry.getNodeName().getLocalName()) {
                case "document" -> parts.add(new EpubContent.Part(href,
                        entry.getAttributeValue(new QName("title")),
                        "yes".equals(entry.getAttributeValue(new QName("toc")))));
                case "creator" -> creators.add(new EpubContent.Creator(entry.getAttributeValue(new QName("name")),
                        entry.getAttributeValue(new QName("role"))));
                case "image" -> images.put(href, image(entry.getAttributeValue(new QName("src")), folder));
                case "stylesheet" -> stylesheet = documents.get(href);
                default -> throw new IllegalStateException("unexpected manifest entry " + entry.getNodeName());
            }
        }
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        for (EpubContent.Part part : parts) {
            byte[] document = documents.get(part.href());
            if (document == null) {
                throw new IllegalStateException("the stylesheet listed " + part.href() + " but did not write it");
            }
            ordered.put(part.href(), document);
        }
        if (stylesheet == null) {
            throw new IllegalStateException("the stylesheet wrote no CSS");
        }
        return new EpubContent(ordered, List.copyOf(parts), stylesheet, images, rights, summary,
                List.copyOf(creators));
    }

    /** An image's file, as the stylesheet resolved it; the book's checks have let it through already. */
    private static Path image(String uri, BookFolder folder) throws PublishException {
        try {
            return folder.inside(Paths.get(URI.create(uri)), uri);
        } catch (BookFolder.RefusedException | IllegalArgumentException e) {
            throw new PublishException(Code.CHK_IMAGE_OUTSIDE, Location.NOWHERE, Map.of("fileref", uri), e);
        }
    }
}
