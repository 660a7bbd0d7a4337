"""Relations stated by role phrases: "Assad's cousin", "X, governor of Tartous", "whose gang,
Baz Solèy", "described as the group's financier", "has a rival", "Bastion's 3rd Detachment".
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Span, Token

from actormap.extract.actors import Actor, Descriptor
from actormap.extract.reference import BODY_NOUNS, PREDICATE_NOUNS, national_army
from actormap.extract.relation_base import (
    ADMINISTRATIVE_UNITS,
    DESCRIBING_VERBS,
    KIN_PLURALS,
    SUBORDINATE,
    UNIT_NOUNS,
    RuleBase,
    names_a_unit,
    organization_nouns,
    role_relations,
    unasserted,
)


def _role_of_the_name(span: Span) -> bool:
    """A role phrase whose "of" has its object outside the phrase ("the owner of Beirut-based"
    before "Cedar Line SAL"): the name is what the role is held in, not who holds it."""
    return any(t.lower_ == "of" and not any(c.dep_ == "pobj" and span.start <= c.i < span.end for c in t.children)
               for t in span)


def _in_name_of(word: Token, body: Actor | None) -> bool:
    """ "the provincial police director" of the "Provincial Police Office": a level the body's own
    name carries says which body he heads, not that he serves a part of it."""
    return body is not None and body.type == "organization" and word.lower_ in {w.lower() for w in body.name.split()}


# Words that make a name an armed body's, one a man can call "his": "his Ghat Defence Force".
ARMED_NAME_WORDS = {"force", "forces", "army", "militia", "guard", "guards", "gang", "brigade", "brigades", "battalion",
                    "regiment", "legion", "front", "movement", "group", "corps", "division", "katiba", "liwa"}


# Roles held in an armed or political body, which a body's name on them places the holder in
# ("a Hezbollah district commander"); trades are not ("a Pretoria accountant").
BODY_ROLES = frozenset({"spokesman", "spokesperson", "member", "fighter", "official", "officer", "militant",
                        "operative", "financier", "recruiter", "deputy", "lieutenant"})


def _body_role(lemma: str) -> bool:
    return role_relations().get(lemma) == "commands" or lemma in BODY_ROLES


def _names_media_or_body(actor: Actor) -> bool:
    """Whether a body is one a person is named with as its staff ("Reuters' X", "HRW's X"), not
    a state whose "Sudan's X" is a citizen: any body the type vote made an organization."""
    return actor.type == "organization" and not any(m.span.root.ent_type_ == "GPE" for m in actor.mentions)


def _moved_from(name: Token) -> bool:
    """Whether "from" after a name hangs from a verb of leaving or sending, not from the name."""
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return after is not None and after.head.i != name.i


def _names_an_armed_body(actor: Actor) -> bool:
    return actor.type == "organization" and any(w.lower() in ARMED_NAME_WORDS for w in actor.name.split())


# A body that belongs to the one named before it: "the Taliban's Ministry of Interior".
# The offices that govern a place, for "head of the Donetsk regional military administration".
ADMINISTRATION_NOUNS = {"administration", "government", "authority", "council", "municipality"}
OFFICE_WORDS = {"ministry", "agency", "commission", "directorate", "department", "bureau", "office", "service", "council"}
# A body's parts as Spanish, French or Portuguese names write them, a task force and a named
# operation: "the ELN's Frente Urbano Manuel Pérez", "the army's Vulcano Task Force", "the NUG's
# People's Defence Force", "the Nigerian Army's Operation Fansan Yamma".
FOREIGN_UNIT_WORDS = {"frente", "bloque", "brigada", "comando", "columna", "unidad", "force", "forces", "operation"}


# A plural kinship noun with a possessor, and what each person listed after it is to the possessor.
POSSESSED_KIN = {"sons": "son", "daughters": "daughter", "brothers": "brother", "sisters": "sister", "cousins": "cousin",
                 "nephews": "nephew", "nieces": "niece"}


class RoleRules(RuleBase):
    # -- role phrases: "Assad's cousin", "governor of Tartous" ---------------------------------
    def from_descriptor(self, actor: Actor, descriptor: Descriptor) -> None:
        span = self.doc.char_span(descriptor.start, descriptor.end, alignment_mode="expand")
        if span is None:
            return
        if descriptor.kind == "premodifier" and _role_of_the_name(span):
            return  # "the owner of Beirut-based Cedar Line": the role is held in the body, by someone else
        attributed = self.attribution(span.root)
        posted_in = self._place_after_in(span)
        if posted_in is not None:  # "the RSF's commander in South Darfur", "a trader in Nampula"
            self.found.add("located_in", actor, posted_in, span, None, attributed)
        people = self._people_word_in(span, actor)
        if people is not None:  # "a Tuareg smuggler turned militia chief" belongs to the Tuareg
            self.found.add("member_of", actor, people, span, None, attributed)
        rtype = role_relations().get(descriptor.head)
        if rtype is None:
            return
        if rtype == "allied_with" and any(t.lower_ in {"former", "ex", "erstwhile", "one-time"} for t in span):
            return  # "fighting its former partners, Los Choneros": allies no more
        other = self._other_in(span, actor)
        if other is None and descriptor.kind == "title":
            other = self._of_after_name(actor, span)  # "Governor Rahima Kusain of Maguindanao del Sur"
        if other is None and rtype == "commands" and actor.type == "person":
            other = self._place_modifier(span)  # "Upper Nile governor James Odhok Ayul" (not "a Marshall Islands-registered ship manager")
        office_from = len(self.doc)  # where the name of an administration a place is read from begins
        if other is None and rtype == "commands":
            other = self._place_of_administration(span)  # "head of the Donetsk regional military administration"
            if other is not None:
                office_from = next(t.i for t in span if t.lower_ == "of")
        if other is None and rtype in {"commands", "member_of"}:
            other = self._body_modifier(span, actor) or self._body_after(span)
            if span[0].lower_ in {"a", "an", "one"}:
                rtype = "member_of"  # "a Wazalendo commander" leads men of Wazalendo; "UAFE director X" leads the UAFE
        if rtype == "commands" and any(t.lower_ in SUBORDINATE and t.i not in self.refs.index and t.dep_ != "poss"
                                       and not _in_name_of(t, other) and t.i < office_from for t in span):
            rtype = "member_of"  # "NISA's deputy director" serves NISA, does not lead it
        remit = any(t.lower_ == "for" and any(self.refs.index.get(o.i) is not None and self.refs.index[o.i].type == "location"
                                               for o in t.children if o.dep_ == "pobj") for t in span)
        if rtype == "commands" and (posted_in is not None or remit) and other is not None and other.type != "location":
            rtype = "member_of"  # "the RSF's commander in South Darfur", "OCHA's head of office for Rakhine": a part of it
        if rtype == "commands" and span[0].lower_ in {"a", "an", "one"} and other is not None and other.type != "location":
            rtype = "member_of"  # "a leader of the Abida" is one of its leaders
        label = descriptor.head if rtype in {"family", "commands", "member_of", "allied_with"} else None
        self.found.add(rtype, actor, other, span, label, attributed)

    # -- "Detective Inspector Rachel Hunt, of Lincolnshire Police, said" -----------------------
    def from_of_affiliation(self, actor: Actor) -> None:
        """A person's name, a comma, then "of" and a body is one of its people ("Rachel Hunt, of
        Lincolnshire Police, said"), and "of" a place is where they are from ("Jean Mbuyi, of
        Bukavu,"). Without the comma the role rules read it ("Amina Yusuf of the Sahel Relief
        Fund"; "Governor X of Y" heads Y)."""
        if actor.type != "person":
            return
        doc = self.doc
        for mention in actor.mentions:
            i = mention.span.end
            if i + 2 < len(doc) and doc[i].lower_ == "of" and doc[i].head.i == mention.span.root.i:
                self._body_of_plain_name(actor, mention.span, doc[i])
            if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "of":
                continue
            first = i + 3 if doc[i + 2].lower_ == "the" else i + 2
            other = self.refs.index.get(first) if first < len(doc) else None
            if other is None or other is actor:
                continue
            named = next((m.span for m in other.mentions if m.span.start == first), None)
            if named is None or named.end < len(doc) and doc[named.end].text not in {",", ".", ")", ";"} and doc[named.end].pos_ not in {"VERB", "AUX"}:
                continue  # "X, of the Y Brigade's logistics wing": the name runs on into another noun
            rtype = {"organization": "member_of", "location": "located_in"}.get(other.type)
            if rtype is not None:
                self.found.add(rtype, actor, other, mention.span.sent, None, self.attribution(mention.span.root))

    def _body_of_plain_name(self, actor: Actor, name: Span, of: Token) -> None:
        """ "Helen Okafor of the Nairobi-based Regional Finance Monitor puts …": a bare name (no
        role or title before it, which the role rules read: "Governor X of Y" heads Y) "of" a body
        is one of its people."""
        doc = self.doc
        before = doc[name.start - 1] if name.start > 0 else None
        if before is not None and (before.pos_ in {"NOUN", "PROPN", "ADJ"} or before.lower_ in role_relations()):
            return
        body = next((a for o in of.children if o.dep_ == "pobj" and (a := self.refs.actor_of(o)) is not None), None)
        if body is not None and body.type == "organization" and body is not actor:
            self.found.add("member_of", actor, body, name.sent, None, self.attribution(name.root))

    def from_body_of_person(self, actor: Actor) -> None:
        """ "the Libyan Arab Armed Forces (LAAF) of Khalifa Haftar": a body "of" a person is his
        command (not "Hezbollah of Lebanon", a place)."""
        if actor.type != "organization":
            return
        doc = self.doc
        for mention in actor.mentions:
            i = mention.span.end
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
                i += 3  # past the short name in brackets
            if i + 1 >= len(doc) or doc[i].lower_ != "of" or doc[i].head.i >= i:
                continue
            chief = self.refs.index.get(i + 1) or (self.refs.index.get(i + 2) if doc[i + 1].is_title else None)
            if chief is not None and chief.type == "person":
                self.found.add("commands", chief, actor, mention.span, None, self.attribution(mention.span.root))

    def _people_word_in(self, span: Span, actor: Actor) -> Actor | None:
        """A people's word qualifying the noun a person is described by: "a Tuareg smuggler",
        "a Shilluk politician"; not a body's noun ("a Dogon militia" is its own body)."""
        if actor.type != "person":
            return None
        for token in span:
            people = self.refs.index.get(token.i)
            noun = token.head
            if (people is not None and people.type == "group" and token.dep_ in {"compound", "amod", "nmod"}
                    and noun.pos_ == "NOUN" and noun.i in range(span.start, span.end) and noun.i not in self.refs.index
                    and noun.lemma_.lower() not in organization_nouns()):
                return people
        return None

    def _of_after_name(self, actor: Actor, title: Span) -> Actor | None:
        mention = next((m for m in actor.mentions if m.title is not None and m.title.start == title.start), None)
        if mention is None or mention.span.end + 1 >= len(self.doc) or self.doc[mention.span.end].lower_ != "of":
            return None
        i = mention.span.end + 1
        if self.doc[i].lower_ == "the":
            i += 1
        return self.refs.index.get(i)

    def _place_after_in(self, span: Span) -> Actor | None:
        for token in span:
            if token.lower_ in {"in", "from"} and token.i + 1 < span.end:  # "a commander from the Balukhali camp"
                place = self._place_at(token.i + 1)
                if place is not None:
                    return place
        return None

    def _place_modifier(self, span: Span) -> Actor | None:
        """The place written into a governor's title: "Upper Nile governor", "Gao region governor X"."""
        for token in span:
            place = self.refs.index.get(token.i)
            in_phrase = any(a.dep_ == "prep" and a.i >= span.start for a in token.ancestors)  # "a commander from the X camp"
            if place is not None and place.type == "location" and token.dep_ in {"compound", "amod", "nmod"} and not in_phrase:
                return place
        j = span.start - 1
        while j >= 0 and self.doc[j].lower_ in ADMINISTRATIVE_UNITS:
            j -= 1
        place = self.refs.index.get(j) if j >= 0 and j < span.start - 0 else None
        return place if place is not None and place.type == "location" else None

    def _place_of_administration(self, span: Span) -> Actor | None:
        """The place that names the administration a role's "of" leads to: "head of the Donetsk
        regional military administration" governs Donetsk, as "governor of Donetsk" would; the
        model tags the place, not the office."""
        for token in span:
            if token.lower_ != "of" or token.dep_ != "prep":
                continue
            for obj in token.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() not in ADMINISTRATION_NOUNS or obj.i in self.refs.index:
                    continue
                for mod in obj.subtree:
                    place = self.refs.index.get(mod.i)
                    if place is not None and place.type == "location" and mod.i < obj.i and mod.dep_ in {"compound", "amod", "nmod"}:
                        return place
        return None

    def _other_in(self, span: Span, actor: Actor) -> Actor | None:
        """The other end of a role phrase: its possessor ("Assad's") or the object of its "of"
        ("governor of Tartous"), or that object's appositive ("the owner of a freight company,
        Sunrise Gulf Cargo")."""
        for token in span:
            if token.lower_ in {"of", "at", "for", "with"} and token.dep_ == "prep":
                for obj in token.children:
                    if obj.dep_ != "pobj":
                        continue
                    other = self.refs.index.get(obj.i) or self._appositive_actor(obj) or self._name_on_noun(obj)
                    if other is None and obj.pos_ == "NOUN" and any(c.lower_ == "the" for c in obj.children):
                        other = self.refs.definite(obj)  # "a spokesman for the brigade, Adel Shennib"
                    if other is not None and other.type == "location" and token.lower_ == "for" and self._possessor_in(span, actor):
                        continue  # "the UN's deputy humanitarian coordinator for Sudan": a remit; the UN is the body
                    if other is not None and other is not actor:
                        return other
        for token in span:
            other = self.refs.index.get(token.i)
            possessor = token.i + 1 < len(self.doc) and self.doc[token.i + 1].text in {"'s", "’s", "'", "’"}
            if other is actor and possessor:
                other = self._namesake(token, actor)  # "Lina Saleh, Saleh's daughter": another Saleh
            if other is None or other is actor:
                continue
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

    def _possessor_in(self, span: Span, actor: Actor) -> bool:
        """Whether a body or person other than ACTOR owns the role phrase SPAN ("the UN's …")."""
        return any(self.refs.index.get(t.i) not in (None, actor) and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in {"'s", "’s"}
                   for t in span)

    def _name_on_noun(self, noun: Token) -> Actor | None:
        """ "the leader of the Gran Bwa gang", "a member of the Viv Ansanm coalition": the body
        named as a modifier of the common noun the role is held in (the model often leaves the
        noun out of the name)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in organization_nouns():
            return None
        names = [self.refs.index[c.i] for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i in self.refs.index]
        return names[0] if names and names[0].type == "organization" else None  # "a Tuareg militia" is not the Tuareg

    def _namesake(self, token: Token, actor: Actor) -> Actor | None:
        """The one other person whose name holds the family name TOKEN: kin share one, so the
        short name that is the actor's own in "Lina Saleh, Saleh's daughter" is someone else's."""
        kin = [a for a in self.refs.actors if a is not actor and a.type == "person" and token.text in a.name.split()]
        return kin[0] if len(kin) == 1 else None

    def _body_modifier(self, span: Span, actor: Actor) -> Actor | None:
        """An organization named as a modifier of the role, the nearest to it: "a Hezbollah commander",
        "a police spokesman", "Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF) official"."""
        for token in reversed(span):
            other = self.refs.index.get(token.i)
            if other is not None and other is not actor and other.type in {"organization", "group"} and token.dep_ in {"compound", "amod", "nmod"}:
                return self._body_of_people(token, other) if other.type == "group" else other
        for token in span:
            if token.pos_ == "NOUN" and token.dep_ == "compound" and token.i not in self.refs.index:
                named = self.refs.definite(token)  # "police" in "A police spokesman" → the Haitian National Police
                if named is not None and named is not actor:
                    return named
        return None

    def _body_of_people(self, token: Token, people: Actor) -> Actor:
        """ "the ethnic Kachin army" after "the Kachin Independence Army": the one named body
        whose name holds both the people's word and the noun it qualifies, else the people."""
        noun = token.head.lower_
        bodies = {a.id: a for a in self.refs.actors if a.type == "organization"
                  and any(token.text in m.text.split() and noun in m.text.lower().split() for m in a.mentions)}
        return next(iter(bodies.values())) if len(bodies) == 1 else people

    def _body_after(self, span: Span) -> Actor | None:
        """ "Lucía Montalvo Reyes, Research Director, Observatorio de Armas y Violencia": a role
        followed by the body, in a signature line."""
        doc, i = self.doc, span.end
        if i + 1 < len(doc) and doc[i].text == ",":
            other = self.refs.index.get(i + 1)
            if other is not None and other.type == "organization":
                return other
        return None

    def from_kin_list(self, token: Token) -> None:
        """ "two brothers, Héctor and Ramiro Arredondo": kin named in apposition to a plural kinship
        noun; "Fakih's sons, Ali and Mohammad": each is also the possessor's kin."""
        label, kin = KIN_PLURALS.get(token.lower_), POSSESSED_KIN.get(token.lower_)
        if label is None and kin is None:
            return
        named = [a for c in token.children if c.dep_ == "appos" for a in self.refs.with_conjuncts(c)]
        if len(named) < 2:
            named = self._listed_after(token.i + 1)
        attributed = self.attribution(token)
        if label is not None:
            for a, b in combinations(named, 2):
                self.found.add("family", a, b, token.sent, label, attributed)
        possessor = next((self.refs.actor_of(c) for c in token.children if c.dep_ == "poss"), None)
        if kin is not None and possessor is not None and possessor.type == "person":
            for relative in named:
                if relative is not possessor:
                    self.found.add("family", relative, possessor, token.sent, kin, attributed)

    def _listed_after(self, i: int) -> list[Actor]:
        """ ", A and B" right after a word: the actors listed there (the parser often misses the apposition)."""
        doc = self.doc
        found: list[Actor] = []
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
        attrs = [c for c in token.children if c.dep_ == "attr"]
        # "is a local imam and the brother of Ismaaciil Mursal": each role joined to the first
        for attr in [*attrs, *(c for a in attrs for c in a.conjuncts if c.i > a.i)]:
            rtype = role_relations().get(attr.lemma_.lower())
            if rtype is None:
                continue
            for s in subjects:
                self._held_role(attr, s, token)
        for attr in (c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() == "part" and not unasserted(token)):
            # "Kolonn Lanfè is part of the Ansanm Nou Fò coalition": one of its members
            named = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in self.refs.index]
            for whole in self.objects(attr, ["of"]):
                for s in subjects:
                    # "Bahati's faction is part of …" is the faction's, not Bahati's: a person only by name
                    if whole.type == "organization" and (s.type == "organization" or named):
                        self.found.add("member_of", s, whole, token.sent, None, self.attribution(token))
        for attr in (c for c in token.children if c.dep_ == "attr" and c.i in self.refs.index):
            body = self.refs.index[attr.i]
            for s in subjects:
                if s.type == "organization" and body.type == "organization" and names_a_unit(s):
                    self.found.add("member_of", s, body, token.sent, None, self.attribution(token))  # "Katiba Gourma Nord is JNIM"
        places = [a for a in self.objects(token, ["in"]) if a.type == "location"]
        for attr in (c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() in BODY_NOUNS | PREDICATE_NOUNS):
            # "Atlantique Motors SARL was a vehicle dealership in Cotonou"
            places += [a for a in self.objects(attr, ["in"]) if a.type == "location"]
        for s in subjects:
            for p in places:
                self.found.add("located_in", s, p, token.sent, None, self.attribution(token))

    def _held_role(self, role: Token, holder: Actor, verb: Token, other: Actor | None = None) -> None:
        """HOLDER holds ROLE ("is a director of Cedar Line", "served as a Hezbollah liaison officer
        in Sidon"): the relation to the body the role phrase names, else to OTHER."""
        rtype = role_relations()[role.lemma_.lower()]
        phrase = self.doc[role.left_edge.i : role.right_edge.i + 1]
        body = self._other_in(phrase, holder)
        if body is None and holder.type == "person" and role.i not in self.refs.index and _body_role(role.lemma_.lower()):
            # "X is a Hezbollah district commander": a body's own role, not a trade ("a Pretoria
            # accountant"), nor a people's ("the leader of the Tuareg militia")
            body = self._body_modifier(phrase, holder)
            body = body if body is not None and body.type == "organization" else None
            posted_in = self._place_after_in(phrase) if body is not None else None
            if posted_in is not None:  # "… commander in Nabatieh"
                self.found.add("located_in", holder, posted_in, verb.sent, None, self.attribution(verb))
        body = body or other
        one_of = rtype == "commands" and phrase[0].lower_ in {"a", "an", "one"} and body is not None and body.type != "location"
        # "is a director of Cedar Line": one of its directors, so a member
        self.found.add("member_of" if one_of else rtype, holder, body, verb.sent, role.lemma_.lower(), self.attribution(verb))

    # -- "Bastion also has a rival. Sever Legion, a formation financed by …" ----------------------
    def from_has_role(self, verb: Token) -> None:
        if verb.lemma_ != "have" or unasserted(verb):
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
            for actor in described:
                self._held_role(role, actor, verb)

    # -- "Adan Olow Ibrahim … and his company, Olow Livestock Traders Limited" ----------------
    def from_his_body(self, token: Token) -> None:
        """Also a named owner: "Amina Odhiambo's firm, Highland Tea PLC"."""
        if token.dep_ != "poss" or token.head.lemma_.lower() not in BODY_NOUNS:
            return
        if token.lower_ not in {"his", "her"} and token.i not in self.refs.index:
            return
        body = self._appositive_actor(token.head)
        owner = self.refs.actor_of(token)
        if body is not None and body.type == "organization" and owner is not None and owner.type == "person":
            self.found.add("commands", owner, body, token.sent, token.head.lemma_.lower(), self.attribution(token))

    # -- "MROUEH acted as a financier for the BAC" -------------------------------------------
    def from_acting_as(self, verb: Token) -> None:
        if verb.lemma_.lower() not in {"act", "serve", "work", "pose", "function"} or unasserted(verb):
            return
        for role in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in role_relations()):
            others = [a for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "to"}
                      for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o)]
            for actor in self.subjects(verb)[0]:
                self._held_role(role, actor, verb, others[0] if others else None)

    # -- "Lamothe, whose gang, Baz Solèy, controls the road" -----------------------------------
    def from_whose(self, token: Token) -> None:
        if token.lower_ != "whose" or token.head.pos_ != "NOUN":
            return
        owner = self.refs.actor_of(token)
        noun = token.head
        role = role_relations().get(noun.lemma_.lower())
        holder = self._appositive_actor(noun)
        if holder is None and noun.dep_ in {"nsubj", "attr"} and noun.head.lemma_ == "be":
            # "a Singapore-registered shell whose sole director is Nattapong Srisuk"
            holder = next((self.refs.index[c.i] for c in noun.head.children if c.dep_ in {"attr", "nsubj"} and c.i in self.refs.index), None)
            if holder is None:  # "whose sole director is Jelena's husband, Nikola Perić": the name set beside the kin noun
                holder = next((a for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                               for a in [self._appositive_actor(c)] if a is not None), None)
        if role is not None and holder is not None and holder.type == "person":
            # "Desert Crown FZE, a company in Sharjah whose managing director, Karim Haddad, …"
            self.found.add(role, holder, owner, token.sent, noun.lemma_.lower(), self.attribution(token))
            return
        if noun.lemma_.lower() not in organization_nouns():
            return
        named = self._appositive_actor(noun) or self.refs.index.get(noun.i + 1)
        if named is not None and named.type == "organization":
            self.found.add("commands", owner, named, token.sent, noun.lemma_.lower(), self.attribution(token))

    # -- "Wanjiru Kamau of the Prosecutions Office", "Col. Getachew Worku of the ENDF's Western Command"
    def from_name_of_body(self, actor: Actor) -> None:
        """A person named with "of" and a body serves that body: reporters place a source by the
        body they speak for. A title that leads ("Governor X of Y") is read by from_descriptor."""
        if actor.type != "person":
            return
        doc = self.doc
        for mention in actor.mentions:
            if mention.title is not None and any(d.kind == "title" and d.start == mention.title.start_char
                                                 and role_relations().get(d.head) == "commands" for d in actor.descriptors):
                continue
            start = mention.span.start
            employer = self.refs.index.get(start - 2) if start >= 2 and doc[start - 1].text in {"'s", "’s"} else None
            if employer is not None and len(mention.span) > 1 and _names_media_or_body(employer):
                # "Revista Frontera's Lucía Benítez", "Human Rights Watch's Laetitia Bader"
                self.found.add("member_of", actor, employer, mention.span.sent, None, self.attribution(mention.span.root))
            k = mention.span.end
            bracketed = self.refs.index.get(k + 1) if k + 2 < len(doc) and doc[k].text == "(" else None
            if bracketed is not None and bracketed.type == "organization":
                # "Interviewer: Mariam Ouédraogo (CSSS).": a byline gives the body in brackets
                close = next((m.span.end for m in bracketed.mentions if m.span.start == k + 1), k + 2)
                if close < len(doc) and doc[close].text == ")":
                    self.found.add("member_of", actor, bracketed, mention.span.sent, None, self.attribution(mention.span.root))
            # "Laetitia Bader of Human Rights Watch", "Mustafe Elmi from Codka Xamar TV here"
            if k + 1 >= len(doc) or doc[k].lower_ not in {"of", "from"}:
                continue
            k += 2 if doc[k + 1].lower_ == "the" else 1
            body = self.refs.index.get(k) if k < len(doc) else None
            if body is None or body.type != "organization":
                continue
            if doc[mention.span.end].lower_ == "from" and _moved_from(mention.span.root):
                continue  # "Hassan defected from the army", "money sent by X from Y"
            where = mention.span.sent
            self.found.add("member_of", actor, body, where, None, self.attribution(mention.span.root))
            end = next((m.span.end for m in body.mentions if m.span.start == k), k + 1)
            unit = self.refs.index.get(end + 1) if end + 1 < len(doc) and doc[end].text in {"'s", "’s"} else None
            if unit is not None and unit.type == "organization":  # "of the ENDF's Western Command": a part of the ENDF
                self.found.add("member_of", actor, unit, where, None, self.attribution(mention.span.root))

    def _subject_above(self, token: Token, actor: Actor) -> bool:
        """Whether ACTOR is the subject of a verb above TOKEN: "his" names the man the sentence is
        about, not merely the last man named ("X leads Y. His rival, Z, says his force …")."""
        verbs = [a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}][:3]
        return any(actor in self.subjects(v)[0] for v in verbs)

    # -- "Bastion's 3rd Assault Detachment", "Mexico's CJNG" -----------------------------------
    def from_possessed_unit(self, actor: Actor) -> None:
        if actor.type != "organization":
            return
        for mention in actor.mentions:
            end = mention.span.end
            if names_a_unit(actor) and end + 1 < len(self.doc) and self.doc[end].lower_ == "of":
                k = end + 2 if self.doc[end + 1].lower_ == "the" else end + 1
                body = self.refs.index.get(k) if k < len(self.doc) else None
                if body is not None and body.type == "organization" and body is not actor:
                    # "the 33rd Front of the FARC dissidents"
                    self.found.add("member_of", actor, body, mention.span, None, self.attribution(mention.span.root))
        for mention in actor.mentions:
            start = mention.span.start
            if start >= 1 and self.doc[start - 1].lower_ == "its" and {w.lower() for w in mention.text.split()} & (UNIT_NOUNS | OFFICE_WORDS):
                # "ISKP said through its Amaq news agency"
                owner = self.refs.actor_of(self.doc[start - 1])
                if owner is not None and owner is not actor:
                    self.found.add("member_of", actor, owner, mention.span, None, self.attribution(mention.span.root))
            if start >= 1 and self.doc[start - 1].lower_ in {"his", "her"} and _names_an_armed_body(actor) and mention.span.root.dep_ != "compound":
                # "says his Ghat Defence Force has 9,000 fighters": the force a man calls his is the one he leads
                leader = self.refs.actor_of(self.doc[start - 1])
                if leader is not None and leader.type == "person" and self._subject_above(mention.span.root, leader):
                    self.found.add("commands", leader, actor, mention.span, None, self.attribution(mention.span.root))
            if start >= 1 and self.doc[start - 1].lower_ == "whose" and _names_an_armed_body(actor):
                # "Fathi Ashour, …, whose Ain Zara Guard controls the district": the man's force
                leader = self.refs.actor_of(self.doc[start - 1])
                if leader is not None and leader.type == "person":
                    self.found.add("commands", leader, actor, mention.span, None, self.attribution(mention.span.root))
            if start < 2 or self.doc[start - 1].text not in {"'s", "’s"}:
                continue
            owner = self.refs.index.get(start - 2)
            if owner is None and self.doc[start - 2].lower_ in {"army", "military"}:
                owner = national_army(self.refs.actors)  # "the army's 6th Infantry Division": the one the text names
            if owner is not None and owner.type == "person" and mention.span.root.pos_ == "PROPN":
                # "Roro's Baz Lakay": the body a man is named with is the one he leads
                self.found.add("commands", owner, actor, mention.span, None, self.attribution(mention.span.root))
            if owner is not None and owner.type == "location":
                self.found.add("located_in", actor, owner, mention.span, None, self.attribution(mention.span.root))
            words = {w.lower() for w in mention.text.split()}
            root = mention.span.root
            if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= mention.span.end:
                words.add(root.head.lower_)  # "the Islamic State's Amaq news agency"
            # a body's own multi-word name after another body's possessive names a part of it
            # whatever its head word: "the Treasury Department's Financial Crimes Enforcement Network"
            proper_part = len(mention.span) > 1 and root.pos_ == "PROPN" and root.dep_ != "compound"
            if owner is not None and owner.type == "organization" and (words & (UNIT_NOUNS | OFFICE_WORDS | FOREIGN_UNIT_WORDS) or proper_part):
                self.found.add("member_of", actor, owner, mention.span, None, self.attribution(mention.span.root))

