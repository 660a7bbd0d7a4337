"""Named mentions: NER and gazetteer spans cleaned of articles, possessives and titles.

spaCy's spans often carry "The", a trailing "'s" or a rank ("Maj. Gen. Kamal Hassan");
the name an analyst wants is the bare proper name, with the title kept as a descriptor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Span

from actormap.extract.doc_text import text_of
from actormap.extract.patterns import (
    GazetteerEntry,
    gazetteer_index,
    word_list,
    yaml_data,
)
from actormap.extract.name_parts import known_name_part
from actormap.extract.numbers import GLUED, tables
from actormap.model import load_nouns

POSSESSIVE = {"'s", "’s", "'", "’"}
# Lower-case words inside French, Spanish and Portuguese names, which the tagger sometimes reads as verbs.
NAME_CONNECTORS = {"de", "del", "la", "las", "los", "le", "les", "du", "des", "pour", "et", "y", "e", "da", "do", "dos", "das", "en", "sur"}
TRAILING_DROP = {"of", "the", "and", "in", "for", "to", "a", "an"}
LEADING_DROP = {"the", "a", "an", "a.k.a.", "aka", "f.k.a.", "alias"}


@dataclass
class Mention:
    """One occurrence of a name: the cleaned span and what typed it."""

    span: Span
    label: str
    entry: GazetteerEntry | None = None
    title: Span | None = None
    votes: Counter[str] | None = field(default=None, repr=False, compare=False)  # the type vote's, cached
    listed: bool = False  # "KARAM, Walid Hassan" in a designation listing (listings.py)
    propagated: bool = False  # a further occurrence of a resolved name (propagate.py), label copied
    surname: str | None = None  # "Wilmer" of "the brothers Wilmer and Ronald Cedeño Alava": "Cedeño Alava"

    @property
    def text(self) -> str:
        return f"{self.span.text} {self.surname}" if self.surname else self.span.text

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        return self.span.end_char


@lru_cache(maxsize=1)
def title_roles() -> dict[str, str | None]:
    """Title -> the role noun it stands for ("Col." -> "colonel")."""
    return {str(k): v for k, v in yaml_data("titles").items()}


@lru_cache(maxsize=1)
def title_regex() -> re.Pattern[str]:
    """Any title at a boundary, longest alternatives first."""
    titles = sorted(title_roles(), key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in titles)
    # transcripts write titles in capitals: "MR. BRENNAN"
    return re.compile(rf"(?:{alternatives})(?=\s|$)", re.IGNORECASE)


def _strip_edges(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in LEADING_DROP or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in TRAILING_DROP and doc[end - 1].is_lower):
        end -= 1  # "33rd Front of the" tagged up to the next name's article
    return doc[start:end] if end > start else None


def _split_title(span: Span) -> tuple[Span | None, Span]:
    """A title at the start of the span, and the name after it."""
    match = title_regex().match(span.text)
    if not match:
        return None, span
    cut = span.start_char + match.end()
    tokens = [t for t in span if t.idx >= cut]
    if not tokens:
        return None, span
    name = span.doc[tokens[0].i : span.end]
    return span.doc[span.start : tokens[0].i], name


def _titled_person(rest: Span) -> bool:
    """Whether the words after a title are a person's name: two to four capitalised words, none
    of them a word of a body's name ("Chief Magistrate Lucas Onyango", not "General Assembly")."""
    words = [t.text for t in rest]
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not set(words) & _body_name_words()


@lru_cache(maxsize=1)
def _body_name_words() -> frozenset[str]:
    return frozenset(str(w) for w in yaml_data("type_words")["organization_words"])


def _extend_to_title(span: Span) -> Span:
    """ "Col. Zaw Min Htet" with only "Min Htet" tagged: take in the capitalised words after a title."""
    doc = span.doc
    if _title_before(span) is not None:
        return span  # "Major General Kyaw Htet Naing": "General" is the title's, not the name's
    for extra in (1, 2):
        start = span.start - extra
        if start < 1 or not all(t.text[:1].isupper() and t.is_alpha for t in doc[start : span.start]):
            break
        if _title_before(doc[start : span.end]) is not None:
            return doc[start : span.end]
    return span


