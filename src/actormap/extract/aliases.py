"""Aliases the text declares: "Sahel Civilian Monitor (SCM)", "Wissam al-Zubaidi, known as Abu Haidar".

A declared alias is certain, so it joins two mention groups even when the names share
no word; a declared alias the model did not tag becomes a mention of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from actormap.extract.doc_text import text_of
from actormap.extract.gazetteer_words import PLACE_NOUNS
from actormap.extract.mentions import Mention, demonym_words
from actormap.extract.patterns import yaml_data

PLACE_LABELS = {"GPE", "LOC", "FAC"}
DASHES = {"-", "–", "—", "--"}
ALIAS_CUES = (("known", "as"), ("a.k.a.",), ("aka",), ("alias",), ("nicknamed",), ("also", "called"), ("dubbed",), ("also", "known", "as"),
              ("spelled",), ("also", "spelled"), ("spelt",), ("also", "spelt"))

ALIAS_ADVERBS = {"popularly", "better", "widely", "locally", "commonly", "also", "more", "simply", "usually", "often",
                 "sometimes", "variously", "alternatively", "elsewhere"}


NAME_JOINERS = {"-", "al", "el", "bin", "ibn", "de", "del"}  # "Tren de Aragua", "Abu Bakr al-Baghdadi"


def _capitalised_run(doc: Doc, start: int) -> Span | None:
    """The run of capitalised words (with al-/bin/Abu joiners) starting at START."""
    end = start
    while end < len(doc):
        t = doc[end]
        if t.text[:1].isupper() or (t.text in NAME_JOINERS and end > start):
            end += 1
        else:
            break
    while end > start and doc[end - 1].text in NAME_JOINERS:
        end -= 1
    return doc[start:end] if end > start else None


def _declared_after(doc: Doc, mention: Mention, starts: set[int] | None = None) -> Span | None:
    """The alias declared right after a mention, if any."""
    i = mention.span.end
    if i + 1 < len(doc) and doc[i].text in {'"', "”"} and doc[i + 1].text == "(":
        i += 1  # '"Bos Wil" (Wilner Dorval, …)'
    if i < len(doc) and doc[i].text == "(":
        i += 1
        for cue in ALIAS_CUES:
            if tuple(t.lower_ for t in doc[i : i + len(cue)]) == cue:
                i += len(cue)
                break
        if i < len(doc) and doc[i].text in {'"', "“"}:
            i += 1
        run = _capitalised_run(doc, i)
        if run is not None and mention.label == "PERSON" and len(run) >= 2 and run.end < len(doc) and doc[run.end].text == ",":
            return run  # '"Bos Wil" (Wilner Dorval, leader of …)': a participant's full name
        if run is not None and len(run.text) > 1 and run.end < len(doc) and doc[run.end].text in {")", '"', "”"}:
            if run.end + 1 < len(doc) and doc[run.end + 1].text in DASHES:
                return None  # "BAMAKO, Mali (Sahel Wire) -": a dateline's agency
            if mention.label == "PERSON" and run.end + 1 < len(doc) and doc[run.end + 1].text == ":":
                return None  # "Mustafe (Codka Xamar): 4??": a chat label's outlet, the speaker's employer
            return run  # "(A)" marks an interviewee's answers, it is no alias
        return None
    if i < len(doc) and (doc[i].text == "," or doc[i].text in DASHES):
        i += 1  # "Ahmad Daher — spelled Ahmed Daher in his statements —"
    called = _called_by_others(doc, i)
    if called is not None:
        return called
    if i + 1 < len(doc) and doc[i].lower_ in ALIAS_ADVERBS and any(doc[i + 1].lower_ == cue[0] for cue in ALIAS_CUES):
        i += 1  # "Audu Maikudi, popularly known as Dan Sadiya", "Dhoore, sometimes spelled Dhore"
    for cue in ALIAS_CUES:
        if tuple(t.lower_ for t in doc[i : i + len(cue)]) == cue:
            if follows_part_of(doc, mention.span.start):
                return None
            j = i + len(cue)
            if j < len(doc) and doc[j].text in {'"', "“"}:
                j += 1
            return _capitalised_run(doc, j)
    return _declared_further(doc, mention, i, starts or set())


# What a body's part or offshoot is called: "a cell of the Tren de Aragua known as La Cañera"
# names the cell.
OFFSHOOT_NOUNS = {"cell", "cells", "faction", "wing", "unit", "branch", "splinter", "offshoot", "battalion", "brigade", "network",
                  "affiliate", "subsidiary", "front", "chapter", "clique", "franchise", "arm", "group", "militia",
                  "gang", "company", "firm"}


def follows_part_of(doc: Doc, start: int) -> bool:
    """Whether the name at START closes "a cell of (the) X", so that "known as" after it names the part."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in OFFSHOOT_NOUNS


