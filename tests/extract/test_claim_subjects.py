"""claim_subjects.py, claim_payees.py, claim_clauses.py, claim_sides.py: whom a claim is about, on
sentences written for these tests (full pipeline). Each rule has a case it fires on and one it must leave alone."""

import pytest

# -- a side's own losses: the speaker's body ----------------------------------------------------------


def test_own_losses_said_by_a_spokesman_are_his_body_s(claims):
    found = claims("Maj. Didier Kaboré, a spokesman for the Burkina Faso Armed Forces, said 14 soldiers had been killed.")
    assert found == [("Burkina Faso Armed Forces", 14, "soldiers", "exact", "Didier Kaboré")]


def test_own_losses_need_a_speaker_with_a_body(claims):
    assert claims("Amina Diallo, a nurse at the district hospital, said 14 soldiers had been killed in the attack.") == []


def test_own_losses_are_soldiers_not_civilians(rule_claims):
    text = "Maj. Didier Kaboré, a spokesman for the Burkina Faso Armed Forces, said 30 civilians had been killed."
    assert rule_claims(text) == []


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


def test_a_reward_announced_is_offered_not_reported(claims):
    text = "Colonel Ahmed Musa announced a reward of 50 million CFA francs for the capture of Abu Zaid al-Hamdi."
    assert claims(text) == [("Abu Zaid al-Hamdi", 50000000, "XOF", "exact", "Ahmed Musa")]


def test_a_reward_for_a_person_named_right_after_for_is_about_them(claims):
    text = "The Interior Ministry is offering a reward of $250,000 for Julio Cesar Mendoza."
    assert claims(text) == [("Julio Cesar Mendoza", 250000, "USD", "exact", "Interior Ministry")]


def test_a_reward_offer_is_a_reward(claims):
    text = (
        "The State Department is announcing a reward offer of up to $3 million for information leading to "
        "the arrest and/or conviction of the cartel's leader, Pedro Alvarado."
    )
    assert [c[0] for c in claims(text)] == ["Pedro Alvarado"]


def test_an_announced_count_is_still_reported(claims):
    found = claims("Colonel Ahmed Musa announced that troops had killed 40 militants of the Ansaroul Islam group.")
    assert all(c[0] != "Ahmed Musa" for c in found)


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


# -- an estimator estimates someone else's --------------------------------------------------------


def test_it_in_an_estimate_is_not_the_estimator(claims):
    text = (
        "The Sahel Brigade is the region's strongest militia. The National Intelligence Agency estimates that it "
        "collects about $2 million a year from gold."
    )
    assert claims(text) == [("Sahel Brigade", 2000000, "USD a year", "about", "National Intelligence Agency")]


def test_it_in_a_body_s_own_words_is_the_body(claims):
    found = claims("The Sahel Brigade says it collects about $2 million a year from gold.")
    assert found == [("Sahel Brigade", 2000000, "USD a year", "about", "Sahel Brigade")]


def test_its_strength_and_the_figure_another_source_puts_on_it(claims):
    text = (
        "The Sahel Brigade is the region's strongest militia. The National Intelligence Agency estimates its strength "
        "at about 3,000 fighters; the Liberation Party puts the figure at more than 5,000."
    )
    assert claims(text) == [
        ("Sahel Brigade", 3000, "fighters", "about", "National Intelligence Agency"),
        ("Sahel Brigade", 5000, "fighters", "more than", "Liberation Party"),
    ]


def test_the_number_of_something_is_no_earlier_claim(claims):
    assert claims("The Liberation Party puts the number of displaced at 15,000.") == []


# -- the price of a payment made the sentence before, pay received --------------------------------


def test_the_going_rate_is_the_payee_s(claims):
    text = "Truck drivers pay soldiers of the Border Guard Force to cross. One driver said the going rate was $300 per truck."
    assert claims(text) == [("Border Guard Force", 300, "USD per truck", "exact", None)]


def test_a_price_said_of_something_else_is_no_payee_s(claims):
    text = "Truck drivers pay soldiers of the Border Guard Force to cross. One driver said the food price was $300 a month."
    assert claims(text) == []


def test_pay_a_body_s_men_receive_is_the_main_body_s(claims):
    text = (
        "The Sahel Brigade controls the north. The Sahel Brigade also runs the gold pits. Each enrolled fighter "
        "receives about $200 a month, according to two of its commanders."
    )
    assert claims(text) == [("Sahel Brigade", 200, "USD a month per fighter", "about", None)]


