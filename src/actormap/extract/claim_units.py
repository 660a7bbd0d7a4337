"""What a number counts: its unit ("12,000 fighters", "tonnes of coltan", "percent of the declared
value", "USD a month"), its unit class, and the numbers that are no claim at all (dates, ages,
numbers inside names, ratios, counts of others).

Hand-written on spaCy's parse because no offline quantity library reads the counted noun from a
dependency tree: quantulum3 knows "$6 million" but not that "2,000 barrels of fuel a day" counts
barrels of fuel, nor that "Brigade 166" or "Bouzid, 52," holds no count at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_rates import rate_text
from actormap.extract.claim_words import (
    MAX_UNIT_GAP,
    NAME_LABELS,
    NOT_CLAIM_LABELS,
    body_nouns,
    rate_periods,
    unit_class,
    word_set,
)
from actormap.extract.numbers import Amount, is_unit_word


@dataclass
class PlacedAmount:
    """An amount placed in the parse: the head of its tokens, the noun it counts, the unit."""

    amount: Amount
    number: Token
    unit_token: Token | None
    unit: str
    unit_class: str
    rate: str = ""  # "a month per shop"
    share: bool = False  # a percentage: a claim only as a levy

    @property
    def anchor(self) -> Token:
        """Where the amount sits in the parse: the noun it counts, else the number."""
        return self.unit_token or self.number

    @property
    def full_unit(self) -> str:
        return f"{self.unit} {self.rate}" if self.rate else self.unit


def _is_percent(doc: Doc, amount: Amount) -> bool:
    """ "2.5 percent", "40%", "ten per cent"."""
    end = amount.end
    if end >= len(doc) or amount.currency:
        return False
    word = doc[end].lower_
    return word in word_set("percent_words") or (word == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent")


MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}


def excluded(doc: Doc, amount: Amount, index: dict[int, Actor]) -> bool:
    """A date, an age, a number inside a name ("Brigade 166", "Resolution 2216"), one of "two other
    groups"; a share is left to place_amount, which keeps only levies."""
    tokens = doc[amount.number_start : amount.number_end]
    labels = NOT_CLAIM_LABELS - ({"PERCENT"} if _is_percent(doc, amount) else set())
    if not amount.currency and any(t.ent_type_ in labels for t in tokens):
        return True
    if any(t.i in index for t in tokens):
        return True
    if not amount.currency and any(t.ent_type_ in NAME_LABELS and t.like_num for t in tokens):
        return True
    if len(tokens) == 1 and tokens[0].lower_ in {"one", "a", "an"}:
        return True
    if amount.end < len(doc) and doc[amount.end].lower_ == "other":
        return True  # "passes the money to two other groups": a count of others, not of anything held
    if not amount.currency and amount.end < len(doc) and doc[amount.end].text in MONTHS and tokens[-1].text.isdigit() \
            and int(tokens[-1].text) <= 31:
        return True  # "directed the 9 May attack", "on 12 March": a day of the month the model did not tag
    if not amount.currency and _year_on_noun(doc, amount):
        return True
    if amount.start == 0 or amount.start == tokens.sent.start:
        return False
    before = doc[amount.start - 1]
    if before.lower_ == "aged":
        return True
    if before.lower_ == "of" and amount.start > 1 and doc[amount.start - 2].like_num:
        return True  # "container 4 of 6", "day 2 of 5": the size of a series, not a holding
    return _in_name(doc, amount, before) or _is_age(doc, amount)


def _year_on_noun(doc: Doc, amount: Amount) -> bool:
    """ "a 2022 video", "the 2019 offensive": a year written before a singular noun, which no count
    of more than one is."""
    token = doc[amount.number_start]
    if amount.number_end - amount.number_start != 1 or not (token.text.isdigit() and len(token.text) == 4):
        return False
    if not 1900 <= int(token.text) <= 2100 or amount.end >= len(doc):
        return False
    noun = doc[amount.end]
    return noun.tag_ == "NN" and unit_class(noun.text) != "people"


