package dev.hanzi.publisher.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import org.junit.jupiter.api.Test;

/** ISBNs to EAN-13: the digits, the 978 form of an ISBN-10, the modules, the refusals. */
class Ean13Test {
    @Test
    void anIsbn13IsItsOwnEan() throws PublishException {
        Ean13 code = Ean13.ofIsbn("ISBN 978-7-5321-6543-8", Location.NOWHERE);
        assertEquals("9787532165438", code.digits());
        assertEquals("9 787532 165438", code.humanReadable());
    }

    @Test
    void anIsbn10Becomes978WithANewCheckDigit() throws PublishException {
        // 7-5321-6543-4: the ISBN-10's check digit (mod 11) is 4, the EAN's (mod 10) 8.
        assertEquals("9787532165438", Ean13.ofIsbn("7-5321-6543-4", Location.NOWHERE).digits());
        assertEquals("9780306406157", Ean13.ofIsbn("0-306-40615-2", Location.NOWHERE).digits());
        // A check digit of ten is written X.
        assertEquals("9780804429573", Ean13.ofIsbn("0-8044-2957-X", Location.NOWHERE).digits());
    }

    @Test
    void theModulesAreThoseOfTheStandardsExample() {
        // ISO/IEC 15420's example 5901234123457: first digit 5 sets the left half LGGLLG.
        // 9 L, 0 G, 1 G, 2 L, 3 L, 4 G | 1 2 3 4 5 7 in R.
        assertEquals("101" + "0001011" + "0100111" + "0110011" + "0010011" + "0111101" + "0011101" + "01010"
                + "1100110" + "1101100" + "1000010" + "1011100" + "1001110" + "1000100" + "101",
                Ean13.encode("5901234123457"));
    }

    @Test
    void aWrongCheckDigitOrAnotherPrefixIsRefused() {
        for (String isbn : new String[] {"978-7-5321-6543-9", "9771234567898", "7-5321-6543-8", "978753216543"}) {
            PublishException e = assertThrows(PublishException.class, () -> Ean13.ofIsbn(isbn, Location.NOWHERE), isbn);
            assertEquals(Code.PDF_ISBN_BARCODE, e.diagnostics().get(0).code(), isbn);
        }
    }
}
