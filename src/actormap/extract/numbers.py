"""Amounts as reporters write them: digits, number words, scales, currencies, vague amounts, ranges, hedges.

Hand-written because each offline library reads only a part ("$6 million" in quantulum3,
"forty-eight" in word2number) and none reads "tens of thousands", keeps "at least" or works
on spaCy's tokens, which the claims stage needs so that the parse can say what a number
counts and whose it is. The words themselves are data: patterns/en/numbers.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from actormap.errors import ConfigError
from actormap.extract.patterns import yaml_data
from actormap.model import load_nouns

# "12,000", "1.5", "3bn"; "9.812.000.000" (dots as thousands separators, as Spanish and Portuguese
# write them) only with two groups or more: "1.104" stays a decimal.
DIGITS = re.compile(r"(\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]*)")
GLUED = re.compile(r"([^\d\s]{1,4})(\d[\d,.]*[a-z]*)")  # "r$310", "ksh86m"
BARE_DIGITS = re.compile(r"\+?\d+")
DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
RANGE_WORDS = {"to", "-", "–", "—"}
SPREAD_WORDS = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "anywhere", "anything"}
LETTER_SIGNS = {"q", "n", "r", "p"}  # currency signs that are also letters: money only when written as a sum
LETTER_SCALES = {"k", "m", "mn", "mln", "b", "bn", "tn"}  # only right after digits: "1.5m", "3 bn"


@dataclass(frozen=True)
class Amount:
    """One amount in a token sequence; token offsets are [start, end) like spaCy spans."""

    value: float
    start: int  # first token, hedge included
    end: int  # token after the amount, currency word and trailing hedge included
    number_start: int  # first token of the number (or of its currency sign)
    number_end: int  # token after the number and its scale words
    qualifier: str = "exact"
    currency: str | None = None  # ISO 4217 code
    currency_word: str | None = None  # an ambiguous currency word no country resolved ("dinars")
    value_max: float | None = None
    vague: bool = False


@dataclass(frozen=True)
class Tables:
    """numbers.yaml, indexed for lookups by lower-case token tuples."""

    number_words: Mapping[str, int]
    scales: Mapping[str, float]
    vague: Mapping[tuple[str, ...], tuple[float, str]]
    hedges_before: Mapping[tuple[str, ...], str]
    hedges_after: Mapping[tuple[str, ...], str]
    symbols: Mapping[str, str]
    codes: frozenset[str]
    currency_words: Mapping[tuple[str, ...], str | Mapping[str, str | None]]
    countries: Mapping[str, str]  # name or adjective -> country
    not_units: frozenset[str]


def _phrases(mapping: Mapping[str, object]) -> dict[tuple[str, ...], object]:
    return {tuple(str(key).lower().split()): value for key, value in mapping.items()}


def _check_qualifiers(data: dict) -> None:
    known = set(load_nouns().qualifiers)
    used = {str(q) for q in data["hedges_before"].values()} | {str(q) for q in data["hedges_after"].values()}
    used |= {str(entry["qualifier"]) for entry in data["vague_amounts"].values()}
    unknown = used - known
    if unknown:
        raise ConfigError(f"numbers.yaml: qualifiers {sorted(unknown)} are not declared in model/nouns.yaml")


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The number tables, loaded and checked once."""
    data = yaml_data("numbers")
    _check_qualifiers(data)
    countries = {str(alias).lower(): str(country) for country, aliases in data["countries"].items() for alias in aliases}
    return Tables(
        number_words={str(k): int(v) for k, v in data["number_words"].items()},
        scales={str(k): float(v) for k, v in data["scales"].items()},
        vague={k: (float(v["value"]), str(v["qualifier"])) for k, v in _phrases(data["vague_amounts"]).items()},  # type: ignore[index]
        hedges_before={k: str(v) for k, v in _phrases(data["hedges_before"]).items()},
        hedges_after={k: str(v) for k, v in _phrases(data["hedges_after"]).items()},
        symbols={str(k).lower(): str(v) for k, v in data["currency_symbols"].items()},
        codes=frozenset(str(c) for c in data["currency_codes"]),
        currency_words=_phrases(data["currency_words"]),  # type: ignore[arg-type]
        countries=countries,
        not_units=frozenset(str(u).lower() for u in data["not_units"]),
    )


def _longest(low: Sequence[str], i: int, keys: Mapping[tuple[str, ...], object], widest: int = 4) -> int:
    """The length of the longest key starting at token i, 0 when none does."""
    for width in range(widest, 0, -1):
        if tuple(low[i : i + width]) in keys:
            return width
    return 0


