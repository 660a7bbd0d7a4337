"""claim_flows.py and the subject rules around it: money held in someone's accounts, money that
moved through a body, a named unit as subject, "he" for a speaker named in apposition."""


import actormap.extract.claims  # noqa: F401  (registers actormap_claims)


def test_frozen_money_is_the_account_holders(claims_by_subject):
    found = claims_by_subject("The Financial Crimes Unit said it had frozen 40 million pesos in accounts linked to Julio Baranca.")
    assert ("Julio Baranca", 40_000_000, "Financial Crimes Unit") in found
    assert all(subject != "Financial Crimes Unit" for subject, *_ in found)


def test_seized_assets_belonging_to_a_person(claims_by_subject):
    found = claims_by_subject("The Anti-Fraud Police Unit said a court seized about $3 million in assets belonging to Julio Baranca.")
    assert ("Julio Baranca", 3_000_000) in [(s, v) for s, v, _ in found]


def test_frozen_money_with_no_holder_stays_the_freezers(claims_by_subject):
    found = claims_by_subject("The Financial Crimes Unit has frozen 40 million pesos this year.")
    assert [(s, v) for s, v, _ in found] == [("Financial Crimes Unit", 40_000_000)]


def test_money_passing_through_a_company(claims_by_subject):
    found = claims_by_subject("Bank records show more than $12 million passing through Blue Reef Trading since 2021.")
    assert [(s, v) for s, v, _ in found] == [("Blue Reef Trading", 12_000_000)]


def test_money_paid_from_one_body_to_another_is_the_payers(claims_by_subject):
    found = claims_by_subject('The ledgers record a "security fee" of $50,000 paid each month from Blue Reef Trading to the Delta Brigade.')
    assert [(s, v) for s, v, _ in found] == [("Blue Reef Trading", 50_000)]


def test_money_sent_from_a_place_is_no_flow_party(claims_by_subject):
    found = claims_by_subject("Blue Reef Trading received $50,000 sent from Dubai.")
    assert [(s, v) for s, v, _ in found] == [("Blue Reef Trading", 50_000)]


def test_he_is_the_speaker_named_in_apposition(claims_by_subject):
    found = claims_by_subject('A shopkeeper who gave only his first name, Rahimullah, said he had paid the TTP 50,000 rupees in "protection".')
    assert ("Rahimullah", 50_000, "Rahimullah") in found


def test_a_thing_a_brigade_is_named_after_is_not_the_brigade(claims_by_subject):
    text = "The Refinery Guards Brigade controls the plant. A spokesman said the refinery processes about 120,000 barrels a day."
    assert all(subject != "Refinery Guards Brigade" or value != 120_000 for subject, value, _ in claims_by_subject(text))


def test_money_held_in_accounts_linked_to_someone_is_theirs(claims):
    found = claims("In May, the European Union froze €340,000 held in two bank accounts linked to Omari Kanyama.")
    assert ("Omari Kanyama", 340000, "EUR") in [c[:3] for c in found]


def test_money_held_in_an_account_of_nobody_named_is_not_the_account_s(claims):
    assert claims("The bank froze $40,000 held in an account at its Nairobi branch.") == []


def test_money_what_was_frozen_holds_is_the_holders(claims_by_subject):
    found = claims_by_subject("Authorities in Penang have frozen bank accounts linked to Lim Wei Seng holding RM 12 million.")
    assert [(s, v) for s, v, _ in found] == [("Lim Wei Seng", 12_000_000)]


def test_money_what_was_seized_is_worth_is_the_owners(claims_by_subject):
    found = claims_by_subject("Police in Chiang Mai seized assets belonging to Prasert Wongsakul worth 85 million baht.")
    assert [(s, v) for s, v, _ in found] == [("Prasert Wongsakul", 85_000_000)]


def test_money_seized_from_nobody_named_is_no_holders(claims_by_subject):
    found = claims_by_subject("The Anti-Fraud Police Unit seized assets worth 85 million baht last year.")
    assert [(s, v) for s, v, _ in found] == [("Anti-Fraud Police Unit", 85_000_000)]


def test_who_blocked_a_holder_s_money_claims_the_sum(claims):
    found = claims("OFAC blocked approximately $2.7 million held in U.S. accounts belonging to Costa Azul Logistics.")
    assert found == [("Costa Azul Logistics", 2_700_000, "USD", "about", "OFAC")]
