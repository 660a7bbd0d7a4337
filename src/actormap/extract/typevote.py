"""The type vote: one type per actor from the evidence of all its mentions.

The statistical NER types each mention alone and often wrongly on conflict reporting
("Homs" as a person, "Tartus" as an organization); words inside the name ("Brigade",
"Street"), a title, a role appositive or a place preposition before it outweigh one label.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span

from actormap.extract.aliases import names_a_part
from actormap.extract.doc_text import text_of
from actormap.extract.mentions import Mention, kin_nouns, past_age_and_alias
from actormap.extract.name_parts import known_name_part
from actormap.extract.patterns import yaml_data
from actormap.extract.world_places import is_town, world_places
from actormap.model import load_nouns

STRONG_PLACE_PREPOSITIONS = {"in", "near", "at", "outside", "around", "across"}
WEAK_PLACE_PREPOSITIONS = {"from", "into", "toward", "towards", "via", "through", "between"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = yaml_data("type_words")
    return {key: frozenset(str(w) for w in values) for key, values in data.items()}


def organization_words() -> frozenset[str]:
    """Words that make a name an organization's ("Brigade", "Forces")."""
    return _words()["organization_words"]


def type_words(key: str) -> frozenset[str]:
    """One of type_words.yaml's lists ("location_words", "unit_name_openers" …)."""
    return _words()[key]


