package dev.hanzi.publisher.cli;

import dev.hanzi.publisher.Paper;
import dev.hanzi.publisher.PublishListener;
import dev.hanzi.publisher.PublishRequest;
import dev.hanzi.publisher.Publisher;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.diagnostics.Severity;
import dev.hanzi.publisher.output.Installation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The Maven plugin's goal {@code publish}, bound to the package phase: a book in its own
 * repository declares the plugin in its pom.xml and {@code mvn package} writes its PDF and EPUB.
 * Like {@link Main} it is a thin shell over {@link Publisher}: its parameters make the
 * {@link PublishRequest}, stage lines go to Maven's log as info, the book's warnings as warnings,
 * and a book error is logged as {@code file:line:col: error CODE: message} and fails the build
 * (MojoFailureException). The fonts come from the plugin's artifact with the classifier "fonts",
 * resolved like any artifact and unpacked once ({@code Installation.unpacked}).
 *
 * <p>This project's own build cannot use the plugin (Maven resolves a build's plugins before it
 * builds anything), so it publishes its report through {@link MavenGoal} instead.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE)
public final class PublishMojo extends AbstractMojo {
    /** The book's main file. */
    @Parameter(property = "publisher.source", defaultValue = "${project.basedir}/book.xml", required = true)
    private File source;

    /** Where the screen edition of the PDF goes (PDF/UA, PDF/A). */
    @Parameter(property = "publisher.pdf", defaultValue = "${project.build.directory}/${project.artifactId}.pdf")
    private File pdf;

    /** Where the print edition goes (PDF/X with bleed and crop marks); none unless given. */
    @Parameter(property = "publisher.printPdf")
    private File printPdf;

    /** Where the EPUB goes. */
    @Parameter(property = "publisher.epub", defaultValue = "${project.build.directory}/${project.artifactId}.epub")
    private File epub;

    /** The page size: a4, 16k (185 × 260 mm) or a5. */
    @Parameter(property = "publisher.paper", defaultValue = "a4")
    private String paper;

    /** Whether to write proofs (every page as PNG, a contact sheet, index.html) into {@link #proofDirectory}. */
    @Parameter(property = "publisher.proof", defaultValue = "false")
    private boolean proof;

    @Parameter(property = "publisher.proofDirectory", defaultValue = "${project.build.directory}/proof")
    private File proofDirectory;

    /** Whether every warning is an error: nothing is written when there is one (for a publisher's CI). */
    @Parameter(property = "publisher.strict", defaultValue = "false")
    private boolean strict;

    /**
     * The date written into the outputs: Maven's reproducible-builds timestamp (ISO-8601 or
     * seconds since the epoch). SOURCE_DATE_EPOCH, when set, wins; with neither, the book's pubdate.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Where the fonts are unpacked; by default beside the fonts' artifact in the local repository. */
    @Parameter(property = "publisher.fontsCache")
    private File fontsCache;

    @Parameter(property = "publisher.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${plugin.groupId}", readonly = true)
    private String pluginGroupId;

