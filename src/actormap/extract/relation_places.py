"""Relations that say where an actor is: "X, now in Moscow", "a Kyiv think tank", "which has
troops in Baidoa", "said by telephone from Nairobi", "heads the VDP in Djibo".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from actormap.extract.actors import Actor
from actormap.extract.doc_text import text_of
from actormap.extract.gazetteer_words import PLACE_GANG_NOUNS, PLACE_NOUNS
from actormap.extract.quotes import speech_verbs
from actormap.extract.reference import (
    BODY_NOUNS,
    COMPANY_NOUNS,
)
from actormap.extract.relation_base import (
    ARRIVAL_VERBS,
    COMPASS,
    LOCATION_ADVERBS,
    WHEREABOUTS_MEANS,
    WHEREABOUTS_VERBS,
    RuleBase,
    organization_nouns,
    role_relations,
    unasserted,
)
from actormap.extract.typevote import type_words
from actormap.extract.world_places import countries, world_places

STREET_WORDS = {"street", "road", "avenue", "boulevard", "lane", "st.", "rd."}
# Premises something is done from: "sells sugar from an office in Deira".
PREMISES = {"office", "offices", "base", "bases", "headquarters", "warehouse", "warehouses", "compound", "compounds",
            "depot", "depots", "villa", "apartment", "shop", "store", "premises"}
# After a place: ", the capital of North Kordofan", ", a town in Diyala".
CONTAINED_NOUNS = {"capital", "town", "city", "village", "district", "suburb", "neighbourhood", "neighborhood",
                   "port", "hub", "municipality", "settlement", "locality", "county", "province", "region"}


# A byline's place and date before its dash: "Pemba, 10 October 2025 — ", "Geneva, May 3, 2024 - ".
_BYLINE = re.compile(r"(?P<place>[^\n,]+),\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*[—–-]\s*")
# After the body's name on a byline line: nothing but its abbreviation in brackets.
_BYLINE_END = re.compile(r"\s*(?:\([^()\n]*\))?\s*")


# Verbs of running something, whose "from" names where the runner sits.
RUNNING_VERBS = frozenset({"direct", "manage", "run", "operate", "coordinate", "command", "lead", "oversee",
                           "handle", "organise", "organize", "supervise", "control"})


class PlaceRules(RuleBase):
    # -- "Pemba, 10 October 2025 — Rede de Protecção do Norte (RPN)" --------------------------------
    def from_byline(self, actor: Actor) -> None:
        """A brief's or press release's byline line, place and date then the issuing body alone:
        the body is where it writes from. A news dateline ("NAIROBI, 18 September 2024 — A
        witness told …") runs on into a sentence, so the body must end the line."""
        if actor.type != "organization":
            return
        text = text_of(self.doc)
        for mention in actor.mentions:
            line_start = text.rfind("\n", 0, mention.start_char) + 1
            line_end = text.find("\n", mention.start_char)
            line_end = len(text) if line_end < 0 else line_end
            byline = _BYLINE.fullmatch(text, line_start, mention.start_char)
            if byline is None or not _BYLINE_END.fullmatch(text, mention.span.end_char, line_end):
                continue
            first = self.doc.char_span(line_start, line_start + len(byline.group("place").rstrip()), alignment_mode="expand")
            place = self.refs.actor_of(first.root) if first is not None else None
            if place is not None and place.type == "location":
                self.found.add("located_in", actor, place, mention.span, None, None)

    # A body's name ending in one of these, then "of" a place, says where it is ("the Barresi clan of
    # Rosarno"); not a name like "Bank of Kigali", whose "of" names its country.
    LOCAL_BODY_WORDS = frozenset({"clan", "gang", "cartel", "family", "militia", "network"})

    # The body's men or posts, named with the body before a place: "Los Lobos cell in Guayaquil".
    OUTPOST_NOUNS = frozenset({"cell", "cells", "unit", "units", "faction", "branch", "wing", "office", "offices",
                               "headquarters", "base", "bases", "camp", "camps", "fighters", "militants", "members"})

    # -- "X, now in Moscow", "X, who is also in Moscow", "X is in Moscow" ---------------------------
    def from_location_phrase(self, actor: Actor) -> None:
        for mention in actor.mentions:
            i = mention.span.end
            doc = self.doc
            if i + 2 < len(doc) and doc[i].text == "(":
                # "the Sahel Gold Transparency Initiative (SGTI), a monitoring group based in Nairobi",
                # "Al-Amana Exchange (Sarrafat al-Amana) in Beirut"
                closing = next((t.i for t in doc[i + 2 : min(i + 7, len(doc))] if t.text in {")", "("}), None)
                if closing is not None and doc[closing].text == ")":
                    i = closing + 1
            if actor.type == "organization" and i + 1 < len(doc) and doc[i].lower_ in self.OUTPOST_NOUNS and mention.span.root.head.i == i:
                i += 1  # "Los Lobos cell in Guayaquil", "Hezbollah fighters in Quneitra": the body is there
            person = actor.type == "person"
            place = self._place_in_appositive(i, person) or self._place_in_appositive_before(mention.span.start, person)
            if place is None and actor.type == "person":
                place = self._hometown_after_age(i)
            if place is None and person and i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
                place = self._place_in_appositive(i + 2, person)  # "Alhadzmi Sali, 35, a mechanic from Indanan"
            if place is None and actor.type == "organization" and i + 1 < len(doc) and doc[i].lower_ in {"in", "from"} and (
                    mention.span.root.dep_ in {"nsubj", "nsubjpass"} and doc[i].lower_ == "in"
                    or doc[i].dep_ == "prep" and doc[i].head.pos_ in {"NOUN", "PROPN"}):
                # "The Ministry of Territorial Administration in Yaoundé did not respond"; "joint operations
                # with the 5 Segonn gang in Port-au-Prince", "ties with the GNU in Tripoli", "Los Lobos
                # cell in Guayaquil", "Volunteers for the Defense of the Homeland (VDP) from Arbinda": a
                # place hung on a noun, not on a verb ("attacked the VDP in Arbinda" says where it fought)
                place = self._place_at(i + 1)
            if place is None and actor.type == "organization" and i + 1 < len(doc) and doc[i].lower_ == "of" \
                    and (doc[i - 1].text in type_words("legal_forms") or doc[i - 1].lower_ in self.LOCAL_BODY_WORDS):
                # "Ocean Talon Holdings Ltd of the Seychelles", "the Ferrante clan of Vibo Valentia"
                place = self._place_at(i + 1)
            if place is not None:  # "the Dnipro Security Institute, a Kyiv think tank"
                self.found.add("located_in", actor, place, mention.span, None, self.attribution(mention.span.root))
            if i < len(doc) and doc[i].text == ",":
                i += 1
                while i < len(doc) and doc[i].lower_ in LOCATION_ADVERBS:
                    i += 1
                if i + 1 < len(doc) and doc[i].lower_ in self.SITED_WORDS:
                    j = i + 1 if doc[i].lower_ == "in" else i + 2
                    place = self._place_at(j)
                    self.found.add("located_in", actor, place, mention.span, None, self.attribution(mention.span.root))
                elif actor.type == "organization" and _company_name(mention.span) and self._town_alone_at(i):
                    # "Sales to Meridian Bullion DMCC, Dubai: USD 61.8 million": a firm and its town
                    self.found.add("located_in", actor, self.refs.index[i], mention.span, None, self.attribution(mention.span.root))

    # ", based in Goma", ", registered in Dubai's Deira district", ", active around Kilembwe"
    SITED_WORDS = frozenset({"in", "based", "registered", "headquartered", "located", "active", "resident", "incorporated"})

    def _town_alone_at(self, i: int) -> bool:
        """A place named at I and ending a list item: followed by punctuation, not by more words."""
        place = self.refs.index.get(i)
        end = next((m.span.end for m in place.mentions if m.span.start == i), None) if place is not None else None
        if end is None or place.type != "location":
            return False
        return end >= len(self.doc) or self.doc[end].text in {",", ":", ";", ".", ")", "|"} and not (
            end + 1 < len(self.doc) and self.doc[end].text == "," and self.doc[end + 1].lower_ in {"and", "or"})

    def _hometown_after_age(self, i: int) -> Actor | None:
        """ "JUAN PEREZ, 54, of Cali, Colombia": charging papers and court reporting give a
        defendant's age then home town; the age is what tells the town from a title's "of"."""
        doc = self.doc
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].text in {'"', "”"}:
            i += 1  # 'also known as "El Tío," 54, of Cali': the nickname's closing quote
        if i + 4 >= len(doc) or doc[i].text not in {",", '"', "”"}:
            return None
        if not (doc[i + 1].like_num and doc[i + 2].text == "," and doc[i + 3].lower_ in {"of", "from"}):
            return None
        place = self._place_at(i + 4)
        return place if place is not None and place.type == "location" else None

    def from_place_before_trade(self, actor: Actor) -> None:
        """ "Nairobi businessman Peter Kiprop", "a Garissa transport operator, X": a town written
        before a person's trade is where the person works. Not a country ("a Sudan analyst")."""
        if actor.type != "person":
            return
        doc = self.doc
        for mention in actor.mentions:
            j = mention.span.start - 1
            while j >= 0 and doc[j].pos_ == "NOUN" and doc[j].text.islower() and j not in self.refs.index:
                if doc[j].lemma_.lower() in role_relations():
                    break  # "Upper Nile governor X" governs the place (relation_roles)
                j -= 1
            place = self.refs.index.get(j) if 0 <= j < mention.span.start - 1 else None
            if place is None or place.type != "location" or place.name in countries() or doc[j].dep_ != "compound":
                continue
            self.found.add("located_in", actor, place, mention.span, None, self.attribution(mention.span.root))

    # "Maison d'Or Kivu SARL, a trading house in Bukavu", "Golden Lotus Park, a scam compound in
    # Myawaddy": only set beside a name ("the house" alone in a story is as often a safe house as a firm)
    TRADE_HOUSES = frozenset({"house", "compound", "complex", "facility"})

    def _place_in_appositive(self, i: int, person: bool = False) -> Actor | None:
        """ ", a Kyiv think tank" after a name: the place that qualifies the appositive noun; after
        a person's name also the place the noun says they are from (", a farmer from Kabasa")."""
        doc = self.doc
        if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
            return None
        j = i + 2
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        k = j
        while k < len(doc) and k < j + 4 and doc[k].pos_ in {"NOUN", "ADJ"} or k < len(doc) and doc[k].text == "-":
            k += 1
        head = doc[k - 1]
        if k > j and k + 1 < len(doc) and doc[k].lower_ in {"based", "headquartered", "registered", "located"}:
            k += 1
        if k > j and k + 1 < len(doc) and doc[k].lower_ == "in" and head.lemma_.lower() in organization_nouns() | BODY_NOUNS | COMPANY_NOUNS | self.TRADE_HOUSES:
            return self._place_at(k + 1)  # "Sapphire Line Trading FZE, a company in the Ajman free zone"
        if person and k > j and k + 1 < len(doc) and doc[k].lower_ in {"from", "in"} and head.pos_ == "NOUN" \
                and head.lemma_.lower() not in role_relations():
            place = self._place_at(k + 1)  # not "a commander in the RSF" nor "the governor in Tartous"
            return place if place is not None and place.type == "location" else None
        place = self.refs.index.get(j)
        if place is None or place.type != "location":
            return None
        end = next((m.span.end for m in place.mentions if m.span.start == j), j + 1)
        return place if end < len(doc) and doc[end].pos_ == "NOUN" else None

    def _place_in_appositive_before(self, start: int, person: bool = False) -> Actor | None:
        """ "a Miami freight company, Sunrise Gulf Cargo LLC", "a Gusau fuel dealer, Sani Garba
        Tudu": the place that qualifies the noun before the name (for a person, any noun but a
        role that governs the place: "the Tartous governor, X")."""
        doc = self.doc
        j = start - 2
        if j >= 0 and doc[start - 1].text == ",":
            place = self._place_ended_by_in(j)
            if place is not None:
                return place
        if j < 1 or doc[start - 1].text != "," or doc[j].pos_ != "NOUN":
            return None
        noun = doc[j].lemma_.lower()
        named = doc[start]
        while named.head.i != named.i and named.head.i >= start and named.head.pos_ == "PROPN":
            named = named.head  # the name's head word
        # a person's trade set in apposition, not "the Funtua road, Maikatako on the Gusau side"
        trade = person and noun not in role_relations() and named.dep_ == "appos" and named.head.i == j
        if noun not in organization_nouns() and not trade:
            return None  # "the governor of the Tartous region, NAME" says where NAME governs, not is
        for k in range(j - 1, max(j - 5, -1), -1):
            token = doc[k]
            if token.pos_ == "DET" or token.is_punct:
                break
            place = self.refs.index.get(k)
            if place is not None:
                return place if place.type == "location" and token.dep_ in {"compound", "amod", "nmod"} else None
        return None

    def _place_ended_by_in(self, end: int) -> Actor | None:
        """ "A company in Durrës, Petrol Sud sh.p.k., received …": a body noun, "in" and the place
        ending at token END, set before the name it introduces."""
        place = self.refs.index.get(end)
        if place is None or place.type != "location":
            return None
        first = next((m.span.start for m in place.mentions if m.span.start <= end < m.span.end), end)
        if first < 2 or self.doc[first - 1].lower_ != "in":
            return None
        noun = self.doc[first - 2]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in organization_nouns() | COMPANY_NOUNS:
            return None
        return place

    # -- "a fuel station owner from Novi Sad named Stevan Milić" -------------------------------------
    def from_gang_of_place(self, actor: Actor) -> None:
        """ "the Salt Spring crew" works in Salt Spring, when the text names the place too."""
        if actor.type != "organization":
            return
        for mention in actor.mentions:
            words = mention.text.split()
            if len(words) < 2 or words[-1] not in PLACE_GANG_NOUNS:
                continue
            named = " ".join(words[:-1])
            place = next((a for a in self.refs.actors if a.type == "location" and any(m.text == named for m in a.mentions)), None)
            if place is not None:
                self.found.add("located_in", actor, place, mention.span, None, None)
                return

    def from_named_after_place(self, actor: Actor) -> None:
        """A person or body introduced by trade and town, then "named"/"called": the parser hangs
        "named" anywhere, so the rule reads the words ("a trader in Cotonou called X")."""
        if actor.type not in {"person", "organization"}:
            return
        doc = self.doc
        for mention in actor.mentions:
            k = mention.span.start - 1
            if k < 3 or doc[k].lower_ not in {"named", "called"} or doc[k].dep_ == "ROOT" or any(c.dep_ == "nsubj" for c in doc[k].children):
                continue  # "Police in Nakuru named X as the suspect": the verb of a sentence, not a naming
            place = self.refs.index.get(k - 1)
            if place is None or place.type != "location":
                continue
            first = next((m.span.start for m in place.mentions if m.span.start <= k - 1 < m.span.end), k - 1)
            if first >= 2 and doc[first - 1].lower_ in {"from", "in"} and doc[first - 2].pos_ == "NOUN":
                self.found.add("located_in", actor, place, mention.span, None, self.attribution(mention.span.root))

    # -- "… to a trading house in the United Arab Emirates. The trading house, Gulfline FZE, …" ------
    def from_named_after_introduction(self, actor: Actor) -> None:
        """Reporters introduce a body by its kind and place ("a trading house in the UAE") and
        name it later with the same words ("The trading house, Gulfline Commodities FZE,"): the
        place of the introduction is the named body's. The words must repeat exactly."""
        if actor.type not in {"organization", "person"}:
            return
        doc = self.doc
        for mention in actor.mentions:
            start = mention.span.start
            if start < 3 or doc[start - 1].text != ",":
                continue
            j = start - 2
            while j >= 0 and doc[j].pos_ in {"NOUN", "ADJ"} and doc[j].text.islower() and j not in self.refs.index:
                j -= 1
            words = [t.lower_ for t in doc[j + 1 : start - 1]]
            if not words or j < 0 or doc[j].lower_ != "the":
                continue
            starts = [sent.start for sent in self.refs.sentences()]
            here = starts.index(self.refs.sentence_of(j))
            place = self._introduced_in(words, starts[max(0, here - 2)], j)  # this sentence and the two before
            if place is not None:
                self.found.add("located_in", actor, place, mention.span, None, self.attribution(mention.span.root))

    def _introduced_in(self, words: list[str], begin: int, end: int) -> Actor | None:
        """The place of "a/an WORDS in PLACE" between tokens BEGIN and END, the last one written."""
        doc, n, found = self.doc, len(words), None
        for i in range(begin, end - n - 1):
            if doc[i].lower_ in {"a", "an"} and [t.lower_ for t in doc[i + 1 : i + 1 + n]] == words and doc[i + 1 + n].lower_ == "in":
                found = self._place_at(i + 2 + n) or found
        return found

    # -- "Gisenyi, Rwanda", "El Obeid, the capital of North Kordofan", "the Rubaya mine in Masisi" --------
    def from_place_in_place(self, actor: Actor) -> None:
        """A place written as part of a larger one. Reporting nests places only in these few
        shapes (datelines, "city, country", appositives, "in"), so the rule reads the tokens."""
        if actor.type != "location" or _is_country(actor):
            return  # a country is the larger place, never the smaller
        for mention in actor.mentions:
            if mention.span[-1].lower_ in STREET_WORDS:
                continue  # an address: the gold leaves streets out
            end = mention.span.end
            plainly_a_place = mention.span[-1].lower_ in PLACE_NOUNS or _is_known_place(actor)
            outer = (self._place_after_comma(end) or self._place_named_after(end) or self._list_named_after(end)
                     or self._place_in_after(end, plainly_a_place) or self._place_after_comma_in(end))
            if outer is not None and outer is not actor:
                self.found.add("located_in", actor, outer, mention.span, None, None)
            owner = self._possessing_place(mention.span.start)
            unit = mention.span[-1].lower_ in PLACE_NOUNS | {"state", "department"} or self._after_place_nouns(end) > end
            if owner is not None and owner is not actor and unit:
                self.found.add("located_in", actor, owner, mention.span, None, None)  # "Venezuela's Bolívar state"

    def _list_end(self, i: int) -> int:
        """Past the rest of a list of places: "Tinkoulga, Sabsé-Peulh and Yaongo, three villages in
        Sanmatenga" places each of them."""
        doc = self.doc
        while i + 1 < len(doc) and doc[i].lower_ in {",", "and"}:
            j = i + 2 if doc[i].text == "," and doc[i + 1].lower_ == "and" else i + 1
            actor = self.refs.index.get(j)
            if actor is None or actor.type != "location":
                break
            i = self._mention_end(actor, j)
        return i

    def _list_named_after(self, end: int) -> Actor | None:
        """ "Tinkoulga, Sabsé-Peulh and Yaongo, three villages in Sanmatenga": a plural noun after
        a list places all of it ("Goma, Bukavu and Uvira, the capital of South Kivu" only Uvira)."""
        last = self._list_end(end)
        if last == end or last + 1 >= len(self.doc):
            return None
        outer = self._place_named_after(last)
        nouns = [t for t in self.doc[last + 1 : last + 6] if t.lemma_.lower() in CONTAINED_NOUNS]
        return outer if nouns and nouns[0].tag_ == "NNS" else None

    def _possessing_place(self, start: int) -> Actor | None:
        """ "Venezuela's" before a place: the larger place it belongs to."""
        doc = self.doc
        if start < 2 or doc[start - 1].text not in {"'s", "’s"}:
            return None
        owner = self.refs.index.get(start - 2)
        return owner if owner is not None and owner.type == "location" else None

    def _place_after_comma_in(self, i: int) -> Actor | None:
        """ "Puerto Carreño, in Colombia's Vichada department,": a place set after the name."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "in":
            return None
        outer = self._place_at(i + 2)
        if outer is None:
            return None
        j = i + 2
        while j < len(doc) and self.refs.index.get(j) is not outer:
            j += 1
        end = self._mention_end(outer, j)
        if end + 1 < len(doc) and doc[end].text in {"'s", "’s"}:
            inner = self.refs.index.get(end + 1)  # "in Colombia's Vichada department": Vichada
            if inner is not None and inner.type == "location":
                outer, end = inner, self._mention_end(inner, end + 1)
        end = self._after_place_nouns(end)
        return outer if end >= len(doc) or doc[end].is_punct else None

    def _after_place_nouns(self, i: int) -> int:
        while i < len(self.doc) and self.doc[i].lower_ in PLACE_NOUNS and self.doc[i].is_lower:
            i += 1  # "Masisi territory", "Diyala province"
        return i

    def _mention_end(self, actor: Actor, start: int) -> int:
        return next((m.span.end for m in actor.mentions if m.span.start == start), start + 1)

    def _place_after_comma(self, i: int) -> Actor | None:
        """ "SARAVENA, Arauca, May 6", "Gisenyi, Rwanda, where": not a list ("Goma, Bukavu and Uvira")
        nor a new clause ("In Goma, Rwanda's army …")."""
        doc = self.doc
        i = self._after_place_nouns(i)
        if i + 1 >= len(doc) or doc[i].text != ",":
            return None
        outer = self.refs.index.get(i + 1)
        if outer is None or outer.type != "location":
            return None
        end = self._after_place_nouns(self._mention_end(outer, i + 1))
        if end < len(doc) and not (doc[end].is_punct or doc[end].is_space) or self._list_goes_on(end):
            return None
        return outer

    def _list_goes_on(self, i: int) -> bool:
        """Whether ", C and D" follows: the places before were a list, not one inside the next."""
        doc = self.doc
        while i + 1 < len(doc) and doc[i].text == "," and self.refs.index.get(i + 1) is not None:
            actor = self.refs.index[i + 1]
            if actor.type != "location":
                return False
            i = self._after_place_nouns(self._mention_end(actor, i + 1))
        if i < len(doc) and doc[i].text == ",":
            i += 1
        return i + 1 < len(doc) and doc[i].lower_ in {"and", "or"} and self._place_at(i + 1) is not None

    def _place_named_after(self, i: int) -> Actor | None:
        """ ", the capital of North Kordofan state", ", a town in Diyala", ", three villages in
        Sanmatenga province", ", mining towns in Bolívar"."""
        doc = self.doc
        i = self._after_place_nouns(i)
        if i + 2 >= len(doc) or doc[i].text != ",":
            return None
        j = i + 2 if doc[i + 1].lower_ in {"a", "an", "the"} or doc[i + 1].like_num else i + 1  # ", mining towns in"
        while j + 1 < len(doc) and (doc[j].pos_ == "ADJ" or doc[j].pos_ == "NOUN" and doc[j + 1].pos_ == "NOUN"):
            j += 1  # "a small town", "three mining towns"
        if j + 1 < len(doc) and doc[j].lemma_.lower() in CONTAINED_NOUNS and doc[j + 1].lower_ in {"of", "in"}:
            return self._place_at(j + 2)
        return None

    def _place_in_after(self, i: int, plainly_a_place: bool) -> Actor | None:
        """ "Baidoa in Bay region", "the Rubaya coltan mining area in Masisi territory"; a bare name
        right before "in" only when it is plainly a place (not "Tomas Reinholt in Kyiv", a byline
        the model typed as one)."""
        doc = self.doc
        k = i
        while k < len(doc) and k < i + 4 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}:
            k += 1
        if k > i and doc[k - 1].lower_ not in PLACE_NOUNS:
            return None  # "Northline staff in Dubai": the staff are there, not Northline
        if k == i and not plainly_a_place:
            return None
        if k + 1 < len(doc) and doc[k].lower_ == "in":
            return self._place_at(k + 1)
        return None

    # -- "which has troops in Baidoa", "keeps a garrison north of Humera" ------------------------
    def from_active_in(self, token: Token) -> None:
        """ "a separatist militia active in the Ngoketunjia division", "X, present in Gao"."""
        if token.lower_ not in {"active", "present", "operational", "deployed", "stationed", "entrenched", "strongest"} \
                or token.pos_ not in {"ADJ", "VERB"}:
            return
        places = [a for p in token.children if p.dep_ == "prep" and p.lower_ in {"in", "across", "around", "throughout"}
                  for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o) if a.type == "location"]
        if not places:
            return
        holder = token.head if token.dep_ in {"amod", "acl"} else next((c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        actors = (self.refs.with_conjuncts(holder) or self.named_after_copula(token.head, holder)) if holder is not None else []
        entry = self.entry_named(token) if not actors else None
        actors = [entry] if entry is not None else actors  # "Arambai Tenggol (AT): Meitei armed group, strongest in …"
        for actor in actors:
            if actor.type in {"organization", "group", "person"}:
                for place in places:
                    self.found.add("located_in", actor, place, token.sent, None, self.attribution(token))

    def from_presence(self, verb: Token) -> None:
        """"AUSSOM has troops in Baidoa", "operates from an office in Dubai": the subject is where
        what it keeps is."""
        cue = self.cues["presence"]
        if unasserted(verb):
            return
        held = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lower_ in cue["nouns"]]
        if verb.lemma_.lower() in cue["production_verbs"]:
            # "the Sai Lom Organization produces methamphetamine in Burma's Shan State": where it makes it
            held = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        elif verb.lemma_.lower() not in cue["verbs"]:
            # "sells building materials from a two-room office in Dubai's Deira district": any verb
            # done from premises puts its subject where they are
            held = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children if o.dep_ == "pobj" and o.lower_ in PREMISES]
        if not held:
            return
        places = []
        for root in [*held, *(c for c in verb.children if c.dep_ in {"prep", "advmod", "npadvmod"})]:
            for token in root.subtree:
                place = self.refs.index.get(token.i)
                first = token
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head  # "in Baidoa and Kismaayo"
                if first.dep_ in {"compound", "nmod"} and first.head.dep_ == "pobj" and first.head.lemma_.lower() in PLACE_NOUNS:
                    first = first.head  # "units around the Jebel Amer mining area", "across Masisi and Rutshuru territories"
                if place is None or place.type != "location" or first.dep_ != "pobj":
                    continue
                prep = first.head
                if prep.lower_ in cue["prepositions"] or prep.lower_ == "of" and prep.head.lower_ in COMPASS:
                    places.append(place)
        places += self._place_of_where(verb)
        subjects, passive = self.subjects(verb)
        for subject in [] if passive else subjects:
            for place in places:
                self.found.add("located_in", subject, place, verb.sent, None, self.attribution(verb))

    # -- "directs the group's operations from Nyala" ----------------------------------------------
    def from_running_from(self, verb: Token) -> None:
        """Whoever runs, directs or manages something "from" a place is there: "SSF commander X
        directs the group's operations from Nyala", "manages the group's finances from Kamituga"
        (a verb of running only: goods sent "from" a place leave it)."""
        if verb.lemma_.lower() not in RUNNING_VERBS or unasserted(verb):
            return
        places = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" for a in self.refs.with_conjuncts(o) if a.type == "location"]
        subjects, passive = self.subjects(verb)
        for subject in [] if passive else subjects:
            for place in places:
                self.found.add("located_in", subject, place, verb.sent, None, self.attribution(verb))

    def _place_of_where(self, verb: Token) -> list[Actor]:
        """ "the state of Apure, where the ELN maintains camps": the place the clause hangs on."""
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            return []
        place = self.refs.actor_of(verb.head)
        return [place] if place is not None and place.type == "location" else []

    # -- "Jama said by telephone from Nairobi", "his son was arrested in Laredo" --------------
    def from_whereabouts(self, verb: Token) -> None:
        lemma = verb.lemma_.lower()
        arrival = lemma in ARRIVAL_VERBS
        if lemma not in speech_verbs() and lemma not in WHEREABOUTS_VERBS and not arrival or unasserted(verb):
            return
        places = []
        where = {"into", "to"} if arrival else {"in", "from", "at"}
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                place = self.refs.index.get(obj.i)
                if place is not None and place.type == "location" and prep.lower_ in where:
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

    def _posting_of(self, verb: Token, passive: bool) -> Actor | None:
        """The place in "heads the VDP in Djibo", "commands a Los Lobos cell in El Oro", "led a unit
        near Macomia"."""
        if passive:
            return None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        for obj in [*objects, verb] if objects else []:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "near", "around"}:
                    place = self._place_at(prep.i + 1)
                    if place is not None:
                        return place
        return None



def _is_known_place(actor: Actor) -> bool:
    return actor.canonical is not None or any(m.text in world_places() for m in actor.mentions)


def _is_country(actor: Actor) -> bool:
    return any(m.text in countries() for m in actor.mentions) or actor.canonical in countries()


def _company_name(span: Span) -> bool:
    """A firm's registered name: it ends in a legal form ("Meridian Bullion DMCC", "… Co., Ltd.")."""
    return span[-1].text in type_words("legal_forms") or span[-1].text.rstrip(".") + "." in type_words("legal_forms")