def _title_before(span: Span) -> Span | None:
    """A title written just before the name ("President Ahmed al-Sharaa" with only the name tagged)."""
    doc = span.doc
    start = span.start
    sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
    found = None
    for width in range(1, 6):
        first = start - width
        if first < sent_start:
            break
        candidate = doc[first:start]
        if "\n" in candidate.text:
            break
        if title_regex().fullmatch(candidate.text):
            found = candidate  # keep widening: "Maj. Gen." beats "Gen."
    return found


def _cut_at_brackets(span: Span) -> Span | None:
    """ "Kataib Sayyid al-Fajr (Brigade", "Sahel Civilian Monitor - Report" or a Markdown link:
    the name ends before the bracket or the spaced dash, or the colon of a chat label ("Bos Wil:
    Sonson how much …")."""
    for t in span:
        spaced_dash = t.text in {"-", "–", "—"} and t.i > 0 and span.doc[t.i - 1].whitespace_ and t.whitespace_
        verb = t.i > span.start and t.text.islower() and t.pos_ in {"VERB", "AUX"} and t.lower_ not in NAME_CONNECTORS  # "Malian Armed Forces entered Boni", not "Réseau Citoyen pour la Paix"
        verb = verb and not (t.dep_ == "amod" and t.head.i < span.end)  # "Yemen's internationally recognised government"
        if spaced_dash or verb or t.text in {"(", "[", "]", ")", "|", ":"} or "](" in t.text or t.like_url or t.text.startswith("http"):
            return span.doc[span.start : t.i] if t.i > span.start else None
    return span


@lru_cache(maxsize=1)
def non_names() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("non_names"))


def _after_role_of(span: Span) -> Span | None:
    """ "the Commander of the Coast Guard": the name is what follows the role's "of"."""
    from actormap.extract.descriptors import role_nouns

    if len(span) > 2 and span[0].lower_ in role_nouns() and span[1].lower_ == "of":
        rest = span.doc[span.start + 2 : span.end]
        return _strip_edges(rest)
    return span


def _is_heading(span: Span) -> bool:
    """ "PRELIMINARY TRANSCRIPT" alone on its line: a heading in capitals, not a name."""
    if not span.text.isupper() or len(span) < 2:
        return False
    _, line = _line_of(span)
    return not line.replace(span.text, "").strip(" -–—:.,")


def _line_of(span: Span) -> tuple[int, str]:
    """Where the line a span is on starts, and the line."""
    text = text_of(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    return line_start, text[line_start : line_end if line_end >= 0 else len(text)]


def _headline_words(line: str) -> bool:
    """A line written as a title: in capitals, or every word of four letters or more capitalized,
    and no sentence in it."""
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 4]
    if len(words) < 2 or len(line.split()) > 25 or line.rstrip().endswith((".", '"', "”")):
        return False
    return all(w[:1].isupper() for w in words)


@lru_cache(maxsize=None)
def _type_word_set(key: str) -> frozenset[str]:
    """A list of type_words.yaml (typevote.type_words imports this module, so it is read here too)."""
    return frozenset(str(w) for w in yaml_data("type_words")[key])


def _only_in_heading(span: Span, label: str) -> bool:
    """ "Treasury Sanctions Western Balkans Cocaine Network" taken for a body in a headline,
    "FAMILY NETWORK" in a section heading in capitals: the model reads a title's capitals as a
    name. Such a name the text never writes again is none; one it repeats is kept, and so is a
    company named with its legal form ("PALMERAS DEL CHOCÓ S.A.S. — Internal Memorandum") or an
    institution's letterhead in capitals, by its opening word (`institution_openers`)."""
    if span[-1].text in _type_word_set("legal_forms") or span.text.isupper() and span[0].text.title() in _type_word_set("institution_openers"):
        return False  # (or an institution's letterhead in capitals: "PROCURA DELLA REPUBBLICA DI CATANZARO")
    line_start, line = _line_of(span)
    if line_start == 0:  # a headline: its bodies only ("By Marie Dupont" is a byline's author)
        if label != "ORG" or len(line) == len(text_of(span.doc).rstrip()) or not _headline_words(line):
            return False
    elif not (line.isupper() and len(line.split()) <= 8):
        return False
    rest = text_of(span.doc)[:line_start] + text_of(span.doc)[line_start + len(line) :]
    return span.text.lower() not in rest.lower()


OFFICE_TITLE_HEADS = {"secretary", "minister", "commissioner", "envoy", "coordinator", "rapporteur"}


