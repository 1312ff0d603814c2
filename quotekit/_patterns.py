"""Regular expressions built from word lists, shared by the stages."""

from __future__ import annotations

import re
from typing import TypeAlias

__all__ = ["DIGIT", "SPACE", "trie_pattern"]

# The regex engine's ``\d`` and ``\s`` as classes for the standard engine, whose calls cost
# several times less: its own ``\d`` lacks the digits Unicode added after the tables of this
# Python (14.0), and its ``\s`` holds four controls more (\x1c-\x1f). tests/test_patterns.py
# checks both against the regex engine over every code point.
DIGIT = (
    r"[\d\U00010d40-\U00010d49\U000116d0-\U000116e3\U00011bf0-\U00011bf9"
    r"\U00011de0-\U00011de9\U00011f50-\U00011f59\U00016130-\U00016139\U00016d70-\U00016d79"
    r"\U0001ccf0-\U0001ccf9\U0001e4f0-\U0001e4f9\U0001e5f1-\U0001e5fa]"
)
SPACE = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # inside [...]

_Trie: TypeAlias = "dict[str, _Trie]"


def trie_pattern(forms: list[str]) -> str:
    """A regular expression matching any of ``forms``, factored by shared prefixes.

    Audit: the pattern is a trie, so at each character at most one branch continues; its
    length bounds any backtracking to the length of the longest form.
    """
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = []
        for char in sorted(key for key in node if key):
            piece = r"\s++" if char == " " else ("['\u2019]" if char == "'" else re.escape(char))
            branches.append(str(piece) + render(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)
