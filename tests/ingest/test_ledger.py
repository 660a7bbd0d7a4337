"""Ledgers: columns found by header, one sentence per payment, and each row's spans."""

import datetime as dt

import pytest

from actormap.errors import InputError
from actormap.ingest import ledger, read

CSV = """\
Date,From,To,Amount (USD),Memo
12/03/2024,Abu Khalil,Liwa al-Sahil,"25,000",fuel
13/03/2024,Samir Haddad,Abu Khalil,$2000,
25/03/2024,Coast Council,Liwa al-Sahil,1.5m,
,,,,
14/03/2024,,Liwa al-Sahil,100,
15/03/2024,Abu Khalil,Samir Haddad,lots,
someday,Abu Khalil,Samir Haddad,"EUR 3.000,50",
"""


def write(tmp_path, content, name="payments.csv"):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_ledger_rows_become_one_sentence_each(tmp_path):
    document = read(write(tmp_path, CSV))
    assert document.text.splitlines() == [
        "Abu Khalil paid 25,000 USD to Liwa al-Sahil on 2024-03-12.",
        "Samir Haddad paid 2,000 USD to Abu Khalil on 2024-03-13.",
        "Coast Council paid 1,500,000 USD to Liwa al-Sahil on 2024-03-25.",
        "Abu Khalil paid 3,000.50 EUR to Samir Haddad.",
    ]
    assert document.meta["columns"] == {"date": "Date", "payer": "From", "payee": "To", "amount": "Amount (USD)"}


def test_ledger_rows_keep_spans_and_values(tmp_path):
    document = read(write(tmp_path, CSV))
    rows = document.meta["ledger_rows"]
    for row in rows:
        assert document.text[row["start"] : row["end"]].endswith(".")
        assert document.text[row["payer_start"] : row["payer_end"]] == row["payer"]
        assert document.text[row["payee_start"] : row["payee_end"]] == row["payee"]
    assert {key: rows[0][key] for key in ("payer", "payee", "amount", "currency", "date")} == {
        "payer": "Abu Khalil",
        "payee": "Liwa al-Sahil",
        "amount": 25000.0,
        "currency": "USD",
        "date": "2024-03-12",
    }


def test_ledger_bad_rows_are_skipped_and_counted(tmp_path):
    document = read(write(tmp_path, CSV))
    assert document.meta["skipped_rows"] == 2
    assert document.meta["skip_reasons"] == [{"row": 6, "problem": "no payer"}, {"row": 7, "problem": "amount 'lots' is not a number"}]
    assert document.meta["undated_rows"] == 1


def test_ledger_synonyms_and_a_currency_column(tmp_path):
    content = "Donor;Beneficiary;Sum;CCY;Paid_On\nGulf Relief Fund;Coast Council;12.5k;eur;2024-04-01\n"
    document = read(write(tmp_path, content))
    assert document.text == "Gulf Relief Fund paid 12,500 EUR to Coast Council on 2024-04-01."


def test_ledger_header_below_a_title_row(tmp_path):
    content = "Coast payments, spring 2024,,\n,,\npayer,payee,amount\nAbu Khalil,Liwa al-Sahil,300\n"
    assert read(write(tmp_path, content)).text == "Abu Khalil paid 300 to Liwa al-Sahil."


def test_ledger_explicit_columns_override_the_synonyms(tmp_path):
    content = "Source,Who sent,Who got,How much\nbank file 3,Samir Haddad,Abu Khalil,700\n"
    document = ledger.read(write(tmp_path, content), columns={"payer": "Who sent", "payee": "who got", "amount": "How much"})
    assert document.text == "Samir Haddad paid 700 to Abu Khalil."


def test_ledger_without_payer_columns_names_what_is_missing_and_found(tmp_path):
    with pytest.raises(InputError) as error:
        read(write(tmp_path, "Name,Role,Unit\nAbu Khalil,commander,Liwa al-Sahil\n"))
    assert error.value.problem.startswith("has no payer or payee or amount column (headers found: 'Name', 'Role', 'Unit')")


def test_ledger_explicit_column_that_is_not_there_is_named(tmp_path):
    with pytest.raises(InputError, match=r"has no column 'Sender' \(headers found: 'payer', 'payee', 'amount'\)"):
        ledger.read(write(tmp_path, "payer,payee,amount\nA,B,1\n"), columns={"payer": "Sender"})


def test_ledger_unknown_role_is_refused(tmp_path):
    with pytest.raises(InputError, match="unknown column role"):
        ledger.read(write(tmp_path, "payer,payee,amount\nA,B,1\n"), columns={"memo": "Memo"})


def test_ledger_month_first_dates_are_recognised(tmp_path):
    content = "payer,payee,amount,date\nA,B,1,03/12/2024\nA,B,2,03/25/2024\n"
    document = read(write(tmp_path, content))
    assert [row["date"] for row in document.meta["ledger_rows"]] == ["2024-03-12", "2024-03-25"]


def test_ledger_xlsx_with_typed_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Nothing here but notes"])
    sheet = book.create_sheet("Payments")
    sheet.append(["Paid on", "Payer", "Recipient", "Value", "Currency"])
    sheet.append([dt.datetime(2024, 3, 12), "Abu Khalil", "Liwa al-Sahil", 25000, "USD"])
    sheet.append([dt.datetime(2024, 3, 13), "Samir Haddad", "Abu Khalil", 1250.5, None])
    book.save(tmp_path / "payments.xlsx")
    document = read(tmp_path / "payments.xlsx")
    assert document.text.splitlines() == [
        "Abu Khalil paid 25,000 USD to Liwa al-Sahil on 2024-03-12.",
        "Samir Haddad paid 1,250.50 to Abu Khalil on 2024-03-13.",
    ]
    assert document.meta["ledger_rows"][1]["currency"] is None


def test_ledger_xlsx_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("payer,payee,amount\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"is not a valid \.xlsx file \(not a zip archive"):
        read(path)


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        ("1,500", (1500.0, None)),
        ("$2,000", (2000.0, "USD")),
        ("1.5m", (1_500_000.0, None)),
        ("2 million dollars", (2_000_000.0, "USD")),
        ("€3.000,50", (3000.5, "EUR")),
        ("SYP 2,000,000", (2_000_000.0, "SYP")),
        ("1 200 000 IQD", (1_200_000.0, "IQD")),
        ("(250)", (-250.0, None)),
        (42, (42.0, None)),
        ("twelve", None),
        ("12 camels", None),
        ("", None),
    ],
)
def test_ledger_parse_amount(cell, parsed):
    assert ledger.parse_amount(cell) == parsed


def test_ledger_negative_amount_row_is_skipped(tmp_path):
    document = read(write(tmp_path, "payer,payee,amount\nA,B,(250)\nA,B,10\n"))
    assert document.meta["skipped_rows"] == 1
    assert document.meta["skip_reasons"][0]["problem"] == "amount '(250)' is not positive"


def test_ledger_with_no_usable_rows_is_refused(tmp_path):
    with pytest.raises(InputError, match="has no usable payment rows"):
        read(write(tmp_path, "payer,payee,amount\nA,,10\n"))
