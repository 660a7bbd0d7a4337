"""Relations between actors, from verbs, role phrases, coordination and location phrases.

Written by hand on top of spaCy's dependency parse: no offline library extracts these
seven relation types, and the cue words live in patterns/en/relation_verbs.yaml and
relation_cues.yaml so that the rules stay short.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor, Descriptor
from actormap.extract.facts import Relation
from actormap.extract.first_person import FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, find_voices, voice_at
from actormap.extract.patterns import yaml_data
from actormap.extract.quotes import speech_verbs
from actormap.extract.reference import BODY_NOUNS, RELATIVE_PRONOUNS, SUBJECT_DEPS, References
from actormap.model import load_nouns

LOCATION_ADVERBS = {"now", "currently", "also", "still", "reportedly", "mostly", "mainly", "later", "then"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "edge"}
# Verbs whose place phrase says where their person subject is: "arrested in Laredo", "reached in Dubai".
WHEREABOUTS_VERBS = {"reach", "interview", "arrest", "detain", "meet", "capture", "visit", "hold", "jail", "imprison", "spot", "photograph", "speak", "write", "call"}
WHEREABOUTS_MEANS = {"telephone", "phone", "video", "office", "home", "house", "interview", "call", "link", "residence", "villa", "hotel"}
GIVING_VERBS = {"give", "provide", "hand", "send", "pay", "transfer", "wire", "funnel", "channel", "remit", "deliver", "disburse", "allocate", "offer"}
MONEY_NOUNS = {"money", "cash", "fund", "funding", "salary", "wage", "payment", "dollar", "stipend", "bonus", "grant", "loan",
               "donation", "contribution", "tax", "levy", "fee", "bribe", "ransom", "euro", "pound", "dinar", "riyal", "ruble", "rouble"}
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
              "katiba", "kataib", "liwa", "front", "arm", "province", "command", "bureau", "service"}
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


@lru_cache(maxsize=1)
def role_relations() -> dict[str, str]:
    """Role noun -> relation type, from the labels declared in model/nouns.yaml."""
    return {label: rtype.name for rtype in load_nouns().relation_types.values() for label in rtype.labels}


def _sentence_span(span: Span) -> tuple[int, int]:
    text = span.doc.text
    start, end = span.start_char, span.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Found:
    """Relations found so far, one per type and pair of actors (symmetric types unordered)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str, str], Relation] = {}

    def add(self, rtype: str, source: Actor | None, target: Actor | None, where: Span,
            label: str | None = None, attributed_to: Actor | None = None) -> None:
        if source is None or target is None or source is target:
            return
        if target.type not in TARGET_TYPES[rtype] or source.type == "location" and rtype != "located_in" and rtype != "commands" and rtype not in {"funds", "allied_with", "opposes"}:
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


