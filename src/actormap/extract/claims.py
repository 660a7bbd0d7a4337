"""Claims: numbers asserted about an actor (fighters held, money paid, sites controlled), with
the unit, the hedge and who asserts them.

Hand-written on spaCy's dependency parse because no offline model ties a number to the actor it
is about: NER finds "at least 54,000" but not that Makhlouf claims to control them. For each
amount that numbers.py reads, the rules find, in order:

- the unit: the noun the number counts ("12,000 fighters", "thousands of former soldiers"), the
  currency, or the unit of the previous amount in the sentence ("..., while Makhlouf claims
  control of at least 54,000"), with any rate said with it ("USD a month per shop");
- the subject: the possessor of that noun ("Hassan's fighters"), else the subject of the clause
  that has, pays or controls it (the agent of a passive, the accused of "accuses X of moving"),
  else whoever takes a payment nobody in particular makes ("every trader pays the group $6"),
  else an actor named on the noun ("300 Hizballah fighters", "60,000 Tigrayans"), else whoever
  held or the place that saw the people counted ("57 detainees died in Fano custody");
- the claimant: the subject itself when it "claims" the number, else the subject of a speech verb
  the clause hangs from ("X said", "X estimates that", "X accuses Y of"), else the object of
  "according to", else the speaker of the transcript turn the sentence is in ("MR. BRENNAN: …").

A number with no unit, no actor it is about, or that is a date, age, duration, share or part of a
name gives no claim: a wrong claim costs as much as a missed one. docs/claims.md has examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor, name_tokens
from actormap.extract.facts import Claim
from actormap.extract.numbers import Amount, is_unit_word, scan_amounts
from actormap.extract.patterns import yaml_data
from actormap.extract.quotes import speech_verbs as quote_speech_verbs
from actormap.extract.reference import References, role_nouns
from actormap.model import load_nouns

NAME_LABELS = {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART"}
NOT_CLAIM_LABELS = {"DATE", "TIME", "ORDINAL", "PERCENT"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound"}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
RELATIVE = {"which", "that", "who", "whom"}
SPEAKER_PRONOUNS = {"i", "we", "us", "our", "you", "me", "my"}
FIRST_PLURAL = {"we", "us", "our"}
FIRST_SINGULAR = {"i", "me", "my"}
CLAIMANT_TYPES = {"person", "organization"}
OFF_PATH_PREPS = {"from", "by", "against", "alongside", "besides"}
SCENE_PREPS = {"in", "at", "inside", "near", "around", "across", "within", "on"}
ANSWER_LABELS = {"a", "answer"}  # "Q: … / A: …" interview notes: the answers are the interviewee's
INTERVIEWEE_LABELS = {"interviewee", "respondent", "witness", "source", "speaker"}
EACH = {"each", "every"}
RATE_WORDS = {"a", "an", "per", "each", "every"}  # "a month", "per month", "every week"
MAX_UNIT_GAP = 4
MAX_TURN_LABEL = 60
# A line that opens with a short label and a colon: "MR. BRENNAN: …", "[21:04] Naw Paw: …", "A: …".
TURN = re.compile(
    r"^(?:\[[^\]\n]{1,25}\]\s*)?(?P<label>[^\s:\n][^:\n]{0,%d}?):[ \t]+(?P<line>[^\n]*)" % MAX_TURN_LABEL, re.MULTILINE
)


@lru_cache(maxsize=1)
def claim_verbs() -> dict[str, frozenset[str]]:
    """numbers.yaml's verb lists: `self` (the subject claims it of itself) and `reporting`."""
    data = yaml_data("numbers")["claim_verbs"]
    return {kind: frozenset(str(v) for v in verbs) for kind, verbs in data.items()}


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """numbers.yaml's nouns that stand for an armed group or organization named before ("the group")."""
    return frozenset(str(n) for n in yaml_data("numbers")["body_nouns"])


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """One of numbers.yaml's word lists (pay_verbs, scene_verbs, document_nouns …), lower case."""
    return frozenset(str(w).lower() for w in yaml_data("numbers")[key])


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The quote stage's speech verbs and the few more that report a number ("X has informed the
    committee that …")."""
    return quote_speech_verbs() | word_set("more_speech_verbs")


@lru_cache(maxsize=1)
def rate_periods() -> dict[str, str]:
    """numbers.yaml's period words: "monthly" -> "month"."""
    return {str(k).lower(): str(v) for k, v in yaml_data("numbers")["rate_periods"].items()}


@dataclass
class _Found:
    """An amount placed in the parse: the head of its tokens, the noun it counts, the unit."""

    amount: Amount
    number: Token
    unit_token: Token | None
    unit: str
    unit_class: str
    rate: str = ""  # "a month per shop"
    share: bool = False  # a percentage: a claim only as a levy

    @property
    def anchor(self) -> Token:
        """Where the amount sits in the parse: the noun it counts, else the number."""
        return self.unit_token or self.number

    @property
    def full_unit(self) -> str:
        return f"{self.unit} {self.rate}" if self.rate else self.unit


