"""Relations between actors: the spaCy component, and the rules read from verbs,
coordination, relation nouns, compound adjectives and the first person.

Role phrases are in relation_roles.py, places in relation_places.py, what they share in
relation_base.py. Written by hand on top of spaCy's dependency parse: no offline library
extracts these seven relation types; the cue words live in patterns/en/relation_verbs.yaml
and relation_cues.yaml so that the rules stay short.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_words import label_pattern
from actormap.extract.doc_text import text_of
from actormap.extract.facts import Relation
from actormap.extract.first_person import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    find_voices,
    voice_at,
)
from actormap.extract.gazetteer_words import PLACE_NOUNS
from actormap.extract.mentions import kin_nouns
from actormap.extract.reference import (
    PART_NOUNS,
    SUBJECT_DEPS,
)
from actormap.extract.relation_base import (
    GIVING_VERBS,
    MONEY_NOUNS,
    RECEIVING_VERBS,
    UNIT_NOUNS,
    names_a_unit,
    unasserted,
)
from actormap.extract.relation_places import PlaceRules
from actormap.extract.relation_roles import RoleRules


class _Extractor(RoleRules, PlaceRules):
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
            and not (h.dep_ == "appos" and h.head.i in self.refs.index)  # "Pacific Refiners Inc., a … company managed by X"
            for h in heads
        )

    def _owners_of_unit(self, verb: Token) -> list[Actor]:
        """The named possessor of a commanded armed unit: "the army's southern sector" is the
        army's (a pronoun possessor is left to the rules that resolve pronouns; an office is not
        an armed unit: "runs the brigade's office in Najaf" may name another brigade), and of any
        unit a body is named owning ("leads HSM's Somalia desk")."""
        owners = []
        for obj in verb.children:
            if obj.dep_ in {"dobj", "obj"} and obj.lemma_.lower() in UNIT_NOUNS:
                for poss in obj.children:
                    named = poss.pos_ == "PROPN" or obj.lemma_.lower() in _ARMED_UNIT_NOUNS and poss.pos_ != "PRON"
                    actor = self.refs.actor_of(poss) if poss.dep_ == "poss" and named else None
                    if actor is not None and actor.type in {"organization", "group"}:
                        owners.append(actor)
        return owners

    def from_verb(self, verb: Token) -> None:
        readings = self.verbs.get(verb.lemma_.lower())
        if not readings or unasserted(verb):
            return
        subjects, passive = self.subjects(verb)
        if not passive and verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children) \
                and self.agents(verb):
            passive = True  # "3R, led since 2021 by Hamadou Sali Garga, retains …": the parser made 3R its subject
        attributed = self.attribution(verb)
        for reading in readings:
            if passive and reading.get("voice") == "active":
                continue
            via = reading.get("via", ["object"])
            if passive and ("object" in via or reading["type"] != "located_in" and self.agents(verb)):
                sources, targets = self.agents(verb), subjects  # also "X is presided over by Y"
            else:
                sources, targets = subjects, self.objects(verb, via, reading.get("through_object", False))
            if reading.get("reverse"):
                sources, targets = targets, sources
            rtype = reading["type"]
            if rtype == "opposes" and not passive and not targets and "object" in via:
                targets = self._owners_of_objects(verb)
            if rtype == "commands" and self._names_a_unit_of(verb, passive):
                rtype = "member_of"  # "commands an SNA brigade": a unit of the SNA, so a member of it
                if not passive:
                    targets = [a for a in targets if a.type != "location"]  # "HSM's Somalia desk" serves HSM, not Somalia
                    targets = targets or self._owners_of_unit(verb)  # "who commands the army's southern sector"
            posted = self._posting_of(verb, passive) if rtype == "commands" else None
            if reading.get("sources"):  # "he fought with ASWJ" is a member's; "Fano fought with the army" is no reading
                sources = [s for s in sources if s.type in reading["sources"]]
            for source in sources:
                for target in targets:
                    if posted is not None and target.type == "organization" and not names_a_unit(target):
                        # "who heads the VDP in Djibo": a local head, a member of the whole; reporting
                        # reads it both ways ("commands the Força Local in Mueda district" is his command)
                        self.found.add("member_of", source, target, verb.sent, reading.get("label"), attributed)
                        self.found.add("commands", source, target, verb.sent, reading.get("label"), attributed)
                        self.found.add("located_in", source, posted, verb.sent, None, attributed)
                        self.found.add("located_in", target, posted, verb.sent, None, attributed)  # the VDP is in Djibo
                    elif rtype == "member_of" and verb.lemma_.lower() == "belong" and source.type == "organization" and target.type == "person":
                        # "Zein Brothers belongs to Kassem Zein": a body belongs to its owner, not the reverse
                        self.found.add("commands", target, source, verb.sent, "owner", attributed)
                    else:
                        self.found.add(rtype, source, target, verb.sent, reading.get("label"), attributed)
                        if posted is not None:  # "commands JNIM's Katiba Djelgodji in Soum province"
                            self.found.add("located_in", target, posted, verb.sent, None, attributed)
                if posted is not None and not targets:
                    self.found.add("located_in", source, posted, verb.sent, None, attributed)  # "commands a cell in El Oro"

    def _owners_of_objects(self, verb: Token) -> list[Actor]:
        """Whose men or things a hostile verb's object names: "killed 87 fighters of the Ansar
        al-Liptako group", "stormed a Liwa al-Rafidain checkpoint", "shelled DRGF positions",
        "hit 23 of its vehicles"."""
        owners: list[Actor] = []
        for obj in (c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i not in self.refs.index):
            if obj.pos_ == "NUM":  # "killed two of the sheikh's nephews"
                obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), obj)
            if obj.pos_ != "NOUN":
                continue
            named = [c for c in obj.children if c.dep_ in {"compound", "nmod", "amod", "poss"} and c.i < obj.i]
            for body in (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
                named += [body, *(c for c in body.children if c.dep_ == "compound" and body.pos_ == "NOUN")]  # "of the Ansar al-Liptako group"
            for token in named:
                actor = self.refs.actor_of(token) if token.dep_ == "poss" else self.refs.index.get(token.i)
                if actor is not None and actor.type in {"organization", "group", "person"} and actor not in owners:
                    owners.append(actor)
        return owners

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

    def from_relation_noun(self, token: Token) -> None:
        """ "The Government of Yemen reaffirms its commitment to the fight against the Houthi militia"."""
        gerund = token.tag_ == "VBG" and token.dep_ in {"nsubj", "dobj", "pobj", "ROOT"}  # "Fighting between X and Y has …"
        if token.pos_ != "NOUN" and not gerund:
            return
        for rtype, nouns in self.cues["relation_nouns"].items():
            preps = nouns.get(token.lower_) or nouns.get(token.lemma_.lower())
            if not preps or rtype == "commands" and not _control_held(token):
                continue
            if rtype == "allied_with" and any(c.lower_ in self.cues["truce_words"] for c in token.children):
                continue  # "a peace agreement with the government" is signed by enemies
            between = [a for p in token.children if p.dep_ == "prep" and p.lower_ == "between"
                       for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
            if rtype in {"opposes", "allied_with"} and len(between) > 1:
                self._pairwise(rtype, between, token)  # "fighting between the katiba and the Alliance"
                continue
            preps_of = [p for p in token.children if p.dep_ == "prep" and p.lower_ in preps]
            if not preps_of and token.dep_ in {"dobj", "obj"}:  # "provided support to the M23"
                preps_of = [p for p in token.head.children if p.dep_ in {"prep", "dative"} and p.lower_ in preps]
            targets = [a for p in preps_of for o in p.children if o.dep_ == "pobj"
                       for a in self.refs.with_conjuncts(o) or self._town_of(o)]
            if not targets and rtype in {"opposes", "allied_with"}:
                # "The Shilluk and the Nuer have a long history of clashes"
                self._pairwise(rtype, self._noun_source(token), token)
                continue
            if not targets:
                continue
            if rtype == "allied_with" and any(c.dep_ == "amod" and c.lower_ in MONEY_ADJECTIVES for c in token.children):
                rtype = "funds"  # "provides financial support to Gran Bwa": money, not only sympathy
            state_party = token.lemma_.lower() in self.cues["accord_nouns"]  # "an agreement with Mozambique"
            for source in self._noun_source(token):
                for target in targets:
                    self.found.add(rtype, source, target, token.sent, None, self.attribution(token), state_party)

    def _town_of(self, noun: Token) -> list[Actor]:
        """ "control over the town of Nyabibwe": the place a place noun is named by."""
        if noun.lemma_.lower() not in PLACE_NOUNS:
            return []
        return [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o) if a.type == "location"]

    def _noun_source(self, token: Token) -> list[Actor]:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            actor = self.refs.actor_of(owner)
            if actor is not None and owner.lower_ not in {"its", "their"}:
                return [actor]
        for ancestor in token.ancestors:
            if ancestor.pos_ in {"VERB", "AUX"}:
                if ancestor.lemma_.lower() in self.cues["observing_verbs"]:
                    return []  # "The Panel investigated the financing of the UNDF": no funder
                subjects, passive = self.subjects(ancestor)
                agentless = not any(c.dep_ == "agent" for c in ancestor.children)
                return subjects if not passive or agentless else []  # "Gandu is locked in a rivalry with X"
        return []

    # -- "Iranian-backed militia" --------------------------------------------------------------
    def from_backed(self, token: Token) -> None:
        lower = token.lower_
        for rtype, participles in self.cues["backed_participles"].items():
            if lower not in participles or token.i < 2 or self.doc[token.i - 1].text != "-":
                continue
            country = self.cues["demonyms"].get(self.doc[token.i - 2].text)
            source = self._actor_named(country) if country else self.refs.actor_of(self.doc[token.i - 2])
            target = self.refs.actor_of(token.head) if token.head.i != token.i else None  # also "X was a Lebanon-based organization"
            if target is None and token.head.dep_ == "appos":
                target = self._body_before_appositive(token.head)
            if target is None:
                for j in range(token.i + 1, min(token.i + 4, len(self.doc))):
                    if self.doc[j].pos_ in {"VERB", "AUX"}:
                        break  # the noun phrase has ended: "RSF-held mines reaches Dubai" holds no Dubai
                    target = self.refs.index.get(j)
                    if target is not None:
                        break
            if rtype == "located_in":
                source, target = target, source
            self.found.add(rtype, source, target, token.sent, None, self.attribution(token))
            if lower in self.cues["held_participles"] and target is not None and target.type == "location":
                # a body that holds a place operates there: "the RSF-held Songo mines"
                self.found.add("located_in", source, target, token.sent, None, self.attribution(token))

    def _body_before_appositive(self, noun: Token) -> Actor | None:
        """ "an analyst at the Policy Centre, an Aden-based think tank": the parser hangs the
        appositive on the person, but it describes the body named just before its comma."""
        i = noun.left_edge.i - 1
        if i < 1 or self.doc[i].text != ",":
            return None
        body = self.refs.index.get(i - 1)
        return body if body is not None and body.type == "organization" else None

    def _actor_named(self, name: str) -> Actor | None:
        for actor in self.refs.actors:
            if actor.canonical == name or actor.name == name:
                return actor
        return None

    # -- "The Quds Force gives us money", "paid salaries to the brigade" --------------------------
    def from_giving_money(self, verb: Token) -> None:
        if verb.lemma_.lower() not in GIVING_VERBS or unasserted(verb):
            return
        gifts = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
        if not any(g.lemma_.lower() in MONEY_NOUNS or g.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in g.subtree) for g in gifts):
            return
        receivers = []
        for child in [*verb.children, *_phrase_heads(verb)]:
            if child.dep_ == "dative" and child.pos_ != "ADP" and child.lower_ != "to":  # "sent him money"; "to" tagged PART is a preposition
                receivers += self.refs.with_conjuncts(child)
            elif child.dep_ in {"dative", "prep"} and (child.lower_ == "to" or child.lower_ == "with" and verb.lemma_ == "deposit"):
                receivers += [a for o in child.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o) or self._account_holders(o)]
        subjects, passive = self.subjects(verb)
        givers = self.agents(verb) if passive else subjects
        if passive and not givers:  # "18 million baht paid each month from Golden Lotus to the DRGF"
            givers = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o) if a.type != "location"]
        if passive and not givers and verb.dep_ in {"ccomp", "xcomp"}:
            givers = self.subjects(verb.head)[0]  # "MROUEH caused $14,600,000 to be delivered to Hizballah"
        for giver in givers:
            for receiver in receivers:
                self.found.add("funds", giver, receiver, verb.sent, None, self.attribution(verb))

    def _account_holders(self, noun: Token) -> list[Actor]:
        """ "transferred 42 million gourdes to accounts controlled by Marie-Claude Delva": money
        paid into an account goes to whoever holds it; reporting on money trails names the
        holder rather than the bank."""
        if noun.lemma_.lower() not in ACCOUNT_NOUNS:
            return []
        holders = [a for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() in HOLDING_VERBS
                   for ag in v.children if ag.dep_ == "agent" or ag.dep_ == "prep" and ag.lower_ == "to"
                   for o in ag.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
        return holders + [a for v in noun.children if v.dep_ == "relcl" and v.lemma_.lower() in HOLDING_VERBS
                          for c in v.children if c.dep_ == "nsubj" and c.lower_ not in {"that", "which"}
                          for a in self.refs.with_conjuncts(c)]  # "accounts that Saleh had opened"

    # -- "providing Delva with information on police operations" ----------------------------------
    def from_providing_with(self, verb: Token) -> None:
        """ "X provided Y with intelligence" (allied_with), "… with cash" or "… with weapons" (funds,
        as "arm" is): the dative-shifted giving from_giving_money does not see, whose direct object
        is the receiver."""
        if verb.lemma_.lower() not in SUPPLYING_VERBS or unasserted(verb):
            return
        gifts = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj" for g in [o, *o.conjuncts]]
        kinds = {"funds" if g.lemma_.lower() in MONEY_NOUNS | WEAPON_NOUNS or g.ent_type_ == "MONEY" else
                 "allied_with" if g.lemma_.lower() in AID_NOUNS else None for g in gifts} - {None}
        if not kinds:
            return
        receivers = [a for c in verb.children if c.dep_ in {"dobj", "obj"} for a in self.refs.with_conjuncts(c)]
        givers, passive = self.subjects(verb)
        if not givers and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
            # "Wesner Joseph has been identified by two sources as providing Delva with …"
            givers, passive = self.subjects(verb.head.head)
        if passive and verb.dep_ != "pcomp":
            return  # "Y was provided with weapons": the receiver is the subject, the giver unnamed
        for rtype in kinds:
            for giver in givers:
                for receiver in receivers:
                    self.found.add(rtype, giver, receiver, verb.sent, None, self.attribution(verb))

    # -- "Istmo received $2.3 million from Altavista" ---------------------------------------------
    def from_receiving_money(self, verb: Token) -> None:
        if verb.lemma_.lower() not in RECEIVING_VERBS or unasserted(verb) or verb.dep_ == "pcomp":
            return
        gifts = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        if not any(g.lemma_.lower() in MONEY_NOUNS or any(t.ent_type_ == "MONEY" for t in g.subtree) for g in gifts):
            return
        givers = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
        for receiver in self.subjects(verb)[0]:
            for giver in givers:
                self.found.add("funds", giver, receiver, verb.sent, None, self.attribution(verb))

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

    # -- "collaborated with the FDLR and with Wazalendo groups against the M23" --------------------
    def from_joint_fight(self, verb: Token) -> None:
        """Partners in a joint action share its enemy: the subject and each "with" partner oppose
        the "against" object. The parser often hangs a second "with" on the main verb."""
        if verb.lemma_.lower() not in self.cues["mutual_verbs"]["allied_with"] or unasserted(verb):
            return
        anchors = [verb, verb.head] if verb.dep_ in {"xcomp", "ccomp"} else [verb]
        withs = [c for a in anchors for c in a.children if c.lower_ == "with" and c.dep_ in {"prep", "conj"}]
        partners = [a for w in withs for o in w.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
        enemies = [a for root in [verb, *withs] for t in root.subtree if t.lower_ == "against" and t.dep_ == "prep"
                   for o in t.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
        subjects, _ = self.subjects(verb)
        attributed = self.attribution(verb)
        for subject in subjects:
            for partner in partners:
                self.found.add("allied_with", subject, partner, verb.sent, None, attributed)
        for side in [*subjects, *partners]:
            for enemy in enemies:
                self.found.add("opposes", side, enemy, verb.sent, None, attributed)

    # -- "its fighters had killed 63 members of the rival MPV" ----------------------------------
    def from_rival_modifier(self, token: Token) -> None:
        """A body called "the rival X" in a clause is the rival of that clause's subject (through
        the clauses above it: "FRNE said its fighters had killed … the rival MPV")."""
        if token.lower_ not in {"rival", "enemy"} or token.dep_ not in {"amod", "compound"} or token.head.i not in self.refs.index:
            return
        rival = self.refs.index[token.head.i]
        if rival.type != "organization":
            return
        for verb in (a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}):
            sides = [s for s in self.subjects(verb)[0] if s.type == "organization" and s is not rival]
            if sides:
                for side in sides:
                    self.found.add("opposes", side, rival, token.sent, None, self.attribution(verb))
                return

    # -- "carried out by the Dutch National Police together with the Belgian police" -------------
    def from_together_with(self, token: Token) -> None:
        """Whoever does something "together with" or "alongside" another does it as an ally."""
        side_by_side = [t.lower_ for t in self.doc[max(token.i - 5, 0) : token.i] if not t.is_punct][-3:] == ["side", "by", "side"]
        if token.lower_ != "with" or token.dep_ != "prep" or not side_by_side and not any(
                c.dep_ == "advmod" and c.lower_ in {"together", "along", "jointly"} for c in token.children):
            return
        partners = [a for o in token.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
        head = token.head
        if side_by_side:  # "fights side by side with X": the parser hangs "with" on the second "side"
            head = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), head)
        if head.pos_ in {"VERB", "AUX"}:
            if unasserted(head):
                return
            subjects, passive = self.subjects(head)
            sides = self.agents(head) if passive else subjects
        else:
            sides = self.refs.with_conjuncts(head)
        for side in sides:
            for partner in partners:
                if side.type in {"organization", "person"} and partner.type in {"organization", "person"}:
                    self.found.add("allied_with", side, partner, token.sent, None, self.attribution(token))

    # -- "Nizar Beltrami, who is married to the commander's eldest daughter" ----------------------
    def from_marriage(self, verb: Token) -> None:
        """Whoever marries someone is family of them; whoever marries someone's daughter (son,
        sister …) is that someone's in-law."""
        if verb.lemma_.lower() != "marry" and verb.lower_ != "married":
            return
        # "is married to": the parser may read "married" as an adjective on "is"
        clause = verb.head if verb.pos_ == "ADJ" and verb.dep_ == "acomp" else verb
        if unasserted(verb) or unasserted(clause):
            return
        subjects, _ = self.subjects(clause)
        partners = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        partners += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        attributed = self.attribution(verb)
        for partner in partners:
            spouse = self.refs.index.get(partner.i)
            label = "spouse"
            if spouse is None and partner.lemma_.lower() in kin_nouns():
                spouse, label = self._kin_of(partner), "in-law"
            for subject in subjects:
                if spouse is not None and subject.type == "person" and spouse.type == "person":
                    self.found.add("family", subject, spouse, verb.sent, label, attributed)

    def _kin_of(self, kin: Token) -> Actor | None:
        """Whose relative KIN is: "the commander's daughter", "a sister of Hamza Souissi"."""
        for child in kin.children:
            if child.dep_ == "poss":
                return self.refs.actor_of(child)
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((self.refs.actor_of(o) for o in child.children if o.dep_ == "pobj"), None)
        return None

    def run(self) -> list[Relation]:
        for actor in self.refs.actors:
            for descriptor in actor.descriptors:
                self.from_descriptor(actor, descriptor)
            if actor.type in {"person", "organization", "group"}:
                self.from_location_phrase(actor)
            self.from_possessed_unit(actor)
            self.from_name_of_body(actor)
            self.from_place_before_trade(actor)
            self.from_place_in_place(actor)
            self.from_byline(actor)
            self.from_of_affiliation(actor)
            self.from_body_of_person(actor)
            self.from_named_after_introduction(actor)
            self.from_named_after_place(actor)
            self.from_gang_of_place(actor)
        for token in self.doc:
            self.from_token(token)
        self.in_first_person()
        self.from_payment_lines()
        return self.found.relations()

    # -- "05 Jan — Payer: Jinhai Holdings → Payee: DBDF. USD 250,000." ---------------------------
    def from_payment_lines(self) -> None:
        """A ledger line that labels its payer and then its payee says the one funds the other."""
        text = text_of(self.doc)
        if ":" not in text:
            return
        payees = label_pattern("payee_labels")
        for payer in label_pattern("payer_labels").finditer(text):
            end = text.find("\n", payer.end())
            payee = payees.search(text, payer.end(), end if end >= 0 else len(text))
            if payee is None:
                continue
            source, target = self._actor_starting(payer.end()), self._actor_starting(payee.end())
            if source is None or target is None or source.type == "location" or target.type == "location":
                continue
            span = self.doc.char_span(payer.start(), payee.end(), alignment_mode="expand")
            if span is not None:
                self.found.add("funds", source, target, span)

    def _actor_starting(self, char: int) -> Actor | None:
        """The actor named right after a label, past a title ("Payee: Col. Saw Kyaw Hla Min")."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        for token in self.doc[span[0].i : span[0].i + 3]:
            if token.i in self.refs.index:
                return self.refs.index[token.i]
            if token.is_punct and token.text != ".":
                return None
        return None

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

    # -- "FLA versus Africa Corps and FAMa" -------------------------------------------------------
    def from_versus(self, token: Token) -> None:
        if token.lower_ not in {"versus", "vs", "vs."} or token.i == 0 or token.i + 1 >= len(self.doc):
            return
        left = self.refs.index.get(token.i - 1)
        right = next((t for t in self.doc[token.i + 1 : token.i + 4] if t.i in self.refs.index), None)
        if left is None or right is None:
            return
        actor = self.refs.index[right.i]
        root = next((m.span.root for m in actor.mentions if m.span.start <= right.i < m.span.end), right)
        for other in self.refs.with_conjuncts(root) or [actor]:
            self.found.add("opposes", left, other, token.sent, None, self.attribution(token))

    def from_token(self, token: Token) -> None:
        if token.pos_ in {"VERB", "AUX"}:
            self.from_verb(token)
            self.from_copula(token)
            self.from_presence(token)
            self.from_whereabouts(token)
            self.from_running_from(token)
            self.from_described_as(token)
            self.from_has_role(token)
            self.from_acting_as(token)
            self.from_giving_money(token)
            self.from_providing_with(token)
            self.from_receiving_money(token)
            self.from_joint_fight(token)
        self.from_marriage(token)
        self.from_together_with(token)
        self.from_rival_modifier(token)
        self.from_coordination(token)
        self.from_backed(token)
        self.from_kin_list(token)
        self.from_relation_noun(token)
        self.from_whose(token)
        self.from_allied_modifier(token)
        self.from_versus(token)
        self.from_active_in(token)
        self.from_his_body(token)
        self.from_men_under(token)

    # -- "units of the 3rd Military Region under Major General X" ---------------------------------
    def from_men_under(self, token: Token) -> None:
        """Men or units "under" a person are commanded by that person; the body they stand for
        ("units of X", "RSF troops") is the one the person leads."""
        if token.lower_ != "under" or token.dep_ != "prep":
            return
        body = self._men_of(token.head)
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if body is None and obj is not None and obj.lemma_.lower() in {"command", "leadership"} and token.head.pos_ in {"VERB", "AUX"}:
            # "The EPP remains under the command of X": the verb's subject is the body he leads
            body = next((a for a in self.subjects(token.head)[0] if a.type == "organization"), None)
        if body is None:
            return
        if obj is not None and obj.lemma_.lower() in {"command", "leadership"}:  # "under the command of X"
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        leader = self.refs.index.get(obj.i) if obj is not None else None
        if leader is not None and leader.type == "person" and body.type == "organization":
            self.found.add("commands", leader, body, token.sent, None, self.attribution(token))

    def _men_of(self, head: Token) -> Actor | None:
        """The body of the men "under" hangs on: "RSF troops", "units of X"; the parser often
        hangs "under" on X itself."""
        if head.lemma_.lower() in PART_NOUNS:
            return self.refs.actor_of(head)
        body = self.refs.index.get(head.i)
        if body is not None and body.type == "organization" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "under":
            return body  # "fought with the Hira Martyrs Brigade under Mukhtar al-Ghadamsi"
        of = head.head
        if body is not None and of.lower_ == "of" and of.head.lemma_.lower() in PART_NOUNS:
            return body
        return None


# The units of an armed body whose named possessor a commander serves.
_ARMED_UNIT_NOUNS = {"sector", "contingent", "battalion", "brigade", "detachment", "regiment", "division", "platoon",
                     "squad", "unit", "wing", "front", "katiba"}


def _phrase_heads(verb: Token) -> list[Token]:
    """Prepositions inside the verb's own phrases: "paid 150,000 quetzales in fees to X"."""
    return [p for child in verb.children if child.dep_ == "prep"
            for inner in child.children if inner.dep_ in {"pobj", "pcomp"}
            for p in inner.children if p.dep_ == "prep"]


