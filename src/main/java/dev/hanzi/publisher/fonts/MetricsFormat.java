package dev.hanzi.publisher.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The binary format of the metrics cache: numbers big-endian, arrays and strings with their
 * length first. {@link FontTemplate} writes and reads its fields in it; {@link FontMetricsCache}
 * frames them with a header and a checksum.
 */
final class MetricsFormat {
    private MetricsFormat() {
    }

    /** Writes numbers big-endian, arrays and strings with their length first. */
    static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void integer(int value) {
            bytes.write(value >>> 24);
            bytes.write(value >>> 16);
            bytes.write(value >>> 8);
            bytes.write(value);
        }

        void bool(boolean value) {
            bytes.write(value ? 1 : 0);
        }

        void string(String value) {
            if (value == null) {
                integer(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            bytes.writeBytes(utf8);
        }

        void integers(int[] values) {
            integer(values.length);
            ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
            buffer.asIntBuffer().put(values);
            bytes.writeBytes(buffer.array());
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads what {@link Writer} wrote; a damaged file ends in an exception, never in a wrong value read on. */
    static final class Reader {
        private final ByteBuffer buffer;

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        int integer() {
            return buffer.getInt();
        }

        boolean bool() {
            return buffer.get() != 0;
        }

        String string() {
            int length = buffer.getInt();
            if (length < 0) {
                return null;
            }
            if (length > buffer.remaining()) {
                throw new IllegalArgumentException("damaged: a string longer than the file");
            }
            byte[] utf8 = new byte[length];
            buffer.get(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        int[] integers() {
            int length = buffer.getInt();
            if (length < 0 || length > buffer.remaining() / 4) {
                throw new IllegalArgumentException("damaged: an array longer than the file");
            }
            int[] values = new int[length];
            buffer.asIntBuffer().get(values);
            buffer.position(buffer.position() + values.length * 4);
            return values;
        }
    }
}
