"""claims.py: numbers asserted about actors, with unit, hedge and claimant (full pipeline)."""

import pytest

import actormap.extract.claims  # noqa: F401  (registers actormap_claims)
from actormap.extract import extract_text
from tests.conftest import SHARED


@pytest.fixture(scope="module")
def records(nlp):
    return lambda text: extract_text(text, "test.txt", nlp)


# -- what is found ---------------------------------------------------------------------------------


def test_claims_seed_sentence_both_troop_claims_with_elided_unit(claims):
    found = claims("Kamal Hassan claims control of 12,000 fighters, while Rami Makhlouf claims control of at least 54,000.")
    assert found == [
        ("Kamal Hassan", 12000, "fighters", "exact", "Kamal Hassan"),
        ("Rami Makhlouf", 54000, "fighters", "at least", "Rami Makhlouf"),
    ]


def test_claims_number_words_and_sites(claims):
    assert claims("Hamas controls forty-eight sites in Gaza.") == [("Hamas", 48, "sites", "exact", None)]


def test_claims_money_becomes_a_currency_code(claims):
    found = claims("The Rapid Support Forces earn an estimated $1.5m a month from gold.")
    assert found == [("Rapid Support Forces", 1500000, "USD a month", "about", None)]


def test_claims_currency_word_with_country_adjective(claims):
    found = claims("The Sudanese Armed Forces paid 2 billion Sudanese pounds to the brigades.")
    assert found == [("Sudanese Armed Forces", 2000000000, "SDG", "exact", None)]


def test_claims_range_is_one_claim_with_its_top_in_value_max(records):
    (claim,) = records("Hezbollah pays its recruits between $20 and $30 a month.")["claims"]
    assert (claim["value"], claim["value_max"], claim["unit"], claim["unit_class"]) == (20, 30, "USD a month", "money")


def test_claims_vague_amounts_use_the_table(claims):
    found = claims("The Wagner Group sent thousands of fighters to Mali and tens of thousands of dollars to local chiefs.")
    assert found == [
        ("Wagner Group", 2000, "fighters", "more than", None),  # "thousands" are at least two thousand
        ("Wagner Group", 20000, "USD", "more than", None),
    ]


@pytest.mark.parametrize(
    "hedge, qualifier",
    [("at least", "at least"), ("more than", "more than"), ("about", "about"), ("up to", "up to"), ("nearly", "up to")],
)
def test_claims_each_hedge_is_kept(claims, hedge, qualifier):
    ((_, value, _, got, _),) = claims(f"Hezbollah has {hedge} 3,000 fighters in the south.")
    assert (value, got) == (3000, qualifier)


def test_claims_possessor_is_the_subject(claims):
    assert claims("Hezbollah's 5,000 fighters are deployed along the border.") == [("Hezbollah", 5000, "fighters", "exact", None)]


def test_claims_with_phrase_names_the_subject(claims):
    assert claims("Al-Shabaab, with 7,000 fighters, controls the south.")[0][:2] == ("Al-Shabaab", 7000)


def test_claims_relative_clause_subject(claims):
    found = claims("Maher al-Assad, who still controls thousands of former soldiers, lives in Moscow.")
    assert found == [("Maher al-Assad", 2000, "former soldiers", "more than", None)]


def test_claims_coordinated_subjects_each_get_the_claim(claims):
    found = claims("Kamal Hassan and Rami Makhlouf are vying for control of a network of 14 underground command rooms.")
    assert [(s, v) for s, v, *_ in found] == [("Kamal Hassan", 14), ("Rami Makhlouf", 14)]


def test_claims_members_named_by_their_organization_act_for_it(claims):
    found = claims("Al-Shabaab militants are collecting as much as $11 million a month in levies.")
    assert found == [("Al-Shabaab", 11000000, "USD a month", "up to", None)]


def test_claims_the_group_is_the_organization_named_before(claims):
    found = claims("Hezbollah opened a new office in Beirut. The group earns up to $1.2 million a month from it.")
    assert found == [("Hezbollah", 1200000, "USD a month", "up to", None)]


def test_claims_they_after_two_people_named_together(claims):
    found = claims(
        "Police arrested Kamal Hassan and Rami Makhlouf in Tucson. They recruited at least 40 straw purchasers."
    )
    assert found == [("Kamal Hassan", 40, "straw purchasers", "at least", None)]


def test_claims_including_belongs_to_the_listed_noun(claims):
    found = claims("Hamas acquired more than 650 rifles, including 31 sniper rifles.")
    assert [(s, v) for s, v, *_ in found] == [("Hamas", 650), ("Hamas", 31)]


def test_claims_supplied_with_is_what_was_given(claims):
    found = claims("Iran has supplied Hezbollah with weapons worth up to $300 million.")
    assert found == [("Iran", 300000000, "USD", "up to", None)]


