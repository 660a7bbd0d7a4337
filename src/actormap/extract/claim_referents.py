"""Who a word in a claim's sentence stands for: names, pronouns, "the group", "we" in a quotation,
a commander's men, the body a document is about, the speaker of a quotation or turn.

Hand-written on top of the shared reference.py (References) because a claim needs stricter
answers than the relations do: a pronoun resolved to the wrong actor gives a wrong claim, which
costs as much as a missed one, so the resolver returns nobody where the text leaves doubt
(pronouns inside quotations, an unnamed speaker's "it").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_epithets import body_on, leader_before, quoted_word
from actormap.extract.claim_turns import speaker_turns
from actormap.extract.claim_words import (
    FIRST_PLURAL,
    FIRST_SINGULAR,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE,
    SPEAKER_PRONOUNS,
    SUBJECT_DEPS,
    body_nouns,
    claim_verbs,
    speech_verbs,
    unit_class,
    word_set,
)
from actormap.extract.doc_text import text_of
from actormap.extract.first_person import mail_messages
from actormap.extract.quotes import Quote
from actormap.extract.reference import OUTLAW_NOUNS, References, official, role_nouns


class ClaimResolver:
    """The shared References, made stricter where a wrong subject would be a wrong claim."""

    def __init__(self, doc: Doc) -> None:
        quotes = doc._.quotes or []
        self.doc = doc
        # the quoted words only: an attribution set between two parts of a passage ("…," said X.
        # He said … killing "at least 60 civilians") is the reporter's, not the quotation's
        self.quotes = [part for q in quotes for part in _quoted_parts(q)]
        self.quote_speakers = [(*part, q.speaker) for q in quotes if q.speaker is not None for part in _quoted_parts(q)]
        self.refs = References(doc, self.quotes)
        self.index = self.refs.index
        self.all_actors: list[Actor] = doc._.actors or []
        self.relations = doc._.relations or []
        self._turns: list[tuple[int, int, Actor]] | None = None
        self._mails: list[tuple[int, int, Actor]] | None = None
        self._topic: tuple[Actor | None] | None = None
        self._header: tuple[Actor | None] | None = None
        self._sources: dict[str, bool] = {}

    def in_quote(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self.quotes)

    def actor(self, token: Token, speaker: Token | None = None) -> Actor | None:
        """The actor TOKEN stands for; a pronoun in reported speech may be its SPEAKER ("X says it has")."""
        lower = token.lower_
        if token.i in self.index:
            return self.index[token.i]
        if lower in SPEAKER_PRONOUNS:
            return self._first_person(token, speaker)
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
            if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and clause.head.lemma_.lower() in speech_verbs():
                clause = clause.head  # "Los Lobos, which Treasury estimates has 8,000 members"
            if clause.dep_ == "relcl":
                antecedent = self.actor(clause.head)  # "a Dubai-based refiner, which paid ..."
                if antecedent is not None and antecedent.type == "person" and lower == "which":
                    return self._thing_before(clause.head)
                if antecedent is not None and antecedent.type == "location" and lower == "which":
                    # "Golden Crescent FZE, a company registered in … Dubai, which paid …": the
                    # company the place phrase hangs from, not the place
                    return self._thing_before(clause.head) or antecedent
                return antecedent
        return found

    def _thing_before(self, token: Token) -> Actor | None:
        """ "Pacific Refiners Inc., a company managed by Rodrigo Mejía, which has bought …": "which"
        is never a person, so its antecedent is the body the person's phrase hangs from."""
        node = token
        for _ in range(8):
            if node.dep_ not in {"pobj", "agent", "prep", "acl", "appos", "compound"} or node.head.i == node.i:
                return None
            node = node.head
            actor = self.index.get(node.i)
            if actor is not None and actor.type == "organization":
                return actor
        return None

    def _first_person(self, token: Token, reporter: Token | None = None) -> Actor | None:
        """ "I" is the one speaking, "we" their body: the speaker of the quotation or of the
        transcript line the pronoun is in ("“We have 3,000 fighters,” said Hassan, Hezbollah's
        commander"), or of the reported speech a quoted "we" or "our" is set in ('Ezzeddine, a
        spokesman for the Houthis, said that "our heroes" had killed …'); outside quotes, "we" in
        a body's own memo or report (its name heading the document) is that body; nobody when
        the speaker is unnamed."""
        speaker = self.voice(token.idx)
        if speaker is None and reporter is not None and token.lower_ in FIRST_PLURAL and quoted_word(token):
            return self.speaker_body(reporter)
        if speaker is None and token.lower_ in FIRST_PLURAL and not self.in_quote(token):
            return self.header_body()  # "We currently pay COP 38 million" in a company's own memo
        if speaker is None:
            return None
        if token.lower_ in FIRST_SINGULAR:
            return speaker if speaker.type == "person" else None
        if speaker.type == "organization":  # '"We have 3,000 fighters," a Hezbollah official said'
            return speaker if token.lower_ in FIRST_PLURAL else None
        if token.lower_ not in FIRST_PLURAL:
            return None
        # "A: We have 35 drivers and 60 pickups" from a smuggler who serves no body: his own outfit
        return self.affiliation(speaker) or (speaker if self.turn_speaker(token.idx) is speaker else None)

    def _pronoun(self, token: Token, speaker: Token | None) -> Actor | None:
        if self.in_quote(token):
            return None  # "They gave us two choices": a quote's pronouns are its speaker's business
        person = token.lower_ in PERSON_PRONOUNS
        speaking_for = speaker is not None and (speaker.lemma_.lower() in SPEAKING_ROLES or speaker.pos_ == "NOUN" and speaker.lemma_.lower() in body_nouns())
        if speaker is not None and token.lower_ in {"it", "its", "they", "their"} and speaking_for:
            # "the Yan Sa Kai vigilante group says it has 300 volunteers": the group named on the noun
            body = self.speaker_body(speaker) or body_on(speaker, self)
            if body is not None:
                return body  # "an FHP spokesperson told the Group that it had 1,500 men": the FHP
        if speaker is not None and speaker.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            said_by = self.actor(speaker)
            if said_by is not None and not person and _estimates(speaker):
                # "the Attorney General's Office estimates that it collects …": someone else's
                return self.last_body(token.sent.start_char, exclude=said_by)
            if said_by is not None and (said_by.type == "person") == person:
                return said_by
            plural_source = speaker.tag_ == "NNS" and token.lower_ in SINGULAR_PRONOUNS  # "Investigators believe he …"
            if said_by is None and speaker.pos_ == "NOUN" and not plural_source:
                return None  # "the Jordanian army says it has seized", "a trader said he paid": unnamed
        if person:
            return self.refs.last_person(token.idx)
        if token.lower_ in {"they", "them", "their"}:
            if _unnamed_plural_before(token, self):
                return None  # "The two kingpins are vying …, and their feud has driven …"
            pair = self._coordinated_people(token)
            if pair is not None:
                return pair
        if token.lower_ in {"it", "its"}:
            commander = self._unit_commander(token)
            if commander is not None:
                return commander
        wanted = {"organization"} if token.lower_ in {"it", "its"} else {"organization", "group"}
        found = self.refs.last_actor(token.idx, wanted)
        if found is not None and self.only_a_source(found) and not self._speaks(token, found):
            return None
        return found

    def _speaks(self, token: Token, actor: Actor) -> bool:
        """Whether ACTOR is who says TOKEN's sentence: "JNIM said … The group said only four of
        its fighters were killed": its own fighters, though JNIM is named only as a source."""
        for t in token.sent:
            speaker = t.dep_ == "nsubj" and t.i < token.i and t.head.lemma_.lower() in speech_verbs()
            if speaker and t.lower_ not in {"it", "its"} and self.actor(t) is actor:
                return True
        return False

    def only_a_source(self, actor: Actor) -> bool:
        """An organization named only as a source ("(Levant Press) -", "he told Levant Press") is
        no referent of "it": the text says nothing about it."""
        if actor.id not in self._sources:
            self._sources[actor.id] = all(_source_role(m.span.root) for m in actor.mentions)
        return self._sources[actor.id]

    def last_body(
        self, position: int, exclude: Actor | None = None, speaking: bool = False, unofficial: bool = False
    ) -> Actor | None:
        """The organization "the group" means at POSITION: in the nearest sentence before it that
        names one other than as a source ("NISA's deputy director said") or a modifier ("the al
        Qaeda-linked group"), its subject, else the first; quotations count ("pay the Shabaab").
        Never EXCLUDE: "the Panel estimates the group's revenue" is not about the Panel. When "the
        group" itself speaks, a source counts: "JNIM said … The group said only four …" is JNIM.
        UNOFFICIAL ("the group", "the militia") passes over state bodies and observers."""
        by_sentence: dict[int, list[tuple[int, bool, Actor]]] = {}
        for actor in self.all_actors:
            if actor.type != "organization" or (exclude is not None and actor.id == exclude.id):
                continue
            if unofficial and official(actor):
                continue
            for m in actor.mentions:
                if m.start_char >= position or not speaking and _source_role(m.span.root) or _hyphen_modifier(m.span):
                    continue
                if _dateline_place(m.span):
                    continue  # "PODGORICA, 9 October 2024 - …": a dateline names no body
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
            if t.dep_ != "conj" or actor is None or other is None or actor.id == other.id:
                continue
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
        named_person = next((self.index[c.i] for c in token.children if c.dep_ == "appos" and c.i in self.index), None)
        if named_person is not None and named_person.type == "person" and lemma in role_nouns():
            return named_person  # "A local Africa Corps commander known as Grom, leads …": Grom
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and owner.lower_ == "their" and _unnamed_plural_before(owner, self):
            return None
        named = [self.index[c.i] for c in token.children if c.dep_ == "compound" and c.i in self.index]
        if named:
            # "Al Shabaab militants", "Fano units" act for their body; "the Assad loyalists" are
            # not Assad, nor is "the Hezbollah commander" Hezbollah
            members = lemma in body_nouns() or unit_class(token.text) == "people" or lemma in word_set("acting_nouns")
            body = named[0].type in {"organization", "group"}
            plural = token.tag_ in {"NNS", "NNPS"} or lemma not in role_nouns()
            return named[0] if members and body and plural else None
        found = self.refs.actor_of(token)
        body_poss = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in body_nouns()), None)
        if found is None and body_poss is not None and lemma in word_set("declared_holdings") | word_set("budget_nouns"):
            found = self._noun(body_poss, speaker)  # "the group's income had fallen to …": the group's
        if found is not None and _modifier_of_name(lemma, found):
            return None  # "the refinery" is not the Refinery Guards Brigade
        if found is None and owner is not None and owner.lower_ in FIRST_PLURAL and (token.tag_ == "NNS" or lemma in body_nouns()):
            return self._first_person(owner, speaker)  # '"our heroes" had killed …'
        if found is None and (lemma in body_nouns() or token.tag_ == "NNS" and unit_class(token.text) == "people"):
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)
            if owner is not None and not self.in_quote(owner):
                # "Her organization counted …", "his fighters collect a levy": the person's
                found = self.refs.last_person(owner.idx)
                if found is not None and lemma not in body_nouns():
                    return self.led_by(found) or found
            body_owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
            if owner is None and body_owner is not None and lemma not in body_nouns() and not self.in_quote(body_owner):
                # "its fighters now held nearly 60 outposts": the body named before
                kinds = {"organization"} if body_owner.lower_ == "its" else {"organization", "group"}
                return self.refs.last_actor(body_owner.idx, kinds)
        if found is not None and found.type == "person" and lemma in body_nouns():
            return self.led_by(found) or found  # "Ramírez's group": the body he leads
        if found is not None and found.type == "group" and speaker is not None and token.i not in self.index:
            # "a White Army commander … said the youth had mobilised 7,000 men": in a side's words
            # its men are the side's, not the people they come from (the Nuer)
            spoken_for = self.speaker_body(speaker)
            return spoken_for if spoken_for is not None else found
        if found is not None:
            return found
        children = list(token.children)
        bare = any(c.lower_ == "the" for c in children) and all(c.lower_ == "the" or c.dep_ == "case" for c in children)
        if bare and lemma in body_nouns() and token.tag_ != "NNS":
            # "Hezbollah's commander said the group has …": the speaker's body (but "the gang" is
            # what others call a body, never the speaker's own); "The group earns ...": the
            # organization an earlier sentence (or clause before a ";") names, else the body of
            # the leader the text has just introduced
            spoken_for = None
            if speaker is not None and lemma not in word_set("outsider_body_nouns"):
                spoken_for = self.speaker_body(speaker)
            if spoken_for is None and speaker is not None:
                spoken_for = self._body_earlier_in_sentence(token, speaker)
            semicolons = [t.idx for t in token.sent if t.text == ";" and t.i < token.i]
            start = semicolons[-1] if semicolons else token.sent.start_char
            # "The group put its own losses at …" estimates as a speaker does
            estimating = token.dep_ == "nsubj" and token.head.lemma_.lower() in word_set("estimate_verbs")
            speaking = speaker is None and (_source_role(token) or estimating)
            earlier = spoken_for or self.last_body(start, speaking=speaking, unofficial=lemma in OUTLAW_NOUNS)
            return earlier or leader_before(token, self)
        return None

    def _body_earlier_in_sentence(self, token: Token, speaker: Token) -> Actor | None:
        """ "Wadi Hawar controls 14 sites, according to SGTI, which estimates that the network
        sold …": in a source's words, "the network" is the organization the sentence has named
        before them other than as a source (its subject first), never the source itself."""
        source = self.actor(speaker)
        found: list[tuple[bool, int, Actor]] = []
        for t in token.doc[token.sent.start : token.i]:
            actor = self.index.get(t.i)
            if actor is None or actor.type != "organization" or (source is not None and actor.id == source.id):
                continue
            if speaker.left_edge.i <= t.i <= speaker.right_edge.i:
                continue  # "Y, of the Crisis Group, said the group …": the speaker's own phrase
            if _source_role(t) or (t.dep_ == "compound" and t.head.i in self.index):
                continue
            found.append((t.dep_ not in SUBJECT_DEPS and t.head.dep_ != "ROOT", t.i, actor))
        return min(found, key=lambda item: (item[0], item[1]))[2] if found else None

    def speaker_body(self, speaker: Token) -> Actor | None:
        """The body a speaker speaks for: "Hezbollah's commander", "a Hezbollah spokesman", or the
        body a named speaker leads or serves."""
        own = self.index.get(speaker.i)
        for child in speaker.children:
            actor = self.index.get(child.i)
            if own is not None and actor is own:
                continue  # "Mexico's Defence Ministry": the speaker's own name is no body it speaks for
            if child.dep_ in {"poss", "compound"} and actor is not None and actor.type == "organization":
                return actor
        if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in role_nouns():
            # "a spokesman for Katiba Tondi said the group had …": the body the role serves
            for prep in (c for c in speaker.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
                actor = next((self.index.get(o.i) for o in prep.children if o.dep_ == "pobj"), None)
                if actor is not None and actor.type == "organization":
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
        first = person.mentions[0].span
        introduced = self._introduced_body(first)
        if introduced is not None:
            return introduced  # "X, a former leader of the Sula Valley Locos Salvatrucha, a clique of MS-13"
        found = self.led_by(person) or self._related(person, "member_of")
        if found is not None:
            return found
        role = self._role_before(first)
        if role is not None:
            return role
        for t in first.sent[first.end - first.sent.start :]:
            if t.text == ";":
                break
            actor = self.index.get(t.i)
            if actor is None and t.dep_ == "pobj" and t.pos_ == "NOUN":
                # "a former fighter with al-Shabaab's Jabha forces": the body owning the unit
                owners = [self.index[c.i] for c in t.children if c.dep_ == "poss" and c.i in self.index]
                actor = owners[0] if owners else None
            if actor is None or actor.type != "organization" or t.dep_ != "pobj":
                continue
            prep = t.head
            if prep.lower_ in {"of", "at", "for", "with"} and prep.head.lemma_.lower() in role_nouns():
                return actor
            if prep.lower_ == "of" and first.start <= prep.head.i < first.end:
                return actor  # "Dr. Helen Okafor of the Nairobi-based Regional Finance Monitor"
        return None

    def _introduced_body(self, first: Span) -> Actor | None:
        """The body the sentence introducing a speaker makes them leader or member of, when that
        body is itself set out as a part of another ("a former leader of the Sula Valley Locos
        Salvatrucha, a clique of the Mara Salvatrucha"): the speaker's own unit, not the network
        the relations may tie them to. The unit's name may have been typed a place."""
        for t in first.sent[first.end - first.sent.start :]:
            if t.text == ";":
                break
            actor = self.index.get(t.i)
            if actor is None or actor.type == "person" or t.dep_ != "pobj" or t.head.lower_ != "of":
                continue
            role = t.head.head
            if role.lemma_.lower() not in word_set("leader_nouns") | {"member", "founder"}:
                continue
            part = next((a for a in t.children if a.dep_ == "appos" and a.lemma_.lower() in body_nouns() | {"clique", "cell", "wing"}), None)
            if part is not None and any(p.dep_ == "prep" and p.lower_ == "of" for p in part.children):
                return actor
        return None

    def _role_before(self, mention: Span) -> Actor | None:
        """ "a White Army commander who gave his name as Gatwech Riek Dak": the organization on the
        role noun whose phrase introduces the name."""
        node = mention.root
        for _ in range(6):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ == "NOUN" and node.lemma_.lower() in role_nouns() and node.i < mention.start:
                for child in node.children:
                    actor = self.index.get(child.i)
                    if child.dep_ in {"compound", "poss"} and actor is not None and actor.type == "organization":
                        return actor
                return None
            if node.dep_ not in {"nsubj", "advcl", "relcl", "appos", "acl", "pobj", "prep", "dobj"} and node.pos_ != "VERB":
                return None
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

    def mail_sender(self, position: int) -> Actor | None:
        """The sender of the e-mail of a thread that POSITION is in."""
        if self._mails is None:
            self._mails = mail_messages(self.doc)
        return next((sender for start, end, sender in self._mails if start <= position < end), None)

    def turn_speaker(self, position: int) -> Actor | None:
        """The named speaker of the transcript or chat line that POSITION is in."""
        if self._turns is None:
            self._turns = speaker_turns(self.doc, self)
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
        """The organization whose report or release this is (`_find_header_body`), read once per
        document: every unattributed claim asks for it."""
        if self._header is None:
            self._header = (self._find_header_body(),)
        return self._header[0]

    def _find_header_body(self) -> Actor | None:
        """The organization whose report this is: named alone on the first line ("GREAT LAKES
        SUPPLY CHAIN OBSERVATORY", "Sahel Civilian Monitor - Report No. 12"), or after a
        report word on one of the first three lines ("Report excerpt – Yemeni Observatory for
        Civilian Protection (YOCP), Amman")."""
        text = text_of(self.doc)
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = self.doc.char_span(start, end, alignment_mode="expand")
        actor = self.index.get(line.start) if line is not None else None
        if line is not None and actor is not None and actor.type == "organization":
            rest = [t for t in line if self.index.get(t.i) is not actor]
            if not any(t.is_lower and t.is_alpha for t in rest):
                return actor  # a letterhead, not a headline ("Hezbollah's war chest grows")
        return self._report_line_body(text)

    def _release_body(self, text: str) -> Actor | None:
        """The organization issuing a press release or statement: one of the first four lines says
        so ("PRESS RELEASE | …"), and the body is the organization named on that line, else the
        one opening the headline ("UNMISS condemns deadly clashes …")."""
        lines = text.split("\n", 4)[:4]
        if not any(_release_line(raw) for raw in lines):
            return None
        position = 0
        for index, raw in enumerate(lines):
            line = self.doc.char_span(position, position + len(raw), alignment_mode="expand")
            position += len(raw) + 1
            if line is None or not (_release_line(raw) or index == 0):
                continue
            named = [self.index[t.i] for t in line if t.i in self.index and self.index[t.i].type == "organization"]
            if named and (_release_line(raw) or self.index.get(line.start) is named[0]):
                return named[0]
        return None

    def _report_line_body(self, text: str) -> Actor | None:
        release = self._release_body(text)
        if release is not None:
            return release
        position = 0
        for raw in text.split("\n", 4)[:4]:
            line = self.doc.char_span(position, position + len(raw), alignment_mode="expand")
            position += len(raw) + 1
            if line is None:
                continue
            report = next((t.i for t in line if t.lemma_.lower() in word_set("own_report_nouns")), None)
            if report is None:
                continue
            for t in line:
                actor = self.index.get(t.i)
                if t.i > report and actor is not None and actor.type == "organization":
                    return actor
        return None


RELEASE_MARKS = ("PRESS RELEASE", "PRESS STATEMENT", "NEWS RELEASE", "STATEMENT", "COMMUNIQUÉ", "COMMUNIQUE")


def _release_line(raw: str) -> bool:
    """A line marking the document as a body's own release: "PRESS RELEASE | UNMISS/PR/047/2025",
    "Press release – 14 March"; not a story's "the army said in a statement"."""
    stripped = raw.strip()
    return any(stripped.upper().startswith(mark) or mark in stripped for mark in RELEASE_MARKS)


def _modifier_of_name(lemma: str, actor: Actor) -> bool:
    """Whether a common noun only modifies the actor's name ("refinery" in "Refinery Guards
    Brigade"), where a body noun heads it ("brigade"; not "katiba" in "Katiba Hayré", which heads
    it): then "the refinery" is a thing the body is named after, not the body."""
    words = [w.lower() for w in actor.name.replace("-", " ").split()]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    singular = {w[:-1] if w.endswith("s") else w for w in words}
    return head in body_nouns() and lemma != head and (lemma in words or lemma in singular)


def _estimates(speaker: Token) -> bool:
    """Whether SPEAKER is the subject of an estimating verb ("X estimates that …")."""
    return speaker.dep_ in SUBJECT_DEPS and speaker.head.lemma_.lower() in word_set("estimating_verbs")


# Roles that speak for a body: what such a speaker says "it" has is the body's.
SPEAKING_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "representative", "commander", "leader"}
SINGULAR_PRONOUNS = {"he", "she", "him", "her", "his", "it", "its"}


