package dev.pyheap.runtime.tracemalloc;

import java.util.regex.Pattern;

/**
 * Python's {@code fnmatch.fnmatchcase} as a Java regex: {@code *} any run, {@code ?} any one
 * character, {@code [seq]} / {@code [!seq]} a set (ranges with {@code -}; a {@code ]} right after
 * the opening bracket is literal; an unclosed {@code [} is literal), everything else literal.
 */
final class Fnmatch {
    private Fnmatch() {
    }

    static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i++);
            if (c == '*') {
                while (i < n && pattern.charAt(i) == '*') {
                    i++;
                }
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && pattern.charAt(j) == '!') {
                    j++;
                }
                if (j < n && pattern.charAt(j) == ']') {
                    j++;
                }
                while (j < n && pattern.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    re.append("\\[");
                } else {
                    String set = pattern.substring(i, j);
                    i = j + 1;
                    re.append('[');
                    int k = 0;
                    if (set.startsWith("!")) {
                        re.append('^');
                        k = 1;
                    }
                    for (; k < set.length(); k++) {
                        char s = set.charAt(k);
                        // Only '-' keeps its meaning (a range); Java's other set syntax is escaped.
                        if (s == '\\' || s == '[' || s == ']' || s == '&' || s == '^') {
                            re.append('\\');
                        }
                        re.append(s);
                    }
                    re.append(']');
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