def test_claims_partitive_belongs_to_the_clause_subject(claims):
    found = claims("Hezbollah has poached at least two of Kamal Hassan's battalion commanders this year.")
    assert [(s, v) for s, v, *_ in found] == [("Hezbollah", 2)]


def test_claims_members_of_an_organization_killed(claims):
    assert claims("More than 300 members of Hezbollah were killed in the strikes.")[0][:2] == ("Hezbollah", 300)


def test_claims_his_at_the_start_of_a_sentence_is_no_name(claims):
    found = claims("Kamal Hassan leads Hezbollah. His 3,000 fighters are in the south.")
    assert [(s, v) for s, v, *_ in found] == [("Hezbollah", 3000)]  # a commander's fighters are his body's


def test_claims_a_commanders_men_are_his_bodys(claims):
    found = claims("Kamal Hassan, the commander of Hezbollah, said 37 of his men were killed.")
    assert found == [("Hezbollah", 37, "men", "exact", "Kamal Hassan")]


def test_claims_a_persons_own_fighters_stay_his_without_a_body_he_commands(claims):
    assert claims("Rami Makhlouf's 5,000 fighters are in the south.")[0][:2] == ("Rami Makhlouf", 5000)


def test_claims_it_after_an_unnamed_unit_led_by_someone_is_its_commander(claims):
    found = claims(
        "Security is run by a Hezbollah battalion commanded by Kamal Hassan. "
        "According to two former members, it numbers about 600 fighters."
    )
    assert found == [("Kamal Hassan", 600, "fighters", "about", None)]


def test_claims_it_after_a_body_named_in_its_own_sentence_is_that_body(claims):
    found = claims("A unit led by Kamal Hassan arrived in Tyre. Hezbollah grew fast; it now has 300 fighters.")
    assert [(s, v) for s, v, *_ in found] == [("Hezbollah", 300)]


def test_claims_relative_clause_with_its_own_subject_names_the_owner(claims):
    found = claims("Reuters says the 2,000 rifles Hamas bought last year came from Libya.")
    assert [(s, v, c) for s, v, _, _, c in found] == [("Hamas", 2000, "Reuters")]


def test_claims_a_noun_named_after_it_is_that_actor(claims):
    found = claims("A businessman named Rami Makhlouf transferred $5 million to Hezbollah.")
    assert found == [("Rami Makhlouf", 5000000, "USD", "exact", None)]


def test_claims_a_participle_the_parser_made_a_verb_still_belongs_to_the_object(claims):
    found = claims("Reuters estimated that Hezbollah had lost more than 1,900 men killed or wounded since January.")
    assert found == [("Hezbollah", 1900, "men killed or wounded", "more than", "Reuters")]


def test_claims_the_group_skips_a_name_inside_an_adjective(claims):
    found = claims(
        "Al-Shabaab runs the port. The al Qaeda-linked group taxes every truck. The group earns $5 million a month."
    )
    assert [(s, v) for s, v, *_ in found] == [("Al-Shabaab", 5000000)]


def test_claims_the_group_in_a_spokesmans_words_is_his_body(claims):
    found = claims(
        "Hamas shelled the town. Hezbollah's commander in the south, Ali Haidar, told Reuters the group had 2,000 fighters."
    )
    assert found == [("Hezbollah", 2000, "fighters", "exact", "Ali Haidar")]


def test_claims_an_estimate_said_of_a_noun_counts_that_noun(claims):
    found = claims("Kamal Hassan's fighters, estimated at 1,500, move between camps in the hills.")
    assert found == [("Kamal Hassan", 1500, "fighters", "about", None)]


def test_claims_an_estimate_with_its_own_unit_belongs_to_the_nouns_owner(claims):
    found = claims("Hezbollah's arsenal, estimated at 150,000 rockets, worries Israel.")
    assert found == [("Hezbollah", 150000, "rockets", "about", None)]


def test_claims_an_estimate_by_someone_is_their_claim(claims):
    found = claims("Hezbollah's fighters are estimated at 5,000 by the UN.")
    assert found == [("Hezbollah", 5000, "fighters", "about", "UN")]


def test_claims_an_estimate_of_nobodys_noun_is_no_claim(claims):
    assert claims("The death toll is estimated at 300.") == []


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 fighters loyal to Kamal Hassan remain in the hills.",
        "Some 3,000 fighters led by Kamal Hassan attacked the base.",
    ],
)
def test_claims_people_loyal_to_or_led_by_someone_are_theirs(claims, text):
    assert [(s, v, u) for s, v, u, _, _ in claims(text)] == [("Kamal Hassan", 3000, "fighters")]


def test_claims_a_strength_is_a_count_of_people(claims):
    found = claims("The militia, a 2,000-strong force led by Kamal Hassan, took the town.")
    assert found == [("Kamal Hassan", 2000, "strong force", "exact", None)]