def estimate_of(found: PlacedAmount) -> tuple[Token, Token] | None:
    """The noun an estimate puts at this amount, and the estimating verb ("fighters, estimated at
    1,500", "X's fighters are estimated at 5,000", "an arsenal estimated at 150,000 rockets")."""
    number = found.number
    counted = number.head if number.dep_ in {"nummod", "compound", "quantmod"} and number.head.pos_ == "NOUN" else None
    for token in dict.fromkeys(t for t in (number, found.unit_token, counted) if t is not None):
        found_estimate = _estimate_at(token, active=True)
        if found_estimate is not None:
            return found_estimate
    return None


def _in_name(doc: Doc, amount: Amount, before: Token) -> bool:
    """ "Building 14", "Resolution 2216": a number after a capitalized name word. "His 3,000
    fighters" is no name, and "pay Hezbollah 5 percent" or "Hezbollah $5m" a levy."""
    if amount.currency or _is_percent(doc, amount) or before.ent_type_ == "DATE":
        return False
    return before.is_title and before.is_alpha and before.pos_ == "PROPN"


def _is_age(doc: Doc, amount: Amount) -> bool:
    """ "Bouzid, 52, a former officer": a bare number between commas after a name; "some as young
    as 13", "aged 15": an age."""
    start, end = amount.start, amount.end
    if start < 2 or end >= len(doc) or amount.currency:
        return False
    if doc[start - 1].lower_ == "aged" or (doc[start - 1].lower_ == "as" and doc[start - 2].lower_ in {"young", "old"}):
        return True
    return doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN" and doc[end].is_punct


def _unit_token(doc: Doc, amount: Amount, index: dict[int, Actor]) -> Token | None:
    """The noun the amount counts: the head of its number, else "of" + noun, else the noun after it.
    A name between the number and its noun does not count towards the gap ("killed 19 Mai-Mai
    Lutunda combatants")."""
    head = doc[amount.number_end - 1].head
    named = sum(1 for t in doc[amount.end : head.i] if t.i in index) if head.i > amount.end and head.i not in index else 0
    if amount.end <= head.i < amount.end + MAX_UNIT_GAP + named and (head.pos_ == "NOUN" or _mistagged_people(head)):
        return head
    for token in doc[amount.number_start : amount.number_end]:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if nouns:
                    return nouns[0]
    for token in doc[amount.end : min(amount.end + MAX_UNIT_GAP, len(doc))]:
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return token
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.is_punct:
            return None
    return None


def _mistagged_people(token: Token) -> bool:
    """ 'had "more than 3,000 mujahideen"': a people noun the tagger read as an adjective or a name
    (in quotation marks, or a borrowed word), heading its number as a noun would."""
    return token.pos_ in {"ADJ", "PROPN"} and token.dep_ in {"dobj", "nsubj", "pobj", "attr", "conj"} and unit_class(token.text) == "people"


def _words(tokens: list[Token], index: dict[int, Actor]) -> str:
    """Tokens as written (keeping ".50-caliber" whole), less determiners, pronouns, names and "'s"."""
    owners = {o.i for t in tokens if t.dep_ == "poss" for o in t.subtree}  # "of the group's fighters"
    kept = [t for t in tokens if t.pos_ not in {"DET", "PRON"} and t.i not in index and t.dep_ != "case" and t.i not in owners]
    kept = [t for t in kept if not t.is_punct or t.text in {"-", "."} and t.whitespace_ == ""]
    return "".join(t.text + (t.whitespace_ and " ") for t in kept).strip(" -")


def _of_complement(doc: Doc, start: int, index: dict[int, Actor], bare: bool = True) -> int:
    """The end of the "of" phrases after a unit noun ("tonnes of coltan concentrate"), or START.

    A count keeps only bare phrases: "fighters of the group" and "members of Hezbollah" name whose
    they are, not what they are. A percentage keeps what it is of ("of the declared value")."""
    i = start
    while i + 1 < len(doc) and doc[i].lower_ == "of":
        j = i + 1
        while j < len(doc) and j not in index and (
            doc[j].pos_ in {"ADJ", "NOUN"}
            or (doc[j].tag_ == "VBN" and doc[j].dep_ == "amod")
            or (not bare and (doc[j].pos_ in {"DET", "PRON"} or doc[j].dep_ == "case"))
        ):
            j += 1
        if doc[j - 1].pos_ != "NOUN":
            return i
        i = j
    return i


