package dev.hanzi.publisher.check;

/**
 * The rules of an ISBN, in one place: the book's check (IsbnCheck, before layout) and the
 * cover's bar code (pdf.Ean13) read an ISBN the same way.
 */
public final class Isbn {
    private Isbn() {
    }

    /** The ISBN without "ISBN", hyphens and spaces, X upper case. */
    public static String normalize(String written) {
        return written.strip().replaceFirst("^(?i)isbn(-1[03])?[:：]?\\s*", "").replaceAll("[\\s\\-‐–]", "").toUpperCase();
    }

    /** What is wrong with a normalized ISBN, or null when it is a valid ISBN-13 or ISBN-10. */
    public static String problem(String digits) {
        if (digits.matches("\\d{13}")) {
            if (!digits.startsWith("978") && !digits.startsWith("979")) {
                return "an ISBN-13 starts with 978 or 979";
            }
            int check = ean13CheckDigit(digits.substring(0, 12));
            return check == digits.charAt(12) - '0' ? null : "its check digit is " + digits.charAt(12) + ", the digits before it give " + check;
        }
        if (digits.matches("\\d{9}[\\dX]")) {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            String expected = check == 10 ? "X" : String.valueOf(check);
            return expected.equals(digits.substring(9)) ? null
                    : "its check digit is " + digits.charAt(9) + ", the digits before it give " + expected;
        }
        return "an ISBN has 13 digits (or 10, the last of which may be X)";
    }

    /** The thirteen digits of a valid normalized ISBN: an ISBN-10 in its 978 form, its check digit computed anew. */
    public static String thirteen(String digits) {
        if (digits.length() == 13) {
            return digits;
        }
        String twelve = "978" + digits.substring(0, 9);
        return twelve + ean13CheckDigit(twelve);
    }

    /** The EAN-13 check digit of twelve digits: weights 1 and 3 alternately, to the next ten. */
    public static int ean13CheckDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
