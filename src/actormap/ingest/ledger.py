"""Ledgers (.csv, .xlsx): one sentence per payment, each a `funds` fact with its row as evidence.

The payer, payee, amount, currency and date columns are found by header name, using the
synonym table in `ledger_columns.yaml`, or named explicitly with `columns` (role ->
header). The header is the first of the first 10 rows that names payer, payee and amount;
for a workbook, the first sheet that has one. Each good row becomes one line:

    Abu Khalil paid 25,000 USD to Liwa al-Sahil on 2024-03-12.

and `meta["ledger_rows"]` gives, per line, its span, the payer and payee with their spans,
the amount (float), the ISO currency (or None) and the date (YYYY-MM-DD or None).
Amounts such as "1,500", "$2,000", "1.5m", "€3.000,50" and "(250)" parse; a row without
payer, payee or a positive amount is skipped, counted in `meta["skipped_rows"]` and
explained in `meta["skip_reasons"]` (the first 100). A date that does not parse leaves
the row undated. Slash dates are day-first unless the column shows otherwise.

Limits: CSV 100 MiB, XLSX as for zip files (`limits.check_zip`), 200,000 data rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from actormap.errors import InputError
from actormap.ingest import limits, text
from actormap.model import Document

COLUMNS_FILE = Path(__file__).with_name("ledger_columns.yaml")
ROLES = ("payer", "payee", "amount", "currency", "date")
REQUIRED = ("payer", "payee", "amount")
HEADER_ROWS = 10
MAX_REASONS = 100
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_NUMBER = re.compile(r"\d[\d,.'\u00a0\u202f ]*")
_MULTIPLIER = re.compile(r"^\s*(" + "|".join(sorted(_MULTIPLIERS, key=len, reverse=True)) + r")\b\.?")


@cache
def synonyms() -> tuple[dict[str, str], dict[str, str]]:
    """(normalized header -> role, currency word -> ISO code) from ledger_columns.yaml."""
    data = yaml.safe_load(COLUMNS_FILE.read_text(encoding="utf-8"))
    headers: dict[str, str] = {}
    for role, names in data["columns"].items():
        for name in names:
            headers.setdefault(_norm(name), role)
    return headers, {str(word).lower(): code for word, code in data["currencies"].items()}


@dataclass
class Layout:
    """Where each role's column is: role -> (index, header), and the currency an amount header implies."""

    columns: dict[str, tuple[int, str]] = field(default_factory=dict)
    currency: str | None = None

    def cell(self, row: list[Any], role: str) -> Any:
        index = self.columns[role][0] if role in self.columns else len(row)
        return row[index] if index < len(row) else None


@dataclass
class Payments:
    """The good rows as lines and ledger_rows entries, and what was skipped."""

    lines: list[str] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)
    skipped: int = 0
    reasons: list[dict[str, Any]] = field(default_factory=list)
    undated: int = 0
    day_first: bool = True

    def add(self, row: dict[str, Any]) -> None:
        position = self.entries[-1]["end"] + 1 if self.entries else 0
        line, entry = _sentence(row, position)
        self.lines.append(line)
        self.entries.append(entry)

    def skip(self, number: int, problem: str) -> None:
        self.skipped += 1
        if len(self.reasons) < MAX_REASONS:
            self.reasons.append({"row": number, "problem": problem})


def read(path: Path, columns: dict[str, str] | None = None) -> Document:
    """Read a .csv or .xlsx ledger; without payer, payee and amount columns it is an InputError."""
    explicit = columns or {}
    unknown = sorted(set(explicit) - set(ROLES))
    if unknown:
        raise InputError(str(path), f"unknown column role(s) {', '.join(unknown)} (roles: {', '.join(ROLES)})")
    table = _xlsx_rows(path, explicit) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    layout, rows = _layout(path, table, explicit)
    payments = _payments(list(rows), layout)
    if not payments.entries:
        first = payments.reasons[0]["problem"] if payments.reasons else "no data rows"
        raise InputError(str(path), f"has no usable payment rows ({payments.skipped} skipped; first: {first})")
    return Document(
        text="\n".join(payments.lines),
        source=str(path),
        title=path.stem,
        meta={
            "format": "ledger",
            "columns": {role: header for role, (_, header) in layout.columns.items()},
            "ledger_rows": payments.entries,
            "skipped_rows": payments.skipped,
            "skip_reasons": payments.reasons,
            "undated_rows": payments.undated,
            "date_order": "day-first" if payments.day_first else "month-first",
        },
    )


def _payments(rows: list[tuple[int, list[Any]]], layout: Layout) -> Payments:
    payments = Payments(day_first=_day_first(layout.cell(row, "date") for _, row in rows))
    for number, row in rows:
        parsed = _row(row, layout, payments.day_first)
        if isinstance(parsed, str):
            payments.skip(number, parsed)
        elif parsed is not None:
            payments.undated += parsed.pop("bad_date")
            payments.add(parsed)
    return payments


