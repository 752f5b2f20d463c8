package dev.talkshelf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.query.Token.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Kind> kinds(String text) {
        return Lexer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void operatorsAreWordsInAnyCase() {
        assertEquals(List.of(Kind.WORD, Kind.OR, Kind.WORD, Kind.AND, Kind.NOT, Kind.WORD, Kind.END), kinds("a OR b and Not c"));
    }

    @Test
    void parenthesesEndWords() {
        assertEquals(List.of(Kind.LPAREN, Kind.WORD, Kind.RPAREN, Kind.END), kinds("(a)"));
    }

    @Test
    void dashBeforeATermIsNegationButNotInsideAWord() {
        assertEquals(List.of(Kind.NOT, Kind.WORD, Kind.WORD, Kind.END), kinds("-rust free-threading"));
    }

    @Test
    void quotedFieldValueIsOneToken() {
        Token t = Lexer.tokenize("speaker:\"David Hewitt\"").get(0);
        assertEquals(new Token(Kind.FIELD, "David Hewitt", "speaker", true, 1, 9), t);
    }

    @Test
    void columnsCountCharactersNotBytes() {
        assertEquals(4, Lexer.tokenize("Łó python").get(1).column());
        assertEquals(3, Lexer.tokenize("🐍 python").get(1).column());
    }

    @Test
    void controlCharactersSeparateWords() {
        assertEquals(List.of(Kind.WORD, Kind.WORD, Kind.END), kinds("a\u0000b"));
    }

    @Test
    void urlLikeWordIsReadAsAField() {
        assertEquals(Kind.FIELD, Lexer.tokenize("https://x").get(0).kind());
    }
}