# -- rates and units as written ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Hezbollah charges every shop $250 a month.", "USD a month per shop"),  # "every" payer or payee
        ("Hamas pays its fighters $6 for each kilogram of cement moved.", "USD per kilogram of cement"),
        ("The Wagner Group offers $2,000 per recruit.", "USD per recruit"),
        ("Hezbollah made monthly payments of $400 to the families.", "USD a month"),  # the period on the noun
        ("Hamas smuggles 500 barrels of diesel a day.", "barrels of diesel a day"),  # a count's rate
        ("Hezbollah lost 40 fighters killed in the strikes.", "fighters killed"),  # what happened to them
        ("Hamas bought 31 .50-caliber rifles.", ".50-caliber rifles"),  # a calibre is part of the unit
    ],
)
def test_claims_rates_and_units_are_kept_as_written(claims, text, unit):
    ((_, _, got, _, _),) = claims(text)
    assert got == unit


def test_claims_the_calibre_is_not_the_count(claims):
    ((_, value, *_),) = claims("Hamas bought 31 .50-caliber rifles.")
    assert value == 31


def test_claims_a_rate_unit_keeps_the_money_class(records):
    (claim,) = records("Hezbollah charges every shop $250 a month.")["claims"]
    assert claim["unit_class"] == "money"


@pytest.mark.parametrize(
    "text, currency",
    [
        ("Haitian police say Jean Dupont moved at least 18 million gourdes to the gang.", "HTG"),
        ("Mexican prosecutors say the Sinaloa Cartel spent 45 million pesos on rifles.", "MXN"),
    ],
)
def test_claims_currency_words_follow_the_country(claims, text, currency):
    assert [u for _, _, u, _, _ in claims(text)] == [currency]


# -- payments nobody in particular makes ---------------------------------------------------------------


def test_claims_a_payment_by_nobody_in_particular_is_about_the_payee(claims):
    found = claims("Every trader pays Hezbollah $20 a month.")
    assert found == [("Hezbollah", 20, "USD a month per trader", "exact", None)]


def test_claims_a_levy_with_no_payee_named_is_the_main_bodys(claims):
    found = claims("Hezbollah controls the market in Tyre. Hezbollah runs the port too. Every trader pays $20 a month.")
    assert found == [("Hezbollah", 20, "USD a month per trader", "exact", None)]


def test_claims_an_offer_to_recruits_with_no_one_offering_is_the_main_bodys(claims):
    found = claims("Hezbollah recruits in the south. Hezbollah also trains them. Recruits are offered $500 on signing.")
    assert found == [("Hezbollah", 500, "USD per recruit on signing", "exact", None)]


def test_claims_an_unnamed_speakers_payment_is_about_the_payee(claims):
    assert claims("“We paid 300 dollars to Hezbollah,” a trader said.") == [("Hezbollah", 300, "USD", "exact", None)]


def test_claims_each_payee_of_a_gapped_payment_gets_its_own_amount(claims):
    found = claims("A shopkeeper said he paid a guard $50 and Hezbollah $300.")
    assert [(s, v) for s, v, *_ in found] == [("Hezbollah", 300)]  # "a guard" is nobody the record names


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah runs Tyre. Hezbollah controls the port. Donors gave $5 million last year.",  # a gift
        "Hezbollah runs Tyre. Hezbollah controls the port. Families said they paid $300 in bribes.",  # no rate
        "Hezbollah runs Tyre. Hezbollah controls the port. Residents pay $5 a month for water.",  # a purchase
        "Importers pay the customs office $300 per container.",  # a payee the record does not name
    ],
)
def test_claims_payments_that_are_no_levy_of_an_actor_are_not_claims(claims, text):
    assert claims(text) == []


# -- percentages -----------------------------------------------------------------------------------------


def test_claims_a_levied_percentage_is_a_claim_about_who_takes_it(claims):
    found = claims("Traders pay Hezbollah 5 percent of their profits, Kamal Hassan said.")
    assert found == [("Hezbollah", 5, "percent of profits", "exact", "Kamal Hassan")]


def test_claims_a_percentage_taken_is_a_claim(claims):
    assert claims("Hezbollah takes 10% of every shipment.")[0][:3] == ("Hezbollah", 10, "percent of shipment")


def test_claims_a_share_won_is_not_a_claim(claims):
    assert claims("Hezbollah won 30 percent of the seats in Tyre.") == []


def test_claims_a_share_held_is_the_holder_s_claim(claims):
    # territory or shares held are asserted about the holder (the blind6 gold counts them)
    assert claims("Hamas controls 40 percent of the border.") == [("Hamas", 40, "percent of border", "exact", None)]


# -- the accused, the people counted and where they were ----------------------------------------------


def test_claims_the_accused_is_the_subject_and_the_accuser_the_claimant(claims):
    found = claims("Kamal Hassan, whom Hezbollah accuses of hiding 2,000 rifles, lives in Moscow.")
    assert found == [("Kamal Hassan", 2000, "rifles", "exact", "Hezbollah")]


