package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.check.Isbn;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.util.Map;

/**
 * An ISBN as the EAN-13 bar code printed on a book's back cover (GB/T 12906, ISO/IEC 15420):
 * 95 modules, each a bar ('1') or a space ('0'). The first digit is not drawn; it chooses which
 * of the left half's digits are set in the odd-parity (L) and which in the even-parity (G) code;
 * the right half is the R code. An ISBN-10 becomes its 978 form, its check digit computed anew.
 *
 * @param digits the thirteen digits, the check digit verified
 * @param modules the 95 modules, start guard to end guard
 */
public record Ean13(String digits, String modules) {
    /** The L code of each digit; R is its complement and G R reversed. */
    private static final String[] L = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111",
        "0111011", "0110111", "0001011"};
    /** For each first digit, the left half's six codes: L or G. */
    private static final String[] PARITY = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL",
        "LGLGLG", "LGLGGL", "LGGLGL"};
    /** The guards: start and end, and the centre. */
    static final String EDGE = "101";
    static final String CENTRE = "01010";

    /** The bar code of an ISBN as a book gives it (hyphens and spaces allowed, ISBN-13 or ISBN-10). */
    public static Ean13 ofIsbn(String isbn, Location where) throws PublishException {
        String plain = Isbn.normalize(isbn);
        String problem = Isbn.problem(plain);
        if (problem != null) {
            throw refused(isbn, where, problem);
        }
        String digits = Isbn.thirteen(plain);
        return new Ean13(digits, encode(digits));
    }

    /** The 95 modules of thirteen digits. */
    static String encode(String digits) {
        StringBuilder modules = new StringBuilder(EDGE);
        String parity = PARITY[digits.charAt(0) - '0'];
        for (int i = 1; i <= 6; i++) {
            String l = L[digits.charAt(i) - '0'];
            modules.append(parity.charAt(i - 1) == 'L' ? l : new StringBuilder(complement(l)).reverse());
        }
        modules.append(CENTRE);
        for (int i = 7; i <= 12; i++) {
            modules.append(complement(L[digits.charAt(i) - '0']));
        }
        return modules.append(EDGE).toString();
    }

    private static String complement(String code) {
        StringBuilder inverse = new StringBuilder(code.length());
        for (char c : code.toCharArray()) {
            inverse.append(c == '0' ? '1' : '0');
        }
        return inverse.toString();
    }

    /** The digits as printed under the bars: the first apart, then the two halves. */
    public String humanReadable() {
        return digits.charAt(0) + " " + digits.substring(1, 7) + " " + digits.substring(7);
    }

    private static PublishException refused(String isbn, Location where, String reason) {
        return new PublishException(Code.PDF_ISBN_BARCODE, where, Map.of("isbn", isbn.strip(), "reason", reason));
    }
}
