package cellpy.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one f-string literal into literal text and replacement fields, the way CPython 3.11
 * does it after tokenizing: the tokenizer saw the f-string as a plain string, so the expression
 * inside cannot contain the string's own quote; expressions are then parsed on their own.
 */
final class FStringParser {
    /** Accumulates the parts of adjacent literals, merging neighbouring literal text. */
    static final class Builder {
        private final int line;
        private final int col;
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Builder(int line, int col) {
            this.line = line;
            this.col = col;
        }

        void literal(String s) {
            text.append(s);
        }

        void field(Expr e) {
            flush();
            values.add(e);
        }

        private void flush() {
            if (!text.isEmpty()) {
                values.add(new Expr.StrLit(line, col, text.toString()));
                text.setLength(0);
            }
        }

        Expr.JoinedStr build() {
            flush();
            return new Expr.JoinedStr(line, col, List.copyOf(values));
        }
    }

    private final Parser parser;
    private final Token token;
    private final Token.StringLit lit;
    private final String s;
    private final Builder out;
    private int i;

    FStringParser(Parser parser, Token token, Builder out) {
        this.parser = parser;
        this.token = token;
        this.lit = (Token.StringLit) token.value();
        this.s = lit.body();
        this.out = out;
    }

    void parse() {
        literalAndFields(out, 0, false);
    }

    private SyntaxErrorException error(String msg) {
        return parser.error(msg, token.endLine(), token.endCol(), token.endCol());
    }

    /** Literal text and fields until the end of the string, or (in a format spec) until '}'. */
    private void literalAndFields(Builder b, int depth, boolean inSpec) {
        StringBuilder raw = new StringBuilder();
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char nx = s.charAt(i + 1);
                if (!lit.raw() && nx == 'N' && i + 2 < n && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i);
                    if (close < 0) {
                        close = n - 1;
                    }
                    raw.append(s, i, close + 1);
                    i = close + 1;
                    continue;
                }
                if (nx == '{' || nx == '}') {
                    raw.append(c);
                    i++;
                    continue;
                }
                raw.append(c).append(nx);
                i += 2;
                continue;
            }
            if (c == '{') {
                if (!inSpec && i + 1 < n && s.charAt(i + 1) == '{') {
                    raw.append('{');
                    i += 2;
                    continue;
                }
                flushLiteral(b, raw);
                field(b, depth);
                continue;
            }
            if (c == '}') {
                if (inSpec) {
                    flushLiteral(b, raw);
                    return;
                }
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    raw.append('}');
                    i += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed");
            }
            raw.append(c);
            i++;
        }
        if (inSpec) {
            throw error("f-string: expecting '}'");
        }
        flushLiteral(b, raw);
    }

    private void flushLiteral(Builder b, StringBuilder raw) {
        if (raw.isEmpty()) {
            return;
        }
        b.literal(lit.raw() ? raw.toString() : parser.decodeEscapes(raw.toString(), token));
        raw.setLength(0);
    }

    private void field(Builder b, int depth) {
        if (depth >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        i++; // '{'
        int start = i;
        int n = s.length();
        StringBuilder brackets = new StringBuilder();
        char quote = 0;
        boolean tripleQuote = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote) {
                    if (!tripleQuote) {
                        quote = 0;
                    } else if (i + 2 < n && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote) {
                        quote = 0;
                        i += 2;
                    }
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                tripleQuote = i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == c;
                i += tripleQuote ? 3 : 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                brackets.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets.isEmpty()) {
                    if (c == '}') {
                        break;
                    }
                    throw error("f-string: unmatched '" + c + "'");
                }
                char open = brackets.charAt(brackets.length() - 1);
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != want) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'");
                }
                brackets.setLength(brackets.length() - 1);
            } else if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (brackets.isEmpty()) {
                char nx = i + 1 < n ? s.charAt(i + 1) : 0;
                if (c == '!' && nx == '=') {
                    i += 2;
                    continue;
                }
                if (c == '!' || c == ':') {
                    break;
                }
                if (c == '=') {
                    char pv = s.charAt(i - 1 >= start ? i - 1 : i);
                    if (nx == '=') {
                        i += 2;
                        continue;
                    }
                    if (i == start || "=!<>".indexOf(pv) < 0) {
                        break;
                    }
                }
            }
            i++;
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (!brackets.isEmpty()) {
            throw error("f-string: unmatched '" + brackets.charAt(brackets.length() - 1) + "'");
        }
        if (i >= n) {
            throw error("f-string: expecting '}'");
        }
        String exprText = s.substring(start, i);
        if (exprText.isBlank()) {
            char c = s.charAt(i);
            throw error(c == '}' || c == '=' ? "f-string: empty expression not allowed"
                            : "f-string: expression required before '" + c + "'");
        }
        int[] pos = position(start);
        Expr value;
        try {
            value = Parser.parseFStringExpression(parser, exprText, pos[0], pos[1]);
        } catch (SyntaxErrorException e) {
            if (e.getMessage().startsWith("f-string")) {
                throw e;
            }
            throw new SyntaxErrorException(e.type(), "f-string: " + e.getMessage(), e.fileName(), e.line(), e.col(),
                            e.endCol(), e.sourceLine());
        }
        boolean selfDoc = false;
        if (s.charAt(i) == '=') {
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            selfDoc = true;
            b.literal(s.substring(start, i));
        }
        int conversion = -1;
        if (i < n && s.charAt(i) == '!') {
            i++;
            if (i >= n) {
                throw error("f-string: expecting '}'");
            }
            char c = s.charAt(i);
            char after = i + 1 < n ? s.charAt(i + 1) : 0;
            if ((c != 's' && c != 'r' && c != 'a') || (after != ':' && after != '}')) {
                if (c == 's' || c == 'r' || c == 'a') {
                    throw error("f-string: expecting '}'");
                }
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c;
            i++;
        }
        Expr spec = null;
        if (i < n && s.charAt(i) == ':') {
            i++;
            Builder sb = new Builder(token.line(), token.col());
            literalAndFields(sb, depth + 1, true);
            spec = sb.build();
        }
        if (i >= n || s.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (selfDoc && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        b.field(new Expr.FormattedValue(token.line(), token.col(), value, conversion, spec));
    }

    /** Line and column in the file of offset {@code off} in the string body. */
    private int[] position(int off) {
        int line = lit.bodyLine();
        int lastNl = -1;
        for (int k = 0; k < off; k++) {
            if (s.charAt(k) == '\n') {
                line++;
                lastNl = k;
            }
        }
        return new int[]{line, lastNl < 0 ? lit.bodyCol() + off : off - lastNl - 1};
    }
}
