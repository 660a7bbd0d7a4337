"""Word documents: paragraphs and tables in order, core properties, and zip bombs refused unopened."""

import datetime as dt
import zipfile

import pytest

from actormap.errors import InputError
from actormap.ingest import read

docx = pytest.importorskip("docx")


def make_docx(path):
    document = docx.Document()
    document.add_heading("Who pays the coast brigades", level=1)
    document.add_paragraph("Liwa al-Sahil holds two checkpoints near Tartus.")
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["Name", "Role", "Group"]):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["Abu Khalil", "commander", "Liwa al-Sahil"]):
        cell.text = value
    document.add_paragraph("Samir Haddad pays the brigade each month.")
    document.core_properties.title = "Coast brigades"
    document.core_properties.author = "Field team"
    document.core_properties.created = dt.datetime(2024, 3, 12, 8, 30)
    document.save(path)
    return path


def test_docx_reads_paragraphs_and_table_rows_in_order(tmp_path):
    document = read(make_docx(tmp_path / "brief.docx"))
    assert document.text.splitlines() == [
        "Who pays the coast brigades",
        "Liwa al-Sahil holds two checkpoints near Tartus.",
        "Name | Role | Group",
        "Abu Khalil | commander | Liwa al-Sahil",
        "Samir Haddad pays the brigade each month.",
    ]


def test_docx_reads_core_properties(tmp_path):
    document = read(make_docx(tmp_path / "brief.docx"))
    assert (document.title, document.author, document.published) == ("Coast brigades", "Field team", "2024-03-12")


def test_docx_merged_cells_count_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Liwa al-Sahil"
    table.cell(0, 2).text = "Tartus"
    document.save(tmp_path / "merged.docx")
    assert read(tmp_path / "merged.docx").text == "Liwa al-Sahil | Tartus"


def bomb(path, size, name="word/document.xml"):
    """A zip whose one entry inflates to SIZE bytes of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(name, "w", force_zip64=True) as entry:
            chunk = b"\0" * 2**20
            for _ in range(size // len(chunk)):
                entry.write(chunk)
    return path


@pytest.fixture
def no_decompression(monkeypatch):
    monkeypatch.setattr(zipfile.ZipExtFile, "read", lambda *args: pytest.fail("decompressed an entry"))


def test_docx_zip_bomb_over_the_size_limit_is_refused_unopened(tmp_path, no_decompression):
    path = bomb(tmp_path / "bomb.docx", 101 * 2**20)
    with pytest.raises(InputError, match=r"inflates to 101 MiB, over the 100 MiB limit for Word documents \(a zip bomb\?\)"):
        read(path)


def test_docx_entry_with_a_bomb_ratio_is_refused_unopened(tmp_path, no_decompression):
    path = bomb(tmp_path / "dense.docx", 8 * 2**20)
    with pytest.raises(InputError, match=r"entry 'word/document.xml' inflates [\d,]+ times, over the 100:1 limit"):
        read(path)


def test_docx_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("Abu Khalil said this is a Word file.", encoding="utf-8")
    with pytest.raises(InputError, match=r"is not a valid \.docx file \(not a zip archive: File is not a zip file\)"):
        read(path)


def test_docx_zip_without_a_word_body_is_refused(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(InputError, match="is not a Word document"):
        read(path)


def test_docx_with_no_text_is_empty(tmp_path):
    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(InputError, match="is empty"):
        read(tmp_path / "blank.docx")
