"""Walks over spaCy's dependency parse that the subject and claimant rules share: the verb that
governs an amount, its subject through conjoined, open and relative clauses, the agent of a
passive, the accused of "accuses X of …".

Hand-written because these are the parse's own structure read with the repairs the small English
model needs (a noun the tagger took for a verb, a participle it took for a clause, an object it
took for a subject); no library offers "whose clause is this number in".
"""

from __future__ import annotations

from spacy.tokens import Token

from actormap.extract.claim_words import (
    NOUN_DEPS,
    OFF_PATH_PREPS,
    RELATIVE,
    SUBJECT_DEPS,
    body_nouns,
    claim_verbs,
    speech_verbs,
    word_set,
)


def count_subject(verb: Token) -> Token | None:
    """The count a copula says a figure is ("the institute's own estimate is 800 fighters"): its
    subject, when that is a count noun (`count_nouns`: estimate, count, tally …)."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in word_set("count_nouns")), None)


def governs(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun that has a subject ("The Fursan control ...")."""
    if token.pos_ in {"VERB", "AUX"}:
        return token.dep_ not in NOUN_DEPS  # "pays recruits $20": "recruits" is no verb
    return any(c.dep_ in SUBJECT_DEPS for c in token.children) or named_holder(token) is not None


def named_holder(token: Token) -> Token | None:
    """ "Wadi Hawar controls, directly or through partners, up to 14 sites": the parser read "Wadi
    Hawar controls" as a noun phrase heading the sentence. A sentence head that is a plural noun
    of holding (`holding_verbs`: controls, holds, owns …) with a name on it is that name's verb;
    the name's last token is returned as its subject."""
    if token.dep_ != "ROOT" or token.tag_ != "NNS" or token.lemma_.lower() not in word_set("holding_verbs"):
        return None
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    return names[-1] if names else None


def _off_path(prep: Token) -> bool:
    """A preposition whose object is company or source; "with" after "supply", "arm" … is the theme,
    and after "is" or a body noun what the body has ("is Ecuador's largest criminal group, with an
    estimated 8,000 members")."""
    if prep.lower_ == "with":
        head = prep.head.lemma_.lower()
        return head not in claim_verbs()["with_theme"] and head != "be" and head not in body_nouns()
    return prep.lower_ in OFF_PATH_PREPS


