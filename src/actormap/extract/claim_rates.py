"""The rate said with an amount, kept in its unit: periods ("a month", "monthly"), what it is per
("per truck trip", "for each kilogram of coltan", "every trader pays …") and when ("on
signing").

Hand-written because rates are written in a few fixed English shapes around the amount, which a
short token walk reads more reliably than any general parser attachment.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from actormap.extract.claim_clauses import governs
from actormap.extract.claim_words import EACH, RATE_WORDS, rate_periods, word_set


@dataclass
class _Rates:
    """What an amount is paid per, as said: "a month", "per kilogram of coltan", "on signing"."""

    periods: list[str]
    per: list[str]
    occasions: list[str]

    def text(self) -> str:
        return " ".join(self.periods + self.per + self.occasions)


def rate_text(doc: Doc, start: int, anchor: Token) -> str:
    """The rates said with an amount at ANCHOR, read from token START on: periods first, then
    per-unit and occasion ("USD a month per shop", "RUB per recruit on signing")."""
    rates = _rates_after(doc, start)
    period = _period_on_head(anchor)
    if period and period not in rates.periods:
        rates.periods.insert(0, period)
    if not rates.per:
        payer = _each_payer(anchor)
        if payer:
            rates.per.append(payer)
    return rates.text()


def _rates_after(doc: Doc, start: int) -> _Rates:
    rates = _Rates([], [], [])
    i = start
    while i < len(doc):
        word = doc[i].lower_
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        after = doc[i + 2] if i + 2 < len(doc) else None
        if word in rate_periods() and doc[i].pos_ in {"ADJ", "ADV"}:  # "$400 monthly"
            rates.periods.append(f"a {rate_periods()[word]}")
            i += 1
        elif word in RATE_WORDS and nxt is not None and nxt.lower_ in rate_periods() and nxt.pos_ == "NOUN":
            rates.periods.append(f"a {rate_periods()[nxt.lower_]}")  # "a month", "per month", "every week"
            i += 2
        elif word == "per" and nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ"}:
            phrase, i = _item(doc, i + 1)
            rates.per.append(f"per {phrase}")
        elif word == "for" and nxt is not None and nxt.lower_ in EACH | {"a", "an"} and _noun_like(after):
            phrase, i = _item(doc, i + 2)  # "for each kilogram", "for a recruit who brings …"
            rates.per.append(f"per {phrase}")
        elif word == "on" and nxt is not None and (nxt.tag_ == "VBG" or nxt.lower_.endswith("ing")):  # "on signing"
            rates.occasions.append(f"on {nxt.text}")
            i += 2
        else:
            break
    return rates


def _noun_like(token: Token | None) -> bool:
    return token is not None and token.pos_ in {"NOUN", "ADJ"}


def _item(doc: Doc, start: int) -> tuple[str, int]:
    """The unit a rate is per: "truck trip", "kilogram of coltan"."""
    i = start
    while i < len(doc) and doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} and not doc[i].is_punct:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].pos_ in {"ADJ", "NOUN"}:
        i += 1
        while i < len(doc) and doc[i].pos_ in {"ADJ", "NOUN"}:
            i += 1
    return " ".join(t.text for t in doc[start:i]) or doc[start].text, max(i, start + 1)


def _period_on_head(anchor: Token) -> str:
    """ "a monthly contribution of $250", "monthly payments of $400": the period on the noun the
    amount is "of"."""
    node = anchor
    while node.dep_ in {"nummod", "quantmod", "compound"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return ""
    for child in node.head.head.children:
        if child.dep_ == "amod" and child.lower_ in rate_periods():
            return f"a {rate_periods()[child.lower_]}"
    return ""


def _each_payer(anchor: Token) -> str:
    """ "Every trader pays $6", "charges every truck 1 million pesos": the amount is per trader, per truck."""
    node = anchor
    while node.head.i != node.i and not governs(node.head):
        node = node.head
    verb = node.head
    if verb.i == node.i:
        return ""
    for child in verb.children:
        if child.i == node.i or child.pos_ != "NOUN":
            continue
        if child.dep_ in {"nsubj", "dative", "dobj"} and any(d.lower_ in EACH for d in child.children if d.dep_ == "det"):
            return f"per {child.lemma_.lower()}"
        if child.dep_ == "nsubjpass" and child.tag_ == "NNS" and verb.lemma_.lower() in word_set("pay_verbs"):
            return f"per {child.lemma_.lower()}"  # "Recruits are offered 400,000 roubles": per recruit
    return ""