# Reading the table: (row number, cells) pairs, numbered from 1 as a spreadsheet shows them.


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    content = text.read_text(path, limits.CSV_BYTES, "CSV ledgers")
    try:
        dialect: Any = csv.Sniffer().sniff(content[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(content, newline=""), dialect)
    try:
        for number, row in enumerate(reader, start=1):
            limits.check_rows(path, number - 1)
            yield number, row
    except csv.Error as exc:
        raise InputError(str(path), f"is not a readable CSV (line {reader.line_num}: {exc})") from None


def _xlsx_rows(path: Path, explicit: dict[str, str]) -> Iterator[tuple[int, list[Any]]]:
    """The rows of the first sheet with a ledger header (or of the first sheet, to report its headers)."""
    limits.check_zip(path, "Excel workbooks")
    import openpyxl  # heavy: imported only when a workbook is read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, InvalidFileException, lxml errors...
        raise InputError(str(path), f"is not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheets = book.worksheets
        chosen = next((sheet for sheet in sheets if _has_header(sheet, explicit)), sheets[0] if sheets else None)
        if chosen is None:
            raise InputError(str(path), "has no worksheets")
        for number, row in enumerate(chosen.iter_rows(values_only=True), start=1):
            limits.check_rows(path, number - 1)
            yield number, list(row)
    finally:
        book.close()


def _has_header(sheet: Any, explicit: dict[str, str]) -> bool:
    rows = sheet.iter_rows(max_row=HEADER_ROWS, values_only=True)
    return any(set(REQUIRED) <= set(match_header(list(row), explicit).columns) for row in rows)


# Finding the columns.


def _norm(header: object) -> str:
    return " ".join(re.sub(r"[_\-./]", " ", str(header or "")).lower().split())


def _header_role(header: object, headers: dict[str, str]) -> tuple[str | None, str | None]:
    """The role a header names and the currency it implies ("Amount (USD)" -> amount, USD)."""
    name = _norm(header)
    if name in headers:
        currency = currency_code(name) if headers[name] == "amount" else None
        return headers[name], currency
    words = name.replace("(", " ").replace(")", " ").split()
    codes = [code for word in words if (code := currency_code(word))]
    rest = " ".join(word for word in words if not currency_code(word))
    if len(codes) == 1 and (not rest or headers.get(rest) == "amount"):
        return "amount", codes[0]
    return None, None


def _layout(
    path: Path, table: Iterable[tuple[int, list[Any]]], explicit: dict[str, str]
) -> tuple[Layout, Iterator[tuple[int, list[Any]]]]:
    """The layout the header row gives, and the rows after it."""
    rows = iter(table)
    first: list[Any] | None = None
    for _, (_, row) in zip(range(HEADER_ROWS), rows):
        if first is None and any(str(cell or "").strip() for cell in row):
            first = row
        layout = match_header(row, explicit)
        if set(REQUIRED) <= set(layout.columns):
            return layout, rows
    found = ", ".join(repr(str(cell).strip()) for cell in first or [] if str(cell or "").strip()) or "none"
    missing = [role for role in REQUIRED if role not in match_header(first or [], explicit).columns]
    named = [f"'{explicit[role]}'" for role in missing if role in explicit]
    if named:
        raise InputError(str(path), f"has no column {', '.join(named)} (headers found: {found})")
    raise InputError(
        str(path),
        f"has no {' or '.join(missing)} column (headers found: {found}); "
        "name them with --columns payer=HEADER,payee=HEADER,amount=HEADER",
    )


def match_header(row: list[Any], explicit: dict[str, str]) -> Layout:
    """The layout ROW gives if it is the header: explicit names first, then the synonyms."""
    headers, _ = synonyms()
    layout = Layout()
    wanted = {_norm(name): role for role, name in explicit.items()}
    for index, cell in enumerate(row):
        role = wanted.get(_norm(cell)) if cell is not None else None
        if role and role not in layout.columns:
            layout.columns[role] = (index, str(cell).strip())
            layout.currency = layout.currency or (_header_role(cell, headers)[1] if role == "amount" else None)
    for index, cell in enumerate(row):
        role, currency = _header_role(cell, headers)
        if role and role not in layout.columns and role not in explicit:
            layout.columns[role] = (index, str(cell).strip())
            layout.currency = layout.currency or currency
    return layout


# Reading one row.


def _row(row: list[Any], layout: Layout, day_first: bool) -> dict[str, Any] | str | None:
    """The payment in ROW; a string saying why it is skipped; None for a blank row."""

    def cell(role: str) -> Any:
        return layout.cell(row, role)

    if not any(str(value).strip() for value in row if value is not None):
        return None
    payer, payee = _name(cell("payer")), _name(cell("payee"))
    if not payer or not payee:
        return "no payer" if not payer else "no payee"
    amount = parse_amount(cell("amount"))
    if amount is None:
        return f"amount {cell('amount')!r} is not a number"
    value, symbol = amount
    if value <= 0:
        return f"amount {cell('amount')!r} is not positive"
    currency = currency_code(str(cell("currency") or "").strip()) or symbol or layout.currency
    raw_date = cell("date")
    when = parse_date(raw_date, day_first)
    bad_date = when is None and raw_date not in (None, "") and bool(str(raw_date).strip())
    return {"payer": payer, "payee": payee, "amount": value, "currency": currency, "date": when, "bad_date": bad_date}


def _name(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _sentence(row: dict[str, Any], position: int) -> tuple[str, dict[str, Any]]:
    """The row's line, `Payer paid AMOUNT CUR to Payee on DATE.`, and its ledger_rows entry."""
    amount = f"{row['amount']:,.0f}" if float(row["amount"]).is_integer() else f"{row['amount']:,.2f}"
    amount += f" {row['currency']}" if row["currency"] else ""
    # The amount goes before "to Payee": right after a name, spaCy reads "Abu Khalil 2,000 USD" as one person.
    head = f"{row['payer']} paid {amount} to "
    line = head + row["payee"] + (f" on {row['date']}" if row["date"] else "") + "."
    payee_start = position + len(head)
    entry = {
        "start": position,
        "end": position + len(line),
        **row,
        "payer_start": position,
        "payer_end": position + len(row["payer"]),
        "payee_start": payee_start,
        "payee_end": payee_start + len(row["payee"]),
    }
    return line, entry


def currency_code(word: str) -> str | None:
    """The ISO code for a currency word or symbol; a three-letter word is taken as a code."""
    key = word.strip().lower()
    if not key:
        return None
    _, currencies = synonyms()
    if key in currencies:
        return currencies[key]
    return key.upper() if re.fullmatch(r"[a-z]{3}", key) else None


def parse_amount(value: Any) -> tuple[float, str | None] | None:
    """(amount, ISO currency or None) from a cell: 1500, "1,500", "$2,000", "1.5m", "EUR 3.000,50", "(250)"."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value), None
    raw = " ".join(str(value).split()).lower()
    match = _NUMBER.search(raw)
    if match is None:
        return None
    number = _number(match.group().strip(" ,.'\u00a0\u202f"))
    if number is None:
        return None
    after = raw[match.end() :]
    multiplier = _MULTIPLIER.match(after)
    if multiplier:
        number *= _MULTIPLIERS[multiplier.group(1)]
        after = after[multiplier.end() :]
    before = raw[: match.start()]
    negative = "-" in before or (before.strip().startswith("(") and after.strip().endswith(")"))
    words = " ".join((before + " " + after).replace("(", " ").replace(")", " ").replace("-", " ").split())
    currency = currency_code(words) if words else None
    if words and currency is None:
        return None
    return (-number if negative else number), currency


def _number(digits: str) -> float | None:
    """A float from digits with thousands separators; the last of "," and "." is the decimal mark."""
    digits = re.sub(r"[\s'\u00a0\u202f]", "", digits)
    if "," in digits and "." in digits:
        decimal = max(digits.rfind(","), digits.rfind("."))
        digits = re.sub(r"[,.]", "", digits[:decimal]) + "." + digits[decimal + 1 :]
    elif "," in digits:
        digits = digits.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", digits) else digits.replace(",", ".", 1)
    elif digits.count(".") > 1:
        digits = digits.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", digits) else digits
    try:
        return float(digits)
    except ValueError:
        return None


_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_SLASH = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def parse_date(value: Any, day_first: bool = True) -> str | None:
    """YYYY-MM-DD from a date cell: a datetime, "2024-03-12", "12/03/2024", "12 March 2024"."""
    if isinstance(value, (datetime, date)):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    raw = " ".join(str(value or "").split())
    try:
        if match := _ISO.match(raw):
            return date(*map(int, match.groups())).isoformat()
        if match := _SLASH.match(raw):
            a, b, year = map(int, match.groups())
            day, month = (a, b) if day_first else (b, a)
            return date(year + 2000 if year < 100 else year, month, day).isoformat()
    except ValueError:
        return None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(raw.replace(".", ""), pattern).date().isoformat()
        except ValueError:
            continue
    return None


def _day_first(values: Iterable[Any]) -> bool:
    """Day-first unless a slash date has a second part over 12 and none a first part over 12."""
    parts = [tuple(map(int, m.groups()[:2])) for value in values if (m := _SLASH.match(str(value or "").strip()))]
    return any(a > 12 for a, _ in parts) or not any(b > 12 for _, b in parts)