def test_claims_people_the_number_counts_are_the_subject(claims):
    found = claims("More than 40,000 Alawites fled to Lebanon, Hezbollah said.")
    assert found == [("Alawites", 40000, "Alawites", "more than", "Hezbollah")]


def test_claims_people_who_died_in_custody_are_the_holders_claim(claims):
    found = claims("At least 57 prisoners died in Hezbollah custody last year, Reuters said.")
    assert found == [("Hezbollah", 57, "prisoners", "at least", "Reuters")]


def test_claims_people_living_somewhere_are_the_places_claim(claims):
    assert claims("About 3,000 miners still live in Aleppo.") == [("Aleppo", 3000, "miners", "about", None)]


def test_claims_a_count_of_the_dead_somewhere_is_the_places_and_the_counters_claim(claims):
    assert claims("Reuters counted 300 people killed in Aleppo.") == [("Aleppo", 300, "people killed", "exact", "Reuters")]


# -- claimants -----------------------------------------------------------------------------------


def test_claims_claimant_of_said(claims):
    found = claims("Hamas holds about 100 hostages, Hezbollah said.")
    assert found == [("Hamas", 100, "hostages", "about", "Hezbollah")]


def test_claims_claimant_of_according_to(claims):
    found = claims("Hezbollah paid its fighters $6 million last year, according to Reuters.")
    assert found == [("Hezbollah", 6000000, "USD", "exact", "Reuters")]


def test_claims_claimant_of_estimated(claims):
    found = claims("Reuters estimated that Hezbollah controls more than 3,000 fighters in the south.")
    assert found == [("Hezbollah", 3000, "fighters", "more than", "Reuters")]


def test_claims_pronoun_in_reported_speech_is_the_speaker(claims):
    found = claims("Hezbollah says it now has about 1,800 fighters in the city.")
    assert found == [("Hezbollah", 1800, "fighters", "about", "Hezbollah")]


def test_claims_outer_speaker_is_the_claimant_of_a_self_claim(claims):
    found = claims("Hamas runs the camps. It claims nearly 400 gunmen, Kamal Hassan said.")
    assert found == [("Hamas", 400, "gunmen", "up to", "Kamal Hassan")]


def test_claims_no_attribution_means_no_claimant(claims):
    assert claims("Hamas holds 100 hostages.")[0][4] is None


def test_claims_claimant_of_told(claims):
    assert claims("Hamas holds 100 hostages, Kamal Hassan told Reuters.")[0][4] == "Kamal Hassan"


def test_claims_claimant_of_a_report_by(claims):
    found = claims("According to a report by Reuters, Hezbollah has 3,000 fighters.")
    assert found == [("Hezbollah", 3000, "fighters", "exact", "Reuters")]


def test_claims_claimant_among_coordinated_sources(claims):
    found = claims("Hezbollah has 3,000 fighters, according to three officials and an assessment by Reuters.")
    assert found[0][4] == "Reuters"


def test_claims_it_says_continues_the_document_of_the_sentence_before(claims):
    found = claims(
        "Hezbollah runs the port, the Reuters assessment says. It says Hezbollah keeps about 300 tax collectors."
    )
    assert found == [("Hezbollah", 300, "tax collectors", "about", "Reuters")]


def test_claims_the_report_is_the_body_whose_name_heads_it(claims):
    found = claims(
        "Amnesty International - Report No. 4\n\nHezbollah killed at least 40 civilians in the raids, the report finds."
    )
    assert found == [("Hezbollah", 40, "civilians", "at least", "Amnesty International")]


def test_claims_the_report_is_nobody_under_a_headline(claims):
    found = claims(
        "Hezbollah's war chest\n\nHezbollah killed at least 40 civilians in the raids, the report finds."
    )
    assert found == [("Hezbollah", 40, "civilians", "at least", None)]


def test_claims_speaker_turn_of_a_transcript_is_the_claimant(claims):
    text = (
        "WITNESSES: Kamal Hassan, commander of Hezbollah\n\n"
        "SEN. SMITH: How many?\n\n"
        "MR. HASSAN: Hamas has 5,000 fighters in the south."
    )
    assert claims(text) == [("Hamas", 5000, "fighters", "exact", "Kamal Hassan")]


def test_claims_we_in_an_interviewees_answer_is_the_interviewees_body(claims):
    text = (
        "Interviewee: Kamal Hassan, finance officer of Hezbollah.\n\n"
        "Q: How many men?\n"
        "A: We have 3,000 fighters on the payroll."
    )
    assert claims(text) == [("Hezbollah", 3000, "fighters", "exact", "Kamal Hassan")]


def test_claims_we_in_a_quotation_is_the_speakers_body(claims):
    found = claims(
        "“We have 3,000 fighters in the south. We will not leave,” said Kamal Hassan, the commander of Hezbollah."
    )
    assert found == [("Hezbollah", 3000, "fighters", "exact", "Kamal Hassan")]


