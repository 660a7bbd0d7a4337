"""The board at scale: first interactive render of a large network, and API latency on a large store.

Builds a synthetic store (no extraction: records are generated and written with the store's
own `write_document`, and cross-document resolution is simulated by writing each entity's
actor id into `entities.canonical_id`): ACTORS actors in clusters, RELATIONS distinct
relations, over DOCUMENTS documents, about 100,000 statements in all. Then serves it with
uvicorn on a loopback port and measures

1. time to first interactive render of the whole network in headless chromium: from the
   navigation's start until the page has fetched /api/graph, built the graph, laid it out
   and drawn it with its click handlers on (`document.body.dataset.graphReady`); against a
   baseline in the same run, a page that only fetches and parses the same /api/graph;
2. latency of `GET /api/entities?q=` (names, aliases, misspellings, prefixes) and
   `GET /api/entities/{id}` over HTTP on the warm board: p50 and p95.

Usage: .venv/bin/python benchmarks/board_render.py [--actors 5000] [--relations 20000] [--documents 1000]
       [--runs 5] [--requests 300] [--keep DIR]
Needs Debian's chromium (/usr/bin/chromium) and Playwright for Python; no network.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

from sqlalchemy import bindparam, update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from actormap.model import Document  # noqa: E402
from actormap.store import open_store, stats, write_document  # noqa: E402
from actormap.store.engine import writing  # noqa: E402
from actormap.store.tables import entities  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TARGET_RENDER_S = 3.0
TARGET_SEARCH_P95_MS = 100.0

FIRST = ("Ahmed Mohammed Ali Omar Hassan Hussein Khalid Yusuf Ibrahim Mustafa Salim Tariq Walid Rami Maher Bashar Hamid "
         "Fatima Aisha Mariam Layla Nour Samir Karim Nabil Faisal Jamal Adel Hani Ziad Moussa Iyad Abdoulaye Amadou "
         "Oumar Seydou Boubacar Moctar Ousmane Ismail Adam Yasir Salah Anwar Osman Idris Abdel Majid Nasser Sami").split()
LAST = ("Makhlouf Assad Karrar Dahab Haddad Barakat Maiga Traore Diallo Keita Coulibaly Toure Sissoko Cisse Ag-Ghaly "
        "Intalla Bouzid Marzouq Fitouri Karam Saab Hamdan Qasimi Tamimi Jubouri Obeidi Shammari Dulaimi Rashid "
        "Mansour Khatib Nasrallah Hariri Salameh Darwish Halabi Shami Masri Sudani Libi Tunisi Jazairi Maghribi").split()
ORG_WORDS = ("Qasim Nasr Fajr Jihad Tawhid Ansar Hurras Liwa Saraya Katiba Haddad Karrar Sahel Azawad Gao Kidal "
             "Menaka Timbuktu Mopti Niger Tripoli Misrata Zawiya Sirte Sweida Daraa Homs Hama Idlib Aleppo").split()
ORG_KINDS = ("Brigade", "Front", "Battalion", "Movement", "Trading Company", "Bank", "Militia", "Council")
PLACES = ("Gao", "Kidal", "Menaka", "Timbuktu", "Bamako", "Tripoli", "Misrata", "Sweida", "Homs", "Aleppo", "Port Sudan",
          "Nyala", "El Fasher", "Aden", "Sanaa", "Beirut", "Damascus", "Baghdad", "Mosul", "Kirkuk")
RELATIONS = ("funds", "commands", "member_of", "family", "located_in", "opposes", "allied_with")
VOWEL_SWAPS = (("ou", "u"), ("ee", "i"), ("a", "e"), ("i", "y"), ("k", "q"), ("h", ""))


def actor_names(count: int, rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """COUNT distinct actors: (type, name, aliases); people have surname aliases, bodies short forms."""
    seen, actors = set(), []
    while len(actors) < count:
        roll = rng.random()
        if roll < 0.55:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {rng.choice(FIRST)} {last}" if (first, last) in seen else f"{first} {last}"
            seen.add((first, last))
            entry = ("person", name, [last.replace("-", " ")])
        elif roll < 0.9:
            name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)}"
            entry = ("organization", name, ["".join(w[0] for w in name.split())])
        else:
            name = f"{rng.choice(PLACES)} {rng.choice(('District', 'Camp', 'Crossing', 'Market', 'Checkpoint', 'Airport'))}"
            entry = ("location", name, [])
        if entry[1] not in {a[1] for a in actors[-50:]}:
            actors.append(entry)
    return actors


def relations(actors: int, count: int, rng: random.Random) -> list[tuple[str, int, int]]:
    """COUNT distinct (type, source, target) in clusters of about 50 actors, 85 % of them inside a cluster."""
    clusters = max(1, actors // 50)
    chosen: set[tuple[str, int, int]] = set()
    while len(chosen) < count:
        a = rng.randrange(actors)
        if rng.random() < 0.85:
            b = (a % clusters) + clusters * rng.randrange(max(1, actors // clusters))
        else:
            b = rng.randrange(actors)
        if a != b and b < actors:
            chosen.add((rng.choice(RELATIONS), a, b))
    return sorted(chosen)


def document(number: int, items: list[tuple[str, int, int]], names: list[tuple[str, str, list[str]]],
             rng: random.Random) -> tuple[Document, dict, dict[str, int]]:
    """One document whose sentences state ITEMS, with its record and its local entity ids -> actor numbers."""
    local: dict[int, str] = {}
    parts: list[str] = [f"Report {number}\n"]
    offset = len(parts[0])
    mentions: dict[str, list[dict[str, int]]] = defaultdict(list)
    record_relations, claims, quotes = [], [], []

    def say(text: str) -> int:
        nonlocal offset
        start = offset
        parts.append(text)
        offset += len(text)
        return start

    def name(actor: int) -> str:
        ident = local.setdefault(actor, f"e{len(local) + 1}")
        written = names[actor][1]
        mentions[ident].append({"start": offset, "end": offset + len(written)})
        say(written)
        return ident

    for kind, a, b in items:
        start = offset
        source = name(a)
        say(f" {kind.replace('_', ' ')} ")
        target = name(b)
        say(", according to officials. ")
        record_relations.append({"type": kind, "source": source, "target": target, "label": None,
                                 "attributed_to": None, "evidence": {"start": start, "end": offset}})
    for _ in range(3):
        subject = rng.choice(list(local))
        start = offset
        ident = name(subject)
        value = rng.choice((200, 500, 1200, 3000, 6000))
        say(f" has about {value:,} fighters. ")
        claims.append({"subject": ident, "value": value, "unit": "fighters", "unit_class": "people",
                       "qualifier": "about", "claimant": None, "evidence": {"start": start, "end": offset}})
    for _ in range(2):
        speaker = rng.choice(list(local))
        start = offset
        say('"We will hold the road," said ')
        ident = name(speaker)
        say(". ")
        quotes.append({"speaker": ident, "speaker_description": None, "text": "We will hold the road",
                       "evidence": {"start": start, "end": offset}})
    text = "".join(parts)
    doc = Document(text=text, source=f"synthetic/report-{number:05d}.txt", title=f"Report {number}",
                   published=f"20{20 + number % 5}-{1 + number % 12:02d}-{1 + number % 28:02d}")
    record_entities = [
        {"id": ident, "type": names[actor][0], "name": names[actor][1], "aliases": names[actor][2][:1],
         "descriptors": [], "mentions": mentions[ident]}
        for actor, ident in local.items()
    ]
    record = {"format": "actormap.document/1",
              "document": {"id": doc.id, "title": doc.title, "source": doc.source, "published": doc.published},
              "entities": record_entities, "relations": record_relations, "claims": claims, "quotes": quotes}
    return doc, record, {ident: actor for actor, ident in local.items()}


def build_store(url: str, actors: int, relation_count: int, documents: int, seed: int = 7) -> list[tuple[str, str, list[str]]]:
    rng = random.Random(seed)
    names = actor_names(actors, rng)
    edges = relations(actors, relation_count, rng)
    rng.shuffle(edges)
    per = max(1, len(edges) // documents)
    engine = open_store(url)
    resolved = []
    for number in range(documents):
        items = edges[number * per:(number + 1) * per] if number < documents - 1 else edges[number * per:]
        doc, record, local = document(number, items, names, rng)
        write_document(engine, doc.source, doc, record, ("synthetic", "1"))  # type: ignore[arg-type]
        resolved.extend({"d": doc.id, "l": ident, "c": f"{actor:016x}"} for ident, actor in local.items())
    with writing(engine) as conn:  # cross-document resolution, simulated: each actor its own id everywhere
        conn.execute(update(entities).where(entities.c.document_id == bindparam("d"), entities.c.local_id == bindparam("l"))
                     .values(canonical_id=bindparam("c")), resolved)
    counts = stats(engine)
    print(f"store: {counts.documents:,} documents, {counts.entities + counts.mentions + counts.relations + counts.claims + counts.quotes:,} "
          f"statements ({counts.entities:,} entities, {counts.mentions:,} mentions, {counts.relations:,} relations, "
          f"{counts.claims:,} claims, {counts.quotes:,} quotes)")
    engine.dispose()
    return names


def serve(url: str) -> tuple[str, subprocess.Popen[bytes]]:
    """`actormap serve --read-only` on a free loopback port, in its own process (as a user runs it)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-c", "from actormap.cli import main; main()", "serve", "--db", url, "--port", str(port),
                                "--read-only"], stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            get(base + "/static/favicon.svg")
            return base, process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("actormap serve did not start")