def names_a_part(span: Span) -> bool:
    """Whether SPAN is the name "known as" gives to a body's part: "a cell of the Tren de Aragua
    known as La Cañera"."""
    doc = span.doc
    i = span.start
    if i > 0 and doc[i - 1].text in OPENING_QUOTES:
        i -= 1
    if i >= 2 and (doc[i - 2].lower_, doc[i - 1].lower_) == ("known", "as"):
        i -= 2
    elif i >= 1 and doc[i - 1].lower_ in {"called", "dubbed", "nicknamed"}:
        i -= 1
    else:
        return False
    start = i
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].text in NAME_JOINERS):
        start -= 1
    return start < i and follows_part_of(doc, start)


CALLERS = {"we", "they", "everyone", "everybody", "people", "locals", "residents"}


def _called_by_others(doc: Doc, i: int) -> Span | None:
    """ "Jean-Robert Fénelon, who everybody calls Ti Rob", "Makenson Louissaint, whom they call
    Djo", "who is called X", "Karim al-Saedi - we called him Abu Ridha": a clause saying what
    others call the person declares an alias; "who called Colonel Bello" (nobody between) does
    not."""
    if i + 3 < len(doc) and doc[i].lower_ in CALLERS and doc[i + 1].lemma_.lower() == "call" and doc[i + 2].lower_ in {"him", "her"}:
        k = i + 3  # "Hajji Karim al-Saedi - we called him Abu Ridha"
        if k < len(doc) and doc[k].text in {'"', "“"}:
            k += 1
        run = _capitalised_run(doc, k)
        return run if run is not None and len(run) <= 4 else None
    if i >= len(doc) or doc[i].lower_ not in {"who", "whom"}:
        return None
    for j in range(i + 2, min(i + 5, len(doc))):  # someone between: "who called Colonel Bello" is no alias
        if doc[j].lemma_.lower() == "call" and doc[j].pos_ == "VERB":
            k = j + 1
            if k < len(doc) and doc[k].text in {'"', "“"}:
                k += 1
            run = _capitalised_run(doc, k)
            return run if run is not None and len(run) <= 4 else None
        if doc[j].is_punct:
            return None
    return None


def _describes(token: Token, name: Span) -> bool:
    """Whether TOKEN belongs to a description set beside the name ("a Shia armed faction formally
    registered", an age "47,") rather than to a phrase on another name ("of the Ombudsman's Office")."""
    for _ in range(6):
        if name.start <= token.i < name.end:
            return True
        if token.dep_ in {"prep", "pobj", "poss", "relcl", "ccomp"} or token.head.i == token.i:
            return False
        token = token.head
    return False


# "known to his men as", "known locally as", "formally registered as": a cue word and "as" a few
# words apart, after the name or after a short description of it.
SPREAD_CUES = {"known", "registered", "styled", "called"}
MAX_DESCRIPTION = 10


