package org.diplokg.server.web;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** Typed dates of the graph (the datatype is the precision) as timeline points. */
final class Dates {
    private Dates() {}

    /** A date and how much of it is known: day, month or year. */
    record Point(LocalDate date, String precision) {
        String text() {
            return switch (precision) {
                case "year" -> String.valueOf(date.getYear());
                case "month" -> date.toString().substring(0, 7);
                default -> date.toString();
            };
        }
    }

    static Optional<Point> of(Node n) {
        if (n == null || !n.isLiteral()) return Optional.empty();
        String lex = n.getLiteralLexicalForm().strip();
        String dt = n.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDgYear.getURI().equals(dt) || lex.matches("\\d{4}")) {
                return Optional.of(new Point(LocalDate.of(Integer.parseInt(lex.substring(0, 4)), 1, 1), "year"));
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt) || lex.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new Point(LocalDate.of(Integer.parseInt(lex.substring(0, 4)), Integer.parseInt(lex.substring(5, 7)), 1), "month"));
            }
            if (lex.matches("\\d{4}-\\d{2}-\\d{2}.*")) return Optional.of(new Point(LocalDate.parse(lex.substring(0, 10)), "day"));
        } catch (RuntimeException e) {
            // not a date we can place
        }
        return Optional.empty();
    }

    /** The date as the graph states it, for tables ("" when absent). */
    static String text(Node n) {
        return of(n).map(Point::text).orElse(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : "");
    }
}
