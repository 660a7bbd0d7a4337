"""Who "I" and "we" are: the voices of interview answers, transcript turns and quotes.

In interview notes ("A: Our headquarters is in Karbala"), hearing transcripts ("BRENNAN: we
dismantled …") and quotes ("'Write that we are the state,' he said"), "I/me/my" is the
speaker and "we/us/our" the body the speaker belongs to. No parser resolves these, so the
rules are written here: a voice is a character range with its speaker, and the speaker's
body is read from the relations already found for the speaker (a member, a commander).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from actormap.extract.actors import Actor
from actormap.extract.doc_text import text_of
from actormap.extract.facts import Relation

FIRST_PERSON_SINGULAR = {"i", "me", "my", "mine", "myself"}
FIRST_PERSON_PLURAL = {"we", "us", "our", "ours", "ourselves"}

# "Interviewee: Sualehe Amade Issa (A)", "Respondent: …", "Source: …"
INTERVIEWEE = re.compile(r"\b(?:Interviewee|Respondent|Source|Subject)\s*[:,]\s*", re.IGNORECASE)
QUESTION = re.compile(r"^[ \t]*Q[ \t]*[:.\-–]", re.MULTILINE)
# who asked, not who answered: "by Sonia Belhaj", "Interviewer: X", "with reporting by X"
INTERVIEWER_CUES = {"by", "interviewer", "reporter", "reporting", "correspondent"}
ANSWER = re.compile(r"^[ \t]*A[ \t]*[:.\-–][ \t]*(?P<line>[^\n]*)", re.MULTILINE)
# "MR. BRENNAN: …", "[12:01] Abu Khalil: …"
TURN = re.compile(r"^(?:\[[^\]\n]{1,25}\]\s*)?(?P<label>[^\s:\n][^:\n]{0,60}?):[ \t]+(?P<line>[^\n]*)", re.MULTILINE)
# An e-mail's header, also inside the quoted earlier messages of a thread: "> From: Ricardo Haughton"
MAIL_FROM = re.compile(r"^[ \t]*(?:>[ \t]?)*From:[ \t]*(?P<sender>[^<\n]{2,60})[^\n]*$", re.MULTILINE)


@dataclass(frozen=True)
class Voice:
    """A stretch of text in which "I" is SPEAKER and "we" is BODY (either may be unknown)."""

    start: int
    end: int
    speaker: Actor
    body: Actor | None


def _person_at(doc: Doc, start: int, end: int) -> Actor | None:
    index: dict[int, Actor] = doc._.actor_index or {}
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    people = {index[t.i].id: index[t.i] for t in span if t.i in index and index[t.i].type == "person"}
    return next(iter(people.values())) if len(people) == 1 else None


def interviewee(doc: Doc) -> Actor | None:
    """Who answers: the person an "Interviewee:" label (or "The interviewee, X,") names, else the
    person the introduction before the first question names most often in the whole text, not
    the one it says asked ("by Sonia Belhaj")."""
    match = INTERVIEWEE.search(text_of(doc))
    if match is not None:
        line_end = text_of(doc).find("\n", match.end())
        named = _person_at(doc, match.end(), min(match.end() + 80, line_end if line_end > 0 else len(text_of(doc))))
        if named is not None:
            return named
    first_question = QUESTION.search(text_of(doc))
    if first_question is None or ANSWER.search(text_of(doc)) is None:
        return None
    counts: dict[str, int] = {}
    candidates: list[Actor] = []
    for actor in doc._.actors or []:
        if actor.type != "person":
            continue
        counts[actor.id] = len(actor.mentions)
        for mention in actor.mentions:
            before = doc[max(0, mention.span.start - 2) : mention.span.start]
            if mention.start_char < first_question.start() and not any(t.lower_ in INTERVIEWER_CUES for t in before):
                candidates.append(actor)
                break
    return max(candidates, key=lambda a: counts[a.id]) if candidates else None


def _spoken_ranges(doc: Doc) -> list[tuple[int, int, Actor]]:
    ranges: list[tuple[int, int, Actor]] = []
    answering = interviewee(doc)
    if answering is not None:
        ranges += [(m.start("line"), m.end("line"), answering) for m in ANSWER.finditer(text_of(doc))]
    for match in TURN.finditer(text_of(doc)):
        if match.group("label").strip() in {"A", "Q"}:
            continue
        speaker = _person_at(doc, match.start("label"), match.end("label"))
        if speaker is not None:
            ranges.append((match.start("line"), match.end("line"), speaker))
    for quote in doc._.quotes or []:
        if quote.speaker is not None and quote.speaker.type == "person":
            ranges.append((quote.start, quote.end, quote.speaker))
    return ranges


def mail_messages(doc: Doc) -> list[tuple[int, int, Actor]]:
    """Each message of an e-mail thread, from its "From:" header to the next one: its sender
    asserts what it reports ("our count is 143 US victims"). (Its "we" is left to the rules: a
    sender's "we" is an employer the thread seldom names.)"""
    text = text_of(doc)
    headers = list(MAIL_FROM.finditer(text))
    found = []
    for header, following in zip(headers, [*headers[1:], None]):
        sender = _person_at(doc, header.start("sender"), header.end("sender"))
        if sender is not None:
            found.append((header.end(), following.start() if following is not None else len(text), sender))
    return found


def body_of(person: Actor, relations: list[Relation]) -> Actor | None:
    """The organization the person is found to serve or lead, preferring membership."""
    for wanted in ("member_of", "commands"):
        for relation in relations:
            if relation.type == wanted and relation.source is person and relation.target.type == "organization":
                return relation.target
    return None


def find_voices(doc: Doc, relations: list[Relation]) -> list[Voice]:
    """Every interview answer, speaker turn and quote whose speaker is a named person."""
    return [Voice(start, end, speaker, body_of(speaker, relations)) for start, end, speaker in _spoken_ranges(doc)]


def voice_at(voices: list[Voice], position: int) -> Voice | None:
    """The innermost voice speaking at a character position (a quote inside an answer wins)."""
    found = [v for v in voices if v.start <= position < v.end]
    return min(found, key=lambda v: v.end - v.start) if found else None
