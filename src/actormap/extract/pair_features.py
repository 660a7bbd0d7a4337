"""What the learned stages see of two places in a sentence: the dependency path between them,
the words on and between it, and what governs each end.

Features are plain strings ("lca=fund", "bdep=pobj") so a saved model is a weight per string
(linear_model.py). The same functions serve the training script and extraction, so the two can
never read a sentence differently.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

MAX_BETWEEN = 8  # words between two ends listed one by one; beyond this only the distance counts


def _to_root(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def dependency_path(a: Token, b: Token) -> tuple[list[Token], list[Token], Token | None]:
    """From a up to the lowest common head (included), and from b up to just below it."""
    up, from_b = _to_root(a), _to_root(b)
    depth_in_b = {t.i: k for k, t in enumerate(from_b)}
    for k, token in enumerate(up):
        if token.i in depth_in_b:
            return up[: k + 1], from_b[: depth_in_b[token.i]], token
    return up, from_b, None  # two sentences' roots: no path


def path_features(a: Token, b: Token, prefix: str = "") -> list[str]:
    """The labelled path from a to b, its lowest common head and the words along it."""
    up, down, common = dependency_path(a, b)
    if common is None:
        return [f"{prefix}nopath"]
    ups = "/".join(t.dep_ for t in up[:-1])
    downs = "/".join(t.dep_ for t in reversed(down))
    head = common.lemma_.lower()
    features = [f"{prefix}deps={ups}|{downs}", f"{prefix}path={ups}|{head}|{downs}", f"{prefix}lca={head}",
                f"{prefix}lcapos={common.pos_}", f"{prefix}plen={min(len(up) + len(down) - 1, 6)}"]
    features += [f"{prefix}pl={t.lemma_.lower()}" for t in up[1:] + down[1:]]
    return features


def governor_features(token: Token, tag: str) -> list[str]:
    """Its relation to its head, and the head."""
    head = token.head.lemma_.lower()
    return [f"{tag}dep={token.dep_}", f"{tag}gov={head}", f"{tag}depgov={token.dep_}:{head}"]


def end_features(token: Token, tag: str) -> list[str]:
    """What governs one end: its relation to its head, the head, a preposition's head, its modifiers."""
    features = governor_features(token, tag)
    if token.dep_ == "pobj":
        features.append(f"{tag}prepgov={token.head.text.lower()}:{token.head.head.lemma_.lower()}")
    features += [f"{tag}mod={c.lemma_.lower()}" for c in token.children if c.dep_ in ("compound", "amod") and not c.ent_type_]
    return features


def span_features(doc: Doc, a: Span, b: Span) -> list[str]:
    """Order, distance, the words between two spans and the words just outside them."""
    first, second = sorted((a, b), key=lambda s: s.start)
    between = doc[first.end : second.start]
    features = ["order=" + ("ab" if a.start < b.start else "ba"), f"dist={min(len(between) // 3, 6)}"]
    if len(between) <= MAX_BETWEEN:
        lemmas = [t.lemma_.lower() for t in between]
        features += [f"bw={lemma}" for lemma in lemmas] + ["bwseq=" + " ".join(lemmas)]
    if first.start > 0:
        features.append("pre=" + doc[first.start - 1].lemma_.lower())
    if second.end < len(doc):
        features.append("post=" + doc[second.end].lemma_.lower())
    return features