class _Extractor:
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

    # -- role phrases: "Assad's cousin", "governor of Tartous" ---------------------------------
    def from_descriptor(self, actor: Actor, descriptor: Descriptor) -> None:
        span = self.doc.char_span(descriptor.start, descriptor.end, alignment_mode="expand")
        if span is None:
            return
        attributed = self.attribution(span.root)
        posted_in = self._place_after_in(span)
        if posted_in is not None:  # "the RSF's commander in South Darfur", "a trader in Nampula"
            self.found.add("located_in", actor, posted_in, span, None, attributed)
        rtype = role_relations().get(descriptor.head)
        if rtype is None:
            return
        other = self._other_in(span, actor)
        if other is None and rtype == "commands":
            other = self._place_modifier(span)  # "Upper Nile governor James Odhok Ayul"
        if other is None and rtype in {"commands", "member_of"}:
            other = self._body_modifier(span, actor) or self._body_after(span)
            if span[0].lower_ in {"a", "an", "one"}:
                rtype = "member_of"  # "a Wazalendo commander" leads men of Wazalendo; "UAFE director X" leads the UAFE
        if rtype == "commands" and any(t.lower_ in SUBORDINATE and t.i not in self.refs.index for t in span):
            rtype = "member_of"  # "NISA's deputy director" serves NISA, does not lead it
        if rtype == "commands" and posted_in is not None and other is not None and other.type != "location":
            rtype = "member_of"  # "the RSF's commander in South Darfur" leads a part of the RSF
        label = descriptor.head if rtype in {"family", "commands", "member_of", "allied_with"} else None
        self.found.add(rtype, actor, other, span, label, attributed)

    def _place_after_in(self, span: Span) -> Actor | None:
        for token in span:
            if token.lower_ == "in" and token.i + 1 < span.end:
                place = self._place_at(token.i + 1)
                if place is not None:
                    return place
        return None

    def _place_modifier(self, span: Span) -> Actor | None:
        """The place written into a governor's title: "Upper Nile governor", "Gao region governor X"."""
        for token in span:
            place = self.refs.index.get(token.i)
            if place is not None and place.type == "location" and token.dep_ in {"compound", "amod", "nmod"}:
                return place
        j = span.start - 1
        while j >= 0 and self.doc[j].lower_ in ADMINISTRATIVE_UNITS:
            j -= 1
        place = self.refs.index.get(j) if j >= 0 and j < span.start - 0 else None
        return place if place is not None and place.type == "location" else None

    def _other_in(self, span: Span, actor: Actor) -> Actor | None:
        """The other end of a role phrase: its possessor ("Assad's") or the object of its "of"
        ("governor of Tartous"), or that object's appositive ("the owner of a freight company,
        Sunrise Gulf Cargo")."""
        for token in span:
            if token.lower_ in {"of", "at", "for", "with"} and token.dep_ == "prep":
                for obj in token.children:
                    if obj.dep_ != "pobj":
                        continue
                    other = self.refs.index.get(obj.i) or self._appositive_actor(obj)
                    if other is not None and other is not actor:
                        return other
        for token in span:
            other = self.refs.index.get(token.i)
            if other is None or other is actor:
                continue
            possessor = token.i + 1 < len(self.doc) and self.doc[token.i + 1].text in {"'s", "’s", "'", "’"}
            after_of = any(t.lower_ in {"of", "at", "for", "with"} for t in self.doc[span.start : token.i])
            if possessor or (after_of and token.dep_ not in {"compound", "amod", "nmod"}):
                return other
        for token in span:
            if token.lower_ in {"my", "our"}:
                other = self.refs.actor_of(token)  # "My cousin Mustafa", in an interviewee's answer
                if other is not None and other is not actor:
                    return other
            if token.lower_ in {"his", "her"}:
                return self.refs.last_person(token.idx, exclude=actor)
            if token.lower_ in {"its", "their"}:
                return self.refs.last_actor(token.idx, {"organization", "group"}, exclude=actor)
            if token.dep_ == "poss" and token.pos_ == "NOUN":
                other = self.refs.actor_of(token)  # "the government's interior minister"
                if other is not None and other is not actor:
                    return other
        return None

    def _body_modifier(self, span: Span, actor: Actor) -> Actor | None:
        """An organization named as a modifier of the role: "a Hezbollah commander", "a police spokesman"."""
        for token in span:
            other = self.refs.index.get(token.i)
            if other is not None and other is not actor and other.type in {"organization", "group"} and token.dep_ in {"compound", "amod", "nmod"}:
                return other
        for token in span:
            if token.pos_ == "NOUN" and token.dep_ == "compound" and token.i not in self.refs.index:
                named = self.refs.definite(token)  # "police" in "A police spokesman" → the Haitian National Police
                if named is not None and named is not actor:
                    return named
        return None

    def _body_after(self, span: Span) -> Actor | None:
        """ "Lucía Montalvo Reyes, Research Director, Observatorio de Armas y Violencia": a role
        followed by the body, in a signature line."""
        doc, i = self.doc, span.end
        if i + 1 < len(doc) and doc[i].text == ",":
            other = self.refs.index.get(i + 1)
            if other is not None and other.type == "organization":
                return other
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
        current = verb
        for _ in range(4):
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS:
                    if child.lower_ in {"which", "that"} and current.dep_ == "relcl" and current.head.i in self.refs.index:
                        # "Katiba Hayré, a unit of JNIM (JNIM) that operates in …": the clause's own head
                        return self.refs.with_conjuncts(current.head), child.dep_ == "nsubjpass"
                    if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl" and self.refs.actor_of(child) is None:
                        # "an accountant at X who now lives in Cairo": the clause is about its head
                        head = self.refs.with_conjuncts(current.head)
                        if head:
                            return head, child.dep_ == "nsubjpass"
                    return self.refs.with_conjuncts(child), child.dep_ == "nsubjpass"
            if current.dep_ == "acl" and current.head.i != current.i:  # "a militia based in Homs"
                return self.refs.with_conjuncts(current.head), True
            if current.dep_ in {"xcomp", "advcl", "conj", "relcl"} and current.head.i != current.i:
                if current.dep_ == "relcl":
                    return self.refs.with_conjuncts(current.head), False
                current = current.head
                continue
            break
        return [], False

    def objects(self, verb: Token, via: list[str]) -> list[Actor]:
        found: list[Actor] = []
        for child in verb.children:
            if "object" in via and child.dep_ in {"dobj", "obj", "attr"}:
                found += self.refs.with_conjuncts(child)
            if child.dep_ in {"prep", "agent", "prt"} and child.lower_ in via:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += self.refs.with_conjuncts(pobj)
        return found

    def _names_a_unit_of(self, verb: Token, passive: bool) -> bool:
        """Whether what is commanded is a common noun standing for part of an actor."""
        if passive:
            heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not heads and verb.dep_ == "acl":
                heads = [verb.head]
        else:
            heads = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        return any(
            h.pos_ == "NOUN" and h.i not in self.refs.index and h.lemma_.lower() in UNIT_NOUNS
            and not any(c.dep_ == "appos" and c.i in self.refs.index for c in h.children)  # "the company, Bastion Group,"
            for h in heads
        )

    def _posting_of(self, verb: Token, passive: bool) -> Actor | None:
        """The place in "heads the VDP in Djibo", "commands a Los Lobos cell in El Oro"."""
        if passive:
            return None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        for obj in [*objects, verb] if objects else []:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    place = self._place_at(prep.i + 1)
                    if place is not None:
                        return place
        return None

    def agents(self, verb: Token) -> list[Actor]:
        return [a for child in verb.children if child.dep_ == "agent"
                for pobj in child.children if pobj.dep_ == "pobj" for a in self.refs.with_conjuncts(pobj)]

    def from_verb(self, verb: Token) -> None:
        readings = self.verbs.get(verb.lemma_.lower())
        if not readings or _unasserted(verb):
            return
        subjects, passive = self.subjects(verb)
        attributed = self.attribution(verb)
        for reading in readings:
            via = reading.get("via", ["object"])
            if passive and "object" in via:
                sources, targets = self.agents(verb), subjects
            else:
                sources, targets = subjects, self.objects(verb, via)
            if reading.get("reverse"):
                sources, targets = targets, sources
            rtype = reading["type"]
            if rtype == "commands" and self._names_a_unit_of(verb, passive):
                rtype = "member_of"  # "commands an SNA brigade": a unit of the SNA, so a member of it
            posted = self._posting_of(verb, passive) if rtype == "commands" else None
            for source in sources:
                for target in targets:
                    if posted is not None and target.type == "organization" and not _names_a_unit(target):
                        # "who heads the VDP in Djibo": a local head, a member of the whole
                        self.found.add("member_of", source, target, verb.sent, reading.get("label"), attributed)
                        self.found.add("located_in", source, posted, verb.sent, None, attributed)
                    else:
                        self.found.add(rtype, source, target, verb.sent, reading.get("label"), attributed)
                        if posted is not None:  # "commands JNIM's Katiba Djelgodji in Soum province"
                            self.found.add("located_in", target, posted, verb.sent, None, attributed)
                if posted is not None and not targets:
                    self.found.add("located_in", source, posted, verb.sent, None, attributed)  # "commands a cell in El Oro"

    # -- "Hassan and Makhlouf are vying", "X and Y are rivals" ---------------------------------
    def from_coordination(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        for rtype, words in self.cues["mutual_verbs"].items():
            if lemma in words and token.pos_ in {"VERB", "AUX"}:
                subjects, _ = self.subjects(token)
                self._pairwise(rtype, subjects, token)
        for rtype, words in self.cues["mutual_nouns"].items():
            if token.lower_ in words and token.dep_ == "attr":
                subjects = [a for c in token.head.children if c.dep_ in SUBJECT_DEPS for a in self.refs.with_conjuncts(c)]
                self._pairwise(rtype, subjects, token)

    def from_kin_list(self, token: Token) -> None:
        """ "two brothers, Héctor and Ramiro Arredondo": kin named in apposition to a plural kinship noun."""
        label = KIN_PLURALS.get(token.lower_)
        if label is None:
            return
        named = [a for c in token.children if c.dep_ == "appos" for a in self.refs.with_conjuncts(c)]
        if len(named) < 2:
            named = self._listed_after(token.i + 1)
        for a, b in combinations(named, 2):
            self.found.add("family", a, b, token.sent, label, self.attribution(token))

    def _listed_after(self, i: int) -> list[Actor]:
        """ ", A and B" right after a word: the actors listed there (the parser often misses the apposition)."""
        doc, found = self.doc, []
        if i >= len(doc) or doc[i].text != ",":
            return found
        i += 1
        while i < len(doc):
            actor = self.refs.index.get(i)
            if actor is None:
                break
            found.append(actor)
            while i < len(doc) and self.refs.index.get(i) is actor:
                i += 1
            if i < len(doc) and doc[i].lower_ in {"and", ","}:
                i += 1
            else:
                break
        return found

    def from_relation_noun(self, token: Token) -> None:
        """ "The Government of Yemen reaffirms its commitment to the fight against the Houthi militia"."""
        gerund = token.tag_ == "VBG" and token.dep_ in {"nsubj", "dobj", "pobj", "ROOT"}  # "Fighting between X and Y has …"
        if token.pos_ != "NOUN" and not gerund:
            return
        for rtype, nouns in self.cues["relation_nouns"].items():
            preps = nouns.get(token.lower_) or nouns.get(token.lemma_.lower())
            if not preps:
                continue
            between = [a for p in token.children if p.dep_ == "prep" and p.lower_ == "between"
                       for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
            if rtype in {"opposes", "allied_with"} and len(between) > 1:
                self._pairwise(rtype, between, token)  # "fighting between the katiba and the Alliance"
                continue
            preps_of = [p for p in token.children if p.dep_ == "prep" and p.lower_ in preps]
            if not preps_of and token.dep_ in {"dobj", "obj"}:  # "provided support to the M23"
                preps_of = [p for p in token.head.children if p.dep_ in {"prep", "dative"} and p.lower_ in preps]
            targets = [a for p in preps_of for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
            if not targets and rtype in {"opposes", "allied_with"}:
                # "The Shilluk and the Nuer have a long history of clashes"
                self._pairwise(rtype, self._noun_source(token), token)
                continue
            if not targets:
                continue
            for source in self._noun_source(token):
                for target in targets:
                    self.found.add(rtype, source, target, token.sent, None, self.attribution(token))

    def _noun_source(self, token: Token) -> list[Actor]:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            actor = self.refs.actor_of(owner)
            if actor is not None and owner.lower_ not in {"its", "their"}:
                return [actor]
        for ancestor in token.ancestors:
            if ancestor.pos_ in {"VERB", "AUX"}:
                subjects, passive = self.subjects(ancestor)
                return [] if passive else subjects
        return []

    def _pairwise(self, rtype: str, actors: list[Actor], token: Token) -> None:
        for a, b in combinations(actors, 2):
            self.found.add(rtype, a, b, token.sent, None, self.attribution(token))

    # -- "Iranian-backed militia" --------------------------------------------------------------
    def from_backed(self, token: Token) -> None:
        lower = token.lower_
        for rtype, participles in self.cues["backed_participles"].items():
            if lower not in participles or token.i < 2 or self.doc[token.i - 1].text != "-":
                continue
            country = self.cues["demonyms"].get(self.doc[token.i - 2].text)
            source = self._actor_named(country) if country else self.refs.actor_of(self.doc[token.i - 2])
            target = self.refs.actor_of(token.head) if token.head is not token else None
            if target is None:
                for j in range(token.i + 1, min(token.i + 4, len(self.doc))):
                    target = self.refs.index.get(j)
                    if target is not None:
                        break
            if rtype == "located_in":
                source, target = target, source
            self.found.add(rtype, source, target, token.sent, None, self.attribution(token))

    def _actor_named(self, name: str) -> Actor | None:
        for actor in self.refs.actors:
            if actor.canonical == name or actor.name == name:
                return actor
        return None

    # -- "X, now in Moscow", "X, who is also in Moscow", "X is in Moscow" ---------------------------
    def from_location_phrase(self, actor: Actor) -> None:
        for mention in actor.mentions:
            i = mention.span.end
            doc = self.doc
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
                i += 3  # "the Sahel Gold Transparency Initiative (SGTI), a monitoring group based in Nairobi"
            place = self._place_in_appositive(i) or self._place_in_appositive_before(mention.span.start)
            if place is not None:  # "the Dnipro Security Institute, a Kyiv think tank"
                self.found.add("located_in", actor, place, mention.span, None, self.attribution(mention.span.root))
            if i < len(doc) and doc[i].text == ",":
                i += 1
                while i < len(doc) and doc[i].lower_ in LOCATION_ADVERBS:
                    i += 1
                if i + 1 < len(doc) and doc[i].lower_ in {"in", "based"}:
                    j = i + 1 if doc[i].lower_ == "in" else i + 2
                    place = self._place_at(j)
                    self.found.add("located_in", actor, place, mention.span, None, self.attribution(mention.span.root))

    def _place_in_appositive(self, i: int) -> Actor | None:
        """ ", a Kyiv think tank" after a name: the place that qualifies the appositive noun."""
        doc = self.doc
        if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
            return None
        j = i + 2
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        k = j
        while k < len(doc) and k < j + 4 and doc[k].pos_ in {"NOUN", "ADJ"} or k < len(doc) and doc[k].text == "-":
            k += 1
        if k > j and k + 1 < len(doc) and doc[k].lower_ in {"based", "headquartered", "registered", "located"}:
            k += 1
        if k > j and k + 1 < len(doc) and doc[k].lower_ == "in" and doc[k - 1].lemma_.lower() in _organization_nouns() | BODY_NOUNS:
            return self._place_at(k + 1)  # "Sapphire Line Trading FZE, a company in the Ajman free zone"
        place = self.refs.index.get(j)
        if place is None or place.type != "location":
            return None
        end = next((m.span.end for m in place.mentions if m.span.start == j), j + 1)
        return place if end < len(doc) and doc[end].pos_ == "NOUN" else None

    def _place_in_appositive_before(self, start: int) -> Actor | None:
        """ "a Miami freight company, Sunrise Gulf Cargo LLC": the place that qualifies the noun before the name."""
        doc = self.doc
        j = start - 2
        if j < 1 or doc[start - 1].text != "," or doc[j].pos_ != "NOUN" or doc[j].lemma_.lower() not in _organization_nouns():
            return None  # "the governor of the Tartous region, NAME" says where NAME governs, not is
        for k in range(j - 1, max(j - 5, -1), -1):
            token = doc[k]
            if token.pos_ == "DET" or token.is_punct:
                break
            place = self.refs.index.get(k)
            if place is not None:
                return place if place.type == "location" and token.dep_ in {"compound", "amod", "nmod"} else None
        return None

    def _place_at(self, i: int) -> Actor | None:
        doc = self.doc
        while i < len(doc) and doc[i].lower_ in {"the", "northern", "southern", "eastern", "western", "coastal", "central"}:
            i += 1
        actor = self.refs.index.get(i) if i < len(doc) else None
        return actor if actor is not None and actor.type == "location" else None

    def _role_is_name(self, token: Token) -> None:
        """ "Sapphire Line's sole director is Denis Korovin": the role's holder is the named person."""
        role = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        name = next((c for c in token.children if c.dep_ == "attr" and c.i in self.refs.index), None)
        rtype = role_relations().get(role.lemma_.lower()) if role is not None else None
        if role is None or name is None or rtype is None:
            return
        phrase = self.doc[role.left_edge.i : role.right_edge.i + 1]
        holder = self.refs.index[name.i]
        self.found.add(rtype, holder, self._other_in(phrase, holder), token.sent, role.lemma_.lower(), self.attribution(token))

    def from_copula(self, token: Token) -> None:
        """ "Maher is in Moscow", "who is also in Moscow", "X, who is Y's brother-in-law"."""
        if token.lemma_ not in {"be", "remain", "become"}:
            return
        subjects, _ = self.subjects(token)
        self._role_is_name(token)
        for attr in token.children:
            rtype = role_relations().get(attr.lemma_.lower()) if attr.dep_ == "attr" else None
            if rtype is None:
                continue
            phrase = self.doc[attr.left_edge.i : attr.right_edge.i + 1]
            for s in subjects:
                other = self._other_in(phrase, s)
                self.found.add(rtype, s, other, token.sent, attr.lemma_.lower(), self.attribution(token))
        places = [a for a in self.objects(token, ["in"]) if a.type == "location"]
        for s in subjects:
            for p in places:
                self.found.add("located_in", s, p, token.sent, None, self.attribution(token))

    # -- "which has troops in Baidoa", "keeps a garrison north of Humera" ------------------------
    def from_presence(self, verb: Token) -> None:
        cue = self.cues["presence"]
        if verb.lemma_.lower() not in cue["verbs"] or _unasserted(verb):
            return
        held = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lower_ in cue["nouns"]]
        if not held:
            return
        places = []
        for root in [*held, *(c for c in verb.children if c.dep_ in {"prep", "advmod", "npadvmod"})]:
            for token in root.subtree:
                place = self.refs.index.get(token.i)
                first = token
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head  # "in Baidoa and Kismaayo"
                if place is None or place.type != "location" or first.dep_ != "pobj":
                    continue
                prep = first.head
                if prep.lower_ in cue["prepositions"] or prep.lower_ == "of" and prep.head.lower_ in COMPASS:
                    places.append(place)
        subjects, passive = self.subjects(verb)
        for subject in [] if passive else subjects:
            for place in places:
                self.found.add("located_in", subject, place, verb.sent, None, self.attribution(verb))

    # -- "Jama said by telephone from Nairobi", "his son was arrested in Laredo" --------------
    def from_whereabouts(self, verb: Token) -> None:
        lemma = verb.lemma_.lower()
        if lemma not in speech_verbs() and lemma not in WHEREABOUTS_VERBS or _unasserted(verb):
            return
        places = []
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                place = self.refs.index.get(obj.i)
                if place is not None and place.type == "location" and prep.lower_ in {"in", "from", "at"}:
                    places.append(place)
                elif obj.lower_ in WHEREABOUTS_MEANS:  # "by telephone from Nairobi", "in his office in Pétion-Ville"
                    places += [p for p2 in obj.children if p2.dep_ == "prep" and p2.lower_ in {"in", "from", "at"}
                               for o2 in p2.children if o2.dep_ == "pobj"
                               for p in [self.refs.index.get(o2.i)] if p is not None and p.type == "location"]
        if not places:
            return
        subjects, _ = self.subjects(verb)
        for subject in subjects:
            if subject.type == "person":
                for place in places:
                    self.found.add("located_in", subject, place, verb.sent, None, self.attribution(verb))

    # -- "The Quds Force gives us money", "paid salaries to the brigade" --------------------------
    def from_giving_money(self, verb: Token) -> None:
        if verb.lemma_.lower() not in GIVING_VERBS or _unasserted(verb):
            return
        gifts = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        if not any(g.lemma_.lower() in MONEY_NOUNS or g.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in g.subtree) for g in gifts):
            return
        receivers = []
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ != "ADP":
                receivers += self.refs.with_conjuncts(child)
            elif child.dep_ in {"dative", "prep"} and child.lower_ == "to":
                receivers += [a for o in child.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
        subjects, passive = self.subjects(verb)
        givers = self.agents(verb) if passive else subjects
        for giver in givers:
            for receiver in receivers:
                self.found.add("funds", giver, receiver, verb.sent, None, self.attribution(verb))

    # -- "Bastion also has a rival. Sever Legion, a formation financed by …" ----------------------
    def from_has_role(self, verb: Token) -> None:
        if verb.lemma_ != "have" or _unasserted(verb):
            return
        for role in (c for c in verb.children if c.dep_ in {"dobj", "obj"}):
            rtype = role_relations().get(role.lemma_.lower())
            if rtype not in {"opposes", "allied_with", "funds"}:
                continue
            holder = self.refs.actor_of(role) or self._appositive_actor(role) or self._named_next(role)
            if holder is None:
                continue
            for subject in self.subjects(verb)[0]:
                # "X has a backer, Y": Y is the backer of X
                self.found.add(rtype, holder, subject, verb.sent, role.lemma_.lower(), self.attribution(verb))

    def _named_next(self, role: Token) -> Actor | None:
        """The actor a sentence ending on the role noun names next: "has a rival: Sever Legion" or,
        in the next sentence, "Sever Legion, a formation …"."""
        doc, i = self.doc, role.right_edge.i + 1
        if i < len(doc) and doc[i].text in {":", "—", "–"}:
            return self.refs.index.get(i + 1)
        if i < len(doc) and doc[i].text == "." and i + 1 < len(doc):
            j = i + 1
            while j < len(doc) and doc[j].is_space:
                j += 1
            actor = self.refs.index.get(j)
            if actor is not None:
                end = next((m.span.end for m in actor.mentions if m.span.start == j), j + 1)
                if end < len(doc) and doc[end].text == "," and actor.type != "location":
                    return actor
        return None

    # -- "whom four officers described as the group's chief financier" -------------------------
    def from_described_as(self, verb: Token) -> None:
        if verb.lemma_.lower() not in DESCRIBING_VERBS:
            return
        roles = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in role_relations()]
        if not roles:
            return
        described = [a for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"} for a in self.refs.with_conjuncts(c)]
        if not described and verb.dep_ in {"relcl", "acl"}:
            described = self.refs.with_conjuncts(verb.head)
        for role in roles:
            rtype = role_relations()[role.lemma_.lower()]
            phrase = self.doc[role.left_edge.i : role.right_edge.i + 1]
            for actor in described:
                self.found.add(rtype, actor, self._other_in(phrase, actor), verb.sent, role.lemma_.lower(), self.attribution(verb))

    # -- "Lamothe, whose gang, Baz Solèy, controls the road" -----------------------------------
    def from_whose(self, token: Token) -> None:
        if token.lower_ != "whose" or token.head.pos_ != "NOUN":
            return
        owner = self.refs.actor_of(token)
        noun = token.head
        role = role_relations().get(noun.lemma_.lower())
        holder = self._appositive_actor(noun)
        if role is not None and holder is not None and holder.type == "person":
            # "Desert Crown FZE, a company in Sharjah whose managing director, Karim Haddad, …"
            self.found.add(role, holder, owner, token.sent, noun.lemma_.lower(), self.attribution(token))
            return
        if noun.lemma_.lower() not in _organization_nouns():
            return
        named = self._appositive_actor(noun) or self.refs.index.get(noun.i + 1)
        if named is not None and named.type == "organization":
            self.found.add("commands", owner, named, token.sent, noun.lemma_.lower(), self.attribution(token))

    # -- "the FARDC and allied Wazalendo militias" ------------------------------------------------
    def from_allied_modifier(self, token: Token) -> None:
        if token.lower_ not in {"allied", "affiliated", "aligned", "friendly"} or token.dep_ != "amod":
            return
        noun = token.head
        allies = [self.refs.index[t.i] for t in noun.lefts if t.dep_ == "compound" and t.i in self.refs.index]
        if not allies:
            return
        partners = [a for c in ([noun.head] if noun.dep_ == "conj" else noun.conjuncts) for a in self.refs.with_conjuncts(c)]
        for ally in allies:
            for partner in partners:
                self.found.add("allied_with", ally, partner, token.sent, None, self.attribution(token))

    # -- "Bastion's 3rd Assault Detachment", "Mexico's CJNG" -----------------------------------
    def from_possessed_unit(self, actor: Actor) -> None:
        if actor.type != "organization":
            return
        for mention in actor.mentions:
            start = mention.span.start
            if start < 2 or self.doc[start - 1].text not in {"'s", "’s"}:
                continue
            owner = self.refs.index.get(start - 2)
            if owner is not None and owner.type == "location":
                self.found.add("located_in", actor, owner, mention.span, None, self.attribution(mention.span.root))
            words = {w.lower() for w in mention.text.split()}
            if owner is not None and owner.type == "organization" and words & UNIT_NOUNS:
                self.found.add("member_of", actor, owner, mention.span, None, self.attribution(mention.span.root))

    def run(self) -> list[Relation]:
        for actor in self.refs.actors:
            for descriptor in actor.descriptors:
                self.from_descriptor(actor, descriptor)
            if actor.type in {"person", "organization", "group"}:
                self.from_location_phrase(actor)
            self.from_possessed_unit(actor)
        for token in self.doc:
            self.from_token(token)
        self.in_first_person()
        return self.found.relations()

    def in_first_person(self) -> None:
        """A second look at what speakers say of "I" and "we", once the speakers' bodies are known."""
        voices = find_voices(self.doc, self.found.relations())
        if not voices:
            return
        self.refs.voices = voices
        first_person = FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL
        for sentence in self.refs.sentences():
            if not any(t.lower_ in first_person and voice_at(voices, t.idx) for t in sentence):
                continue
            for token in sentence:
                self.from_token(token)
            for actor in self.refs.actors:
                for descriptor in actor.descriptors:
                    if sentence.start_char <= descriptor.start < sentence.end_char:
                        self.from_descriptor(actor, descriptor)

    def from_token(self, token: Token) -> None:
        if token.pos_ in {"VERB", "AUX"}:
            self.from_verb(token)
            self.from_copula(token)
            self.from_presence(token)
            self.from_whereabouts(token)
            self.from_described_as(token)
            self.from_has_role(token)
            self.from_giving_money(token)
        self.from_coordination(token)
        self.from_backed(token)
        self.from_kin_list(token)
        self.from_relation_noun(token)
        self.from_whose(token)
        self.from_allied_modifier(token)


def _names_a_unit(actor: Actor) -> bool:
    """ "Katiba Djelgodji", "3rd Assault Detachment": a body that is itself a unit."""
    return any(w.lower() in UNIT_NOUNS for w in actor.name.split())


@lru_cache(maxsize=1)
def _organization_nouns() -> frozenset[str]:
    return frozenset(yaml_data("type_words")["organization_nouns"])


def _unasserted(verb: Token) -> bool:
    """ "would rule", "did not fund": a hypothetical or negated verb states no relation."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) for c in verb.children)


def find_relations(doc: Doc) -> list[Relation]:
    """Every relation the text states between two of its actors, one per type and pair."""
    return _Extractor(doc).run()


@Language.component("actormap_relations", requires=["doc._.actors", "doc._.quotes"], assigns=["doc._.relations"])
def relations_component(doc: Doc) -> Doc:
    doc._.relations = find_relations(doc)
    return doc
