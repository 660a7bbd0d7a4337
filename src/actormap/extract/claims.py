"""Claims: numbers asserted about an actor (fighters held, money paid, sites controlled), with
the unit, the hedge and who asserts them.

Hand-written on spaCy's dependency parse because no offline model ties a number to the actor it
is about: NER finds "at least 54,000" but not that Makhlouf claims to control them. For each
amount (numbers.py) the rules find, in order:

- the unit: the noun the number counts ("12,000 fighters", "thousands of former soldiers"), the
  currency, or the unit of the previous amount in the sentence ("..., while Makhlouf claims
  control of at least 54,000");
- the subject: the possessor of that noun ("Hassan's fighters"), the organization named on it
  ("300 Hizballah fighters"), else the subject of the clause that has, pays or controls it;
- the claimant: the subject of a claim verb the clause hangs from ("X said", "X estimates"),
  the object of "according to", or the subject itself when it "claims" the number.

A number with no unit, no actor to be about, or that is a date, age, duration, share or part
of a name gives no claim: a wrong claim costs more than a missed one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor
from actormap.extract.facts import Claim
from actormap.extract.numbers import Amount, is_unit_word, scan_amounts
from actormap.extract.patterns import word_list, yaml_data
from actormap.extract.quotes import _Speakers, speech_verbs
from actormap.model import load_nouns

SUBJECT_TYPES = {"person", "organization", "group", "location"}
OWNER_TYPES = {"person", "organization", "group"}
NAME_LABELS = {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART"}
NOT_CLAIM_LABELS = {"DATE", "TIME", "ORDINAL", "PERCENT"}
DEFINITE = {"the", "these", "those"}
RELATIVE = {"who", "which", "that"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
MAX_UNIT_GAP = 4


@lru_cache(maxsize=1)
def claim_verbs() -> dict[str, frozenset[str]]:
    """numbers.yaml's verb lists: self-claim verbs and reporting verbs."""
    data = yaml_data("numbers")["claim_verbs"]
    return {kind: frozenset(str(v) for v in verbs) for kind, verbs in data.items()}


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    return frozenset(word_list("role_nouns"))


@dataclass
class _Found:
    """An amount placed in the parse: its tokens and the noun it counts."""

    amount: Amount
    number: Token  # the syntactic head of the amount's own tokens
    unit_token: Token | None
    unit: str
    unit_class: str

    @property
    def anchor(self) -> Token:
        """Where the amount sits in the parse: the noun it counts, else the number."""
        return self.unit_token or self.number


