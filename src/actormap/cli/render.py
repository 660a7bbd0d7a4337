"""Rich renderings of records for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from actormap.model import Record


def render_record(console: Console, record: Record) -> None:
    """A readable summary: actors, then quotes, relations and claims with their evidence."""
    header = record["document"]
    console.rule(f"[bold]{header['title'] or header['source']}[/]  [dim]{header['source']}[/]")
    names = {e["id"]: e["name"] for e in record["entities"]}
    actors = Table("id", "type", "name", "aliases", "descriptors", "mentions", title="Actors", title_justify="left")
    for e in record["entities"]:
        actors.add_row(e["id"], e["type"], e["name"], ", ".join(e["aliases"]), "; ".join(e["descriptors"]), str(len(e["mentions"])))
    console.print(actors)
    if record["relations"]:
        rels = Table("type", "source", "target", "label", "per", title="Relations", title_justify="left")
        for r in record["relations"]:
            rels.add_row(r["type"], names.get(r["source"], r["source"]), names.get(r["target"], r["target"]),
                         r.get("label") or "", names.get(r.get("attributed_to") or "", ""))
        console.print(rels)
    if record["claims"]:
        claims = Table("subject", "value", "unit", "qualifier", "claimant", title="Claims", title_justify="left")
        for c in record["claims"]:
            value = _number(c["value"]) + (f"–{_number(c['value_max'])}" if c.get("value_max") else "")
            claims.add_row(names.get(c["subject"], c["subject"]), value, c["unit"], c["qualifier"],
                           names.get(c.get("claimant") or "", ""))
        console.print(claims)
    if record["quotes"]:
        quotes = Table("speaker", "quote", title="Quotes", title_justify="left")
        for q in record["quotes"]:
            speaker = names.get(q["speaker"] or "", "") or f"[dim]{q.get('speaker_description') or 'unattributed'}[/]"
            quotes.add_row(speaker, q["text"])
        console.print(quotes)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
