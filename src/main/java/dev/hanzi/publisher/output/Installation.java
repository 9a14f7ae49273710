package dev.hanzi.publisher.output;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Where the publisher's own files are: stylesheets and schema travel on the class path (inside
 * publisher.jar, or target/classes in a build), the fonts in a {@code fonts} folder beside the jar
 * (target/fonts in a build). Nothing depends on the working directory.
 */
public final class Installation {
    private final Path fontsDirectory;

    public Installation(Path fontsDirectory) {
        this.fontsDirectory = fontsDirectory;
    }

    /** The installation this code was loaded from. */
    public static Installation locate() throws PublishException {
        Path codeSource = codeSource();
        Path fonts = codeSource.getParent().resolve("fonts");
        if (!Files.isRegularFile(fonts.resolve("fop.xconf"))) {
            throw new PublishException(Code.INS_NO_FONTS, Location.of(fonts), Map.of("jar", codeSource.getFileName()));
        }
        return new Installation(fonts);
    }

    private static Path codeSource() throws PublishException {
        try {
            URL location = Installation.class.getProtectionDomain().getCodeSource().getLocation();
            return Paths.get(location.toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            throw new PublishException(Code.INS_UNKNOWN_LOCATION, Location.NOWHERE, Map.of("reason", e.toString()));
        }
    }

    public Path fontsDirectory() {
        return fontsDirectory;
    }

    public Path fopConfiguration() {
        return fontsDirectory.resolve("fop.xconf");
    }

    /** Where the fonts' metrics are kept between runs (see FontMetricsCache). */
    public Path fontMetricsCache() {
        return fontsDirectory.resolve("metrics-cache");
    }

    /** A stylesheet or schema on the class path, as a URL string that Saxon and Jing can resolve. */
    public String resource(String name) throws PublishException {
        URL url = Installation.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new PublishException(Code.INS_MISSING_RESOURCE, Location.NOWHERE, Map.of("name", name));
        }
        return url.toString();
    }

    /** Reads a class-path resource as bytes. */
    public byte[] resourceBytes(String name) throws IOException, PublishException {
        try (var in = new URL(resource(name)).openStream()) {
            return in.readAllBytes();
        }
    }
}