def test_what_miners_earn_is_nobody_s(claims):
    text = (
        "The Sahel Brigade controls the north. The Sahel Brigade also runs the gold pits. Each miner earns about "
        "$5 a day, according to two of its commanders."
    )
    assert claims(text) == []


# -- the subject the parser split or the text names by an epithet ---------------------------------


def test_a_passive_under_a_causative_is_the_causer_s(claims):
    found = claims("In total, Hassan Nasrallah caused not less than $4,500,000 to be transferred to the Radwan Force.")
    assert found == [("Hassan Nasrallah", 4500000, "USD", "at least", None)]


def test_a_passive_with_no_agent_is_nobody_s(rule_claims):
    assert rule_claims("In total, not less than $4,500,000 was transferred to the Radwan Force.") == []


def test_a_name_split_from_its_role_noun_is_the_subject(claims):
    text = (
        "Upon conviction, the defendant Karim Saleh Abboud shall forfeit to the United States a money judgment "
        "of not less than $2,750,000."
    )
    assert claims(text) == [("Karim Saleh Abboud", 2750000, "USD", "at least", None)]


def test_the_warlord_is_the_person_the_sentence_named(claims):
    text = (
        "A bandit leader known as Dan Bature has forced residents of 23 villages to pay levies, the police said, "
        "adding that the warlord now commands roughly 1,200 armed men."
    )
    assert claims(text) == [("Dan Bature", 23, "villages", "exact", None), ("Dan Bature", 1200, "armed men", "about", None)]


def test_the_commander_is_not_the_speaker(claims):
    assert claims("Musa Bello said the commander now has roughly 1,200 armed men.") == []


def test_the_gang_is_the_leader_s_named_just_before(claims):
    text = (
        "A bandit leader known as Dan Bature has forced residents of 23 villages to pay levies. Commissioner "
        "Musa Bello told reporters that the gang had also kidnapped 114 people."
    )
    assert claims(text) == [("Dan Bature", 23, "villages", "exact", None), ("Dan Bature", 114, "people", "exact", "Musa Bello")]


def test_their_after_people_the_text_does_not_name_is_nobody(claims):
    text = (
        "The two kingpins are vying for the right to tax mining trucks, and their feud has driven thousands of "
        "farmers from their land."
    )
    assert claims(text) == []


def test_its_after_a_named_body_is_the_body(claims):
    text = "Hezbollah is vying for the right to tax mining trucks, and its feud with Amal has driven thousands of farmers from their land."
    assert claims(text) == [("Hezbollah", 2000, "farmers", "more than", None)]


# -- "our" quoted in reported speech, people counted in quotation marks --------------------------


def test_a_quoted_our_is_the_speaker_s_body(claims):
    text = (
        'Yahya Saree, a spokesman for the Houthi armed forces, said by phone that "our heroes" had killed more '
        'than 300 "mercenaries" this year.'
    )
    assert claims(text) == [("Houthi", 300, "mercenaries", "more than", "Yahya Saree")]


def test_an_unquoted_our_is_the_reporter_s(rule_claims):
    text = "Yahya Saree, a spokesman for the Houthi armed forces, said by phone that our heroes had killed more than 300 mercenaries this year."
    assert rule_claims(text) == []


def test_a_people_counted_in_quotation_marks_are_the_killer_s_claim(claims):
    text = 'Also the FLA. Their spokesman Moussa Ag Elmehdi claims they killed 84 "Russians" and soldiers near Tinzaouaten last month.'
    assert claims(text) == [("FLA", 84, "Russians", "exact", "Moussa Ag Elmehdi")]


def test_a_people_counted_with_no_actor_subject_are_themselves(claims):
    found = claims("The Tigrayan militia fled. About 60,000 Tigrayans remain in camps near Shire.")
    assert found == [("Tigrayans", 60000, "Tigrayans", "about", None)]


# -- numbers that are no claim ---------------------------------------------------------------------


def test_the_size_of_a_series_is_no_claim(claims):
    text = 'On or about May 3, 2021, Karim Abboud sent a message stating: "Nine units loaded, container 3 of 5."'
    assert claims(text) == [("Karim Abboud", 9, "units", "exact", "Karim Abboud")]


def test_a_veteran_s_wars_are_no_claim(claims):
    assert claims("The Houthis are led on this front by Abu Taha al-Hamzi, a veteran of the six wars of the 2000s.") == []