class _Resolver:
    """The shared References, made stricter where a wrong subject would be a wrong claim."""

    def __init__(self, doc: Doc) -> None:
        quotes = doc._.quotes or []
        self.doc = doc
        self.quotes = [(q.start, q.end) for q in quotes]
        self.quote_speakers = [(q.start, q.end, q.speaker) for q in quotes if q.speaker is not None]
        self.refs = References(doc, self.quotes)
        self.index = self.refs.index
        self.all_actors: list[Actor] = doc._.actors or []
        self.relations = doc._.relations or []
        self._turns: list[tuple[int, int, Actor]] | None = None
        self._topic: tuple[Actor | None] | None = None

    def in_quote(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self.quotes)

    def actor(self, token: Token, speaker: Token | None = None) -> Actor | None:
        """The actor TOKEN stands for; a pronoun in reported speech may be its SPEAKER ("X says it has")."""
        lower = token.lower_
        if token.i in self.index:
            return self.index[token.i]
        if lower in SPEAKER_PRONOUNS:
            return self._first_person(token)
        if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return self._pronoun(token, speaker)
        if token.pos_ == "NOUN":
            return self._named_as(token) or self._noun(token, speaker)
        if token.pos_ == "PROPN" and any(c.lower_ == "the" for c in token.children):
            found = self.refs.definite(token)  # "The Ministry estimates ..." after "Ministry of Defence"
            if found is not None:
                return found
        found = self.refs.actor_of(token)
        if found is None and lower in RELATIVE:
            clause = token.head
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # "who owns a chain of stores, and whom the FGR accuses of …"
            if clause.dep_ == "relcl":
                return self.actor(clause.head)  # "a Dubai-based refiner, which paid ..."
        return found

    def _first_person(self, token: Token) -> Actor | None:
        """ "I" is the one speaking, "we" their body: the speaker of the quotation or of the
        transcript line the pronoun is in ("“We have 3,000 fighters,” said Hassan, Hezbollah's
        commander"); nobody when the speaker is unnamed."""
        speaker = self.voice(token.idx)
        if speaker is None:
            return None
        if token.lower_ in FIRST_SINGULAR:
            return speaker
        return self.affiliation(speaker) if token.lower_ in FIRST_PLURAL else None

    def _pronoun(self, token: Token, speaker: Token | None) -> Actor | None:
        if self.in_quote(token):
            return None  # "They gave us two choices": a quote's pronouns are its speaker's business
        person = token.lower_ in PERSON_PRONOUNS
        if speaker is not None and speaker.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            said_by = self.actor(speaker)
            if said_by is not None and (said_by.type == "person") == person:
                return said_by
            if said_by is None and speaker.pos_ == "NOUN":
                return None  # "the Jordanian army says it has seized", "a trader said he paid": unnamed
        if person:
            return self.refs.last_person(token.idx)
        if token.lower_ in {"they", "them", "their"}:
            pair = self._coordinated_people(token)
            if pair is not None:
                return pair
        if token.lower_ in {"it", "its"}:
            commander = self._unit_commander(token)
            if commander is not None:
                return commander
        wanted = {"organization"} if token.lower_ in {"it", "its"} else {"organization", "group"}
        return self.refs.last_actor(token.idx, wanted)

    def last_body(self, position: int) -> Actor | None:
        """The organization "the group" means at POSITION: in the nearest sentence before it that
        names one other than as a source ("NISA's deputy director said") or a modifier ("the al
        Qaeda-linked group"), its subject, else the first; quotations count ("pay the Shabaab")."""
        by_sentence: dict[int, list[tuple[int, bool, Actor]]] = {}
        for actor in self.all_actors:
            if actor.type != "organization":
                continue
            for m in actor.mentions:
                if m.start_char >= position or _source_role(m.span.root) or _hyphen_modifier(m.span):
                    continue
                root = m.span.root
                subject = root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
                by_sentence.setdefault(self.refs.sentence_of(m.span.start), []).append((m.start_char, not subject, actor))
        if not by_sentence:
            return None
        return min(by_sentence[max(by_sentence)], key=lambda item: (item[1], item[0]))[2]

    def _coordinated_people(self, token: Token) -> Actor | None:
        """ "… two brothers, Héctor and Ramiro … They recruited …": "they" after people named together."""
        if token.sent.start == 0:
            return None
        for t in token.doc[token.sent.start - 1].sent:
            actor, other = self.index.get(t.i), self.index.get(t.head.i)
            if t.dep_ == "conj" and actor is not None and other is not None and actor.id != other.id:
                if actor.type == other.type == "person":
                    return other
        return None

    def _unit_commander(self, token: Token) -> Actor | None:
        """ "an M23 battalion commanded by Lt. Col. Nshimiyimana … it numbers about 600 fighters": an
        unnamed unit in the sentence before is best named by its commander."""
        sent = token.sent
        if sent.start == 0:
            return None
        if any(self.index[t.i].type == "organization" for t in token.doc[sent.start : token.i] if t.i in self.index):
            return None  # "Hezbollah grew fast; it now has …": the body named before it in its sentence
        for t in token.doc[sent.start - 1].sent:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in body_nouns() or t.i in self.index:
                continue
            for acl in (c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in word_set("leadership_verbs")):
                for obj in (o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
                    actor = self.index.get(obj.i)
                    if actor is not None and actor.type == "person":
                        return actor
        return None

    def _named_as(self, token: Token) -> Actor | None:
        """ "a fuel importer named Patrick Dorval", "the agency, known as HUR": the name the noun is given."""
        for acl in token.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in word_set("naming_verbs"):
                continue
            for child in acl.children:
                if child.dep_ in {"oprd", "dobj", "attr", "xcomp", "appos"} and child.i in self.index:
                    return self.index[child.i]
                if child.dep_ == "prep" and child.lower_ == "as":
                    for obj in (o for o in child.children if o.dep_ == "pobj" and o.i in self.index):
                        return self.index[obj.i]
        return None

    def _noun(self, token: Token, speaker: Token | None = None) -> Actor | None:
        lemma = token.lemma_.lower()
        named = [self.index[c.i] for c in token.children if c.dep_ == "compound" and c.i in self.index]
        if named:
            # "Al Shabaab militants", "Fano units" act for their body; "the Assad loyalists" are
            # not Assad, nor is "the Hezbollah commander" Hezbollah
            members = lemma in body_nouns() or load_nouns().unit_class(token.text) == "people"
            body = named[0].type in {"organization", "group"}
            plural = token.tag_ in {"NNS", "NNPS"} or lemma not in role_nouns()
            return named[0] if members and body and plural else None
        found = self.refs.actor_of(token)
        if found is None and lemma in body_nouns():
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)
            if owner is not None:
                found = self.refs.last_person(owner.idx)  # "Her organization counted …"
        if found is not None and found.type == "person" and lemma in body_nouns():
            return self.led_by(found) or found  # "Ramírez's group": the body he leads
        if found is not None:
            return found
        children = list(token.children)
        bare = bool(children) and all(c.lower_ == "the" for c in children)
        if bare and lemma in body_nouns() and token.tag_ != "NNS":
            # "Hezbollah's commander said the group has …": the speaker's body; "The group earns
            # ...": the organization an earlier sentence (or clause before a ";") names
            spoken_for = self.speaker_body(speaker) if speaker is not None else None
            semicolons = [t.idx for t in token.sent if t.text == ";" and t.i < token.i]
            return spoken_for or self.last_body(semicolons[-1] if semicolons else token.sent.start_char)
        return None

    def speaker_body(self, speaker: Token) -> Actor | None:
        """The body a speaker speaks for: "Hezbollah's commander", "a Hezbollah spokesman", or the
        body a named speaker leads or serves."""
        for child in speaker.children:
            actor = self.index.get(child.i)
            if child.dep_ in {"poss", "compound"} and actor is not None and actor.type == "organization":
                return actor
        person = self.index.get(speaker.i) or self.refs.actor_of(speaker)
        return self.affiliation(person) if person is not None and person.type == "person" else None

    def led_by(self, person: Actor) -> Actor | None:
        """The one organization the relations say PERSON commands."""
        return self._related(person, "commands")

    def _related(self, person: Actor, kind: str) -> Actor | None:
        bodies = {
            r.target.id: r.target
            for r in self.relations
            if r.type == kind and r.source.id == person.id and r.target.type == "organization"
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def affiliation(self, person: Actor) -> Actor | None:
        """The body PERSON speaks for: the one the relations say they lead or serve, else the one
        their introduction names ("Interviewee: X, finance officer of Kataib Sayyid al-Fajr")."""
        found = self.led_by(person) or self._related(person, "member_of")
        if found is not None:
            return found
        first = person.mentions[0].span
        for t in first.sent[first.end - first.sent.start :]:
            if t.text == ";":
                break
            actor = self.index.get(t.i)
            if actor is None or actor.type != "organization" or t.dep_ != "pobj":
                continue
            prep = t.head
            if prep.lower_ in {"of", "at", "for", "with"} and prep.head.lemma_.lower() in role_nouns():
                return actor
        return None

    def actors(self, token: Token, speaker: Token | None = None) -> list[Actor]:
        """The actors of TOKEN and of the tokens conjoined with it ("Hassan and Makhlouf")."""
        found: list[Actor] = []
        for t in [token, *token.conjuncts]:
            actor = self.actor(t, speaker)
            if actor is not None and all(actor.id != f.id for f in found):
                found.append(actor)
        return found

    # -- the document as a whole --------------------------------------------------------------

    def voice(self, position: int) -> Actor | None:
        """Who speaks at POSITION: the named speaker of the quotation it is in, else (outside any
        quotation) the speaker of its transcript line."""
        for start, end, speaker in self.quote_speakers:
            if start <= position < end:
                return speaker
        if any(start <= position < end for start, end in self.quotes):
            return None
        return self.turn_speaker(position)

    def turn_speaker(self, position: int) -> Actor | None:
        """The named speaker of the transcript or chat line that POSITION is in."""
        if self._turns is None:
            self._turns = _speaker_turns(self.doc, self)
        for start, end, speaker in self._turns:
            if start <= position < end:
                return speaker
        return None

    def topic(self) -> Actor | None:
        """The organization the document is about: named most often other than as a source
        ("according to X", "X said", "a report by X"), and clearly more often than any other."""
        if self._topic is None:
            self._topic = (_topic_organization(self.all_actors),)
        return self._topic[0]

    def header_body(self) -> Actor | None:
        """The organization whose report this is: named alone on the first line ("GREAT LAKES
        SUPPLY CHAIN OBSERVATORY", "Sahel Civilian Monitor - Report No. 12")."""
        text = self.doc.text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = self.doc.char_span(start, end, alignment_mode="expand")
        actor = self.index.get(line.start) if line is not None else None
        if line is None or actor is None or actor.type != "organization":
            return None
        rest = [t for t in line if self.index.get(t.i) is not actor]
        if any(t.is_lower and t.is_alpha for t in rest):
            return None  # a headline ("Hezbollah's war chest grows"), not a letterhead
        return actor


def _speaker_turns(doc: Doc, resolver: _Resolver) -> list[tuple[int, int, Actor]]:
    """The lines a transcript, chat or interview gives to a named speaker, as (start, end, speaker)."""
    turns: list[tuple[int, int, Actor]] = []
    interviewee: Actor | None = None
    for match in TURN.finditer(doc.text):
        label = match.group("label").strip().lower()
        if label in INTERVIEWEE_LABELS:
            interviewee = _introduced_person(doc, match.start("line"), match.end("line"), resolver)
            continue
        if label in ANSWER_LABELS:
            speaker = interviewee
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


def _people(doc: Doc, start: int, end: int, resolver: _Resolver) -> list[Actor]:
    """The persons mentioned between START and END, in order, once each."""
    span = doc.char_span(start, end, alignment_mode="expand")
    found: dict[str, Actor] = {}
    for t in span if span is not None else []:
        actor = resolver.index.get(t.i)
        if actor is not None and actor.type == "person":
            found.setdefault(actor.id, actor)
    return list(found.values())


def _introduced_person(doc: Doc, start: int, end: int, resolver: _Resolver) -> Actor | None:
    """ "Interviewee: Wissam al-Zubaidi, known as Abu Haidar, …": the first person the line names."""
    people = _people(doc, start, end, resolver)
    return people[0] if people else None


def _person_in(doc: Doc, start: int, end: int, resolver: _Resolver) -> Actor | None:
    """The one person a turn label names ("Naw Paw"), by mention, else by a part of the name the
    document gives in full elsewhere ("MR. BRENNAN", "DR. MONTALVO")."""
    people = _people(doc, start, end, resolver)
    if people:
        return people[0] if len(people) == 1 else None
    label = " ".join(w for w in doc.text[start:end].split() if not w.endswith("."))  # "SEN.", "Dr."
    words = {w for w in name_tokens(label) if len(w) > 2}
    named = [a for a in resolver.all_actors if a.type == "person" and words & a.tokens]
    return named[0] if len(named) == 1 else None


def _hyphen_modifier(span: Span) -> bool:
    """ "al Qaeda-linked", "Iranian-backed": a name inside an adjective, not a referent."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    hyphen, word = doc[span.end], doc[span.end + 1]
    return hyphen.text == "-" and hyphen.whitespace_ == "" and word.tag_ == "VBN"


def _source_role(token: Token) -> bool:
    """Whether a mention names a source rather than an actor in the story: the subject of a speech
    or reporting verb, the one told, the object of "according to", the author of a report, the
    body of a speaker ("said Ilmi, NISA's deputy director")."""
    while token.dep_ in {"poss", "compound"} and token.head.lemma_.lower() in role_nouns():
        token = token.head
    while token.dep_ == "appos":
        token = token.head
    head = token.head
    lemma = head.lemma_.lower()
    if token.dep_ in SUBJECT_DEPS and (lemma in speech_verbs() or lemma in claim_verbs()["reporting"]):
        return True
    if token.dep_ in {"dobj", "dative"} and lemma == "tell":
        return True
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent":  # "prepared by NISA", "seen by Equatorial Press"
        return head.head.lemma_.lower() in word_set("author_verbs") | word_set("reader_verbs")
    return token.dep_ in {"compound", "poss"} and lemma in word_set("document_nouns")


def _topic_organization(actors: list[Actor]) -> Actor | None:
    scores = []
    for actor in actors:
        if actor.type != "organization":
            continue
        score = sum(1 for m in actor.mentions if not _source_role(m.span.root))
        scores.append((score, actor))
    scores.sort(key=lambda pair: -pair[0])
    if not scores or scores[0][0] < 2 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


# -- what the number counts -------------------------------------------------------------------


def _is_percent(doc: Doc, amount: Amount) -> bool:
    """ "2.5 percent", "40%", "ten per cent"."""
    end = amount.end
    if end >= len(doc) or amount.currency:
        return False
    word = doc[end].lower_
    return word in word_set("percent_words") or (word == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent")


def _excluded(doc: Doc, amount: Amount, index: dict[int, Actor]) -> bool:
    """A date, an age, a number inside a name ("Brigade 166", "Resolution 2216"), one of "two other
    groups"; a share is left to _place, which keeps only levies."""
    tokens = doc[amount.number_start : amount.number_end]
    labels = NOT_CLAIM_LABELS - ({"PERCENT"} if _is_percent(doc, amount) else set())
    if not amount.currency and any(t.ent_type_ in labels for t in tokens):
        return True
    if any(t.i in index for t in tokens):
        return True
    if not amount.currency and any(t.ent_type_ in NAME_LABELS and t.like_num for t in tokens):
        return True
    if len(tokens) == 1 and tokens[0].lower_ in {"one", "a", "an"}:
        return True
    if amount.end < len(doc) and doc[amount.end].lower_ == "other":
        return True  # "passes the money to two other groups": a count of others, not of anything held
    if amount.start == 0 or amount.start == tokens.sent.start:
        return False
    before = doc[amount.start - 1]
    if before.lower_ == "aged":
        return True
    return _in_name(doc, amount, before) or _is_age(doc, amount)


def _in_name(doc: Doc, amount: Amount, before: Token) -> bool:
    """ "Building 14", "Resolution 2216": a number after a capitalized name word. "His 3,000
    fighters" is no name, and "pay Hezbollah 5 percent" or "Hezbollah $5m" a levy."""
    if amount.currency or _is_percent(doc, amount) or before.ent_type_ == "DATE":
        return False
    return before.is_title and before.is_alpha and before.pos_ == "PROPN"


def _is_age(doc: Doc, amount: Amount) -> bool:
    """ "Bouzid, 52, a former officer": a bare number between commas after a name."""
    start, end = amount.start, amount.end
    if start < 2 or end >= len(doc) or amount.currency:
        return False
    return doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN" and doc[end].is_punct


def _unit_token(doc: Doc, amount: Amount) -> Token | None:
    """The noun the amount counts: the head of its number, else "of" + noun, else the noun after it."""
    head = doc[amount.number_end - 1].head
    if amount.end <= head.i < amount.end + MAX_UNIT_GAP and head.pos_ == "NOUN":
        return head
    for token in doc[amount.number_start : amount.number_end]:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if nouns:
                    return nouns[0]
    for token in doc[amount.end : min(amount.end + MAX_UNIT_GAP, len(doc))]:
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return token
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.is_punct:
            return None
    return None


def _words(tokens: list[Token], index: dict[int, Actor]) -> str:
    """Tokens as written (keeping ".50-caliber" whole), less determiners, pronouns, names and "'s"."""
    kept = [t for t in tokens if t.pos_ not in {"DET", "PRON"} and t.i not in index and t.dep_ != "case"]
    kept = [t for t in kept if not t.is_punct or t.text in {"-", "."} and t.whitespace_ == ""]
    return "".join(t.text + (t.whitespace_ and " ") for t in kept).strip(" -")


def _of_complement(doc: Doc, start: int, index: dict[int, Actor], bare: bool = True) -> int:
    """The end of the "of" phrases after a unit noun ("tonnes of coltan concentrate"), or START.

    A count keeps only bare phrases: "fighters of the group" and "members of Hezbollah" name whose
    they are, not what they are. A percentage keeps what it is of ("of the declared value")."""
    i = start
    while i + 1 < len(doc) and doc[i].lower_ == "of":
        j = i + 1
        while j < len(doc) and j not in index and (
            doc[j].pos_ in {"ADJ", "NOUN"}
            or (doc[j].tag_ == "VBN" and doc[j].dep_ == "amod")
            or (not bare and doc[j].pos_ in {"DET", "PRON"})
        ):
            j += 1
        if doc[j - 1].pos_ != "NOUN":
            return i
        i = j
    return i


def _unit_text(doc: Doc, amount: Amount, noun: Token, index: dict[int, Actor]) -> tuple[str, str, int]:
    """The unit as written, from after the number (or its "of") to the noun and a bare "of" phrase;
    what happened to them ("killed or badly wounded"); the token after both."""
    start = amount.end + (1 if amount.end < len(doc) and doc[amount.end].lower_ == "of" else 0)
    end = _of_complement(doc, noun.i + 1, index) if noun.i >= amount.end else noun.i + 1
    words = _words(list(doc[start : noun.i + 1]), index) or noun.text
    rest = _words(list(doc[noun.i + 1 : end]), index)
    after = _participle_end(doc, end, noun)
    return (f"{words} {rest}" if rest else words), _words(list(doc[end:after]), index), after


def _participle_end(doc: Doc, start: int, noun: Token) -> int:
    """The end of a participle said of the counted noun right after it: "people killed", "men
    killed or badly wounded", "weapons seized"."""
    first = doc[start] if start < len(doc) else None
    if first is None or first.tag_ != "VBN" or not (first.head.i == noun.i or noun.head.i == first.i):
        return start
    if any(c.dep_ == "agent" for c in first.children):
        return start  # "fighters led by X" says whose they are, not what happened to them
    end = start + 1
    i = end
    while i < len(doc) and (doc[i].pos_ in {"CCONJ", "ADV"} or (doc[i].tag_ == "VBN" and doc[i].head.i == first.i)):
        i += 1
        if doc[i - 1].tag_ == "VBN":
            end = i
    return end


def _place(doc: Doc, amount: Amount, previous: _Found | None, index: dict[int, Actor]) -> _Found | None:
    """The amount with its unit and rate, or None when it counts nothing a claim can be about. An
    estimate ("estimated at 1,500") is hedged "about"."""
    found = _placed(doc, amount, previous, index)
    if found is not None and found.amount.qualifier == "exact" and _estimate(found) is not None:
        found.amount = replace(found.amount, qualifier="about")
    return found


def _placed(doc: Doc, amount: Amount, previous: _Found | None, index: dict[int, Actor]) -> _Found | None:
    number = doc[amount.number_start : amount.end].root
    if amount.currency or amount.currency_word:
        unit = amount.currency or amount.currency_word or ""
        return _Found(amount, number, None, unit, "money", _rate(doc, amount.end, number))
    if _is_percent(doc, amount):
        word = doc[amount.end + (1 if doc[amount.end].lower_ == "per" else 0)]
        end = _of_complement(doc, word.i + 1, index, bare=False)
        rest = _words(list(doc[word.i + 1 : end]), index)
        unit = f"percent {rest}" if rest else "percent"
        return _Found(amount, number, word, unit, load_nouns().unit_class("percent"), share=True)
    noun = _counted_token(doc, amount, index)
    if noun is not None:
        if noun.i in index:  # "60,000 Tigrayans": the people counted are an actor of the document
            return _Found(amount, number, noun, noun.text, "people")
        if any(not is_unit_word(t.text) for t in doc[amount.end : noun.i + 1]):
            return None  # "nine years", "a 61-year-old"
        unit, happened, end = _unit_text(doc, amount, noun, index)
        if _ratio(doc, end):
            return None
        full = f"{unit} {happened}" if happened else unit
        return _Found(amount, number, noun, full, load_nouns().unit_class(unit), _rate(doc, end, noun))
    strong = _strength_of(doc, amount)
    if strong is not None:  # "a 2,000-strong force": a force of 2,000 people
        return _Found(amount, number, strong, f"strong {strong.text}", "people")
    estimated = _estimated_noun(number)
    if estimated is not None:  # "Turji's fighters, estimated at 1,500": 1,500 fighters
        unit = _words([estimated], index) or estimated.text
        return _Found(amount, number, estimated, unit, load_nouns().unit_class(unit))
    partitive = any(c.dep_ == "prep" for c in number.children)  # "300 of them"
    if previous is not None and not partitive and number.dep_ in {"pobj", "dobj", "attr", "conj", "appos"}:
        return _Found(amount, number, None, previous.unit, previous.unit_class)  # an elided unit
    return None


def _counted_token(doc: Doc, amount: Amount, index: dict[int, Actor]) -> Token | None:
    """The noun counted, or the people named right after the number ("60,000 Tigrayans")."""
    if amount.end < len(doc):
        after = doc[amount.end]
        actor = index.get(after.i)
        if actor is not None and actor.type == "group" and after.tag_ in {"NNS", "NNPS"}:
            return after
    return _unit_token(doc, amount)


def _ratio(doc: Doc, end: int) -> bool:
    """ "ten new accounts for every one we close": a ratio, not a count."""
    words = [t.lower_ for t in doc[end : end + 3]]
    return len(words) == 3 and words[0] == "for" and words[1] in {"every", "each"} and doc[end + 2].like_num


def _strength_of(doc: Doc, amount: Amount) -> Token | None:
    """ "a 2,000-strong force": the noun whose strength the number is."""
    end = amount.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end + 1].lower_ != "strong":
        return None
    head = doc[end + 1].head
    return head if head.pos_ in {"NOUN", "PROPN"} and head.i > end + 1 else None