def _declared_further(doc: Doc, mention: Mention, i: int, starts: set[int]) -> Span | None:
    """ "Hajj Kadhim al-Ghrairi, 47, known to his men as Abu Mustafa", "Liwa Thar al-Furat, a Shia
    armed faction formally registered as the 61st Brigade": the alias after a cue a few words from
    the name, when no other name comes between (it would be that name's alias)."""
    if mention.label == "NORP":
        return None  # "a Shia armed faction formally registered as …" describes the faction
    sent_end = doc[mention.span.end - 1].sent.end
    for j in range(i, min(i + MAX_DESCRIPTION, sent_end)):
        token = doc[j]
        if j in starts and token.ent_type_ != "NORP" or token.text in {";", ":", "(", ")"} or token.pos_ in {"VERB", "AUX"} and token.lower_ not in SPREAD_CUES:
            return None
        if token.lower_ not in SPREAD_CUES:
            continue
        if not all(_describes(t, mention.span) for t in doc[mention.span.end : j + 1] if not t.is_punct):
            return None  # "X, the delegate in Arauca of the Ombudsman's Office, known as …": the office's
        gap = [t for t in doc[j + 1 : min(j + 5, sent_end)]]
        k = next((t.i for t in gap if t.lower_ == "as"), None)
        if k is None or any(t.is_punct for t in doc[j + 1 : k]):
            return None
        k += 1
        while k < sent_end and (doc[k].lower_ == "the" or doc[k].text in {'"', "“", "'"}):
            k += 1
        if k < sent_end and doc[k].text[:1].isdigit():  # "registered as the 61st Brigade"
            run = _capitalised_run(doc, k + 1)
            return doc[k : run.end] if run is not None else None
        return _capitalised_run(doc, k) if k < sent_end else None
    return None


def join_declared_aliases(doc: Doc, groups: list[list[Mention]]) -> list[list[Mention]]:
    """Merge the group of each declared alias into the group of the name that declares it."""
    group_of = {id(m): index for index, group in enumerate(groups) for m in group}
    by_start = {m.span.start: m for group in groups for m in group}
    for index, group in enumerate(groups):
        for mention in list(group):
            alias = _declared_after(doc, mention, set(by_start))
            if alias is None or alias.text == mention.text or not _could_abbreviate(alias.text, mention.text):
                continue
            existing = by_start.get(alias.start)
            if existing is None:
                group.append(Mention(span=alias, label=mention.label, entry=None))
                # the model may have missed the bracketed alias yet found it later: "… S.A.C.
                # (CASUR)", then "CASUR is registered in Lima"
                existing = next((m for g in groups if g is not group for m in g if m.text == alias.text), None)
                if existing is None:
                    continue
            other = group_of[id(existing)]
            if other == index or _canonical(group) and _canonical(groups[other]) and _canonical(group) != _canonical(groups[other]):
                continue  # two gazetteer names are two actors whatever the text says
            for m in groups[other]:
                group_of[id(m)] = index
            group.extend(groups[other])
            groups[other] = []
    return [g for g in groups if g]


OPENING_QUOTES = {'"', "“"}
CLOSING_QUOTES = {'"', "”"}
MAX_NICKNAME = 4


def _nickname_before(doc: Doc, mention: Mention) -> Span | None:
    """ '"Bos Wil" (Wilner Dorval, leader of …)', '"Kapetan" is Dragan Kostić', '"Bora Sid" is the
    driver Borislav Ilić': the quoted nickname an exhibit list or a chat export gives before the
    full name of a participant, bracketed or after "is" and a short description in lower case."""
    start = mention.span.start
    if start >= 3 and doc[start - 1].text == "(" and doc[start - 2].text in CLOSING_QUOTES:
        close = start - 2
    else:
        k = start - 1
        while k > 0 and start - k <= 3 and (doc[k].is_lower and doc[k].is_alpha) and doc[k].lower_ not in {"is", "was"}:
            k -= 1  # "the driver"
        if k < 2 or doc[k].lower_ not in {"is", "was"} or doc[k - 1].text not in CLOSING_QUOTES:
            return None
        close = k - 1
    return _quoted_before(doc, close)


def _quoted_before(doc: Doc, close: int) -> Span | None:
    """The capitalised words quoted right before the closing quotation mark at CLOSE."""
    opening = next((i for i in range(close - 1, max(-1, close - MAX_NICKNAME - 2), -1) if doc[i].text in OPENING_QUOTES), None)
    if opening is None or opening + 1 >= close:
        return None
    nickname = doc[opening + 1 : close]
    if not nickname[0].text[:1].isupper() or any(t.is_punct and t.text != "-" for t in nickname):
        return None
    return nickname


REFERRING_CUES = (("referred", "to"), ("goes", "by"), ("went", "by"))


