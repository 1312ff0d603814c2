"""Regular expressions built from word lists, shared by the stages."""

from __future__ import annotations

import re
from typing import TypeAlias

__all__ = ["trie_pattern"]

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