def test_brigades_someone_commands_are_a_claim(claims):
    assert claims("Abu Taha al-Hamzi commands six brigades on this front.") == [("Abu Taha al-Hamzi", 6, "brigades", "exact", None)]


def test_pay_received_from_a_named_body_is_that_body_s(claims):
    text = (
        "The Sahel Brigade controls the north. The Sahel Brigade also runs the gold pits. Each enrolled fighter "
        "receives about $200 a month from the Sahel Brigade."
    )
    assert claims(text) == [("Sahel Brigade", 200, "USD a month per fighter", "about", None)]


# -- sizes, allegiance, a reporter's count of someone's acts, pay from an unnamed payer -----------


def test_people_a_size_verb_counts_are_the_owner_s(claims):
    found = claims("Katiba Macina is active in central Mali. Its fighters number about 2,000.")
    assert found == [("Katiba Macina", 2000, "fighters", "about", None)]


def test_things_a_size_verb_counts_are_no_claim(claims):
    assert claims("Katiba Macina is active in central Mali. Its villages number about 40.") == []


def test_people_who_answer_to_someone_are_his(claims):
    assert claims("Some 3,000 fighters answer to Amadou Koufa.") == [("Amadou Koufa", 3000, "fighters", "about", None)]


def test_people_who_answer_a_call_are_nobody_s(claims):
    assert claims("Some 3,000 fighters answered the call, Amadou Koufa said.") == []


def test_a_reporter_s_count_of_a_body_s_acts_is_about_the_body(claims):
    found = claims("The Panel documented at least 45 killings by the ADF in Beni.")
    assert found == [("ADF", 45, "killings", "at least", "Panel")]


def test_a_reporter_s_count_of_statements_is_nobody_s(claims):
    assert claims("The Panel documented at least 45 statements by witnesses in Beni.") == []


def test_pay_from_a_payer_the_record_does_not_name_is_the_payee_s(claims):
    text = "Wagner has been paid at least $10 million a month by the junta, according to a leaked contract."
    assert claims(text) == [("Wagner", 10000000, "USD a month", "at least", None)]


def test_pay_from_a_named_payer_is_the_payer_s(claims):
    text = "Wagner has been paid at least $10 million a month by Assimi Goita, according to a leaked contract."
    assert claims(text) == [("Assimi Goita", 10000000, "USD a month", "at least", None)]


def test_we_quoted_from_a_body_s_unnamed_official_is_the_body(claims):
    found = claims('"We have 3,000 fighters in the north," a Hezbollah official said.')
    assert found == [("Hezbollah", 3000, "fighters", "exact", "Hezbollah")]


def test_we_quoted_from_an_unnamed_civilian_is_nobody(claims):
    assert claims('"We have 3,000 fighters in the north," a displaced farmer said.') == []


def test_the_army_is_the_armed_forces_named_before(claims_by_subject):
    text = (
        "Colonel Ibrahim Musa, a spokesman for the Sudanese Armed Forces (SAF), said the army had recaptured "
        "11 villages and seized at least 37 combat vehicles."
    )
    found = claims_by_subject(text)
    assert ("Sudanese Armed Forces", 11, "Ibrahim Musa") in found
    assert ("Sudanese Armed Forces", 37, "Ibrahim Musa") in found


def test_the_army_with_two_armed_forces_named_is_nobody(claims_by_subject):
    text = (
        "The Sudanese Armed Forces and the Chadian Armed Forces met in Abeche. "
        "Officials said the army had recaptured 11 villages."
    )
    assert claims_by_subject(text) == []


def test_his_fighters_are_the_man_named_before(claims_by_subject):
    text = (
        "Hamid Adam Jiddo, a former livestock trader, has led the push into Kordofan. "
        "Residents of the town say his fighters collect a levy of 5,000 Sudanese pounds from every truck."
    )
    assert ("Hamid Adam Jiddo", 5000, None) in claims_by_subject(text)


def test_a_share_held_or_belonging_is_the_holder_s(claims):
    text = (
        "Her brother, Héctor Quintanar Ibarra, holds 60 percent of the company's shares through a Panamanian firm. "
        "The remaining 40 percent belong to Marco Antonio Villaseñor Ruelas, a Guadalajara accountant."
    )
    found = claims(text)
    assert ("Héctor Quintanar Ibarra", 60, "percent of shares", "exact", None) in found
    assert ("Marco Antonio Villaseñor Ruelas", 40, "percent", "exact", None) in found


