"""E-mail (.eml): the body, with subject, sender, recipients and date.

The body is the text/plain part when there is one, else the HTML part reduced to its
visible text. The subject is the title, the sender's display name (else address) the
author, the date's day `published`; `meta` keeps the headers as written ("from", "to",
"cc", "date" as ISO 8601) and the names of attachments, which are not read. Quoted
replies stay in the body as sent. Limit: 50 MiB (`limits.EMAIL_BYTES`).
"""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import html, limits
from actormap.model import Document


def read(path: Path) -> Document:
    """Read an .eml file; binary content, no headers or no text body is an InputError."""
    raw = limits.read_bytes(path, limits.EMAIL_BYTES, "e-mails")
    if b"\x00" in raw[:8192]:
        raise InputError(str(path), "looks binary (NUL bytes), not an e-mail")
    message = email.message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage) or not (message["from"] or message["subject"] or message["date"]):
        raise InputError(str(path), "is not an e-mail (no From, Subject or Date header)")
    body = _body(path, message)
    sender = _header(message, "from")
    date = _date(message)
    meta: dict[str, object] = {key: value for key in ("from", "to", "cc") if (value := _header(message, key))}
    if date:
        meta["date"] = date
    attachments = [part.get_filename() for part in message.iter_attachments() if part.get_filename()]
    if attachments:
        meta["attachments"] = attachments
    return Document(
        text=body,
        source=str(path),
        title=_header(message, "subject"),
        published=date[:10] if date else None,
        author=_display_name(sender),
        meta=meta,
    )


def _body(path: Path, message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError(str(path), "has no text body (only attachments?)")
    try:
        content = part.get_content()
    except (LookupError, ValueError) as exc:  # an unknown charset or a broken transfer encoding
        raise InputError(str(path), f"has a body that cannot be decoded ({exc})") from None
    if part.get_content_subtype() == "html":
        content = html.to_text(content)
    text = content.replace("\r\n", "\n").strip()
    if not text:
        raise InputError(str(path), "has an empty body")
    return text


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message[name]
    except (IndexError, ValueError):  # a header the parser cannot make sense of
        return None
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _date(message: EmailMessage) -> str | None:
    """The Date header as ISO 8601, None when missing or unparseable."""
    try:
        header = message["date"]
        moment = getattr(header, "datetime", None)
    except (IndexError, ValueError):
        return None
    return moment.isoformat() if moment else None


def _display_name(sender: str | None) -> str | None:
    """'Abu Khalil' from 'Abu Khalil <abu@example.org>', else the address itself."""
    if not sender:
        return None
    name, address = getaddresses([sender])[0]
    return name or address or sender
