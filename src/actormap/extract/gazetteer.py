"""The gazetteer stage: known names typed and spelled as the gazetteer says, after the NER.

It runs after the statistical NER so that a longer name the model found around a
gazetteer name stays whole ("Government of Yemen", "Zawiya Martyrs Brigade", "North
Darfur"), while a gazetteer name the model missed, split or cut across wins
("Hayat Tahrir al-Sham" tagged as a person and a place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from actormap.extract.descriptors import role_nouns
from actormap.extract.doc_text import text_of
from actormap.extract.gazetteer_words import PLACE_GANG_NOUNS, PLACE_NOUNS
from actormap.extract.mentions import title_roles, written_as_a_name
from actormap.extract.name_parts import known_name_part
from actormap.extract.patterns import GAZETTEER_LABELS, gazetteer, word_list, yaml_data
from actormap.extract.quotes import speech_verbs
from actormap.extract.typevote import crime_reporting, organization_words, type_words

PLACE_LABELS = {"GPE", "LOC", "FAC"}


@lru_cache(maxsize=4)
def _matcher(vocab_id: int, nlp: Language) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for entry in gazetteer():
        spellings = set(entry.spellings)
        if entry.type == "location":  # datelines write places in capitals: "BAMAKO, March 14"
            spellings |= {s.upper() for s in entry.spellings if len(s) > 3}
        spellings |= {s.replace("'", "’") for s in spellings if "'" in s}  # "Jama’at Nusrat al-Islam" in typeset text
        matcher.add(GAZETTEER_LABELS[entry.type], list(nlp.tokenizer.pipe(sorted(spellings))))
    return matcher


def _split_place_lists(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Sévaré and Douentza" tagged as one place is two places."""
    out: list[Span] = []
    for ent in ents:
        cuts = [t.i for t in ent if t.lower_ == "and" or t.text == ","]
        if ent.label_ not in PLACE_LABELS or not cuts:
            out.append(ent)
            continue
        start = ent.start
        for cut in [*cuts, ent.end]:
            if cut > start:
                out.append(Span(doc, start, cut, label=ent.label_))
            start = cut + 1
    return out


def apply_gazetteer(doc: Doc, matcher: PhraseMatcher) -> Doc:
    matches = [Span(doc, s, e, label=label) for label, s, e in matcher(doc)]
    known = filter_spans(matches)
    ents = [e for e in (_cut_at_verb(doc, e) for e in _split_place_lists(doc, list(doc.ents))) if e is not None]
    kept = []
    for ent in ents:
        inside = [k for k in known if k.start >= ent.start and k.end <= ent.end]
        overlapping = [k for k in known if k.start < ent.end and k.end > ent.start]
        if not overlapping:
            kept.append(ent)
        elif len(inside) == 1 and len(overlapping) == 1 and inside[0].end < ent.end and doc[inside[0].end].text in {"'s", "’s"}:
            # "Somalia's Financial Reporting Center": the place, then the body it owns
            if ent.end > inside[0].end + 1:
                kept.append(Span(doc, inside[0].end + 1, ent.end, label=ent.label_))
        elif len(inside) == 1 and len(overlapping) == 1 and len(ent) > len(inside[0]) and _longer_name(ent, inside[0]):
            kept.append(ent)  # a longer name built around a known one
            known.remove(inside[0])
    kept = _join_person_fragments(doc, kept, known)
    kept = [_extend_to_legal_form(doc, _extend_left(doc, _extend_over_connectors(doc, ent), kept)) for ent in kept]
    kept = [_extend_to_unit_opener(doc, ent) for ent in kept]
    spans = [_extend_to_place_noun(doc, _extend_to_acronym(doc, e)) for e in (*kept, *(_body_of(doc, k) for k in known))]
    spans = [_local_government(doc, span) for span in spans]
    spans = [_extend_to_unit_opener(doc, span) for span in spans]  # "Fursan al-Sahel" after the known "Sahel"
    spans = [part for span in spans for part in _split_at_title(doc, span)]
    spans = [_speaker_in_title(doc, span) for span in spans]
    spans = [part for span in spans for part in _split_at_comma(doc, span)]
    spans = [part for span in spans for part in _split_capital_pairs(doc, span)]
    spans = [_without_generic_possessor(doc, span) for span in spans]
    spans = [part for span in spans for part in _without_posting(doc, span)]
    institutions = _institution_names(doc)
    spans = [span for span in spans if not any(_crosses(span, name) for name in institutions)]
    pseudonyms = _pseudonyms(doc, spans)
    if pseudonyms:  # the model's label for an assumed name ("PRODUCT") gives way
        named = {i for p in pseudonyms for i in range(p.start, p.end)}
        spans = [e for e in spans if not named.intersection(range(e.start, e.end))]
    doc.ents = filter_spans([*spans, *_names_spelled_out_before_acronyms(doc, spans), *_names_with_plural_possessive(doc),
                             *_people_named_in_capitals(doc, spans), *_national_bodies(doc, spans), *_family_clans(doc, spans), *_numbered_units(doc, spans), *_named_operations(doc, spans),
                             *_people_of_an_age(doc, spans), *_people_after_titles(doc, spans), *pseudonyms,
                             *_companies_by_legal_form(doc),
                             *institutions, *_units_by_kind_word(doc, spans), *_speakers_named(doc, spans),
                             *_gangs_named_for_places(doc, spans), *_speaker_labels_named_in_the_text(doc, spans)])
    doc.ents = _places_named_by_place_nouns(doc, list(doc.ents))
    return doc


