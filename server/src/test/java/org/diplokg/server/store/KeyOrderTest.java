package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link KeyOrder} orders keys as an unsigned byte-wise comparison of their records does, ties in input order. */
class KeyOrderTest {

    @Test
    void ordersAsRecordBytesUnsignedAndStable() {
        Random r = new Random(7);
        for (int count : new int[] {0, 1, 2, 15, 16, 17, 100, 5000}) {
            long[] keys = new long[4 * count];
            long[] pool = {0, 1, 2, 255, Long.MAX_VALUE, Long.MIN_VALUE, -1, 0x80_0000_0000_0001L, 42};
            for (int i = 0; i < keys.length; i++) keys[i] = r.nextInt(4) == 0 ? r.nextLong() : pool[r.nextInt(pool.length)];
            if (count > 3) System.arraycopy(keys, 0, keys, 4, 8); // repeats of a key
            Comparator<Integer> bytes = (x, y) -> Arrays.compareUnsigned(record(keys, x), record(keys, y));
            int[] want = IntStream.range(0, count).boxed().sorted(bytes).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(want, KeyOrder.sort(keys, count), "count " + count);
        }
    }

    @Test
    void keepsRunsAlreadyInOrder() {
        int count = 1000;
        long[] keys = new long[4 * count];
        for (int t = 0; t < count; t++) keys[4 * t] = t / 10; // sorted, ten of each
        assertArrayEquals(IntStream.range(0, count).toArray(), KeyOrder.sort(keys, count));
    }

    private static byte[] record(long[] keys, int t) {
        byte[] b = new byte[32];
        for (int i = 0; i < 4; i++) {
            long v = keys[4 * t + i];
            for (int k = 0; k < 8; k++) b[8 * i + k] = (byte) (v >>> (56 - 8 * k));
        }
        return b;
    }
}
