package dev.hanzi.publisher.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Makes the same book give the same PDF bytes. FOP 2.11 writes the time of the build, or chance,
 * in places whatever the document says: the trailer's /ID (a hash of the clock, unless
 * SOURCE_DATE_EPOCH is set in the environment, which a library cannot do), the XMP
 * xmp:MetadataDate, and in PDF/X the XMP xmpMM:DocumentID and InstanceID (random UUIDs). All are
 * rewritten in place with values of the same length (the XMP stream is not compressed), so the
 * file's cross-reference offsets stay valid: the date becomes the build date, the IDs hashes of
 * the content.
 */
public final class ReproduciblePdf {
    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX_LENGTH = 32;

    private static final byte[] METADATA_DATE = "<xmp:MetadataDate>".getBytes(StandardCharsets.US_ASCII);
    private static final List<byte[]> UUID_TAGS = List.of(
            "<xmpMM:DocumentID>uuid:".getBytes(StandardCharsets.US_ASCII),
            "<xmpMM:InstanceID>uuid:".getBytes(StandardCharsets.US_ASCII));
    private static final int UUID_LENGTH = 36;

    private ReproduciblePdf() {
    }

    /** Rewrites the metadata date and the /ID in place; returns the same array. */
    public static byte[] fix(byte[] pdf, java.time.Instant date) {
        fix(pdf, pdf.length, date);
        return pdf;
    }

    /**
     * Rewrites the metadata date and the /ID in place in the PDF held by the first
     * {@code length} bytes of {@code pdf} (a buffer FOP wrote into, taken without a copy).
     */
    public static void fix(byte[] pdf, int length, java.time.Instant date) {
        fixMetadataDate(pdf, length, date);
        fixFileId(pdf, length);
    }

    private static void fixMetadataDate(byte[] pdf, int length, java.time.Instant date) {
        int start = lastIndexOf(pdf, length, METADATA_DATE);
        if (start < 0) {
            return;
        }
        start += METADATA_DATE.length;
        int end = start;
        while (end < length && pdf[end] != '<') {
            end++;
        }
        String utc = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC).format(date);
        // FOP writes the zone as Z or as an offset, depending on the machine's time zone.
        byte[] value = (end - start == utc.length() + 1 ? utc + "Z" : utc + "+00:00")
                .getBytes(StandardCharsets.US_ASCII);
        if (value.length != end - start) {
            throw new IllegalStateException("unexpected xmp:MetadataDate layout in the PDF");
        }
        System.arraycopy(value, 0, pdf, start, value.length);
    }

    private static void fixFileId(byte[] pdf, int length) {
        List<Integer> uuids = new ArrayList<>();
        for (byte[] tag : UUID_TAGS) {
            for (int at = indexOf(pdf, length, tag, 0); at >= 0; at = indexOf(pdf, length, tag, at + 1)) {
                int start = at + tag.length;
                if (start + UUID_LENGTH <= length) {
                    uuids.add(start);
                    Arrays.fill(pdf, start, start + UUID_LENGTH, (byte) '0');
                }
            }
        }
        int first = lastIndexOf(pdf, length, MARKER);
        if (first < 0) {
            throw new IllegalStateException("the PDF has no /ID entry in its trailer");
        }
        first += MARKER.length;
        int second = first + HEX_LENGTH + 3; // "> <"
        if (second + HEX_LENGTH > length || pdf[first + HEX_LENGTH] != '>' || pdf[second - 1] != '<') {
            throw new IllegalStateException("unexpected /ID layout in the PDF trailer");
        }
        Arrays.fill(pdf, first, first + HEX_LENGTH, (byte) '0');
        Arrays.fill(pdf, second, second + HEX_LENGTH, (byte) '0');
        byte[] id;
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(pdf, 0, length);
            id = md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JDK", e);
        }
        byte[] hex = HexFormat.of().withUpperCase().formatHex(id).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, pdf, first, HEX_LENGTH);
        System.arraycopy(hex, 0, pdf, second, HEX_LENGTH);
        for (int n = 0; n < uuids.size(); n++) {
            byte[] seed = (HexFormat.of().formatHex(id) + "/" + n).getBytes(StandardCharsets.US_ASCII);
            byte[] uuid = UUID.nameUUIDFromBytes(seed).toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(uuid, 0, pdf, uuids.get(n), UUID_LENGTH);
        }
    }

    private static int indexOf(byte[] data, int length, byte[] pattern, int from) {
        for (int i = from; i <= length - pattern.length; i++) {
            if (matchesAt(data, pattern, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, int length, byte[] pattern) {
        for (int i = length - pattern.length; i >= 0; i--) {
            if (matchesAt(data, pattern, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] data, byte[] pattern, int at) {
        for (int j = 0; j < pattern.length; j++) {
            if (data[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