def test_a_share_won_is_still_no_claim(claims):
    assert claims("Hamas won 60 percent of the vote in Gaza, officials said.") == []


def test_a_role_noun_named_by_an_appositive_is_that_person(claims_by_subject):
    text = "A local Africa Corps commander known by his call sign, Grom, leads a unit of about 200 men at Ndassima."
    assert ("Grom", 200, None) in claims_by_subject(text)


def test_a_place_described_by_its_people_owns_the_count(claims_by_subject):
    text = "Fighting reached Malakal, a town of roughly 15,000 people on the Nile, on Monday."
    assert claims_by_subject(text) == [("Malakal", 15000, None)]


def test_bare_troops_in_a_force_s_own_statement_are_its_men(claims_by_subject):
    text = "The Defense Ministry said on Monday that troops had seized more than 1,500 firearms in the past year."
    assert claims_by_subject(text) == [("Defense Ministry", 1500, "Defense Ministry")]


def test_bare_troops_in_a_rights_group_s_statement_are_nobody_s(claims_by_subject):
    text = "Human Rights Watch said that troops had seized more than 1,500 firearms in the past year."
    assert claims_by_subject(text) == []


def test_some_of_the_dead_killed_in_a_place_are_the_place_s(claims_by_subject):
    text = "Fighting went on. 1,214 of the victims were killed in the municipality of Culiacán alone."
    assert claims_by_subject(text) == [("Culiacán", 1214, None)]


def test_a_count_including_part_of_the_one_before_is_about_the_same_actor(claims_by_subject):
    text = "A war monitor said at least 143 people had been killed in the Manbij countryside since January 1, including 38 civilians."
    found = claims_by_subject(text)
    assert [(subject, value) for subject, value, _ in found] == [("Manbij", 143), ("Manbij", 38)]


def test_the_army_is_the_state_s_army_not_a_rebel_army(claims):
    text = (
        "The ELN, or National Liberation Army, and the Colombian Army's 18th Brigade clashed. "
        "The army says the 10th Front has lost more than 100 fighters."
    )
    assert claims(text) == [("10th Front", 100, "fighters", "more than", "Colombian Army")]


# -- holdings said with a speech verb or as "have N men deployed" ------------------------------------


def test_a_country_that_maintains_soldiers_holds_them(claims):
    found = claims("Rwanda maintains roughly 4,000 soldiers in Cabo Delgado under a bilateral agreement.")
    assert [(c[0], c[1], c[3]) for c in found] == [("Rwanda", 4000, "about")]


def test_maintaining_that_a_number_is_true_is_still_saying_it(claims):
    found = claims("Colonel Musa maintains that the Zamfara Community Protection Guards have 2,645 members.")
    assert [(c[0], c[4]) for c in found] == [("Zamfara Community Protection Guards", "Musa")]


def test_men_commanded_and_spread_across_camps_are_the_commander_s(claims):
    text = "A police spokesman said that Audu Maikudi, 41, commands \u201cnot less than 500 fighters\u201d spread across camps in the forests."
    assert [(c[0], c[1]) for c in claims(text)] == [("Audu Maikudi", 500)]


def test_members_had_deployed_are_the_body_s(claims):
    found = claims("The Zamfara Community Protection Guards have 2,645 members deployed across the state.")
    assert [(c[0], c[1]) for c in found] == [("Zamfara Community Protection Guards", 2645)]


def test_a_verbless_note_counting_a_body_s_men_is_the_body_s(claims):
    found = claims("- Estimate: between 600 and 800 armed ELN fighters in Catatumbo, not counting the kids.")
    assert [(c[0], c[1], c[3]) for c in found] == [("ELN", 600, "exact")]


def test_a_bare_number_claimed_right_after_a_count_counts_the_same(claims):
    text = "Bukhatwa told this newspaper he commands 9,000 men ready to move. Shtewi claims more than 15,000."
    assert [(c[0], c[1], c[2]) for c in claims(text)] == [("Bukhatwa", 9000, "men"), ("Shtewi", 15000, "men")]


def test_a_bare_number_claimed_far_from_any_count_is_no_claim(claims):
    text = "Bukhatwa told this newspaper he commands 9,000 men. The talks failed in Cairo. Shtewi claims more than 15,000."
    assert [c[1] for c in claims(text)] == [9000]


