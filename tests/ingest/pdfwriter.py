"""A minimal PDF writer for tests: Helvetica text pages and an optional /Title, nothing else."""

from __future__ import annotations

from pathlib import Path


def _escape(line: str) -> bytes:
    """A PDF literal string body for LINE (WinAnsi covers Latin-1)."""
    raw = line.encode("latin-1")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[str]) -> bytes:
    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"72 770 Td"]
    for line in lines:
        ops.append(b"(" + _escape(line) + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_bytes(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A PDF whose page i shows the lines pages[i], top to bottom; INFO fills /Title, /Author..."""
    entries = b"".join(b" /" + key.encode() + b" (" + _escape(value) + b")" for key, value in (info or {}).items())
    n = len(pages)
    # Objects: 1 catalog, 2 page tree, 3 font, 4 info, then (page, content) pairs.
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Producer (actormap tests)" + entries + b" >>",
    ]
    for i, lines in enumerate(pages):
        stream = _content(lines)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {6 + 2 * i} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def write_pdf(path: Path, pages: list[list[str]], info: dict[str, str] | None = None) -> Path:
    path.write_bytes(pdf_bytes(pages, info))
    return path
