from actormap.extract.patterns import gazetteer
from actormap.model import load_nouns


def test_nouns_declare_the_record_types():
    nouns = load_nouns()
    assert set(nouns.entity_types) == {"person", "organization", "location", "group"}
    assert set(nouns.relation_types) == {"funds", "commands", "member_of", "family", "located_in", "opposes", "allied_with"}
    assert {name for name, r in nouns.relation_types.items() if r.symmetric} == {"family", "opposes", "allied_with"}


def test_nouns_map_spacy_labels_and_units():
    nouns = load_nouns()
    assert nouns.entity_type_for_label("GPE") == "location"
    assert nouns.entity_type_for_label("DATE") is None
    assert nouns.unit_class("USD") == "money"
    assert nouns.unit_class("former soldiers") == "people"


def test_nouns_gazetteer_loads_without_conflicts():
    entries = gazetteer()
    assert any(e.canonical == "Hezbollah" and "Hizballah" in e.spellings for e in entries)