def _unit_text(doc: Doc, amount: Amount, noun: Token, index: dict[int, Actor]) -> tuple[str, str, int]:
    """The unit as written, from after the number (or its "of") to the noun and a bare "of" phrase;
    what happened to them ("killed or badly wounded"); the token after both."""
    start = amount.end + (1 if amount.end < len(doc) and doc[amount.end].lower_ == "of" else 0)
    end = _of_complement(doc, noun.i + 1, index) if noun.i >= amount.end else noun.i + 1
    words = _words(list(doc[start : noun.i + 1]), index) or noun.text
    rest = _words(list(doc[noun.i + 1 : end]), index)
    after = _participle_end(doc, end, noun)
    return (f"{words} {rest}" if rest else words), _words(list(doc[end:after]), index), after


def _participle_end(doc: Doc, start: int, noun: Token) -> int:
    """The end of a participle said of the counted noun right after it: "people killed", "men
    killed or badly wounded", "weapons seized"."""
    first = doc[start] if start < len(doc) else None
    if first is None or first.tag_ != "VBN" or not (first.head.i == noun.i or noun.head.i == first.i):
        return start
    if any(c.dep_ == "agent" for c in first.children):
        return start  # "fighters led by X" says whose they are, not what happened to them
    end = start + 1
    i = end
    while i < len(doc) and (doc[i].pos_ in {"CCONJ", "ADV"} or (doc[i].tag_ == "VBN" and doc[i].head.i == first.i)):
        i += 1
        if doc[i - 1].tag_ == "VBN":
            end = i
    return end


def place_amount(doc: Doc, amount: Amount, previous: PlacedAmount | None, index: dict[int, Actor]) -> PlacedAmount | None:
    """The amount with its unit and rate, or None when it counts nothing a claim can be about. An
    estimate ("estimated at 1,500") is hedged "about"."""
    found = _placed(doc, amount, previous, index)
    estimate = estimate_of(found) if found is not None else None
    if found is None or estimate is None:
        return found
    if found.amount.qualifier == "exact":
        found.amount = replace(found.amount, qualifier="about")
    if found.unit_class == "money" and not found.rate:  # "estimates the group's annual revenue at …"
        periods = [rate_periods()[c.lower_] for c in estimate[0].children if c.dep_ == "amod" and c.lower_ in rate_periods()]
        found.rate = f"a {periods[0]}" if periods else ""
    return found


def _placed(doc: Doc, amount: Amount, previous: PlacedAmount | None, index: dict[int, Actor]) -> PlacedAmount | None:
    number = doc[amount.number_start : amount.end].root
    if amount.currency or amount.currency_word:
        unit = amount.currency or amount.currency_word or ""
        return PlacedAmount(amount, number, None, unit, "money", rate_text(doc, amount.end, number))
    if _is_percent(doc, amount):
        word = doc[amount.end + (1 if doc[amount.end].lower_ == "per" else 0)]
        end = _of_complement(doc, word.i + 1, index, bare=False)
        rest = _words(list(doc[word.i + 1 : end]), index)
        unit = f"percent {rest}" if rest else "percent"
        return PlacedAmount(amount, number, word, unit, unit_class("percent"), share=True)
    noun = _counted_token(doc, amount, index)
    if noun is not None:
        if noun.i in index:  # "60,000 Tigrayans": the people counted are an actor of the document
            return PlacedAmount(amount, number, noun, noun.text, "people")
        if any(not is_unit_word(t.text) for t in doc[amount.end : noun.i + 1]):
            return None  # "nine years", "a 61-year-old"
        if _own_family(noun):
            return None  # "she walked for three days with her four children"
        if _biography(noun):
            return None  # "a veteran of the six wars of the 2000s"
        unit, happened, end = _unit_text(doc, amount, noun, index)
        if _ratio(doc, end):
            return None
        full = f"{unit} {happened}" if happened else unit
        return PlacedAmount(amount, number, noun, full, unit_class(unit), rate_text(doc, end, noun))
    state = _casualty_state(doc, amount)
    if state is not None:  # "seven dead and about 15 wounded": people in that state
        return PlacedAmount(amount, number, state, state.lower_, "people")
    strong = _strength_of(doc, amount)
    if strong is not None:  # "a 2,000-strong force": a force of 2,000 people
        return PlacedAmount(amount, number, strong, f"strong {strong.text}", "people")
    sized = _sized_people(number)
    if sized is not None:  # "Its fighters number about 2,000": 2,000 fighters
        unit = _words([sized], index) or sized.text
        return PlacedAmount(amount, number, sized, unit, "people")
    if _sized_body(number, index):  # "the alliance could number close to 10,000": its members
        return PlacedAmount(amount, number, None, "members", "people")
    estimated = _estimated_noun(number)
    if estimated is not None and estimated.lemma_.lower() in word_set("strength_nouns"):
        return PlacedAmount(amount, number, estimated, "personnel", "people")  # "put the FHP's strength at 2,000"
    if estimated is not None:  # "Turji's fighters, estimated at 1,500": 1,500 fighters
        unit = _words([estimated], index) or estimated.text
        return PlacedAmount(amount, number, estimated, unit, unit_class(unit))
    partitive = any(c.dep_ == "prep" and c.lower_ in {"of", "among"} for c in number.children)  # "300 of them"
    members = _members_counted(number)
    if members is not None and previous is None:  # "about 2,400 of them", "fewer than 150 of us left"
        return PlacedAmount(amount, number, members, "members", "people")
    if previous is not None and not partitive and number.dep_ in {"pobj", "dobj", "attr", "conj", "appos"}:
        return PlacedAmount(amount, number, None, previous.unit, previous.unit_class)  # an elided unit
    return None


