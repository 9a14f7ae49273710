package dev.hanzi.publisher.fonts;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/** FOP factories set up from fop.xconf (fonts, strictness, complex scripts): the fonts' and the PDF's. */
public final class FopFactories {
    private FopFactories() {
    }

    public static FopFactory fromConfiguration(Path configuration) throws PublishException {
        return fromConfiguration(configuration, null);
    }

    /** A factory whose every read (fonts, images, profiles) goes through {@code resources}. */
    public static FopFactory fromConfiguration(Path configuration, ResourceResolver resources) throws PublishException {
        try {
            FopConfParser parser = resources == null ? new FopConfParser(configuration.toFile())
                    : new FopConfParser(configuration.toFile(), resources);
            return parser.getFopFactoryBuilder().build();
        } catch (SAXException | IOException e) {
            throw new PublishException(Code.PDF_CONFIGURATION, Location.of(configuration),
                    Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }
}
