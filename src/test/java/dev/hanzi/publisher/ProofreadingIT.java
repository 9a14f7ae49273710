package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slips a proofreader would mark, caught as warnings at their line: half-width marks in Chinese text. */
class ProofreadingIT {
    @TempDir
    Path folder;

    private List<Diagnostic> warnings(Path source) throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        TestBooks.publisher().publish(new PublishRequest(source, Optional.empty(), Optional.empty(),
                Optional.of(folder.resolve("out.epub")), Paper.A4, Optional.empty(), Optional.of(TestBooks.BUILD_DATE)),
                new PublishListener() {
                    @Override
                    public void stageDone(String stage, Duration time, String result) {
                    }

                    @Override
                    public void report(Diagnostic diagnostic) {
                        warnings.add(diagnostic);
                    }
                });
        return warnings.stream().filter(w -> w.code() == Code.CHK_HALFWIDTH_PUNCTUATION).toList();
    }

    @Test
    void aHalfWidthMarkBetweenChineseCharactersIsAWarningAtItsLine() throws Exception {
        Path source = write(BadInputIT.HEAD
                + "<para>他在讲话时指出:“要合作。”又说(大意)如此。</para>\n"
                + "<para>命令 ls -l;pwd 与网址 http://a.b/c:d 不算。English, fine. <phrase xml:lang=\"en\">中,文</phrase></para>\n"
                + BadInputIT.TAIL);
        List<Diagnostic> found = warnings(source);
        assertEquals(List.of(":", "(", ")"), found.stream().map(w -> w.message().replaceAll("^a half-width \"(.)\".*", "$1")).toList(),
                found.toString());
        for (Diagnostic warning : found) {
            assertEquals(4, warning.line(), warning.toString());
            assertEquals("book.xml", Path.of(warning.file()).getFileName().toString());
        }
    }

    @Test
    void theReportHasNoSuchSlip() throws Exception {
        assertEquals(List.of(), warnings(TestBooks.REPORT));
    }

    private Path write(String xml) throws IOException {
        return Files.writeString(folder.resolve("book.xml"), xml);
    }
}
