"""numbers.py: amounts read from spaCy tokens (a blank tokenizer: no model needed)."""

import pytest
import spacy

from actormap.extract.numbers import Amount, countries_named, is_unit_word, scan_amounts, tables
from actormap.model import load_nouns


@pytest.fixture(scope="module")
def tokenize():
    blank = spacy.blank("en")
    return lambda text: [t.text for t in blank(text)]


@pytest.fixture(scope="module")
def amounts(tokenize):
    def read(text: str, context: str = "") -> list[tuple[str, Amount]]:
        words = tokenize(text)
        return [(" ".join(words[a.start : a.end]), a) for a in scan_amounts(words, context or text)]

    return read


@pytest.fixture(scope="module")
def one(amounts):
    def read(text: str, context: str = "") -> Amount:
        found = amounts(text, context)
        assert len(found) == 1, found
        return found[0][1]

    return read


@pytest.mark.parametrize(
    "text, value",
    [
        ("12,000 fighters", 12000),
        ("1,500,000 dollars", 1500000),
        ("1.5 tonnes", 1.5),
        ("forty-eight sites", 48),
        ("seventy two drones", 72),
        ("forty thousand rounds", 40000),
        ("two hundred and fifty men", 250),
        ("6 million pills", 6000000),
        ("3.2 billion pesos", 3200000000),
        ("3bn euros", 3000000000),
        ("40k fighters", 40000),
        ("a thousand men", 1000),
        ("9.812.000.000 pesos", 9812000000),
        ("1.200.000 dollars", 1200000),
        ("1.104 tonnes", 1.104),
        ("a $5-million fund", 5000000),  # a scale word joined by a hyphen
        ("a P1-million reward", 1000000),
        ("a P15-M ransom", 15000000),
        ("a 15-m wide road", 15),  # a lower-case letter after a hyphen is a metre, not a million
    ],
)
def test_numbers_digits_words_and_scales(one, text, value):
    assert one(text).value == value


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("$6 million", 6000000, "USD"),
        ("$1.5m a month", 1500000, "USD"),
        ("$1,500,000", 1500000, "USD"),
        ("US$5 million", 5000000, "USD"),
        ("€3bn", 3000000000, "EUR"),
        ("£40,000", 40000, "GBP"),
        ("COP 3.2 billion", 3200000000, "COP"),
        ("5,000 SYP", 5000, "SYP"),
        ("1.5m kyat", 1500000, "MMK"),
        ("150,000 CFA francs", 150000, "XOF"),
        ("20 million US dollars", 20000000, "USD"),
        ("500 Syrian pounds", 500, "SYP"),
        ("500 pounds", 500, "GBP"),
        ("3.000€", 3000, "EUR"),
        ("20.000 €", 20000, "EUR"),
        ("€2.500", 2500, "EUR"),
        ("300€", 300, "EUR"),
    ],
)
def test_numbers_currencies_become_iso_codes(one, text, value, currency):
    amount = one(text)
    assert (amount.value, amount.currency) == (value, currency)


@pytest.mark.parametrize(
    "text, context, currency",
    [
        ("18 million gourdes", "Port-au-Prince, Haiti", "HTG"),
        ("45 million pesos", "Guadalajara, Mexico", "MXN"),
        ("3,000 francs", "Goma, Democratic Republic of the Congo", "CDF"),
        ("3,000 francs", "Kigali, Rwanda", "RWF"),
        ("MXN 2 million", "", "MXN"),
        ("HTG 500,000", "", "HTG"),
        ("5,000 meticais", "Pemba, Mozambique", "MZN"),  # an irregular plural
        ("1 metical", "", "MZN"),
        ("5 million South Sudanese pounds", "Juba", "SSP"),  # a two-word country adjective
        ("300 million CFA francs", "Bangui, Central African Republic", "XAF"),
        ("300 million CFA francs", "Ouagadougou, Burkina Faso", "XOF"),
        ("300 million CFA francs", "", "XOF"),
        ("S/ 4.5 million", "", "PEN"),  # the Peruvian sol's sign
        ("RM 12 million", "", "MYR"),  # the ringgit's
        ("900 soles", "", "PEN"),
        ("20,000 bolívares", "", "VES"),
    ],
)
def test_numbers_more_currencies_by_word_code_and_country(one, text, context, currency):
    assert one(text, context=context).currency == currency


def test_numbers_country_adjective_before_a_non_currency_is_no_currency(one):
    amount = one("5,000 South Sudanese refugees", context="Juba")
    assert (amount.value, amount.currency, amount.currency_word, amount.end) == (5000, None, None, 1)