def test_claims_a_line_with_a_colon_is_no_speaker_turn(claims):
    found = claims("Hezbollah moved its fighters north. In Tyre, Kamal Hassan met them: Hezbollah has 3,000 fighters there.")
    assert [c for *_, c in found] == [None]


# -- not claims ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2020, Hezbollah opened an office in Beirut.",  # a date
        "On March 4, Hamas closed the crossing.",  # a date
        "Hassan Nasrallah, 52, leads Hezbollah.",  # an age
        "Hezbollah hired a 61-year-old trader.",  # an age
        "Hezbollah has held the town for nine years.",  # a duration
        "Hamas closed the crossing for the second time.",  # an ordinal
        "Brigade 166 moved to the port.",  # a number in a name
        "Hezbollah rents Building 14 on Hamra Street.",  # an address
        "Hezbollah's office is at 40 Wharf Road, Beirut.",  # an address
        "Call Hezbollah on 300 555 0142.",  # a phone number
        "Hamas won 60 percent of the vote.",  # a share
    ],
)
def test_claims_dates_ages_durations_ordinals_names_addresses_are_not_claims(claims, text):
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes killed 40 people.",  # nobody the number is about, and no place
        "Reuters interviewed 48 people in Beirut.",  # a reporter's own count
        "The Assad loyalists are sending millions of dollars to the coast.",  # "Assad loyalists" are not Assad
        "Hezbollah did not pay the 500 fighters.",  # negated
        "“They gave us two choices,” Kamal Hassan said of Hamas.",  # a pronoun inside a quote
        "The army says it has seized 12 million pills from Hezbollah.",  # "it" is the unnamed army
        "Hezbollah said the report was based on 64 interviews.",  # a source count
        "Hamas closed the road, according to three former members of Hezbollah.",  # sources
        "Hezbollah checked the ledger against statements from two bankers.",  # sources
        "Kamal Hassan met Hamas leaders. A trader said he paid a guard 20,000 dollars.",  # "he" is the trader
        "Hezbollah passes the money to two other groups.",  # a count of others
        "Hamas opens ten new tunnels for every one that Israel destroys.",  # a ratio
        "“We have 3,000 fighters in the hills,” a commander said.",  # "we" of an unnamed speaker
        "Hamas opened an office. The broker said they charge $300 per truck.",  # "they" is not the broker
    ],
)
def test_claims_numbers_without_a_clear_subject_are_not_claims(rule_claims, text):
    assert rule_claims(text) == []


# -- the seed example ------------------------------------------------------------------------------


