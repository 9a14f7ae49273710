package dev.hanzi.publisher.style;

import dev.hanzi.publisher.source.LoadedBook;
import net.sf.saxon.s9api.XdmNode;

/**
 * The book as both outputs transform it.
 *
 * @param document the normalised tree
 * @param loaded the book as it was read, for its files and positions
 * @param fallbacks the elements that the outputs' transformations publish through their generic
 *     fallback, recorded as they go
 */
public record NormalizedBook(XdmNode document, LoadedBook loaded, Fallbacks.Report fallbacks) {
}