def _estimated_noun(token: Token) -> Token | None:
    """ "Turji's fighters, estimated at 1,500", "an arsenal put at 150,000 rockets": the noun an
    estimate is said of, when TOKEN is what follows "at"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "at" or prep.head.lemma_.lower() not in word_set("estimate_verbs"):
        return None
    verb = prep.head
    if verb.dep_ == "acl":
        return verb.head if verb.head.pos_ == "NOUN" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "X's fighters are estimated at"
    return subject if subject is not None and subject.pos_ == "NOUN" else None


# -- rates: "a month", "per kilogram of coltan", "on signing" --------------------------------------


@dataclass
class _Rates:
    """What an amount is paid per, as said: "a month", "per kilogram of coltan", "on signing"."""

    periods: list[str]
    per: list[str]
    occasions: list[str]

    def text(self) -> str:
        return " ".join(self.periods + self.per + self.occasions)


def _rate(doc: Doc, start: int, anchor: Token) -> str:
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
    while node.head.i != node.i and not _governs(node.head):
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


# -- whose it is and who says so ----------------------------------------------------------------


def _governs(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun that has a subject ("The Fursan control ...")."""
    if token.pos_ in {"VERB", "AUX"}:
        return token.dep_ not in NOUN_DEPS  # "pays recruits $20": "recruits" is no verb
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _off_path(prep: Token) -> bool:
    """A preposition whose object is company or source; "with" after "supply", "arm" … is the theme."""
    if prep.lower_ == "with":
        return prep.head.lemma_.lower() not in claim_verbs()["with_theme"]
    return prep.lower_ in OFF_PATH_PREPS