@pytest.mark.skipif(not (SHARED / "examples").is_dir(), reason="../shared/examples is not beside this checkout")
def test_claims_seed_example_troop_claims(claims):
    text = (SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    found = {(s, v): (u, q, c) for s, v, u, q, c in claims(text)}
    assert found[("Kamal Hassan", 12000)] == ("fighters", "exact", "Kamal Hassan")
    assert found[("Rami Makhlouf", 54000)] == ("fighters", "at least", "Rami Makhlouf")


def test_a_possessor_inside_a_partitive_is_not_part_of_the_unit(claims):
    text = "The Rapid Support Forces said on Friday that they had killed more than 400 of the group's fighters."
    assert all(unit == "fighters" for _, value, unit, *_ in claims(text) if value == 400)


@pytest.mark.parametrize(
    "text", ["The Houthis recruited 40 children, some as young as 13, in Dhamar.", "The militia recruited 40 boys aged 15 in Dhamar."]
)
def test_claims_an_age_said_as_young_as_or_aged_is_no_claim(claims, text):
    assert all(value == 40 for _, value, *_ in claims(text))


def test_a_day_of_the_month_before_a_noun_is_no_count(claims):
    assert claims("Gen. Issa Tirab of the Rapid Support Forces personally directed the 9 May attack on Um Hashaba.") == []


def test_the_real_figure_after_a_count_is_a_rival_figure_for_it(claims):
    text = ("In an audio message, Juma Twaha claimed to command 2,500 fighters. The defence minister, "
            "Ana Macuácua, says the real figure is fewer than 300.")
    assert claims(text) == [("Juma Twaha", 2500, "fighters", "exact", "Juma Twaha"),
                            ("Juma Twaha", 300, "fighters", "less than", "Ana Macuácua")]


def test_another_source_s_estimate_of_the_same_count_is_about_the_same_actor(rule_claims):
    text = ("The Ministry of Defence said in February that the Ansar Brigade had fewer than 300 fighters. "
            "The Coastal Institute's own estimate, based on interviews with defectors, is between 800 and 1,200 fighters.")
    assert ("Ansar Brigade", 800, "fighters", "exact", "Coastal Institute") in rule_claims(text)


def test_a_figure_estimated_as_it_after_a_rival_figure_is_the_same_actor_s(claims):
    text = ("A spokesman for the Tibesti Front, Abakar Tidjani, said the movement has about 4,500 fighters. "
            "Chad's defence ministry put the number at no more than 1,200, while Marit Hoekstra, a researcher "
            "at the Clingendael Institute, estimated it at between 2,000 and 3,000.")
    found = [(c[0], c[1], c[4]) for c in claims(text)]
    assert ("Tibesti Front", 2000, "Marit Hoekstra") in found
    assert ("Tibesti Front", 1200, "Chad's defence ministry") in found
    assert all(c[0] != "Clingendael Institute" for c in found)


def test_a_body_that_speaks_of_the_group_speaks_of_another(rule_claims):
    text = ("How big is the Cártel de la Sierra Sur? Mexico's Defence Ministry told Congress last year that the group "
            "has around 7,000 members. My own estimate, from payroll notebooks, is between 3,000 and 4,500 people "
            "on a regular salary.")
    found = [(c[0], c[1]) for c in rule_claims(text)]
    assert ("Cártel de la Sierra Sur", 7000) in found and ("Cártel de la Sierra Sur", 3000) in found
    assert all(subject != "Defence Ministry" for subject, _ in found)


def test_a_body_split_into_modifiers_that_estimates_is_the_claimant(rule_claims):
    text = ("The BLA, which Colombian military intelligence estimates has about 1,400 fighters, "
            "controls cocaine routes in Arauca.")
    assert rule_claims(text) == [("BLA", 1400, "fighters", "about", "Colombian military intelligence")]


def test_a_sentence_opening_on_its_verb_in_a_numbered_entry_is_the_entry_s(rule_claims):
    text = ("DESIGNATED ENTITIES\n"
            "7. TRANSPORTES CINARUCO S.A.S.; Saravena, Arauca, Colombia. Owned by Wilmer Barragán Ruiz. "
            "Operates a fleet of about 30 trucks that move cocaine to the border.\n")
    assert [(c[0], c[1]) for c in rule_claims(text)] == [("TRANSPORTES CINARUCO S.A.S.", 30)]


def test_a_sentence_opening_on_its_verb_outside_a_list_is_nobody_s(rule_claims):
    text = "Wilmer Barragán Ruiz owns Transportes Cinaruco S.A.S. in Saravena.\nOperates a fleet of about 30 trucks."
    assert all(c[0] != "Wilmer Barragán Ruiz" for c in rule_claims(text))


def test_a_strength_estimated_at_a_bare_figure_is_the_group_counted_before(rule_claims):
    text = ('A spokesman for Saraya Ansar al-Furat, Ali Ghanim, said the group has "no more than 1,500 men". '
            "Iraqi security officials estimate its strength at 3,000 to 4,000.")
    found = rule_claims(text)
    assert ("Saraya Ansar al-Furat", 3000, "men") in [c[:3] for c in found]
    assert all(c[4] != "Ali Ghanim" for c in found if c[1] == 3000)


def test_a_figure_put_closer_to_is_the_estimator_s_word_about_the_group_before(rule_claims):
    text = ("Karrar has said the Kordofan Shield Forces have 9,000 men under arms. The Sudan Conflict "
            "Observatory, a monitoring group based in Nairobi, puts the group's total strength closer to 6,000.")
    assert ("Kordofan Shield Forces", 6000, "men", "exact", "Sudan Conflict Observatory") in rule_claims(text)


def test_an_estimate_for_a_place_after_another_place_is_not_the_first_place_s(rule_claims):
    text = ("IOM estimates that about 58,000 people have been displaced in Cabo Delgado province. "
            "The worst-affected district was Macomia, where the agency's count reached 21,400 people.")
    assert all(not (subject == "Cabo Delgado province" and value == 21400) for subject, value, *_ in rule_claims(text))


def test_an_estimate_of_a_different_thing_is_no_rival_estimate(rule_claims):
    text = ("The ministry said the Ansar Brigade had fewer than 300 fighters. "
            "The institute's estimate is that 40 villages were attacked.")
    assert [c[1] for c in rule_claims(text)] == [300]


def test_a_figure_of_something_else_is_no_rival_figure(claims):
    text = "The army says the Tuma group has 4,000 fighters. Officials said the number of schools closed is 40."
    assert [c[1] for c in claims(text)] == [4000]


def test_claims_a_body_named_on_a_notice_s_kind_claims_for_it(claims):
    found = claims("Al-Shabaab has 3,000 fighters, according to an EU sanctions notice.")
    assert [(c[0], c[1], c[4]) for c in found] == [("Al-Shabaab", 3000, "EU")]


def test_claims_what_a_company_declares_to_customs_is_its_own(claims):
    found = claims("Between January and June 2025, Great Lakes Tin Trading Ltd declared exports of 960 tons of coltan.")
    assert [(c[0], c[1], c[4]) for c in found] == [("Great Lakes Tin Trading Ltd", 960, "Great Lakes Tin Trading Ltd")]


def test_claims_a_declared_count_of_deaths_is_no_holding(claims):
    found = claims("The ministry declared 40 deaths in Tyre.")
    assert all(c[0] != "ministry" for c in found)


def test_claims_acts_a_reporter_counted_by_someone_are_the_doer_s(claims):
    found = claims("The monitor documented 214 airstrikes by the Tatmadaw in the region.")
    assert [(c[0], c[1]) for c in found] == [("Tatmadaw", 214)]


def test_claims_someone_s_losses_put_at_a_number_are_the_body_s(claims):
    text = ("The Refinery Guards Brigade attacked the port. A brigade spokesman, Mohamed Shalabi, "
            "put the brigade's losses at three.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Refinery Guards Brigade", 3, "Mohamed Shalabi")]


