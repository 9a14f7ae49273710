package dev.hanzi.publisher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The trim sizes a book can be printed at; the stylesheets derive margins from them. */
public enum Paper {
    A4("a4", "210mm", "297mm"),
    /** 16 开, the usual Chinese book size (185 mm × 260 mm). */
    K16("16k", "185mm", "260mm"),
    A5("a5", "148mm", "210mm");

    private final String name;
    private final String width;
    private final String height;

    Paper(String name, String width, String height) {
        this.name = name;
        this.width = width;
        this.height = height;
    }

    public String width() {
        return width;
    }

    public String height() {
        return height;
    }

    public String cliName() {
        return name;
    }

    public static Paper fromName(String value) {
        for (Paper paper : values()) {
            if (paper.name.equals(value.toLowerCase(Locale.ROOT))) {
                return paper;
            }
        }
        throw new IllegalArgumentException("unknown paper size '" + value + "' (choose " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(Paper::cliName).collect(Collectors.joining("|"));
    }
}
