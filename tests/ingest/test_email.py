"""E-mails: body, subject, sender, recipients and date."""

from email.message import EmailMessage

import pytest

from actormap.errors import InputError
from actormap.ingest import read

PLAIN = "Samir,\n\nThe transfer to Liwa al-Sahil went through on Tuesday: 25,000 USD.\n\nAbu Khalil\n"
HTML = "<html><body><p>Samir,</p><p>The transfer to <b>Liwa al-Sahil</b> went through on Tuesday.</p><div>Abu Khalil</div></body></html>"


def message(plain=PLAIN, html=None, attachment=False):
    mail = EmailMessage()
    mail["From"] = "Abu Khalil <abu.khalil@example.org>"
    mail["To"] = "Samir Haddad <samir@example.net>, ops@example.net"
    mail["Subject"] = "Transfer done"
    mail["Date"] = "Tue, 12 Mar 2024 21:14:05 +0200"
    if plain is not None:
        mail.set_content(plain)
    if html is not None:
        if plain is None:
            mail.set_content(html, subtype="html")
        else:
            mail.add_alternative(html, subtype="html")
    if attachment:
        mail.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="receipt.pdf")
    return mail


def write(tmp_path, mail, name="mail.eml"):
    path = tmp_path / name
    path.write_bytes(bytes(mail))
    return path


def test_email_reads_headers_into_the_document(tmp_path):
    document = read(write(tmp_path, message()))
    assert document.title == "Transfer done"
    assert document.author == "Abu Khalil"
    assert document.published == "2024-03-12"
    assert document.meta["from"] == "Abu Khalil <abu.khalil@example.org>"
    assert document.meta["to"] == "Samir Haddad <samir@example.net>, ops@example.net"
    assert document.meta["date"] == "2024-03-12T21:14:05+02:00"


def test_email_body_is_the_plain_text_part(tmp_path):
    document = read(write(tmp_path, message(html=HTML)))
    assert document.text == PLAIN.strip()


def test_email_html_only_body_becomes_text(tmp_path):
    document = read(write(tmp_path, message(plain=None, html=HTML)))
    assert document.text == "Samir,\nThe transfer to Liwa al-Sahil went through on Tuesday.\nAbu Khalil"


def test_email_lists_attachments_without_reading_them(tmp_path):
    document = read(write(tmp_path, message(attachment=True)))
    assert document.meta["attachments"] == ["receipt.pdf"]
    assert "PDF" not in document.text


def test_email_sender_without_a_name_is_the_address(tmp_path):
    mail = message()
    mail.replace_header("From", "abu.khalil@example.org")
    assert read(write(tmp_path, mail)).author == "abu.khalil@example.org"


def test_email_with_only_an_attachment_has_no_text_body(tmp_path):
    mail = EmailMessage()
    mail["From"] = "abu.khalil@example.org"
    mail["Subject"] = "receipt"
    mail.add_attachment(b"\x89PNG...", maintype="image", subtype="png", filename="receipt.png")
    with pytest.raises(InputError, match="has no text body"):
        read(write(tmp_path, mail))


def test_email_text_that_is_no_email_is_refused(tmp_path):
    path = tmp_path / "notes.eml"
    path.write_text("just some notes, no headers at all\n", encoding="utf-8")
    with pytest.raises(InputError, match="is not an e-mail"):
        read(path)