def test_claims_losses_of_no_one_named_are_no_claim(claims):
    assert claims("The army put the losses at three.") == []


# -- a size verb's bare figure, a spokesman's body, a people noun in quotation marks -------------


@pytest.mark.parametrize("text, expected", [
    ("The Kivu Liberation Front could number close to 10,000.", ("Kivu Liberation Front", 10000, "members", "up to", None)),
    ("The Kivu Liberation Front was founded in 2019 in Uvira. The group numbers about 2,000, according to a UN panel.",
     ("Kivu Liberation Front", 2000, "members", "about", "UN")),
    ("The Kivu Liberation Front was founded in 2019 in Uvira. Its fighters number close to 3,500, local officials said.",
     ("Kivu Liberation Front", 3500, "fighters", "up to", None)),
])
def test_claims_a_size_verb_s_figure_counts_the_body_s_people(rule_claims, text, expected):
    assert expected in rule_claims(text)


@pytest.mark.parametrize("text", [
    "The payments from the Kivu Liberation Front numbered 40.",  # payments are no body
    "The Kivu Liberation Front's attacks totalled 40 last year.",  # a tally, not a strength
])
def test_claims_a_size_verb_said_of_what_is_no_body_counts_no_members(rule_claims, text):
    assert not any(c[2] == "members" for c in rule_claims(text))


@pytest.mark.parametrize("text, unit", [
    ("A spokesman for Katiba Tondi said the group had more than 3,000 fighters.", "fighters"),
    ('A spokesman for Katiba Tondi said the group had "more than 3,000 mujahideen".', "mujahideen"),
])
def test_claims_the_group_a_spokesman_speaks_for_is_his_body(rule_claims, text, unit):
    assert rule_claims(text) == [("Katiba Tondi", 3000, unit, "more than", "Katiba Tondi")]


def test_claims_a_figure_of_n_is_a_rival_count_of_the_same_body(rule_claims):
    found = rule_claims("The RSF claims 40,000 fighters in Darfur. The Panel considers a figure of between 70,000 and "
                        "80,000 more credible.")
    assert ("RSF", 70000, "fighters", "exact", "Panel") in found
    # whose figure is said: "the army's figure of 230" is no new count
    found = rule_claims("The RSF claims 40,000 fighters in Darfur. The RSF rejected the army's figure of 230.")
    assert all(c[1] != 230 for c in found)


def test_claims_a_bare_figure_for_a_body_after_a_count_is_that_body_s(rule_claims):
    text = ("Saraya al-Fajr and Liwa al-Rafidain both claim 5,000 fighters. A senior officer in the Basra Operations "
            "Command put the real numbers far lower: between 1,200 and 1,500 for Saraya al-Fajr and nearly 2,000 for "
            "Liwa al-Rafidain.")
    found = [(c[0], c[1]) for c in rule_claims(text)]
    assert ("Saraya al-Fajr", 1200) in found and ("Liwa al-Rafidain", 2000) in found
    found = rule_claims("Saraya al-Fajr claims 5,000 fighters. It paid $2,000 for Liwa al-Rafidain's trucks.")
    assert all(c[2] != "fighters" or c[1] != 2000 for c in found)


def test_a_payer_named_beside_its_noun_owns_the_payment(rule_claims):
    found = rule_claims("Katiba Serma controls the mines around Tin-Akoff. A gold buyer from Gao, Issa Maiga, pays the "
                        "katiba about 4 million CFA francs a month for access to the sites.")
    assert any(subject == "Issa Maiga" and value == 4000000 for subject, value, *_ in found)
    assert not any(subject == "Katiba Serma" for subject, *_ in found)


def test_a_body_s_recruiters_paying_is_the_body_s_payment(rule_claims):
    found = rule_claims("Sekou Tamboura joined in 2019. He says JNIM recruiters promised him 50,000 CFA francs a month.")
    assert ("JNIM", 50000, "XOF", "exact", "Sekou Tamboura") in [(s, v, u.split()[0], q, c) for s, v, u, q, c in found]
    assert not any(subject == "Sekou Tamboura" for subject, *_ in found)