def _reduced_participle(verb: Token) -> bool:
    """ "lost more than 1,900 men killed or wounded": the parser made the men the subject of
    "killed", a participle with no auxiliary that only describes them."""
    if verb.tag_ != "VBN" or verb.dep_ in {"ROOT", "ccomp", "relcl"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _clause(token: Token) -> tuple[Token, Token] | None:
    """The verb governing TOKEN, and the child of the verb on the way up.

    None when the amount hangs from the verb by a preposition that makes it company or source,
    not object ("interviews with 48 people", "statements from two bankers", "run by two brothers");
    "including 31 rifles" belongs to the noun it lists from."""
    node = token
    while node.head.i != node.i:
        head = node.head
        if head.lower_ in {"including", "among"} and node.dep_ == "pobj":
            node = head
            continue
        if head.dep_ in {"prep", "agent"} and node.dep_ == "pobj" and _off_path(head):
            return None
        if node.dep_ == "nsubj" and _reduced_participle(head):
            node = head
            continue
        if _governs(head):
            return head, node
        node = head
    return None


def _possessor(node: Token, unit_class: str, resolver: _Resolver) -> Actor | None:
    """Whose the counted NODE is: "Hassan's 12,000 fighters", "its 400 gunmen", "Hassan's network of
    14 command rooms", "Hezbollah, with 5,000 fighters", "the 300 rifles Hamas bought"; a body
    counted by name ("Hezbollah's 2,000-strong Radwan unit"); a commander's men are his unit's
    ("37 of his men")."""
    named = resolver.index.get(node.i)
    if named is not None and named.type in {"organization", "group"}:
        return named
    owner = _relative_owner(node, resolver)
    if owner is not None:
        return owner
    while True:
        for child in node.children:
            if child.dep_ == "poss":
                owner = resolver.actor(child)
                if owner is not None and owner.type == "person" and unit_class == "people":
                    return resolver.led_by(owner) or owner
                return owner
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        prep = node.head
        if prep.lower_ == "with" and prep.head.i in resolver.index:
            return resolver.index[prep.head.i]
        if prep.lower_ != "of" or _governs(prep.head):
            return None
        node = prep.head


def _relative_owner(noun: Token, resolver: _Resolver) -> Actor | None:
    """ "the 9,400 firearms it submitted", "the 300 rifles Hamas bought": the subject of a relative
    clause on the counted noun, when that clause has its own subject (not "which", "that")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() in claim_verbs()["reporting"] or clause.lemma_.lower() in speech_verbs():
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ not in RELATIVE:
            return resolver.actor(subject)
    return None


def _named_on(noun: Token | None, unit_class: str, resolver: _Resolver) -> Actor | None:
    """ "300 Hizballah fighters", "fighters of the ELN", "fighters loyal to X", "60,000 Tigrayans":
    the body the counted people belong to, or the people themselves."""
    if noun is None or unit_class != "people":
        return None
    if noun.i in resolver.index:
        return resolver.index[noun.i]
    for child in noun.children:
        actor = resolver.index.get(child.i)
        if child.dep_ in {"compound", "amod", "nmod"} and actor is not None and actor.type in {"organization", "group"}:
            return actor
        if child.dep_ == "prep" and child.lower_ in {"of", "under", "from"}:
            actor = _object_actor(child, resolver)
        elif child.lemma_.lower() in word_set("allegiance_words"):  # "fighters loyal to X", "linked to X"
            actor = next((a for p in child.children if p.dep_ == "prep" for a in [_object_actor(p, resolver)] if a), None)
        elif child.dep_ == "acl" and child.lemma_.lower() in word_set("leadership_verbs"):  # "fighters led by X"
            actor = next((a for p in child.children if p.dep_ == "agent" for a in [_object_actor(p, resolver)] if a), None)
        else:
            continue
        if actor is not None:
            return actor
    return None


def _object_actor(prep: Token, resolver: _Resolver) -> Actor | None:
    """The actor a preposition's object stands for, other than a place."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        actor = resolver.actor(obj)
        if actor is not None and actor.type != "location":
            return actor
    return None


def _scene(found: _Found, resolver: _Resolver) -> Actor | None:
    """People counted where something happened to them, when they are the subject of the clause
    or carry the participle: "57 detainees died in Fano custody" (who held them), "15,000 miners
    work at Rubaya", "2,300 people killed in the Ouest department" (the place)."""
    noun = found.unit_token
    if noun is None or found.unit_class != "people":
        return None
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_set("scene_verbs")]
    if noun.dep_ in SUBJECT_DEPS and noun.head.lemma_.lower() in word_set("scene_verbs"):
        verbs.append(noun.head)
    place: Actor | None = None
    for verb in verbs:
        if any(c.dep_ == "agent" for c in verb.children):
            continue  # "killed by X" is X's claim, found by the clause rules
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPS):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                holder = _holder(obj, resolver)
                if holder is not None:
                    return holder
                actor = resolver.index.get(obj.i) or resolver.refs.actor_of(obj)
                if place is None and actor is not None and actor.type == "location":
                    place = actor
    return place


