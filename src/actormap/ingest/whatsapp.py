"""WhatsApp chat exports (.txt): one line per message, each message a quote by its sender.

Both export forms are read, and found by content since both are plain .txt:

    12/03/2024, 21:14 - Abu Khalil: message             (Android)
    [12/03/2024, 21:14:05] Abu Khalil: message          (iOS)

with "/", "." or "-" between date parts, 2- or 4-digit years, optional seconds and AM/PM.
Whether dates are day- or month-first is decided over the whole file (a first part over
12 means day-first, a second part over 12 month-first, neither: day-first) and kept in
`meta["date_order"]`. A line without a timestamp continues the message before it.

The document text has one line per message, `Sender: message`, and `meta["speech"]`
gives each message's body span, sender, sender span and ISO 8601 timestamp (the phone's
local time, as exported). Lines without a sender (group created, member added, the
encryption notice) are left out of the text and kept in `meta["system"]`; media
placeholders ("<Media omitted>", "image omitted") and deleted messages are dropped and
counted in `meta["media_omitted"]`. Limit: 50 MiB (`limits.TEXT_BYTES`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import limits, text
from actormap.model import Document

_MARKS = "\u200e\u200f\ufeff"  # direction marks WhatsApp puts before system lines and attachments
_STAMP = (
    r"(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{1,4}),\s(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
    r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
)
_LINES = (re.compile(rf"^{_STAMP} - (?P<rest>.*)$"), re.compile(rf"^\[{_STAMP}\] (?P<rest>.*)$"))
_SENDER = re.compile(r"^(?P<name>[^:\"“”\n]{1,80}?):(?: (?P<body>.*)|$)", re.S)
_MEDIA = re.compile(
    r"^(<media omitted>|<attached: [^>]*>|(image|video|audio|sticker|gif|document|contact card) omitted"
    r"|this message was deleted|you deleted this message|null)$",
    re.I,
)
SNIFF_BYTES = 4096
SNIFF_LINES = 10


@dataclass
class Message:
    """One chat message: who sent it, when, what it said; `note` follows the name ("(forwarded by X)")."""

    speaker: str
    body: str
    timestamp: str | None
    note: str = ""


def transcript(messages: list[Message]) -> tuple[str, list[dict[str, object]]]:
    """The text, one `Speaker: body` line per message, and the speech spans into it."""
    lines, speech, position = [], [], 0
    for message in messages:
        head = f"{message.speaker}{message.note}: "
        lines.append(head + message.body)
        start = position + len(head)
        speech.append(
            {
                "start": start,
                "end": start + len(message.body),
                "speaker": message.speaker,
                "timestamp": message.timestamp,
                "speaker_start": position,
                "speaker_end": position + len(message.speaker),
            }
        )
        position += len(lines[-1]) + 1
    return "\n".join(lines), speech


def looks_like(path: Path) -> bool:
    """Whether PATH starts like a WhatsApp export: its first line and most of the next ones are timestamped."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES).decode("utf-8", errors="ignore")
    except OSError:
        return False
    lines = [line.lstrip(_MARKS) for line in head.splitlines() if line.strip()][:SNIFF_LINES]
    stamped = [_stamp(line) is not None for line in lines]
    return bool(stamped) and stamped[0] and 2 * sum(stamped) >= len(stamped)


def read(path: Path) -> Document:
    """Read a WhatsApp export; a file without one timestamped message is an InputError."""
    raw_lines = text.read_text(path).splitlines()
    stamped = [(_stamp(line.lstrip(_MARKS)), line) for line in raw_lines]
    day_first = _day_first([match for match, _ in stamped if match])
    entries: list[tuple[str, str]] = []  # (timestamp, line after it), continuations folded in
    for match, line in stamped:
        when = _timestamp(match, day_first) if match else None
        if match and when is not None:
            entries.append((when, match["rest"]))
        elif entries:
            entries[-1] = (entries[-1][0], entries[-1][1] + "\n" + line)
    if not entries:
        raise InputError(str(path), "has no timestamped WhatsApp messages")
    messages, system, media = [], [], 0
    for when, rest in entries:
        sender = _SENDER.match(rest)
        body = (sender["body"] or "").strip() if sender else ""
        if sender is None or (body.startswith(_MARKS[0]) and not _MEDIA.match(body.lstrip(_MARKS))):
            system.append({"timestamp": when, "text": (body if sender else rest).strip(_MARKS + " ")})
        elif not body or _MEDIA.match(body.lstrip(_MARKS)):
            media += 1
        else:
            messages.append(Message(sender["name"].strip(_MARKS + " "), body, when))
    if not messages:
        raise InputError(str(path), "has no WhatsApp messages with a sender (only system lines or media)")
    chat, speech = transcript(messages)
    return Document(
        text=chat,
        source=str(path),
        title=path.stem,
        published=messages[0].timestamp[:10] if messages[0].timestamp else None,
        meta={
            "format": "whatsapp",
            "speech": speech,
            "system": system,
            "media_omitted": media,
            "date_order": "day-first" if day_first else "month-first",
        },
    )


def _stamp(line: str) -> re.Match[str] | None:
    return next((match for pattern in _LINES if (match := pattern.match(line))), None)


def _day_first(matches: list[re.Match[str]]) -> bool:
    """Day-first unless some date has a second part over 12 and none a first part over 12."""
    parts = [(int(m["a"]), int(m["b"])) for m in matches if len(m["a"]) <= 2]
    return any(a > 12 for a, _ in parts) or not any(b > 12 for _, b in parts)


def _timestamp(match: re.Match[str], day_first: bool) -> str | None:
    """The ISO 8601 local time of a line's stamp; None when it is no real date."""
    a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
    if len(match["a"]) == 4:
        year, month, day = a, b, c
    else:
        year = c + 2000 if c < 100 else c
        day, month = (a, b) if day_first else (b, a)
    hour = int(match["h"])
    ampm = (match["ampm"] or "").lower()[:1]
    if ampm and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + 12 * (ampm == "p") if ampm else hour
    try:
        return datetime(year, month, day, hour, int(match["m"]), int(match["s"] or 0)).isoformat()
    except ValueError:
        return None
