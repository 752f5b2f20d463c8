package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.Fts.and;
import static dev.talkshelf.catalog.Fts.not;
import static dev.talkshelf.catalog.Fts.or;
import static dev.talkshelf.catalog.Fts.phrase;
import static dev.talkshelf.catalog.Fts.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.query.QueryCompiler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The full-text part of a plan as data (decision 0061): the FTS5 text is rendered from the terms, and what the planner
 * asks of an expression is answered from the terms, so text a user typed (a NOT, an AND inside a phrase) is only text.
 */
class FullTextTest {
    private static final QueryCompiler COMPILER = new QueryCompiler(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"),
            ZoneOffset.UTC), name -> Optional.empty());

    private static FullText compiled(String query) {
        return COMPILER.compile(query).rankMatch();
    }

    @Test
    void theFts5TextIsWrittenAsTheCompilerAlwaysWroteIt() {
        assertEquals("\"python\"*", w("python").fts());
        assertEquals("\"machine learning\"", phrase("machine learning").fts());
        assertEquals("\"say \"\"hi\"\"\"", phrase("say \"hi\"").fts(), "quotes doubled: a term stays a term");
        assertEquals("(\"data\"*) AND (\"python\"*)", and(w("data"), w("python")).fts());
        assertEquals("(\"django\"*) OR (\"flask\"*)", or(w("django"), w("flask")).fts());
        assertEquals("(\"python\"*)", or(w("python")).fts(), "the ranking \"or\" of one term");
        assertEquals("(\"python\"*) NOT (\"django\"*)", not(w("python"), w("django")).fts());
        assertEquals("{title} : (\"co\"*)", w("co").inTitle().fts());
        assertEquals("((\"a\"*) AND (\"b\"*)) NOT ((\"c\"*) OR (\"d\"*))",
                not(and(w("a"), w("b")), or(w("c"), w("d"))).fts());
    }

    @Test
    void twoExpressionsAreEqualWhenFts5ReadsTheSameText() {
        assertEquals(w("python"), FullText.prefix("python"));
        assertEquals(w("python").hashCode(), FullText.prefix("python").hashCode());
        assertFalse(w("python").equals(phrase("python")));
        assertFalse(w("python").equals(or(w("python"))));
    }

    @Test
    void keptWordsAreOnePrefixedWordOrAnAndOfThem() {
        assertEquals(Optional.of(List.of("python")), w("python").keptWords());
        assertEquals(Optional.of(List.of("python")), or(w("Python")).keptWords(), "lower case, as the bitmaps hold them");
        assertEquals(Optional.of(List.of("data", "python")), and(w("data"), w("python")).keptWords());
        assertEquals(Optional.of(List.of("py", "web", "data")), and(w("py"), w("web"), w("data")).keptWords());
        for (FullText other : List.of(phrase("python"), w("python").inTitle(), w("machine learning"), or(w("python"), w("rust")),
                not(w("python"), w("django")), w("pyth\u00f6n"), and(w("python"), w("x y")), and(and(w("a"), w("b")), w("c")),
                or(or(w("python"))), w("a".repeat(41)))) {
            assertEquals(Optional.empty(), other.keptWords(), other.fts());
        }
    }

    @Test
    void aTitleWordIsOnePrefixedWordInTheTitleAlone() {
        assertEquals(Optional.of("co"), w("co").inTitle().titleKeptWord());
        assertEquals(Optional.of("async"), compiled("title:async").titleKeptWord());
        assertEquals(Optional.empty(), compiled("title:\"machine learning\"").titleKeptWord());
        assertEquals(Optional.empty(), compiled("title:\"co\"").titleKeptWord(), "a whole word is not the kept prefix");
        assertEquals(Optional.empty(), compiled("event:co").titleKeptWord());
        assertEquals(Optional.empty(), w("co").titleKeptWord());
    }

    @Test
    void wordsLeftOutAreSeenOnlyWhereTheQueryLeavesThemOut() {
        FullText.Without sides = compiled("python -django").keptWordsLeftOut().orElseThrow();
        assertEquals(w("python"), sides.kept());
        assertEquals(w("django"), sides.leftOut());
        assertEquals(Optional.of(or(w("rust"), w("web"))),
                compiled("data python -rust -web").keptWordsLeftOut().map(FullText.Without::leftOut));
        assertEquals(Optional.empty(), compiled("\"machine learning\" -django").keptWordsLeftOut(), "a phrase is not kept");
        assertTrue(compiled("\"machine learning\" -django").hasLeftOut());
        assertTrue(compiled("python not django").hasLeftOut());
        assertEquals(Optional.empty(), w("python").keptWordsLeftOut());
    }

    @Test
    void theLettersNotInAWordOrAPhraseLeaveNothingOut() {
        // The planner asked the rendered text whether it contained "NOT": a word typed NOTE (or a phrase "NOT", kept in
        // the case typed) then took the slower title plan meant for words left out.
        for (String query : List.of("NOTE", "NOTHING", "\"NOT\"", "\"not\"", "co NOTE", "title:NOTE", "\"x) NOT (y\"",
                "title:\"NOT this\" co")) {
            FullText words = compiled(query);
            assertFalse(words.hasLeftOut(), query);
            assertTrue(words.fts().toUpperCase(java.util.Locale.ROOT).contains("NOT"), query + " has the letters");
        }
        assertEquals(List.of(w("NOTE"), w("co")), compiled("co NOTE").andParts());
        assertEquals(Optional.of("co"), compiled("co NOTE").andParts().get(1).keptWord());
    }

    @Test
    void anAndInsideAPhraseIsPartOfThePhrase() {
        FullText rock = compiled("\"rock AND roll\"");
        assertEquals(List.of(rock), rock.andParts());
        assertEquals(phrase("rock AND roll"), rock);
        assertEquals(Optional.empty(), rock.keptWords());
        assertEquals(List.of(w("co"), phrase("rock AND roll")), compiled("co \"rock AND roll\"").andParts());
        assertEquals(Optional.empty(), compiled("\"a OR b\"").alternatives(), "one phrase with OR inside");
        assertEquals(Optional.empty(), compiled("\"x) OR (y\"").alternatives());
    }

    @Test
    void alternativesAreThoseOfAnOrOfTwoOrMore() {
        assertEquals(Optional.of(List.of(w("python"), w("rust"))), compiled("python or rust").alternatives());
        assertEquals(Optional.of(List.of(and(w("a"), w("b")), phrase("x (y) OR z"), w("c").inTitle())),
                or(and(w("a"), w("b")), phrase("x (y) OR z"), w("c").inTitle()).alternatives());
        for (FullText other : List.of(or(w("python")), and(w("python"), w("rust")), not(w("a"), w("b")), w("a"))) {
            assertEquals(Optional.empty(), other.alternatives(), other.fts());
        }
    }

    @Test
    void theAndPartsAreThoseOfAnAndOnly() {
        assertEquals(List.of(w("a"), or(phrase("b"), phrase("c")), phrase("x AND y")),
                and(w("a"), or(phrase("b"), phrase("c")), phrase("x AND y")).andParts());
        assertEquals(List.of(not(w("a"), w("b"))), not(w("a"), w("b")).andParts());
        assertEquals(List.of(or(and(w("a"), w("b")), w("c"))), or(and(w("a"), w("b")), w("c")).andParts());
        assertEquals(List.of(w("python")), w("python").andParts());
    }

    @Test
    void aOneLetterPrefixIsFoundWhereverItIs() {
        assertTrue(w("p").hasOneLetterPrefix());
        assertTrue(w("p").inTitle().hasOneLetterPrefix());
        assertTrue(and(w("python"), or(w("x"), w("rust"))).hasOneLetterPrefix());
        assertTrue(w("\ud83d\ude00").hasOneLetterPrefix(), "one code point");
        assertFalse(w("py").hasOneLetterPrefix());
        assertFalse(phrase("p").hasOneLetterPrefix());
        assertFalse(phrase("a \"b\"* c").hasOneLetterPrefix(), "a star inside a phrase is text");
        assertFalse(compiled("c").hasOneLetterPrefix(), "the compiler writes one letter as a whole word");
    }
}