def get(url: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    with urllib.request.urlopen(url) as response:  # noqa: S310 (a loopback address we started)
        body = response.read()
    return time.perf_counter() - started, body


BASELINE = """async () => {
    const started = performance.now();
    const body = await (await fetch('/api/graph')).json();
    return [performance.now() - started, body.nodes.length + body.edges.length];
}"""
MARKS = ("graph-fetched", "graph-built", "graph-laid-out", "graph-interactive")


def render(base: str, runs: int) -> tuple[list[float], list[float], list[dict[str, float]]]:
    """Per run: seconds from navigation start to the interactive network; the baseline's seconds; the marks."""
    from playwright.sync_api import sync_playwright

    board, baseline, marks = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            page.goto(base + "/search", wait_until="load")  # a light page of the same origin, for the baseline
            baseline.append(page.evaluate(BASELINE)[0] / 1000)
            page.goto(base + "/", wait_until="commit")
            page.wait_for_function("() => document.body && document.body.dataset.graphReady === 'true'", timeout=120_000)
            found = page.evaluate("(names) => Object.fromEntries(names.map(n => [n, performance.getEntriesByName(n)[0].startTime]))",
                                  list(MARKS))
            marks.append({k: v / 1000 for k, v in found.items()})
            board.append(found["graph-interactive"] / 1000)
            context.close()
        browser.close()
    return board, baseline, marks


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def variants(name: str, rng: random.Random) -> str:
    """A misspelling of NAME, as a transliteration would give it."""
    for old, new in rng.sample(VOWEL_SWAPS, len(VOWEL_SWAPS)):
        if old in name.lower()[1:]:
            return name[0] + name[1:].replace(old, new, 1)
    return name


def latency(base: str, names: list[tuple[str, str, list[str]]], requests: int, seed: int = 11) -> dict[str, list[float]]:
    rng = random.Random(seed)
    queries = []
    for _ in range(requests):
        etype, name, aliases = rng.choice(names)
        queries.append(rng.choice([name, variants(name, rng), name.split()[-1], name[:5], *(aliases[:1] or [name])]))
    searches = [get(f"{base}/api/entities?{urllib.parse.urlencode({'q': q})}")[0] for q in queries]
    ids = [f"{rng.randrange(len(names)):016x}" for _ in range(requests)]
    profiles = [get(f"{base}/api/entities/{i}")[0] for i in ids]
    return {"search": searches, "profile": profiles}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--relations", type=int, default=20000)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--keep", help="Build the store in this folder and keep it (reused when it exists).")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="actormap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'board-bench.db'}"
    started = time.perf_counter()
    rng = random.Random(7)
    if args.keep and (folder / "board-bench.db").exists():
        names = actor_names(args.actors, rng)
        print(f"store: reusing {folder / 'board-bench.db'}")
    else:
        names = build_store(url, args.actors, args.relations, args.documents)
        print(f"built in {time.perf_counter() - started:.1f} s")
    base, server = serve(url)
    cold, body = get(f"{base}/api/graph")
    graph = json.loads(body)
    print(f"graph: {len(graph['nodes']):,} nodes, {len(graph['edges']):,} edges; /api/graph {len(body) / 1e6:.1f} MB, "
          f"first call (builds the map) {cold:.2f} s, warm {get(f'{base}/api/graph')[0]:.2f} s")
    warm_search = get(f"{base}/api/entities?q=warm")[0]
    print(f"first search (loads the name database, builds the index): {warm_search:.2f} s")
    board, baseline, marks = render(base, args.runs)
    print(f"first interactive render, headless chromium, {args.runs} runs: median {statistics.median(board):.2f} s, "
          f"max {max(board):.2f} s (target < {TARGET_RENDER_S} s); baseline, fetch and parse /api/graph alone: "
          f"median {statistics.median(baseline):.2f} s")
    steps = " → ".join(f"{m.removeprefix('graph-')} {statistics.median(r[m] for r in marks):.2f} s" for m in MARKS)
    print(f"  since navigation start (medians): {steps}")
    timings = latency(base, names, args.requests)
    for name, values in timings.items():
        ms = [v * 1000 for v in values]
        print(f"GET /api/entities{'?q=' if name == 'search' else '/{id}'}: {len(ms)} requests, p50 {percentile(ms, 0.5):.1f} ms, "
              f"p95 {percentile(ms, 0.95):.1f} ms, max {max(ms):.1f} ms")
    p95 = percentile([v * 1000 for v in timings["search"]], 0.95)
    ok = max(board) < TARGET_RENDER_S and p95 < TARGET_SEARCH_P95_MS
    print("targets met" if ok else "TARGETS MISSED")
    server.terminate()
    server.wait(timeout=10)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
