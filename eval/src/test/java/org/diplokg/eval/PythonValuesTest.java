package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values are what CPython 3.11 prints for the same expressions. */
class PythonValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void roundsTheBinaryValueHalfToEvenLikePythonRound() {
        assertEquals(0.062, PythonValues.round(0.0625, 3));   // exact tie: to even
        assertEquals(0.312, PythonValues.round(0.3125, 3));
        assertEquals(0.188, PythonValues.round(0.1875, 3));
        assertEquals(2.67, PythonValues.round(2.675, 2));     // 2.675 is 2.67499999… in binary
        assertEquals(0.667, PythonValues.round(2.0 / 3, 3));
    }

    @Test
    void formatsFixedPointLikePythonFormat() {
        assertEquals("0.62", PythonValues.fixed(0.625, 2));
        assertEquals("0.38", PythonValues.fixed(0.375, 2));
        assertEquals("0.12", PythonValues.fixed(0.125, 2));
        assertEquals("1.000", PythonValues.fixed(1.0, 3));
        assertEquals("0.667", PythonValues.fixed(0.667, 3));
    }

    @Test
    void writesFloatsLikePythonRepr() {
        assertEquals("1.0", PythonValues.floatRepr(1.0));
        assertEquals("0.667", PythonValues.floatRepr(0.667));
        assertEquals("0.1", PythonValues.floatRepr(0.1));
        assertEquals("100.0", PythonValues.floatRepr(1e2));
        assertEquals("1000000000000000.0", PythonValues.floatRepr(1e15));
        assertEquals("1e+16", PythonValues.floatRepr(1e16));
        assertEquals("1.5e+16", PythonValues.floatRepr(1.5e16));
        assertEquals("0.0001", PythonValues.floatRepr(1e-4));
        assertEquals("1e-05", PythonValues.floatRepr(1e-5));
        assertEquals("-0.0", PythonValues.floatRepr(-0.0));
        assertEquals("1e+23", PythonValues.floatRepr(1e23));
        assertEquals("5e-324", PythonValues.floatRepr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", PythonValues.floatRepr(Double.MAX_VALUE));
        assertEquals("inf", PythonValues.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("nan", PythonValues.floatRepr(Double.NaN));
    }

    @Test
    void convertsValuesLikePythonStr() throws Exception {
        assertEquals("28", PythonValues.str(json("28")));
        assertEquals("28.0", PythonValues.str(json("28.0")));
        assertEquals("True", PythonValues.str(json("true")));
        assertEquals("None", PythonValues.str(json("null")));
        assertEquals("12345678901234567890", PythonValues.str(json("12345678901234567890")));
        assertEquals("[1, None, True, 1.5, \"x'y\", 'a\"b', 'c\\'d\"']",
                PythonValues.str(json("[1, null, true, 1.5, \"x'y\", \"a\\\"b\", \"c'd\\\"\"]")));
        assertEquals("{'name': '习近平', 'n': [{}]}", PythonValues.str(json("{\"name\": \"习近平\", \"n\": [{}]}")));
        assertEquals("['\\t\\x1c\\x85\\u2028\\xa0中\\\\']", PythonValues.str(json("[\"\\t\\u001c\\u0085\\u2028\\u00a0中\\\\\"]")));
    }

    @Test
    void iteratesLikePythonOrEmptyList() throws Exception {
        assertEquals(List.of(), PythonValues.iterate(json("null")));
        assertEquals(List.of(), PythonValues.iterate(json("\"\"")));
        assertEquals(List.of(), PythonValues.iterate(json("0")));
        assertEquals(List.of(json("\"王\""), json("\"𠀀\"")), PythonValues.iterate(json("\"王𠀀\"")));
        assertEquals(List.of(json("\"a\""), json("\"b\"")), PythonValues.iterate(json("{\"a\": 1, \"b\": 2}")));
        assertThrows(IllegalArgumentException.class, () -> PythonValues.iterate(json("5")));
    }

    @Test
    void judgesTruthLikePython() throws Exception {
        assertFalse(PythonValues.truthy(json("0.0")));
        assertFalse(PythonValues.truthy(json("[]")));
        assertFalse(PythonValues.truthy(json("false")));
        assertTrue(PythonValues.truthy(json("\" \"")));
        assertTrue(PythonValues.truthy(json("{\"a\": null}")));
    }
}
