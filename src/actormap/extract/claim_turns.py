"""Transcript, chat and interview turns: which named person speaks each line ("MR. BRENNAN: …",
"[21:04] Naw Paw: …", "A: …" under an "Interviewee:" line), so that a number said in a turn has
a claimant.

Hand-written with a regular expression over the raw text because spaCy has no notion of a
speaker label: it parses "MR. BRENNAN:" as part of the sentence that follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from actormap.extract.actors import Actor, name_tokens
from actormap.extract.claim_words import label_pattern
from actormap.extract.doc_text import text_of
from actormap.extract.first_person import interviewee as introduced_interviewee

if TYPE_CHECKING:
    from actormap.extract.claim_referents import ClaimResolver


ANSWER_LABELS = {"a", "answer"}  # "Q: … / A: …" interview notes: the answers are the interviewee's
QUESTION_LABELS = {"q", "question"}
INTERVIEWEE_LABELS = {"interviewee", "respondent", "witness", "source", "speaker"}
MAX_TURN_LABEL = 60

# A line that opens with a short label and a colon: "MR. BRENNAN: …", "[21:04] Naw Paw: …", "A: …".
TURN = re.compile(
    r"^(?:\[[^\]\n]{1,25}\]\s*)?(?P<label>[^\s:\n][^:\n]{0,"
    + str(MAX_TURN_LABEL)
    + r"}?):[ \t]+(?P<line>[^\n]*)",
    re.MULTILINE,
)
# The interviewee introduced after another label on the same header line: "Interviewer: Joana
# Matsinhe (Q). Interviewee: Sualehe Amade Issa (A), 26, …".
INNER_INTRODUCTION = re.compile(r"(?:^|[.;]\s+)(?:interviewee|respondent)\s*:\s*(?P<line>.*)", re.IGNORECASE)


def speaker_turns(doc: Doc, resolver: ClaimResolver) -> list[tuple[int, int, Actor]]:
    """The lines a transcript, chat or interview gives to a named speaker, as (start, end, speaker)."""
    turns: list[tuple[int, int, Actor]] = []
    interviewee: Actor | None = None
    introduced: list[Actor | None] = []  # the interviewee an introduction names, looked up once
    for match in TURN.finditer(text_of(doc)):
        label = match.group("label").strip().lower()
        if label in INTERVIEWEE_LABELS:
            interviewee = _introduced_person(doc, match.start("line"), match.end("line"), resolver)
            continue
        inner = INNER_INTRODUCTION.search(match.group("line"))
        if inner is not None:
            start = match.start("line") + inner.start("line")
            interviewee = _introduced_person(doc, start, match.end("line"), resolver) or interviewee
        if label in ANSWER_LABELS:
            if interviewee is None and not introduced:
                introduced.append(introduced_interviewee(doc))
            speaker = interviewee or introduced[0]
        elif _speaker_label(doc, match.start("label"), match.end("label")):
            speaker = _person_in(doc, match.start("label"), match.end("label"), resolver)
        else:
            continue
        if speaker is not None:
            turns.append((match.start("line"), match.end("line"), speaker))
    return turns


def _speaker_label(doc: Doc, start: int, end: int) -> bool:
    """ "MR. BRENNAN", "Naw Paw", "Dr. Montalvo": a name with a title, not a sentence ("In Tyre,
    Hassan met X: …")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) <= 6 and not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in span)


def _people(doc: Doc, start: int, end: int, resolver: ClaimResolver) -> list[Actor]:
    """The persons mentioned between START and END, in order, once each."""
    span = doc.char_span(start, end, alignment_mode="expand")
    found: dict[str, Actor] = {}
    for t in span if span is not None else []:
        actor = resolver.index.get(t.i)
        if actor is not None and actor.type == "person":
            found.setdefault(actor.id, actor)
    return list(found.values())


def _introduced_person(doc: Doc, start: int, end: int, resolver: ClaimResolver) -> Actor | None:
    """ "Interviewee: Wissam al-Zubaidi, known as Abu Haidar, …": the first person the line names."""
    people = _people(doc, start, end, resolver)
    return people[0] if people else None


def _person_in(doc: Doc, start: int, end: int, resolver: ClaimResolver) -> Actor | None:
    """The one person a turn label names ("Naw Paw"), by mention, else by a part of the name the
    document gives in full elsewhere ("MR. BRENNAN", "DR. MONTALVO")."""
    people = _people(doc, start, end, resolver)
    if people:
        return people[0] if len(people) == 1 else None
    label = " ".join(w for w in text_of(doc)[start:end].split() if not w.endswith("."))  # "SEN.", "Dr."
    words = {w for w in name_tokens(label) if len(w) > 2}
    named = [a for a in resolver.all_actors if a.type == "person" and words & a.tokens]
    return named[0] if len(named) == 1 else None


def question_before(text: str, position: int) -> tuple[int, int] | None:
    """The question line ("Q: How many men did he command?") that the answer line at POSITION
    ("A: In Macomia, about 300 fighters.") answers: the turn just before it, when it is a question."""
    previous: re.Match[str] | None = None
    for match in TURN.finditer(text):
        if match.start("line") <= position <= match.end("line"):
            if match.group("label").strip().lower() not in ANSWER_LABELS or previous is None:
                return None
            if previous.group("label").strip().lower() not in QUESTION_LABELS:
                return None
            return previous.start("line"), previous.end("line")
        if match.start() > position:
            return None
        previous = match
    return None


CHAT_LINE = re.compile(r"^\[[^\]\n]{1,25}\]\s*[^:\n]{1,60}:", re.MULTILINE)


def chat_side(number: Token, resolver: ClaimResolver) -> tuple[Actor, Actor] | None:
    """ "[14/02 06:40] Marleny Quintero: 62 million pesos and 8,000 dollars.": a sum or a count of
    men said in a chat message whose sentence names no actor but places, and asks nothing, is the
    side the writer belongs to, by their word: the body the writer serves, else the one body the
    export's header names ("Group description: "Frente 58 - logística""). Returns (side, writer)."""
    doc = resolver.doc
    line = CHAT_LINE.match(text_of(doc), text_of(doc).rfind("\n", 0, number.idx) + 1)
    if line is None:
        return None  # a chat export's timestamped line, not a transcript or an interview
    sent = number.sent
    named = (resolver.index.get(t.i) for t in sent if t.idx >= line.end())  # the writer's label is no subject
    if "?" in sent.text or any(actor is not None and actor.type != "location" for actor in named):
        return None
    writer = resolver.turn_speaker(number.idx)
    if writer is None or writer.type != "person":
        return None
    side = resolver.affiliation(writer) or _header_body(doc, resolver)
    if side is None and not _third_persons(number) and _names_no_one(doc, line.end(), text_of(doc).find("\n", line.end()), resolver):
        side = writer  # "Mama Saba: total with me 107,000 euro.": a writer with no known side counts their own
    return (side, writer) if side is not None else None


def _third_persons(number: Token) -> bool:
    """ "they charge 1.5m kyat per truck": the object of what "they" or "he" do is someone else's."""
    for token in (number, number.head):
        if token.dep_ in {"dobj", "obj"} and any(c.dep_ == "nsubj" and c.lower_ in {"they", "he", "she"} for c in token.head.children):
            return True
    return False


def _names_no_one(doc: Doc, start: int, end: int, resolver: ClaimResolver) -> bool:
    """Whether the message between START and END names no person or organization."""
    span = doc.char_span(start, end if end >= 0 else len(text_of(doc)), alignment_mode="expand")
    return span is not None and not any((a := resolver.index.get(t.i)) is not None and a.type != "location" for t in span)


def _header_body(doc: Doc, resolver: ClaimResolver) -> Actor | None:
    """The one organization named above a chat export's first message."""
    first = CHAT_LINE.search(text_of(doc))
    if first is None:
        return None
    bodies = {a.id: a for a in resolver.all_actors if a.type == "organization" and any(m.start_char < first.start() for m in a.mentions)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


# "- HAM: about 180 armed men": a notes line headed by a short label and a colon.
LABELLED_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(?P<label>[^:\n]{1,40}):[ \t]+\S", re.MULTILINE)


def labelled_body(number: Token, resolver: ClaimResolver) -> Actor | None:
    """The one organization the label of a notes line names, for a count or sum on that line that
    no rule gave an owner: the line is about it. Not a chat message (its label is the writer) nor
    a transcript turn (a person speaking)."""
    doc = resolver.doc
    text = text_of(doc)
    start = text.rfind("\n", 0, number.idx) + 1
    line = LABELLED_LINE.match(text, start)
    if line is None or CHAT_LINE.match(text, start) is not None or number.idx < line.end("label"):
        return None
    span = doc.char_span(line.start("label"), line.end("label"), alignment_mode="expand")
    if span is None or len(span) > 6 or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) for t in number.sent):
        return None  # "- S: Colonel moved approx $12m to accounts in Bangkok": a source's report, not an entry
    named = {a.id: a for t in span if (a := resolver.index.get(t.i)) is not None}
    if len(named) != 1:
        return None
    body = next(iter(named.values()))
    return body if body.type == "organization" else None



def labelled_payer(number: Token, resolver: ClaimResolver) -> Actor | None:
    """ "05 Jan — Payer: Jinhai Tianfu Holdings → Payee: DBDF. Security fee. USD 250,000.": a sum
    on a ledger line that names its payer under a label is the payer's, whatever the sentences
    the line splits into say. The payer is the actor named right after the last such label before
    the sum on its line."""
    doc = resolver.doc
    text = text_of(doc)
    start = text.rfind("\n", 0, number.idx) + 1
    label = None
    for label in label_pattern("payer_labels").finditer(text, start, number.idx):
        pass
    if label is None:
        return None
    named = doc.char_span(label.end(), min(label.end() + 1, number.idx), alignment_mode="expand")
    if named is None or not len(named):
        return None
    payer = resolver.index.get(named[0].i)
    return payer if payer is not None and payer.type in {"person", "organization"} else None