def _speakers_named(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "…," said Ana Perović: two to four capitalised words that are the subject of a speech
    verb, and that the model left untagged, are a person's name (the small model misses names
    written with ć, š, ñ … that it has rarely seen). A title before them stays out."""
    verbs = speech_verbs()
    taken = {i for s in spans for i in range(s.start, s.end)}
    titles = _title_words_all()
    roles = role_nouns()
    found = []
    for verb in (t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in verbs):
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            if INITIAL.fullmatch(subject.text) and subject.i not in taken:
                found.append(Span(doc, subject.i, subject.i + 1, label="PERSON"))  # notes' "H. says" (aliases.join_initials)
                continue
            start = subject.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == subject.i:
                start -= 1
            while start < subject.i and (doc[start].text in titles or doc[start].text + "." in titles or doc[start].lower_ in roles
                                         or doc[start].lower_ in RANK_ADJECTIVES | CALENDAR_WORDS):
                start += 1  # "said Special Prosecutor Ana Perović", "Col Bahizi said", "In November Kitenge gave"
            words = doc[start : subject.i + 1]
            if not 2 <= len(words) <= 4 or not all(t.is_title and t.is_alpha for t in words):
                continue
            if taken.intersection(range(start, subject.i + 1)) or any(t.text in organization_words() for t in words):
                continue
            found.append(Span(doc, start, subject.i + 1, label="PERSON"))
    return found


INITIAL = re.compile(r"[A-Z]\.")
RANK_ADJECTIVES = {"special", "chief", "senior", "deputy", "assistant", "acting", "former", "general", "regional", "state"}
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# Capitalised words that end the name of an armed unit or movement: "the Saqr Battalion", "Shuhada
# al-Shati Brigade", "the Domingo Laín Sáenz Front".
UNIT_KIND_WORDS = {"Battalion", "Brigade", "Brigades", "Regiment", "Front", "Movement", "Militia", "Division", "Corps"}
NAME_INNER_WORDS = {"al", "el", "de", "del", "bin", "ibn"}


def _units_by_kind_word(doc: Doc, spans: list[Span]) -> list[Span]:
    """A run of capitalised words ending in a unit's kind word ("Saqr Battalion", "Shuhada
    al-Shati Brigade") is one organization's name, longer than the pieces the model tagged
    (or did not tag) inside it; it never takes in a place, a title or a possessive."""
    places = {i for s in spans if s.label_ in {"GPE", "LOC", "FAC"} for i in range(s.start, s.end)}
    found = []
    for i, token in enumerate(doc):
        if token.text not in UNIT_KIND_WORDS or i == 0:
            continue
        start = i
        while start > 0 and not doc[start].is_sent_start:
            prev = doc[start - 1]
            if prev.is_title and prev.is_alpha or prev.text == "-":
                start -= 1
                continue
            inner = start - 1  # "Liwa Usud al Sharqiya Brigade": particles between capitalised words
            while inner > 0 and doc[inner].lower_ in NAME_INNER_WORDS and not doc[inner].is_sent_start:
                inner -= 1
            if inner < start - 1 and doc[inner].is_title and doc[inner].is_alpha:
                start = inner
            else:
                break
        while start < i and (doc[start].lower_ in NAME_INNER_WORDS or doc[start].text == "-"
                             or doc[start].pos_ in {"ADP", "DET", "ADV", "SCONJ", "CCONJ", "PRON", "VERB", "AUX"}):
            start += 1  # "Alongside Africa Corps": a capitalised word opening the sentence
        if start == i or places.intersection(range(start, i)) or doc[start].text in _title_words_all():
            continue
        found.append(Span(doc, start, i + 1, label="ORG"))
    return found


def _places_named_by_place_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the municipality of Tepalcatepec", "the village of Bourro": the capitalised name after a
    lower-case place noun and "of" is a place. The model misses small places whole, or types
    them as people ("the town of Bara"); every count and relation on them was lost."""
    nouns = type_words("place_nouns_before_names")
    by_start = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    changed = False
    for i in range(2, len(doc) - 1):
        if doc[i].lower_ != "of" or doc[i - 1].text not in nouns or doc[i - 2].lower_ not in {"the", "a"}:
            continue
        start = end = i + 1
        while end < len(doc) and not doc[end].is_sent_start and (
            doc[end].is_alpha and doc[end].is_title or end > start and doc[end].lower_ in CONNECTORS | {"-"}
        ):
            end += 1
        while end > start and (doc[end - 1].lower_ in CONNECTORS or doc[end - 1].text == "-"):
            end -= 1
        if end == start:
            continue
        named = by_start.get(start)
        if named is not None and named.end == end and named.label_ in {"PERSON", "ORG", "NORP"}:
            if named.label_ == "ORG" and any(t.text in organization_words() for t in named):
                continue
            ents[ents.index(named)] = Span(doc, start, end, label="GPE")
            changed = True
        elif not taken.intersection(range(start, end)):
            ents.append(Span(doc, start, end, label="GPE"))
            taken.update(range(start, end))
            changed = True
    return filter_spans(ents) if changed else ents


# Lower-case words inside French, Spanish and Portuguese names: "Centre Haïtien pour les
# Droits et la Justice", "Observatorio de Armas y Violencia". English "of"/"and" are left
# out: "Hamas and Hezbollah" is two names.
CONNECTORS = {"de", "del", "la", "las", "los", "le", "les", "du", "des", "pour", "et", "y", "e", "da", "do", "dos", "das", "en", "sur", "au", "aux",
              "di", "della", "dei", "degli", "delle", "dello"}


def _cut_at_verb(doc: Doc, ent: Span) -> Span | None:
    """ "The Domingo Laín Sáenz Front controls Arauca": the model ran the name on over a
    lower-case verb and the place after it; the name ends before the verb (and the place it
    swallowed is free again). None when no capitalised word is left."""
    cut = next((t.i for t in ent[1:] if t.is_lower and t.pos_ in {"VERB", "AUX"}), None)
    if cut is None:
        return ent
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if cut <= start or not any(t.text[:1].isupper() for t in doc[start:cut]):
        return None
    return Span(doc, start, cut, label=ent.label_)