def _members_counted(number: Token) -> Token | None:
    """The pronoun of "2,400 of them", "150 of us": a part of a body the text names by pronoun."""
    for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in {"them", "us"}):
            return obj
    return None


CASUALTY_STATES = {"dead", "killed", "wounded", "injured", "hurt", "missing"}


def _casualty_state(doc: Doc, amount: Amount) -> Token | None:
    """ "left 12 dead and 30 injured", "put its losses at seven dead": the word of the state the
    people counted are in, written where the counted noun would be (not "killed 12" or "12 killed
    civilians")."""
    if amount.vague or amount.end >= len(doc) or doc[amount.end].lower_ not in CASUALTY_STATES:
        return None  # "left dozens dead across the Balkans": no count
    after = doc[amount.end + 1] if amount.end + 1 < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.is_quote):
        return None  # "called the army's figure of 230 dead "a lie"": a figure spoken of
    return doc[amount.end]


def _counted_token(doc: Doc, amount: Amount, index: dict[int, Actor]) -> Token | None:
    """The noun counted, or the people named right after the number ("60,000 Tigrayans")."""
    if amount.end < len(doc):
        after = doc[amount.end]
        if after.is_quote and amount.end + 1 < len(doc):
            after = doc[amount.end + 1]  # 'killed 84 "Russians" and soldiers'
        actor = index.get(after.i)
        counts_it = any(t.head.i == after.i and t.dep_ in {"nummod", "quantmod"} for t in doc[amount.number_start : amount.end])
        if actor is not None and actor.type == "group" and (after.tag_ in {"NNS", "NNPS"} or counts_it):
            return after  # "60,000 Tigrayans", "some 45,000 Rohingya" (a people named in the singular)
    return _unit_token(doc, amount, index)


def _own_family(noun: Token) -> bool:
    """ "her four children", "his two wives": someone's family, counted as a person's, is no claim."""
    if noun.lemma_.lower() not in word_set("kin_nouns") and noun.lower_ not in word_set("kin_nouns"):
        return False
    if noun.dep_ == "conj" and noun.head.pos_ == "PROPN":
        return True  # "accounts linked to Nattapong and two relatives": named with a person, no holding
    return any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.pos_ == "PROPN") for c in noun.children)