def _before(span: Span) -> list[str]:
    """The two lower-cased words before the name, skipping an article."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in {"the", "a"}:
        i -= 1
    return [doc[j].lower_ for j in (i, i - 1) if j >= 0]


# A clue in the text around a name outweighs the model's label for it, which is cast per mention.
STRONG = 6
TOWN_VOTE = 2  # a town of 15,000 or more: less than a large city's 3, a title or age still wins


def label_votes(mention: Mention) -> Counter[str]:
    """The model's label for one mention; a propagated mention's label is a copy, no vote."""
    votes: Counter[str] = Counter()
    if mention.propagated:
        return votes
    label_type = load_nouns().entity_type_for_label(mention.label)
    if label_type:
        votes[label_type] += 1
    if mention.label == "PERSON" and len(mention.text.split()) > 1:
        votes["person"] += 1
    return votes


def mention_votes(mention: Mention, person_roles: frozenset[str]) -> Counter[str]:
    """What one mention says about the actor's type, weighted."""
    votes: Counter[str] = Counter()
    words = _words()
    tokens = mention.text.split()
    if any(t in words["organization_words"] for t in tokens):
        votes["organization"] += STRONG + 1  # beats a place word: "Lake Kivu Trading Ltd" is a company
    if any(t in type_words("legal_forms") for t in tokens):
        votes["organization"] += 3 * STRONG  # "Cedar Coast Auto Export LLC": a company however its short name reads
    if any(t in words["location_words"] for t in tokens):
        votes["location"] += STRONG
    if mention.title is not None:
        votes["person"] += STRONG
    if mention.text in world_places():
        votes["location"] += 3  # "Rio de Janeiro", "Paraguay": a country or a large city
    elif is_town(mention.text):
        votes["location"] += TOWN_VOTE  # "Ben Gardane", "Nabire": a town of 15,000 or more
    if _spanish_plural_name(tokens) and not votes["location"]:
        votes["organization"] += STRONG  # "Los Cangrejos", "Los Choneros": a gang, not "Los Angeles"
    if _place_with_unit(tokens):
        votes["location"] += 2 * STRONG  # "Sokoto State", "Maru Local Government Area": a unit of a state
    if len(tokens) == 1 and _is_acronym(tokens[0]) and not _starts_line(mention.span) and not known_name_part(tokens[0]):
        votes["organization"] += 2  # "SSPDF", "SPLA-IO": people are not written as acronyms
    if _kin_after(mention.span):
        votes["person"] += STRONG  # "Viteri's sister": only people have sisters
    if _kin_before(mention.span):
        votes["person"] += STRONG  # "His son-in-law, Artyom Belov,": a relative is a person
    if _dateline_agency(mention.span):
        votes["organization"] += STRONG  # "BAMAKO, Mali (Sahel Wire) -"
    if _turn_label(mention.span):
        votes["person"] += STRONG  # "[14/02/2024 06:41] Wilmer Castaño: My contact is …"
    if _age_after(mention.span):
        votes["person"] += STRONG  # "Korovin, 36, declined", "Sualehe Amade Issa (A), 26, from …"
    if _born_after(mention.span):
        votes["person"] += STRONG  # "Jean-Baptiste Ndayisaba, born in 1971 in Gisenyi"
    if _age_appositive(mention.span):
        votes["person"] += STRONG  # "Mahamat Saleh Ousmane, a 52-year-old former Chadian army officer"
    if _given_name_first(mention.span):
        votes["person"] += 2  # "Wilmer Andrés Palacios Mena": outweighs one ORG label, not a clue in the text
    if _led_after(mention.span) or _led_as_subject(mention.span) or names_a_part(mention.span):
        votes["organization"] += STRONG  # "Fanmi Lwès, headed by Jean-Robert Mondésir,"
    if _alias_after(mention.span):
        votes["person"] += 2  # "X, a.k.a. "El Orfebre"": mostly said of people
    before = _before(mention.span)
    if before and before[0] in STRONG_PLACE_PREPOSITIONS:
        votes["location"] += 1.5
    elif before and before[0] in WEAK_PLACE_PREPOSITIONS:
        votes["location"] += 0.5
    elif _first_conjunct_placed(mention.span):
        votes["location"] += 1.5  # "troops in Baidoa and Kismaayo"
    if len(before) > 1 and before[0] == "of" and before[1] in words["location_nouns"]:
        votes["location"] += STRONG
    for noun in (_appositive_noun(mention.span), _noun_before_comma(mention.span), _noun_named_so(mention.span)):
        kind = _noun_kind(noun, person_roles)
        if kind:
            votes[kind] += STRONG  # "Amadou, a herder", "whose gang, Baz Solèy,"
    after = _after(mention.span)
    kind = _noun_kind(after, person_roles)
    if after in {"clan", "clans"} and crime_reporting(mention.span.doc):
        kind = "organization"  # "the Kavač clan" in a story of cocaine and laundering: a mafia family
    if after in words["armed_body_nouns"]:
        votes["organization"] += 2 * STRONG  # "the Gran Bwa gang": the name of the gang, however it reads
    if kind == "person":
        votes["organization"] += STRONG  # "a BAC official", "the M23 spokesman": a body's role
    elif kind:
        votes[kind] += STRONG  # "the Lame Tonnè gang"
    return votes


# Capitalised words after a place's name that make the whole an administrative unit; the
# Nigerian unit says so whatever the town ("Maru Local Government Area").
ADMIN_UNITS = (("State",), ("Province",), ("Region",), ("District",), ("Governorate",), ("County",),
               ("Local", "Government", "Area"), ("LGA",))
PLACE_ONLY_UNITS = {("Local", "Government", "Area"), ("LGA",)}


def _place_with_unit(tokens: list[str]) -> bool:
    """Whether a name is a known place followed by its administrative unit: "Sokoto State", "Maru
    Local Government Area" (a town's unit outweighs "Government"), not "Islamic State"."""
    for unit in ADMIN_UNITS:
        if len(tokens) > len(unit) and tuple(tokens[-len(unit):]) == unit:
            place = " ".join(tokens[: -len(unit)])
            return unit in PLACE_ONLY_UNITS or place in world_places() or is_town(place)
    return False


def _spanish_plural_name(tokens: list[str]) -> bool:
    """ "Los" and a plural ("Los Lobos", "Los Chapitos"): how Latin American gangs are named."""
    return len(tokens) == 2 and tokens[0] == "Los" and tokens[1][:1].isupper() and tokens[1].endswith("s")


