package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.check.Typography;

/**
 * The print edition's book block made up to whole signatures: a printer folds each sheet into a
 * signature (16 pages by default, {@code signature-pages} in typography.properties), so a book's
 * page count is a multiple of it, the pages left over blank at the end.
 *
 * @param pages the pages of one signature
 */
public record Signatures(int pages) {
    /** A signature when the book does not say: a sheet folded four times. */
    public static final int DEFAULT_PAGES = 16;

    public static Signatures of(Typography typography) {
        return new Signatures(typography.signaturePages().orElse(DEFAULT_PAGES));
    }

    /** The blank pages that make {@code bookPages} up to whole signatures. */
    public int blanksAfter(int bookPages) {
        return (pages - bookPages % pages) % pages;
    }
}
