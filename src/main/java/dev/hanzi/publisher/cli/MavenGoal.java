package dev.hanzi.publisher.cli;

/**
 * The Maven binding: exec-maven-plugin runs this in the package phase with the pom's
 * {@code publisher.*} properties as arguments. It is the command line, except that failure is an
 * exception (which fails the Maven build) instead of System.exit (which would kill Maven).
 */
public final class MavenGoal {
    private MavenGoal() {
    }

    public static void main(String[] args) {
        int status = new Main(System.out, System.err).run(strictOption(proofOption(withoutPomDateIfEpochSet(args))));
        if (status != 0) {
            throw new IllegalStateException("the book was not published (see the errors above)");
        }
    }

    /**
     * Maven passes {@code --maven-proof BOOLEAN FOLDER} from the publisher.proof property: the
     * command line's {@code --proof FOLDER} when true, nothing when false.
     */
    static String[] proofOption(String[] args) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--maven-proof") && i + 2 < args.length) {
                if (Boolean.parseBoolean(args[i + 1])) {
                    kept.add("--proof");
                    kept.add(args[i + 2]);
                }
                i += 2;
            } else {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }

    /** Maven passes {@code --maven-strict BOOLEAN} from the publisher.strict property: {@code --strict} when true. */
    static String[] strictOption(String[] args) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--maven-strict") && i + 1 < args.length) {
                if (Boolean.parseBoolean(args[++i])) {
                    kept.add("--strict");
                }
            } else {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }

    /**
     * The reproducible-builds order: SOURCE_DATE_EPOCH when set, else the pom's
     * project.build.outputTimestamp (passed as --date), else the book's pubdate.
     */
    static String[] withoutPomDateIfEpochSet(String[] args) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return args;
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--date")) {
                i++;
            } else {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }
}
