"""Generated inputs for the store and batch tests and benchmarks/ingest_speed.py: invented and deterministic.

`write_corpus` writes short articles, `write_every_format` one good file per readable
format, `write_bad_files` one file per kind of bad input. Every article names a commander, an armed group, a town and a rival, gives a number of
fighters and a direct quotation, so each yields entities, mentions, claims and quotes.
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

FIRST = ["Tarek", "Samir", "Idris", "Yusuf", "Karim", "Nabil", "Hadi", "Omar", "Rashid", "Faris", "Anwar", "Jamal"]
LAST = ["Haddad", "Mansour", "Qasim", "Darwish", "Saleh", "Othman", "Barakat", "Nasser", "Khalil", "Jaber", "Rahal"]
GROUPS = ["Northern Shield Brigade", "Free Valley Front", "Southern Storm Battalion", "Mountain Lions Brigade",
          "Coastal Guards Battalion", "Eastern Dawn Front", "River Hawks Brigade"]
TOWNS = ["Baldara", "Qasrin", "Tell Amun", "Wadi Serin", "Kafr Nour", "Marjan", "Ain Tibar", "Sahlat"]
RANKS = ["Col.", "Gen.", "Maj.", "Commander"]


def text(n: int) -> str:
    """The Nth generated article (the same N gives the same text)."""
    rng = random.Random(n)
    leader, rival = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
    group, enemy = rng.sample(GROUPS, 2)
    town, other = rng.sample(TOWNS, 2)
    fighters = rng.randrange(5, 120) * 100
    rank = rng.choice(RANKS)
    surname = leader.split()[-1]
    return (
        f"Fighting flares near {town} as the {group} moves on {other}\n\n"
        f"{town.upper()}, report {n}. The {group}, led by {rank} {leader}, said on Tuesday that it "
        f"controls at least {fighters:,} fighters around {town}. {surname} accused {rival} of the "
        f"{enemy} of shelling the market in {other}.\n\n"
        f"\"We will not leave {town} while our families are here,\" {surname} told reporters. "
        f"{rival}, the commander of the {enemy}, denied the charge and said the {group} was funded from abroad.\n"
    )


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    """COUNT generated articles as .txt files in FOLDER, named so they sort in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"article-{n:05d}.txt"
        path.write_text(text(n), encoding="utf-8")
        paths.append(path)
    return paths


def write_every_format(folder: Path) -> list[Path]:
    """One good file per format the readers take (the generated article in each), in FOLDER."""
    import json
    from email.message import EmailMessage

    import docx
    import openpyxl

    from tests.ingest.pdfwriter import write_pdf

    folder.mkdir(parents=True, exist_ok=True)
    body = [text(n) for n in range(900, 911)]
    (folder / "wire.txt").write_text(body[0], encoding="utf-8")
    (folder / "notes.md").write_text("# " + body[1], encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in body[2].split("\n\n")[1:])
    (folder / "page.html").write_text(f"<html><head><title>{body[2].splitlines()[0]}</title></head><body>"
                                      f"<article>{paragraphs}</article></body></html>", encoding="utf-8")
    write_pdf(folder / "report.pdf", [[line for line in body[3].splitlines() if line]])
    document = docx.Document()
    for paragraph in body[4].split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(folder / "memo.docx")
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Desk <desk@example.org>", "ed@example.org", body[5].splitlines()[0]
    mail["Date"] = "Tue, 12 Mar 2024 21:14:05 +0200"
    mail.set_content(body[5])
    (folder / "tip.eml").write_bytes(bytes(mail))
    (folder / "WhatsApp Chat with Coast.txt").write_text(
        "12/03/2024, 21:14 - Yusuf Jaber: the Northern Shield Brigade left Baldara at dawn\n"
        "12/03/2024, 21:20 - Omar Haddad: how many fighters went with them\n", encoding="utf-8")
    messages = [{"id": i, "type": "message", "date": "2024-03-12T21:14:05", "from": "Tarek Mansour", "from_id": "user7",
                 "text": line} for i, line in enumerate(body[6].splitlines()) if line]
    (folder / "result.json").write_text(json.dumps({"name": "Front", "type": "private_group", "id": 7, "messages": messages}),
                                        encoding="utf-8")
    (folder / "payments.csv").write_text("Date,From,To,Amount (USD)\n12/03/2024,Yusuf Jaber,Free Valley Front,\"25,000\"\n",
                                         encoding="utf-8")
    workbook = openpyxl.Workbook()
    for row in [("Date", "From", "To", "Amount (USD)"), ("13/03/2024", "Omar Haddad", "River Hawks Brigade", 4000)]:
        workbook.active.append(row)
    workbook.save(folder / "ledger.xlsx")
    return sorted(p for p in folder.iterdir())


def write_bad_files(folder: Path) -> dict[Path, str]:
    """One file per kind of bad input, with a word the problem reported for it must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        folder / "junk.txt": random.Random(4).randbytes(2048) + b"\x00" * 16,
        folder / "latin1.txt": "Caf\xe9 owners in Homs".encode("latin-1"),
        folder / "empty.md": b"",
        folder / "truncated.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R",
    }
    for path, data in made.items():
        path.write_bytes(data)
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (12 * 2**20))
    with open(folder / "huge.txt", "wb") as huge:
        huge.truncate(200 * 2**20)  # sparse: 200 MB on paper, nothing on disk
    says = {"junk.txt": "binary", "latin1.txt": "UTF-8", "empty.md": "empty", "truncated.pdf": "PDF",
            "bomb.docx": "zip bomb", "huge.txt": "over the"}
    return {folder / name: word for name, word in says.items()}