def _reduced_participle(verb: Token) -> bool:
    """ "lost more than 1,900 men killed or wounded": the parser made the men the subject of
    "killed", a participle with no auxiliary that only describes them."""
    if verb.tag_ == "VBG" and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() not in speech_verbs():
        # "made 37 transfers totalling R61.5 million": the parser made the transfers the subject
        return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ in {"ROOT", "relcl"}:
        return False
    holding = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in word_set("holding_verbs") | {"have"}
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in word_set("holding_verbs") and verb.head.i < verb.i:
        between = verb.doc[verb.head.i + 1 : verb.i]
        holding = not any(t.dep_ == "cc" or t.text in {",", ";"} for t in between)  # no "and" joins two clauses
    if verb.dep_ == "ccomp" and not holding:
        return False  # "have 2,645 members deployed": a holding, parsed as "have [members deployed]"
    if verb.tag_ == "VBD" and not holding:
        return False  # "commands 500 fighters spread across camps": a participle tagged as a past tense
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _totalled(verb: Token) -> Token | None:
    """The noun a "totalling" or "amounting to" participle sums up, as the parser hung it."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in {"total", "amount"}:
        return None
    if verb.dep_ == "acl":
        return verb.head
    if _reduced_participle(verb):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def governing_clause(token: Token) -> tuple[Token, Token] | None:
    """The verb governing TOKEN, and the child of the verb on the way up.

    None when the amount hangs from the verb by a preposition that makes it company or source,
    not object ("interviews with 48 people", "statements from two bankers", "run by two brothers");
    "including 31 rifles" belongs to the noun it lists from."""
    node = token
    while node.head.i != node.i:
        head = node.head
        if head.lower_ in {"including", "among"} and node.dep_ == "pobj":
            node = head
            continue
        if head.dep_ in {"prep", "agent"} and node.dep_ == "pobj" and _off_path(head):
            return None
        if node.dep_ == "nsubj" and _reduced_participle(head):
            node = head
            continue
        totalled = _totalled(head)
        if totalled is not None:  # "made 37 transfers totalling R61.5 million": the transfers' clause
            node = totalled
            continue
        if governs(head):
            return head, node
        node = head
    return None


def _accusing_verb(verb: Token) -> Token | None:
    """The "accuses" of "accuses X of moving": the head of the "of" that VERB completes. In
    "accused the RSF and allied Arab militias of killing" the parser took "allied" for a verb
    and hung "of killing" on the militias: the accusing verb is then a few heads further up."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"of", "with", "for"}:
        return None
    node = verb.head.head
    for _ in range(3):
        if node.lemma_.lower() in word_set("accuse_verbs") and node.pos_ == "VERB":
            return node
        if node.dep_ not in {"dobj", "conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _accused(verb: Token) -> Token | None:
    """ "whom the FGR accuses of moving …", "X was charged with paying …": the one accused."""
    accuser = _accusing_verb(verb)
    if accuser is None:
        return None
    for deps in ({"dobj"}, {"nsubjpass"}):
        for child in accuser.children:
            if child.dep_ in deps:
                return child
    return None


def accuser_token(verb: Token) -> Token | None:
    """The subject of "accuses" (or the agent of "is accused by")."""
    accuser = _accusing_verb(verb)
    if accuser is None or _accused(verb) is None:
        return None
    for child in accuser.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def subject_token(verb: Token) -> Token | None:
    """The subject of a verb, through conjoined, open-complement and relative clauses."""
    current = verb
    for _ in range(5):
        reported = misparsed_report(current)
        if reported is not None:
            return current.head  # "Los Lobos, which Treasury estimates has 8,000 members": Los Lobos
        subject = _own_subject(current)
        if subject is not None:
            return subject
        holder = named_holder(current)
        if holder is not None:
            return holder
        relative = _relative_conjunct(current)
        if relative is not None:
            current = relative
            continue
        accused = _accused(current)
        if accused is not None:
            return accused
        if current.dep_ == "ccomp":
            return _object_before(current)
        if current.dep_ in {"relcl", "acl"}:
            return current.head
        controller = object_controller(current)
        if controller is not None:
            return controller
        if current.dep_ not in {"conj", "xcomp", "advcl", "acomp"} or current.head.i == current.i:
            return _name_before(current)
        current = current.head
    return None


def object_controller(verb: Token) -> Token | None:
    """ "The court ordered Karim B. to pay €6.8 million": the object of the verb an infinitive
    completes is who does it, not that verb's subject."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.head.pos_ != "VERB" or verb.head.lemma_.lower() not in word_set("object_control_verbs"):
        return None  # "he used the company to move $1.5 million": he moved it
    return next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"} and c.i < verb.i and c.pos_ in {"PROPN", "NOUN"}), None)


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one after a "that" between them ("Prosecutors … allege that
    the organization shipped 9 tonnes": the parser took "allege" for a noun and hung both subjects
    on "shipped")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and subjects[1].i < verb.i:
        marks = [c for c in verb.children if c.dep_ == "mark" and subjects[0].i < c.i < subjects[1].i]
        if marks:
            return subjects[1]
    if subjects:
        return subjects[0]
    # "assessed that the TTP fields between 5,000 and 6,500 fighters": the parser hung the name
    # on the verb as a compound, a relation a verb never has
    return next((c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == verb.i - 1), None)


def _name_before(verb: Token) -> Token | None:
    """ "between March 2021 and June 2024 Karim Haddad arranged at least 19 shipments": a finite main
    verb the parser left without a subject, right after a proper name it hung elsewhere (here as
    a conjunct of the dates), has that name for subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or before.dep_ in SUBJECT_DEPS or before.ent_type_ in {"DATE", "TIME"}:
        return None
    return before


def _object_before(verb: Token) -> Token | None:
    """ "broker estimated KIA got $1.5m": the tagger made KIA the object of "estimated"."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ == "dobj" and before.head.i == verb.head.i:
        return before
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def agents_of(verb: Token) -> list[Token]:
    """Who did it: "killed by the ADF"; not "killed, by RPN's count", whose count it is."""
    return [
        o for c in verb.children if c.dep_ == "agent" for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() not in word_set("count_nouns")
    ]


def grammatical_subject(verb: Token, child: Token) -> Token | None:
    """Whose the amount is: the clause subject, the agent of a passive, the causer of a passive
    with no agent ("MROUEH caused $14,600,000 to be delivered"), nobody when the amount is the
    subject."""
    if child.dep_ in {"nsubj", "csubj"}:
        return None
    if is_passive(verb):
        agents = agents_of(verb)
        if agents:
            return agents[0]
        if child.dep_ == "nsubjpass":
            return _causer(verb)
    return subject_token(verb)


def _causer(verb: Token) -> Token | None:
    """The subject of the causative verb ("cause", "order", "arrange" …) a passive clause completes."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or head.lemma_.lower() not in word_set("causative_verbs"):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def misparsed_report(verb: Token) -> Token | None:
    """ "Los Lobos, which Treasury estimates has about 8,000 members": the parser read "Treasury
    estimates" as a noun, the subject of "has". A relative clause whose subject is a speech verb
    taken for a noun, with a name on it, and whose relative pronoun is its object, is that name's
    report about the antecedent; the name's token (the reporter) is returned."""
    if verb.dep_ != "relcl" or not any(c.lower_ in RELATIVE and c.dep_ in {"dobj", "nsubj"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.pos_ == "NOUN" and child.lemma_.lower() in speech_verbs():
            # (or a body the parser split into modifiers: "which Colombian military intelligence estimates has")
            return next((c for c in child.children if c.dep_ in {"compound", "poss", "nmod", "amod"} and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")), None)
    return None


def _finite_tag(verb: Token) -> str:
    """The tense a verb shows: its own tag, or its first auxiliary's ("has bought" is VBZ)."""
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), None)
    return (aux or verb).tag_


def _relative_conjunct(verb: Token) -> Token | None:
    """ "OFAC designated X, who commands a cell that guards the mines and is responsible for 14
    killings": the parser joined "is" to "designated", but its tense is that of the relative
    clauses in between, whose subject it shares. Only for a conjunct with no subject of its own."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    tag = _finite_tag(verb)
    if tag not in {"VBZ", "VBP", "VBD"} or _finite_tag(verb.head) == tag:
        return None
    between = [t for t in verb.doc[verb.head.i + 1 : verb.i] if t.dep_ == "relcl" and _finite_tag(t) == tag]
    return between[0] if between else None  # the outermost: "who commands …, that guards …, and is"
