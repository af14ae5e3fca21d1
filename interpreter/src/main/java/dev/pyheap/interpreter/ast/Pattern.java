package dev.pyheap.interpreter.ast;

import java.util.List;

/** CPython's pattern nodes (Python.asdl), with its field names. */
public sealed interface Pattern extends Located permits Pattern.MatchValue, Pattern.MatchSingleton, Pattern.MatchSequence, Pattern.MatchMapping, Pattern.MatchClass, Pattern.MatchStar, Pattern.MatchAs, Pattern.MatchOr {
    record MatchValue(Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    record MatchSingleton(Object value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    record MatchSequence(List<Pattern> patterns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwd_attrs, List<Pattern> kwd_patterns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    record MatchStar(String name, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    record MatchAs(Pattern pattern, String name, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    record MatchOr(List<Pattern> patterns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
}
