package dev.talkshelf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.query.Query.All;
import dev.talkshelf.query.Query.And;
import dev.talkshelf.query.Query.Field;
import dev.talkshelf.query.Query.Not;
import dev.talkshelf.query.Query.Op;
import dev.talkshelf.query.Query.Or;
import dev.talkshelf.query.Query.Phrase;
import dev.talkshelf.query.Query.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static QueryException error(String query) {
        return assertThrows(QueryException.class, () -> Parser.parse(query));
    }

    @Test
    void blankQueryMatchesEverything() {
        assertEquals(new All(), Parser.parse("   "));
    }

    @Test
    void wordKeepsItsColumn() {
        assertEquals(new Word("python", 3), Parser.parse("  python"));
    }

    @Test
    void juxtapositionIsAnd() {
        assertEquals(new And(List.of(new Word("rust", 1), new Word("python", 6))), Parser.parse("rust python"));
    }

    @Test
    void explicitAndIsTheSameAsJuxtaposition() {
        assertEquals(new And(List.of(new Word("rust", 1), new Word("python", 10))), Parser.parse("rust AND python"));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(new Or(List.of(new Word("a", 1), new And(List.of(new Word("b", 6), new Word("c", 8))))),
                Parser.parse("a or b c"));
    }

    @Test
    void parenthesesGroup() {
        assertEquals(new And(List.of(new Or(List.of(new Word("a", 2), new Word("b", 7))), new Word("c", 10))),
                Parser.parse("(a or b) c"));
    }

    @Test
    void dashNegatesATerm() {
        assertEquals(new And(List.of(new Word("python", 1), new Not(new Word("django", 9)))), Parser.parse("python -django"));
    }

    @Test
    void notKeywordNegates() {
        assertEquals(new Not(new Word("django", 5)), Parser.parse("not django"));
    }

    @Test
    void dashInsideAWordIsPartOfIt() {
        assertEquals(new Word("free-threading", 1), Parser.parse("free-threading"));
    }

    @Test
    void quotedTextIsAPhrase() {
        assertEquals(new Phrase("machine learning", 1), Parser.parse("\"machine learning\""));
    }

    @Test
    void fieldSplitsOffItsComparison() {
        assertEquals(new Field("year", Op.GE, "2019", false, 1, 8), Parser.parse("year:>=2019"));
    }

    @Test
    void fieldWithDotsIsARange() {
        assertEquals(new Field("year", Op.RANGE, "2015..2019", false, 1, 6), Parser.parse("year:2015..2019"));
    }

    @Test
    void tagWithEqualsIsExact() {
        assertEquals(new Field("tag", Op.EXACT, "python", false, 1, 6), Parser.parse("tag:=python"));
    }

    @Test
    void fieldValueMayBeQuoted() {
        assertEquals(new Field("speaker", Op.EQ, "David Hewitt", true, 1, 10), Parser.parse("speaker:\"David Hewitt\""));
    }

    @Test
    void fieldNamesIgnoreCase() {
        assertEquals(new Field("title", Op.EQ, "async", false, 1, 7), Parser.parse("TITLE:async"));
    }

    @Test
    void missingCloseParenthesisIsReportedWhereItShouldBe() {
        QueryException e = error("(python");
        assertEquals("missing ')' at column 8", e.getMessage());
        assertEquals(8, e.column());
    }

    @Test
    void strayCloseParenthesisIsReported() {
        assertEquals("unexpected ')' with no '(' before it at column 8", error("python )").getMessage());
    }

    @Test
    void emptyParenthesesAreReported() {
        assertEquals("empty parentheses at column 1", error("()").getMessage());
    }

    @Test
    void unknownFieldListsTheFields() {
        assertEquals("unknown field 'foo:' at column 1 (fields: title, speaker, event, tag, year, status, duration, rating,"
                + " playlist, added, has, said)", error("foo:bar").getMessage());
    }

    @Test
    void fieldWithoutValueIsReported() {
        assertEquals("'year:' needs a value at column 3", error("a year:").getMessage());
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        assertEquals("missing closing '\"' for the quote opened at column 8", error("python \"free thr").getMessage());
    }

    @Test
    void trailingOrIsReported() {
        assertEquals("'or' needs a term after it at column 8", error("python or").getMessage());
    }

    @Test
    void leadingOrIsReported() {
        assertEquals("'or' needs a term before it at column 1", error("or python").getMessage());
    }

    @Test
    void trailingNotIsReported() {
        assertEquals("'not' needs a term after it at column 8", error("python not").getMessage());
    }

    @Test
    void doubledAndIsReported() {
        assertEquals("'and' needs a term after it at column 3", error("a and and b").getMessage());
    }

    @Test
    void comparisonWithoutValueIsReported() {
        assertEquals("'year:>=' needs a value after '>=' at column 1", error("year:>=").getMessage());
    }
}
