"""What a token refers to: a named actor, an actor's role phrase, or a pronoun pointing back.

Shared by the quote, claim and relation stages so that "he", "the governor" and
"Assad's cousin" resolve the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor
from actormap.extract.aliases import FORCE_NAME_WORDS, names_force, national_force_name
from actormap.extract.doc_text import text_of
from actormap.extract.first_person import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    Voice,
    voice_at,
)
from actormap.extract.patterns import word_list

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# "a commander known as X", "called X", "named X", "using the nom de guerre X", "going by X"
NAMING_VERBS = {"know", "call", "name", "use", "go", "identify"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
GENERIC_ORG_NOUNS = {"group", "militia", "organization", "organisation", "movement", "faction", "brigade", "firm",
                     "company", "network", "agency", "ministry", "government", "army", "office", "department",
                     "institute", "bank", "administration", "force", "service", "authority", "council", "party"}




# Nouns for a body: an appositive headed by one describes an organization, not a person.
BODY_NOUNS = {"group", "organization", "organisation", "company", "firm", "militia", "movement", "network", "charity",
              "monitor", "observatory", "agency", "body", "coalition", "alliance", "cartel", "gang", "faction", "ngo",
              "institute", "lender", "bank", "exchange", "refinery", "smelter", "business", "party", "outlet"}
PLACE_NOUNS = {"district", "province", "region", "state", "county", "governorate", "city", "town", "village", "territory",
               "municipality", "prefecture", "department", "zone", "camp", "valley"}
COMPANY_NOUNS = {"firm", "company", "business", "enterprise", "trader", "exporter", "importer", "dealership", "operator",
                 "supplier", "shipper", "carrier", "dealer", "distributor", "manufacturer", "lender", "broker",
                 "forwarder", "refiner", "refinery", "agent", "contractor", "wholesaler", "retailer"}
GROUP_NOUNS = {"community", "clan", "tribe", "sect", "minority", "youth", "elder", "herder"}
# Predicate nouns that stand for their subject: "X was a Lebanese national residing in Beirut".
PREDICATE_NOUNS = {"national", "citizen", "resident", "dealership", "exporter", "importer", "trader", "businessman",
                   "businesswoman", "company", "firm", "business", "organization", "organisation", "group", "militia",
                   "movement", "faction", "network", "man", "woman", "native", "entity"}
# Role nouns for a part of a body: "Hizballah's finance unit" stands for Hizballah, where
# "Hizballah's commander" is someone else.
BODY_PARTS = {"unit", "cell", "wing", "branch", "arm", "brigade", "battalion", "faction", "affiliate", "subsidiary",
              "offshoot", "office", "department", "division"}
# Men, units and positions that stand for the body they belong to: "VDP positions", "troops of the UPDF".
PART_NOUNS = {"patrol", "convoy", "element", "fighter", "troop", "soldier", "member", "personnel", "officer", "man",
              "unit", "position", "base", "camp", "checkpoint", "rank", "militant", "gunman", "detachment", "cell",
              "leadership", "commander", "official", "force", "column", "outpost", "garrison", "headquarters", "militiaman"}


# Nouns for a body outside the law: "the network's leader" is not the State Department's.
OUTLAW_NOUNS = {"network", "gang", "cartel", "syndicate", "militia", "faction", "group", "organization", "organisation"}
# Words in the name of a state body.
OFFICIAL_NAME_WORDS = {"department", "ministry", "treasury", "office", "attorney", "court", "police", "government",
                       "commission", "agency", "bureau", "embassy", "parliament", "senate", "congress", "tribunal",
                       "prosecutor", "prosecution", "directorate", "secretariat", "unit", "administration"}
# Words in the name of a body that watches a conflict rather than fights it: "the group's income"
# is not the Regional Finance Monitor's, nor "the group has lost 14 villages" the AU mission's.
OBSERVER_NAME_WORDS = {"monitor", "observatory", "institute", "mission", "watch", "panel", "foundation", "university",
                       "nations", "committee", "council"}
NOT_A_GROUP_NAME_WORDS = frozenset(OFFICIAL_NAME_WORDS | OBSERVER_NAME_WORDS)


# The bodies that only watch and count: a claim is never about them ("the Panel", "the Sahel Rights
# Observatory", "Regional Finance Monitor"), though a mission or a council may hold troops or money.
WATCHING_NAME_WORDS = frozenset({"panel", "observatory", "observatoire", "monitor", "monitors"})


def _named_with(actor: Actor, words: frozenset[str]) -> bool:
    """Whether one of the actor's names has one of WORDS ("Ministry's" counts as "ministry")."""
    return any(w.lower().strip("'’s") in words for m in actor.mentions for w in m.text.split())