def _nickname_after(doc: Doc, mention: Mention) -> Span | None:
    """ 'Sretko Vukmirović, 63, who is referred to in the chat as "Veliki"', 'X, who goes by
    "El Contador"': the quoted nickname a clause on the person gives, within a few words."""
    end = mention.span.end
    sent_end = doc[end - 1].sent.end
    for j in range(end, min(end + 8, sent_end - 3)):
        if doc[j].text in {";", "(", ")"} or (j > end and doc[j].ent_type_ == "PERSON"):
            return None
        cue = next((c for c in REFERRING_CUES if tuple(t.lower_ for t in doc[j : j + len(c)]) == c), None)
        if cue is None:
            continue
        k = j + len(cue)
        if cue[0] == "referred":  # "referred to in the chat as"
            k = next((i + 1 for i in range(k, min(k + 5, sent_end)) if doc[i].lower_ == "as"), sent_end)
        if k >= sent_end or doc[k].text not in OPENING_QUOTES:
            return None
        close = next((i for i in range(k + 1, min(k + MAX_NICKNAME + 2, sent_end)) if doc[i].text in CLOSING_QUOTES), None)
        return _quoted_before(doc, close) if close is not None else None
    return None


def join_bracketed_nicknames(doc: Doc, groups: list[list[Mention]]) -> list[list[Mention]]:
    """The nickname quoted before a person's bracketed name (or after a clause that gives it) joins
    that person, as a mention of its own when the model did not tag it; its later uses (chat
    labels "Bos Wil:") then resolve."""
    by_start = {m.span.start: (index, m) for index, group in enumerate(groups) for m in group}
    for index, group in enumerate(groups):
        person = any(m.label == "PERSON" for m in group)
        for mention in list(group):
            if mention.label not in {"PERSON", "ORG", "GPE"}:
                continue  # (the model may tag a person as a place: '"Kapetan" is Dragan Kostić')
            nickname = _nickname_before(doc, mention) or (_nickname_after(doc, mention) if person else None)
            if nickname is None:
                continue
            existing = by_start.get(nickname.start)
            if existing is None:
                group.append(Mention(span=nickname, label="PERSON", entry=None))
            elif existing[0] != index and groups[existing[0]] and existing[1].span.end == nickname.end:
                # a person's nickname is a person's, however the model tagged it ("Veliki" as a body)
                group.extend(replace(m, label="PERSON") if person else m for m in groups[existing[0]])
                groups[existing[0]] = []
    return [g for g in groups if g]


# 'Abdiqani "Kabaweyne" Warsame': a nickname quoted between a given name and a family name.
_INNER_NICKNAME = re.compile(r"\b([A-Z][\w'’-]+)\s+[\"“]([A-Z][^\"”\n]{1,30}?)[\"”]\s+([A-Z][\w'’-]+)")


def join_inner_nicknames(doc: Doc, groups: list[list[Mention]]) -> list[list[Mention]]:
    """The nickname quoted inside a name ('How Abdiqani "Kabaweyne" Warsame turned …') joins the
    person whose name opens and ends with the words around it ("Abdiqani Hassan Warsame"), so the
    story's later "Kabaweyne runs 26 checkpoints" is about him."""
    for match in _INNER_NICKNAME.finditer(text_of(doc)):
        given, nickname, family = match.groups()
        person = next((i for i, g in enumerate(groups) for m in g
                       if len(m.text.split()) >= 2 and m.text.split()[0] == given and m.text.split()[-1] == family), None)
        named = next((i for i, g in enumerate(groups) for m in g if m.text == nickname), None)
        if person is not None and named is not None and person != named:
            groups[person].extend(groups[named])
            groups[named] = []
            groups = [g for g in groups if g]
    return groups


def _could_abbreviate(alias: str, name: str) -> bool:
    """An acronym in brackets starts with the name's first letter: "(COMITU)" after "Rubaya"
    belongs to a longer name the model cut short."""
    if not (alias.isupper() and alias.isalpha()):
        return True
    if name.split()[-1].islower():
        return True  # "the Mozambican armed forces (FADM)": a described body, its acronym in its own language
    words = [w for w in name.lstrip("'\"").split() if w[:1].isupper() and w.lower() != "the"]
    if alias[0] == words[0][:1] if words else False:
        return True
    if len(words) >= 2 and words[-1] in yaml_data("type_words")["organization_words"]:
        return True  # "the Paraguayan People's Army (EPP)": a body's name, its acronym in its own language
    # some skip the first words: "(MINUSMA)" after "United Nations Multidimensional … Mission in Mali"
    return len(words) >= 4 and alias[0] in {w[0] for w in words[1:]}