def _join_person_fragments(doc: Doc, ents: list[Span], known: list[Span]) -> list[Span]:
    """ "Rodrigo Esteban Mejía Lozano" tagged as "Rodrigo" (ORG) and "Mejía Lozano" (PERSON), or
    "María Fernanda" left out before "Viteri Paredes": Spanish and Portuguese names of four
    words that the model cuts. A person's name takes in the proper nouns written right before it."""
    taken = {i for k in known for i in range(k.start, k.end)}
    by_end = {e.end: e for e in ents}
    out = list(ents)
    for ent in ents:
        if ent.label_ != "PERSON" or ent not in out:
            continue
        start = ent.start
        while start > 0 and start - 1 not in taken:
            before = doc[start - 1]
            fragment = by_end.get(start)
            if fragment is not None and fragment in out and fragment.label_ in {"PERSON", "ORG"} and len(fragment) <= 2 \
                    and all(t.pos_ == "PROPN" and t.is_title for t in fragment):
                out.remove(fragment)
                start = fragment.start
                continue
            if "\n" in before.text_with_ws or before.pos_ != "PROPN" or not before.is_title or not before.is_alpha or before.ent_type_ not in {"", "PERSON"} \
                    or before.text in _title_words() or not known_name_part(before.text):
                break
            start -= 1
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and end not in taken and "\n" not in doc[end - 1].text_with_ws and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].is_alpha and doc[end].text not in _title_words():
            fragment = next((f for f in out if f.start == end), None)
            if fragment is not None:
                if fragment.label_ != "PERSON" or len(fragment) != 1:
                    break
                out.remove(fragment)  # "Gatdet Ruach" and "Kuol" tagged apart
            elif doc[end].ent_type_:
                break
            end += 1  # "Moussa Ag" tagged, "Elmehdi" left out
        if start != ent.start or end != ent.end:
            out[out.index(ent)] = Span(doc, start, end, label="PERSON")
    return out


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Titles and role words ("Director Margaret Ellison") that a name never takes in."""
    roles = {w.title() for w in word_list("role_nouns")}
    return frozenset(word for title in title_roles() for word in title.split()) | roles


def _extend_left(doc: Doc, ent: Span, others: list[Span]) -> Span:
    """ "the Attorney General's Office" tagged from "General": an organization's name takes in the
    capitalised words the model left just before it (never a sentence's first word)."""
    if ent.label_ != "ORG":
        return ent
    taken = {i for other in others if other is not ent for i in range(other.start, other.end)}
    start = ent.start
    while start > 0 and start - 1 not in taken:
        before = doc[start - 1]
        if not (before.is_alpha and before.text[:1].isupper()) or before.is_sent_start:
            break
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _extend_to_unit_opener(doc: Doc, ent: Span) -> Span:
    """ "Liwa Thar al-Furat" tagged (often as a person) from "Thar": an Arabic word for a unit
    written just before a name opens it, and the name is an organization's."""
    if ent.start == 0 or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}:
        return ent
    start = ent.start
    if start >= 3 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ARTICLES and not doc[start - 2].whitespace_:
        start -= 2  # "Fursan al-Sahel": the opener stands before the article
    if doc[start - 1].text not in type_words("unit_name_openers"):
        return ent
    return Span(doc, start - 1, ent.end, label="ORG")


