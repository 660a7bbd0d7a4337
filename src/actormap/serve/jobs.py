"""Files dropped on the board: kept in the uploads folder, then ingested and resolved in the background.

One worker thread runs the jobs in turn (ingest takes the store's write lock anyway) with
one spaCy pipeline, loaded by the first job. A job's progress (files done of total, each
file's outcome) is polled at /api/jobs/{id}; when it ends the board reloads its map.
"""

from __future__ import annotations

import queue
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from actormap.serve.errors import BoardError, NotFound

_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def safe_name(filename: str) -> str:
    """A dropped file's name as stored: its last path part, odd characters replaced, never hidden or empty."""
    name = _UNSAFE.sub("_", Path(filename.replace("\\", "/")).name).strip(" .") or "upload"
    return name[:150]


@dataclass
class FileResult:
    name: str
    outcome: str | None = None  # the store's Outcome value once ingested
    problem: str | None = None


@dataclass
class Job:
    """One upload: its files and how far their ingest has come."""

    id: str
    files: list[FileResult]
    state: str = "queued"  # queued, reading, resolving, done, failed
    done: int = 0
    message: str | None = None
    started: float = field(default_factory=time.time)
    finished: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "state": self.state, "done": self.done, "total": len(self.files),
                "files": [asdict(f) for f in self.files], "message": self.message,
                "started": self.started, "finished": self.finished}


class Jobs:
    """The upload jobs of one board and the thread that runs them."""

    def __init__(self, engine: Engine, uploads: Path, on_done: Callable[[], None]) -> None:
        self.engine = engine
        self.uploads = uploads
        self.on_done = on_done
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue[tuple[Job, list[Path]]] = queue.Queue()
        self.nlp: Any = None  # the spaCy pipeline, loaded by the first job (tests hand theirs in)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, files: list[tuple[str, bytes]]) -> Job:
        """Keep FILES (name, content) in a new folder under the uploads folder and queue their ingest."""
        if not files:
            raise BoardError(400, "no files in the upload: send them as multipart form field 'files'")
        job = Job(secrets.token_hex(8), [])
        folder = self.uploads / f"{time.strftime('%Y%m%d-%H%M%S')}-{job.id}"
        try:
            folder.mkdir(parents=True, exist_ok=False)
        except OSError as exc:
            raise BoardError(500, f"cannot create the uploads folder {folder}: {exc.strerror}") from None
        paths = []
        for name, content in files:
            path = folder / safe_name(name)
            while path.exists():
                path = path.with_name(f"{path.stem}-1{path.suffix}")
            path.write_bytes(content)
            paths.append(path)
            job.files.append(FileResult(path.name))
        self._jobs[job.id] = job
        self._queue.put((job, paths))
        self._start()
        return job

    def get(self, job_id: str) -> Job:
        job = self._jobs.get(job_id)
        if job is None:
            raise NotFound(f"no upload job '{job_id}' (jobs are forgotten when the board restarts)")
        return job

    def _start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="actormap-ingest", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while True:
            try:
                job, paths = self._queue.get(timeout=5)
            except queue.Empty:
                return
            try:
                self._run(job, paths)
            except Exception as exc:  # a job's failure is reported on the job, never kills the worker
                job.state, job.message = "failed", f"{type(exc).__name__}: {exc}"
            finally:
                job.finished = time.time()
                self.on_done()

    def _run(self, job: Job, paths: list[Path]) -> None:
        from actormap.extract.pipeline import build_pipeline
        from actormap.ingest.batch import ingest_paths
        from actormap.resolve import resolve

        job.state = "reading"
        if self.nlp is None:
            self.nlp = build_pipeline()
        by_path = {str(p.resolve()): f for p, f in zip(paths, job.files)}

        def progress(done: int, _total: int, path: str, outcome: Any) -> None:
            job.done = done
            result = by_path.get(str(Path(path).resolve()))
            if result is not None:
                result.outcome = getattr(outcome, "value", str(outcome))

        summary = ingest_paths([str(p) for p in paths], self.engine, nlp=self.nlp, on_progress=progress)
        for path, problem in summary.failures:
            result = by_path.get(str(Path(path).resolve()))
            if result is not None:
                result.problem = problem
        for skipped in summary.skipped:
            result = by_path.get(str(Path(skipped).resolve()))
            if result is not None:
                result.outcome, result.problem = "skipped", "no reader for this type of file"
        job.state = "resolving"
        resolve(self.engine)
        job.done = len(job.files)
        job.state = "done"
        counts = ", ".join(f"{v} {getattr(k, 'value', k)}" for k, v in summary.counts.items() if v)
        job.message = f"{len(job.files)} files: {counts or 'nothing new'}"
