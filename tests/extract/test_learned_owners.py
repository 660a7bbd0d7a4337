"""learned_owners.py: an owner for the amounts the claim rules leave unowned (full pipeline)."""

import pytest

from actormap.extract import learned_owners
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claims import find_claims
from actormap.extract.linear_model import LinearModel, learned_stages_off


def _unowned(nlp, text):
    with learned_stages_off():
        doc = nlp(text)
        unowned = []
        find_claims(doc, unowned)
    return doc, unowned


def test_an_amount_the_rules_leave_unowned_is_listed_with_its_candidates(nlp):
    doc, unowned = _unowned(nlp, "Bravo Logistics operates in Laredo. Prosecutors say trucks carried more than $9 million across the border last year.")
    assert [found.amount.value for found, _ in unowned] == [9000000]
    found, claimant = unowned[0]
    candidates = learned_owners.owner_candidates(found, claimant, ClaimResolver(doc))
    where = {actor.name: next(f for f in features if f.startswith("where=")) for actor, features in candidates}
    assert where == {"Bravo Logistics": "where=prev", "Laredo": "where=prev"}


def test_whoever_says_the_amount_is_never_a_candidate(nlp):
    doc, unowned = _unowned(nlp, "Musa Bello said the commander now has roughly 1,200 armed men.")
    assert unowned
    found, claimant = unowned[0]
    assert learned_owners.owner_candidates(found, claimant, ClaimResolver(doc)) == []


def test_the_model_owns_what_the_rules_left(claims, rule_claims):
    text = "Prosecutors say Bravo Logistics trucks carried more than $9 million across the border."
    assert rule_claims(text) == []
    assert claims(text) == [("Bravo Logistics", 9000000, "USD", "more than", None)]


def test_the_counter_of_an_amount_the_model_owns_claims_it(claims, rule_claims):
    text = "Last month OCHA recorded 27 security incidents in Ituri province."
    assert rule_claims(text) == []
    assert claims(text) == [("Ituri province", 27, "security incidents", "exact", "OCHA")]


def test_an_amount_ruled_out_gets_no_owner_from_the_model(nlp):
    _, unowned = _unowned(nlp, "Al-Shabaab fighters stormed the base, destroying four armoured vehicles.")
    assert unowned == []


@pytest.mark.parametrize("threshold, owner", [(0.4, "Bravo Logistics"), (0.99, None)])
def test_the_owner_must_clear_the_threshold(nlp, monkeypatch, threshold, owner):
    doc, unowned = _unowned(nlp, "Bravo Logistics operates in Laredo. Prosecutors say trucks carried more than $9 million across the border last year.")
    model = LinearModel(classes=("other", "owner"), intercept=(0.0,), weights={"at=organization": (1.0,)}, threshold=threshold)
    monkeypatch.setattr(learned_owners, "load_model", lambda name: model)
    found, claimant = unowned[0]
    chosen = learned_owners.learned_owner(found, claimant, ClaimResolver(doc))
    assert (chosen.name if chosen else None) == owner


def test_a_document_s_length_is_never_offered_to_the_model(nlp):
    _, unowned = _unowned(nlp, "The Fiscalía alleges in a 90-page indictment that Hernán Ruiz Castillo moved gold.")
    assert unowned == []