def _starts_line(span: Span) -> bool:
    """A dateline ("ZAWIYA, Libya, March 4") shouts a place's name at the start of a line."""
    return span.start == 0 or "\n" in span.doc[span.start - 1].text_with_ws


TIMESTAMP = re.compile(r"\[[^\]\n]{1,25}\]\s*$")


def _turn_label(span: Span) -> bool:
    """The whole speaker label of a chat or transcript line, "[date time] Name: message": people
    write messages. A label in capitals ("MR. HOLLOWAY:", "OCHA:") is left to the other clues."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ":" or span.text.isupper():
        return False
    line_start = text_of(doc).rfind("\n", 0, span.start_char) + 1
    before = text_of(doc)[line_start : span.start_char]
    return not before.strip() or TIMESTAMP.match(before) is not None


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)  # "JM" may be a person's initials and all(c.isalnum() or c in "-/&" for c in word)


def _kin_after(span: Span) -> bool:
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].text in {"'s", "’s", "'", "’"}:
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        return j < len(doc) and doc[j].lemma_.lower() in kin_nouns()
    return False


def _kin_before(span: Span) -> bool:
    """ "her cousin, X" or "his son-in-law, X": a family noun set in apposition before the name."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text != ",":
        return False
    j = i - 1
    while j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_:
        j -= 2  # back over "son-in-law", which the tokenizer splits at its hyphens
    return doc[j : i].text.lower() in kin_nouns() or doc[i - 1].lemma_.lower() in kin_nouns()


def _dateline_agency(span: Span) -> bool:
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text == "(" and span.end + 1 < len(doc)
            and doc[span.end].text == ")" and doc[span.end + 1].text in {"-", "–", "—", "--"})


def _age_after(span: Span) -> bool:
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and len(doc[i + 1].text) <= 2:
        i += 3  # "(A)", the interviewee's letter in a transcript
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text not in {",", "."}:
        return False
    age = doc[i + 1].text
    return age.isdigit() and 15 <= int(age) <= 99


def _born_after(span: Span) -> bool:
    """ "Jean-Baptiste Ndayisaba, born in 1971 in Gisenyi", "Ana Ruiz (born 1980)": people are born,
    bodies are founded."""
    doc = span.doc
    i = span.end
    return i + 1 < len(doc) and doc[i].text in {",", "("} and doc[i + 1].lower_ in {"born", "b."}


LEADERSHIP_PARTICIPLES = {"headed", "led", "commanded", "run", "founded", "controlled", "directed"}


def _led_after(span: Span) -> bool:
    """ "Fanmi Lwès, headed by Jean-Robert Mondésir,": what someone heads or leads is a body, when
    the participle is set off after the name."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : min(span.end + 4, len(doc))]]
    if words[:1] != [","]:
        return False  # "a haulage firm in Nikšić controlled by X": the firm is controlled, not the town
    words = words[1:]
    first = span.end + 1
    if words[:1] in (["now"], ["currently"], ["then"]):
        words, first = words[1:], first + 1
    if len(words) < 2 or words[0] not in LEADERSHIP_PARTICIPLES or words[1] != "by":
        return False
    # the participle hangs on the name or the noun it is set beside ("Its main rival, Fanmi Lwès,
    # headed by X"); "the Ferrante clan of Naples, led by X" leads the clan, not Naples
    root, head = span.root, doc[first].head
    return head.i == root.i or (root.dep_ == "appos" and head.i == root.head.i)


def _led_as_subject(span: Span) -> bool:
    """ "La Cañera was led by Yorbis Contreras": what is led is a body. Not "controlled by": a town
    is controlled by a gang too."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : min(span.end + 3, len(doc))]]
    return len(words) == 3 and words[0] in {"was", "is", "were", "are"} and words[1] in LEADERSHIP_PARTICIPLES - {"controlled"} \
        and words[2] == "by"


