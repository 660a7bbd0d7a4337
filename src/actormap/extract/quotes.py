"""Quotes with their speakers: who said each quoted passage, in the text's own words.

The speaker is the subject of a speech verb next to the passage (before it in the same
sentence, after it up to the sentence end, or closing the paragraph before). A pronoun
points back to the last person the text named as a subject; a role noun ("the governor")
to the actor described with it; an unnamed source keeps its description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from actormap.extract.actors import Actor
from actormap.extract.doc_text import text_of
from actormap.extract.first_person import TURN, interviewee
from actormap.extract.patterns import word_list
from actormap.extract.quotemarks import Passage, find_passages
from actormap.extract.reference import GENERIC_ORG_NOUNS, References

PERSON_PRONOUNS = {"he", "she", "him", "her"}
MAX_ATTRIBUTION_TOKENS = 14
MAX_SPLIT_GAP_TOKENS = 40  # "…," said X, a researcher at Y, in an interview. "…"


@dataclass
class Quote:
    passage: Passage
    text: str
    speaker: Actor | None
    speaker_description: str | None

    @property
    def start(self) -> int:
        return self.passage.start

    @property
    def end(self) -> int:
        return self.passage.end


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for an unnamed person ("a port engineer", "a displaced woman")."""
    return frozenset(word_list("person_nouns")) | frozenset(word_list("role_nouns"))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(word_list("speech_verbs"))


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _inside(token: Token, passages: list[Passage]) -> bool:
    return any(p.start <= token.idx < p.end for p in passages)


def _speech_verb(tokens: list[Token]) -> Token | None:
    for t in tokens:
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in speech_verbs():
            return t
    return None


