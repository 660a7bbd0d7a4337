"""Ingesting many files: walk paths, folders and globs; read, extract and store each; sum up.

Reading and extraction run in chunks, in a thread of this process or in `jobs` worker
processes (each loads the pipeline once), ahead of one writer that stores each file in
its own transaction, in the order walked, so extraction never waits on the database. Content already stored is not extracted again. A file that cannot be read,
extracted or stored is recorded as a failure with its problem and the batch goes on.
Nothing here prints: progress goes to the caller's callback, the result is a summary.
"""

from __future__ import annotations

import glob
import itertools
import multiprocessing
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from queue import Full, Queue

from spacy.language import Language
from sqlalchemy import Engine
from sqlalchemy.exc import DataError, IntegrityError

from actormap import extract as extraction
from actormap import ingest
from actormap.extract.pipeline import build_pipeline
from actormap.errors import InputError
from actormap.model import Document, Record
from actormap.store import Outcome, known_document_ids, record_failure, write_document

CHUNK = 16  # files read and extracted together (spaCy's batch), and handed to a worker at once
GLOB_CHARS = frozenset("*?[")

ProgressCallback = Callable[[int, int, str, Outcome], None]


@dataclass
class Walk:
    """The files to ingest, in order, and the arguments that named none."""

    files: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (argument, problem)
    skipped: list[str] = field(default_factory=list)  # found in a folder or glob, no reader for the suffix


@dataclass
class IngestSummary:
    """What one ingest did: a count per outcome, each failure with its problem, the files skipped."""

    counts: Counter[Outcome] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def files(self) -> int:
        return sum(self.counts.values())