def _age_appositive(span: Span) -> bool:
    """ "Mahamat Saleh Ousmane, a 52-year-old former army officer", "X, the 46-year-old plaza boss":
    an age set beside the name."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : min(span.end + 7, len(doc))]]
    if len(words) < 6 or words[0] != "," or words[1] not in {"a", "an", "the"}:
        return False
    age = "".join(words[2:7])
    return bool(re.match(r"\d{1,2}-year-old", age))


NAME_PARTICLES = {"dos", "da", "de", "del", "di", "la", "al", "el", "bin", "ibn", "van", "von"}


def _given_name_first(span: Span) -> bool:
    """ "Wilmer Andrés Palacios Mena", "Reinaldo Pereira dos Santos": a name of three words or more,
    each capitalised and a known name (or a particle), with no word of a body or a place. Two
    words are too few to tell: "Sever Legion", "White Nile"."""
    words = [w for w in span.text.split() if w not in NAME_PARTICLES]
    if len(words) < 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    lowered = {w.lower() for w in words}
    if lowered & (organization_words() | type_words("location_words")) or any(w in organization_words() for w in words):
        return False
    return all(known_name_part(w) for w in words)


def _alias_after(span: Span) -> bool:
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : min(span.end + 3, len(doc))] if t.text not in {",", "("}]
    return bool(words) and words[0] in {"a.k.a.", "aka", "a.k.a", "alias"}


def _first_conjunct_placed(span: Span) -> bool:
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is span.root or first.ent_type_ not in {"GPE", "LOC", ""}:
        return False
    before = first.left_edge.i - 1
    if before >= 0 and span.doc[before].lower_ in {"the", "a"}:
        before -= 1
    return before >= 0 and span.doc[before].lower_ in STRONG_PLACE_PREPOSITIONS


def crime_reporting(doc: Doc) -> bool:
    """Whether the text uses a word of organised crime (`crime_words`), once per document."""
    if "crime_reporting" not in doc.user_data:
        text = text_of(doc).lower()
        doc.user_data["crime_reporting"] = any(re.search(rf"\b{re.escape(w)}\b", text) for w in type_words("crime_words"))
    return doc.user_data["crime_reporting"]


def _noun_kind(noun: str, person_roles: frozenset[str]) -> str | None:
    words = _words()
    if not noun:
        return None
    if noun in words["group_nouns"]:
        return "group"
    if noun in words["organization_nouns"]:
        return "organization"
    if noun in words["location_nouns"]:
        return "location"
    if noun in person_roles:
        return "person"
    return None


def _after(span: Span) -> str:
    """The common noun right after the name: "the Lame Tonnè gang"; past a word of the body's
    kind, "the older Yan Sa Kai vigilante group" (not "a Miami freight company")."""
    doc = span.doc
    i = span.end
    while i + 1 < min(len(doc), span.end + 3) and doc[i].lower_ in _words()["body_kind_words"] and doc[i + 1].pos_ == "NOUN":
        i += 1
    if i < len(doc) and doc[i].pos_ == "NOUN":
        return doc[i].lemma_.lower()
    return ""


def _noun_before_comma(span: Span) -> str:
    """ "whose gang, Baz Solèy," : the noun the name is set in apposition to."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].pos_ == "NOUN":
        # "according to the minister, Ahmed said" is no apposition; "a chain of stores, Deportes Benítez" is
        noun = doc[i - 1].lemma_.lower()
        if doc[i - 1].dep_ != "pobj" or span.root.dep_ != "nsubj" and noun in _words()["organization_nouns"]:
            return noun
    if i >= 0 and doc[i].pos_ == "NOUN" and (doc[i].dep_ == "compound" or span.root.dep_ == "appos" and span.root.head.i == i):
        return doc[i].lemma_.lower()  # "billionaire cousin Rami Makhlouf", "rebel commander X"
    if i >= 0 and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in _words()["organization_nouns"] \
            and any(c.dep_ == "det" for c in doc[i].children):
        return doc[i].lemma_.lower()  # "the investigative outlet Dossier Sahel", the parser splitting noun and name
    return ""


NAMING_VERBS = {"know", "refer", "call", "dub", "name", "nickname"}