def test_numbers_francs_with_no_country_stay_a_word(one):
    amount = one("3,000 francs", context="a market town")
    assert (amount.currency, amount.currency_word) == (None, "francs")


def test_numbers_ambiguous_currency_word_follows_the_country_the_text_names(one):
    assert one("96 million dinars", context="Tripoli, Libya: 96 million dinars").currency == "LYD"
    assert one("96 million dinars", context="Baghdad, Iraq: 96 million dinars").currency == "IQD"
    unresolved = one("96 million dinars", context="96 million dinars")
    assert unresolved.currency is None and unresolved.currency_word == "dinars"


def test_numbers_countries_named_in_order_of_first_mention():
    assert countries_named("Syrian pounds flowed to Lebanon, then back to Syria.") == ["Syria", "Lebanon"]


@pytest.mark.parametrize(
    "text, value, qualifier, currency",
    [
        ("tens of thousands of fighters", 20000, "more than", None),
        ("thousands of former soldiers", 2000, "more than", None),  # the plural guarantees two
        ("hundreds of thousands of people", 200000, "more than", None),
        ("millions of dollars", 2000000, "more than", "USD"),
        ("dozens of fighters", 24, "more than", None),
        ("several hundred men", 200, "more than", None),
        ("a dozen trucks", 12, "about", None),
    ],
)
def test_numbers_vague_amounts_come_from_the_table(one, text, value, qualifier, currency):
    amount = one(text)
    assert (amount.value, amount.qualifier, amount.currency, amount.vague) == (value, qualifier, currency, True)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("at least 54,000", "at least"),
        ("no fewer than 300 fighters", "at least"),
        ("not less than 312 used vehicles", "at least"),
        ("not less than $9,750,000", "at least"),
        ("not more than 40 trucks", "at most"),
        ("more than 50,000 fighters", "more than"),
        ("over 3,000 men", "more than"),
        ("about 1,800 fighters", "about"),
        ("around 800 men", "about"),
        ("some 400 gunmen", "about"),
        ("an estimated COP 3.2 billion", "about"),
        ("up to $1.2 million", "up to"),
        ("as many as 500 fighters", "up to"),
        ("nearly 2,000 barrels", "up to"),
        ("almost 400 gunmen", "up to"),
        ("fewer than 100 men", "less than"),
        ("at most 30 trucks", "at most"),
        ("12,000 or more fighters", "at least"),
        ("50,000-plus fighters", "more than"),
        ("12,000 fighters", "exact"),
        ("approx. USD 86,000", "about"),
        ("approx 500 dollars", "about"),
        ("ca. 300 fighters", "about"),
        ("c. 300 fighters", "about"),
        ("circa 200 men", "about"),
    ],
)
def test_numbers_hedges_become_qualifiers(one, text, qualifier):
    assert one(text).qualifier == qualifier


def test_numbers_hedge_is_part_of_the_amount(amounts):
    ((text, amount),) = amounts("Makhlouf claims control of at least 54,000.")
    assert text == "at least 54,000"
    assert amount.number_start == amount.start + 2


@pytest.mark.parametrize(
    "text, low, high, currency",
    [
        ("$20 to $30 a month", 20, 30, "USD"),
        ("between 200,000 and 500,000 pesos", 200000, 500000, "COP"),
        ("20-30 fighters", 20, 30, None),
        ("20 to 30 million dollars", 20000000, 30000000, "USD"),
    ],
)
def test_numbers_ranges_keep_the_upper_bound(one, text, low, high, currency):
    amount = one(text)
    assert (amount.value, amount.value_max, amount.currency) == (low, high, currency)


def test_numbers_two_groups_joined_by_a_hyphen_stay_a_range(amounts):
    assert [(a.value, a.value_max) for _, a in amounts("between 20-30 fighters")] == [(20, 30)]


def test_numbers_and_without_between_is_not_a_range(amounts):
    found = amounts("1,200 rifles and 18 crates")
    assert [a.value for _, a in found] == [1200, 18]
    assert all(a.value_max is None for _, a in found)


@pytest.mark.parametrize("text", ["call 300 555 0142", "on +967 2 245 100", "reference 2025/118", "the 9th", "the second time",
                                  "account no. 0021-448-7", "[4] Transfer ledger"])
def test_numbers_phone_reference_and_ordinal_numbers_are_not_amounts(amounts, text):
    assert amounts(text) == []


@pytest.mark.parametrize("word", ["years", "year", "days", "months", "hours", "%", "percent", "times"])
def test_numbers_time_and_share_nouns_are_not_units(word):
    assert not is_unit_word(word)


@pytest.mark.parametrize("word", ["fighters", "USD", "sites", "rounds", "barrels"])
def test_numbers_counted_nouns_are_units(word):
    assert is_unit_word(word)


