"""Adding documents from the browser: upload files, follow their ingest."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, File, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse

from actormap.ingest import READERS
from actormap.serve.errors import BoardError
from actormap.serve.jobs import Jobs
from actormap.serve.render import render


def jobs(request: Request) -> Jobs:
    return request.app.state.jobs  # type: ignore[no-any-return]


async def upload(request: Request, files: Annotated[list[UploadFile], File(description="The files to ingest.")],
                 queue: Annotated[Jobs, Depends(jobs)]) -> JSONResponse:
    """Store the uploaded files in the uploads folder and ingest them in the background; answers 202 with the job,
    whose progress /api/jobs/{id} reports."""
    limit = request.app.state.settings.max_upload_mb * 1024 * 1024
    contents, total = [], 0
    for item in files:
        # the multipart parser spooled each file to disk and knows its size: refuse before reading it into memory
        if total + (item.size or 0) > limit or total + len(data := await item.read()) > limit:
            raise BoardError(413, f"the upload is over {limit // (1024 * 1024)} MiB; send fewer files at once "
                                  f"(or start the board with a larger --max-upload-mb)")
        total += len(data)
        contents.append((item.filename or "upload", data))
    job = queue.submit(contents)
    return JSONResponse({"ok": True, "job": job.as_dict(), "url": f"/api/jobs/{job.id}"}, status_code=202)


def job(job: str, queue: Annotated[Jobs, Depends(jobs)]) -> dict[str, Any]:
    """An upload's progress: state (queued, reading, resolving, done, failed), files done of total, each file's outcome."""
    return {"ok": True, "job": queue.get(job).as_dict()}


def page(request: Request) -> HTMLResponse:
    return render(request, "ingest.html", {"title": "Add documents", "suffixes": sorted(READERS)})
