"""What every relation rule shares: the cue words, the relations found so far, and how a
verb's subjects and objects, an appositive and a place are read from the parse.

The rules themselves are in relation_roles.py (role phrases), relation_places.py (where
actors are) and relations.py (verbs, coordination, relation nouns), written by hand on top of
spaCy's dependency parse because no offline library extracts these seven relation types.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from actormap.extract.claim_clauses import object_controller
from actormap.extract.doc_text import text_of
from actormap.extract.actors import Actor
from actormap.extract.facts import Relation
from actormap.extract.patterns import yaml_data
from actormap.extract.quotes import speech_verbs
from actormap.extract.world_places import countries
from actormap.extract.reference import (
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    References,
)
from actormap.model import load_nouns

LOCATION_ADVERBS = {"now", "currently", "also", "still", "reportedly", "mostly", "mainly", "later", "then"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "edge"}
# Verbs whose place phrase says where their person subject is: "arrested in Laredo", "reached in Dubai".
WHEREABOUTS_VERBS = {"reach", "interview", "arrest", "detain", "meet", "capture", "visit", "hold", "jail", "imprison", "spot", "photograph", "speak", "write", "call",
                     # a person's work done somewhere puts them there: "Salem keeps the books in Medenine"
                     "keep", "work", "manage", "run", "operate", "hide", "stay", "reside", "trade", "teach", "study"}
# Moving to a place puts a person there: "Mr Djidda reportedly crossed into Cameroon last year".
ARRIVAL_VERBS = {"cross", "flee", "relocate", "return", "escape", "retreat", "move", "slip"}
WHEREABOUTS_MEANS = {"telephone", "phone", "video", "office", "home", "house", "interview", "call", "link", "residence", "villa", "hotel"}
GIVING_VERBS = {"give", "provide", "hand", "send", "pay", "transfer", "wire", "funnel", "channel", "remit", "deliver", "disburse", "allocate", "offer", "move", "route", "smuggle", "launder", "deposit"}
MONEY_NOUNS = {"money", "cash", "fund", "funding", "salary", "wage", "payment", "dollar", "stipend", "bonus", "grant", "loan",
               "donation", "contribution", "tax", "levy", "fee", "bribe", "ransom", "commission", "kickback", "euro", "pound", "dinar", "riyal", "ruble", "rouble",
               "peso", "quetzal", "quetzale", "lempira", "shilling", "franc", "naira", "rupee", "rand", "birr", "lira", "yuan",
               "rupiah", "afghani", "taka", "baht", "dirham", "rial", "hryvnia", "cedi", "kwacha", "bolivar",
               "gourde", "lek", "kyat", "leone", "manat"}
# "accused the UAE of arming the RSF": the accused is the one who arms.
ACCUSING_VERBS = {"accuse", "suspect", "charge", "convict", "blame"}
RECEIVING_VERBS = {"receive", "get", "obtain", "accept"}  # not "collect": taxes from a place
DESCRIBING_VERBS = {"describe", "identify", "name", "list", "designate", "call", "know", "portray", "characterize", "characterise", "see", "regard", "consider"}
ADMINISTRATIVE_UNITS = {"region", "province", "state", "county", "district", "governorate", "department", "prefecture", "city", "municipality", "territory", "zone"}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}
HYPOTHETICAL = {"would", "could", "might", "may", "should"}
KIN_PLURALS = {"brothers": "brother", "sisters": "sister", "cousins": "cousin", "siblings": "sibling", "sons": "brother"}
SUBORDINATE = {"deputy", "vice", "assistant", "acting", "regional", "local", "battalion", "unit", "brigade", "field", "sector",
               "research", "finance", "financial", "programme", "program", "country", "communications", "operations",
               "policy", "legal", "technical", "security", "media", "logistics", "zone", "district", "provincial", "associate"}
UNIT_NOUNS = {"brigade", "battalion", "unit", "detachment", "regiment", "company", "squad", "cell", "wing", "branch",
              "division", "section", "taskforce", "team", "platoon", "faction", "office", "department", "directorate",
              "katiba", "kataib", "liwa", "front", "arm", "province", "command", "bureau", "service",
              "sector", "contingent", "desk"}  # "commands the army's southern sector"
# Entity labels of an amount: a clause on one ("€2.1 million belonging to …") is not about an actor.
AMOUNT_ENTITIES = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT"}
# Which ends a relation type accepts as its target: places are only where someone is or what a governor runs.
TARGET_TYPES = {
    "located_in": {"location"},
    "commands": {"organization", "location", "group", "person"},
    "member_of": {"organization", "group"},
    "funds": {"organization", "group", "person"},
    "family": {"person"},
    "opposes": {"organization", "group", "person"},
    "allied_with": {"organization", "group", "person"},
}


def is_country(actor: Actor) -> bool:
    return any(m.text in countries() for m in actor.mentions) or actor.canonical in countries()


@lru_cache(maxsize=1)
def role_relations() -> dict[str, str]:
    """Role noun -> relation type, from the labels declared in model/nouns.yaml."""
    return {label: rtype.name for rtype in load_nouns().relation_types.values() for label in rtype.labels}


def _sentence_span(span: Span) -> tuple[int, int]:
    text = text_of(span.doc)
    start, end = span.start_char, span.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Found:
    """Relations found so far, one per type and pair of actors (symmetric types unordered)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str, str], Relation] = {}

    def add(self, rtype: str, source: Actor | None, target: Actor | None, where: Span,
            label: str | None = None, attributed_to: Actor | None = None, state_party: bool = False) -> None:
        """STATE_PARTY: the target may be a country, which the record types as a location ("an
        agreement with Mozambique" is made with its state); only rules that name a state's act set it."""
        if source is None or target is None or source is target:
            return
        if state_party and target.type == "location" and not is_country(target):
            return
        if target.type not in TARGET_TYPES[rtype] and not (state_party and target.type == "location"):
            return
        # a place does not belong to a body, but a country joins an alliance or a bloc ("the
        # Alliance of Sahel States, which groups Niger, Mali and Burkina Faso")
        if source.type == "location" and rtype == "member_of" and not (is_country(source) and target.type == "organization"):
            return
        if source.type == "location" and rtype not in {"located_in", "commands", "funds", "allied_with", "opposes", "member_of"}:
            return
        if rtype == "family" and source.type != "person":
            return
        symmetric = load_nouns().relation_types[rtype].symmetric
        a, b = sorted((source.id, target.id), key=lambda i: int(i[1:])) if symmetric else (source.id, target.id)
        key = (rtype, a, b)
        if key not in self.items:
            self.items[key] = Relation(rtype, source, target, _sentence_span(where.sent), label, attributed_to)

    def relations(self) -> list[Relation]:
        return list(self.items.values())


