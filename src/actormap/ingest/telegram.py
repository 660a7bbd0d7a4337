"""Telegram Desktop chat exports (result.json): one line per message, each a quote by its sender.

Reads the single-chat JSON export: `{"name", "type", "id", "messages": [...]}` where each
message has "type", "date", "from", "from_id" and "text", a string or a list of strings
and `{"type", "text"}` pieces (links, bold, mentions), joined as shown. The document text
has one `Sender: message` line per message and `meta["speech"]` the spans, as for
WhatsApp. A forwarded message is spoken by its original author:
`Liwa Media (forwarded by Abu Khalil): text`. Service messages (joins, pins) and messages
without text (photos, stickers) are counted in `meta["skipped_messages"]`; a sender
whose account was deleted is "Deleted Account", as Telegram shows it. `meta["sender_ids"]`
maps each sender to its Telegram id. Limit: 100 MiB (`limits.JSON_BYTES`).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import limits, text
from actormap.ingest.whatsapp import Message, transcript
from actormap.model import Document

DELETED_ACCOUNT = "Deleted Account"


def read(path: Path) -> Document:
    """Read a Telegram export; invalid JSON, JSON of another shape or a chat with no text is an InputError."""
    data = _load(path)
    messages: list[Message] = []
    sender_ids: dict[str, str] = {}
    skipped = 0
    for item in data["messages"]:
        message = _message(item) if isinstance(item, dict) else None
        if message is None:
            skipped += 1
            continue
        messages.append(message)
        if item.get("from_id") and not item.get("forwarded_from"):
            sender_ids.setdefault(message.speaker, str(item["from_id"]))
    if not messages:
        raise InputError(str(path), "has no Telegram messages with text")
    chat, speech = transcript(messages)
    first = next((m.timestamp for m in messages if m.timestamp), None)
    return Document(
        text=chat,
        source=str(path),
        title=str(data.get("name") or "") or path.stem,
        published=first[:10] if first else None,
        meta={
            "format": "telegram",
            "speech": speech,
            "chat_type": data.get("type"),
            "chat_id": data.get("id"),
            "sender_ids": sender_ids,
            "skipped_messages": skipped,
        },
    )


def _load(path: Path) -> dict:
    raw = text.read_text(path, limits.JSON_BYTES, "Telegram exports")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict) and "chats" in data and "messages" not in data:
        raise InputError(str(path), "is a whole Telegram account export; export a single chat instead")
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise InputError(str(path), 'is JSON but not a Telegram chat export (no "messages" list)')
    return data


def _message(item: dict) -> Message | None:
    """The message ITEM as spoken text; None for a service message or one without text."""
    if item.get("type", "message") != "message":
        return None
    body = _text(item.get("text")).strip()
    if not body:
        return None
    sender = " ".join(str(item.get("from") or DELETED_ACCOUNT).split())
    forwarded = " ".join(str(item.get("forwarded_from") or "").split())
    if forwarded:
        return Message(forwarded, body, _timestamp(item), note=f" (forwarded by {sender})")
    return Message(sender, body, _timestamp(item))


def _text(value: object) -> str:
    """A message's text: a string, or a list of strings and {"type", "text"} pieces."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(piece if isinstance(piece, str) else str(piece.get("text", "")) for piece in value if isinstance(piece, (str, dict)))
    return ""


def _timestamp(item: dict) -> str | None:
    """The message's local time as exported (ISO 8601), else its Unix time in UTC."""
    try:
        return datetime.fromisoformat(str(item["date"])).isoformat()
    except (KeyError, ValueError):
        pass
    try:
        return datetime.fromtimestamp(int(item["date_unixtime"]), timezone.utc).isoformat()
    except (KeyError, ValueError, TypeError, OverflowError, OSError):
        return None
