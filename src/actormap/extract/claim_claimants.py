"""Who asserts a claim: the subject of the speech verb its clause is reported by ("…, the ministry
said"), the accuser ("the FGR accuses him of …"), the source of "according to", the author of a
document ("a 2024 report by UCREF"), or the speaker of the quotation or transcript turn it is in.

Hand-written on the dependency parse because attribution is a chain of clause heads and speech
verbs that no offline library resolves; the verb lists are data (speech_verbs.txt, numbers.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_clauses import (
    accuser_token,
    count_subject,
    misparsed_report,
    subject_token,
)
from actormap.extract.claim_epithets import body_on, titled_person
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claim_units import PlacedAmount
from actormap.extract.claim_words import (
    CLAIMANT_TYPES,
    SUBJECT_DEPS,
    claim_verbs,
    speech_verbs,
    word_set,
)


def according_to_source(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _by_count(verb: Token) -> Token | None:
    """ "the Houthis, by his count, have lost at least 900", "by the army's own tally", "the
    institute's own estimate is between 800 and 1,200 fighters": the one whose count it is."""
    counts = [o for prep in verb.children if prep.dep_ in {"prep", "agent"} and prep.lower_ == "by"
              for o in prep.children if o.dep_ == "pobj"]
    counted = count_subject(verb)
    if counted is not None and not any(p.pos_ == "PRON" for p in counted.children):
        counts.append(counted)  # (not "our count is …": the speaker's voice decides whose that is)
    for count in (c for c in counts if c.lemma_.lower() in word_set("count_nouns")):
        owner = next((c for c in count.children if c.dep_ in {"poss", "compound"}), None)
        if owner is not None:
            return owner
    return None


def leading_source_end(sent: Span, verb: Token) -> int | None:
    """ "According to the minister, Saleh al-Hamdi, the Huthis have ...": where that phrase ends."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return None
    commas = [t.i for t in sent if t.text == "," and t.i < verb.i]
    return commas[-1] if commas else None


def _speech_subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject of the speech verb the clause of VERB is reported by ("X said", "X estimates that",
    "the pay, X said, while …"), or of the verb accusing someone of it ("the FGR accuses him of moving")."""
    reporter = misparsed_report(verb)
    if reporter is not None:
        return reporter, True  # "which Treasury estimates has about 8,000 members"
    node = verb
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in speech_verbs():
            return subject_token(head), True
        if node.dep_ == "advcl" and head.lemma_.lower() in speech_verbs() and _contrast(node):
            return subject_token(head), True  # "X said A has 600 fighters, while B leads about 250"
        if node.dep_ == "conj" and head.lemma_.lower() in speech_verbs() and _reported_conjunct(node):
            return subject_token(head), True  # "the group said it had killed 27 soldiers, captured four others …"
        accuser = accuser_token(node)
        if accuser is not None:
            return accuser, True
        reporter = _said_in_document(node)
        if reporter is not None:
            return reporter, True
        node = head
    for child in verb.children:  # "Importers pay the group 2.5 percent, Ilmi said, while …"
        if child.dep_ == "parataxis" and child.lemma_.lower() in speech_verbs():
            return subject_token(child), True
    speaker = _sibling_report(verb)
    if speaker is not None:
        return speaker, True
    for token in verb.sent:  # ", the Darfur Mining Observatory, a monitoring group, estimated in a report"
        if token.i > verb.i and token.dep_ in {"acl", "relcl"} and token.lemma_.lower() in speech_verbs():
            return token.head, True
    return None, False


def _said_in_document(clause: Token) -> Token | None:
    """ "X alleges in a 212-page indictment that Y moved …": the parser hangs the "that" clause
    from the document as a relative clause; it is what X says in it."""
    noun = clause.head
    if clause.dep_ not in {"relcl", "acl"} or noun.lemma_.lower() not in word_set("document_nouns"):
        return None  # (an "acl" too: "said in a statement that its units had killed …")
    if not any(c.lower_ == "that" and c.i < clause.i for c in clause.children) or not any(c.dep_ == "nsubj" and c.lower_ != "that" for c in clause.children):
        return None  # "the report that was released": a relative clause, not the content
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in speech_verbs():
        return None
    return subject_token(prep.head)


