package dev.hanzi.publisher.fonts;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.render.intermediate.EventProducingFilter;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * The fonts of fop.xconf, read once and lent to every rendering: FOP alone would parse them again
 * for each PDF. Also the answer to "can the book's fonts draw this character?", taken from the
 * same character maps FOP draws with.
 */
public final class PreparedFonts {
    private final Map<FontKey, FontTemplate> templates;

    private PreparedFonts(Map<FontKey, FontTemplate> templates) {
        this.templates = templates;
    }

    /**
     * Reads every font that the PDF renderer's configuration declares, from the metrics cache
     * where it has them (and into it where it has not).
     */
    public static PreparedFonts prepare(Path fopConfiguration, FontMetricsCache cache) throws PublishException {
        FontListReader fontList = new FontListReader(FopFactories.fromConfiguration(fopConfiguration).newFOUserAgent());
        try {
            fontList.setupFontInfo(MimeConstants.MIME_PDF, new FontInfo());
        } catch (FOPException e) {
            throw new PublishException(Code.FNT_SETUP, Location.of(fopConfiguration), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
        Map<FontKey, FontTemplate> templates = new LinkedHashMap<>();
        for (EmbedFontInfo font : fontList.fonts) {
            FontKey key = FontKey.of(font);
            if (key.preparable() && !templates.containsKey(key)) {
                FontTemplate template = template(key.spec(), fontList.resolver, cache, fopConfiguration);
                if (template != null) {
                    templates.put(key, template);
                }
            }
        }
        return new PreparedFonts(templates);
    }

    /** No prepared fonts: FOP reads every font itself, for every rendering, and renders as it does alone. */
    public static PreparedFonts none() {
        return new PreparedFonts(Map.of());
    }

    private static FontTemplate template(FontTemplate.Spec spec, InternalResourceResolver resolver,
            FontMetricsCache cache, Path fopConfiguration) throws PublishException {
        URI location = resolver.resolveFromBase(spec.file());
        Path file = "file".equals(location.getScheme()) ? Path.of(location) : null;
        try {
            FontTemplate cached = file == null ? null : cache.load(spec, file);
            if (cached != null) {
                return cached;
            }
            FontTemplate template = FontTemplate.read(spec, resolver);
            if (template != null && template.storable() && file != null) {
                cache.store(template, file);
            }
            return template;
        } catch (IOException | RuntimeException e) {
            throw new PublishException(Code.FNT_UNREADABLE, Location.of(file != null ? file : fopConfiguration),
                    Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }

    /** The names of the font files that cannot draw the character; empty when all can. */
    public List<String> fontsLacking(int codePoint) {
        List<String> lacking = new ArrayList<>();
        templates.forEach((key, template) -> {
            if (!template.hasGlyph(codePoint)) {
                lacking.add(key.fileName());
            }
        });
        return lacking;
    }

    /**
     * Makes the rendering of this user agent use the prepared fonts. Call after the agent's
     * options are set: the PDF document handler reads them when it is made.
     */
    public void lendTo(FOUserAgent agent) throws FOPException {
        if (templates.isEmpty()) {
            return;
        }
        PDFDocumentHandler handler = new PDFDocumentHandler(new IFContext(agent)) {
            @Override
            public IFDocumentHandlerConfigurator getConfigurator() {
                return new LendingConfigurator(getUserAgent(), PreparedFonts.this);
            }
        };
        // What FOP's RendererFactory does with a handler it makes itself.
        handler.getConfigurator().configure(handler);
        agent.setDocumentHandlerOverride(new EventProducingFilter(handler, agent));
    }

    private FontCollection collection(InternalResourceResolver resolver, List<EmbedFontInfo> fonts,
            boolean complexScripts) {
        return (number, fontInfo) -> {
            int next = number;
            // As FOP's CustomFontCollection, with a prepared font where there is one. None with
            // complex scripts on: FOP then adds private-use entries to a font's cmap as it goes,
            // which the template's lookup table would not see, and its GSUB/GPOS tables cache
            // lookups without locks. The templates still answer the coverage check.
            for (EmbedFontInfo font : fonts) {
                String internalName = "F" + next++;
                FontTemplate template = complexScripts ? null : templates.get(FontKey.of(font));
                fontInfo.addMetrics(internalName, template != null
                        ? template.newFont(resolver)
                        : new LazyFont(font, resolver, complexScripts));
                for (FontTriplet triplet : font.getFontTriplets()) {
                    fontInfo.addFontProperties(internalName, triplet);
                }
            }
            return next;
        };
    }

    /** FOP's PDF configurator, except that the configured fonts come from the prepared ones. */
    private static final class LendingConfigurator extends PDFRendererConfigurator {
        private final PreparedFonts fonts;

        LendingConfigurator(FOUserAgent agent, PreparedFonts fonts) {
            super(agent, new PDFRendererConfigParser());
            this.fonts = fonts;
        }

        @Override
        protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
                List<EmbedFontInfo> fontList) {
            return fonts.collection(resolver, fontList, userAgent.isComplexScriptFeaturesEnabled());
        }
    }

    /** Asks FOP's PDF configurator for the configured font list, and the resolver it reads them with. */
    private static final class FontListReader extends PDFRendererConfigurator {
        private List<EmbedFontInfo> fonts = List.of();
        private InternalResourceResolver resolver;

        FontListReader(FOUserAgent agent) {
            super(agent, new PDFRendererConfigParser());
        }

        @Override
        protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
                List<EmbedFontInfo> fontList) {
            this.fonts = List.copyOf(fontList);
            this.resolver = resolver;
            return (number, fontInfo) -> number;
        }
    }

    /**
     * What decides how FOP loads a font (LazyFont's and OFFontLoader's defaults applied): the
     * template's spec, and what says whether a template can stand in for FOP's loader at all.
     */
    private record FontKey(FontTemplate.Spec spec, EncodingMode encodingMode, boolean embedAsType1,
            boolean embedded, boolean metrics) {
        static FontKey of(EmbedFontInfo font) {
            EmbeddingMode embedding = font.getEmbeddingMode() == null || font.getEmbeddingMode() == EmbeddingMode.AUTO
                    ? EmbeddingMode.SUBSET : font.getEmbeddingMode();
            EncodingMode encoding = font.getEncodingMode() == null || font.getEncodingMode() == EncodingMode.AUTO
                    ? EncodingMode.CID : font.getEncodingMode();
            return new FontKey(new FontTemplate.Spec(font.getEmbedURI(), font.getSubFontName(), embedding,
                    font.getSimulateStyle(), font.getKerning(), font.getUseSVG()), encoding,
                    font.getEmbedAsType1(), font.isEmbedded(), font.getMetricsURI() != null);
        }

        /** The cases FontTemplate mirrors; FOP's own loader takes the rest. */
        boolean preparable() {
            return embedded && !metrics && encodingMode == EncodingMode.CID && !embedAsType1
                    && spec.file().getPath() != null;
        }

        String fileName() {
            String path = spec.file().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }
}
