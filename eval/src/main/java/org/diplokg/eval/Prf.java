package org.diplokg.eval;

import java.util.OptionalDouble;

/**
 * True positives, false positives and false negatives of one item type, with precision, recall and
 * F1 computed and rounded (to 3 places, half-to-even on the binary value) exactly as score.py's {@code prf}.
 * All three are empty when there was nothing to score.
 */
public record Prf(int tp, int fp, int fn) {

    static final Prf ZERO = new Prf(0, 0, 0);

    /** Whether anything was scored; score.py prints "n/a" otherwise. */
    public boolean scored() {
        return tp + fp + fn != 0;
    }

    public OptionalDouble precision() {
        return scored() ? OptionalDouble.of(PythonValues.round(rawPrecision(), 3)) : OptionalDouble.empty();
    }

    public OptionalDouble recall() {
        return scored() ? OptionalDouble.of(PythonValues.round(rawRecall(), 3)) : OptionalDouble.empty();
    }

    public OptionalDouble f1() {
        if (!scored()) return OptionalDouble.empty();
        double p = rawPrecision();
        double r = rawRecall();
        return OptionalDouble.of(PythonValues.round(p + r != 0 ? 2 * p * r / (p + r) : 0.0, 3));
    }

    Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    private double rawPrecision() {
        return tp + fp != 0 ? (double) tp / (tp + fp) : 0.0;
    }

    private double rawRecall() {
        return tp + fn != 0 ? (double) tp / (tp + fn) : 1.0;
    }
}
