"""Counts of what the store holds: current documents and facts, retired versions, failed files."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import Engine, func, select

from actormap.store.engine import reading
from actormap.store.tables import documents, failures, sources, statements


@dataclass(frozen=True)
class Stats:
    """Current (not retired) documents and statements by kind, plus history and failures."""

    documents: int
    entities: int
    mentions: int
    relations: int
    claims: int
    quotes: int
    failed_files: int
    files: int
    retired_documents: int
    retired_statements: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def stats(engine: Engine) -> Stats:
    """The store's counts, from one consistent snapshot."""
    with reading(engine) as conn:
        docs = dict(conn.execute(select(documents.c.retired, func.count()).group_by(documents.c.retired)).all())
        kinds = dict(
            conn.execute(
                select(statements.c.kind, func.count()).where(statements.c.retired.is_(False)).group_by(statements.c.kind)
            ).all()
        )
        retired_statements = conn.execute(
            select(func.count()).select_from(statements).where(statements.c.retired.is_(True))
        ).scalar_one()
        files = conn.execute(select(func.count(func.distinct(sources.c.path)))).scalar_one()
        failed = conn.execute(select(func.count()).select_from(failures)).scalar_one()
    return Stats(
        documents=docs.get(False, 0),
        entities=kinds.get("entity", 0),
        mentions=kinds.get("mention", 0),
        relations=kinds.get("relation", 0),
        claims=kinds.get("claim", 0),
        quotes=kinds.get("quote", 0),
        failed_files=failed,
        files=files,
        retired_documents=docs.get(True, 0),
        retired_statements=retired_statements,
    )
