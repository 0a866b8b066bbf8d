package org.diplokg.server.store;

/**
 * Orders index keys of four node ids held as longs ({@code keys[4 * t] … keys[4 * t + 3]} for key {@code t}),
 * compared unsigned column by column: the order of their bytes in a TDB2 index. A merge sort of positions, stable,
 * that skips merging runs already in order (a document's quads come together, so the graph-first indexes arrive
 * nearly sorted).
 */
final class KeyOrder {

    private static final int INSERTION = 16;

    private KeyOrder() {}

    /** Positions 0 … {@code count − 1} in key order. */
    static int[] sort(long[] keys, int count) {
        int[] a = new int[count], b = new int[count];
        for (int i = 0; i < count; i++) a[i] = i;
        System.arraycopy(a, 0, b, 0, count);
        sort(keys, b, a, 0, count);
        return a;
    }

    /** Sorts {@code dst[from, to)}, with {@code src} holding the same positions as scratch. */
    private static void sort(long[] keys, int[] src, int[] dst, int from, int to) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int t = dst[i], j = i - 1;
                while (j >= from && compare(keys, dst[j], t) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = t;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(keys, dst, src, from, mid);
        sort(keys, dst, src, mid, to);
        if (compare(keys, src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, to - from);
            return;
        }
        for (int i = from, p = from, q = mid; i < to; i++) {
            dst[i] = q >= to || p < mid && compare(keys, src[p], src[q]) <= 0 ? src[p++] : src[q++];
        }
    }

    /** Keys {@code x} and {@code y} compared as their bytes are. */
    static int compare(long[] keys, int x, int y) {
        int a = 4 * x, b = 4 * y;
        for (int i = 0; i < 4; i++) {
            int c = Long.compareUnsigned(keys[a + i], keys[b + i]);
            if (c != 0) return c;
        }
        return 0;
    }
}
