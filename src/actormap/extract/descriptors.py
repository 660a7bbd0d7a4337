"""Descriptors: the titles and role phrases a text attaches to a named actor.

Covers a title before the name ("Maj. Gen."), a role phrase before it ("Assad's billionaire
cousin Rami Makhlouf", "the regime's head of military intelligence Kamal Hassan"), an
appositive after it ("Makhlouf, Assad's cousin,") and one before it ("The governor of the
coastal Tartous region, Ahmed al-Shami, said"). A phrase counts only when its head is a
role noun from patterns/en/role_nouns.txt, which keeps ordinary noun phrases out.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor, Descriptor
from actormap.extract.doc_text import text_of
from actormap.extract.mentions import Mention, past_age_and_alias, title_roles
from actormap.extract.patterns import word_list

STOP_RELATIVE = {"who", "which", "that", "whose", "whom"}
PHRASE_POS = {"ADJ", "NOUN", "PROPN", "DET", "NUM", "ADP", "PART", "PRON", "PUNCT", "VERB"}


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    return frozenset(word_list("role_nouns"))


def _in_hyphenated_word(t: Token) -> bool:
    """ "in" of "son-in-law": the tokenizer splits the word at its hyphens."""
    doc = t.doc
    return (0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "-" and doc[t.i + 1].text == "-"
            and not doc[t.i - 1].whitespace_ and not t.whitespace_)


def hyphenated_word(t: Token) -> str:
    """The whole hyphenated word a token is part of ("son-in-law" from "son"), lower-cased."""
    doc = t.doc
    start = end = t.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start : end + 1].text.lower()


def role_head(tokens: list[Token]) -> str | None:
    """The role noun that heads a phrase: the last one before its first "of", else the first one.
    A hyphenated role ("son-in-law") is read whole, so it is not taken for its first word."""
    roles = role_nouns()
    before_of: list[Token] = []
    for t in tokens:
        if t.lower_ == "of":
            break
        before_of.append(t)
    for group in (before_of, tokens):
        found = [t for t in group if t.pos_ in {"NOUN", "PROPN", "ADJ"} and (t.lemma_.lower() in roles or t.lower_ in roles)]
        if found:
            head = found[-1] if group is before_of else found[0]
            whole = hyphenated_word(head)
            return whole if whole in roles else head.lemma_.lower()
    return None


def _descriptor(tokens: list[Token], kind: str) -> Descriptor | None:
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    if not tokens:
        return None
    head = role_head(tokens)
    if head is None:
        return None
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Descriptor(text=text_of(doc)[start:end], start=start, end=end, head=head, kind=kind)


def _premodifier(span: Span, covered: set[int]) -> list[Token]:
    """Role words written just before a name, up to a verb, comma or sentence start."""
    doc = span.doc
    sent_start = span.sent.start
    tokens: list[Token] = []
    i = span.start - 1
    if i >= sent_start and doc[i].lower_ == "of":
        return []  # "a friend of NAME": the phrase describes someone else
    while i >= sent_start:
        t = doc[i]
        if "\n" in t.text_with_ws or t.is_space:
            break
        possessive = t.text in {"'s", "’s"}
        participle = t.pos_ == "VERB" and t.tag_ == "VBN"
        if t.text == "," or (t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ"} and not participle) or (t.pos_ == "ADP" and t.lower_ != "of"):
            break
        if t.pos_ == "DET" and t.lower_ not in {"the", "a", "an"}:
            break
        if t.lower_ == "of" and role_head(tokens) is not None:
            break  # "the death of Wagner founder Yevgeny Prigozhin": the role ends at "of"
        if t.pos_ not in PHRASE_POS and not possessive and not participle:
            break
        tokens.insert(0, t)
        if t.pos_ == "DET":
            break
        i -= 1
    return tokens


def _appositive_after(span: Span) -> list[Token]:
    doc = span.doc
    start = past_age_and_alias(doc, span.end)
    if start >= len(doc) or doc[start].text != "," and not _glossary_colon(span, start):
        return []
    tokens = []
    end = span.sent.end if doc[start].text == "," else next((t.i for t in doc[start:] if "\n" in t.text), len(doc))
    first = start + 1
    if start > span.end and first < end and doc[first].text in {'"', "”"}:
        first += 1  # "known to his men as "Général Abakar," a senior commander": past the alias's closing quote
    for t in doc[first:end]:
        stop_verb = t.pos_ in {"VERB", "AUX"} and not (t.tag_ == "VBN" and t.i > 0 and doc[t.i - 1].text == "-")
        if t.text in {",", ".", ";", ":", "(", ")", "“", "”", '"', "—", "–"} or t.lower_ in STOP_RELATIVE or stop_verb:
            break
        tokens.append(t)
    if not tokens or tokens[0].pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
        return []
    return tokens


def _glossary_colon(span: Span, colon: int) -> bool:
    """ "Kuki National Army (KNA): armed wing of the Kuki National Organisation": a glossary line's
    colon after the body's name and acronym that open it sets off a description, as a comma does
    (not a transcript's "CASSIMO:" or "NGOZI ADEYEMI (HOST):", whose words after are speech)."""
    doc = span.doc
    if doc[colon].text != ":" or colon != span.end + 3 or doc[span.end].text != "(" or span.text.isupper():
        return False
    return span.start == 0 or "\n" in doc[span.start - 1].text or doc[span.start - 1].text_with_ws.endswith("\n")


def _appositive_before(span: Span) -> list[Token]:
    """ "The governor of X, NAME," "A spokesman for X, NAME," or "led by the Commander of the Coast
    Guard, NAME": the verbless phrase that ends at the comma before the name."""
    doc = span.doc
    start = span.start - 1 if span.start > 1 and doc[span.start - 1].lower_ == "the" else span.start
    if start < 1 or doc[start - 1].text != ",":
        return []  # "Islah's bitter rival, the Southern Transitional Council"
    if span.root.dep_ in {"compound", "nmod"} and span.root.head.i >= span.end and span.root.head.pos_ == "NOUN":
        return []  # "fighters of Katiba Hanifa, the JNIM unit": the phrase before is the unit's
    tokens: list[Token] = []
    for t in reversed(doc[span.sent.start : start - 1]):
        placed = t.lower_ in {"in", "from", "at"} and t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN"
        inside = _in_hyphenated_word(t)
        if t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":", "“", "”", '"', "(", ")"} or t.lower_ in STOP_RELATIVE or (t.pos_ == "ADP" and t.lower_ not in {"of", "for"} and not placed and not inside):
            break  # "a trader in Nampula, NAME" keeps its place; "A spokesman for the army, NAME"
        tokens.insert(0, t)
    head = span.root.head if span.root.dep_ == "appos" else None
    if head is not None and head.pos_ == "NOUN" and tokens and tokens[0].i < head.left_edge.i and any(t.i == head.i for t in tokens):
        # "is the cousin of the CLA's military commander, Ahmed Ag Intakane": the name stands beside
        # the phrase of the noun it is in apposition to, not the whole clause before it
        tokens = [t for t in tokens if t.i >= head.left_edge.i]
    return _object_of_an_appositive(tokens)


