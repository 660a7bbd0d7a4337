"""claim_subjects.py, claim_payees.py, claim_clauses.py: whom a claim is about, on sentences written
for these tests (full pipeline). Each rule has a case it fires on and one it must leave alone."""

import pytest

from actormap.extract import extract_text


@pytest.fixture(scope="module")
def claims(nlp):
    """(subject, value, unit, qualifier, claimant) for each claim of a text, names for ids."""

    def run(text: str) -> list[tuple]:
        record = extract_text(text, "test.txt", nlp)
        names = {e["id"]: e["name"] for e in record["entities"]}
        return [
            (names[c["subject"]], c["value"], c["unit"], c["qualifier"], names.get(c["claimant"]) if c["claimant"] else None)
            for c in record["claims"]
        ]

    return run

# -- a side's own losses: the speaker's body ----------------------------------------------------------


def test_own_losses_said_by_a_spokesman_are_his_body_s(claims):
    found = claims("Maj. Didier Kaboré, a spokesman for the Burkina Faso Armed Forces, said 14 soldiers had been killed.")
    assert found == [("Burkina Faso Armed Forces", 14, "soldiers", "exact", "Didier Kaboré")]


def test_own_losses_need_a_speaker_with_a_body(claims):
    assert claims("Amina Diallo, a nurse at the district hospital, said 14 soldiers had been killed in the attack.") == []


def test_own_losses_are_soldiers_not_civilians(claims):
    text = "Maj. Didier Kaboré, a spokesman for the Burkina Faso Armed Forces, said 30 civilians had been killed."
    assert claims(text) == []


# -- the body counted people belong to ------------------------------------------------------------


def test_personnel_of_a_body_are_the_body_s(claims):
    found = claims("Diplomats say about 300 personnel of the Wagner Group are stationed near the mines.")
    assert found == [("Wagner Group", 300, "personnel", "about", None)]


def test_machines_named_by_their_body_act_for_it(claims):
    found = claims('Col. Adamu Bello said Army aircraft had bombed the camp, killing "at least 35 civilians."')
    assert found == [("Army", 35, "civilians", "at least", "Adamu Bello")]


# -- active estimates: "X estimates Y at N" -------------------------------------------------------


def test_active_estimate_of_a_body_named_by_relative_pronoun(claims):
    found = claims("Hassan Kamara heads the Kivu Liberation Front, which the Group of Experts estimates at about 900 fighters.")
    assert found == [("Kivu Liberation Front", 900, "fighters", "about", "Group of Experts")]


def test_active_estimate_of_the_group_s_income_is_not_the_estimator_s(claims):
    text = (
        "The Kivu Liberation Front taxes every canoe on the lake. "
        "The Group of Experts estimates the group's monthly income at about $40,000."
    )
    assert claims(text) == [("Kivu Liberation Front", 40000, "USD a month", "about", "Group of Experts")]


def test_active_estimate_of_an_ownerless_toll_is_nobody_s(claims):
    assert claims("The UN Mission put the number of displaced at more than 15,000.") == []


# -- relative clauses -----------------------------------------------------------------------------


def test_relative_clause_reported_by_a_source(claims):
    found = claims("Las Sombras, which the DEA estimates has about 3,000 members, controls the port.")
    assert found == [("Las Sombras", 3000, "members", "about", "DEA")]


def test_which_is_never_the_person_just_before_it(claims):
    text = "Golden Delta Ltd., a trading firm run by Omar Sidibe, which has bought at least 4 tonnes of gold since 2021."
    assert [c[:2] for c in claims(text)] == [("Golden Delta Ltd.", 4)]


def test_who_is_still_the_person(claims):
    found = claims("Omar Sidibe, a trader, who has bought at least 4 tonnes of gold since 2021, lives in Bamako.")
    assert [c[:2] for c in found] == [("Omar Sidibe", 4)]


def test_a_conjunct_in_the_tense_of_the_relative_clause_shares_its_subject(claims):
    text = "The Treasury designated Pedro Alvarado, who leads a cell of the Norte cartel, and is responsible for at least 20 murders."
    assert claims(text) == [("Pedro Alvarado", 20, "murders", "at least", None)]


def test_a_conjunct_in_the_tense_of_its_head_keeps_the_head_s_subject(claims):
    found = claims("Hezbollah, which runs a clinic in Tyre, recruited 300 fighters and paid $50,000 to their families.")
    assert [c[:2] for c in found] == [("Hezbollah", 300), ("Hezbollah", 50000)]


# -- parser repairs -------------------------------------------------------------------------------


def test_a_holding_verb_tagged_as_a_noun_after_a_name(claims):
    text = (
        "Kalahari Minerals controls, directly or through partners, up to 9 mine sites in the north, according to "
        "Global Witness, which estimates that the company sold more than $20 million worth of gold last year."
    )
    assert claims(text) == [
        ("Kalahari Minerals", 9, "mine sites", "up to", "Global Witness"),
        ("Kalahari Minerals", 20000000, "USD", "more than", "Global Witness"),
    ]


def test_the_group_in_a_source_s_words_is_not_the_source(claims):
    text = (
        "Hezbollah controls the crossing, according to Global Witness, which says that the group earns $2 million a month."
    )
    assert ("Hezbollah", 2000000, "USD a month", "exact", "Global Witness") in claims(text)


def test_accused_of_killing_after_a_misparsed_coordination(claims):
    found = claims("UN investigators have accused the Rapid Support Forces and allied militias of killing hundreds of civilians.")
    assert found == [("Rapid Support Forces", 200, "civilians", "more than", "UN")]


# -- rewards --------------------------------------------------------------------------------------


def test_a_reward_is_about_whom_it_is_offered_for(claims):
    text = "The State Department is offering a reward of up to $10 million for information leading to the capture of Pedro Alvarado."
    assert claims(text) == [("Pedro Alvarado", 10000000, "USD", "up to", "State Department")]


def test_a_reward_for_no_one_named_is_the_offerer_s_own(claims):
    found = claims("Governor Samuel Okoro has offered a reward of 2 million naira for information on the gunmen.")
    assert found == [("Samuel Okoro", 2000000, "NGN", "exact", "Samuel Okoro")]


# -- not claims -----------------------------------------------------------------------------------


def test_counts_on_a_sanctions_list_are_no_claim(claims):
    assert claims("The Treasury sanctioned six individuals and two entities linked to the Norte cartel.") == []


def test_a_freeze_is_still_a_claim(claims):
    found = claims("The Financial Analysis Unit has frozen 37 bank accounts linked to the Norte cartel.")
    assert [c[:2] for c in found] == [("Financial Analysis Unit", 37)]


def test_someone_s_family_is_no_claim(claims):
    assert claims("Amina Diallo said she had walked for three days with her four children.") == []


def test_an_agency_named_only_in_the_dateline_is_not_it(claims):
    text = "NIAMEY, Niger (Sahel Press) - The new militia is growing fast. It claims nearly 600 gunmen, a local official said."
    assert claims(text) == []


def test_own_losses_counted_by_a_rights_group_are_not_its_own(claims):
    text = "Dr. Anna Berg, a spokeswoman for Doctors Without Borders, said 4 soldiers had died in the clinic."
    assert claims(text) == []


def test_people_killed_in_a_village_of_a_named_place(claims):
    found = claims("A humanitarian worker said at least 50 civilians had been killed in the village of Bourro.")
    assert found == [("Bourro", 50, "civilians", "at least", None)]