def test_refugees_of_a_nationality_are_the_place_they_reached(claims):
    found = claims("UNHCR reported that nearly 9,000 Sudanese refugees arrived in Tine, Chad, during the period.")
    assert [(c[0], c[1], c[4]) for c in found] == [("Tine", 9000, "UNHCR")]


def test_a_body_estimated_by_common_noun_is_the_body_named_before(claims):
    text = ("Islamic State Mozambique (ISM) can still raid towns. Rwandan commanders, whose Rwanda Defence Force "
            "has deployed nearly 4,000 soldiers, estimate the group at between 400 and 600 armed men.")
    assert ("Islamic State Mozambique", 400) in {(c[0], c[1]) for c in claims(text)}


def test_a_name_the_parser_hung_on_a_date_is_the_verb_s_subject(claims):
    text = ("Karim Haddad, a Lebanese businessman, was charged on Tuesday. According to the indictment, between "
            "March 2021 and June 2024 Karim Haddad arranged at least 19 shipments of crude.")
    assert [(c[0], c[1]) for c in claims(text)] == [("Karim Haddad", 19)]


def test_money_received_by_accounts_someone_controls_is_theirs(claims):
    found = claims("Accounts controlled by Lina Haddad received about $46.2 million.")
    assert [(c[0], c[1], c[2]) for c in found] == [("Lina Haddad", 46200000, "USD")]


def test_with_after_is_or_a_body_noun_is_what_the_body_has(claims):
    text = ("Los Lobos, which Washington has designated a terrorist organisation, is Ecuador's largest criminal group, "
            "with an estimated 8,000 members. The Fursan Brigade, a militia with some 3,000 fighters, controls the port.")
    assert [(c[0], c[1]) for c in claims(text)] == [("Los Lobos", 8000), ("Fursan Brigade", 3000)]


def test_with_after_an_ordinary_noun_is_company_not_holding(claims):
    assert claims("Researchers from the Sahel Rights Observatory held interviews with 48 people in Kidal.") == []


def test_a_reward_raised_from_one_sum_to_another_is_about_its_target(claims):
    text = "The Interior Ministry on Tuesday raised the reward for information leading to the capture of Jairo Macías from $100,000 to $300,000."
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [
        ("Jairo Macías", 100000, "Interior Ministry"),
        ("Jairo Macías", 300000, "Interior Ministry"),
    ]


def test_deaths_confirmed_in_the_state_are_the_state_s(claims):
    text = ("Violence in Plateau State has worsened since January. The Plateau State Police Command has confirmed "
            "118 deaths in the state over the same period.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Plateau State", 118, "Plateau State Police Command")]


def test_a_sum_totalling_the_transfers_belongs_to_whoever_made_them(claims):
    text = "Tembe Obras Lda made 37 transfers totalling R61.5 million to Limpopo Ridge Logistics (Pty) Ltd."
    assert [(c[0], c[1], c[2]) for c in claims(text)] == [("Tembe Obras Lda", 37, "transfers"), ("Tembe Obras Lda", 61500000, "ZAR")]


def test_the_dead_of_acts_by_a_named_body_are_that_body_s_claim(claims):
    assert [(c[0], c[1]) for c in claims("Air strikes by the Fursan Brigade killed 37 civilians in Marib.")] == [("Fursan Brigade", 37)]
    text = "The Panel received credible reports that shelling by the Sobat Defence Forces killed at least 27 civilians in Nasir town."
    assert [(c[0], c[1]) for c in claims(text)] == [("Sobat Defence Forces", 27)]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen from the Ansar Dine group killed 12 villagers near Gao on Monday.", ("Ansar Dine", 12)),
    (("The Upper Nile Defence Forces (UNDF) operate near the border. The Committee's summary states that UNDF attacks in "
      "Maban killed at least 61 civilians between 2021 and 2023."), ("Upper Nile Defence Forces", 61)),
])
def test_the_dead_of_a_body_s_men_or_attacks_are_that_body_s_claim(claims, text, expected):
    assert expected in [(c[0], c[1]) for c in claims(text)]


def test_men_from_a_place_leave_the_dead_to_the_place(claims):
    found = [(c[0], c[1]) for c in claims("Gunmen from Gao killed 12 villagers in Ansongo on Monday.")]
    assert ("Gao", 12) not in found


def test_acts_by_nobody_named_leave_the_dead_to_the_place(claims):
    assert [(c[0], c[1]) for c in claims("Air strikes killed 37 civilians in Marib on Sunday.")] == [("Marib", 37)]


