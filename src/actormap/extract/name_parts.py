"""Whether a word is known as part of people's names, from rigour's name database.

Used where the statistical model is unsure a capitalised word belongs to a person's name:
a given name written before a tagged surname ("María Fernanda" + "Viteri Paredes") or a
defendant's name in capitals ("NADIM SAMIR FAKHOURY"). rigour ships the database offline.
"""

from __future__ import annotations

from functools import lru_cache

from rigour.names import NameTypeTag, analyze_names


@lru_cache(maxsize=8192)
def known_name_part(word: str) -> bool:
    """ "Fernanda", "NADIM": yes; "Intelligence", "MANNER": no."""
    names = analyze_names(NameTypeTag.PER, [word])
    return any(str(span.symbol.category).endswith("NAME") for name in names for span in name.spans)
