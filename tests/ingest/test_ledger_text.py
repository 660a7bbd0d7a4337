"""ledger_text.py: payment rows a text quotes under a ledger header."""

from actormap.ingest.ledger_text import rows_in_text

EXCERPT = (
    "Inside the ledger: who paid the gang\n"
    "The spreadsheet was provided by a former member of the finance cell.\n\n"
    "Selected rows (date / from / to / amount / note):\n\n"
    "04/01/2024 - Transports Beaulieu SA - Baz Lakou Rouj - HTG 1,300,000 - \"peyaj\" for trucks\n"
    "15/01/2024 - Pierre-Marc Lafontant - Wilner Dorval (\"Ti Zorey\") - USD 25,000 - cash, via an intermediary\n"
    "16/02/2024 - Baz Lakou Rouj - \"Inspector R.\" (PNH) - HTG 200,000 - \"enfo\"\n\n"
    "Analysis\n\nAcross all 94 rows, incoming payments total roughly USD 310,000.\n"
)


def test_rows_under_a_bracketed_header_are_payments():
    rows = rows_in_text(EXCERPT)
    assert [(r["payer"], r["payee"], r["amount"], r["currency"], r["date"]) for r in rows] == [
        ("Transports Beaulieu SA", "Baz Lakou Rouj", 1300000.0, "HTG", "2024-01-04"),
        ("Pierre-Marc Lafontant", "Wilner Dorval", 25000.0, "USD", "2024-01-15"),
        ("Baz Lakou Rouj", "Inspector R.", 200000.0, "HTG", "2024-02-16"),
    ]


def test_row_spans_point_into_the_text():
    for row in rows_in_text(EXCERPT):
        assert EXCERPT[row["payer_start"] : row["payer_end"]] == row["payer"]
        assert EXCERPT[row["payee_start"] : row["payee_end"]] == row["payee"]
        assert row["payer"] in EXCERPT[row["start"] : row["end"]]


def test_a_pipe_table_with_a_currency_column():
    text = "Payments seen by the panel:\nDate | Sender | Recipient | Amount | Currency\n2023-05-02 | Al-Noor Exchange | Liwa al-Sahil | 40,000 | USD\n2023-06-11 | Al-Noor Exchange | Abu Khalil | 12,500 | EUR\n"
    rows = rows_in_text(text)
    assert [(r["payer"], r["payee"], r["amount"], r["currency"]) for r in rows] == [
        ("Al-Noor Exchange", "Liwa al-Sahil", 40000.0, "USD"),
        ("Al-Noor Exchange", "Abu Khalil", 12500.0, "EUR"),
    ]


def test_prose_that_names_payers_and_amounts_is_no_table():
    text = "The payer, the payee and the amount were all disputed.\nFrom Kismayo to Baidoa - a road - the trucks paid $300 - each - every week.\n"
    assert rows_in_text(text) == []


def test_a_header_with_a_single_row_is_no_table():
    text = "Rows (from / to / amount):\nAbu Khalil - Liwa al-Sahil - USD 25,000\n\nThe rest was withheld."
    assert rows_in_text(text) == []