def _reported_conjunct(clause: Token) -> bool:
    """Whether a clause the parser hung as a conjunct of a speech verb is more of what was said:
    the verb reported a clause already, and this one has no subject of its own ("said it had
    killed 27 soldiers, captured four others") or opens with "that"."""
    if not any(c.dep_ == "ccomp" for c in clause.head.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


def _contrast(clause: Token) -> bool:
    """ "X said A …, while B leads about 250": the second half of what X reported, when X reported
    a clause and the second half is no saying of its own ("…, while Makhlouf claims …")."""
    if clause.lemma_.lower() in speech_verbs() or clause.lemma_.lower() in claim_verbs()["self"]:
        return False
    if not any(c.dep_ == "ccomp" for c in clause.head.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in clause.children)


def _sibling_report(verb: Token) -> Token | None:
    """ "A UN monitoring team estimated in January that ISKP had 2,000 fighters", parsed with
    "estimated" an acl of "team" and "had" a relative clause of "team" beside it: the clause is
    what the team estimated (it has its own subject, so "that" is no relative pronoun)."""
    clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
    if clause is None or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"that", "which", "who"} for c in clause.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    head = clause.head
    for sibling in head.children:
        if sibling.dep_ == "acl" and sibling.i < clause.i and sibling.lemma_.lower() in speech_verbs():
            return head
    return None


@dataclass
class Attribution:
    """Who reports the clause: the speech verb's subject token, its actor, and whether anyone does."""

    speaker: Token | None = None
    claimant: Actor | None = None
    said: bool = False


def attribution(verb: Token, resolver: ClaimResolver) -> Attribution:
    speaker, said = _speech_subject(verb)
    if said:
        return Attribution(speaker, source_actor(speaker, resolver), True)
    counter = _by_count(verb)
    if counter is not None:
        return Attribution(None, source_actor(counter, resolver), True)
    source = according_to_source(verb.sent)
    if source is not None:
        return Attribution(None, source_actor(source, resolver), True)
    return Attribution(None, _leading_claimant(verb, resolver), False)


def source_actor(token: Token | None, resolver: ClaimResolver) -> Actor | None:
    """A claimant is a person or an organization: places and peoples do not assert numbers. A
    report stands for its author; "it says" after "the X assessment says" is that assessment; an
    unnamed source speaks for the organization on it ("the FAMa colonel"), and a title is the one
    person the document gives it ("the state's commissioner for security")."""
    if token is None:
        return None
    for part in [token, *token.conjuncts]:  # "according to three officials and an assessment by NISA"
        actor = _author(part, resolver)
        if actor is None and part.lower_ in {"it", "they"} and not resolver.in_quote(part):
            actor = _previous_source(part, resolver)
        if actor is None:
            actor = resolver.actor(part)
        if actor is None:
            actor = body_on(part, resolver) or titled_person(part, resolver)
        if actor is None and part.pos_ == "NOUN":
            actor = appositive_person(part, resolver)
        if actor is None and part.pos_ == "NOUN" and part.lemma_.lower() in word_set("author_body_nouns"):
            if any(c.lower_ in {"the", "this", "our"} for c in part.children):
                actor = resolver.header_body()  # "The monitor documented …" in the monitor's own report
        if actor is not None and (actor.type in CLAIMANT_TYPES or _speaking_state(part, actor)):
            return actor
    return None


def _speaking_state(token: Token, actor: Actor) -> bool:
    """ "Iran says it has pledged $300 million": a country that speaks is its state."""
    return actor.type == "location" and token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in speech_verbs()