    @Parameter(defaultValue = "${plugin.artifactId}", readonly = true)
    private String pluginArtifactId;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true)
    private List<RemoteRepository> pluginRepositories;

    private final RepositorySystem repositorySystem;

    /** Maven gives the plugin its artifact resolver (JSR-330, as Maven's own plugins have it). */
    @Inject
    public PublishMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    /** The classifier of the artifact that holds fop.xconf, the fonts and their licence. */
    static final String FONTS_CLASSIFIER = "fonts";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("publisher.skip is set: the book is not published");
            return;
        }
        PublishRequest request;
        try {
            request = request(System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            throw failure(List.of(Diagnostic.of(Code.CLI_USAGE, Location.NOWHERE, Map.of("detail", e.getMessage()))));
        }
        Installation installation = installation();
        Logging.quiet(log.isDebugEnabled());
        // FOP writes the PDF's dates in the JVM's time zone: UTC makes the bytes the same on
        // every machine, as the command line does for its own JVM. Maven's zone is restored after.
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            new Publisher(installation).publish(request, new LogListener(log));
        } catch (PublishException e) {
            throw failure(e.diagnostics());
        } catch (RuntimeException e) {
            Diagnostic internal = Diagnostic.of(Code.CLI_INTERNAL, Location.NOWHERE, Map.of("detail", e.toString()));
            log.error(internal.toString(), e);
            throw new MojoExecutionException(internal.toString(), e);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    /** The request the parameters make; IllegalArgumentException for a parameter that makes none. */
    PublishRequest request(String sourceDateEpoch) {
        return new PublishRequest(source.toPath(), path(pdf), path(printPdf), path(epub), Paper.fromName(paper),
                proof ? Optional.of(proofDirectory.toPath()) : Optional.empty(),
                buildDate(sourceDateEpoch, outputTimestamp), strict);
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * The reproducible-builds order: SOURCE_DATE_EPOCH (seconds) when set, else the pom's
     * project.build.outputTimestamp (ISO-8601 or seconds; a single character switches it off, as
     * in Maven's own plugins), else empty: the book's pubdate.
     */
    static Optional<Instant> buildDate(String sourceDateEpoch, String outputTimestamp) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not " + sourceDateEpoch);
            }
        }
        if (outputTimestamp == null || outputTimestamp.trim().length() < 2) {
            return Optional.empty();
        }
        String value = outputTimestamp.trim();
        try {
            return Optional.of(value.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp wants an ISO-8601 date and time like "
                    + "2021-06-01T00:00:00Z or a number of seconds, not " + value);
        }
    }

    /** The publisher with the fonts of this plugin's version: resolved, then unpacked once. */
    private Installation installation() throws MojoExecutionException {
        String coordinates = pluginGroupId + ":" + pluginArtifactId + ":jar:" + FONTS_CLASSIFIER + ":" + pluginVersion;
        Path archive;
        try {
            archive = repositorySystem.resolveArtifact(repositorySession, new ArtifactRequest(
                    new DefaultArtifact(pluginGroupId, pluginArtifactId, FONTS_CLASSIFIER, "jar", pluginVersion),
                    pluginRepositories, null)).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw error(Diagnostic.of(Code.INS_FONTS_ARCHIVE, Location.NOWHERE,
                    Map.of("archive", coordinates, "reason", e.getMessage())), e);
        }
        Path cache = fontsCache != null ? fontsCache.toPath()
                : Files.isWritable(archive.getParent()) ? archive.getParent()
                : buildDirectory.toPath().resolve("publisher-fonts");
        try {
            long start = System.nanoTime();
            Installation installation = Installation.unpacked(archive, cache,
                    folder -> getLog().info("unpacking the fonts (once) into " + folder));
            getLog().debug(String.format(Locale.ROOT, "fonts in %s (%.2f s)", installation.fontsDirectory(),
                    (System.nanoTime() - start) / 1e9));
            return installation;
        } catch (PublishException e) {
            throw error(e.diagnostics().get(0), e);
        }
    }

    /** A problem of the plugin's installation, not of the book. */
    private MojoExecutionException error(Diagnostic diagnostic, Exception cause) {
        getLog().error(diagnostic.toString());
        return new MojoExecutionException(diagnostic.toString(), cause);
    }

    /** The book's errors, each in Maven's log; the build fails with the first. */
    private MojoFailureException failure(List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> getLog().error(d.toString()));
        String first = diagnostics.isEmpty() ? "the book was not published" : diagnostics.get(0).toString();
        return new MojoFailureException(diagnostics.size() > 1
                ? first + " (and " + (diagnostics.size() - 1) + " more: see the errors above)" : first);
    }

    /** Stage lines as info, the book's warnings as warnings. */
    private record LogListener(Log log) implements PublishListener {
        @Override
        public void stageDone(String stage, Duration time, String result) {
            log.info(String.format(Locale.ROOT, "%-9s %-28s %5.1f s", stage, result, time.toMillis() / 1000.0));
        }

        @Override
        public void report(Diagnostic diagnostic) {
            if (diagnostic.severity() == Severity.ERROR) {
                log.error(diagnostic.toString());
            } else {
                log.warn(diagnostic.toString());
            }
        }
    }
}
