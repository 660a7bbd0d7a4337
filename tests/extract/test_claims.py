"""claims.py: numbers asserted about actors, with unit, hedge and claimant (full pipeline)."""

import pytest

import actormap.extract.claims  # noqa: F401  (registers actormap_claims)
from actormap.extract import extract_text
from tests.conftest import SHARED


@pytest.fixture(scope="module")
def claims_nlp(nlp):
    """The shared pipeline once it runs the claims stage; until then a copy with it added."""
    if "actormap_claims" in nlp.pipe_names:
        return nlp
    from actormap.extract.pipeline import build_pipeline

    fresh = build_pipeline.__wrapped__()
    fresh.add_pipe("actormap_claims")
    return fresh


@pytest.fixture(scope="module")
def claims(claims_nlp):
    """(subject, value, unit, qualifier, claimant) for each claim of a text, names for ids."""

    def run(text: str) -> list[tuple]:
        record = extract_text(text, "test.txt", claims_nlp)
        names = {e["id"]: e["name"] for e in record["entities"]}
        return [
            (names[c["subject"]], c["value"], c["unit"], c["qualifier"], names.get(c["claimant"]) if c["claimant"] else None)
            for c in record["claims"]
        ]

    return run


@pytest.fixture(scope="module")
def records(claims_nlp):
    return lambda text: extract_text(text, "test.txt", claims_nlp)


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
    assert found == [("Rapid Support Forces", 1500000, "USD", "about", None)]


def test_claims_currency_word_with_country_adjective(claims):
    found = claims("The Sudanese Armed Forces paid 2 billion Sudanese pounds to the brigades.")
    assert found == [("Sudanese Armed Forces", 2000000000, "SDG", "exact", None)]


def test_claims_range_keeps_value_max(records):
    (claim,) = records("Hezbollah pays its recruits between $20 and $30 a month.")["claims"]
    assert (claim["value"], claim["value_max"], claim["unit"], claim["unit_class"]) == (20, 30, "USD", "money")


def test_claims_vague_amounts_use_the_table(claims):
    found = claims("The Wagner Group sent thousands of fighters to Mali and tens of thousands of dollars to local chiefs.")
    assert found == [
        ("Wagner Group", 2000, "fighters", "more than", None),
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
    assert found == [("Al-Shabaab", 11000000, "USD", "up to", None)]


def test_claims_the_group_is_the_organization_named_before(claims):
    found = claims("Hezbollah opened a new office in Beirut. The group earns up to $1.2 million a month from it.")
    assert found == [("Hezbollah", 1200000, "USD", "up to", None)]


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
        "Airstrikes killed 40 people in Idlib.",  # nobody the number is about
        "Reuters interviewed 48 people in Beirut.",  # a reporter's own count
        "The Assad loyalists are sending millions of dollars to the coast.",  # "Assad loyalists" are not Assad
        "Hezbollah did not pay the 500 fighters.",  # negated
        "“They gave us two choices,” Kamal Hassan said of Hamas.",  # a pronoun inside a quote
        "The Jordanian army says it has seized 12 million pills from Hezbollah.",  # "it" is the unnamed army
        "Hezbollah said the report was based on 64 interviews.",  # a source count
        "Hamas closed the road, according to three former members of Hezbollah.",  # sources
        "Hezbollah checked the ledger against statements from two bankers.",  # sources
        "Kamal Hassan met Hamas leaders. A trader said he paid a guard 20,000 dollars.",  # "he" is the trader
    ],
)
def test_claims_numbers_without_a_clear_subject_are_not_claims(claims, text):
    assert claims(text) == []


# -- the seed example ------------------------------------------------------------------------------


@pytest.mark.skipif(not (SHARED / "examples").is_dir(), reason="../shared/examples is not beside this checkout")
def test_claims_seed_example_troop_claims(claims):
    text = (SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    found = {(s, v): (u, q, c) for s, v, u, q, c in claims(text)}
    assert found[("Kamal Hassan", 12000)] == ("fighters", "exact", "Kamal Hassan")
    assert found[("Rami Makhlouf", 54000)] == ("fighters", "at least", "Rami Makhlouf")