# "financial support to X", "monetary assistance": support that is money.
MONEY_ADJECTIVES = {"financial", "monetary", "fiscal", "budgetary"}

# "provided Y with intelligence": what is given says whether it is aid or money and arms.
SUPPLYING_VERBS = {"provide", "supply", "furnish", "equip", "help", "assist"}
AID_NOUNS = {"information", "intelligence", "tip", "shelter", "protection", "support", "logistics", "training",
             "cover", "transport", "vehicle", "safe", "hideout", "fuel", "food", "document", "passport"}
WEAPON_NOUNS = {"weapon", "arms", "ammunition", "weaponry", "rifle", "gun", "explosive", "drone", "missile"}

# "accounts controlled by X", "a wallet belonging to X": money paid into them is X's.
ACCOUNT_NOUNS = {"account", "wallet"}
HOLDING_VERBS = {"control", "hold", "own", "belong", "register", "operate", "open", "manage"}

# "lost control of", "fighting for control of", "under the control of": control not held by the subject.
CONTROL_NOT_HELD = {"lose", "cede", "seek", "want", "contest", "dispute", "surrender", "relinquish"}


def _control_held(noun: Token) -> bool:
    """ "has exercised control over Rubaya", "took control of the town": the subject holds the place."""
    head = noun.head
    if noun.dep_ == "pobj":
        return False  # "for control of the goldfields", "under the control of the M23"
    return not (head.lemma_.lower() in CONTROL_NOT_HELD or any(c.dep_ == "neg" for c in head.children))


def find_relations(doc: Doc) -> list[Relation]:
    """Every relation the text states between two of its actors, one per type and pair."""
    return _Extractor(doc).run()


@Language.component("actormap_relations", requires=["doc._.actors", "doc._.quotes"], assigns=["doc._.relations"])
def relations_component(doc: Doc) -> Doc:
    doc._.relations = find_relations(doc)
    return doc