class _Resolver:
    """Turns a token (a name, an appositive, a pronoun, a role noun) into the actor it stands for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.index: dict[int, Actor] = doc._.actor_index or {}
        self.actors: list[Actor] = doc._.actors or []
        self.speakers = _Speakers(doc, [])

    def actor(self, token: Token, hint: Actor | None = None) -> Actor | None:
        if token.i in self.index:
            return self.index[token.i]
        for child in token.children:
            if child.dep_ in {"appos", "flat"} and child.i in self.index:
                return self.index[child.i]
        if token.dep_ == "appos" and token.head.i in self.index:
            return self.index[token.head.i]
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            return hint if hint is not None and hint.type == "person" else self.speakers._last_person(token.idx)
        if lower in GROUP_PRONOUNS:
            return hint if hint is not None and hint.type in {"organization", "group"} else self._last_group(token.idx)
        if token.pos_ == "NOUN":
            return self._described(token)
        return None

    def actors_of(self, token: Token, hint: Actor | None = None) -> list[Actor]:
        """The actor of TOKEN and of each token conjoined with it ("Hassan and Makhlouf")."""
        found = []
        for t in [token, *(c for c in token.children if c.dep_ == "conj")]:
            actor = self.actor(t, hint)
            if actor is not None and actor.type in SUBJECT_TYPES and all(actor.id != f.id for f in found):
                found.append(actor)
        return found

    def _described(self, token: Token) -> Actor | None:
        """A role noun ("the governor", "commander Ali") standing for a named actor."""
        for child in token.children:
            if child.dep_ == "compound" and child.i in self.index:
                actor = self.index[child.i]
                return actor if token.lemma_.lower() in role_nouns() else None
        head = token.lemma_.lower()
        if head not in role_nouns() and head not in {"group", "militia", "brigade", "faction", "movement"}:
            return None
        for actor in reversed(self._mentioned_before(token.idx)):
            if any(d.head == head for d in actor.descriptors):
                return actor
        return None

    def _mentioned_before(self, position: int) -> list[Actor]:
        return self.speakers._mentioned_before(position)

    def _last_group(self, position: int) -> Actor | None:
        """The organization or group "it"/"they" points back to: the latest one named before."""
        best, best_start = None, -1
        for actor in self.actors:
            if actor.type not in {"organization", "group"}:
                continue
            for m in actor.mentions:
                if best_start < m.start_char < position:
                    best, best_start = actor, m.start_char
        return best


def _excluded(doc: Doc, amount: Amount, index: dict[int, Actor]) -> bool:
    """A date, an age, a share, a definite reference or a number inside a name."""
    tokens = doc[amount.number_start : amount.number_end]
    if any(t.ent_type_ in NOT_CLAIM_LABELS for t in tokens) and not amount.currency:
        return True
    if any(t.i in index or t.ent_type_ in NAME_LABELS for t in tokens):
        return True
    if amount.number_end - amount.number_start == 1 and tokens[0].lower_ in {"one", "a", "an"}:
        return True
    before = doc[amount.start - 1] if amount.start > 0 else None
    if before is None or amount.start == tokens.sent.start:
        return False
    if before.lower_ in DEFINITE or before.lower_ == "aged":
        return True
    if before.text[:1].isupper() and before.is_alpha and before.ent_type_ != "DATE" and not amount.currency:
        return True  # "Brigade 47", "Resolution 2216", "Building 14"
    return _is_age(doc, amount)


def _is_age(doc: Doc, amount: Amount) -> bool:
    """ "Bouzid, 52, a former officer": a bare number between commas after a name."""
    start, end = amount.start, amount.end
    if start < 2 or end >= len(doc) or amount.currency:
        return False
    return doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN" and doc[end].is_punct


def _unit_token(doc: Doc, amount: Amount) -> Token | None:
    """The noun the amount counts: the head of its number, else "of" + noun, else the noun after it."""
    last = doc[amount.number_end - 1]
    head = last.head
    if head.i >= amount.end and head.i - amount.end < MAX_UNIT_GAP and head.pos_ == "NOUN":
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
        if token.pos_ not in {"ADJ", "NOUN", "PROPN", "VERB"} or token.is_punct:
            return None
    return None


def _unit_text(doc: Doc, amount: Amount, noun: Token) -> str:
    """The unit as written, from after the number (or its "of") to the noun, without determiners or names."""
    start = amount.end
    if start < len(doc) and doc[start].lower_ == "of":
        start += 1
    index = doc._.actor_index or {}
    words = [t.text for t in doc[start : noun.i + 1] if t.pos_ not in {"DET", "PRON"} and t.i not in index and not t.is_punct]
    return " ".join(words) or noun.text


def _place(doc: Doc, amount: Amount, previous: _Found | None) -> _Found | None:
    """The amount with its unit, or None when it counts nothing a claim can be about."""
    number = doc[amount.number_start : amount.end].root
    if amount.currency or amount.currency_word:
        unit = amount.currency or amount.currency_word or ""
        return _Found(amount, number, None, unit, "money")
    noun = _unit_token(doc, amount)
    if noun is not None:
        if not is_unit_word(noun.text) or any(not is_unit_word(t.text) for t in doc[amount.end : noun.i]):
            return None
        unit = _unit_text(doc, amount, noun)
        return _Found(amount, number, noun, unit, load_nouns().unit_class(unit))
    if previous is not None and number.dep_ in {"pobj", "dobj", "attr", "conj", "appos"}:
        return _Found(amount, number, None, previous.unit, previous.unit_class)  # an elided unit
    return None


def _clause(token: Token) -> tuple[Token, Token] | None:
    """The verb governing TOKEN, and the child of the verb on the way up."""
    node = token
    while node.head.i != node.i:
        if node.head.pos_ in {"VERB", "AUX"}:
            return node.head, node
        node = node.head
    return None


def _owner(found: _Found, resolver: _Resolver) -> list[Actor]:
    """An actor the counted noun belongs to: "Hassan's fighters", "300 Hizballah fighters", "fighters of the ELN"."""
    noun = found.anchor
    node: Token | None = noun
    while node is not None:
        for child in node.children:
            if child.dep_ == "poss":
                actor = resolver.actor(child)
                return [actor] if actor is not None else []
        if node.i == noun.i:
            named = [resolver.index[c.i] for c in node.children if c.dep_ in {"compound", "amod"} and c.i in resolver.index]
            if named and named[0].type in {"organization", "group"} and found.unit_class == "people":
                return named[:1]
            for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in {"of", "under", "from"}):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    actor = resolver.actor(obj)
                    if actor is not None and actor.type in OWNER_TYPES:
                        return [actor]
        if node.head.i == node.i or node.head.pos_ in {"VERB", "AUX"}:
            return []
        if node.dep_ == "pobj" and node.head.lower_ == "with" and node.head.head.i in resolver.index:
            return [resolver.index[node.head.head.i]]  # "Hezbollah, with 5,000 fighters"
        node = node.head
    return []


def _verb_subject(verb: Token) -> Token | None:
    """The subject of a verb, through conjoined, open-complement and relative clauses."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return _antecedent(child, verb)
            return child
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        return _verb_subject(verb.head)
    if verb.dep_ in {"relcl", "acl"}:
        return verb.head
    return None


