package dev.hanzi.publisher.source;

/** The DocBook 5 vocabulary's names that the Java side needs. */
public final class DocBook {
    /** The namespace of every DocBook 5 element. */
    public static final String NAMESPACE = "http://docbook.org/ns/docbook";

    private DocBook() {
    }
}