def _unnamed_plural_before(pronoun: Token, resolver: ClaimResolver) -> bool:
    """ "The two kingpins are vying for …, and their feud has driven …": a plural subject earlier in
    the sentence that is no actor is what "they" or "their" most likely means, so it means no actor."""
    plural_subjects = (
        t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN" and t.tag_ == "NNS"
    )
    return any(t.i not in resolver.index and resolver.refs.actor_of(t) is None for t in plural_subjects)


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
    body of a speaker ("said Ilmi, NISA's deputy director"), the agency of a dateline."""
    if _dateline(token):
        return True
    while token.dep_ in {"poss", "compound"} and token.head.lemma_.lower() in role_nouns():
        token = token.head
    while token.dep_ == "appos":
        token = token.head
    head = token.head
    lemma = head.lemma_.lower()
    if token.dep_ == "nsubj" and (lemma in speech_verbs() or lemma in claim_verbs()["reporting"]):
        return True  # "the ministry said"; "the YBŞ is widely described as …" is what is said of
    if token.dep_ == "nsubj" and _estimates(token):
        return True  # "ATMIS put the number at about 2,000"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN" and head.head.dep_ == "nsubj":
        return _source_role(head.head)  # "Dr. Helen Okafor of the Regional Finance Monitor puts …"
    if token.dep_ in {"dobj", "dative"} and lemma == "tell":
        return True
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent":  # "prepared by NISA", "seen by Equatorial Press"
        return head.head.lemma_.lower() in word_set("author_verbs") | word_set("reader_verbs")
    return token.dep_ in {"compound", "poss"} and lemma in word_set("document_nouns")


def _quoted_parts(quote: Quote) -> list[tuple[int, int]]:
    """The character ranges of a quotation's words, its marks included, without the attributions
    between its parts."""
    passage = quote.passage
    if not passage.parts:
        return [(quote.start, quote.end)]
    gaps = sorted(passage.gaps)
    ranges, start = [], passage.start
    for gap_start, gap_end in gaps:
        if start < gap_start:
            ranges.append((start, gap_start))
        start = max(start, gap_end)
    if start < passage.end:
        ranges.append((start, passage.end))
    return ranges or [(quote.start, quote.end)]


def _dateline(token: Token) -> bool:
    """ "SWEIDA, Syria (Levant Press) - …": the news agency in brackets before a dash, near the
    start of its paragraph."""
    doc = token.doc
    if token.idx - (text_of(doc).rfind("\n", 0, token.idx) + 1) > 80:
        return False
    before = [t for t in doc[max(0, token.i - 6) : token.i] if t.text in {"(", ")"}]
    if not before or before[-1].text != "(":
        return False
    close = next((t for t in doc[token.i + 1 : token.i + 7] if t.text in {"(", ")"}), None)
    if close is None or close.text != ")" or close.i + 1 >= len(doc):
        return False
    return doc[close.i + 1].text in {"-", "–", "—", "--"}


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


def _dateline_place(span) -> bool:
    """ "PODGORICA, 9 October 2024 - On paper, …": a capitalised place word opening a line and
    followed by a comma or dash is the story's dateline, whatever the tagger called it."""
    doc = span.doc
    text = span.text
    if not text.isupper() or len(text) < 3:
        return False
    start = span.start_char
    line_start = start == 0 or text_of(doc)[start - 1] == "\n"
    after = text_of(doc)[span.end_char : span.end_char + 2].lstrip()
    return line_start and after[:1] in {",", "-", "\u2013", "\u2014", "("}