def _antecedent(relative: Token, verb: Token) -> Token:
    """ "Maher, who ...": the name just before the relative pronoun, else the noun the clause modifies."""
    before = relative.nbor(-1) if relative.i > 0 else relative
    if before.is_punct and before.i > 0:
        before = before.nbor(-1)
    return before if before.ent_type_ or before.pos_ == "PROPN" else verb.head


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _claimant(verb: Token, resolver: _Resolver) -> tuple[Actor | None, bool]:
    """Who asserts the clause of VERB, and whether a claim verb or "according to" said so at all."""
    node = verb
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in {"ccomp", "parataxis"} and head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in speech_verbs():
            subject = _verb_subject(head)
            return (resolver.actor(subject) if subject is not None else None), True
        node = head
    source = _according_to(verb.sent)
    if source is not None:
        return resolver.actor(source), True
    return None, False


def _according_to(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _subjects_and_claimant(found: _Found, resolver: _Resolver) -> tuple[list[Actor], Actor | None]:
    owners = _owner(found, resolver)
    placed = _clause(found.anchor)
    if placed is None:
        return owners, _according_to_actor(found, resolver)
    verb, child = placed
    if _negated(verb):
        return [], None
    lemma = verb.lemma_.lower()
    self_claim = lemma in claim_verbs()["self"]
    if not self_claim and lemma in claim_verbs()["reporting"] | speech_verbs():
        return [], None  # "Reuters interviewed 48 people", "the UN estimated 5,000": nobody owns the number
    claimant, attributed = (None, False) if self_claim else _claimant(verb, resolver)
    if owners:
        return owners, claimant
    subject = _grammatical_subject(verb, child)
    subjects = resolver.actors_of(subject, hint=claimant) if subject is not None else []
    if self_claim:
        return subjects, subjects[0] if subjects else None
    return subjects, claimant if attributed else None


def _grammatical_subject(verb: Token, child: Token) -> Token | None:
    """Whose the amount is: the clause subject, the agent of a passive, nobody when the amount is the subject."""
    if child.dep_ in {"nsubj", "csubj"}:
        return None
    if child.dep_ == "nsubjpass" or _is_passive(verb):
        agent = _agent(verb)
        if agent is not None or child.dep_ == "nsubjpass":
            return agent
    return _verb_subject(verb)


def _according_to_actor(found: _Found, resolver: _Resolver) -> Actor | None:
    source = _according_to(found.number.sent)
    return resolver.actor(source) if source is not None else None


def _evidence(found: _Found) -> tuple[int, int]:
    sent = found.number.sent
    return sent.start_char, sent.start_char + len(sent.text.rstrip())


def find_claims(doc: Doc) -> list[Claim]:
    """Every number the document asserts about one of its actors, once per subject and value."""
    index = doc._.actor_index or {}
    resolver = _Resolver(doc)
    words = [t.text for t in doc]
    claims: list[Claim] = []
    seen: set[tuple[str, float, str]] = set()
    previous: _Found | None = None
    for amount in scan_amounts(words, doc.text):
        if previous is not None and doc[amount.start].sent.start != previous.number.sent.start:
            previous = None
        if _excluded(doc, amount, index):
            continue
        found = _place(doc, amount, previous)
        if found is None:
            continue
        previous = found
        subjects, claimant = _subjects_and_claimant(found, resolver)
        for subject in subjects:
            key = (subject.id, amount.value, found.unit)
            if key in seen:
                continue
            seen.add(key)
            claims.append(_claim(found, subject, claimant))
    return claims


def _claim(found: _Found, subject: Actor, claimant: Actor | None) -> Claim:
    amount = found.amount
    return Claim(
        subject=subject,
        value=amount.value,
        unit=found.unit,
        unit_class=found.unit_class,
        qualifier=amount.qualifier,
        evidence=_evidence(found),
        claimant=claimant,
        value_max=amount.value_max,
    )


@Language.component("actormap_claims", requires=["doc._.actors"], assigns=["doc._.claims"])
def claims_component(doc: Doc) -> Doc:
    doc._.claims = find_claims(doc)
    return doc
