"""The classes the standard engine borrows from the regex engine match what they stand for."""

from __future__ import annotations

import re
import sys

import regex

from quotekit._patterns import DIGIT, SPACE


def test_digit_and_space_classes_equal_the_regex_engines_over_every_code_point() -> None:
    digit, space = re.compile(DIGIT), re.compile(f"[{SPACE}]")
    regex_digit, regex_space = regex.compile(r"\d"), regex.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (digit.match(char) is None) == (regex_digit.match(char) is None), hex(code)
        assert (space.match(char) is None) == (regex_space.match(char) is None), hex(code)