def test_a_year_before_a_singular_noun_is_no_count(rule_claims):
    found = rule_claims("In a 2022 video recorded at the Kataib Hezbollah headquarters, Abu Zahraa introduced his brother.")
    assert not any(value == 2022 for _, value, *_ in found)


def test_a_body_named_between_the_number_and_its_noun(claims):
    found = claims("The army said it had killed three Kataib al-Nasr al-Mubin fighters near the port.")
    assert any(subject == "Kataib al-Nasr al-Mubin" and value == 3 and unit == "fighters" for subject, value, unit, *_ in found)


def test_a_strength_said_of_no_one_is_the_estimating_body_s_own(rule_claims):
    found = rule_claims("The Upper Nile Defence Forces (UNDF) attacked Renk. UNDF commanders interviewed by the Panel put "
                        "current strength at nearly 4,000 fighters, a figure the Panel considers inflated.")
    assert any(subject == "Upper Nile Defence Forces" and value == 4000 for subject, value, *_ in found)
    assert not any(subject == "Panel" for subject, *_ in found)


def test_a_group_of_a_named_leader_is_his(rule_claims):
    found = rule_claims("Kachalla Isiya Dan Jimrau is a bandit leader in Zamfara. What we do know is that the group of "
                        "Kachalla Isiya Dan Jimrau, which operates around Tsafe and Gusau, has not more than 500 fighters.")
    assert ("Kachalla Isiya Dan Jimrau", 500, "fighters", "at most", None) in found


def test_not_more_than_is_a_hedge_but_does_not_have_is_a_denial(rule_claims):
    assert not rule_claims("The ADF does not have 3,000 fighters.")


def test_a_watching_body_holds_nothing(claims):
    found = claims("The Sahel Rights Observatory counted 223 people killed in Djibo. The Sobat Defence Forces received "
                   "weapons. The Panel traced 1.3 million rounds of ammunition to the SDF.")
    assert not any(subject in {"Sahel Rights Observatory", "Panel"} for subject, *_ in found)


def test_claims_a_body_counting_its_own_fighters_claims_them(claims):
    assert claims("The ADF today counts more than 4,000 trained fighters in the homeland.") == [
        ("ADF", 4000, "trained fighters", "more than", "ADF")]


def test_claims_a_count_of_the_dead_is_no_body_s_own_strength(claims):
    found = claims("The Kivu Security Tracker counts 40 fighters killed in Masisi.")
    assert not any(subject == "Kivu Security Tracker" for subject, *_ in found)


def test_claims_dead_soldiers_no_side_is_named_for_are_the_state_force_s(claims_by_subject):
    found = claims_by_subject("Benin's army has deployed troops in Alibori. On 10 January the army's General Staff "
                              "announced that 28 soldiers had been killed. Jihadists killed 70 soldiers at Point Triple.")
    assert ("Benin's army", 28, "General Staff") in found
    assert any(subject == "Benin's army" and value == 70 for subject, value, _ in found)


def test_claims_soldiers_named_as_another_country_s_are_not_the_state_force_s(claims_by_subject):
    found = claims_by_subject("The Mozambican army holds Mocímboa da Praia. Insurgents killed 18 Rwandan soldiers "
                              "near Ancuabe.")
    assert not any(subject == "Mozambican army" for subject, *_ in found)


def test_claims_soldiers_who_did_the_killing_are_no_casualties(claims_by_subject):
    found = claims_by_subject("Benin's army has deployed troops in Alibori. 300 soldiers killed 40 militants there.")
    assert not any(subject == "Benin's army" and value == 300 for subject, value, _ in found)


def test_claims_an_e_mail_s_figures_are_its_sender_s(claims_by_subject):
    found = claims_by_subject(
        "From: Natalie Wong-Chin <n.wongchin@bank.example>\nTo: Ricardo Haughton\nSubject: accounts\n\n"
        "Ricardo,\n\nThe accounts we link to the Salt Spring crew received J$48.6 million this year.\n\n"
        "> From: Ricardo Haughton\n> Sent: Mon, 13 May 2024\n>\n> Natalie, the Salt Spring crew hired 25 callers.\n")
    assert ("Salt Spring crew", 48_600_000, "Natalie Wong-Chin") in found
    assert ("Salt Spring crew", 25, "Ricardo Haughton") in found


def test_claims_a_chronology_s_figures_after_a_source_s_label_are_the_source_s(claims_by_subject):
    found = claims_by_subject(
        "Arambai Tenggol (AT) is a Meitei armed group. The Manipur Police patrol the valley. Zomi Revolutionary "
        "Army (ZRA) is active.\n\n11 March – ZRA and KNA fighters jointly attack an AT post at Moirang Khunou. "
        "Police: 5 AT members and 2 ZRA fighters killed.")
    assert ("Arambai Tenggol", 5, "Manipur Police") in found