def _biography(noun: Token) -> bool:
    """ "a veteran of the six wars", "a survivor of two massacres": a person's history, not a holding."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in word_set("biography_nouns")


def _ratio(doc: Doc, end: int) -> bool:
    """ "ten new accounts for every one we close": a ratio, not a count."""
    words = [t.lower_ for t in doc[end : end + 3]]
    return len(words) == 3 and words[0] == "for" and words[1] in {"every", "each"} and doc[end + 2].like_num


def _strength_of(doc: Doc, amount: Amount) -> Token | None:
    """ "a 2,000-strong force": the noun whose strength the number is."""
    end = amount.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end + 1].lower_ != "strong":
        return None
    head = doc[end + 1].head
    return head if head.pos_ in {"NOUN", "PROPN"} and head.i > end + 1 else None


def _size_verb(number: Token) -> Token | None:
    """The size verb (`size_verbs`) whose figure NUMBER is: its object, or the object of a
    preposition on it or on its adverb ("number close to 2,000", "total around 800")."""
    verb = number.head
    if number.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.dep_ == "advmod" and verb.pos_ == "ADV":  # "close to", "upwards of"
            verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("size_verbs") or number.i < verb.i:
        return None
    return verb


def _size_subject(number: Token) -> tuple[Token, Token] | None:
    """The size verb whose figure NUMBER is, and that verb's subject."""
    verb = _size_verb(number)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return (verb, subject) if verb is not None and subject is not None else None


def _sized_people(number: Token) -> Token | None:
    """ "Its fighters number about 2,000", "the men now total some 800": the people whose number a
    size verb gives, when they are its subject."""
    sized = _size_subject(number)
    subject = sized[1] if sized is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" or unit_class(subject.text) != "people":
        return None
    return subject


def _sized_body(number: Token, index: dict[int, Actor]) -> bool:
    """ "The Front numbers about 2,000", "the alliance could number close to 10,000": a bare figure
    a size verb gives of a body (a named organization, or a body noun such as "the group") counts
    its members."""
    sized = _size_subject(number)
    if sized is None or sized[0].lemma_.lower() != "number":  # "total" is said of sums and tallies too
        return False
    subject = sized[1]
    actor = index.get(subject.i)
    if actor is not None:
        return actor.type == "organization"
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lemma_.lower() in body_nouns()


def _estimated_noun(token: Token) -> Token | None:
    """ "Turji's fighters, estimated at 1,500", "an arsenal put at 150,000 rockets": the noun an
    estimate is said of, when TOKEN is what follows "at"."""
    found = _estimate_at(token)
    return found[0] if found is not None else None


def _estimate_at(token: Token, active: bool = False) -> tuple[Token, Token] | None:
    """The noun an estimate is said of and the estimating verb, when TOKEN is what follows "at".
    ACTIVE also takes the object of an active estimate, which says whose the amount is but not
    what it counts: "the Panel estimates the group's revenue at 300 million francs" (the parser
    may hang "at" on the object), "the MRO, which the Panel estimates at about 250 fighters"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "at":
        return None
    verb = _past_participle_of_count(prep.head)
    if active and verb.dep_ == "dobj" and verb.head.lemma_.lower() in word_set("estimate_verbs"):
        return verb, verb.head  # "estimates [the group's revenue at 300 million]"
    if verb.lemma_.lower() not in word_set("estimate_verbs"):
        return None
    if verb.dep_ == "acl":
        return (verb.head, verb) if verb.head.pos_ == "NOUN" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "X's fighters are estimated at"
    if subject is not None:
        return (subject, verb) if subject.pos_ == "NOUN" else None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    counted = _counted_by(objects[0]) if objects else None
    if counted is not None:
        return counted, verb  # "put the number of Fano fighters at no more than 8,000": fighters
    strength = active or (objects and objects[0].lemma_.lower() in word_set("strength_nouns"))
    return (objects[0], verb) if strength and objects else None


def _past_participle_of_count(verb: Token) -> Token:
    """The estimating verb when the parser hung "at N" on a participle inside the count ("put the
    number of soldiers killed at about 20", "puts the number of people displaced in Catatumbo
    at more than 52,000"), else VERB itself."""
    if verb.dep_ != "acl" or verb.lemma_.lower() in word_set("estimate_verbs"):
        return verb
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    if noun.dep_ == "dobj" and noun.lemma_.lower() in word_set("anaphoric_count_nouns") and noun.head.lemma_.lower() in word_set("estimate_verbs"):
        return noun.head
    return verb


def _counted_by(noun: Token) -> Token | None:
    """ "the number of Fano fighters", "the total of displaced people": what a count noun counts."""
    if noun.lemma_.lower() not in word_set("anaphoric_count_nouns"):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            return obj
    return None
