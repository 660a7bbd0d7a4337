"""The rules for a body named on the counted people, claims made through "reported seizing" or
"claimed to lead", payments by a company set in a place, money that went to a receiver, and the
counts of things destroyed or bought that are no claim. Invented sentences."""


import actormap.extract.claims  # noqa: F401  (registers actormap_claims)


def _subjects(found: list[tuple], value: float) -> list[str]:
    return [s for s, v, _ in found if v == value]


# 1. a body named on the counted people owns the count


def test_named_body_on_the_dead_owns_the_count_not_the_place(claims_by_subject):
    found = claims_by_subject("The army says 31 Boko Haram fighters were killed near Bama.")
    assert _subjects(found, 31) == ["Boko Haram"]


def test_named_body_owns_the_count_whoever_says_it(claims_by_subject):
    found = claims_by_subject("Hamas said its fighters had repulsed the raid, killing 12 Fatah fighters.")
    assert ("Fatah", 12, "Hamas") in found


def test_named_body_over_a_misattached_speaker(claims_by_subject):
    found = claims_by_subject(
        'Its spokesman, Idris Kamara, said in a statement sent to reporters that Kamajor volunteers had "held the line" and killed 9 RUF fighters.'
    )
    assert _subjects(found, 9) == ["RUF"]


def test_named_body_on_a_source_is_no_claim(claims_by_subject):
    found = claims_by_subject("Two former Boko Haram commanders told the Panel that the group had regrouped.")
    assert _subjects(found, 2) == []


def test_named_body_paid_is_the_payers_claim(claims_by_subject):
    found = claims_by_subject("The notice says Karim Haddad paid 200 Hezbollah fighters in Qusayr.")
    assert "Hezbollah" not in _subjects(found, 200)


# 2. "reported seizing", "claimed to lead": the reporter is the claimant


def test_claimed_to_lead_is_claimed_by_the_subject(claims_by_subject):
    found = claims_by_subject("In a video posted in March, Bakary Sidibé claimed to lead 400 fighters.")
    assert ("Bakary Sidibé", 400, "Bakary Sidibé") in found


def test_reported_seizing_is_claimed_by_the_reporter(claims_by_subject):
    found = claims_by_subject("The 4th Infantry Battalion reported seizing 52 rifles, among them three machine guns.")
    assert ("4th Infantry Battalion", 52, "4th Infantry Battalion") in found


def test_plain_seizure_has_no_claimant_from_reporting(claims_by_subject):
    found = claims_by_subject("The 4th Infantry Battalion seized 52 rifles near the border.")
    assert all(c is None for s, v, c in found if v == 52)


# 3. payments: the payer or receiver, never the place or the dateline


def test_payer_is_the_company_before_the_place(claims_by_subject):
    found = claims_by_subject(
        "The largest payments came from Silver Harbour Trading LLC, a company registered in the free zone "
        "in Sharjah, which paid Baltic Cargo Ltd AED 5.2 million in 17 instalments."
    )
    assert _subjects(found, 5_200_000) == ["Silver Harbour Trading LLC"]
    assert _subjects(found, 17) == []  # instalments are no claim


def test_the_company_received_is_not_the_dateline(claims_by_subject):
    found = claims_by_subject(
        "SARAJEVO, 3 March 2024 - On paper, Drina Freight Ltd is a small haulier based in Zenica. According to "
        "bank records, between 2021 and 2022 the company received €3.1 million from abroad."
    )
    assert _subjects(found, 3_100_000) == ["Drina Freight Ltd"]


def test_money_that_went_to_a_company_is_the_receivers(claims_by_subject):
    found = claims_by_subject("A further $2.7 million went to Orwell Ventures Ltd, which used it to buy three villas.")
    assert _subjects(found, 2_700_000) == ["Orwell Ventures Ltd"]
    assert _subjects(found, 3) == []  # villas bought are no claim


# 5. counts of things destroyed or bought


def test_vehicles_destroyed_are_no_claim(claims_by_subject):
    found = claims_by_subject("Al-Shabaab fighters stormed the base, destroying four armoured vehicles.")
    assert _subjects(found, 4) == []


def test_measured_goods_bought_are_kept(claims_by_subject):
    found = claims_by_subject("The Sinaloa Cartel bought 3 metric tons of cocaine paste.")
    assert _subjects(found, 3) == ["Sinaloa Cartel"]


# 4. first person in interview answers: the interviewee's own unit


INTERVIEW = (
    "Interview with a former gang leader\n\n"
    "The following is a transcript of an interview with Luis Alberto Ramos, a former leader of the "
    "Northside Locos Criminales, a clique of the Barrio 18, conducted in Tegucigalpa.\n\n"
    "REPORTER: How big was your clique?\n\n"
    "RAMOS: We had 200 members. The bakeries paid us 300 lempiras a week.\n"
)


def test_we_in_an_interview_is_the_interviewees_clique(claims_by_subject):
    found = claims_by_subject(INTERVIEW)
    assert ("Northside Locos Criminales", 200, "Luis Alberto Ramos") in found
    assert ("Northside Locos Criminales", 300, "Luis Alberto Ramos") in found


def test_we_in_an_interview_is_not_the_network_above_the_clique(claims_by_subject):
    found = claims_by_subject(INTERVIEW)
    assert all(s != "Barrio 18" for s, _, _ in found)
