package dev.hanzi.publisher.pdf;

/**
 * An image as FOP placed it: the URI of its file (as the stylesheets wrote it), the page (from 1)
 * and the size it is printed at, in points.
 */
public record ImagePlacement(String uri, int page, double width, double height) {
}