def watcher(actor: Actor) -> bool:
    """Whether a name says the actor is a panel, an observatory or a monitor."""
    return _named_with(actor, WATCHING_NAME_WORDS)


def official(actor: Actor) -> bool:
    """Whether a name says the actor is a state body ("U.S. Department of State", "OFAC" named
    "Office of Foreign Assets Control"), a state's army, or an observer of the conflict
    ("Regional Finance Monitor")."""
    if _named_with(actor, NOT_A_GROUP_NAME_WORDS):
        return True
    # a state's own force: "Somali National Army", not the "Arakan Army"
    return any(w.lower() in FORCE_NAME_WORDS for m in actor.mentions for w in m.text.split()) and national(actor)


def national(actor: Actor) -> bool:
    """Whether one of a force's names says whose state it is (aliases.national_force_name)."""
    return any(national_force_name(m.text) for m in actor.mentions)


def national_army(actors: Iterable[Actor]) -> Actor | None:
    """The one national army among ACTORS ("the Sudanese Armed Forces"), where there is only one."""
    forces = [a for a in actors if a.type == "organization" and names_force(a.mentions, "army") and national(a)]
    return forces[0] if len(forces) == 1 else None


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    return frozenset(word_list("role_nouns"))


class References:
    """Resolves tokens of one annotated Doc to its actors."""

    def __init__(self, doc: Doc, skip: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.actors: list[Actor] = doc._.actors or []
        self.index: dict[int, Actor] = doc._.actor_index or {}
        self.skip = skip or []  # char ranges (quotes) whose names a pronoun outside cannot point to
        self.role_index: dict[int, Actor] = {}
        self.voices: list[Voice] = []  # who "I" and "we" are where someone speaks (first_person.py)
        self._sentence_starts: list[int] | None = None
        self._sentences: list[Span] | None = None
        for actor in self.actors:
            for d in actor.descriptors:
                span = doc.char_span(d.start, d.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    if t.i not in self.index and t.lemma_.lower() == d.head:
                        self.role_index.setdefault(t.i, actor)

    def sentences(self) -> list[Span]:
        """The doc's sentences, listed once (Doc.sents walks the whole doc on every call)."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
        return self._sentences

    def sentence_of(self, i: int) -> int:
        """The first token of token I's sentence (Span.sent walks the doc on every call)."""
        if self._sentence_starts is None:
            self._sentence_starts = [0] * len(self.doc)
            for sent in self.sentences():
                for j in range(sent.start, sent.end):
                    self._sentence_starts[j] = sent.start
        return self._sentence_starts[i]

    def actor_of(self, token: Token) -> Actor | None:
        """The actor a subject or object token stands for, if any."""
        if token.i in self.index:
            return self.index[token.i]
        if token.i in self.role_index:
            return self.role_index[token.i]
        body_noun = token.lemma_.lower() in BODY_NOUNS
        if token.dep_ == "appos" and (body_noun or token.lemma_.lower() in COMPANY_NOUNS) and token.head.i in self.index \
                and self.index[token.head.i].type == "organization":
            return self.index[token.head.i]  # "Pacific Refiners Inc., a Panama City company": the company, whatever names it
        for child in token.children:
            if child.i in self.index and (child.dep_ in {"appos", "compound", "flat"} or child.dep_ == "nmod" and child.i < token.i):
                if body_noun and child.dep_ != "appos" and self.index[child.i].type == "group":
                    continue  # "a Dogon self-defence militia" is not the Dogon
                if token.lemma_.lower() in PREDICATE_NOUNS and self.index[child.i].type == "location":
                    continue  # "a United States citizen" is not the United States
                return self.index[child.i]
        named = self._misparsed_apposition(token) or self._known_as(token)
        if named is not None:
            return named
        if token.dep_ == "appos" and token.head.i in self.index:
            head = self.index[token.head.i]
            if head.type == "person" and token.lemma_.lower() in BODY_NOUNS:
                # "Adama Barry, president of the OPDH (OPDH), a rights group based in …": the body just before
                return self._body_just_before(token.left_edge.i) or head
            return head  # "Golden Crescent Refinery, a Dubai-based refiner"
        lower = token.lower_
        if self.voices and (lower in FIRST_PERSON_SINGULAR or lower in FIRST_PERSON_PLURAL):
            voice = voice_at(self.voices, token.idx)
            if voice is None:
                return None
            return voice.speaker if lower in FIRST_PERSON_SINGULAR else voice.body
        if lower in PERSON_PRONOUNS:
            return self.last_person(token.idx, token.sent.start_char)
        if lower in {"they", "them"} and token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            # "the Shanni Defence Force is working with the Tatmadaw, they attacked the KIA": a body
            # is "they" when the clause before made it the subject
            return self._body_subject_before(token)
        if lower in {"its", "it"}:
            return self.last_actor(token.idx, {"organization"})  # a people is "they", not "it"
        if lower in RELATIVE_PRONOUNS:
            return self._antecedent(token)
        if token.pos_ == "NOUN":
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None and (token.lemma_.lower() not in role_nouns() or token.lemma_.lower() in BODY_PARTS):
                # "the Fursan's paymasters", "Makhlouf's money", "its returns taskforce"
                if owner.i in self.index:
                    return self.index[owner.i]
                if owner.lower_ == "its":
                    return self.last_actor(owner.idx, {"organization"})
                if owner.lower_ == "their":
                    return self.last_actor(owner.idx, {"organization", "group"})
                if owner.lower_ == "whose":  # "the CPC, whose political leadership is based in …"
                    return self._antecedent(owner)
                if owner.lower_ in {"our", "my"}:  # "Our headquarters is in Karbala", in an answer
                    return self.actor_of(owner)
            body = self._body_of_part(token)
            if body is not None:
                return body
            if token.dep_ == "attr" and token.head.lemma_ == "be" and token.lemma_.lower() in BODY_NOUNS | PREDICATE_NOUNS:
                # "Hizballah was a Lebanon-based organization", "MROUEH was a Lebanese national residing in …"
                subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None and subject.i != token.i:
                    return self.actor_of(subject)
            if any(c.lower_ in {"the", "its", "their"} or c.dep_ == "poss" for c in token.children):
                return self.definite(token)
        return None

    def _known_as(self, token: Token) -> Actor | None:
        """ "led by a commander known locally as Hamadoun Barry", "a commander using the nom de
        guerre Abu Hamza", "a BLF spokesman who uses the name X": the person a role noun goes on
        to name (the parser seldom hangs the name on "as", so the name is the first person's
        within a few words)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in role_nouns():
            return None
        verb = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS
                     or c.dep_ == "relcl" and c.lemma_.lower() in {"use", "go"}), None)  # "who uses the name X"
        if verb is None:
            return None
        for i in range(verb.i + 1, min(verb.i + 7, len(self.doc))):
            if self.doc[i].text in {",", ";", "(", ")"}:
                return None
            actor = self.index.get(i)
            if actor is not None:
                return actor if actor.type == "person" else None
        return None

    def _misparsed_apposition(self, token: Token) -> Actor | None:
        """ "a single trading house, Comercializadora Aurífera del Sur S.A.C. (CASUR), declared …":
        the parser took the name set after an indefinite noun for its conjunct; with no "and" or
        "or" it is the noun's apposition."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
            return None
        for child in (c for c in token.children if c.dep_ == "conj" and c.i in self.index):
            if any(c.dep_ in {"cc", "preconj"} for c in (*token.children, *child.children)):
                return None
            if child.left_edge.i > 0 and self.doc[child.left_edge.i - 1].text == ",":
                return self.index[child.i]
        return None

    def definite(self, token: Token) -> Actor | None:
        """ "the government" after "the Government of National Unity": the one organization
        named before whose name has this noun."""
        noun = token.lemma_.lower()
        kind = "location" if noun in PLACE_NOUNS else "organization"  # "the district's mayor" after "Sinjar district"
        found = {
            a.id: a
            for a in self.actors
            if a.type == kind
            and any(m.start_char < token.idx and (noun in {w.lower() for w in m.text.split()} or kind == "location"
                    and m.span.end < len(self.doc) and self.doc[m.span.end].lemma_.lower() == noun) for m in a.mentions)
        }
        if len(found) > 1 and noun in FORCE_NAME_WORDS:
            found = {k: a for k, a in found.items() if national(a)}  # the state's army, not the ELN
        if len(found) == 1:
            return next(iter(found.values()))
        if not found and noun in FORCE_NAME_WORDS:
            force = self._force_named(noun, token)
            if force is not None:
                return force
        introduced = self._introduced_as(noun, token.idx)
        if introduced is not None:
            return introduced
        if not found and noun in GENERIC_ORG_NOUNS and token.dep_ == "poss":
            # "the group's commander"; "the network's leader" is no ministry's
            return self.last_actor(token.idx, {"organization"}, unofficial=noun in OUTLAW_NOUNS)
        return None

    def _force_named(self, noun: str, token: Token) -> Actor | None:
        """ "the army" after "the Sudanese Armed Forces (SAF)": the one organization named before
        whose name calls it a national army or police ("the armed forces" only with "armed")."""
        if noun == "forces" and not any(c.lower_ == "armed" for c in token.children):
            return None
        found = {a.id: a for a in self.actors if a.type == "organization" and names_force(a.mentions, noun, token.idx)}
        if len(found) > 1:  # "the army" after "the Colombian Army" and "the National Liberation Army"
            found = {k: a for k, a in found.items() if national(a)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _introduced_as(self, noun: str, position: int) -> Actor | None:
        """ "the gang" after "Lame Tonnè, the gang that …" or "the human rights group CHDJ": the
        latest organization or group the text has called by that noun."""
        doc, best, best_start = self.doc, None, -1
        nouns = COMPANY_NOUNS if noun in COMPANY_NOUNS else {noun}  # "the firm" after "Zaki Minerals, a company"
        for actor in self.actors:
            if actor.type != "organization" and not (actor.type == "group" and noun in GROUP_NOUNS):
                continue
            for m in actor.mentions:
                start, end = m.span.start, m.span.end
                if m.start_char >= position or start <= best_start:
                    continue
                words = [doc[start - 1] if start > 0 else None, doc[end] if end < len(doc) else None]
                if start > 1 and doc[start - 1].text == ",":
                    words.append(doc[start - 2])  # "whose gang, Baz Solèy"
                if end + 1 < len(doc) and doc[end].text == ",":
                    j = end + 1
                    # "Lame Tonnè, the gang that …", ", a Montenegro-based drug trafficking network"
                    while j < len(doc) and j < end + 8 and (doc[j].pos_ in {"DET", "ADJ"} or doc[j].lower_ in {"a", "an", "-", "–"}
                                                            or doc[j].dep_ in {"compound", "amod", "npadvmod"}
                                                            or j + 1 < len(doc) and doc[j + 1].text in {"-", "–"}):
                        j += 1
                    words.append(doc[j] if j < len(doc) else None)
                root = m.span.root
                said_to_be = root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
                    c.dep_ == "attr" and c.lemma_.lower() == noun for c in root.head.children)  # "Los Lobos is Ecuador's largest gang"
                # "the Vukotić Organization, a Montenegro-based drug trafficking network"
                called = any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns for c in root.children)
                if said_to_be or called or any(w is not None and w.pos_ == "NOUN" and w.lemma_.lower() in nouns for w in words):
                    best, best_start = actor, start
        return best

    def _body_just_before(self, i: int) -> Actor | None:
        j = i - 1
        while j >= 0 and (self.doc[j].is_punct or self.doc[j].text.isupper() and j not in self.index):
            j -= 1  # ", " and a bracketed acronym
        actor = self.index.get(j) if j >= 0 else None
        return actor if actor is not None and actor.type == "organization" else None

    def _body_subject_before(self, token: Token) -> Actor | None:
        sent_start = self.sentence_of(token.i)
        starts = sorted({self.sentence_of(i) for i in range(max(0, sent_start - 1), sent_start)} | {sent_start})
        for start in reversed(starts):
            for j in range(token.i - 1 if start == sent_start else sent_start - 1, start - 1, -1):
                t = self.doc[j]
                if t.dep_ in SUBJECT_DEPS and t.lower_ not in {"they", "them"}:
                    actor = self.actor_of(t) if t.pos_ != "PRON" else None
                    if actor is not None and actor.type in {"organization", "group"}:
                        return actor
                    return None  # the nearest subject is someone else
        return None

    def _body_of_part(self, token: Token) -> Actor | None:
        """ "troops of the UPDF", "a patrol of the FACA": men or units stand for their body."""
        if token.lemma_.lower() not in PART_NOUNS:
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i in self.index:
                        return self.index[obj.i]
        return None

    def with_conjuncts(self, token: Token) -> list[Actor]:
        """The actors of a token and the tokens coordinated with it ("Hassan and Makhlouf")."""
        found: list[Actor] = []
        for t in [token, *token.conjuncts]:
            actor = self.actor_of(t)
            if actor is not None and actor not in found:
                found.append(actor)
            elif actor is not None and t.lemma_.lower() in PART_NOUNS:
                # "a joint patrol of the FACA and Russian personnel of the Africa Corps"
                for obj in (o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
                    found += [a for a in self.with_conjuncts(obj) if a not in found]
        return found

    def _antecedent(self, token: Token) -> Actor | None:
        """ "X, who is also in Moscow": the actor just before the relative pronoun."""
        if token.lower_ == "whose":
            # "a company in Sharjah whose director": the noun the clause hangs on, not the nearest name
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            head = clause.head if clause is not None else None
            if head is not None and head.pos_ == "NOUN" and head.i not in self.role_index:
                actor = self.actor_of(head)
                if actor is not None:
                    return actor
        i = token.i - 1
        while i >= token.sent.start and self.doc[i].is_punct:
            i -= 1
        personal = token.lower_ in {"who", "whom"}
        passed_place = False
        # "who" is said of people, "which" of things: in "an accountant at Karrar Minerals who
        # lives in Cairo" the antecedent is the accountant, further back than the company.
        for j in range(i, max(token.sent.start, i - 8) - 1, -1):
            t = self.doc[j]
            if t.lower_ in RELATIVE_PRONOUNS or (t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN"):
                break
            actor = self.index.get(j) or self.role_index.get(j)
            placed = self.placed(j)
            if token.lower_ == "whose":  # said of people and bodies alike, never of a place it follows
                if actor is None and t.pos_ == "NOUN" and t.dep_ == "appos":
                    actor = self.actor_of(t)  # "X, a company in Sharjah whose …"
                if actor is not None and not placed:
                    return actor
                continue
            if not personal and (placed or passed_place and (t.pos_ in {"ADP", "DET", "ADJ"} or t.tag_ == "VBN")):
                passed_place = True  # "a company registered in Kaduna, which paid him": the company, not Kaduna
                continue
            if not personal and passed_place and actor is None and t.pos_ == "NOUN" and t.dep_ == "appos":
                actor = self.actor_of(t)
            if actor is not None and (actor.type == "person") == personal:
                return actor
            if not personal:
                break
        return None

    def placed(self, i: int) -> bool:
        """Whether token I is in a place's name written after "in", "at", "near" or "from":
        "a company registered in Kaduna, which …" — the clause is not about Kaduna."""
        actor = self.index.get(i)
        if actor is None or actor.type != "location":
            return False
        start = next((m.span.start for m in actor.mentions if m.span.start <= i < m.span.end), i)
        before = start - 1
        if before >= 0 and self.doc[before].lower_ == "the":
            before -= 1
        return before >= 0 and self.doc[before].lower_ in {"in", "at", "near", "from"}

    def _speaker_label(self, span: Span) -> bool:
        """ "[12/08/2024, 09:41] Hawa Diakité: He said …": a chat or transcript turn's label is who
        speaks, never whom a pronoun in the turn points back to."""
        if span.end >= len(self.doc) or self.doc[span.end].text != ":":
            return False
        line_start = text_of(self.doc).rfind("\n", 0, span.start_char) + 1
        before = text_of(self.doc)[line_start : span.start_char].strip()
        return before == "" or before.startswith("[") and before.endswith("]")

    def _skipped(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.skip)

    def last_person(self, position: int, not_before: int = -1, exclude: Actor | None = None) -> Actor | None:
        return self.last_actor(position, {"person"}, exclude)

    def _pronoun_subject_after(self, sentence_start: int, position: int, types: set[str]) -> Token | None:
        """A subject pronoun in a later sentence than SENTENCE_START, before POSITION: "He said …"
        after the sentence naming someone else refers further back."""
        if "person" not in types:
            return None
        last = None
        for sent in self.sentences():
            if sent.start < sentence_start or sent.start_char >= position:
                continue
            for t in sent:
                if t.idx < position and t.dep_ in SUBJECT_DEPS and t.lower_ in {"he", "she"}:
                    if sent.start == sentence_start and (t.head.dep_ != "ROOT" or any(
                        u.i < t.i for u in sent if u.i in self.index and self.index[u.i].type == "person"
                    )):
                        break  # in the sentence naming the person, only a leading main-clause "He" counts
                    last = t
                    break
        return last

    def last_actor(
        self, position: int, types: set[str], exclude: Actor | None = None, depth: int = 0, unofficial: bool = False
    ) -> Actor | None:
        """The actor of one of TYPES that a pronoun at POSITION points back to.

        In the nearest sentence before it (or its own sentence, before it) that names one:
        that sentence's subject, or the subject's appositive, else the first one it names.
        UNOFFICIAL passes over state bodies and observers (`official`).
        """
        by_sentence: dict[int, list[tuple[int, bool, Actor]]] = {}
        for actor in self.actors:
            if actor.type not in types or actor is exclude or unofficial and official(actor):
                continue
            for m in actor.mentions:
                if m.start_char >= position or self._skipped(m.start_char) or self._speaker_label(m.span):
                    continue
                root = m.span.root
                subject = root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
                by_sentence.setdefault(self.sentence_of(m.span.start), []).append((m.start_char, subject, actor))
        if not by_sentence:
            return None
        nearest_start = max(by_sentence)
        chained = self._pronoun_subject_after(nearest_start, position, types)
        if chained is not None and depth < 3:
            return self.last_actor(chained.idx, types, exclude, depth + 1, unofficial)
        nearest = sorted(by_sentence[nearest_start], key=lambda item: item[0])
        subjects = [actor for _, is_subject, actor in nearest if is_subject]
        return subjects[0] if subjects else nearest[0][2]
