from tests.conftest import entity_named

NOTICE = """NOTICE OF DESIGNATION

The Office today designated Hassan Nabil Saad, a money changer based in Sidon, and his brother Karim Saad.

IDENTIFYING INFORMATION

1. SAAD, Hassan Nabil (a.k.a. "ABU NABIL"); DOB 02 Jan 1970; POB Sidon, Lebanon.
2. SAAD, Karim Nabil; DOB 05 May 1975; nationality Lebanon. Linked to: SAAD, Hassan Nabil.
"""


def test_listings_surname_first_names_join_the_person_named_in_the_text(extract):
    record = extract(NOTICE)
    hassan = entity_named(record, "Hassan Nabil Saad")
    karim = entity_named(record, "Karim Saad")
    assert hassan is not None and "SAAD, Hassan Nabil" in hassan["aliases"] and "ABU NABIL" in hassan["aliases"]
    assert karim is not None and "SAAD, Karim Nabil" in karim["aliases"]
    people = [e["name"] for e in record["entities"] if e["type"] == "person"]
    assert sorted(people) == ["Hassan Nabil Saad", "Karim Saad"]


def test_listings_a_dateline_is_not_a_listed_name(extract):
    record = extract("SWEIDA, Syria (Levant Press) - Druze leaders in Sweida are divided, officials said.")
    assert entity_named(record, "Syria") is not None