@dataclass
class Prepared:
    """One file read and, when its content is new, extracted; or the problem that stopped it."""

    path: str
    document: Document | None = None
    record: Record | None = None
    problem: str | None = None


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _folder_files(folder: str, walk: Walk) -> None:
    def unreadable(exc: OSError) -> None:
        walk.problems.append((exc.filename or folder, f"cannot be listed ({exc.strerror or exc})"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(n for n in names if not _is_hidden(n)):
            _found(os.path.join(root, name), walk)


def _found(path: str, walk: Walk) -> None:
    """A file met in a folder or a glob: ingested when a reader takes its suffix, else skipped."""
    if os.path.isdir(path):
        _folder_files(path, walk)
    elif Path(path).suffix.lower() in ingest.READERS:
        walk.files.append(path)
    else:
        walk.skipped.append(path)


def expand(arguments: Iterable[str | Path]) -> Walk:
    """The files named by ARGUMENTS (files, folders walked recursively, globs), absolute and each once."""
    walk = Walk()
    for argument in map(str, arguments):
        if os.path.isdir(argument):
            _folder_files(os.path.abspath(argument), walk)
        elif os.path.lexists(argument):
            walk.files.append(os.path.abspath(argument))  # named explicitly: read() judges its type
        elif GLOB_CHARS & set(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                walk.problems.append((argument, "no file matches this pattern"))
            for match in matches:
                _found(os.path.abspath(match), walk)
        else:
            walk.problems.append((os.path.abspath(argument), "no such file or folder"))
    walk.files = list(dict.fromkeys(walk.files))
    return walk


def _read(path: str) -> Prepared:
    try:
        return Prepared(path, document=ingest.read(path))
    except InputError as exc:
        return Prepared(path, problem=exc.problem)
    except Exception as exc:  # a reader's bug must not stop the batch
        return Prepared(path, problem=f"could not be read ({type(exc).__name__}: {exc})")


def _extract(items: list[Prepared], nlp: Language) -> None:
    """Fill in each item's record; when the batch fails, retry one by one so only the culprit fails."""
    try:
        for item, record in zip(items, extraction.extract_documents([i.document for i in items], nlp)):  # type: ignore[misc]
            item.record = record
    except Exception:
        for item in items:
            try:
                item.record = extraction.extract_document(item.document, nlp)  # type: ignore[arg-type]
            except Exception as exc:
                item.problem = f"extraction failed ({type(exc).__name__}: {exc})"


def prepare(paths: list[str], known: set[str], nlp: Language | None = None) -> list[Prepared]:
    """Read PATHS and extract the ones whose content is not among KNOWN document ids (loading NLP only then)."""
    items = [_read(p) for p in paths]
    new = [i for i in items if i.document is not None and i.document.id not in known]
    if new:
        _extract(new, nlp or build_pipeline())
    return items


# Worker state: set once per worker process by _start_worker.
_worker: dict[str, object] = {}


def _start_worker(known: set[str]) -> None:
    _worker["known"] = known


def _prepare_in_worker(paths: list[str]) -> list[Prepared]:
    return prepare(paths, _worker["known"])  # type: ignore[arg-type]


def _prepared(files: list[str], known: set[str], jobs: int, nlp: Language | None) -> Iterator[Prepared]:
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from prepare(chunk, known, nlp)
        return
    # spawn, not fork: the parent may hold threads (a progress bar) and database connections.
    context = multiprocessing.get_context("spawn")
    with context.Pool(min(jobs, len(chunks)), initializer=_start_worker, initargs=(known,)) as pool:
        for items in pool.imap(_prepare_in_worker, chunks):
            yield from items


def _ahead(items: Iterator[Prepared], size: int = 2 * CHUNK) -> Iterator[Prepared]:
    """ITEMS, computed in a thread up to SIZE ahead: extraction goes on while the caller waits on the database."""
    queue: Queue[tuple[Prepared | None, BaseException | None]] = Queue(maxsize=size)
    stop = threading.Event()

    def put(entry: tuple[Prepared | None, BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                queue.put(entry, timeout=0.1)
                return True
            except Full:
                pass
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((item, None)):
                    break
            else:
                put((None, None))
        except BaseException as exc:  # handed to the caller's thread
            put((None, exc))
        finally:
            items.close()  # type: ignore[attr-defined]  (ends a worker pool)

    thread = threading.Thread(target=produce, name="actormap-extract", daemon=True)
    thread.start()
    try:
        while True:
            item, error = queue.get()
            if error is not None:
                raise error
            if item is None:
                return
            yield item
    finally:
        stop.set()
        thread.join()


def _store(engine: Engine, item: Prepared, extractor: tuple[str, str]) -> tuple[Outcome, str | None]:
    if item.problem is None:
        try:
            return write_document(engine, item.path, item.document, item.record, extractor), None  # type: ignore[arg-type]
        except (DataError, IntegrityError, ValueError) as exc:  # this document's data, not the database
            item.problem = f"could not be stored ({type(exc).__name__}: {str(exc).splitlines()[0]})"
    record_failure(engine, item.path, item.problem)
    return Outcome.FAILED, item.problem


def ingest_paths(
    arguments: Iterable[str | Path],
    engine: Engine,
    jobs: int = 1,
    nlp: Language | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Store every file ARGUMENTS name into the store ENGINE opens; returns what happened to each."""
    started = time.perf_counter()
    walk = expand(arguments)
    summary = IngestSummary(skipped=walk.skipped)
    total = len(walk.files) + len(walk.problems)
    extractor = (extraction.EXTRACTOR_NAME, extraction.EXTRACTOR_VERSION)
    unreadable = (Prepared(path, problem=problem) for path, problem in walk.problems)
    readable = _ahead(_prepared(walk.files, known_document_ids(engine), jobs, nlp))
    for done, item in enumerate(itertools.chain(unreadable, readable), start=1):
        outcome, problem = _store(engine, item, extractor)
        summary.counts[outcome] += 1
        if problem is not None:
            summary.failures.append((item.path, problem))
        if on_progress:
            on_progress(done, total, item.path, outcome)
    summary.seconds = time.perf_counter() - started
    return summary
