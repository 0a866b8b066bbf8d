package org.diplokg.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks items with probability proportional to 1/rank^s: a few names are in most of the
 * news and many appear now and then, which is what decides how many distinct meetings and agreements a
 * large corpus holds (and so how many rows the queries return).
 */
final class Zipf {
    private final double[] cumulative;
    private final int[] order;

    /** Ranks are dealt to the items 0 … n-1 in an order shuffled by {@code random}, so which item is popular is arbitrary. */
    Zipf(int n, double s, SplittableRandom random) {
        if (n < 1) throw new IllegalArgumentException("n must be at least 1");
        order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, s);
            cumulative[k] = sum;
        }
    }

    /** An item index, popular items more often. */
    int sample(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return order[Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1)];
    }

    int size() { return cumulative.length; }
}