class RuleBase:
    """The document, its references and the relations found; the readings all rules share."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        quotes = doc._.quotes or []
        self.quotes = quotes
        self.refs = References(doc, [(q.start, q.end) for q in quotes])
        self.found = _Found()
        self.verbs: dict = yaml_data("relation_verbs")
        self.cues: dict = yaml_data("relation_cues")

    # -- who asserts it -------------------------------------------------------------------
    def attribution(self, token: Token) -> Actor | None:
        """The actor whose reported speech contains the token, if any."""
        for quote in self.quotes:
            if quote.start <= token.idx < quote.end:
                return quote.speaker
        child = token
        for ancestor in token.ancestors:
            if ancestor.lemma_.lower() in speech_verbs() and child.dep_ in {"ccomp", "parataxis"}:
                for subject in ancestor.children:
                    if subject.dep_ in SUBJECT_DEPS:
                        return self.refs.actor_of(subject)
            child = ancestor
        return None

    def _appositive_actor(self, token: Token) -> Actor | None:
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.refs.index:
                return self.refs.index[child.i]
        after = token.right_edge.i + 1  # the parser often hangs ", Sunrise Gulf Cargo LLC" elsewhere
        if token.pos_ == "NOUN" and after + 1 < len(self.doc) and self.doc[after].text == ",":
            return self.refs.index.get(after + 1)
        return None

    # -- verbs ------------------------------------------------------------------------------
    def subjects(self, verb: Token) -> tuple[list[Actor], bool]:
        """The verb's subject actors, climbing to the governing verb for "to fight" clauses; passive?"""
        described = self._body_before_participle(verb)
        if described is not None:
            return [described], True
        current = verb
        for _ in range(4):
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS and _turn_label(child):
                    # "Chispa: Profe the ELN has 80 men": the parser makes the chat label the subject;
                    # the subject is what the turn names after the colon (past a vocative), if anything
                    said = _after_label(child)
                    return (self.refs.with_conjuncts(said) if said is not None else []), False
                if child.dep_ in SUBJECT_DEPS:
                    head = current.head
                    led = self._led_body(head) if child.lower_ == "which" and current.dep_ == "relcl" else None
                    if led is not None:
                        return [led], child.dep_ == "nsubjpass"
                    placed = self.refs.placed(head.i)
                    if child.lower_ in {"which", "that"} and current.dep_ == "relcl" and head.i in self.refs.index and not placed:
                        # "Katiba Hayré, a unit of JNIM (JNIM) that operates in …": the clause's own head
                        return self.refs.with_conjuncts(current.head), child.dep_ == "nsubjpass"
                    if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl" and self.refs.actor_of(child) is None:
                        # "an accountant at X who now lives in Cairo": the clause is about its head
                        antecedents = [] if placed else self.refs.with_conjuncts(current.head)
                        if antecedents:
                            return antecedents, child.dep_ == "nsubjpass"
                    actors = self.refs.with_conjuncts(child) or self.named_after_copula(current, child)
                    if not actors and any(c.dep_ in SUBJECT_DEPS and c.i > child.i for c in current.children):
                        continue  # "Their boss Senad Kurtović is hiding": the parser made both words subjects
                    return actors, child.dep_ == "nsubjpass"
            accused = _accused_of(current)
            if accused is not None:
                return self.refs.with_conjuncts(accused), False
            if current.dep_ == "acl" and current.head.i != current.i:  # "a militia based in Homs"
                if current.head.ent_type_ in AMOUNT_ENTITIES:
                    return [], True  # "assets worth €2.1 million belonging to the company and the X family": an amount
                return self.refs.with_conjuncts(current.head), True
            controller = object_controller(current)
            if controller is not None:  # "ordered Karim B. to pay …": Karim B. pays
                return self.refs.with_conjuncts(controller), False
            if current.dep_ in {"xcomp", "advcl", "conj", "relcl", "acomp"} and current.head.i != current.i:
                if current.dep_ == "relcl":
                    return self.refs.with_conjuncts(current.head), False
                current = current.head
                continue
            break
        entry = self.entry_named(verb)
        return ([entry] if entry is not None else []), False

    def entry_named(self, token: Token) -> Actor | None:
        """ "Zomi Revolutionary Army (ZRA): active around Churachandpur; fights alongside the KNA",
        "Arambai Tenggol (AT): Meitei armed group. Led by X.": the body a glossary line opens with,
        whose clauses after the colon have no subject of their own."""
        doc = self.doc
        line_start = text_of(doc).rfind("\n", 0, token.idx) + 1
        first = doc.char_span(line_start, line_start + 1, alignment_mode="expand")
        if first is None:
            return None
        actor = self.refs.index.get(first.start)
        if actor is None or actor.type not in {"organization", "group"} or first.text.isupper():
            return None  # "ELN:" opening a chat line is a speaker's label
        i = first.start
        while i < token.i and self.refs.index.get(i) is actor:
            i += 1
        if i + 2 < token.i and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # the acronym
        return actor if i < token.i and doc[i].text == ":" else None

    def named_after_copula(self, verb: Token, subject: Token) -> list[Actor]:
        """ "The second is the Balochistan Liberation Front (BLF), strongest in Kech and headed by
        Dr. X": a ranking adjective as the subject of "is" stands for the name after it."""
        if verb.lemma_ != "be" or subject.pos_ != "ADJ":
            return []
        named = next((c for c in verb.children if c.dep_ == "attr" and c.i > subject.i), None)
        return self.refs.with_conjuncts(named) if named is not None else []

    def _led_body(self, leader: Token) -> Actor | None:
        """ "the UJO, led by Ali Mahamat Tom, which operates in Haute-Kotto": "which" is never the
        person; it is the body the "led by" phrase describes."""
        actor = self.refs.actor_of(leader)
        agent = leader.head
        if actor is None or actor.type != "person" or leader.dep_ != "pobj" or agent.dep_ != "agent":
            return None
        participle = agent.head
        body = self.refs.actor_of(participle.head) if participle.dep_ == "acl" else None
        if body is not None:
            return body if body.type in {"organization", "group"} else None
        return self._body_before_participle(participle)

    def _body_before_participle(self, verb: Token) -> Actor | None:
        """ "… an alliance with the Union des jeunes de Ouadda (UJO), led by Ali Mahamat Tom, …":
        the parser hangs a participle set off by a comma after the main verb on that verb, but it
        describes the body named right before the comma (past its acronym in brackets); so does
        one on a noun set off so ("the Upper Nile Defence Forces, the armed group led by X")."""
        doc = verb.doc
        if verb.tag_ != "VBN" or verb.i < verb.head.i or verb.i < 2:
            return None
        if not any(c.dep_ == "agent" for c in verb.children):
            return None
        if verb.dep_ == "advcl" or (verb.dep_ == "acl" and self.refs.actor_of(verb.head) is None and doc[verb.i - 1].text == ","):
            return self._body_before_comma(verb.i - 1)
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i not in self.refs.index:
            start = verb.head.i  # "the armed group led by X": the noun's own words, then the comma
            while start > verb.sent.start and doc[start - 1].head.i == verb.head.i and doc[start - 1].dep_ in {"det", "amod", "compound"}:
                start -= 1
            return self._body_before_comma(start - 1)
        return None

    def _body_before_comma(self, comma: int) -> Actor | None:
        doc = self.doc
        if comma < 1 or doc[comma].text != ",":
            return None
        last = comma - 1
        if doc[last].text == ")":
            opening = next((t.i for t in reversed(doc[doc[comma].sent.start : last]) if t.text == "("), None)
            if opening is None or last - opening > 4:
                return None
            last = opening - 1
        body = self.refs.index.get(last)
        return body if body is not None and body.type in {"organization", "group"} else None

    def objects(self, verb: Token, via: list[str], through_object: bool = False) -> list[Actor]:
        """The actors the verb reaches by VIA; THROUGH_OBJECT also by a preposition the parser hung on
        its direct object ("studies the conflict at the University of Buea")."""
        found: list[Actor] = []
        children = list(verb.children)
        if through_object:
            children += [c for o in verb.children if o.dep_ in {"dobj", "obj"} for c in o.children if c.dep_ == "prep"]
        for child in children:
            if "object" in via and child.dep_ in {"dobj", "obj", "attr"}:
                found += self.refs.with_conjuncts(child)
            if child.dep_ in {"prep", "agent", "prt"} and child.lower_ in via:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actors = self.refs.with_conjuncts(pobj)
                        found += actors or self._place_of_common_noun(pobj)
        return found

    def _place_of_common_noun(self, noun: Token) -> list[Actor]:
        """ "operates from camps in the Kuyambana forest": the place the unnamed object is in."""
        if noun.pos_ != "NOUN":
            return []
        return [a for p in noun.children if p.dep_ == "prep" and p.lower_ in {"in", "near", "around", "at"}
                for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o) if a.type == "location"]

    def agents(self, verb: Token) -> list[Actor]:
        return [a for child in verb.children if child.dep_ == "agent"
                for pobj in child.children if pobj.dep_ == "pobj" for a in self.refs.with_conjuncts(pobj)]

    def _place_at(self, i: int) -> Actor | None:
        doc = self.doc
        start = i
        while i < len(doc) and i < start + 3 and i not in self.refs.index and (doc[i].lower_ == "the" or doc[i].pos_ == "ADJ"):
            i += 1  # "the coastal …", "the neighbouring …"
        actor = self.refs.index.get(i) if i < len(doc) else None
        return actor if actor is not None and actor.type == "location" else None

    def _pairwise(self, rtype: str, actors: list[Actor], token: Token) -> None:
        for a, b in combinations(actors, 2):
            self.found.add(rtype, a, b, token.sent, None, self.attribution(token))