# Words that set a name after the role phrase it belongs to: "a Hezbollah finance official known
# as Hajj Abbas", "a White Army commander who gave his name as Gatwech Riek Dak".
NAMING_CUES = (("known", "as"), ("known", "only", "as"), ("known", "locally", "as"), ("who", "gave", "his", "name", "as"),
               ("who", "gave", "her", "name", "as"), ("identified", "as"), ("identified", "only", "as"),
               ("who", "uses", "the", "name"), ("using", "the", "name"), ("who", "goes", "by"),
               ("using", "the", "nom", "de", "guerre"), ("who", "uses", "the", "nom", "de", "guerre"))


def _role_before_naming_cue(span: Span, covered: set[int]) -> list[Token]:
    """The role phrase a naming cue ties to the name after it, when the phrase names the body
    ("a Hezbollah finance official known as Hajj Abbas"): a bare "a man known as X" says too
    little to tell X from the next "man" the text quotes."""
    doc = span.doc
    name_start = span.start
    while name_start > span.start - 2 and name_start > 0 and doc[name_start - 1].is_title:
        name_start -= 1  # "known as Hajj Abbas", "his name as Gatwech Riek Dak": words the model left out
    for cue in NAMING_CUES:
        start = name_start - len(cue)
        if start < 1 or tuple(t.lower_ for t in doc[start:name_start]) != cue:
            continue
        tokens: list[Token] = []
        for t in reversed(doc[span.sent.start : start]):
            if t.pos_ in {"VERB", "AUX", "ADP", "PRON", "SCONJ"} or t.is_punct:
                break
            tokens.insert(0, t)
        if tokens and tokens[-1].pos_ == "NOUN" and tokens[0].lower_ in {"a", "an", "the"} and any(t.i in covered for t in tokens):
            return tokens
    return []


def _object_of_an_appositive(tokens: list[Token]) -> list[Token]:
    """ "X, the owner of a Miami freight company, Sunrise Gulf Cargo": the phrase before the name is
    X's appositive, and only its "of" object ("a Miami freight company") describes the name."""
    if not tokens or tokens[0].i == 0 or tokens[0].doc[tokens[0].i - 1].text != "," or tokens[-1].pos_ != "NOUN":
        return tokens
    ofs = [k for k, t in enumerate(tokens) if t.lower_ == "of"]
    if ofs and ofs[-1] + 1 < len(tokens) and tokens[ofs[-1] + 1].lower_ in {"a", "an", "the"}:
        return tokens[ofs[-1] + 1 :]
    return tokens


def _descriptors_of(mention: Mention, covered: set[int]) -> list[Descriptor]:
    found = []
    if mention.title is not None:
        t = mention.title
        role = title_roles().get(t.text) or t.text.lower()
        found.append(Descriptor(t.text, t.start_char, t.end_char, role, "title"))
    left = mention.title if mention.title is not None else mention.span
    for tokens, kind in (
        (_premodifier(left, covered), "premodifier"),
        (_appositive_after(mention.span), "appositive"),
        (_appositive_before(left), "appositive"),
        (_role_before_naming_cue(mention.span, covered), "appositive"),
    ):
        descriptor = _descriptor(tokens, kind)
        if descriptor is not None:
            found.append(descriptor)
    return found


def attach_descriptors(doc: Doc, actors: list[Actor]) -> None:
    """Give each person its titles and role phrases, once per distinct wording."""
    covered = {t for a in actors for m in a.mentions for t in range(m.span.start, m.span.end)}
    for actor in actors:
        if actor.type not in {"person", "organization"}:
            continue
        seen: set[str] = set()
        for mention in actor.mentions:
            for descriptor in _descriptors_of(mention, covered):
                if descriptor.text not in seen:
                    seen.add(descriptor.text)
                    actor.descriptors.append(descriptor)
