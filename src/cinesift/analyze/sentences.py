"""Sentence splitting into spans: the unit every later analysis points back to."""

from __future__ import annotations

import re

from cinesift.model import Span

# Abbreviations whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc no vol ch fig approx dept est inc ltd co mt ft "
    "e.g i.e".split()
)
_BOUNDARY = re.compile(
    # terminal punctuation (perhaps inside a closing quote), space, then a capital
    r"""(?:(?<=[.!?…])|(?<=[.!?…]["'”’)\]]))\s+(?=["'“‘(\[]*[A-Z0-9À-ÖØ-Þ])"""
    r"""|\n\s*\n"""  # blank line: paragraph break
    r"""|\n(?=\s*(?:[-*•·▪●]|\d+[.)])\s)"""  # a new list item
    r"""|(?<=[!?])\s+(?=[a-z])"""  # "wow! and then" - exclamations rarely continue
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def split_sentences(text: str, field: str = "body") -> list[Span]:
    """Split `text` into sentence spans, trimmed of surrounding whitespace and list bullets."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start : m.start()]
        word = _WORD_BEFORE.search(head)
        if word and _is_abbreviation(word.group(1)):
            continue
        if re.search(r"\bNo\.$", head) or re.search(r"\b[A-Z]\.$", head):
            continue  # "Cell No. 7", initials "J. Smith"
        _append(spans, text, start, m.start(), field)
        start = m.end()
    _append(spans, text, start, len(text), field)
    return spans


def _is_abbreviation(word: str) -> bool:
    return word.lower().rstrip(".") in _ABBREVIATIONS


def _append(spans: list[Span], text: str, start: int, end: int, field: str) -> None:
    while start < end and (text[start].isspace() or text[start] in "-*•·▪●"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, field))
