package dev.hanzi.publisher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The trim sizes a book can be printed at, in millimetres; the stylesheets derive the type area from them. */
public enum Paper {
    A4("a4", 210, 297),
    /** 16 开, the usual Chinese book size (185 mm × 260 mm). */
    K16("16k", 185, 260),
    A5("a5", 148, 210);

    private final String name;
    private final double widthMm;
    private final double heightMm;

    Paper(String name, double widthMm, double heightMm) {
        this.name = name;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
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