def test_numbers_tables_use_declared_qualifiers():
    t = tables()
    used = set(t.hedges_before.values()) | set(t.hedges_after.values()) | {q for _, q in t.vague.values()}
    assert used <= set(load_nouns().qualifiers)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("froze approximately R$310 million in assets", 310_000_000, "BRL"),
        ("laundered more than R$1.2 billion", 1_200_000_000, "BRL"),
        ("has frozen KSh 86 million", 86_000_000, "KES"),
        ("frozen 260 million baht", 260_000_000, "THB"),
        ("paid Q38 million for cattle freight", 38_000_000, "GTQ"),
        ("a reward of Tk 2 lakh for information", 200_000, "BDT"),
        ("payments of 48 million Serbian dinars", 48_000_000, "RSD"),
        ("a transfer of 95 million lek", 95_000_000, "ALL"),
        ("seized 3.5 billion Chilean pesos", 3_500_000_000, "CLP"),
        ("laundered 4 crore rupees", 40_000_000, "INR"),
        ("the gang demanded N50 million", 50_000_000, "NGN"),
        ("the community paid N18.5 million", 18_500_000, "NGN"),
        ("transfers totalling R61.5 million", 61_500_000, "ZAR"),
        ("a fee of R1,200 per container", 1_200, "ZAR"),
        ("demanded P5 million per hostage", 5_000_000, "PHP"),
        ("put up an additional P500,000", 500_000, "PHP"),
        ("a bounty of ₱1.5 million", 1_500_000, "PHP"),
    ],
)
def test_numbers_glued_signs_and_more_currencies(tokenize, text, value, currency):
    amounts = scan_amounts(tokenize(text))
    assert [(a.value, a.currency) for a in amounts] == [(value, currency)]


def test_numbers_a_quarter_or_a_road_is_no_sum(tokenize):
    assert all(a.currency != "GTQ" for a in scan_amounts(tokenize("profits rose in Q3 2023")))
    assert all(a.currency != "NGN" for a in scan_amounts(tokenize("the convoy took the N1 road")))
    assert all(a.currency != "ZAR" for a in scan_amounts(tokenize("the convoy took the R2 road")))
    assert all(a.currency != "PHP" for a in scan_amounts(tokenize("the P5 powers met in Geneva")))


def test_numbers_two_hundreds_joined_by_and_are_a_range(amounts):
    # "and" joins "two hundred and fifty", but not a second hundred: 300 to 400, not 30,400
    [(_, found)] = amounts("he sold between three hundred and four hundred head of cattle")
    assert (found.value, found.value_max) == (300, 400)
    [(_, found)] = amounts("three thousand and four hundred cows")
    assert found.value == 3400


def test_numbers_glued_sign_needs_a_known_currency(tokenize):
    assert all(a.currency is None for a in scan_amounts(tokenize("room #310 and gate A1")))


def test_numbers_a_dot_groups_thousands_only_in_a_sum(one):
    assert one("3.000 kg").value == 3  # no currency: a decimal point
    assert one("$1.500 million").value == 1500000  # a scale word: a decimal point


def test_numbers_a_sign_after_a_number_is_not_the_next_sum_s(amounts):
    found = [(a.value, a.currency) for _, a in amounts("paid 300 $400 each")]
    assert found == [(300, None), (400, "USD")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("raised the reward from $100,000 to $300,000", [(100000, None), (300000, None)]),
        ("estimates ranging from 2,000 to 5,000 fighters", [(2000, 5000)]),
        ("numbers that vary from 2,000 to 5,000 fighters", [(2000, 5000)]),
    ],
)
def test_from_one_level_to_another_is_two_amounts_unless_a_spread(text, values):
    assert [(a.value, a.value_max) for a in scan_amounts(text.split())] == values


def test_an_en_dash_between_numbers_makes_a_range(extract):
    (claim,) = extract("Line 03 | Payer: Baraawe Charcoal Traders' Cooperative | Amount: $7,000–9,000")["claims"]
    assert (claim["value"], claim["value_max"], claim["unit"]) == (7000, 9000, "USD")


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("transfers totalling J$48.6 million", "JMD", 48_600_000),
        ("a fee of TT$5,000", "TTD", 5_000),
        ("around 1.2 billion guaraníes", "PYG", 1_200_000_000),
        ("Rs 1.2 crore in cash seized in Imphal, India", "INR", 12_000_000),
        ("Rs 500,000 paid in Quetta, Pakistan", "PKR", 500_000),
    ],
)
def test_numbers_more_currency_signs_and_words(one, text, currency, value):
    amount = one(text)
    assert (amount.currency, amount.value) == (currency, value)
