"""PDFs: page texts joined with their offsets kept, metadata, and damaged files refused."""

import pytest

from actormap.errors import InputError
from actormap.ingest import limits, read
from tests.ingest.pdfwriter import pdf_bytes, write_pdf

PAGES = [
    ["Coastal Monitor - Briefing 7", "Liwa al-Sahil took two checkpoints near Tartus."],
    ["Abu Khalil said the council owed his men 25,000 USD."],
    ["The council denied it."],
]


def test_pdf_joins_pages_and_keeps_where_each_starts(tmp_path):
    document = read(write_pdf(tmp_path / "briefing.pdf", PAGES))
    offsets = document.meta["pages"]
    assert len(offsets) == 3 and offsets[0] == 0
    assert document.text[offsets[1] :].startswith("Abu Khalil said the council owed his men 25,000 USD.")
    assert document.text[offsets[2] :] == "The council denied it."
    assert document.text[: offsets[1]].rstrip().endswith("checkpoints near Tartus.")


def test_pdf_title_author_and_date_come_from_metadata(tmp_path):
    info = {"Title": "Briefing 7: the coast", "Author": "Coastal Monitor", "CreationDate": "D:20240312091500+02'00'"}
    document = read(write_pdf(tmp_path / "briefing.pdf", PAGES, info))
    assert (document.title, document.author, document.published) == ("Briefing 7: the coast", "Coastal Monitor", "2024-03-12")


@pytest.mark.parametrize("title", [None, "", "Microsoft Word - draft3.docx", "untitled"])
def test_pdf_title_falls_back_to_the_first_line(tmp_path, title):
    info = {"Title": title} if title is not None else None
    document = read(write_pdf(tmp_path / "briefing.pdf", PAGES, info))
    assert document.title == "Coastal Monitor - Briefing 7"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_pdf_truncated_file_is_not_a_readable_pdf(tmp_path, keep):
    data = pdf_bytes(PAGES * 10)
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(InputError, match=r"is not a readable PDF \(.+\)"):
        read(path)


def test_pdf_junk_with_a_pdf_suffix_is_not_a_readable_pdf(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"this was never a PDF\n" * 20)
    with pytest.raises(InputError, match="is not a readable PDF"):
        read(path)


def test_pdf_without_text_asks_for_ocr(tmp_path):
    with pytest.raises(InputError, match="has no text layer"):
        read(write_pdf(tmp_path / "scan.pdf", [[], []]))


def test_pdf_over_the_page_limit_is_refused_before_extraction(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "PDF_PAGES", 2)
    with pytest.raises(InputError, match="has 3 pages, over the 2 page limit for PDFs"):
        read(write_pdf(tmp_path / "long.pdf", PAGES))


def test_pdf_damaged_file_logs_nothing_beside_its_error(tmp_path, caplog):
    data = pdf_bytes(PAGES)
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError):
        read(path)
    assert [record.getMessage() for record in caplog.records if record.levelno >= 30] == []


def encrypted(tmp_path, user_password):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=write_pdf(tmp_path / "plain.pdf", PAGES))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_pdf_copy_protected_pdf_without_a_user_password_is_read(tmp_path):
    pytest.importorskip("cryptography")
    assert read(encrypted(tmp_path, "")).text.startswith("Coastal Monitor - Briefing 7")


def test_pdf_password_protected_pdf_is_refused(tmp_path):
    pytest.importorskip("cryptography")
    with pytest.raises(InputError, match="is encrypted with a password"):
        read(encrypted(tmp_path, "open-sesame"))