# -- what a body holds acts for it ----------------------------------------------------------------


def test_sites_a_body_controls_produce_for_it(claims):
    found = claims("The Panel estimates that RSF-controlled mines produced about 7.2 tonnes of gold in 2024.")
    assert [(c[0], c[1]) for c in found] == [("RSF", 7.2)]


def test_militias_a_body_backs_are_their_own(rule_claims):
    found = rule_claims("Monitors said Hezbollah-backed militias in Qusayr had received 400 rifles.")
    assert all(c[0] != "Hezbollah" for c in found)


def test_things_counted_with_their_owner_are_the_owner_s(claims):
    found = claims("The Treasury also designated 14 properties owned by Hamid Rahimi in Dubai.")
    assert [(c[0], c[1]) for c in found] == [("Hamid Rahimi", 14)]


def test_things_only_linked_to_someone_stay_the_counter_s(claims):
    found = claims("Ecuador's Financial Analysis Unit (UAFE) has frozen 37 bank accounts linked to Jorge Vera.")
    assert [c[0] for c in found] != ["Jorge Vera"]


def test_a_sum_offered_for_information_on_someone_is_a_reward_about_them(claims):
    found = claims("The Ministry of Defence has offered up to 500 million pesos for information on Ramiro Pabón.")
    assert [(c[0], c[1], c[4]) for c in found] == [("Ramiro Pabón", 500000000, "Ministry of Defence")]
    found = claims("The government offered $100,000 for information about the whereabouts of commander Hamadoun Kouyaté.")
    assert [(c[0], c[1]) for c in found] == [("Hamadoun Kouyaté", 100000)]


def test_a_sum_offered_for_a_thing_is_no_reward(claims):
    found = claims("Zamfara Gold offered $2 million for the mine in Maru, Sadiq Rahim said.")
    assert all(c[0] != "Maru" for c in found)


def test_a_country_that_offers_a_reward_asserts_it(claims):
    found = claims("The United States has offered a reward of up to $5 million for information leading to Juma Twaha's capture.")
    assert [(c[0], c[1], c[4]) for c in found] == [("Juma Twaha", 5000000, "United States")]


def test_a_second_reward_hung_on_the_verb_is_about_its_own_target(claims):
    text = ("The Department of State is offering rewards of up to $3 million for information leading to the arrest of "
            "the cartel's leader, Ramón Ortiz Vega, and up to $500,000 for information on its accountant, Elena Ruiz.")
    found = [(c[0], c[1]) for c in claims(text)]
    assert ("Ramón Ortiz Vega", 3000000) in found and ("Elena Ruiz", 500000) in found


def test_the_subject_after_that_when_the_parser_hangs_two_on_one_verb(claims):
    text = ("The Kham Sai Group runs laboratories in Shan State. Prosecutors in the Eastern District of New York allege "
            "that between 2019 and 2024 the organization shipped more than 9 tonnes of methamphetamine.")
    assert [(c[0], c[1]) for c in claims(text)] == [("Kham Sai Group", 9)]


def test_things_belonging_to_a_company_act_for_it(claims):
    text = "Barges belonging to Fluvial Andina S.A.C. carried about 90 kilograms of gold across the border."
    assert [(c[0], c[1]) for c in claims(text)] == [("Fluvial Andina S.A.C.", 90)]


def test_a_name_after_an_indefinite_noun_is_its_apposition(claims):
    text = "A small trading house, Distribuidora Minera del Norte S.A.C. (DIMINOR), declared purchases of 640 kilograms of gold."
    assert [(c[0], c[1]) for c in claims(text)] == [("Distribuidora Minera del Norte S.A.C.", 640)]


def test_he_in_what_plural_sources_believe_is_the_person_named_before(claims):
    text = ("Idrissa Ould Cheikh is a Mauritanian trader. Investigators from the Central Office against Trafficking "
            "(COAT) believe he brokered no fewer than 29 shipments between 2021 and 2024.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Idrissa Ould Cheikh", 29, "Central Office against Trafficking")]


def test_he_in_what_an_unnamed_single_source_says_stays_nobody(claims):
    text = "Idrissa Ould Cheikh is a Mauritanian trader. A customs officer said he had paid 40 million CFA francs in bribes."
    assert all(c[0] != "Idrissa Ould Cheikh" for c in claims(text))


