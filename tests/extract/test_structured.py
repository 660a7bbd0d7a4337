"""Chat messages and ledger rows: facts the file's structure states."""

from actormap.extract import extract_document
from actormap.ingest import read


def names(record: dict) -> dict[str, str]:
    return {e["id"]: e["name"] for e in record["entities"]}


def test_structured_chat_message_is_a_quote_by_its_sender(nlp, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(
        "12/03/2024, 21:14 - Abu Khalil: the convoy left Qusayr at dawn\n"
        "12/03/2024, 21:15 - Samir Haddad: Hezbollah has 300 men in Qusayr\n",
        encoding="utf-8",
    )
    document = read(path)
    record = extract_document(document, nlp)
    by_id = names(record)
    speakers = [(by_id[q["speaker"]], q["text"]) for q in record["quotes"]]
    assert speakers == [("Abu Khalil", "the convoy left Qusayr at dawn"), ("Samir Haddad", "Hezbollah has 300 men in Qusayr")]
    for quote in record["quotes"]:
        start, end = quote["evidence"]["start"], quote["evidence"]["end"]
        assert document.text[start:end] == quote["text"]


def test_structured_ledger_row_is_a_funding_relation_and_a_money_claim(nlp, tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_text("payer,payee,amount,currency,date\nAbu Khalil,Liwa al-Sahil,\"25,000\",USD,2024-03-12\n", encoding="utf-8")
    document = read(path)
    record = extract_document(document, nlp)
    by_id = names(record)
    funds = [(by_id[r["source"]], by_id[r["target"]]) for r in record["relations"] if r["type"] == "funds"]
    assert funds == [("Abu Khalil", "Liwa al-Sahil")]
    money = [(by_id[c["subject"]], c["value"], c["unit"]) for c in record["claims"] if c["unit_class"] == "money"]
    assert money == [("Abu Khalil", 25000, "USD")]
    evidence = record["relations"][0]["evidence"]
    assert "Abu Khalil" in document.text[evidence["start"] : evidence["end"]]


def test_structured_transcript_speaker_is_the_claimant(extract):
    record = extract(
        "Hearing on arms trafficking\n"
        "Thomas Brennan testified for the bureau.\n"
        "MR. BRENNAN: The Sinaloa Cartel moved at least 3,000 rifles across the border last year.\n"
    )
    by_id = names(record)
    claims = [(by_id[c["subject"]], c["value"], by_id.get(c["claimant"])) for c in record["claims"]]
    assert ("Sinaloa Cartel", 3000, "Thomas Brennan") in claims


def test_structured_ledger_rows_quoted_in_a_text_are_funding_and_claims(nlp, tmp_path):
    path = tmp_path / "ledger_story.txt"
    path.write_text(
        "Inside the ledger: who paid the gang\n"
        "The spreadsheet was provided by a former member of the gang's finance cell.\n\n"
        "Selected rows (date / from / to / amount / note):\n"
        "04/01/2024 - Transports Beaulieu SA - Baz Lakou Rouj - HTG 1,300,000 - fees for trucks\n"
        "15/01/2024 - Pierre-Marc Lafontant - Wilner Dorval - USD 25,000 - cash\n\n"
        "The businesses confirmed the payments.\n",
        encoding="utf-8",
    )
    document = read(path)
    record = extract_document(document, nlp)
    by_id = names(record)
    funds = {(by_id[r["source"]], by_id[r["target"]]) for r in record["relations"] if r["type"] == "funds"}
    assert funds == {("Transports Beaulieu SA", "Baz Lakou Rouj"), ("Pierre-Marc Lafontant", "Wilner Dorval")}
    money = {(by_id[c["subject"]], c["value"], c["unit"]) for c in record["claims"] if c["unit_class"] == "money"}
    assert money == {("Transports Beaulieu SA", 1300000, "HTG"), ("Pierre-Marc Lafontant", 25000, "USD")}
