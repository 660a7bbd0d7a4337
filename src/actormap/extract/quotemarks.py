"""Pairs quotation marks into quoted passages, recovering from the ways real text breaks them.

Handles curly and straight marks, a quote continued over paragraphs (the next paragraph
reopens it without a closing mark), an opening mark never closed (the quote ends with its
paragraph) and a closing mark never opened (the quote starts with its paragraph).
Written by hand: textacy, the one library that finds quotes, gives up on the whole
document at an odd number of marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENING = {"“", "«", "„"}
CLOSING = {"”", "»"}
STRAIGHT = '"'
MARKS = re.compile(r'[“”«»„"]')
MIN_WORDS_UNOPENED = 3


@dataclass
class Passage:
    """A quoted passage: its parts (content spans without marks) and the whole span with marks."""

    parts: list[tuple[int, int]] = field(default_factory=list)
    start: int = 0  # the opening mark, or the paragraph start when none was written
    end: int = 0  # just after the closing mark, or the content's end when none was written
    gaps: list[tuple[int, int]] = field(default_factory=list)  # attributions between split parts

    def text(self, source: str) -> str:
        return " ".join(source[s:e].strip() for s, e in self.parts if source[s:e].strip())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_opening(text: str, i: int) -> bool:
    mark = text[i]
    if mark in OPENING:
        return True
    if mark in CLOSING:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-:":
        return not after.isspace()
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_passages(text: str) -> list[Passage]:
    """Every quoted passage in the text, in order."""
    passages: list[Passage] = []
    paragraphs = _paragraphs(text)
    current: Passage | None = None
    content_start = 0
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = [m.start() for m in MARKS.finditer(text, p_start, p_end)]
        if current is not None:  # carried over: this paragraph's first mark reopens the quote
            content_start, marks = marks[0] + 1, marks[1:]
        last_end = p_start
        for position in marks:
            if _is_opening(text, position):
                if current is not None:  # the previous quote was never closed
                    current.parts.append(_trim(text, content_start, position))
                    current.end = current.parts[-1][1]
                    passages.append(current)
                current = Passage(start=position)
                content_start = position + 1
            elif current is not None:
                current.parts.append((content_start, position))
                current.end = last_end = position + 1
                passages.append(current)
                current = None
            else:
                unopened = _unopened(text, last_end, position)
                if unopened is not None:
                    passages.append(unopened)
                    last_end = unopened.end
        if current is not None:
            current.parts.append(_trim(text, content_start, p_end))
            current.end = current.parts[-1][1]
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is None or not _starts_with_opening(text, *nxt):
                passages.append(current)
                current = None
    return [p for p in passages if any(e > s for s, e in p.parts)]


def _starts_with_opening(text: str, start: int, end: int) -> bool:
    s, _ = _trim(text, start, end)
    return s < end and text[s] in OPENING | {STRAIGHT} and _is_opening(text, s)


def _unopened(text: str, p_start: int, close: int) -> Passage | None:
    start, end = _trim(text, p_start, close)
    if len(text[start:end].split()) < MIN_WORDS_UNOPENED:
        return None
    return Passage(parts=[(start, end)], start=start, end=close + 1)
