"""claim_displacement.py: displaced people are the claim of the place they left, arrivals of the
place they reached; on sentences written for these tests (full pipeline)."""


def test_people_who_fled_fighting_around_a_place_are_its(claims):
    found = claims("The UN said at least 8,500 people had fled the fighting around Lweje, many of them into China.")
    assert ("Lweje", 8500, "people", "at least") == found[0][:4]


def test_residents_of_a_village_who_fled_elsewhere_are_the_village_s(claims):
    found = claims("Hamidou Soumana said some 1,200 residents of Tongo Tongo had fled to Ouallam over the weekend.")
    assert [c[0] for c in found] == ["Tongo Tongo"]


def test_families_who_arrived_in_the_city_are_the_city_s(claims):
    found = claims("An aid worker in El Obeid said at least 1,200 families had arrived in the city since Tuesday.")
    assert [(c[0], c[1], c[2]) for c in found] == [("El Obeid", 1200, "families")]


def test_people_displaced_by_fighting_in_a_province_are_the_province_s(claims):
    found = claims("Clashes between the army and the rebels displaced about 14,600 people in Cotabato.")
    assert [(c[0], c[1]) for c in found] == [("Cotabato", 14600)]


def test_people_who_fled_with_no_place_named_are_nobody_s(claims):
    assert claims("Officials said about 3,000 people had fled since Monday.") == []


def test_people_who_died_somewhere_are_not_displaced(claims):
    # a count of dead is the scene rules' to place, not a displacement
    found = claims("Twelve soldiers were posted to Ouallam, and 40 people crossed the river.")
    assert all(c[0] != "Ouallam" for c in found)