def _in_office_title(span: Span, label: str) -> bool:
    """ "Under Secretary for Terrorism and Financial Intelligence", "Commissioner for Peace and
    Security": the capitals of an office's remit, not a body."""
    doc = span.doc
    i = span.start
    return label == "ORG" and i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in OFFICE_TITLE_HEADS


def _is_field_label(span: Span, label: str) -> bool:
    """ "DOB:", "INTERVIEW:" : a form field in capitals, not a name; "| Item:" a table's field."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ":":
        return False
    if label == "PERSON" and span.text.isupper() and len(span) > 1 and written_as_a_name(span):
        return False  # "NAW EH HTOO:" a speaker the text names as "Naw Eh Htoo"
    return span.text.isupper() or len(span) == 1 and span.start > 0 and doc[span.start - 1].text == "|"


def written_as_a_name(span: Span) -> list[tuple[int, int]]:
    """Where words in capitals ("NAW EH HTOO") are also written as a name, each word capitalised
    and the rest in lower case ("Naw Eh Htoo"): character offsets, none if nowhere."""
    pattern = re.compile(rf"\b{re.escape(span.text)}\b", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text_of(span.doc)) if m.group() == m.group().title()]


def _looks_like_name(span: Span) -> bool:
    return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span) and not all(
        t.is_stop or t.is_punct for t in span
    )


def collect_mentions(doc: Doc) -> list[Mention]:
    """Every named mention of an actor in the document, cleaned, in text order."""
    nouns = load_nouns()
    index = gazetteer_index()
    mentions = []
    for ent in doc.ents:
        label = ent.label_ if nouns.entity_type_for_label(ent.label_) else _misread_name_label(ent)
        if label is None:
            continue
        span = _strip_edges(ent)
        if span is None:
            continue
        span = _cut_at_brackets(span)
        span = _after_role_of(span) if span is not None else None
        if span is None or title_regex().fullmatch(span.text) or title_regex().fullmatch(span.text + "."):
            continue  # "Brig" of "Brig. Gen." tagged on its own
        title = None
        if label == "PERSON":
            title, span = _split_title(span)
        elif label == "ORG":
            title, rest = _split_title(span)
            if title is not None and _titled_person(rest):
                label, span = "PERSON", rest  # "Chief Magistrate Lucas Onyango" tagged as a body
            else:
                title = None
        span = _strip_edges(span) if span is not None else None
        if span is None or not _looks_like_name(span) or _is_field_label(span, label) or _is_heading(span) or _names_nothing(span) \
                or _names_a_medium(span):
            continue
        entry = index.get(span.text) or (index.get(span.text.title()) if span.text.isupper() else None)
        if entry is None and (_only_in_heading(span, label) or _in_office_title(span, label)):
            continue
        if entry is None and (label == "NORP" and not _is_people_noun(span) or _is_demonym(span)):
            continue  # "Syrian authorities", "Emirati officials": a nationality adjective is not an actor
        if label == "PERSON" and title is None:
            span = _extend_to_title(span)
        title = title or _title_before(span)
        mentions.append(Mention(span=span, label=label, entry=entry, title=title))
    _share_surnames(doc, mentions)
    return mentions


# Labels the small model sometimes puts on a name ("Yorbis José Contreras Mejías" as a quantity,
# "Khurram Shahzad Durrani" as a work of art): such a span is read again as a name when its words say so.
MISREAD_LABELS = {"WORK_OF_ART", "PRODUCT", "QUANTITY", "EVENT", "CARDINAL", "LAW"}
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def _misread_name_label(ent: Span) -> str | None:
    """The label a name the model mislabelled should have: a body's when a word of a body's name
    is in it ("Task Force Balik-Loob"), a person's when it opens with a given name and has no such
    word; None for a title, a quoted nickname or anything not two or more capitalised words."""
    if ent.label_ not in MISREAD_LABELS:
        return None
    words = [t.text for t in ent]
    if len(words) < 2 or words[0] in {"The", "A"} or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text in QUOTE_MARKS or ent.end < len(doc) and doc[ent.end].text in QUOTE_MARKS:
        return None  # "El Flaco", "The Land Is Not Yours": a nickname or a title, left to the alias rules
    if set(words) & _body_name_words():
        return "ORG"
    if set(words) & _type_word_set("location_words"):
        return None
    known = [known_name_part(w) for w in words]
    return "PERSON" if (known[0] or known[1]) and 2 * sum(known) >= len(words) else None


def _share_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """ "two brothers, Wilmer and Ronald Cedeño Alava": relatives named together share the last
    name, written once after the second given name."""
    kin = kin_nouns()
    for first, second in pairwise(mentions):
        if first.label != "PERSON" or second.label != "PERSON" or len(first.span) != 1 or len(second.span) < 2:
            continue
        if second.span.start != first.span.end + 1 or doc[first.span.end].lower_ != "and":
            continue
        before = doc[max(0, first.span.start - 4) : first.span.start]
        if any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in kin for t in before):
            first.surname = second.span[1:].text


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """The family relation's labels ("brother", "cousin"): nouns for relatives."""
    return frozenset(load_nouns().relation_types["family"].labels)


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    """Nationality adjectives ("Syrian", "Colombian") from relation_cues.yaml."""
    return frozenset(yaml_data("relation_cues")["demonyms"])


