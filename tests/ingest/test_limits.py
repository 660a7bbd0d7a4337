"""The size limits: refused by size before anything is read or decompressed."""

import zipfile
from pathlib import Path

import pytest

from actormap.errors import InputError
from actormap.ingest import limits, read


def sparse(path: Path, size: int) -> Path:
    """A file of SIZE bytes that takes no disk space."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_limits_200_mb_text_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = sparse(tmp_path / "huge.txt", 200 * 10**6)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the file"))
    with pytest.raises(InputError) as error:
        read(path)
    assert error.value.problem == "is 191 MiB, over the 50 MiB limit for text files"
    assert error.value.path == str(path)


@pytest.mark.parametrize(
    ("name", "limit", "kind"),
    [
        ("page.html", limits.HTML_BYTES, "HTML pages"),
        ("report.pdf", limits.PDF_BYTES, "PDFs"),
        ("mail.eml", limits.EMAIL_BYTES, "e-mails"),
        ("result.json", limits.JSON_BYTES, "Telegram exports"),
        ("ledger.csv", limits.CSV_BYTES, "CSV ledgers"),
        ("report.docx", limits.ZIP_BYTES, "Word documents"),
        ("ledger.xlsx", limits.ZIP_BYTES, "Excel workbooks"),
    ],
)
def test_limits_each_reader_refuses_a_file_over_its_limit(tmp_path, name, limit, kind):
    path = sparse(tmp_path / name, limit + 1)
    with pytest.raises(InputError, match=f"over the {limit // limits.MiB} MiB limit for {kind}"):
        read(path)


def test_limits_zip_with_too_many_entries_is_refused(tmp_path):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(limits.ZIP_ENTRIES + 1):
            archive.writestr(f"word/part{number}.xml", b"")
    with pytest.raises(InputError, match=r"has 10,001 zip entries, over the 10,000 limit for Word documents \(a zip bomb\?\)"):
        read(path)


def test_limits_ledger_over_the_row_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "LEDGER_ROWS", 3)
    path = tmp_path / "payments.csv"
    path.write_text("payer,payee,amount\n" + "Abu Khalil,Liwa al-Sahil,10\n" * 4, encoding="utf-8")
    with pytest.raises(InputError, match="has over 3 rows, the limit for ledgers"):
        read(path)
