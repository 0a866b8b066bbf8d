package org.diplokg.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of measured values (nearest rank, so every figure is one that was measured). */
final class Stats {
    private Stats() {}

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The value below which {@code p} percent of the values lie (nearest rank); NaN for no values. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
