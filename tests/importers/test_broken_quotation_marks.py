"""Quotation marks typed wrongly (round 12): two single marks ‘’ typed for an opening double
one."""

from __future__ import annotations

from briefer.importers.quotes import find_quoted


def test_two_single_marks_open_a_quotation_like_a_double_one() -> None:
    paragraph = '‘’Our teams go back to work tomorrow" stated Minister Anna Berg at the port.'
    [quoted] = find_quoted(paragraph)
    assert quoted.text == "Our teams go back to work tomorrow"