def _turn_label(token: Token) -> bool:
    """ "[14/02 07:02] Chispa: …": a name, then a colon, at a line's start or after its time stamp."""
    doc = token.doc
    end = token.i + 1
    if end >= len(doc) or doc[end].text != ":":
        return False
    first = min([token, *(c for c in token.children if c.dep_ in {"compound", "flat"})], key=lambda t: t.i)
    line_start = text_of(doc).rfind("\n", 0, token.idx) + 1
    before = text_of(doc)[line_start : first.idx].strip()
    return before == "" or before.startswith("[") and before.endswith("]")


def _after_label(label: Token) -> Token | None:
    """The last name set in apposition after a turn's label: "Chispa: Profe the ELN" is the ELN."""
    said = None
    current = label
    while True:
        nxt = next((c for c in current.children if c.dep_ == "appos" and c.i > label.i), None)
        if nxt is None:
            return said
        said = current = nxt


def _accused_of(verb: Token) -> Token | None:
    """ "accused the UAE of arming the RSF", "X was charged with funding Y": the accused."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in {"of", "with"} or prep.head.lemma_.lower() not in ACCUSING_VERBS:
        return None
    accused = next((c for c in prep.head.children if c.dep_ in {"dobj", "obj", "nsubjpass"}), None)
    return accused if accused is not None and accused.pos_ != "PRON" else None  # "accuse them of": too loose a referent


def names_a_unit(actor: Actor) -> bool:
    """ "Katiba Djelgodji", "3rd Assault Detachment": a body that is itself a unit."""
    return any(w.lower() in UNIT_NOUNS for w in actor.name.split())


@lru_cache(maxsize=1)
def organization_nouns() -> frozenset[str]:
    return frozenset(yaml_data("type_words")["organization_nouns"])


def unasserted(verb: Token) -> bool:
    """ "would rule", "did not fund": a hypothetical or negated verb states no relation."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) for c in verb.children)