def _holder(obj: Token, resolver: _Resolver) -> Actor | None:
    """ "Fano custody", "the custody of the militia", "the hands of X": who holds them."""
    if obj.lemma_.lower() not in word_set("custody_nouns") and obj.lower_ not in word_set("custody_nouns"):
        return None
    for child in obj.children:
        actor = resolver.index.get(child.i)
        if child.dep_ == "poss":
            actor = resolver.actor(child)
        if child.dep_ in {"compound", "poss", "nmod", "amod"} and actor is not None and actor.type != "location":
            return actor
        if child.dep_ == "prep" and child.lower_ == "of":
            for o in (c for c in child.children if c.dep_ == "pobj"):
                actor = resolver.actor(o)
                if actor is not None and actor.type != "location":
                    return actor
    return None


def _accused(verb: Token) -> Token | None:
    """ "whom the FGR accuses of moving …", "X was charged with paying …": the one accused."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"of", "with", "for"}:
        return None
    accuser = verb.head.head
    if accuser.lemma_.lower() not in word_set("accuse_verbs"):
        return None
    for deps in ({"dobj"}, {"nsubjpass"}):
        for child in accuser.children:
            if child.dep_ in deps:
                return child
    return None


def _accuser(verb: Token) -> Token | None:
    """The subject of "accuses" (or the agent of "is accused by")."""
    if _accused(verb) is None:
        return None
    accuser = verb.head.head
    for child in accuser.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _subject_token(verb: Token) -> Token | None:
    """The subject of a verb, through conjoined, open-complement and relative clauses."""
    current = verb
    for _ in range(5):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        accused = _accused(current)
        if accused is not None:
            return accused
        if current.dep_ == "ccomp":
            return _object_before(current)
        if current.dep_ in {"relcl", "acl"}:
            return current.head
        if current.dep_ not in {"conj", "xcomp", "advcl", "acomp"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def _object_before(verb: Token) -> Token | None:
    """ "broker estimated KIA got $1.5m": the tagger made KIA the object of "estimated"."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ == "dobj" and before.head.i == verb.head.i:
        return before
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _agents(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def _grammatical_subject(verb: Token, child: Token) -> Token | None:
    """Whose the amount is: the clause subject, the agent of a passive, nobody when the amount is the subject."""
    if child.dep_ in {"nsubj", "csubj"}:
        return None
    if _passive(verb):
        agents = _agents(verb)
        if agents or child.dep_ == "nsubjpass":
            return agents[0] if agents else None
    return _subject_token(verb)


def _according_to(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _leading_source(sent: Span, verb: Token) -> int | None:
    """ "According to the minister, Saleh al-Hamdi, the Huthis have ...": where that phrase ends."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return None
    commas = [t.i for t in sent if t.text == "," and t.i < verb.i]
    return commas[-1] if commas else None


def _speech_subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject of the speech verb the clause of VERB is reported by ("X said", "X estimates that",
    "the pay, X said, while …"), or of the verb accusing someone of it ("the FGR accuses him of moving")."""
    node = verb
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in speech_verbs():
            return _subject_token(head), True
        accuser = _accuser(node)
        if accuser is not None:
            return accuser, True
        node = head
    for child in verb.children:  # "Importers pay the group 2.5 percent, Ilmi said, while …"
        if child.dep_ == "parataxis" and child.lemma_.lower() in speech_verbs():
            return _subject_token(child), True
    for token in verb.sent:  # ", the Darfur Mining Observatory, a monitoring group, estimated in a report"
        if token.i > verb.i and token.dep_ in {"acl", "relcl"} and token.lemma_.lower() in speech_verbs():
            return token.head, True
    return None, False


@dataclass
class _Attribution:
    """Who reports the clause: the speech verb's subject token, its actor, and whether anyone does."""

    speaker: Token | None = None
    claimant: Actor | None = None
    said: bool = False


def _attribution(verb: Token, resolver: _Resolver) -> _Attribution:
    speaker, said = _speech_subject(verb)
    if said:
        return _Attribution(speaker, _source(speaker, resolver), True)
    source = _according_to(verb.sent)
    if source is not None:
        return _Attribution(None, _source(source, resolver), True)
    return _Attribution(None, _leading_claimant(verb, resolver), False)


def _source(token: Token | None, resolver: _Resolver) -> Actor | None:
    """A claimant is a person or an organization: places and peoples do not assert numbers. A
    report stands for its author; "it says" after "the X assessment says" is that assessment."""
    if token is None:
        return None
    for part in [token, *token.conjuncts]:  # "according to three officials and an assessment by NISA"
        actor = _author(part, resolver)
        if actor is None and part.lower_ in {"it", "they"} and not resolver.in_quote(part):
            actor = _previous_source(part, resolver)
        if actor is None:
            actor = resolver.actor(part)
        if actor is not None and actor.type in CLAIMANT_TYPES:
            return actor
    return None


def _author(token: Token, resolver: _Resolver) -> Actor | None:
    """ "a 2024 report by UCREF", "the NISA assessment", "HAAP's report"; "the report" alone in a
    body's own report (its name heading the document) is that body."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in word_set("document_nouns"):
        return None
    actor = _named_author(token, resolver)
    if actor is not None:
        return actor
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if determiners & {"a", "an"}:
        return _author_later(token, resolver)  # "a confidential assessment … The assessment, prepared by NISA"
    if token.lemma_.lower() in word_set("own_report_nouns") and determiners & {"the", "this", "our"}:
        return resolver.header_body()
    return None


def _named_author(token: Token, resolver: _Resolver) -> Actor | None:
    """ "the NISA assessment", "HAAP's report", "a report by UCREF", "the assessment, prepared by NISA"."""
    for child in token.children:
        if child.dep_ in {"compound", "poss", "nmod"}:
            actor = resolver.actor(child)
            if actor is not None:
                return actor
        preps = [child] if child.dep_ == "prep" and child.lower_ in {"by", "from", "of"} else []
        if child.dep_ == "acl" and child.lemma_.lower() in word_set("author_verbs"):
            preps = [c for c in child.children if c.dep_ == "agent"]  # "prepared by NISA", not "seen by Reuters"
        for obj in (o for p in preps for o in p.children if o.dep_ == "pobj"):
            actor = resolver.actor(obj)
            if actor is not None:
                return actor
    return None


def _author_later(token: Token, resolver: _Resolver) -> Actor | None:
    """The author the next sentence gives "the <same document>"."""
    sent = token.sent
    if sent.end >= len(token.doc):
        return None
    for t in token.doc[sent.end].sent:
        if t.lemma_ == token.lemma_ and any(c.lower_ == "the" for c in t.children):
            return _named_author(t, resolver)
    return None


def _previous_source(token: Token, resolver: _Resolver) -> Actor | None:
    """The author of the document the sentence before reported from ("…, the NISA assessment says. It
    says he oversees …")."""
    sent = token.sent
    if sent.start == 0:
        return None
    for t in token.doc[sent.start - 1].sent:
        if t.lemma_.lower() in speech_verbs() and t.pos_ == "VERB":
            subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
            author = _author(subject, resolver) if subject is not None else None
            if author is not None:
                return author
    return None


def _leading_claimant(verb: Token, resolver: _Resolver) -> Actor | None:
    """The person or organization named in a leading "According to ..." phrase."""
    cut = _leading_source(verb.sent, verb)
    if cut is None:
        return None
    for token in verb.doc[verb.sent.start : cut]:
        actor = resolver.index.get(token.i)
        if actor is not None and actor.type in CLAIMANT_TYPES:
            return actor
    return None


def _partitive(found: _Found) -> bool:
    """ "two of Sablin's battalion commanders": the number picks some of someone's people."""
    return found.unit_token is not None and found.unit_token.head.lower_ == "of" and not found.amount.vague


def _subjects(verb: Token, child: Token, resolver: _Resolver, speaker: Token | None) -> list[Actor]:
    subject = _grammatical_subject(verb, child)
    if subject is None:
        return []
    cut = _leading_source(verb.sent, verb)
    if cut is not None and subject.i < cut:  # the parser took the source for the subject
        later = [t for t in verb.doc[cut + 1 : verb.i] if t.i in resolver.index]
        return resolver.actors(later[0]) if later else []
    return resolver.actors(subject, speaker)


# -- payments nobody in particular makes ---------------------------------------------------------


def _recipient(verb: Token, found: _Found, resolver: _Resolver) -> Token | None:
    """Who a payment goes to: an actor right before the amount ("paid the government $200 and
    al-Shabab $350"), else the indirect object ("pay the group", "paid $300 to Hezbollah")."""
    start = found.amount.start
    if start > 0 and (start - 1) in resolver.index and verb.doc[start - 1].dep_ not in SUBJECT_DEPS:
        return verb.doc[start - 1]
    return _indirect_object(verb, found.anchor)


def _indirect_object(verb: Token, amount: Token | None = None) -> Token | None:
    """ "pay the group 2.5 percent", "paid them $100", "paid $300 to Hezbollah"."""
    for child in verb.children:
        if child.i == (amount.i if amount is not None else -1):
            continue
        if child.dep_ in {"dative", "prep"} and child.lower_ == "to":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
        if child.dep_ == "dative":
            return child
        if child.dep_ == "dobj" and amount is not None and child.i < amount.i and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child  # "paid them between $100 and $300": the parser's object is the payee
    return None


def _sibling_recipient(verb: Token) -> Token | None:
    """ "Importers pay the group 2.5 percent, while truck drivers pay $300 per trip": the payee of a
    payment clause joined to this one."""
    siblings = [c for c in verb.children if c.dep_ in {"conj", "advcl"}]
    if verb.dep_ in {"conj", "advcl"}:
        siblings.append(verb.head)
    for other in siblings:
        if other.lemma_.lower() in word_set("pay_verbs"):
            found = _indirect_object(other)
            if found is not None:
                return found
    return None


def _payee(verb: Token, child: Token, found: _Found, resolver: _Resolver, speaker: Token | None) -> list[Actor] | None:
    """Money (or a levy's percentage) that someone nobody in particular pays is a claim about who
    takes it: "every trader pays US$6" (no payee named: the body the document is about), "truck
    drivers pay the group $300", "recruits are offered 400,000 roubles". None when the payer is
    named, or the verb is no payment: the ordinary rules decide."""
    lemma = verb.lemma_.lower()
    if (found.unit_class != "money" and not found.share) or lemma not in word_set("pay_verbs"):
        return None
    if child.dep_ in SUBJECT_DEPS:
        return None
    if _passive(verb):
        payee = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if _agents(verb) or payee is None or resolver.actors(payee, speaker):
            return None
        return _levied_by_topic(verb, found, resolver)
    payer = _subject_token(verb)
    if payer is None or resolver.actors(payer, speaker):
        return None  # a payer the record names: the ordinary rules ("Karrar transferred $1.5m")
    recipient = _recipient(verb, found, resolver) or _sibling_recipient(verb)
    if recipient is not None:
        return resolver.actors(recipient)
    return _levied_by_topic(verb, found, resolver)


def _levied_by_topic(verb: Token, found: _Found, resolver: _Resolver) -> list[Actor]:
    """A levy with no payee named ("every trader pays US$6 per kilogram", "recruits are offered
    400,000 roubles on signing") is the document's main body's: only for a rate paid or offered,
    not a gift ("donors gave $5m"), a one-off ("paid $300 in bribes") or a purchase ("pay $5 a
    month for water")."""
    if verb.lemma_.lower() not in word_set("levied_pay_verbs") or not found.rate:
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if objects and not any(d.lower_ in EACH for o in objects for d in o.children):
            return []
    topic = resolver.topic()
    return [topic] if topic is not None else []


# -- putting it together --------------------------------------------------------------------------


def _subjects_and_claimant(found: _Found, resolver: _Resolver) -> tuple[list[Actor], Actor | None]:
    """Whose the amount is, and who asserts it."""
    estimate = _estimate(found)
    if estimate is not None:
        return _estimated_claim(found, *estimate, resolver)
    placed = _clause(found.anchor)
    owner = _possessor(found.anchor, found.unit_class, resolver)
    if placed is None:
        subjects = [owner] if owner is not None and not found.share else []
        return subjects, _voice_claimant(found, resolver) if subjects else None
    verb, child = placed
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return [], None
    if found.share and lemma not in word_set("levy_verbs"):
        return [], None  # "Hamas won 60 percent of the vote": a share, not a levy
    self_claim = lemma in claim_verbs()["self"]
    if not self_claim and (lemma in claim_verbs()["reporting"] or lemma in speech_verbs()):
        return _counted_by_reporter(found, verb, resolver)
    said = _attribution(verb, resolver)
    subjects = _whose(found, verb, child, owner, resolver, said.speaker)
    if self_claim and not said.said:
        return subjects, subjects[0] if subjects else None  # "Hassan claims control of 12,000"
    if said.claimant is None and not said.said:
        return subjects, _voice_claimant(found, resolver)
    return subjects, said.claimant


def _estimate(found: _Found) -> tuple[Token, Token] | None:
    """The noun an estimate puts at this amount, and the estimating verb ("fighters, estimated at
    1,500", "X's fighters are estimated at 5,000", "an arsenal estimated at 150,000 rockets")."""
    for token in (found.number, found.unit_token):
        noun = _estimated_noun(token) if token is not None else None
        if noun is not None and token is not None:
            return noun, token.head.head
    return None


def _estimated_claim(found: _Found, noun: Token, verb: Token, resolver: _Resolver) -> tuple[list[Actor], Actor | None]:
    """An estimate is about the owner of the noun it is said of, else (for "an arsenal estimated
    at …" inside a clause) about that clause's subject; whoever it is "estimated by", or the one
    who says the sentence, claims it."""
    owner = _possessor(noun, found.unit_class, resolver) or _named_on(noun, found.unit_class, resolver)
    placed = _clause(noun) if verb.dep_ == "acl" else None
    subjects = [owner] if owner is not None else []
    if not subjects and placed is not None:
        subjects = _subjects(placed[0], placed[1], resolver, None)
    by = [o for t in (verb, found.number) for c in t.children if c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    claimant = _source(by[0], resolver) if by else None
    if claimant is None and placed is not None:
        claimant = _attribution(placed[0], resolver).claimant
    return subjects, claimant or (_voice_claimant(found, resolver) if subjects else None)


def _counted_by_reporter(found: _Found, verb: Token, resolver: _Resolver) -> tuple[list[Actor], Actor | None]:
    """ "Reuters interviewed 48 people", "the UN estimated 5,000": nobody owns a reporter's count;
    but "the group counted 2,300 people killed in the Ouest department" is about the place, and
    the counter says so."""
    scene = _scene(found, resolver)
    if scene is None:
        return [], None
    return [scene], _source(_subject_token(verb), resolver) or _attribution(verb, resolver).claimant


def _whose(
    found: _Found, verb: Token, child: Token, owner: Actor | None, resolver: _Resolver, speaker: Token | None
) -> list[Actor]:
    """The actors the amount is about, in order of the rules: possessor, clause subject, payee,
    the clause an acl hangs from, the people counted or where they were."""
    subjects = [owner] if owner is not None else []
    if not subjects or _partitive(found):  # "poached two of Sablin's commanders": the poacher's claim
        subjects = _subjects(verb, child, resolver, speaker) or subjects
    if not subjects:
        subjects = _payee(verb, child, found, resolver, speaker) or []
    if not subjects and verb.dep_ == "acl":  # "charges every truck leaving the town 1 million pesos"
        outer = _clause(verb.head)
        if outer is not None:
            subjects = _subjects(outer[0], outer[1], resolver, speaker)
    if not subjects:
        # the people counted, or where they died, when they are what the clause is about: not
        # "airstrikes killed 40 prisoners held in Idlib", whose subject is no actor
        scene = _scene(found, resolver) if child.dep_ in SUBJECT_DEPS else None
        named = _named_on(found.unit_token, found.unit_class, resolver) or scene
        subjects = [named] if named is not None else []
    return subjects


def _voice_claimant(found: _Found, resolver: _Resolver) -> Actor | None:
    """Who says it when the sentence does not: the speaker of the quotation or transcript line the
    amount is in; only persons and organizations assert."""
    speaker = resolver.voice(found.number.idx)
    return speaker if speaker is not None and speaker.type in CLAIMANT_TYPES else None


# -- the stage ------------------------------------------------------------------------------------


def find_claims(doc: Doc) -> list[Claim]:
    """Every number the document asserts about one of its actors, once per subject, value and unit."""
    index: dict[int, Actor] = doc._.actor_index or {}
    resolver = _Resolver(doc)
    claims: list[Claim] = []
    seen: set[tuple[str, float, str]] = set()  # a number repeated (headline, then body) is one claim
    previous: _Found | None = None
    for amount in scan_amounts([t.text for t in doc], doc.text):
        if previous is not None and doc[amount.start].sent.start != previous.number.sent.start:
            previous = None
        if _excluded(doc, amount, index):
            continue
        found = _place(doc, amount, previous, index)
        if found is None:
            continue
        previous = found
        subjects, claimant = _subjects_and_claimant(found, resolver)
        for subject in subjects:
            key = (subject.id, amount.value, found.unit_class)
            if key not in seen:
                seen.add(key)
                claims.append(_claim(found, subject, claimant))
    return claims


def _claim(found: _Found, subject: Actor, claimant: Actor | None) -> Claim:
    amount = found.amount
    sent = found.number.sent
    return Claim(
        subject=subject,
        value=amount.value,
        unit=found.full_unit,
        unit_class=found.unit_class,
        qualifier=amount.qualifier,
        evidence=(sent.start_char, sent.start_char + len(sent.text.rstrip())),
        claimant=claimant,
        value_max=amount.value_max,
    )


@Language.component("actormap_claims", requires=["doc._.actors"], assigns=["doc._.claims"])
def claims_component(doc: Doc) -> Doc:
    """Fill doc._.claims with the numbers asserted about the document's actors."""
    doc._.claims = find_claims(doc)
    return doc
