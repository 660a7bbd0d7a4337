"""claim_places.py: displaced people are the claim of the place they left, arrivals of the
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


def test_families_who_fled_a_district_are_the_district_s(claims):
    found = claims("The IOM said about 2,300 families had fled Hadaba district since March 4.")
    assert [(c[0], c[1], c[2]) for c in found] == [("Hadaba district", 2300, "families")]


def test_families_who_fled_the_municipality_of_a_town_are_the_town_s(claims):
    found = claims("More than 400 families have fled the municipality of Tacámbaro since Friday.")
    assert [(c[0], c[1]) for c in found] == [("Tacámbaro", 400)]


def test_people_displaced_by_a_conflict_in_a_country_are_the_country_s(claims):
    found = claims("More than 2 million people have been displaced by the conflict in Burkina Faso, according to UNHCR.")
    assert [(c[0], c[1]) for c in found] == [("Burkina Faso", 2000000)]


def test_people_who_fled_the_fighting_with_no_place_are_nobody_s(claims):
    assert claims("About 2,300 families had fled the fighting since March 4.") == []


def test_people_who_fled_with_no_place_named_are_nobody_s(claims):
    assert claims("Officials said about 3,000 people had fled since Monday.") == []


def test_people_who_died_somewhere_are_not_displaced(claims):
    # a count of dead is the scene rules' to place, not a displacement
    found = claims("Twelve soldiers were posted to Ouallam, and 40 people crossed the river.")
    assert all(c[0] != "Ouallam" for c in found)


# -- the dead and wounded of an attack nobody is named for: the place it struck ----------------------


def test_dead_of_a_clash_near_a_place_are_the_place_s(claims):
    found = claims("In March, gunmen clashed near the Sharara oil field, and local medics said 11 people were killed.")
    assert [(c[0], c[1]) for c in found] == [("Sharara oil field", 11)]


def test_dead_and_wounded_of_a_bombing_in_a_town_are_the_town_s(claims):
    found = claims("The provincial police said seven people were killed and 23 others wounded when a bomb exploded in Butig.")
    assert sorted((c[0], c[1]) for c in found) == [("Butig", 7), ("Butig", 23)]


def test_dead_of_unnamed_airstrikes_are_the_place_they_struck(claims):
    # the clause's subject is no actor: the place it names owns the count
    assert [(c[0], c[1]) for c in claims("Airstrikes killed 40 people in Idlib.")] == [("Idlib", 40)]


def test_where_the_count_was_said_is_not_where_people_died(claims):
    assert claims("A senior security official in Niamey said about 25 civilians had died.") == []
    assert claims("The commissioner told journalists in Gusau on Monday that 17 people were killed.") == []


def test_hospitals_the_wounded_were_taken_to_are_not_the_scene(claims):
    assert claims("Medics said 27 injured people were taken to hospitals in Marawi.") == []


def test_a_sentence_naming_two_places_names_no_scene(claims):
    assert claims("After fighting between Kidal and Gao, medics said 14 people were killed.") == []


def test_the_town_is_the_place_named_in_the_sentence_before(claims):
    found = claims(
        "Havryliuk said shelling had killed four civilians in Kostiantynivka. About 6,500 residents remain in the town."
    )
    assert ("Kostiantynivka", 6500) in [(c[0], c[1]) for c in found]


def test_the_town_with_no_place_named_nearby_is_nobody(claims):
    found = claims("The army held Kupiansk in May. Nothing changed for weeks. About 6,500 residents remain in the town.")
    assert all(c[1] != 6500 for c in found)


# -- no place in the sentence: the one place of a headline about an attack ------------------------------


def test_dead_counted_without_a_place_are_the_headline_s_scene(claims):
    text = (
        "Death toll in Butig market bombing disputed\n"
        "Officials gave conflicting figures on Sunday.\n"
        "The provincial police said seven people were killed and 23 others wounded when a bomb exploded near the market.\n"
        "The health office listed eight fatalities."
    )
    found = {(c[0], c[1]) for c in claims(text)}
    assert {("Butig", 7), ("Butig", 23), ("Butig", 8)} <= found


def test_a_headline_about_clashes_names_the_scene(claims):
    text = (
        "UN condemns deadly clashes in Longechuk County\n"
        "The mission spoke on Friday.\n"
        "According to preliminary information, at least 52 civilians were killed during four days of fighting."
    )
    assert [(c[0], c[1]) for c in claims(text)] == [("Longechuk County", 52)]


def test_a_side_s_dead_are_never_the_headline_s_place(claims):
    text = "In Bannu, every side counts the dead differently\nThe statement said four soldiers had died."
    assert all(c[1] != 4 for c in claims(text))


def test_a_headline_about_no_attack_names_no_scene(claims):
    text = "The Guns of Port-de-Paix\nHer organization said more than 2,300 people were killed this year."
    assert all(c[0] != "Port-de-Paix" for c in claims(text))


def test_people_sheltering_in_camps_in_a_place_are_that_place_s_and_up_from_is_the_same_count(claims):
    text = "SEMA estimates that nearly 80,000 people are sheltering in camps in Benue State, up from 52,000 in January."
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Benue State", 80000, "SEMA"), ("Benue State", 52000, "SEMA")]


def test_people_who_remain_displaced_in_a_place_and_the_peak_before(claims):
    text = "UN OCHA says about 580,000 people remain displaced in Cabo Delgado, down from a peak of more than one million in 2022."
    assert [(c[0], c[1]) for c in claims(text)] == [("Cabo Delgado", 580000), ("Cabo Delgado", 1000000)]


def test_dead_and_injured_written_without_a_noun_are_people_of_the_place(claims):
    found = claims("The attack left 12 dead and 30 injured in Bokkos, the state government said.")
    assert [(c[0], c[1], c[2]) for c in found] == [("Bokkos", 12, "dead"), ("Bokkos", 30, "injured")]


def test_dozens_dead_or_a_figure_quoted_as_a_lie_is_no_count(claims):
    assert claims("The feud between the clans has left dozens dead across the Balkans.") == []
    text = 'Gatwech Dak called the army\'s figure of 230 dead "a lie told in Juba."'
    assert claims(text) == []


def test_a_body_putting_its_own_losses_at_a_figure_claims_them_for_itself(claims):
    text = "The Karen National Union said its fighters had killed 40 soldiers. The group put its own losses at seven dead."
    assert ("Karen National Union", 7, "dead", "about", "Karen National Union") in claims(text)  # an estimate


def test_killed_there_is_the_place_named_just_before(claims):
    text = "Community leaders in Guma LGA told the Observatory that as many as 150 people were killed there in February."
    assert [(c[0], c[1]) for c in claims(text)] == [("Guma LGA", 150)]


def test_the_state_a_body_is_named_after_is_that_state(claims):
    text = ("Benue State and Plateau State have suffered. The Plateau State Police Command has confirmed 118 deaths in "
            "the state over the same period.")
    assert [(c[0], c[1]) for c in claims(text)] == [("Plateau State", 118)]


def test_bodies_recovered_are_the_place_s_dead_not_the_recoverers(claims):
    text = ("Gunmen attacked Tse-Akaa village on 3 March. SP Terna Akaahan, spokesperson for the Benue State Police "
            'Command, said officers reached the village "within hours" and recovered 19 bodies.')
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Tse-Akaa", 19, "Terna Akaahan")]


def test_the_islamic_state_is_no_place_noun(claims):
    text = ("Gunmen attacked a base in Mali. A statement circulated by the propaganda arm of the Islamic State claimed "
            "that the group's fighters had killed more than 40 soldiers.")
    assert all(c[0] != "Mali" for c in claims(text))


def test_a_count_s_own_place_wins_over_a_place_in_another_clause(claims):
    text = ("Benue State and Plateau State have suffered. The Plateau State Police Command has confirmed 118 deaths in "
            "the state over the same period, while the Benue State Government reported more killings in Benue alone.")
    assert ("Plateau State", 118) in [(c[0], c[1]) for c in claims(text)]


def test_a_part_of_the_people_just_counted_named_by_kind(rule_claims):
    text = ("The Observatory documented three attacks on Fulani settlements near Barkin Ladi, attributed by residents to "
            "local vigilante groups, in which 27 people, 11 of them children, were killed.")
    assert [(c[0], c[1], c[2]) for c in rule_claims(text)] == [("Barkin Ladi", 27, "people"), ("Barkin Ladi", 11, "children")]


def test_a_part_under_someone_s_orders_is_no_part_of_the_body_s_count(claims):
    text = "Mesfin Dagnew claims that Fano has more than 60,000 fighters across the region, around 15,000 of them under his own orders."
    assert [c[1] for c in claims(text)] == [60000]


def test_the_number_put_at_a_figure_after_a_count_is_of_that_count(claims):
    text = ("Gunmen attacked Tse-Akaa village on 3 March. SP Terna Akaahan, spokesperson for the Benue State Police "
            'Command, said officers reached the village "within hours" and recovered 19 bodies. Residents interviewed '
            "by the Observatory put the number at close to 40.")
    assert [(c[0], c[1]) for c in claims(text)] == [("Tse-Akaa", 19), ("Tse-Akaa", 40)]


def test_a_count_in_a_verbless_clause_ends(claims):
    # the walk up from a place to its verb once never stopped at a root that is no verb ("is")
    found = claims("MENDOZA: Our tally for Esmeraldas last year is 1,380 violent deaths.")
    assert all(c[1] == 1380 for c in found)


def test_the_dead_of_an_attack_are_the_village_not_the_areas_that_hold_it(claims):
    text = ("Armed bandits on motorcycles attacked Kadawa village in Maru Local Government Area of Zamfara State late on "
            "Wednesday, killing at least 12 residents, police said.")
    assert [(c[0], c[1]) for c in claims(text)] == [("Kadawa", 12)]
