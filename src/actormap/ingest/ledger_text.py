"""Payment rows reproduced inside a text: a ledger excerpt an article or a leak quotes.

    Selected rows (date / from / to / amount / note):
    04/01/2024 - Transports Beaulieu SA - Baz Lakou Rouj - HTG 1,300,000 - "peyaj"
    15/01/2024 - Pierre-Marc Lafontant - Wilner Dorval ("Ti Zorey") - USD 25,000 - cash

A header line names at least payer, payee and amount with the spreadsheet synonyms of
`ledger_columns.yaml` (the words inside its brackets, when it has some), split on "/", "|",
tabs, ";", "," or " - "; the lines right after it that split into as many cells on one
delimiter are its rows. Each good row gives a `ledger_rows` entry like a .csv ledger's
(`ledger.py`), with the payer's and payee's spans in the text, so the extraction states one
`funds` relation and one money claim per row, its evidence the row's line. Written here
because no table reader finds a table inside prose, with a header and rows split differently.
"""

from __future__ import annotations

import re
from typing import Any

from actormap.ingest import ledger

DELIMITERS = (" | ", "|", "\t", ";", " / ", "/", " - ", " – ", ",")
MIN_ROWS = 2


def rows_in_text(text: str) -> list[dict[str, Any]]:
    """The ledger_rows entries of every table of payments the text quotes, in order."""
    lines = _lines(text)
    found: list[dict[str, Any]] = []
    index = 0
    while index < len(lines):
        layout_and_width = _header(lines[index][2])
        if layout_and_width is None:
            index += 1
            continue
        layout, width = layout_and_width
        rows, index = _rows_after(lines, index + 1, layout, width)
        if len(rows) >= MIN_ROWS:
            found.extend(rows)
    return found


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, position = [], 0
    for raw in text.split("\n"):
        out.append((position, position + len(raw), raw))
        position += len(raw) + 1
    return out


def _header(line: str) -> tuple[ledger.Layout, int] | None:
    """The layout and the number of columns a header line names, if it is one."""
    inside = re.search(r"\(([^()]*)\)", line)
    candidates = [inside.group(1)] if inside else []
    candidates.append(line.strip().rstrip(":"))
    for candidate in candidates:
        for delimiter in DELIMITERS:
            cells = [c.strip() for c in candidate.split(delimiter)]
            if len(cells) < 3 or any(not c or len(c.split()) > 4 for c in cells):
                continue
            layout = ledger.match_header(cells, {})
            if set(ledger.REQUIRED) <= set(layout.columns):
                return layout, len(cells)
    return None


def _rows_after(lines: list[tuple[int, int, str]], index: int, layout: ledger.Layout, width: int) -> tuple[list[dict[str, Any]], int]:
    """The payment rows right after a header (one blank line allowed before the first), and the
    index of the first line that is no row."""
    if index < len(lines) and not lines[index][2].strip():
        index += 1
    rows: list[dict[str, Any]] = []
    while index < len(lines):
        start, end, raw = lines[index]
        cells = _cells(raw, width)
        if cells is None:
            break
        row = _payment(start, end, raw, cells, layout)
        if row is not None:
            rows.append(row)
        index += 1
    return rows, index


def _cells(raw: str, width: int) -> list[tuple[int, int]] | None:
    """(start, end) within RAW of each cell, on the first delimiter that gives WIDTH cells."""
    for delimiter in DELIMITERS:
        if raw.count(delimiter) != width - 1:
            continue
        spans, position = [], 0
        for part in raw.split(delimiter):
            lead = len(part) - len(part.lstrip())
            spans.append((position + lead, position + len(part.rstrip())))
            position += len(part) + len(delimiter)
        return spans
    return None


def _payment(start: int, end: int, raw: str, cells: list[tuple[int, int]], layout: ledger.Layout) -> dict[str, Any] | None:
    def cell(role: str) -> tuple[int, int] | None:
        return cells[layout.columns[role][0]] if role in layout.columns else None

    payer, payee, amount = _name_span(raw, cell("payer")), _name_span(raw, cell("payee")), cell("amount")
    if payer is None or payee is None or amount is None:
        return None
    parsed = ledger.parse_amount(raw[amount[0] : amount[1]])
    if parsed is None or parsed[0] <= 0:
        return None
    currency_cell = cell("currency")
    currency = (ledger.currency_code(raw[currency_cell[0] : currency_cell[1]]) if currency_cell else None) or parsed[1] or layout.currency
    date_cell = cell("date")
    when = ledger.parse_date(raw[date_cell[0] : date_cell[1]], True) if date_cell else None
    return {
        "start": start,
        "end": end,
        "payer": raw[payer[0] : payer[1]],
        "payee": raw[payee[0] : payee[1]],
        "amount": parsed[0],
        "currency": currency,
        "date": when,
        "payer_start": start + payer[0],
        "payer_end": start + payer[1],
        "payee_start": start + payee[0],
        "payee_end": start + payee[1],
    }


def _name_span(raw: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name in a cell, without quotation marks or a bracketed nickname after it: 'Wilner
    Dorval ("Ti Zorey")' → "Wilner Dorval", '"Inspector R." (PNH)' → "Inspector R."."""
    if span is None:
        return None
    start, end = span
    bracket = raw.find(" (", start, end)
    if bracket >= 0:
        end = bracket
    while start < end and raw[start] in "\"'“‘":
        start += 1
    while end > start and raw[end - 1] in "\"'”’":
        end -= 1
    return (start, end) if any(c.isalpha() for c in raw[start:end]) else None