def _canonical(group: list[Mention]) -> str | None:
    return next((m.entry.canonical for m in group if m.entry is not None), None)


def initials(name: str) -> str:
    """ "Border Guard Force" -> "BGF"; small words do not count."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper() and w.lower() not in {"of", "the", "and", "for", "al"}]
    return "".join(w[0] for w in words)


def join_acronyms(groups: list[list[Mention]]) -> list[list[Mention]]:
    """An acronym used without its expansion in brackets ("KIA" after "Kachin Independence
    Army") joins the one organization whose initials it spells."""
    for index, group in enumerate(groups):
        texts = {m.text for m in group}
        if not group or not all(t.isupper() and t.isalpha() and 2 <= len(t) <= 6 for t in texts):
            continue
        acronym = next(iter(texts)) if len(texts) == 1 else None
        if acronym is None:
            continue
        # an acronym the gazetteer knows ("NUG") still joins a spelling it lacks ("National Unity
        # Government"), but not a name the gazetteer gives to another body
        entries = {m.entry.canonical for m in group if m.entry is not None}
        fits = [
            other for other, candidate in enumerate(groups)
            if other != index and candidate and any(len(m.text.split()) > 1 and initials(m.text) == acronym for m in candidate)
            and not (entries and {m.entry.canonical for m in candidate if m.entry is not None} - entries)
        ]
        if len(fits) == 1:
            groups[fits[0]].extend(group)
            groups[index] = []
    return [g for g in groups if g]


def join_initials(groups: list[list[Mention]]) -> list[list[Mention]]:
    """ "H. says Abu Zainab answers to …" after 'Interviewee: "Haidar" (pseudonym)': a person
    written as one initial is the one person named earlier whose name starts with it, or, of
    several, the one known by a single name (an interviewee's pseudonym)."""
    for index, group in enumerate(groups):
        texts = {m.text for m in group}
        if not group or not all(len(t) == 2 and t[0].isupper() and t[1] == "." for t in texts) or len(texts) != 1:
            continue
        letter, first = next(iter(texts))[0], group[0].start_char
        people = [
            other for other, candidate in enumerate(groups)
            if other != index and candidate and candidate[0].start_char < first and candidate[0].label == "PERSON"
            and any(m.text[:1] == letter and len(m.text) > 2 for m in candidate)
        ]
        if len(people) > 1:
            people = [o for o in people if all(len(m.text.split()) == 1 for m in groups[o])]
        if len(people) == 1:
            groups[people[0]].extend(group)
            groups[index] = []
    return [g for g in groups if g]


VARIANT_TYPES = {"location": "location", "organization": "organization", "group": "organization"}


def join_national_bodies(groups: list[list[Mention]]) -> list[list[Mention]]:
    """ "the Rwandan government" and "the Government of Rwanda" are one body."""
    demonyms: dict[str, str] = yaml_data("relation_cues")["demonyms"]
    by_text = {m.text.lower(): index for index, group in enumerate(groups) for m in group}
    for index, group in enumerate(groups):
        for mention in group:
            words = mention.text.split(maxsplit=1)
            country = demonyms.get(words[0]) if len(words) == 2 else None
            if country is None:
                continue
            body = words[1].lower()
            for form in (f"{body} of {country}", f"{country} {body}", f"{country}'s {body}", f"{body} of the {country}"):
                other = by_text.get(form.lower())
                if other is not None and other != index and groups[other]:
                    groups[other].extend(group)
                    groups[index] = []
                    break
            if not groups[index]:
                break
    return [g for g in groups if g]


# What a national force is called in its own name: "the army" after "the Sudanese Armed Forces"
# or "the Forces Armées Nigériennes", "the police" after "the Policía Nacional".
FORCE_NAME_WORDS = {
    "army": ("army", "armed forces", "forces armées", "fuerzas armadas", "forças armadas", "defence force", "defense force",
             "military"),
    "military": ("army", "armed forces", "forces armées", "fuerzas armadas", "forças armadas", "defence force",
                 "defense force", "military"),
    "police": ("police", "policía", "polícia", "gendarmerie"),
}
FORCE_NAME_WORDS["forces"] = FORCE_NAME_WORDS["army"]  # "the armed forces"


def names_force(mentions: Iterable[Mention], noun: str, before: float = float("inf")) -> bool:
    """Whether one of MENTIONS (before character BEFORE) names a body the way a force called NOUN
    is named: "army" in "the Malian Armed Forces", "police" in "Policía Nacional"."""
    words = FORCE_NAME_WORDS[noun]
    return any(m.start_char < before and any(w in m.text.lower() for w in words) for m in mentions)


def national_force_name(text: str) -> bool:
    """Whether a force's name says whose state it is ("Colombian Army", "Forces Armées
    Nigériennes", "Sudanese Armed Forces"), unlike a rebel "National Liberation Army"."""
    demonyms = demonym_words()
    if any(w.strip("()") in demonyms for w in text.split()):
        return True
    countries = set(yaml_data("relation_cues")["demonyms"].values())  # "Niger's army"
    return any(w.replace("’", "'").endswith("'s") and w.replace("’", "'")[:-2] in countries for w in text.split())


def _plain(word: str) -> str:
    """A word lower-cased, without accents or the marks around it: "(Nigériennes)" → "nigeriennes"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalpha())


def _country_of_force(text: str) -> str | None:
    """The country a force is named for when its name is only the country and a force word in
    lower case: "Mali's army", "the Malian army", "Sudanese military" → "Mali", "Sudan"."""
    demonyms: dict[str, str] = yaml_data("relation_cues")["demonyms"]
    words = text.removeprefix("the ").replace("’s", "'s").split()
    if len(words) < 2 or " ".join(words[1:]) not in {"army", "military", "armed forces"}:  # "Malian Armed Forces" is a name
        return None
    first = words[0]
    if first.endswith("'s"):
        return first[:-2]
    return demonyms.get(first)


def join_national_forces(groups: list[list[Mention]]) -> list[list[Mention]]:
    """"Mali's army" or "the Malian army" and "the Malian Armed Forces (FAMa)" are one force: a
    country's bare force joins the one other organization whose name has a force word and the
    country or its demonym."""
    demonyms: dict[str, str] = yaml_data("relation_cues")["demonyms"]
    countries_of = [{c for m in group if m.label == "ORG" for c in [_country_of_force(m.text)] if c} for group in groups]
    named_forces = [
        (index, {_plain(w) for m in group for w in m.text.split()})
        for index, group in enumerate(groups)
        if group[0].label == "ORG" and not any(_country_of_force(m.text) for m in group) and names_force(group, "army")
    ]
    for index, countries in enumerate(countries_of):
        if len(countries) != 1:
            continue
        country = next(iter(countries))
        words = {country.lower(), *(d.lower() for d, c in demonyms.items() if c == country)}
        forces = [(other, named) for other, named in named_forces if other != index and groups[other]]
        found = [other for other, named in forces if words & named]
        if not found:  # "Niger's army" and the "Forces Armées Nigériennes": a demonym in another language
            stem = _plain(country.split()[0])[:5]
            found = [other for other, named in forces if any(w.startswith(stem) for w in named)]
        if len(found) == 1:
            groups[found[0]].extend(groups[index])
            groups[index] = []
    return [g for g in groups if g]


def join_bare_forces(groups: list[list[Mention]]) -> list[list[Mention]]:
    """ "Army spokesman Colonel Sanogo" after "the Malian Armed Forces (FAMa)": a name that is only
    "Army", "Military" or "Police" is the one force named before it whose name calls it that
    and whose name says whose state it is, as "the army" is in reference.py."""
    for index, group in enumerate(groups):
        words = {m.text.lower().removeprefix("the ") for m in group}
        if len(words) != 1 or next(iter(words)) not in FORCE_NAME_WORDS or next(iter(words)) == "forces":
            continue
        first = min(m.start_char for m in group)
        found = [
            other for other, candidate in enumerate(groups)
            if other != index and candidate and candidate[0].label == "ORG"
            and names_force(candidate, next(iter(words)), first)
        ]
        # only a state's force: "the Army's 103rd Brigade" is not the "Civilian Armed Forces Geographical Unit"
        found = [other for other in found if any(national_force_name(m.text) for m in groups[other])]
        if len(found) == 1:
            groups[found[0]].extend(group)
            groups[index] = []
    return [g for g in groups if g]


def join_place_nouns(groups: list[list[Mention]]) -> list[list[Mention]]:
    """ "Soum" and "Soum province", "Sinjar" and "Sinjar district": one place, written with and
    without the noun reporting puts after its name (gazetteer.PLACE_NOUNS)."""
    # the bare name may be tagged a person or body ("Sirwah" alone), not a people ("Amhara")
    by_text = {m.text.lower(): index for index, group in enumerate(groups) for m in group if m.label != "NORP"}
    for index, group in enumerate(groups):
        for mention in group:
            words = mention.text.split()
            if len(words) < 2 or words[-1] not in PLACE_NOUNS or mention.label not in PLACE_LABELS:
                continue
            bare = " ".join(words[:-1]).lower()
            other = by_text.get(bare)
            if other is not None and other != index and groups[other] and groups[index]:
                groups[index].extend(groups[other])
                groups[other] = []
                by_text.update({m.text.lower(): index for m in groups[index]})  # "Marib city" joins "Marib governorate" too

    return [g for g in groups if g]


def join_spelling_variants(groups: list[list[Mention]], type_of) -> list[list[Mention]]:
    """Two spellings of one place or body in one text ("Welkait"/"Wolkait", "Kismayo"/"Kismaayo")
    join when actormap.names says they are the same name. Two people join only when both are
    written with a given name and a family name and the names score as one person well above
    the usual threshold ("Ahmad Youssef Daher"/"Ahmed Daher"): relatives share the family name
    but not the given name ("Ghiath Jaber"/"Iyad Jaber" score 0.45)."""
    from actormap import names

    typed = [(index, type_of(group)) for index, group in enumerate(groups)]
    for a, (i, ti) in enumerate(typed):
        if not groups[i] or ti not in VARIANT_TYPES and ti != "person":
            continue
        for j, tj in typed[a + 1 :]:
            if not groups[j] or tj != ti or (_canonical(groups[i]) and _canonical(groups[j])):
                continue
            if ti == "person":
                if _same_person(groups[i], groups[j], names):
                    groups[i].extend(groups[j])
                    groups[j] = []
                continue
            if _same_name(groups[i], groups[j], VARIANT_TYPES[ti], names):
                groups[i].extend(groups[j])
                groups[j] = []
    return [g for g in groups if g]


PERSON_VARIANT_THRESHOLD = 0.85


def _compact(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def join_spaced_variants(groups: list[list[Mention]]) -> list[list[Mention]]:
    """One name written with and without its spaces or hyphens ("Dan Sadiya", "Dansadiya",
    "Dan-Sadiya") is one actor whatever type the model gave each spelling: the letters are the
    same, only the word breaks differ. Short names (under six letters) are left apart."""
    by_compact: dict[str, int] = {}
    for index, group in enumerate(groups):
        for mention in group:
            key = _compact(mention.text)
            if len(key) < 6:
                continue
            other = by_compact.get(key)
            if other is not None and other != index and groups[other] and groups[index]:
                groups[other].extend(groups[index])
                groups[index] = []
                break
            by_compact.setdefault(key, index)
    return [g for g in groups if g]


def _same_person(first: list[Mention], second: list[Mention], names) -> bool:
    longest = lambda group: max((m.text for m in group), key=len)  # noqa: E731
    a, b = longest(first), longest(second)
    if len(a.split()) < 2 or len(b.split()) < 2 or _plain(a.split()[-1]) != _plain(b.split()[-1]):
        return False  # "Hamidou Dembaré" and "Hamidu Dembare": accents are no other family
    return names.compare(a, b, "person") >= PERSON_VARIANT_THRESHOLD


def _same_name(first: list[Mention], second: list[Mention], schema: str, names) -> bool:
    longest = lambda group: max((m.text for m in group), key=len)  # noqa: E731
    a, b = longest(first), longest(second)
    if fuzz.ratio(a.lower(), b.lower()) < 60:
        return False  # far apart already: spare the full comparison
    return names.compare(a, b, schema) >= names.THRESHOLD