def _according_to(tokens: list[Token]) -> Token | None:
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.lower_ == "according" and b.lower_ == "to":
            return c
    return None


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1 and subjects[-1].pos_ == "PROPN" and subjects[-1].i < verb.i:
        # "a spokesman for the group who gave his name as Abu Dujana al-Fulani said": the parser
        # hung the name on "said" as a second subject; the name is who speaks
        return subjects[-1]
    if subjects:
        return subjects[0]
    if verb.dep_ in {"conj", "xcomp", "ccomp"} and verb.head.i != verb.i:
        return _subject(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else None
    return None


def _borrows_quoted_subject(verb: Token) -> bool:
    """ 'X said the company "has always bought gold …" and described this report as …': the parser
    hung the second speech verb on the quoted clause's verb, whose subject is no speaker."""
    return (verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            and verb.head.lemma_.lower() not in speech_verbs() and verb.head.dep_ in {"ccomp", "xcomp"})


class _Speakers:
    """Resolves the subject of a speech verb to an actor or a description."""

    def __init__(self, doc: Doc, passages: list[Passage]) -> None:
        self.doc = doc
        self.index: dict[int, Actor] = doc._.actor_index or {}
        self.actors: list[Actor] = doc._.actors or []
        self.passages = passages
        self.references = References(doc, [(p.start, p.end) for p in passages])

    def resolve(self, subject: Token, before: int) -> tuple[Actor | None, str | None]:
        if subject.i in self.index:
            return self.index[subject.i], None
        named = self._named_in(subject)
        if named is not None:
            return named, None
        if subject.lower_ in PERSON_PRONOUNS:
            unnamed = self._unnamed_subject_before(before)
            if unnamed is not None:
                return None, _phrase(unnamed)
            return self._last_person(before), None
        if subject.pos_ == "PROPN":
            named = self._person_by_name_part(subject, before)
            if named is not None:
                return named, None  # "Yibeltal said" after "Yibeltal Mersha"
        if subject.pos_ == "NOUN":
            resolved = self.references.actor_of(subject) or self._generic_body(subject, before)
            if resolved is not None:
                return resolved, None  # "the company said", "the ministry said"
        if subject.pos_ in {"NOUN", "PROPN"}:
            head = subject.lemma_.lower()
            for actor in reversed(self._mentioned_before(before)):
                if any(d.head == head for d in actor.descriptors):
                    return actor, None
            return None, self._description(subject, before)
        return None, None

    def _person_by_name_part(self, subject: Token, before: int) -> Actor | None:
        part = subject.text.lower()
        people = [a for a in self._mentioned_before(before + 1) if a.type == "person" and part in a.tokens]
        return people[-1] if people else None

    def _generic_body(self, subject: Token, before: int) -> Actor | None:
        """ "the company said" : the last organization named before, when the noun is generic."""
        if subject.lemma_.lower() not in GENERIC_ORG_NOUNS | {"ministry", "government", "army", "agency", "office"}:
            return None
        if not any(c.lower_ in {"the", "its"} for c in subject.children):
            return None
        return self.references.last_actor(before, {"organization"})

    def _named_in(self, subject: Token) -> Actor | None:
        """A person named in apposition or compound to the subject noun ("spokesman Ali Said");
        "a ministry spokesman" is an unnamed person, not the ministry."""
        for child in subject.children:
            if child.dep_ in {"appos", "compound", "flat"} and child.i in self.index:
                actor = self.index[child.i]
                if actor.type == "person":
                    return actor
        return None

    def _unnamed_subject_before(self, position: int) -> Token | None:
        """ "A port engineer, who asked not to be named, said ... “…,” he said": when the sentence
        before the quote has an unnamed person as its subject, the pronoun is that person."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None:
            return None
        sentence = span.sent
        previous = [s for s in self.doc[max(sentence.start - 1, 0) : sentence.start].sents] if sentence.start > 0 else []
        for sent in [sentence, *previous]:
            subjects = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" and t.idx < position]
            if not subjects:
                continue
            subject = subjects[0]
            if subject.i in self.index or self._named_in(subject) is not None or subject.pos_ != "NOUN":
                return None
            return subject if subject.lemma_.lower() in person_nouns() else None
        return None

    def _mentioned_before(self, position: int) -> list[Actor]:
        order = []
        for actor in self.actors:
            starts = [m.start_char for m in actor.mentions if m.start_char < position]
            if starts:
                order.append((max(starts), actor))
        return [a for _, a in sorted(order, key=lambda pair: pair[0])]

    def _last_person(self, position: int) -> Actor | None:
        return self.references.last_person(position)

    def _description(self, subject: Token, before: int) -> str:
        """An earlier, fuller wording of the same unnamed source ("one of Hassan's top coordinators")."""
        head = subject.lemma_.lower()
        for token in reversed(self.doc[: subject.i]):
            if token.idx >= before or token.lemma_.lower() != head or token.i in self.index:
                continue
            top = token
            while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in {"NUM", "PRON", "NOUN"}:
                top = top.head.head
            return _phrase(top)
        return _phrase(subject)


def _phrase(token: Token) -> str:
    tokens = [t for t in token.subtree if not t.is_punct or t.text in {"-", "’", "'"}]
    tokens = [t for t in tokens if t.dep_ != "relcl" and not any(a.dep_ == "relcl" for a in t.ancestors if a in token.subtree and a.i != token.i)]
    if not tokens:
        return token.text
    doc = token.doc
    return text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _attribution(doc: Doc, passage: Passage, passages: list[Passage]) -> Token | None:
    """The subject of the speech verb that introduces or follows the passage, or an 'according to' object."""
    sent_after = doc.char_span(passage.end - 1, passage.end, alignment_mode="expand")
    after_end = sent_after.sent.end_char if sent_after is not None else passage.end
    nxt = [p.start for p in passages if p.start >= passage.end]
    after_end = min([after_end, *nxt])
    after = [t for t in _tokens_between(doc, passage.end, after_end) if not _inside(t, passages)]
    first = doc.char_span(passage.start, passage.start + 1, alignment_mode="expand")
    sent_start = first.sent.start_char if first is not None else passage.start
    before = [t for t in _tokens_between(doc, sent_start, passage.start) if not _inside(t, passages)]
    gaps = [t for start, end in passage.gaps for t in _tokens_between(doc, start, end)]
    for region in (gaps, after[:MAX_ATTRIBUTION_TOKENS], list(reversed(before))):
        verb = _speech_verb(region)
        if verb is not None and _borrows_quoted_subject(verb):
            outer = verb.head.head
            if outer.lemma_.lower() not in speech_verbs():
                continue
            verb = outer  # the verb that reports the quoted clause: "said"
        if verb is not None:
            subject = _subject(verb)
            if subject is not None:
                named = [t for t in subject.subtree if t.ent_type_ == "PERSON"] if subject.ent_type_ != "PERSON" else []
                # "said Acting Under Secretary for Terrorism and Financial Intelligence Daniel R. Whitford"
                return named[-1] if named else subject
            people = [t for t in region if t.ent_type_ == "PERSON"]
            if people:  # "said Under Secretary for Terrorism and Financial Intelligence Daniel R. Whitcombe"
                run = [t for t in people if t.i - people[0].i == people.index(t)]
                return run[-1]
            named = [t for t in region if t.pos_ == "PROPN"]
            if named:
                return named[0]
        according = _according_to(sorted(region, key=lambda t: t.i))
        if according is not None:
            return according
    return None


def _merge_split(doc: Doc, passages: list[Passage]) -> list[Passage]:
    """ "First part," he said. "Second part." : one passage, attributed once."""
    merged: list[Passage] = []
    for passage in passages:
        if merged:
            prev = merged[-1]
            gap = text_of(doc)[prev.end : passage.start]
            gap_tokens = _tokens_between(doc, prev.end, passage.start)
            first_part = text_of(doc)[prev.parts[-1][0] : prev.parts[-1][1]].rstrip()
            if (
                "\n" not in gap
                and first_part.endswith(",")
                and 0 < len(gap_tokens) <= MAX_SPLIT_GAP_TOKENS
                and _speech_verb(gap_tokens) is not None
            ):
                merged[-1] = Passage(prev.parts + passage.parts, prev.start, passage.end, [*prev.gaps, (prev.end, passage.start)])
                continue
        merged.append(passage)
    return merged


# A line that introduces interview notes' interviewee: what the notes quote with no one saying
# it is the interviewee's.
NOTES_LABEL = re.compile(r"^\s*(?:Interviewee|Respondent)\s*:", re.IGNORECASE | re.MULTILINE)


def find_quotes(doc: Doc) -> list[Quote]:
    """Every direct quotation in the document with its speaker or the speaker's description."""
    passages = [p for p in _merge_split(doc, find_passages(text_of(doc))) if not _names_an_alias(text_of(doc), p)]
    speakers = _Speakers(doc, passages)
    quotes: list[Quote] = []
    # interview notes put the interviewee's verbatim words in quotation marks
    interviewed = interviewee(doc) if passages and NOTES_LABEL.search(text_of(doc)) else None
    for passage in passages:
        words = passage.text(text_of(doc)).strip()
        if len(words.split()) <= 2 and not words.endswith((",", ".", "!", "?", "…")):
            continue  # a word in scare quotes ('extorts a "toll"'), not an utterance ('"Never again,"')
        subject = _attribution(doc, passage, passages)
        speaker, description = (None, None)
        if subject is not None:
            speaker, description = speakers.resolve(subject, passage.start)
        elif (labelled := _line_label_speaker(doc, passage)) is not None:
            speaker = labelled  # 'Bo Thura Zaw: "We have the people."'
        elif quotes and quotes[-1].speaker is not None and _follows(doc, quotes[-1].passage, passage):
            speaker = quotes[-1].speaker  # a quote paragraph continuing the last speaker's words
        else:
            speaker = interviewed
        for piece in _pieces(passage):
            quotes.append(Quote(piece, piece.text(text_of(doc)), speaker, description))
    return quotes


def _line_label_speaker(doc: Doc, passage: Passage) -> Actor | None:
    """The person or body a quotation's line is labelled with ('Bo Thura Zaw: "…"'), when the
    quotation opens the line right after the label and nothing in the text attributes it."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, passage.start) + 1
    match = TURN.match(text, line_start)
    if match is None or match.start("line") != passage.start:
        return None
    span = doc.char_span(match.start("label"), match.end("label"), alignment_mode="expand")
    index = doc._.actor_index or {}
    actors = {index[t.i].id: index[t.i] for t in span or [] if t.i in index and index[t.i].type in {"person", "organization"}}
    return next(iter(actors.values())) if len(actors) == 1 else None


def _pieces(passage: Passage) -> list[Passage]:
    """A split quotation ("First part," he said. "Second part.") is attributed once but recorded
    as the quotations it was written as: reporters and annotators cite each part on its own."""
    if not passage.gaps:
        return [passage]
    pieces: list[Passage] = []
    bounds = [passage.start, *(end for _, end in passage.gaps)]
    ends = [*(start for start, _ in passage.gaps), passage.end]
    for start, end in zip(bounds, ends):
        parts = [(s, e) for s, e in passage.parts if start <= s and e <= end]
        if parts:
            pieces.append(Passage(parts, start, end, []))
    return pieces or [passage]


ALIAS_BEFORE = re.compile(r"(?:a\.k\.a\.?|aka|alias|known as|nicknamed|dubbed|called|call sign|nom de guerre)\s*$", re.IGNORECASE)
# 'known as "Ti Bobo" and "Commandant JR"': the second of two nicknames
SECOND_ALIAS = re.compile(
    r"(?:a\.k\.a\.?|aka|alias|known as|nicknamed|dubbed|called)\s*[\"“][^\"”\n]{1,40}[\"”],?\s+(?:and|or)\s*$", re.IGNORECASE
)
# 'Group description: "Frente 58 - logística"', 'group "Logística Norte"': a label's value
LABEL_BEFORE = re.compile(r"(?:description|title|group|channel|titled|entitled|named|headlined)\s*:?\s*$", re.IGNORECASE)


def _names_an_alias(text: str, passage: Passage) -> bool:
    """ 'a.k.a. "Abu Ali,"', 'known as "Djo"', 'group "Logística Norte"': quotation marks around a
    nickname or a name are no quote."""
    before = text[max(0, passage.start - 60) : passage.start]
    return any(p.search(before[-20:] if p is not SECOND_ALIAS else before) for p in (ALIAS_BEFORE, SECOND_ALIAS, LABEL_BEFORE))


def _follows(doc: Doc, previous: Passage, passage: Passage) -> bool:
    between = text_of(doc)[previous.end : passage.start]
    return between.count("\n") <= 2 and len(between.split()) <= 2
