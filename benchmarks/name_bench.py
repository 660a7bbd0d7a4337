"""Benchmark ``actormap.names.compare`` on labelled name pairs.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python benchmarks/name_bench.py \\
        [CASES.csv] [--threshold T] [--peer PEER.csv] [--peer-threshold T] \\
        [--errors N] [--sweep]

CASES.csv has the columns ``case_group, schema, name1, name2, is_match``
(OpenSanctions nomenklatura's labelled pairs, by default
``../shared/eval/name_bench/cases.csv``). PEER.csv is a peer matcher's stored
scores over the same pairs (columns ``schema, name1, name2, score``; by default
``logicv2-frozen.csv`` beside the cases). The peer is joined on
``(schema, name1, name2)``; its numbers are computed over the cases it covers
and the coverage is shown.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from actormap.evaluate import Tally
from actormap.names import THRESHOLD, compare  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "name_bench"
ALL = "ALL"
#: A derived slice across groups: Person pairs written in the Arabic naming
#: style (articles, patronymic particles, Abd/Abu/-ullah/-uddin elements) or
#: in Arabic script. Shown as its own row because it is this project's core.
ARABIC = "~arabic-style persons"
_ARABIC_RE = re.compile(
    r"(?i)(\b(al|el|ad|ash|as|ar|an|at|az|ud|ul|ur)[- ]\w|\b(bin|ibn|ben|bint|abu|abou|abd|abdul|abdel)\b"
    r"|\w(ullah|uddin|eddine|allah)\b|[\u0600-\u06ff])"
)


def is_arabic_style(case: "Case") -> bool:
    return case.schema == "Person" and bool(_ARABIC_RE.search(case.name1) or _ARABIC_RE.search(case.name2))


@dataclass
class Case:
    group: str
    schema: str
    name1: str
    name2: str
    is_match: bool
    category: str = ""
    notes: str = ""


@dataclass
class Counts(Tally):
    """The scorer's tally (precision, recall, F1) plus the true negatives a pair benchmark has."""

    tn: int = 0
    covered: int = 0

    def add(self, truth: bool, predicted: bool) -> None:
        self.covered += 1
        if truth and predicted:
            self.tp += 1
        elif truth:
            self.fn += 1
        elif predicted:
            self.fp += 1
        else:
            self.tn += 1

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / self.covered if self.covered else 0.0


@dataclass
class Result:
    ours: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    peer: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[tuple[Case, float]] = field(default_factory=list)
    seconds: float = 0.0


def _truth(value: str) -> bool:
    return value.strip().lower() in ("true", "1", "yes", "t")


def load_cases(path: Path) -> list[Case]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Case(
                row["case_group"],
                row.get("schema") or "",
                row["name1"],
                row["name2"],
                _truth(row["is_match"]),
                row.get("category") or "",
                row.get("notes") or "",
            )
            for row in csv.DictReader(fh)
        ]


def load_peer(path: Path | None) -> dict[tuple[str, str, str], float]:
    if path is None or not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {(r["schema"], r["name1"], r["name2"]): float(r["score"]) for r in csv.DictReader(fh)}


def warm_up() -> float:
    """Load rigour's name database once (a few seconds) and return the time."""
    start = time.perf_counter()
    compare("Bashar al-Assad", "Maher al-Assad", "Person")
    compare("Siemens AG", "Siemens Aktiengesellschaft", "Company")
    return time.perf_counter() - start


def score_cases(cases: list[Case], untyped: bool = False) -> tuple[list[float], float]:
    start = time.perf_counter()
    scores = [compare(c.name1, c.name2, None if untyped else (c.schema or None)) for c in cases]
    return scores, time.perf_counter() - start


def evaluate(
    cases: list[Case],
    scores: list[float],
    threshold: float,
    peer: dict[tuple[str, str, str], float] | None = None,
    peer_threshold: float = 0.7,
) -> Result:
    res = Result()
    for case, score in zip(cases, scores, strict=True):
        predicted = score >= threshold
        groups = (ALL, case.group, ARABIC) if is_arabic_style(case) else (ALL, case.group)
        for group in groups:
            res.ours[group].add(case.is_match, predicted)
        if predicted != case.is_match:
            res.errors.append((case, score))
        if peer:
            pscore = peer.get((case.schema, case.name1, case.name2))
            if pscore is not None:
                for group in groups:
                    res.peer[group].add(case.is_match, pscore >= peer_threshold)
    return res


def _groups(res: Result) -> list[str]:
    return [ALL] + sorted(g for g in res.ours if g != ALL)