def _noun_named_so(span: Span) -> str:
    """ "the faction commonly referred to as Los Chapitos", "a man named Joaquín": the noun so named.

    Read from the words, not the parse: the parser often hangs such names on the wrong verb."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "as":
        i -= 1
        if i >= 0 and doc[i].lower_ == "to":
            i -= 1
    if i < 1 or doc[i].lemma_.lower() not in NAMING_VERBS:
        return ""
    i -= 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    return doc[i].lemma_.lower() if i >= 0 and doc[i].pos_ == "NOUN" else ""


def _appositive_noun(span: Span) -> str:
    """ "Barwaaqo Mobile, a money-transfer company headquartered …" : the head noun after the comma."""
    doc = span.doc
    i = span.end
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # "the Sahel Gold Transparency Initiative (SGTI), a monitoring group"
    after_alias = past_age_and_alias(doc, i)  # "X, known to his men as "Général Abakar," a senior commander"
    skipped, i = after_alias > i, after_alias
    if i >= len(doc) or doc[i].text != ",":
        return ""
    first = i + 2 if skipped and i + 2 < len(doc) and doc[i + 1].text in {'"', "”"} else i + 1
    for token in doc[first : min(first + 7, len(doc))]:
        hyphenated = token.i > 0 and doc[token.i - 1].text == "-"  # "an Ecuador-based … organization"
        if token.text in {",", ".", ";"} or token.pos_ in {"VERB", "AUX", "ADP"} and not hyphenated:
            return ""
        if token.lower_ in {"whose", "who", "which", "where"}:
            return ""  # "Dorval, whose company …": a relative clause about him, not an appositive
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text == "-" or following is not None and (following.pos_ == "NOUN" or following.text in {"'s", "’s", "'", "’", "-"}):
            continue  # not the head yet: "the group's director", "the rebels' commander", "a money-transfer company"
        if following is not None and following.pos_ in {"VERB", "AUX"} and following.tag_ != "VBN":
            return ""  # "… in the Kuyambana forest, officials said": a new clause's subject
        if token.pos_ == "NOUN" or token.pos_ == "PROPN" and following is not None and following.text in {",", "of"}:
            return token.lemma_.lower()  # "Lucía Montalvo Reyes, Research Director, Observatorio …"
    return ""


def cached_votes(mention: Mention, person_roles: frozenset[str]) -> Counter[str]:
    """mention_votes, kept on the mention: the clustering asks about the same mentions many times."""
    if mention.votes is None:
        mention.votes = mention_votes(mention, person_roles)
    return mention.votes


def vote_type(mentions: list[Mention], person_roles: frozenset[str] = frozenset()) -> str:
    """The actor's type: the gazetteer's when it knows the name, else the weighted vote."""
    for m in mentions:
        if m.entry is not None:
            return m.entry.type
    if all(_names_followers(m) for m in mentions):
        return "group"
    votes: Counter[str] = Counter()
    lone_words = any(m.label != "PERSON" and len(m.span) == 1 for m in mentions)
    name_parts = _person_name_parts(mentions) if lone_words else set()
    for m in mentions:
        votes.update(cached_votes(m, person_roles))
        if m.label == "PERSON" or not name_parts or m.text not in name_parts:
            votes.update(label_votes(m))  # but "Almada" alone, labelled ORG after "Rigoberto Almada Quiñónez": no vote
    if not votes:
        return "organization"
    order = ["person", "organization", "location", "group"]  # ties go to the earlier
    return max(order, key=lambda t: (votes[t], -order.index(t)))


def _person_name_parts(mentions: list[Mention]) -> set[str]:
    """The single words of the names the model labelled a person in full ("Rigoberto Almada
    Quiñónez"): the model types a lone surname from too little context to outvote them."""
    return {t.text for m in mentions if m.label == "PERSON" and not m.propagated and len(m.span) > 1 for t in m.span}


def _names_followers(mention: Mention) -> bool:
    """ "Assadists"-style plural: the followers of a person or creed, a people not a body."""
    words = mention.text.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].endswith(("ists", "ites"))