ARTICLES = {"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "adh"}


# Company forms written after a name: "Sunrise Gulf Cargo LLC", "Sapphire Line Trading FZE".
# Forms the tokenizer splits from their full stop: "Cía" "." "Ltda" ".".
ABBREVIATED_FORMS = {"Cía", "Cia", "Ltda", "Ltd", "Inc", "Co", "Corp"}


def _people_named_in_capitals(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "defendants NADIM SAMIR FAKHOURY and ROULA MROUEH FAKHOURY": two to four words in capitals,
    inside a line that is not itself in capitals, whose first and last words are people's names."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1 and j not in taken:
            j += 1
        if 2 <= j - i <= 4 and _in_mixed_case_line(doc, i) and known_name_part(doc[i].text) and known_name_part(doc[j - 1].text):
            found.append(Span(doc, i, j, label="PERSON"))
        i = max(j, i + 1)
    return found


# Joiners inside a person's name after a title: "Hajj Kadhim Sabah al-Ghrairi", "Luz Dary Rincón".
NAME_JOINERS = {"al", "el", "bin", "ibn", "de", "del", "da", "dos", "-", "ould", "ag", "wa"}
MAX_TITLED_NAME = 5


# Titles that, inside a span the model ran together, start a person's name: "Lanao del Sur
# Governor Abdulrahman Sampiano" is a province, a title and a governor.
SPLITTING_TITLES = {"Governor", "Mayor", "Commissioner", "Senator", "President", "Minister", "Prefect", "Sheriff",
                    "Colonel", "Col.", "Lt.", "Capt.", "Gen.", "Maj.", "Brig."}


def _speaker_in_title(doc: Doc, span: Span) -> Span:
    """ '"…," said Acting Under Secretary for Terrorism and Financial Intelligence Marcus Ellery':
    the model may tag the end of a long title and the name as one organization. An organization
    span that speaks (next to a speech verb) and ends in a known given name and a surname, after
    a word that is no name, is the person alone."""
    if span.label_ != "ORG" or len(span) < 3:
        return span
    verbs = speech_verbs()
    speaks = span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in verbs
    # '"…," said TITLE NAME.': a speech verb shortly before, the sentence ending on the name
    closing = False
    if span.end < len(doc) and doc[span.end].text in {".", ","}:
        i = span.start - 1  # back over the title's words to the verb
        while i > max(span.sent.start, span.start - 10) and (doc[i].is_title or doc[i].lower_ in {"for", "and", "of", "the"}):
            i -= 1
        closing = i >= 0 and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in verbs
    if not speaks and not closing:
        return span
    for size in (2, 3):
        name = span[-size:]
        before = doc[name.start - 1]
        if name.start <= span.start or not all(t.is_title and t.is_alpha for t in name):
            continue
        if any(t.text in organization_words() | type_words("location_words") for t in name):
            continue  # "Zamfara State Police Command", "Milimani Law Courts"
        if known_name_part(name[0].text) and not known_name_part(before.text) and before.is_title:
            return Span(doc, name.start, name.end, label="PERSON")
    return span


def _split_at_title(doc: Doc, span: Span) -> list[Span]:
    """The place or body before a title and the person after it, as two names; the span whole when
    the words after the title are no person's name (one to four capitalised words, no word of an
    organization or place)."""
    cut = next((t.i for t in span[1:-1] if t.text in SPLITTING_TITLES), None)
    if cut is None and span.label_ in {"ORG", "GPE", "LOC", "FAC"} and len(span) > 1 and span[0].text in SPLITTING_TITLES:
        return [_titled_person(doc, span)]  # "Governor Mahamat rejected this", tagged as a body
    if cut is None or span.label_ not in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
        return [span]
    start = cut + 1
    while start < span.end and doc[start].text in _title_words_all():  # "Governor General", "Maj. Gen."
        start += 1
    name = doc[start : span.end]
    stop = organization_words() | type_words("location_words")
    if not 1 <= len(name) <= 4 or any(not t.text[:1].isupper() or t.text in stop for t in name):
        return [span]
    before = doc[span.start : cut]
    return [Span(doc, before.start, before.end, label="GPE"), Span(doc, name.start, name.end, label="PERSON")]


def _titled_person(doc: Doc, span: Span) -> Span:
    """A person's title and one to three capitalised words that are no body's or place's name."""
    name = span[1:]
    stop = organization_words() | type_words("location_words")
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return span  # "the Governor Hotel"
    if len(name) > 3 or any(not t.text[:1].isupper() or t.text in stop or t.text in _title_words_all() for t in name):
        return span
    return Span(doc, span.start, span.end, label="PERSON")


# Common nouns a document capitalises for the body it is about ("the Mission's Human Rights
# Division"): as a possessor they are no part of the name after them.
GENERIC_POSSESSORS = {"Mission", "Army", "Government", "Ministry", "Council", "Police", "Group", "Agency", "Commission",
                      "Panel", "Office", "Court", "Company", "Committee", "Department", "Organization", "Organisation"}


def _without_generic_possessor(doc: Doc, span: Span) -> Span:
    """"the Mission's Human Rights Division" → "Human Rights Division": the name without the
    capitalised common noun that owns it (its owner is a relation, not part of its name)."""
    lead = 1 if span[0].lower_ == "the" else 0
    if len(span) > lead + 3 and span[lead].text in GENERIC_POSSESSORS and span[lead + 1].text in {"'s", "’s"} \
            and span[lead + 2].text[:1].isupper():
        return Span(doc, span.start + lead + 2, span.end, label=span.label_)
    return span


POSTED_FORCES = {"Police", "Gendarmerie", "Command"}


def _without_posting(doc: Doc, span: Span) -> list[Span]:
    """ "commander of the National Police in Zone 8": where a police force is posted is no part of
    its name (but "the UN Mission in South Sudan" and "the SPLA in Opposition" are names); nor is
    where a company is registered ("Ocean Talon Holdings Ltd of the Seychelles")."""
    if span.label_ != "ORG":
        return [span]
    cut = next((t.i for t in span[2:-1] if t.text == "in"), None)
    if cut is not None and doc[cut - 1].text in POSTED_FORCES:
        return [Span(doc, span.start, cut, label=span.label_)]
    # "Ocean Talon Holdings Ltd of the Seychelles": a company's name ends with its legal form
    cut = next((t.i for t in span[2:-1] if t.text in {"of", "in"} and doc[t.i - 1].text in type_words("legal_forms")), None)
    if cut is None:
        return [span]
    place = cut + 1 + (doc[cut + 1].lower_ == "the")
    return [Span(doc, span.start, cut, label=span.label_), *([Span(doc, place, span.end, label="GPE")] if place < span.end else [])]


CAPITAL_CONNECTORS = {"DE", "DEL", "LA", "LAS", "LOS", "Y"}  # inside a letterhead in capitals


def _companies_by_legal_form(doc: Doc) -> list[Span]:
    """"manages Golden Dune Trading FZE in a Dubai free zone": one to six capitalised words ending
    in a company's legal form are a company's name, where the model tagged nothing or a piece. A
    letterhead in capitals counts too, with its Spanish connectors ("AGROEXPORTADORA DEL URABÁ
    S.A.S."), but never starts with one."""
    forms = type_words("legal_forms")
    found = []
    for token in doc:
        if token.text not in forms or token.i == 0:
            continue
        start = token.i
        while start > 0 and token.i - start < 6 and _company_word(doc[start - 1]) \
                and doc[start - 1].text not in forms and not (doc[start - 1].is_sent_start and doc[start - 1].pos_ != "PROPN"
                                                              and not ELIDED_ARTICLE.fullmatch(doc[start - 1].text)):
            start -= 1
        while start < token.i and doc[start].text in CAPITAL_CONNECTORS:
            start += 1
        if start < token.i:
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


ELIDED_ARTICLE = re.compile(r"[dlDL]['’][A-ZÀ-Ý]\w+")  # "Maison d'Or Kivu SARL", "Société l'Avenir"


def _company_word(token: Token) -> bool:
    if ELIDED_ARTICLE.fullmatch(token.text):
        return True
    return token.is_alpha and (token.is_title or (token.is_upper and (len(token) > 1 or token.text == "Y")))


def _split_capital_pairs(doc: Doc, span: Span) -> list[Span]:
    """"SAMEER HADDAD KHOURI AND CORALBAY MARITIME INC.": a heading in capitals joining two names with
    AND names two actors; names in capitals do not contain the word."""
    cut = next((t.i for t in span[1:-1] if t.text == "AND"), None)
    if cut is None or not all(t.is_upper or not t.is_alpha for t in span):
        return [span]
    return [Span(doc, span.start, cut, label=span.label_), Span(doc, cut + 1, span.end, label=span.label_)]


def _split_at_comma(doc: Doc, span: Span) -> list[Span]:
    """"The mayor of Boni, Hamadoun Tapily, said": a place and the person set beside it, run
    together by the model across the comma, are two names. Only when every word on both sides
    is capitalised and the words after the comma can be a person's name (two or three words, no
    word of an organization, place or legal form), so "Acme Trading, LLC" stays whole."""
    cut = next((t.i for t in span[1:-1] if t.text == ","), None)
    if cut is None or span.label_ not in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
        return [span]
    before, after = doc[span.start : cut], doc[cut + 1 : span.end]
    stop = organization_words() | type_words("location_words") | type_words("legal_forms")
    if not all(t.text[:1].isupper() for t in (*before, *after)) or any(t.text in stop for t in after):
        return [span]
    if not 2 <= len(after) <= 3 or len(before) > 3 or not all(t.is_alpha for t in after):
        return [span]
    return [Span(doc, before.start, before.end, label=span.label_), Span(doc, after.start, after.end, label="PERSON")]


def _people_after_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mayor Luz Dary Rincón Pabón said": two to five capitalised words the model tagged as
    nothing, written after a title ("Mayor", "Col.", "Brig. Gen."), are a person's name. Not
    when a word of the run says organization or place ("General Assembly", "Governor Street")."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    titles = _single_word_titles()
    stop = organization_words() | type_words("location_words")
    found = []
    i = 0
    while i < len(doc) - 2:
        if doc[i].text not in titles or (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].text not in titles):
            i += 1
            continue
        start = i + 1
        while start < len(doc) and doc[start].text in _title_words_all():  # "Major General", "Brig. Gen."
            start += 1
        end = start
        while end < len(doc) and end - start < MAX_TITLED_NAME and end not in taken and (
            doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" or doc[end].lower_ in NAME_JOINERS and end > start
        ):
            end += 1
        while end > start and doc[end - 1].lower_ in NAME_JOINERS:
            end -= 1
        words = [t.text for t in doc[start:end]]
        if len([w for w in words if w.lower() not in NAME_JOINERS]) >= 2 and not set(words) & stop:
            found.append(Span(doc, start, end, label="PERSON"))
        i = max(end, i + 1)
    return found


@lru_cache(maxsize=1)
def _single_word_titles() -> frozenset[str]:
    """The titles written as one token ("Mayor", "Col.", "Gen."), as the tokenizer keeps them."""
    return frozenset(t for t in title_roles() if " " not in t and t[:1].isupper() and t not in {"General", "Deputy", "Vice"})


@lru_cache(maxsize=1)
def _title_words_all() -> frozenset[str]:
    """Every word of every title ("Major", "General", "Deputy" …), for runs of titles."""
    return frozenset(w for t in title_roles() for w in t.split() if w[:1].isupper())


ACTOR_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
def _crosses(span: Span, name: Span) -> bool:
    """Whether SPAN takes in part of NAME and runs past it: "PROCURA DELLA REPUBBLICA [DI CATANZARO
    – Direzione Distrettuale Antimafia]" read as a person's name."""
    overlaps = span.start < name.end and name.start < span.end
    return overlaps and not (name.start <= span.start and span.end <= name.end) and not (span.start <= name.start and name.end <= span.end)


def _institution_names(doc: Doc) -> list[Span]:
    """ "Fiscalía General del Estado", "Policía Nacional de Colombia", "Frente 29 de Mayo": an
    institution word, then capitalised words, numbers and connectors, is one organization's name
    (at least two words)."""
    openers = type_words("institution_openers")
    found = []
    i = 0
    while i < len(doc):
        if doc[i].text not in openers and not (doc[i].is_upper and len(doc[i]) > 3 and doc[i].text.title() in openers):
            i += 1  # (a letterhead in capitals: "PROCURA DELLA REPUBBLICA DI CATANZARO")
            continue
        end = i + 1
        while end < len(doc) and not doc[end].is_sent_start and (
            doc[end].is_alpha and doc[end].text[:1].isupper() or doc[end].lower_ in CONNECTORS or doc[end].is_digit
        ):
            end += 1
        while end > i + 1 and (doc[end - 1].lower_ in CONNECTORS or doc[end - 1].is_digit and end - i > 2):
            end -= 1
        if end - i >= 2:
            found.append(Span(doc, i, end, label="ORG"))
        i = end
    return found


# '"Mohamed" (pseudonym)', '"Aisha" (not her real name)': an interviewee's assumed name.
PSEUDONYM_CUES = ("pseudonym", "not his real name", "not her real name", "not their real name", "name changed",
                  "a pseudonym", "not real name")


def _pseudonyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised name in quotation marks followed by a bracketed "pseudonym" or "not his real
    name" is a person, whatever the model made of it."""
    taken = {i for span in spans if span.label_ in ACTOR_LABELS for i in range(span.start, span.end)}
    found = []
    for i in range(1, len(doc) - 3):
        if doc[i - 1].text not in {'"', "“"} or not doc[i].text[:1].isupper():
            continue
        close = next((j for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text in {'"', "”"}), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text != "(":
            continue
        bracket_end = next((j for j in range(close + 2, min(close + 9, len(doc))) if doc[j].text == ")"), None)
        cue = doc[close + 2 : bracket_end].text.lower() if bracket_end is not None else ""
        if cue in PSEUDONYM_CUES and not taken.intersection(range(i, close)):
            found.append(Span(doc, i, close, label="PERSON"))
    return found


def _people_of_an_age(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Hamidou Soumana, 54, the village chief": two or three capitalised words followed by an age
    between commas are a person's name, whatever the model made of them."""
    taken = {i for span in spans if span.label_ != "PERSON" for i in range(span.start, span.end)}
    found = []
    for i in range(2, len(doc) - 2):
        if doc[i].text != "," or not doc[i + 1].text.isdigit() or not 15 <= int(doc[i + 1].text) <= 99 or doc[i + 2].text != ",":
            continue
        start = i
        while start > 0 and i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].pos_ not in {"DET", "ADP", "PRON", "CCONJ"} and start - 1 not in taken:
            start -= 1
        if i - start >= 2:
            found.append(Span(doc, start, i, label="PERSON"))
    return found


def _speaker_labels_named_in_the_text(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "NAW EH HTOO: Much less reaches the front …": a transcript's speaker label in capitals, for
    a person the text also names in ordinary case ("With me are … Naw Eh Htoo of …"), is that
    whole name, where the model may cut it or take it for a body; so is the name in the text."""
    found = []
    for token in doc:
        if token.i and "\n" not in doc[token.i - 1].text_with_ws:
            continue
        end = token.i
        while end < len(doc) and end - token.i < 5 and doc[end].is_alpha and doc[end].is_upper:
            end += 1
        if not 2 <= end - token.i <= 4 or end >= len(doc) or doc[end].text != ":":
            continue
        label = Span(doc, token.i, end, label="PERSON")
        named = [doc.char_span(start, stop, label="PERSON") for start, stop in written_as_a_name(label)]
        if not named or any(n is None or any(s.label_ != "PERSON" and s.start < n.end and n.start < s.end for s in spans) for n in named):
            continue  # "THE LEVANT DESK:" an outlet the text names as one ("by The Levant Desk")
        found += [label, *named]  # and the name in the text, which the model may have missed
    return found


def _in_mixed_case_line(doc: Doc, i: int) -> bool:
    text = text_of(doc)
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", doc[i].idx)
    line = text[start : end if end >= 0 else len(text)]
    return sum(c.islower() for c in line) > sum(c.isupper() for c in line)


# A nationality adjective and a state body written in lower case: "the Yemeni government".
STATE_BODIES = {"government", "army", "military", "navy", "gendarmerie", "coastguard"}
STATE_BODY_PAIRS = {("armed", "forces"), ("security", "forces"), ("air", "force"), ("coast", "guard")}
# "the Jubaland administration", "the Sulu provincial government": a place's name before
# "administration", or a level and "government", in lower case, names the body that governs it.
GOVERNING_QUALIFIERS = {"regional", "provincial", "state", "municipal", "federal", "transitional", "interim", "county", "local"}


# A country's body in the possessive, in lower case: "Mali's army", "Sudan's armed forces",
# "Chad's defence ministry", "Mali's transitional government", "Niger's customs service".
POSSESSED_BODIES = {"army", "military", "forces", "government", "ministry", "navy", "police", "gendarmerie", "junta",
                    "service"}
# the words "service" and "forces" name a body only after these ("the customs service")
POSSESSED_BODY_QUALIFIERS = {"service": {"customs", "intelligence", "security", "immigration"},
                             "forces": {"armed", "security", "defence", "defense"}}


def _possessed_body(doc: Doc, start: int) -> int:
    """Where a lower-case state body after a country's "'s" ends (START is its first word): up to
    two lower-case qualifiers, then a body's word not itself qualifying a noun ("Ukraine's military
    intelligence agency" is no military); 0 if none."""
    for end in range(start + 1, min(start + 4, len(doc) + 1)):
        words = doc[start:end]
        if not all(t.is_lower and t.is_alpha for t in words):
            return 0
        head = words[-1].lower_
        if head not in POSSESSED_BODIES or (end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} and doc[end].is_lower):
            continue
        needed = POSSESSED_BODY_QUALIFIERS.get(head)
        if needed is not None and (len(words) < 2 or words[-2].lower_ not in needed):
            continue
        return end
    return 0


def _national_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    found = []
    for ent in (*doc.ents, *(s for s in spans if s.label_ == "GPE"), *_untagged_possessive_countries(doc, spans),
                *_untagged_demonyms(doc, spans)):
        if ent.label_ == "GPE" and ent.end + 1 < len(doc) and doc[ent.end].text in {"'s", "’s"}:
            end = _possessed_body(doc, ent.end + 1)
            if end:
                found.append(Span(doc, ent.start, end, label="ORG"))
            continue
        if ent.label_ == "GPE" and ent.end < len(doc):
            qualified = doc[ent.end].text in GOVERNING_QUALIFIERS
            end = ent.end + (1 if qualified else 0)
            # a bare "the Tripoli government" is mostly another name of a government the text
            # names in full ("the Government of National Unity"); an administration is not
            if end < len(doc) and (doc[end].text == "administration" or qualified and doc[end].text == "government"):
                found.append(Span(doc, ent.start, end + 1, label="ORG"))
                continue
        if ent.label_ != "NORP" or len(ent) != 1 or ent.end >= len(doc):
            continue
        nxt = doc[ent.end]
        if nxt.lower_ in STATE_BODIES and nxt.is_lower:
            # "Colombian military intelligence" is a body of its own, not the military
            wider = ent.end + 1 < len(doc) and nxt.lower_ in {"military", "army"} and doc[ent.end + 1].lower_ == "intelligence"
            found.append(Span(doc, ent.start, ent.end + (2 if wider else 1), label="ORG"))
        elif ent.end + 1 < len(doc) and (nxt.lower_, doc[ent.end + 1].lower_) in STATE_BODY_PAIRS and nxt.is_lower:
            found.append(Span(doc, ent.start, ent.end + 2, label="ORG"))
    return found


def _gangs_named_for_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Salt Spring crew": a gang's word after a place's name makes the gang's own name."""
    found = []
    for span in spans:
        if span.label_ in {"GPE", "LOC", "FAC"} and span.end < len(doc) and doc[span.end].text in PLACE_GANG_NOUNS \
                and span.start > 0 and doc[span.start - 1].lower_ == "the":
            found.append(Span(doc, span.start, span.end + 1, label="ORG"))
    return found


def _untagged_demonyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "from the Burkinabe army": a country's adjective the model left untagged, before a state
    body's word."""
    demonyms = yaml_data("relation_cues")["demonyms"]
    taken = {i for span in (*doc.ents, *spans) for i in range(span.start, span.end)}
    return [Span(doc, t.i, t.i + 1, label="NORP") for t in doc[:-1]
            if t.text in demonyms and t.i not in taken and doc[t.i + 1].lower_ in STATE_BODIES]


def _untagged_possessive_countries(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Benin's army has deployed …": a country before "'s" that the model left untagged or
    tagged as something other than a place."""
    countries = set(yaml_data("relation_cues")["demonyms"].values())
    taken = {i for span in (*doc.ents, *spans) if span.label_ == "GPE" for i in range(span.start, span.end)}
    found = []
    for i in (t.i for t in doc if t.text in {"'s", "’s"}):
        for width in (1, 2, 3):
            if i - width >= 0 and doc[i - width : i].text in countries and not taken.intersection(range(i - width, i)):
                found.append(Span(doc, i - width, i, label="GPE"))
                break
    return found


UNIT_WORDS = {"Brigade", "Division", "Battalion", "Regiment", "Front", "Corps", "Squadron", "Army", "Fleet", "Group",
              "Detachment", "Company", "Military Region", "Region", "Unit", "Command"}
ORDINAL_WORDS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                 "Eleventh", "Twelfth"}
ORDINAL_NUMBER = re.compile(r"^\d{1,3}(?:st|nd|rd|th)?$")


def _numbered_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Brigade 74", "the 33rd Front", "1 Brigade", "the Third Military Region", "20th Division":
    a military unit named by its number, which the model leaves out or tags as a number."""
    taken = {i for span in spans if span.label_ in {"PERSON", "GPE", "LOC", "FAC", "NORP"} for i in range(span.start, span.end)}
    found = []
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        two = f"{nxt.text} {doc[i + 2].text}" if i + 2 < len(doc) else ""
        if token.text in ORDINAL_WORDS or ORDINAL_NUMBER.match(token.text):
            width = 2 if two in UNIT_WORDS else 1 if nxt.text in UNIT_WORDS else _qualified_unit_width(doc, i + 1, token)
            if width and (token.text in ORDINAL_WORDS or width == 2 or nxt.text != "Region"):
                end = i + 1 + width
                if not taken.intersection(range(i, end)):
                    found.append(Span(doc, i, end, label="ORG"))
        elif token.text in {"Brigade", "Division", "Battalion", "Regiment", "Unit"} and nxt.like_num and nxt.text.isdigit():
            if not taken.intersection(range(i, i + 2)):
                # "Light Infantry Division 44": the name the model tagged runs on to the number
                named = next((s for s in spans if s.label_ == "ORG" and s.end == i + 1 and s.start < i), None)
                found.append(Span(doc, named.start if named is not None else i, i + 2, label="ORG"))
    return found


def _qualified_unit_width(doc: Doc, start: int, number: Token) -> int:
    """How many words from START make a unit's name after its ordinal: "35th Armoured Brigade",
    "14th Rapid Intervention Battalion" (up to two capitalised words, then a unit's word); 0 if
    none, or if the number is a bare count ("230 White Army fighters")."""
    if number.text.isdigit():
        return 0
    for width in (2, 3):
        words = doc[start : start + width]
        if len(words) == width and all(t.is_title and t.is_alpha for t in words[:-1]) and words[-1].text in UNIT_WORDS - {"Region"}:
            return width
    return 0


def _named_operations(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Operation Safe Haven, the military-led task force", "Operation Hadin Kai troops": a named
    military or police operation acts and is reported on as a body; the model tags its name as
    nothing or as a person. One to three capitalised words after "Operation", not a place's."""
    places = {i for span in spans if span.label_ in {"GPE", "LOC", "FAC"} for i in range(span.start, span.end)}
    found = []
    for token in doc[:-1]:
        if token.text != "Operation":
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].is_alpha and end not in places:
            end += 1
        if end > token.i + 1:
            found.append(Span(doc, token.i, end, label="ORG"))
    return found


def _family_clans(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Ferrante clan" where Vincenzo and Domenico Ferrante are named, "the Kavač clan" in a
    story of cocaine and laundering: a clan called after a family the text names people of, or
    any clan in crime reporting, is a criminal body of its own, "Ferrante clan", not the surname
    (a clan no person is named after outside crime reporting, "the Abgaal clan", stays a people)."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) >= 2}
    crime = crime_reporting(doc)
    found = []
    for token in doc[1:]:
        if token.lower_ != "clan" or not token.is_lower:
            continue
        name = doc[token.i - 1]
        if (name.text in surnames or crime and name.pos_ == "PROPN") and name.is_title:
            found.append(Span(doc, name.i, token.i + 1, label="ORG"))
    return found


def _names_with_plural_possessive(doc: Doc) -> list[Span]:
    """ "Bandiagara Hunters' Alliance", "Humera Sesame Exporters' Association": capitalised words,
    a plural possessive and capitalised words ending in a body's word are one organization."""
    found = []
    for mark in (t for t in doc if t.text in {"'", "’"} and 0 < t.i < len(doc) - 1):
        before, after = doc[mark.i - 1], doc[mark.i + 1]
        if not (before.is_title and before.text.endswith("s") and after.is_title):
            continue
        start = mark.i - 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].pos_ != "DET" and not doc[start].is_sent_start:
            start -= 1
        end = mark.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if doc[end - 1].text in organization_words():
            found.append(Span(doc, start, end, label="ORG"))
    return found


def _extend_to_legal_form(doc: Doc, ent: Span) -> Span:
    end = ent.end
    ahead = end
    while ahead < len(doc) and ahead - end < 4 and doc[ahead].is_title and doc[ahead].is_alpha and doc[ahead].text not in type_words("legal_forms"):
        ahead += 1  # "Sahil Crest General Trading LLC" tagged as "Sahil Crest": the name runs on to its form
    if ahead > end and ahead < len(doc) and doc[ahead].text in type_words("legal_forms") and ent.label_ in {"ORG", "PERSON", "GPE", "FAC"}:
        end = ahead
    while end < len(doc):
        if doc[end].text in type_words("legal_forms"):
            end += 1
        elif doc[end].text == "." and doc[end - 1].text.rstrip(".") in ABBREVIATED_FORMS and not doc[end].whitespace_ == "" and end + 1 < len(doc) and doc[end + 1].text in type_words("legal_forms") | ABBREVIATED_FORMS:
            end += 1  # "Cía. Ltda.": the full stop between two abbreviated forms
        elif doc[end].text == "." and doc[end - 1].text in ABBREVIATED_FORMS and doc[end - 1].i >= ent.end - 1:
            end += 1
            break
        else:
            break
    if ent.label_ not in {"ORG", "FAC", "GPE", "PERSON", "PRODUCT", "LOC"}:
        return ent
    if end == ent.end and doc[end - 1].text not in type_words("legal_forms"):
        return ent
    start = ent.start
    while start > 0 and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"} and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and not (doc[start - 1].is_sent_start and doc[start - 1].pos_ != "PROPN"):
        start -= 1  # "Adriatik Energo d.o.o.", "Sahil Crest General Trading LLC has …": the model began later
    return Span(doc, start, end, label="ORG")


NAME_JOINERS = {"of", "and", "in", "for", "on", "the", "to", "&", "'s", "’s"}


def _extend_to_acronym(doc: Doc, ent: Span) -> Span:
    """ "the African Union Support and Stabilization Mission in Somalia (AUSSOM)": a name the model
    cut short runs on to the acronym declared after it, over capitalised words and "of"/"and"/"in"."""
    if ent.label_ not in {"ORG", "GPE", "NORP", "FAC"}:
        return ent
    i = ent.end
    capitals = 0
    if i < len(doc) and doc[i].text in {"'s", "’s"}:
        return ent  # "Ecuador's Financial and Economic Analysis Unit (UAFE)": a place, then its body
    while i < len(doc) and (doc[i].lower_ in NAME_JOINERS and doc[i].text.islower() or doc[i].is_title or doc[i].is_upper and doc[i].is_alpha):
        capitals += doc[i].text[:1].isupper()
        i += 1
        if i - ent.end > 8:
            return ent
    if capitals == 0 or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or doc[i - 1].lower_ in NAME_JOINERS:
        return ent
    acronym = doc[i + 1].text
    tail = _spelled_out_start(doc, i, "".join(c for c in acronym if c.isalpha()))
    if tail is not None and tail >= ent.end:
        return ent  # "the Government of Iraq and the Kurdistan Regional Government (KRG)": KRG is the tail's
    initials = [t.text[0] for t in doc[ent.start : i] if t.text[:1].isupper() and t.lower_ != "the"]
    # acronyms skip words ("MINUSMA"), so the first letter need only start one of the words
    if not (acronym.isupper() and acronym.isalpha() and acronym[0] in initials) or not len(acronym) - 2 <= len(initials) <= len(acronym) + 2:
        return ent
    return Span(doc, ent.start, i, label="ORG")


ACRONYM_SKIPS = {"de", "des", "du", "la", "le", "les", "of", "the", "and", "pour", "et", "en", "for", "in", "y", "del", "d'"}


def _names_spelled_out_before_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Forces armées centrafricaines (FACA)": words whose initials spell the acronym in
    brackets after them are one organization's name, whatever case the words are in. Two
    letters are enough only after two capitalised words ("Arambai Tenggol (AT): Meitei armed
    group", which the model leaves untagged)."""
    found = []
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        letters = [c for c in acronym if c.isalpha()]
        if len(letters) < 2 or not acronym.isupper() or not acronym.replace("-", "").isalpha():
            continue
        if len(letters) == 2:
            start = i - 2 if i >= 2 and all(t.is_title and t.is_alpha for t in doc[i - 2 : i]) \
                and "".join(t.text[0] for t in doc[i - 2 : i]) == acronym else None
        else:
            start = _spelled_out_start(doc, i, "".join(letters))
        if start is None:
            continue
        name = Span(doc, start, i, label="ORG")
        if not any(e.start <= start and e.end >= i for e in spans):
            found.append(name)
    return found


def _spelled_out_start(doc: Doc, end: int, letters: str) -> int | None:
    """Where the words before END begin whose initials (connectors aside) give LETTERS, or
    LETTERS less one: an acronym may take two letters from a word ("centrAfricaines")."""
    initials = ""
    j = end - 1
    while j >= 0 and end - j <= 10 and (doc[j].is_alpha or doc[j].text in {"'s", "’s", "-"}):
        word = doc[j]
        if word.is_alpha and word.lower_ not in ACRONYM_SKIPS:
            initials = word.text[0].upper() + initials
            if len(initials) > len(letters):
                return None
            if word.text[:1].isupper() and _spells(initials, letters):
                return j
        j -= 1
    return None


def _spells(initials: str, letters: str) -> bool:
    if initials == letters:
        return True
    if len(initials) != len(letters) - 1 or len(initials) < 3:
        return False
    return any(letters[:k] + letters[k + 1 :] == initials for k in range(1, len(letters)))


LOCAL_LEVELS = {"provincial", "regional", "state", "municipal", "local", "city", "county", "district", "regency",
                "departmental", "prefectural", "town", "village"}
GOVERNING_NOUNS = {"government", "authorities", "council", "administration", "police", "assembly"}


def _local_government(doc: Doc, ent: Span) -> Span:
    """"the Sulu provincial government", "the Zamfara state government", "the Tepalcatepec
    municipal government": the place and the lower-case words after it name a body, which
    offers rewards and pays where the place does not."""
    if ent.label_ not in {"GPE", "LOC", "NORP"} or ent.end + 1 >= len(doc):
        return ent
    level, noun = doc[ent.end], doc[ent.end + 1]
    if level.text in LOCAL_LEVELS and noun.text in GOVERNING_NOUNS and (level.text, noun.text) != ("local", "government"):
        return Span(doc, ent.start, ent.end + 2, label="ORG")  # (a Nigerian "local government" is a place)
    if ent[-1].lower_ in {"state", "province", "region"} and level.text in GOVERNING_NOUNS:
        return Span(doc, ent.start, ent.end + 1, label="ORG")  # "the Zamfara State government"
    return ent


def _extend_to_place_noun(doc: Doc, ent: Span) -> Span:
    if ent.label_ not in {"GPE", "LOC", "FAC"} or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if nxt.is_lower and nxt.lower_ in PLACE_NOUNS and nxt.pos_ == "NOUN" and "\n" not in doc[ent.end - 1].text_with_ws:
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        if after is None or after.pos_ != "NOUN":  # not "the Bamako city council"
            return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return ent


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen written inside a word: "Croix-des-Bouquets", not a spaced dash."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _extend_over_connectors(doc: Doc, ent: Span) -> Span:
    """Carry a name on over lower-case connectors to the capitalised words after them."""
    if ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
        return ent
    end = ent.end
    while True:
        i = end
        while i < len(doc) and (doc[i].lower_ in CONNECTORS and doc[i].text.islower() or _joining_hyphen(doc, i)):
            i += 1
        if i == end or i >= len(doc) or not (doc[i].text[:1].isupper() and doc[i].is_alpha):
            break
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
            i += 1
        end = i
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def _body_of(doc: Doc, place: Span) -> Span:
    """ "Government of Yemen", "Somali National Army": a body named after a place or people is an organization."""
    end = place.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
        end += 1
    if end > place.end and doc[end - 1].text in organization_words() and place.label_ in {"GPE", "NORP"}:
        return Span(doc, place.start, end, label="ORG")
    start = place.start
    if place.label_ != "GPE" or start < 2 or doc[start - 1].lower_ != "of":
        return place
    first = start - 2
    while first > 0 and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_sent_start:
        first -= 1
    words = doc[first : start - 1]
    if words[-1].text in organization_words() and all(t.text[:1].isupper() for t in words):
        return Span(doc, first, place.end, label="ORG")
    return place


def _longer_name(ent: Span, known: Span) -> bool:
    """The extra words of ENT around KNOWN are part of a name: capitalised, or 'of' inside."""
    extra = [t for t in ent if not known.start <= t.i < known.end]
    return all(t.text[:1].isupper() or t.lower_ in {"of", "al", "-", "el", "de"} for t in extra) and any(
        t.text[:1].isupper() for t in extra
    )


@Language.factory("actormap_gazetteer", assigns=["doc.ents"])
def make_gazetteer(nlp: Language, name: str):
    matcher = _matcher(id(nlp.vocab), nlp)
    return lambda doc: apply_gazetteer(doc, matcher)