def appositive_person(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "A cloth merchant who gave only his first name, Rahimullah, said …": the one person set in
    apposition inside an unnamed speaker's phrase."""
    people = {
        actor.id: actor
        for t in noun.subtree
        if t.dep_ == "appos" and t.i in resolver.index
        for actor in [resolver.index[t.i]]
        if actor.type == "person"
    }
    return next(iter(people.values())) if len(people) == 1 else None


def _author(token: Token, resolver: ClaimResolver) -> Actor | None:
    """ "a 2024 report by UCREF", "the NISA assessment", "HAAP's report"; "the report" alone in a
    body's own report (its name heading the document) is that body."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in word_set("document_nouns"):
        return None
    actor = _named_author(token, resolver)
    if actor is not None:
        return actor
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if determiners & {"a", "an"}:
        return _author_later(token, resolver)  # "a confidential assessment … The assessment, prepared by NISA"
    if token.lemma_.lower() in word_set("own_report_nouns") and determiners & {"the", "this", "our"}:
        return resolver.header_body()
    return None


def _named_author(token: Token, resolver: ClaimResolver) -> Actor | None:
    """ "the NISA assessment", "HAAP's report", "a report by UCREF", "the assessment, prepared by NISA"."""
    for child in token.children:
        if child.dep_ in {"compound", "poss", "nmod", "amod"}:  # "an ARSA statement": amod when tagged ADJ
            actor = resolver.actor(child)
            if actor is not None and (child.dep_ != "amod" or actor.type == "organization"):
                return actor
        if child.dep_ == "compound" and child.pos_ == "NOUN":  # "an EU sanctions notice"
            for name in (c for c in child.children if c.dep_ in {"compound", "nmod"}):
                actor = resolver.actor(name)
                if actor is not None and actor.type == "organization":
                    return actor
        preps = [child] if child.dep_ == "prep" and child.lower_ in {"by", "from", "of"} else []
        if child.dep_ == "acl" and child.lemma_.lower() in word_set("author_verbs"):
            preps = [c for c in child.children if c.dep_ == "agent"]  # "prepared by NISA", not "seen by Reuters"
        for obj in (o for p in preps for o in p.children if o.dep_ == "pobj"):
            actor = resolver.actor(obj)
            if actor is not None:
                return actor
    return None


def _author_later(token: Token, resolver: ClaimResolver) -> Actor | None:
    """The author the next sentence gives "the <same document>"."""
    sent = token.sent
    if sent.end >= len(token.doc):
        return None
    for t in token.doc[sent.end].sent:
        if t.lemma_ == token.lemma_ and any(c.lower_ == "the" for c in t.children):
            return _named_author(t, resolver)
    return None


def _previous_source(token: Token, resolver: ClaimResolver) -> Actor | None:
    """The author of the document the sentence before reported from ("…, the NISA assessment says. It
    says he oversees …")."""
    sent = token.sent
    if sent.start == 0:
        return None
    for t in token.doc[sent.start - 1].sent:
        if t.lemma_.lower() in speech_verbs() and t.pos_ == "VERB":
            subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
            author = _author(subject, resolver) if subject is not None else None
            if author is not None:
                return author
    return None


def _leading_claimant(verb: Token, resolver: ClaimResolver) -> Actor | None:
    """The person or organization named in a leading "According to ..." phrase."""
    cut = leading_source_end(verb.sent, verb)
    if cut is None:
        return None
    for token in verb.doc[verb.sent.start : cut]:
        actor = resolver.index.get(token.i)
        if actor is not None and actor.type in CLAIMANT_TYPES:
            return actor
    return None


def voice_claimant(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """Who says it when the sentence does not: the speaker of the quotation or transcript line the
    amount is in, else the body whose report the document is (its name heads it); only persons
    and organizations assert."""
    speaker = resolver.voice(found.number.idx)
    if speaker is None and not resolver.in_quote(found.number):
        # an e-mail's unattributed figure is its sender's; one after a source's label its source's;
        # one in a body's own report, the body's
        speaker = resolver.mail_sender(found.number.idx) or labelled_source(found.number, resolver) or resolver.header_body()
    return speaker if speaker is not None and speaker.type in CLAIMANT_TYPES else None


def labelled_source(token: Token, resolver: ClaimResolver) -> Actor | None:
    """ "Police: three dead, all from AT. AT: one dead.": a chronology's figures after a source's
    name (one to three words) and a colon that open the sentence are that source's."""
    sent = token.sent
    colon = next((t.i for t in sent[:4] if t.text == ":"), None)
    if colon is None or colon == sent.start or colon > token.i:
        return None
    label = token.doc[sent.start : colon]
    actors = {id(a): a for a in (resolver.refs.actor_of(t) or (resolver.refs.definite(t) if t.pos_ == "NOUN" else None)
                                for t in label) if a is not None}
    return next(iter(actors.values())) if len(actors) == 1 else None
