"""Claims: numbers asserted about an actor (fighters held, money paid, sites controlled), with
the unit, the hedge and who asserts them.

Hand-written on spaCy's dependency parse because no offline model ties a number to the actor it
is about: NER finds "at least 54,000" but not that Makhlouf claims to control them. For each
amount that numbers.py reads, the rules find, in order:

- the unit: the noun the number counts ("12,000 fighters", "thousands of former soldiers"), the
  currency, or the unit of the previous amount in the sentence ("..., while Makhlouf claims
  control of at least 54,000");
- the subject: the possessor of that noun ("Hassan's fighters"), else the subject of the clause
  that has, pays or controls it (the agent of a passive), else an organization named on the noun
  ("300 Hizballah fighters");
- the claimant: the subject itself when it "claims" the number, else the subject of a speech verb
  the clause hangs from ("X said", "X estimates that"), else the object of "according to".

A number with no unit, no actor it is about, or that is a date, age, duration, share or part of a
name gives no claim: a wrong claim costs as much as a missed one. docs/claims.md has examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor
from actormap.extract.facts import Claim
from actormap.extract.numbers import Amount, is_unit_word, scan_amounts
from actormap.extract.patterns import yaml_data
from actormap.extract.quotes import speech_verbs
from actormap.extract.reference import References, role_nouns
from actormap.model import load_nouns

NAME_LABELS = {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART"}
NOT_CLAIM_LABELS = {"DATE", "TIME", "ORDINAL", "PERCENT"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound"}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
RELATIVE = {"which", "that", "who"}
SPEAKER_PRONOUNS = {"i", "we", "us", "our", "you", "me", "my"}
CLAIMANT_TYPES = {"person", "organization"}
OFF_PATH_PREPS = {"from", "by", "against", "alongside", "besides"}
MAX_UNIT_GAP = 4


@lru_cache(maxsize=1)
def claim_verbs() -> dict[str, frozenset[str]]:
    """numbers.yaml's verb lists: `self` (the subject claims it of itself) and `reporting`."""
    data = yaml_data("numbers")["claim_verbs"]
    return {kind: frozenset(str(v) for v in verbs) for kind, verbs in data.items()}


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """numbers.yaml's nouns that stand for an armed group or organization named before ("the group")."""
    return frozenset(str(n) for n in yaml_data("numbers")["body_nouns"])


@dataclass
class _Found:
    """An amount placed in the parse: the head of its tokens, the noun it counts, the unit."""

    amount: Amount
    number: Token
    unit_token: Token | None
    unit: str
    unit_class: str

    @property
    def anchor(self) -> Token:
        """Where the amount sits in the parse: the noun it counts, else the number."""
        return self.unit_token or self.number