def _is_demonym(span: Span) -> bool:
    """A nationality adjective the model took for a name ("Emirati" tagged as a person)."""
    return len(span) == 1 and span.text in demonym_words()


HEADING_STARTS = {"AND", "OF", "THE", "IN", "FOR", "TO", "BY", "ON"}


# "12/03/2024" of a chat export, "S/2025/482" of a UN document, "+509" of a phone number.
NUMBERED_TOKEN = re.compile(r".*\d+/\d+.*|\+\d{2,}.*")


MEDIUM_PREPOSITIONS = {"on", "via", "over", "through", "by", "in", "across"}


def _names_a_medium(span: Span) -> bool:
    """ "posted on Telegram", "a WhatsApp group", "called him on Signal": a platform as the
    medium a message went by is no actor ("Telegram blocked the channel" still is)."""
    if span.text not in _type_word_set("messaging_platforms"):
        return False
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} or (root.dep_ == "pobj" and root.head.lower_ in MEDIUM_PREPOSITIONS)


def _names_nothing(span: Span) -> bool:
    """ "Paragraphs 1 through", "TRUE", "AND MEANS OF THE CONSPIRACY": a form's words, not a name;
    nor a currency code ("IQD 190 billion") or a date, document symbol or phone number, nor a
    body's word for itself ("this Office", "our Committee")."""
    words = span.text.split()
    if len(span) == 1 and span.text in tables().codes:
        return True
    if any(NUMBERED_TOKEN.fullmatch(t.text) for t in span):
        return True
    glued = GLUED.fullmatch(span[0].text.lower())
    if glued is not None and glued.group(1) in tables().symbols:
        return True  # "Q38 million": a sum in quetzales the model took for a name
    if len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ in {"this", "our"} and span.text.lower() in _type_word_set("organization_nouns"):
        return True  # "coordinated by this Office": the writing body's word for itself, not a name
    return (span.text.lower() in non_names() or words[0].lower() in non_names()
            or span.text.isupper() and words[0] in HEADING_STARTS)


def _is_people_noun(span: Span) -> bool:
    last = span[-1]
    return last.tag_ in {"NNPS", "NNS"} or (last.text.endswith("s") and not last.text.endswith("ss"))


# Words that open an alias set off after a name: "X, known as Y, …", "X, alias "Y", …".
ALIAS_WORDS = {"known", "a.k.a.", "aka", "alias", "nicknamed", "dubbed"}


def past_age_and_alias(doc: Doc, i: int) -> int:
    """ "Wissam al-Zubaidi, known as Abu Haidar, 38, finance officer of …": the comma where the
    appositive after a name ending before token I starts, past an age and an alias set off
    between commas ("also known as", "known to his men as" too), and past a short name in
    brackets ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate")."""
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 3].text in {",", ":"}:
        i += 3
    for _ in range(3):
        if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
            i += 2
        elif i + 2 < len(doc) and doc[i].text == "," and (doc[i + 1].lower_ in ALIAS_WORDS
                                                             or doc[i + 1].lower_ == "also" and doc[i + 2].lower_ in ALIAS_WORDS):
            j = i + 2
            while j < len(doc) and j < i + 12 and doc[j].text != ",":
                j += 1
            if j >= len(doc) or j >= i + 12:
                break
            i = j
        else:
            break
    return i
