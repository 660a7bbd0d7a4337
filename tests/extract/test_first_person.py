from tests.extract.test_relations import relations

INTERVIEW = """Interview notes, Mosul, 4 May

Interviewee: Haidar Salim al-Jabouri, 44, logistics officer of the Karama Brigade.

Q: Where is the brigade based?
A: Our headquarters is in Tal Afar. We compete with Saraya al-Salam for the checkpoints on the road to Sinjar.

Q: Who pays?
A: The Quds Force gives us money for the drones. My brother Kamal al-Jabouri drives the trucks.
"""


def test_first_person_plural_in_answers_is_the_interviewees_body(extract):
    found = relations(extract(INTERVIEW))
    assert ("member_of", "Haidar Salim al-Jabouri", "Karama Brigade") in found
    assert ("located_in", "Karama Brigade", "Tal Afar") in found
    assert ("opposes", "Karama Brigade", "Saraya al-Salam") in found
    assert ("funds", "Quds Force", "Karama Brigade") in found


def test_first_person_singular_in_answers_is_the_interviewee(extract):
    found = relations(extract(INTERVIEW))
    assert ("family", "Haidar Salim al-Jabouri", "Kamal al-Jabouri") in found


def test_first_person_in_a_quote_is_its_speaker(extract):
    record = extract(
        "Omar Bashir, a commander of the Sudan Liberation Army, met reporters in Tawila. "
        "\"We are fighting the Rapid Support Forces every day,\" Bashir said."
    )
    assert ("opposes", "Rapid Support Forces", "Sudan Liberation Army") in relations(record)


def test_we_outside_any_voice_states_nothing(extract):
    record = extract("We are fighting the Rapid Support Forces, the editorial said. The Sudan Liberation Army agreed.")
    assert not any(r[0] == "opposes" for r in relations(record))
