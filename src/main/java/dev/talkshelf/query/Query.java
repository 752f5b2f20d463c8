package dev.talkshelf.query;

import java.util.List;

/** The syntax tree of a search query. Columns are 1-based positions in the query text, for error messages. */
public sealed interface Query {

    /** The empty query: every talk. */
    record All() implements Query {
    }

    record And(List<Query> parts) implements Query {
        public And {
            parts = List.copyOf(parts);
        }
    }

    record Or(List<Query> parts) implements Query {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(Query part) implements Query {
    }

    /** A bare word, matched as a prefix in every text field. */
    record Word(String text, int column) implements Query {
    }

    /** Words in double quotes, matched next to each other in this order. */
    record Phrase(String text, int column) implements Query {
    }

    /**
     * {@code name:value}, with the comparison split off the value ({@code year:>=2019} is GE "2019";
     * {@code year:2015..2019} is RANGE "2015..2019"; {@code tag:=python} is EXACT "python").
     *
     * @param quoted      the value was in double quotes, so it is taken literally (no operator, a phrase for text)
     * @param column      where the field name starts
     * @param valueColumn where the value (after any operator) starts
     */
    record Field(String name, Op op, String value, boolean quoted, int column, int valueColumn) implements Query {
    }

    enum Op {
        EQ(""), EXACT("="), LT("<"), LE("<="), GT(">"), GE(">="), RANGE("..");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
