package org.diplokg.eval;

import java.util.OptionalDouble;

/** How many of the scored attribute values were right, as score.py counts {@code published} and event attributes. */
public record Accuracy(int right, int of) {

    static final Accuracy ZERO = new Accuracy(0, 0);

    /** right / of rounded to 3 places like score.py; empty when nothing was scored. */
    public OptionalDouble accuracy() {
        return of != 0 ? OptionalDouble.of(PythonValues.round((double) right / of, 3)) : OptionalDouble.empty();
    }

    Accuracy plus(Accuracy o) {
        return new Accuracy(right + o.right, of + o.of);
    }

    Accuracy plus(boolean ok) {
        return new Accuracy(right + (ok ? 1 : 0), of + 1);
    }
}