def render(res: Result, threshold: float, peer_threshold: float, n_errors: int) -> None:
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover - rich is a project dependency
        _render_plain(res, threshold, peer_threshold, n_errors)
        return
    console = Console(width=140) if not sys.stdout.isatty() else Console()
    table = Table(title=f"actormap.names.compare at threshold {threshold} (peer LogicV2 at {peer_threshold})")
    for col in ("group", "n", "P", "R", "F1", "TP", "FP", "FN", "TN", "peer n", "peer P", "peer R", "peer F1"):
        table.add_column(col, justify="right" if col != "group" else "left")
    for g in _groups(res):
        o, p = res.ours[g], res.peer.get(g)
        peer_cols = (
            [str(p.covered), f"{p.precision:.3f}", f"{p.recall:.3f}", f"{p.f1:.3f}"] if p else ["0", "-", "-", "-"]
        )
        table.add_row(
            g,
            str(o.covered),
            f"{o.precision:.3f}",
            f"{o.recall:.3f}",
            f"[bold]{o.f1:.3f}[/bold]",
            str(o.tp),
            str(o.fp),
            str(o.fn),
            str(o.tn),
            *peer_cols,
        )
    console.print(table)
    console.print(f"{res.ours[ALL].covered} pairs scored in {res.seconds:.2f}s")
    if n_errors:
        err = Table(title=f"first {n_errors} errors")
        for col in ("group", "schema", "name1", "name2", "truth", "score"):
            err.add_column(col)
        for case, score in res.errors[:n_errors]:
            err.add_row(case.group, case.schema, case.name1, case.name2, str(case.is_match), f"{score:.3f}")
        console.print(err)


def _render_plain(res: Result, threshold: float, peer_threshold: float, n_errors: int) -> None:
    print(f"threshold {threshold} (peer at {peer_threshold})")
    print(f"{'group':<16}{'n':>5}{'P':>7}{'R':>7}{'F1':>7}   peer: {'n':>5}{'P':>7}{'R':>7}{'F1':>7}")
    for g in _groups(res):
        o, p = res.ours[g], res.peer.get(g)
        line = f"{g:<16}{o.covered:>5}{o.precision:>7.3f}{o.recall:>7.3f}{o.f1:>7.3f}"
        if p:
            line += f"         {p.covered:>5}{p.precision:>7.3f}{p.recall:>7.3f}{p.f1:>7.3f}"
        print(line)
    for case, score in res.errors[:n_errors]:
        print(f"  {case.group}\t{case.schema}\t{case.name1!r}\t{case.name2!r}\t{case.is_match}\t{score:.3f}")


def sweep(cases: list[Case], scores: list[float]) -> list[tuple[float, Counts]]:
    return [(t, evaluate(cases, scores, t).ours[ALL]) for t in [x / 100 for x in range(50, 96)]]


def run(cases_path: Path, threshold: float, peer_path: Path | None, peer_threshold: float = 0.7) -> Result:
    """Score every case and return the counts (used by the tests too)."""
    cases = load_cases(cases_path)
    scores, seconds = score_cases(cases)
    res = evaluate(cases, scores, threshold, load_peer(peer_path), peer_threshold)
    res.seconds = seconds
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="?", type=Path, default=DEFAULT_DIR / "cases.csv")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--peer", type=Path, default=None, help="peer scores (default: logicv2-frozen.csv beside CASES)")
    ap.add_argument("--peer-threshold", type=float, default=0.7)
    ap.add_argument("--errors", type=int, default=0, help="list this many misclassified pairs")
    ap.add_argument("--sweep", action="store_true", help="print P/R/F1 for thresholds 0.50..0.95")
    ap.add_argument("--untyped", action="store_true", help="ignore the schema column (compare guesses the kind)")
    args = ap.parse_args(argv)
    if not args.cases.exists():
        print(f"no cases file at {args.cases}", file=sys.stderr)
        return 2
    peer_path = args.peer if args.peer is not None else args.cases.parent / "logicv2-frozen.csv"
    cases = load_cases(args.cases)
    load_seconds = warm_up()
    scores, seconds = score_cases(cases, args.untyped)
    res = evaluate(cases, scores, args.threshold, load_peer(peer_path), args.peer_threshold)
    res.seconds = seconds
    if args.untyped:
        print("schema column ignored: compare() guesses each pair's kind")
    render(res, args.threshold, args.peer_threshold, args.errors)
    print(f"(rigour name database loaded in {load_seconds:.1f}s before timing)")
    if args.sweep:
        for t, c in sweep(cases, scores):
            print(f"threshold {t:.2f}  P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