def test_a_company_registered_with_a_capital_holds_it(claims):
    text = "The trucks were booked through Sahara Fret SARL, a company registered in Agadez in 2020 with a declared capital of 2 million CFA francs."
    assert [(c[0], c[1]) for c in claims(text)] == [("Sahara Fret SARL", 2000000)]


def test_a_body_that_numbers_its_members(claims):
    found = claims("According to three confidential sources, the Sahel Brigade numbers between 300 and 400 armed members.")
    assert [(c[0], c[1]) for c in found] == [("Sahel Brigade", 300)]


def test_its_in_an_estimate_joined_to_another_verb_is_not_the_estimators(claims):
    text = ("The Sahel Brigade taxes every truck on the road. The Panel of Experts notes that the brigade extorts a toll at "
            "checkpoints, and estimates its revenue from this source at US$ 150,000 per month.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Sahel Brigade", 150000, "Panel of Experts")]


def test_a_reward_s_target_anywhere_in_its_clause(claims):
    text = ("The Bahia Public Security Secretariat is offering a reward of R$ 10,000 through its Disque Denúncia "
            "hotline for information leading to Marcos Araújo's arrest.")
    assert ("Marcos Araújo", 10000, "BRL", "exact", "Bahia Public Security Secretariat") in claims(text)


def test_whom_a_court_orders_to_pay_owns_the_sum(claims):
    found = claims("The District Court of Rotterdam ordered Omar Haddad to pay €6.8 million to the State.")
    assert [(subject, claimant) for subject, value, *_, claimant in found if value == 6_800_000] == [
        ("Omar Haddad", "District Court")]


def test_what_a_spokesperson_says_it_has_is_the_body_s(claims):
    text = ("The Group of Experts estimates the FHP's strength at some 300 combatants, while an FHP spokesperson, "
            "Moïse Bizimana, told the Group of Experts that it had 1,500 men.")
    found = claims(text)
    assert ("FHP", 1500, "men", "exact", "Moïse Bizimana") in found
    assert not any(subject == "Group of Experts" for subject, *_ in found)


@pytest.mark.parametrize("text, expected", [
    ("The Panel put the strength of the Front des Hauts Plateaux at 1,200.",
     ("Front des Hauts Plateaux", 1200, "personnel", "about", "Panel")),
    ("Analysts put the FHP's strength at about 2,000.", ("FHP", 2000, "personnel", "about", None)),
])
def test_a_body_s_strength_put_at_a_bare_number_counts_its_people(claims, text, expected):
    assert expected in claims(text)


def test_a_strength_of_no_body_is_no_claim(claims):
    assert claims("The river's strength was put at 2,000 cubic metres a second.") == []


@pytest.mark.parametrize("text, expected", [
    ("FLA leaders claim several thousand combatants.", ("FLA", 2000, "combatants", "more than", "FLA")),
    ("FLA leaders say they have several thousand combatants.", ("FLA", 2000, "combatants", "more than", "FLA")),
])
def test_a_body_s_leaders_speak_for_it(claims, text, expected):
    assert expected in claims(text)


# -- both sides of a kill (claim_sides.py) -----------------------------------------------------------


def test_a_kill_between_two_named_sides_is_both_sides_claim(claims):
    found = claims("The Ethiopian National Defense Force says its troops killed 163 Fano fighters and captured 58 near Bure.")
    assert sorted(found) == [
        ("Ethiopian National Defense Force", 58, "fighters", "exact", "Ethiopian National Defense Force"),
        ("Ethiopian National Defense Force", 163, "fighters", "exact", "Ethiopian National Defense Force"),
        ("Fano", 58, "fighters", "exact", "Ethiopian National Defense Force"),
        ("Fano", 163, "fighters", "exact", "Ethiopian National Defense Force"),
    ]


def test_an_unnamed_enemy_is_no_second_side(claims):
    found = claims("Getnet Alebachew, a Fano spokesman, said Fano units had killed more than 300 soldiers near Bure.")
    assert [f[0] for f in found] == ["Fano"]


def test_dying_is_one_side_s_loss(claims):
    found = claims("The Ethiopian National Defense Force said 40 Fano fighters died in clashes near Bure.")
    assert [f[0] for f in found] == ["Fano"]


# -- "the group" is the armed group, not an observer ----------------------------------------------------


