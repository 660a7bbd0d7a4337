"""ingest.read: routing by suffix and content, and the bad inputs every reader refuses alike."""

import subprocess
import sys
from pathlib import Path

import pytest

from actormap.errors import InputError
from actormap.ingest import READERS, read, reader_for, whatsapp

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("suffix", sorted(READERS))
def test_read_missing_file_is_an_input_error_for_every_reader(tmp_path, suffix):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / f"missing{suffix}")


@pytest.mark.parametrize("suffix", sorted(READERS))
def test_read_empty_file_is_an_input_error_for_every_reader(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="is empty"):
        read(path)


@pytest.mark.parametrize("suffix", sorted(READERS))
def test_read_directory_is_an_input_error_for_every_reader(tmp_path, suffix):
    path = tmp_path / f"folder{suffix}"
    path.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read(path)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".eml", ".json", ".csv"])
def test_read_binary_junk_with_a_text_extension_is_refused(tmp_path, suffix):
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError, match="binary"):
        read(path)


@pytest.mark.parametrize("suffix", [".txt", ".json", ".csv"])
def test_read_invalid_utf8_names_the_byte(tmp_path, suffix):
    path = tmp_path / f"latin1{suffix}"
    path.write_bytes("Caf\xe9 owners in Homs, Payer, Payee".encode("latin-1"))
    with pytest.raises(InputError, match=r"is not valid UTF-8 \(byte 0xe9 at offset 3\)"):
        read(path)


def test_read_unknown_suffix_lists_the_readable_ones(tmp_path):
    path = tmp_path / "notes.odt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"unsupported file type '\.odt' \(readable: .*\.pdf.*\.xlsx"):
        read(path)


def test_read_sniffs_a_whatsapp_export_behind_a_txt_suffix(tmp_path):
    path = tmp_path / "WhatsApp Chat with Coast.txt"
    path.write_text("12/03/2024, 21:14 - Abu Khalil: the trucks left at dawn\n", encoding="utf-8")
    assert reader_for(path) is whatsapp.read
    assert read(path).meta["format"] == "whatsapp"


def test_read_keeps_ordinary_text_with_the_text_reader(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(
        "Chat export: coast notes, 14 March 2024\n[2024-03-14 20:58] Rami: the port is closed\n", encoding="utf-8"
    )
    document = read(path)
    assert "format" not in document.meta
    assert document.text.startswith("Chat export")


def test_read_passes_ledger_columns_through(tmp_path):
    path = tmp_path / "payments.csv"
    path.write_text("Sender name,Got it,How much\nAbu Khalil,Liwa al-Sahil,100\n", encoding="utf-8")
    document = read(path, columns={"payee": "Got it", "amount": "How much"})
    assert document.text == "Abu Khalil paid 100 to Liwa al-Sahil."


def test_read_importing_ingest_leaves_heavy_libraries_unloaded():
    code = "import sys, actormap.ingest; print(sorted(m for m in ('trafilatura', 'pypdf', 'docx', 'openpyxl', 'lxml') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_read_every_suffix_is_documented():
    page = (ROOT / "docs" / "readers.md").read_text(encoding="utf-8")
    for suffix in READERS:
        assert f"`{suffix}`" in page, suffix
