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
        int status = new Main(System.out, System.err).run(args);
        if (status != 0) {
            throw new IllegalStateException("the book was not published (see the errors above)");
        }
    }
}