class _Resolver:
    """The shared References, made stricter where a wrong subject would be a wrong claim."""

    def __init__(self, doc: Doc) -> None:
        quotes = doc._.quotes or []
        self.quotes = [(q.start, q.end) for q in quotes]
        self.refs = References(doc, self.quotes)
        self.index = self.refs.index
        self.relations = doc._.relations or []

    def in_quote(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self.quotes)

    def actor(self, token: Token, speaker: Token | None = None) -> Actor | None:
        """The actor TOKEN stands for; a pronoun in reported speech may be its SPEAKER ("X says it has")."""
        lower = token.lower_
        if token.i in self.index:
            return self.index[token.i]
        if lower in SPEAKER_PRONOUNS:
            return None
        if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return self._pronoun(token, speaker)
        if token.pos_ == "NOUN":
            return self._noun(token)
        if token.pos_ == "PROPN" and any(c.lower_ == "the" for c in token.children):
            found = self.refs.definite(token)  # "The Ministry estimates ..." after "Ministry of Defence"
            if found is not None:
                return found
        found = self.refs.actor_of(token)
        if found is None and lower in RELATIVE and token.head.dep_ == "relcl":
            return self.actor(token.head.head)  # "a Dubai-based refiner, which paid ..."
        return found

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
        wanted = {"organization"} if token.lower_ in {"it", "its"} else {"organization", "group"}
        return self.refs.last_actor(token.idx, wanted)

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

    def _noun(self, token: Token) -> Actor | None:
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
        if found is not None and found.type == "person" and lemma in body_nouns():
            return self._led_by(found) or found  # "Ramírez's group": the body he leads
        if found is not None:
            return found
        children = list(token.children)
        bare = bool(children) and all(c.lower_ == "the" for c in children)
        if bare and lemma in body_nouns() and token.tag_ != "NNS":
            # "The group earns ...": the organization an earlier sentence (or clause before a ";") names
            semicolons = [t.idx for t in token.sent if t.text == ";" and t.i < token.i]
            return self.refs.last_actor(semicolons[-1] if semicolons else token.sent.start_char, {"organization"})
        return None

    def _led_by(self, person: Actor) -> Actor | None:
        """The one organization the relations say PERSON commands."""
        bodies = {
            r.target.id: r.target
            for r in self.relations
            if r.type == "commands" and r.source.id == person.id and r.target.type == "organization"
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def actors(self, token: Token, speaker: Token | None = None) -> list[Actor]:
        """The actors of TOKEN and of the tokens conjoined with it ("Hassan and Makhlouf")."""
        found: list[Actor] = []
        for t in [token, *token.conjuncts]:
            actor = self.actor(t, speaker)
            if actor is not None and all(actor.id != f.id for f in found):
                found.append(actor)
        return found


# -- what the number counts -------------------------------------------------------------------


def _excluded(doc: Doc, amount: Amount, index: dict[int, Actor]) -> bool:
    """A date, an age, a share, or a number inside a name ("Brigade 166", "Resolution 2216")."""
    tokens = doc[amount.number_start : amount.number_end]
    if not amount.currency and any(t.ent_type_ in NOT_CLAIM_LABELS for t in tokens):
        return True
    if any(t.i in index for t in tokens):
        return True
    if not amount.currency and any(t.ent_type_ in NAME_LABELS and t.like_num for t in tokens):
        return True
    if len(tokens) == 1 and tokens[0].lower_ in {"one", "a", "an"}:
        return True
    if amount.start == 0 or amount.start == tokens.sent.start:
        return False
    before = doc[amount.start - 1]
    if before.lower_ == "aged":
        return True
    if before.is_title and before.is_alpha and before.ent_type_ != "DATE" and not amount.currency:
        return True
    return _is_age(doc, amount)


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


def _unit_text(doc: Doc, amount: Amount, noun: Token, index: dict[int, Actor]) -> str:
    """The unit as written, from after the number (or its "of") to the noun, less determiners and names."""
    start = amount.end + (1 if amount.end < len(doc) and doc[amount.end].lower_ == "of" else 0)
    words = [t.text for t in doc[start : noun.i + 1] if t.pos_ not in {"DET", "PRON"} and t.i not in index and not t.is_punct]
    return " ".join(words) or noun.text


def _place(doc: Doc, amount: Amount, previous: _Found | None, index: dict[int, Actor]) -> _Found | None:
    """The amount with its unit, or None when it counts nothing a claim can be about."""
    number = doc[amount.number_start : amount.end].root
    if amount.currency or amount.currency_word:
        return _Found(amount, number, None, amount.currency or amount.currency_word or "", "money")
    noun = _unit_token(doc, amount)
    if noun is not None:
        if any(not is_unit_word(t.text) for t in doc[amount.end : noun.i + 1]):
            return None  # "nine years", "a 61-year-old", "40 percent"
        unit = _unit_text(doc, amount, noun, index)
        return _Found(amount, number, noun, unit, load_nouns().unit_class(unit))
    partitive = any(c.dep_ == "prep" for c in number.children)  # "300 of them"
    if previous is not None and not partitive and number.dep_ in {"pobj", "dobj", "attr", "conj", "appos"}:
        return _Found(amount, number, None, previous.unit, previous.unit_class)  # an elided unit
    return None


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
        if _governs(head):
            return head, node
        node = head
    return None


def _possessor(found: _Found, resolver: _Resolver) -> Actor | None:
    """ "Hassan's 12,000 fighters", "its 400 gunmen", "Hassan's network of 14 command rooms",
    "Hezbollah, with 5,000 fighters"."""
    node = found.anchor
    while True:
        for child in node.children:
            if child.dep_ == "poss":
                return resolver.actor(child)
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        prep = node.head
        if prep.lower_ == "with" and prep.head.i in resolver.index:
            return resolver.index[prep.head.i]
        if prep.lower_ != "of" or _governs(prep.head):
            return None
        node = prep.head


def _named_on(found: _Found, resolver: _Resolver) -> Actor | None:
    """ "300 Hizballah fighters", "fighters of the ELN": the body the counted people belong to."""
    noun = found.unit_token
    if noun is None or found.unit_class != "people":
        return None
    for child in noun.children:
        actor = resolver.index.get(child.i)
        if child.dep_ in {"compound", "amod", "nmod"} and actor is not None and actor.type in {"organization", "group"}:
            return actor
        if child.dep_ == "prep" and child.lower_ in {"of", "under", "from"}:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                actor = resolver.actor(obj)
                if actor is not None and actor.type != "location":
                    return actor
    return None


def _subject_token(verb: Token) -> Token | None:
    """The subject of a verb, through conjoined, open-complement and relative clauses."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if current.dep_ == "ccomp":
            return _object_before(current)
        if current.dep_ in {"relcl", "acl"}:
            return current.head
        if current.dep_ not in {"conj", "xcomp", "advcl"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def _object_before(verb: Token) -> Token | None:
    """ "broker estimated KIA got $1.5m": the tagger made KIA the object of "estimated"."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ == "dobj" and before.head.i == verb.head.i:
        return before
    return None


def _grammatical_subject(verb: Token, child: Token) -> Token | None:
    """Whose the amount is: the clause subject, the agent of a passive, nobody when the amount is the subject."""
    if child.dep_ in {"nsubj", "csubj"}:
        return None
    passive = child.dep_ == "nsubjpass" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    if passive:
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
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
    """The subject of the speech verb the clause of VERB is reported by ("X said", "X estimates that")."""
    node = verb
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in speech_verbs():
            return _subject_token(head), True
        node = head
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
    """A claimant is a person or an organization: places and peoples do not assert numbers."""
    actor = resolver.actor(token) if token is not None else None
    return actor if actor is not None and actor.type in CLAIMANT_TYPES else None


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


def _subjects_and_claimant(found: _Found, resolver: _Resolver) -> tuple[list[Actor], Actor | None]:
    """Whose the amount is, and who asserts it."""
    placed = _clause(found.anchor)
    owner = _possessor(found, resolver)
    if placed is None:
        return ([owner] if owner else []), None
    verb, child = placed
    if any(c.dep_ == "neg" for c in verb.children):
        return [], None
    lemma = verb.lemma_.lower()
    self_claim = lemma in claim_verbs()["self"]
    if not self_claim and (lemma in claim_verbs()["reporting"] or lemma in speech_verbs()):
        return [], None  # "Reuters interviewed 48 people", "the UN estimated 5,000": nobody owns them
    said = _attribution(verb, resolver)
    subjects = [owner] if owner is not None else []
    if not subjects or _partitive(found):  # "poached two of Sablin's commanders": the poacher's claim
        subjects = _subjects(verb, child, resolver, said.speaker) or subjects
    if not subjects and verb.dep_ == "acl":  # "charges every truck leaving the town 1 million pesos"
        outer = _clause(verb.head)
        if outer is not None:
            subjects = _subjects(outer[0], outer[1], resolver, said.speaker)
    if not subjects:
        named = _named_on(found, resolver)
        subjects = [named] if named is not None else []
    if self_claim and not said.said:
        return subjects, subjects[0] if subjects else None  # "Hassan claims control of 12,000"
    return subjects, said.claimant


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
        unit=found.unit,
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
