"""What a token refers to: a named actor, an actor's role phrase, or a pronoun pointing back.

Shared by the quote, claim and relation stages so that "he", "the governor" and
"Assad's cousin" resolve the same way everywhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actormap.extract.actors import Actor

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


class References:
    """Resolves tokens of one annotated Doc to its actors."""

    def __init__(self, doc: Doc, skip: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.actors: list[Actor] = doc._.actors or []
        self.index: dict[int, Actor] = doc._.actor_index or {}
        self.skip = skip or []  # char ranges (quotes) whose names a pronoun outside cannot point to
        self.role_index: dict[int, Actor] = {}
        for actor in self.actors:
            for d in actor.descriptors:
                span = doc.char_span(d.start, d.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    if t.i not in self.index and t.lemma_.lower() == d.head:
                        self.role_index.setdefault(t.i, actor)

    def actor_of(self, token: Token) -> Actor | None:
        """The actor a subject or object token stands for, if any."""
        if token.i in self.index:
            return self.index[token.i]
        if token.i in self.role_index:
            return self.role_index[token.i]
        for child in token.children:
            if child.dep_ in {"appos", "compound", "flat"} and child.i in self.index:
                return self.index[child.i]
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            return self.last_person(token.idx, token.sent.start_char)
        if lower in {"its", "it"}:
            return self.last_actor(token.idx, {"organization", "group"})
        if lower in RELATIVE_PRONOUNS:
            return self._antecedent(token)
        if token.pos_ == "NOUN" and any(c.lower_ in {"the", "its", "their"} or c.dep_ == "poss" for c in token.children):
            return self._definite(token)
        return None

    def _definite(self, token: Token) -> Actor | None:
        """ "the government" after "the Government of National Unity": the one organization
        named before whose name has this noun."""
        noun = token.lemma_.lower()
        found = {
            a.id: a
            for a in self.actors
            if a.type == "organization"
            and any(m.start_char < token.idx and noun in {w.lower() for w in m.text.split()} for m in a.mentions)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def with_conjuncts(self, token: Token) -> list[Actor]:
        """The actors of a token and the tokens coordinated with it ("Hassan and Makhlouf")."""
        found: list[Actor] = []
        for t in [token, *token.conjuncts]:
            actor = self.actor_of(t)
            if actor is not None and actor not in found:
                found.append(actor)
        return found

    def _antecedent(self, token: Token) -> Actor | None:
        """ "X, who is also in Moscow": the actor just before the relative pronoun."""
        i = token.i - 1
        while i >= token.sent.start and self.doc[i].is_punct:
            i -= 1
        if i >= token.sent.start and self.doc[i].lower_ not in RELATIVE_PRONOUNS:
            return self.actor_of(self.doc[i])
        return None

    def _skipped(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.skip)

    def last_person(self, position: int, not_before: int = -1, exclude: Actor | None = None) -> Actor | None:
        return self.last_actor(position, {"person"}, exclude)

    def last_actor(self, position: int, types: set[str], exclude: Actor | None = None) -> Actor | None:
        """The actor of one of TYPES that a pronoun at POSITION points back to.

        In the nearest sentence before it (or its own sentence, before it) that names one:
        that sentence's subject, or the subject's appositive, else the first one it names.
        """
        by_sentence: dict[int, list[tuple[int, bool, Actor]]] = {}
        for actor in self.actors:
            if actor.type not in types or actor is exclude:
                continue
            for m in actor.mentions:
                if m.start_char >= position or self._skipped(m.start_char):
                    continue
                root = m.span.root
                subject = root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
                by_sentence.setdefault(m.span.sent.start, []).append((m.start_char, subject, actor))
        if not by_sentence:
            return None
        nearest = sorted(by_sentence[max(by_sentence)], key=lambda item: item[0])
        subjects = [actor for _, is_subject, actor in nearest if is_subject]
        return subjects[0] if subjects else nearest[0][2]
