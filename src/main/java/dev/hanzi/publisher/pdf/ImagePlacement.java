package dev.hanzi.publisher.pdf;

/**
 * An image as FOP placed it: the URI of its file (as the stylesheets wrote it), its page (from 1,
 * through the whole PDF) and that page's number as printed (iv, 12), and the size it is printed
 * at, in points.
 */
public record ImagePlacement(String uri, int page, String folio, double width, double height) {
}