def test_the_group_s_income_estimated_by_an_observer_is_the_group_s(claims):
    text = ("Al-Shabaab taxes farmers and truckers across Lower Shabelle. Dr. Helen Okafor of the Nairobi-based "
            "Regional Finance Monitor puts the group's income from the region at about $9 million a year.")
    assert [(f[0], f[1], f[4]) for f in claims(text)] == [("Al-Shabaab", 9000000, "Helen Okafor")]


def test_the_group_passes_over_a_monitoring_mission(claims):
    text = ("Al-Shabaab taxes farmers across Lower Shabelle. The Somali National Army and the African Union Transition "
            "Mission in Somalia retook two bridges in March. Since then the group's income has fallen to less than $2 million.")
    assert [(f[0], f[1]) for f in claims(text) if f[2] == "USD"] == [("Al-Shabaab", 2000000)]


def test_a_second_at_on_an_estimate_is_about_the_name_before_it(claims):
    text = ("The Haitian National Police puts Baz Solèy's strength at between 900 and 1,100 armed members "
            "and Gran Grif at roughly 1,800, according to a senior police official.")
    found = {(f[0], f[1]) for f in claims(text)}
    assert ("Gran Grif", 1800) in found and ("Baz Solèy", 1800) not in found


def test_a_second_at_without_a_name_keeps_the_first_owner(claims):
    found = claims("The Panel puts the Kivu Liberation Front's strength at 1,200 fighters and at 2,000 in 2022.")
    assert {f[0] for f in found} == {"Kivu Liberation Front"}


def test_a_people_named_in_the_singular_after_a_number_is_counted(claims):
    text = "Some 600,000 Rohingya still live in Rakhine State, and at least 45,000 Rohingya have crossed into Bangladesh."
    assert [(f[0], f[1]) for f in claims(text)] == [("Rohingya", 600000), ("Rohingya", 45000)]


def test_a_people_modifying_the_counted_noun_is_not_the_count(claims):
    assert all(f[2] == "herders" for f in claims("Gunmen killed 3 Fulani herders near Jos on Sunday."))


def test_a_share_of_them_is_the_body_they_stand_for(claims):
    text = "The Community Protection Guards patrol the roads. The state funds the Guards, about 2,400 of them, with a monthly stipend."
    assert [(f[0].split()[-1], f[1], f[2]) for f in claims(text)] == [("Guards", 2400, "members")]


def test_a_share_of_them_who_are_no_body_is_no_claim(claims):
    assert claims("Gunmen attacked the village on Sunday. Police later arrested 12 of them.") == []


def test_a_name_the_parser_hung_on_the_verb_as_a_compound_is_its_subject(claims):
    text = ("The UN Security Council's sanctions monitoring team assessed in its latest report that the TTP fields "
            "between 5,000 and 6,500 fighters.")
    assert [(c[0], c[1]) for c in claims(text)] == [("TTP", 5000)]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The Cúcuta Metropolitan Police said they had arrested 14 suspected members of a Tren de Aragua cell.", "Tren de Aragua"),
        ("The Cúcuta Metropolitan Police arrested 14 members of Los Lobos.", "Los Lobos"),
    ],
)
def test_members_counted_of_a_body_are_the_body_s(claims, text, subject):
    assert [(c[0], c[1]) for c in claims(text)] == [(subject, 14)]


def test_residents_of_a_body_s_town_are_not_the_body_s(claims):
    text = "The Cúcuta Metropolitan Police said they had evacuated 140 residents of the Los Lobos district."
    assert all(c[0] != "Los Lobos" for c in claims(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The NUG's Ministry of Defence has registered more than 300 PDF battalions.", ("PDF", 300)),
    ],
)
def test_a_body_named_on_counted_units_owns_them(claims, text, expected):
    assert expected in [(c[0], c[1]) for c in claims(text)]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Mexican authorities froze only about 300 million pesos of CJNG-linked assets in 2023.", "CJNG"),
        ("The Treasury froze $5 million in Hezbollah funds.", "Hezbollah"),
        ("The UN froze $2 million of the Sahel Gold Company's assets.", "Sahel Gold Company"),
    ],
)
def test_a_sum_of_a_body_s_assets_is_the_body_s_not_the_freezer_s(claims, text, subject):
    assert [c[0] for c in claims(text)] == [subject]


def test_a_sum_put_into_a_body_s_accounts_stays_the_payer_s(claims):
    assert [c[0] for c in claims("The Treasury invested $5 million in Hezbollah accounts.")] == ["Treasury"]
