package dev.talkshelf.query;

import dev.talkshelf.query.Query.And;
import dev.talkshelf.query.Query.Field;
import dev.talkshelf.query.Query.Not;
import dev.talkshelf.query.Query.Op;
import dev.talkshelf.query.Query.Or;
import dev.talkshelf.query.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive descent over the tokens:
 * <pre>
 * query := or END
 * or    := and ("or" and)*
 * and   := unary (["and"] unary)*      -- juxtaposition is "and"; "and" binds tighter than "or"
 * unary := ("not" | "-") unary | atom
 * atom  := WORD | PHRASE | FIELD | "(" or ")"
 * </pre>
 * The nesting of parentheses and negations and the number of terms are checked as they are read
 * ({@link QueryLimits}), so the recursion here and in the compiler stays shallow whatever the input.
 */
public final class Parser {
    /** Every field the language knows, in the order the error message lists them. */
    public static final List<String> FIELDS = List.of("title", "speaker", "event", "tag", "year", "status", "duration",
            "rating", "playlist", "added", "has", "said");

    private final List<Token> tokens;
    private int pos;
    /** Parentheses and negations open around the token being read. */
    private int depth;
    private int terms;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Query parse(String text) {
        Parser p = new Parser(Lexer.tokenize(text));
        if (p.peek().kind() == Kind.END) {
            return new Query.All();
        }
        Query q = p.or();
        Token rest = p.peek();
        if (rest.kind() == Kind.RPAREN) {
            throw new QueryException("unexpected ')' with no '(' before it", rest.column());
        }
        if (rest.kind() != Kind.END) {
            throw new QueryException("unexpected " + rest.describe(), rest.column());
        }
        return q;
    }

    private Query or() {
        List<Query> parts = new ArrayList<>();
        parts.add(and());
        while (peek().kind() == Kind.OR) {
            Token op = next();
            requireOperand(op);
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private Query and() {
        List<Query> parts = new ArrayList<>();
        parts.add(unary());
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.AND) {
                next();
                requireOperand(t);
                parts.add(unary());
            } else if (startsTerm(t.kind())) {
                parts.add(unary());
            } else {
                break;
            }
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private Query unary() {
        Token t = peek();
        if (t.kind() == Kind.NOT) {
            next();
            requireOperand(t);
            enter(t);
            Query inner = unary();
            depth--;
            return new Not(inner);
        }
        return atom();
    }

    private Query atom() {
        Token t = next();
        if (t.kind() == Kind.WORD || t.kind() == Kind.PHRASE || t.kind() == Kind.FIELD) {
            countTerm(t);
        }
        return switch (t.kind()) {
            case WORD -> new Query.Word(t.text(), t.column());
            case PHRASE -> new Query.Phrase(t.text(), t.column());
            case FIELD -> field(t);
            case LPAREN -> {
                if (peek().kind() == Kind.RPAREN) {
                    throw new QueryException("empty parentheses", t.column());
                }
                enter(t);
                Query inner = or();
                depth--;
                Token close = peek();
                if (close.kind() != Kind.RPAREN) {
                    throw new QueryException("missing ')'", close.column());
                }
                next();
                yield inner;
            }
            case RPAREN -> throw new QueryException("unexpected ')' with no '(' before it", t.column());
            case AND, OR -> throw new QueryException("'" + t.text() + "' needs a term before it", t.column());
            case END -> throw new QueryException("the query ends too early", t.column());
            case NOT -> throw new IllegalStateException("handled by unary");
        };
    }

    private static Field field(Token t) {
        if (!FIELDS.contains(t.field())) {
            throw new QueryException("unknown field '" + t.field() + ":'", t.column(), "fields: " + String.join(", ", FIELDS));
        }
        String raw = t.text();
        if (raw.isBlank()) {
            throw new QueryException("'" + t.field() + ":' needs a value", t.column());
        }
        if (t.quoted()) {
            return new Field(t.field(), Op.EQ, raw, true, t.column(), t.valueColumn() + 1);
        }
        Op op = Op.EQ;
        int skip = 0;
        for (Op candidate : List.of(Op.GE, Op.LE, Op.LT, Op.GT, Op.EXACT)) {
            if (raw.startsWith(candidate.symbol())) {
                op = candidate;
                skip = candidate.symbol().length();
                break;
            }
        }
        String value = raw.substring(skip);
        if (op == Op.EQ && value.contains("..")) {
            op = Op.RANGE;
        }
        if (value.isEmpty()) {
            throw new QueryException("'" + t.field() + ":" + raw + "' needs a value after '" + raw + "'", t.column());
        }
        return new Field(t.field(), op, value, false, t.column(), t.valueColumn() + skip);
    }

    private void enter(Token t) {
        if (++depth > QueryLimits.MAX_DEPTH) {
            throw new QueryException("the query nests parentheses and 'not' more than " + QueryLimits.MAX_DEPTH + " deep",
                    t.column());
        }
    }

    private void countTerm(Token t) {
        if (++terms > QueryLimits.MAX_TERMS) {
            throw new QueryException("the query has more than " + QueryLimits.MAX_TERMS + " words and fields", t.column());
        }
    }

    /** An operator must be followed by something it can apply to. */
    private void requireOperand(Token op) {
        Token t = peek();
        if (!startsTerm(t.kind())) {
            String name = op.kind() == Kind.NOT && op.text().equals("-") ? "-" : op.text().toLowerCase(Locale.ROOT);
            throw new QueryException("'" + name + "' needs a term after it", op.column());
        }
    }

    private static boolean startsTerm(Kind k) {
        return k == Kind.WORD || k == Kind.PHRASE || k == Kind.FIELD || k == Kind.LPAREN || k == Kind.NOT;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }
}
