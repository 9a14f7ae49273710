package dev.hanzi.publisher;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the W3C's EPUBCheck on a file and keeps every message it reports, by severity. */
public final class EpubChecker {
    /** One message: severity, id, where, and what. */
    public record Finding(Severity severity, String id, String location, String text) {
        @Override
        public String toString() {
            return severity + "(" + id + ") " + location + ": " + text;
        }
    }

    private EpubChecker() {
    }

    public static List<Finding> check(Path epub) {
        List<Finding> findings = new ArrayList<>();
        MasterReport report = new MasterReport() {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
                findings.add(new Finding(message.getSeverity(), message.getID().name(),
                        location.getPath() + ":" + location.getLine() + ":" + location.getColumn(),
                        message.getMessage(args)));
            }

            @Override
            public void info(String resource, FeatureEnum feature, String value) {
            }

            @Override
            public int generate() {
                return 0;
            }

            @Override
            public void initialize() {
            }
        };
        report.setReportingLevel(com.adobe.epubcheck.util.ReportingLevel.Usage);
        new EpubCheck(epub.toFile(), report).doValidate();
        return findings;
    }
}