class _Scanner:
    """Reads amounts from lower-cased tokens; `words` keeps the case that tells "COP" from "cop"."""

    def __init__(self, words: Sequence[str], context: str) -> None:
        self.t = tables()
        self.words = words
        self.low = [w.lower() for w in words]
        self.glued = self._split_glued()
        self.context = context
        self._countries: list[str] | None = None

    def _split_glued(self) -> dict[int, str]:
        """ "R$310", "KSh86": a currency sign the tokenizer left on the number; the number is read
        from the rest of the token and the sign's code kept by token index."""
        glued: dict[int, str] = {}
        for i, low in enumerate(self.low):
            match = GLUED.fullmatch(low)
            if match is not None and match.group(1) in LETTER_SIGNS and not self._sum_follows(i, match.group(2)):
                continue  # "Q3 2023", "the N1 road": a quarter or a road, not quetzales or naira
            if match is not None and match.group(1) in self.t.symbols and DIGITS.fullmatch(match.group(2)):
                glued[i] = self.symbol_code(match.group(1))
                self.low[i] = match.group(2)
        return glued

    def _sum_follows(self, i: int, digits: str) -> bool:
        """A letter sign ("Q", "N") glued to a number is money when a scale word follows it or
        the number is written as a sum ("N50 million", "Q1,500", "N18.5m")."""
        if "," in digits or digits[-1:].isalpha():
            return True
        if i + 2 < len(self.low) and self.low[i + 1] == "-":
            i += 1  # "P1-million", "P15-M"
        return i + 1 < len(self.low) and self.low[i + 1] in self.t.scales

    @property
    def countries(self) -> list[str]:
        """The countries the context names, read only when an ambiguous currency word needs them."""
        if self._countries is None:
            self._countries = countries_named(self.context)
        return self._countries

    def digits(self, i: int) -> tuple[float, int, bool] | None:
        """A digit token ("12,000", "1.5", "3bn") and the scale words after it: value, end, scaled."""
        match = DIGITS.fullmatch(self.low[i])
        if match is None or (match.group(3) and match.group(3) not in self.t.scales):
            return None
        if self.in_digit_run(i) or (match.group(1).startswith("0") and len(match.group(1)) > 1) or self.in_reference(i):
            return None  # "300 555 0142", "+967 2 245 100": a phone or reference number
        value = _digits_value(match)
        scaled = bool(match.group(3))
        if scaled:
            value *= self.t.scales[match.group(3)]
        end, value, more = self.scale_words(i + 1, value, letters=True)
        return value, end, scaled or more

    def in_digit_run(self, i: int) -> bool:
        before = i > 0 and BARE_DIGITS.fullmatch(self.low[i - 1]) is not None
        after = i + 1 < len(self.low) and BARE_DIGITS.fullmatch(self.low[i + 1]) is not None
        return before or after

    def in_reference(self, i: int) -> bool:
        """ "account no. 0021-448-7", "[4] Transfer ledger": a number among three or more groups
        joined by hyphens or slashes (two make a range, "20-30"), or a footnote's bracketed mark."""
        if 0 < i < len(self.low) - 1 and self.low[i - 1] == "[" and self.low[i + 1] == "]":
            return True
        groups, j = 1, i
        while j >= 2 and self.low[j - 1] in {"-", "/"} and BARE_DIGITS.fullmatch(self.low[j - 2]):
            groups, j = groups + 1, j - 2
        j = i
        while j + 2 < len(self.low) and self.low[j + 1] in {"-", "/"} and BARE_DIGITS.fullmatch(self.low[j + 2]):
            groups, j = groups + 1, j + 2
        return groups >= 3

    def scale_words(self, i: int, value: float, letters: bool) -> tuple[int, float, bool]:
        scaled = False
        if i + 1 < len(self.low) and self.low[i] == "-" and self.low[i + 1] in self.t.scales and (
            self.low[i + 1] not in LETTER_SCALES or letters and self.words[i + 1].isupper()
        ):
            i += 1  # "a P1-million reward", "P15-M ransom"
        while i < len(self.low) and self.low[i] in self.t.scales and (letters or self.low[i] not in LETTER_SCALES):
            value *= self.t.scales[self.low[i]]
            i, scaled = i + 1, True
        return i, value, scaled

    def number_words(self, i: int) -> tuple[float, int, bool] | None:
        """ "forty-eight", "two hundred and fifty", "forty thousand": value, end, scaled."""
        words, scales, low = self.t.number_words, self.t.scales, self.low
        total = current = 0.0
        j, last, scaled = i, None, False
        joined: tuple[int, float, float, float] | None = None  # at the last "and": its index, total, current, scale
        last_scale = 0.0
        while j < len(low):
            w = low[j]
            if w in scales and joined is not None and scales[w] >= joined[3] and last not in (None, "scale"):
                # "three hundred and four hundred": a second number, not 300 + 4 hundred
                j, total, current = joined[0], joined[1], joined[2]
                break
            if w in words and (last is None or last == "scale" or (last == "tens" and words[w] < 10)):
                current += words[w]
                last = "tens" if words[w] >= 20 and words[w] % 10 == 0 else "unit"
                j += 1
                if last == "tens" and j + 1 < len(low) and low[j] == "-" and low[j + 1] in words and words[low[j + 1]] < 10:
                    current += words[low[j + 1]]
                    j, last = j + 2, "unit"
            elif w in scales and w not in LETTER_SCALES and last is not None and last != "scale":
                if scales[w] < 1000:
                    current *= scales[w]
                else:
                    total, current = total + current * scales[w], 0.0
                j, last, scaled, last_scale = j + 1, "scale", True, scales[w]
            elif w == "and" and last == "scale" and j + 1 < len(low) and low[j + 1] in words:
                joined = (j, total, current, last_scale)
                j += 1
            else:
                break
        if last is None:
            return None
        return total + current, j, scaled

    def core(self, i: int) -> tuple[float, int, bool, str | None] | None:
        """The number at token i: value, end, scaled, and the qualifier of a vague amount."""
        width = _longest(self.low, i, self.t.vague)
        if width:
            value, qualifier = self.t.vague[tuple(self.low[i : i + width])]
            end, value, _ = self.scale_words(i + width, value, letters=False)
            return value, end, True, qualifier
        if self.low[i] in {"a", "an"} and i + 1 < len(self.low) and self.low[i + 1] in {"hundred", "thousand", "million", "billion"}:
            end, value, _ = self.scale_words(i + 1, 1.0, letters=False)
            return value, end, True, None
        found = self.digits(i) or self.number_words(i)
        return (*found, None) if found else None

    def symbol_code(self, sign: str) -> str | None:
        """The code a sign stands for; "Rs" names the rupee, whose country the text picks."""
        code = self.t.symbols[sign]
        word = self.t.currency_words.get((code,))
        return self.pick_currency(word, None) if word is not None else code

    def currency_before(self, i: int) -> str | None:
        if self.low[i] in self.t.symbols:
            return self.symbol_code(self.low[i])
        return self.words[i] if self.words[i] in self.t.codes else None

    def currency_after(self, j: int) -> tuple[str | None, str | None, int]:
        """A code or currency word at token j ("dollars", "CFA francs", "Syrian pounds"): code, word, end."""
        if j < len(self.words) and self.words[j] in self.t.codes:
            return self.words[j], None, j + 1
        if j < len(self.low) and self.low[j] in self.t.symbols and not (j + 1 < len(self.low) and self.low[j + 1][:1].isdigit()):
            return self.symbol_code(self.low[j]), None, j + 1  # "300€ per person", written the European way
        country, start = self.country_at(j)
        for width in (2, 1):
            phrase = tuple(self.low[start : start + width])
            if len(phrase) < width:
                continue
            for last in dict.fromkeys((phrase[-1], _singular(phrase[-1]))):  # "meticais", "dollars"
                key = (*phrase[:-1], last)
                if key in self.t.currency_words:
                    code = self.pick_currency(self.t.currency_words[key], country)
                    word = " ".join(self.words[j : start + width])
                    return code, (None if code else word), start + width
        return None, None, j

    def country_at(self, j: int) -> tuple[str | None, int]:
        """The country a currency word's adjective names ("Syrian", "South Sudanese"), and the token after it."""
        for width in (2, 1):
            phrase = " ".join(self.low[j : j + width])
            if j + width <= len(self.low) and phrase in self.t.countries:
                return self.t.countries[phrase], j + width
        return None, j

    def pick_currency(self, entry: str | Mapping[str, str | None], country: str | None) -> str | None:
        if isinstance(entry, str):
            return entry
        for candidate in ([country] if country else []) + list(self.countries):
            if candidate in entry:
                return entry[candidate]
        return entry.get("default")

    def single(self, i: int) -> Amount | None:
        """One amount without hedge or range: [sign] number [scale] [currency word]."""
        sign = self.currency_before(i) if i < len(self.low) else None
        currency = sign or self.glued.get(i)
        first = i + 1 if sign else i
        if first >= len(self.low):
            return None
        found = self.core(first)
        if found is None:
            return None
        value, end, scaled, vague_qualifier = found
        code, word, after = self.currency_after(end)
        if not (code or word) and (vague_qualifier or scaled) and end < len(self.low) and self.low[end] == "of":
            code, word, after = self.currency_after(end + 1)  # "millions of dollars"
            after = after if (code or word) else end
        currency = currency or code
        if (currency or word) and not scaled and DOT_THOUSANDS.fullmatch(self.low[first]):
            value *= 1000  # "3.000€", "20.000 KM": a sum never has three decimals; the dot groups thousands
        return Amount(
            value=value,
            start=i,
            end=after if (code or word) else end,
            number_start=i,
            number_end=end,
            qualifier=vague_qualifier or "exact",
            currency=currency,
            currency_word=None if currency else word,
            vague=vague_qualifier is not None,
        )

    def amount(self, i: int) -> Amount | None:
        """An amount starting at token i, with the hedge before it and a range after it."""
        hedge_width = _longest(self.low, i, self.t.hedges_before)
        hedge = self.t.hedges_before[tuple(self.low[i : i + hedge_width])] if hedge_width else None
        first = self.single(i + hedge_width)
        if first is None:
            return None
        if self.changed_level(i):
            amount = first  # "raised the reward from $100,000 to $300,000": two levels, each an amount
        else:
            amount = self.ranged(first, between=hedge_width == 1 and self.low[i] == "between")
        qualifier = hedge if hedge and hedge_width else amount.qualifier
        after = _longest(self.low, amount.end, self.t.hedges_after, widest=2)
        end = amount.end
        if after and not hedge:
            qualifier = self.t.hedges_after[tuple(self.low[end : end + after])]
            end += after
        return replace(amount, start=i, end=end, qualifier=qualifier)

    def changed_level(self, i: int) -> bool:
        """ "from X to Y" is a change of level unless the words before it speak of a spread ("ranging
        from 2,000 to 5,000", "estimates vary from …")."""
        return i > 0 and self.low[i - 1] == "from" and (i < 2 or self.low[i - 2] not in SPREAD_WORDS)

    def ranged(self, first: Amount, between: bool) -> Amount:
        """ "$20 to $30", "20-30", "between 200,000 and 500,000 pesos": the upper bound in value_max."""
        j = first.end
        joins = RANGE_WORDS | ({"and"} if between else set())
        if j + 1 >= len(self.low) or self.low[j] not in joins:
            return first
        second = self.single(j + 1)
        if second is None or second.vague or first.vague:
            return first
        low_value = first.value
        plain = self.plain_value(second)
        if self.bare(first) and 0 < plain < second.value and first.value <= plain:
            low_value *= second.value / plain  # "20 to 30 million": the scale belongs to both ends
        return replace(
            second,
            value=low_value,
            value_max=second.value,
            start=first.start,
            number_start=first.number_start,
            currency=first.currency or second.currency,
            currency_word=first.currency_word or second.currency_word,
        )

    def bare(self, amount: Amount) -> bool:
        """One number token, with at most a currency sign: no scale word of its own."""
        return amount.number_end - amount.number_start == (2 if self.currency_before(amount.number_start) else 1)

    def plain_value(self, amount: Amount) -> float:
        """The first token's own number, without scale words (for sharing a range's scale)."""
        start = amount.number_start + (1 if self.currency_before(amount.number_start) else 0)
        match = DIGITS.fullmatch(self.low[start])
        if match is None or match.group(3):
            return amount.value
        return _digits_value(match)


def _digits_value(match: re.Match[str]) -> float:
    return float(match.group(1).replace(",", "").replace(".", "") + (match.group(2) or ""))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def scan_amounts(words: Sequence[str], context: str = "") -> list[Amount]:
    """Every amount in a token sequence, left to right, none overlapping.

    The countries CONTEXT names (the whole document, say) pick the currency of an ambiguous
    word: "dinars" in a text about Libya are LYD.
    """
    scanner = _Scanner(words, context)
    amounts: list[Amount] = []
    i = 0
    while i < len(words):
        amount = scanner.amount(i)
        if amount is None:
            i += 1
            continue
        amounts.append(amount)
        i = amount.end
    return amounts


@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern[str]:
    names = sorted(tables().countries, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def countries_named(text: str) -> list[str]:
    """The countries a text names (by name or adjective), in order of first mention."""
    seen: dict[str, None] = {}
    for match in _country_regex().finditer(text):
        seen.setdefault(tables().countries[match.group(1).lower()], None)
    return list(seen)


def is_unit_word(word: str) -> bool:
    """False for the nouns that make a number a date, age, duration or share ("years", "%")."""
    low = word.lower()
    return low not in tables().not_units and _singular(low) not in tables().not_units
