"""claim_claimants.py, claim_epithets.py: who asserts a claim when the text names the source only by
a title, a rank or a count, on sentences written for these tests (full pipeline). Each rule has a
case it fires on and one it must leave alone."""






# -- an unnamed source speaks for the organization on it ------------------------------------------


def test_an_unnamed_officer_of_a_named_body_speaks_for_it(claims):
    text = (
        "The Kebbi Rangers hold the north. The Kebbi Rangers colonel at the airport base told a reporter "
        "that the Wagner Group rotated in 800 men in June."
    )
    assert claims(text) == [("Wagner Group", 800, "men", "exact", "Kebbi Rangers")]


def test_an_unnamed_officer_of_no_body_is_nobody(claims):
    text = "A colonel at the airport base told a reporter that the Wagner Group rotated in 800 men in June."
    assert claims(text) == [("Wagner Group", 800, "men", "exact", None)]


def test_a_researcher_at_a_body_speaks_for_it(claims):
    found = claims("Ansar Dine lost 40 men in the fighting, a researcher at Human Rights Watch said.")
    assert found == [("Ansar Dine", 40, "men", "exact", "Human Rights Watch")]


def test_a_source_from_a_place_is_nobody(claims):
    assert claims("Ansar Dine lost 40 men in the fighting, a diplomat from Kenya said.") == [("Ansar Dine", 40, "men", "exact", None)]


# -- a title is the one person the document gives it ------------------------------------------------


def test_a_title_is_the_one_person_titled_so(claims):
    text = (
        "Commissioner Musa Bello told reporters on Monday that the Kebbi Rangers controlled the north. "
        "The state's commissioner for security said the group had 700 fighters."
    )
    assert claims(text) == [("Kebbi Rangers", 700, "fighters", "exact", "Musa Bello")]


def test_a_title_two_people_hold_is_nobody(claims):
    text = "Commissioner Musa Bello and Commissioner Ado Sani spoke on Monday. The commissioner said the Kebbi Rangers had 700 fighters."
    assert claims(text) == [("Kebbi Rangers", 700, "fighters", "exact", None)]


# -- "by his count" ---------------------------------------------------------------------------------


def test_by_his_count_names_the_claimant(claims):
    text = (
        "Amina Yusuf, a spokeswoman for the Kebbi Rangers, spoke on Monday. The Kebbi Rangers, she added, have "
        "lost 40 fighters since March; the Wagner Group, by her count, has lost at least 90."
    )
    assert claims(text) == [
        ("Kebbi Rangers", 40, "fighters", "exact", "Amina Yusuf"),
        ("Wagner Group", 90, "fighters", "at least", "Amina Yusuf"),
    ]


def test_by_some_counts_names_nobody(claims):
    found = claims("The Kebbi Rangers have lost at least 90 fighters, by some counts.")
    assert found == [("Kebbi Rangers", 90, "fighters", "at least", None)]


# -- a communiqué stands for its author, whose own losses it counts ---------------------------------


def test_a_communique_counts_its_author_s_own_soldiers(claims):
    text = "The FACA colonel in Bangui spoke to reporters on Monday. The FACA communiqué says 15 soldiers were killed near Bambari."
    assert claims(text) == [("FACA", 15, "soldiers", "exact", "FACA")]


def test_a_body_the_text_never_puts_a_rank_on_does_not_lose_soldiers(claims):
    found = claims("The MINUSCA communiqué says 15 soldiers were killed near Bambari.")
    assert found == [("Bambari", 15, "soldiers", "exact", "MINUSCA")]


def test_putting_the_number_of_a_body_s_men_at_an_amount(claims):
    text = "Colonel Tesfaye Bekele, an army spokesman, put the number of Fano fighters still in the field at no more than 8,000."
    found = claims(text)
    assert found == [("Fano", 8000, "fighters", "at most", "Tesfaye Bekele")]


def test_its_fighters_in_a_spokesman_s_words_are_his_body(claims):
    text = (
        "Colonel Naw Seng Awng, a spokesman for the Kachin Independence Army, told reporters that its fighters "
        "now held nearly 60 military outposts along the frontier."
    )
    assert claims(text) == [("Kachin Independence Army", 60, "military outposts", "up to", "Naw Seng Awng")]


def test_the_monitor_of_a_report_headed_by_its_name_is_the_claimant(claims):
    text = (
        "Yemen: Civilian Harm in Taiz, January–June 2024\n"
        "Report excerpt – Yemeni Observatory for Civilian Protection (YOCP), Amman, 12 August 2024\n\n"
        "The monitor documented the detention of more than 1,300 people by Houthi security services, "
        "including 64 humanitarian workers.\n"
    )
    found = claims(text)
    assert ("Houthi", 1300, "people", "more than", "Yemeni Observatory for Civilian Protection") in found
    assert ("Houthi", 64, "humanitarian workers", "exact", "Yemeni Observatory for Civilian Protection") in found


def test_people_counted_with_a_participle_by_a_body_are_its_acts(claims):
    text = (
        "The monitor documented at least 96 civilians killed and 241 injured by artillery fire attributed to "
        "Houthi forces in Taiz. Investigators counted at least 11 mine sites guarded by Wagner fighters."
    )
    subjects = {(subject, value) for subject, value, *_ in claims(text)}
    assert {("Houthi", 96), ("Wagner", 11)} <= subjects


def test_people_interviewed_by_a_reporter_are_not_its_acts(claims):
    text = "Each fighter receives about 650,000 dinars a month, according to two PMF administrators interviewed by the Shingal Monitor."
    assert all(subject != "Shingal Monitor" for subject, *_ in claims(text))


def test_an_unattributed_finding_in_a_body_s_report_is_the_body_s(claims):
    text = (
        "Yemen: Civilian Harm in Taiz, January–June 2024\n"
        "Report excerpt – Yemeni Observatory for Civilian Protection (YOCP), Amman, 12 August 2024\n\n"
        "At least 14 people died in Houthi custody during the period.\n"
    )
    assert claims(text) == [("Houthi", 14, "people", "at least", "Yemeni Observatory for Civilian Protection")]


def test_an_unattributed_number_in_a_news_story_has_no_claimant(claims):
    text = "Fighting in Taiz\nTAIZ, Yemen - At least 14 people died in Houthi custody during the period.\n"
    assert all(claimant is None for *_, claimant in claims(text))


# -- countries that speak, contrasts, assessments, counts "by X's count" --------------------------


def test_a_country_that_says_it_pledged_money_claims_it(claims):
    assert claims("Iran says it has pledged $300 million for Lebanon's reconstruction.") == [
        ("Iran", 300_000_000, "USD", "exact", "Iran")
    ]


def test_a_place_that_is_only_the_scene_claims_nothing(claims):
    assert all(c[4] != "Kidal" for c in claims("In Kidal, the FLA says it has 400 fighters."))


def test_the_second_half_of_a_contrast_is_the_same_speaker_s(claims):
    found = claims("Bakura said Sani Gwaska commands as many as 600 fighters, while Halilu Dan Mairiga leads about 250.")
    assert {(c[0], c[1], c[4]) for c in found} == {("Sani Gwaska", 600, "Bakura"), ("Halilu Dan Mairiga", 250, "Bakura")}


def test_an_assessment_is_a_claim_of_the_assessor(claims):
    found = claims("The Rede de Protecção do Norte assesses that ISMP fields no more than 350 fighters.")
    assert [(c[0], c[1], c[4]) for c in found] == [("ISMP", 350, "Rede de Protecção do Norte")]


def test_by_someone_s_count_is_the_claimant_not_the_killer(claims):
    found = claims("The monitor RPN publishes quarterly. At least 112 civilians were killed in Macomia, by RPN's count.")
    assert [(c[0], c[4]) for c in found] == [("Macomia", "RPN")]


def test_acts_attributed_to_a_group_are_the_group_s(claims):
    found = claims("Monitors of the Rede de Protecção do Norte recorded 63 attacks attributed to Islamic State Mozambique Province.")
    assert [(c[0], c[1]) for c in found] == [("Islamic State Mozambique Province", 63)]


def test_the_group_that_speaks_is_the_body_that_spoke_before(claims):
    text = ("The Malian Armed Forces said troops repelled the assault. Army spokesman Colonel Boubacar Sanogo said the "
            "town was held. In a message posted on its channel, JNIM said the operation involved fighters. "
            "The group said only four of its fighters were killed.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("JNIM", 4, "JNIM")]


def test_the_group_in_a_clause_is_not_the_source_before(claims):
    text = "Analysts at the Sahel Security Observatory said the Katiba Macina was recruiting. The group now has 800 fighters."
    assert [(c[0], c[1]) for c in claims(text)] == [("Katiba Macina", 800)]


def test_a_conjunct_hung_on_the_speech_verb_is_still_said(claims):
    text = ("JNIM gave a sharply different account. In a message released through its media arm, the group said it "
            "had killed 27 soldiers, captured four others and seized 14 vehicles.")
    assert {(c[1], c[4]) for c in claims(text)} == {(27, "JNIM"), (4, "JNIM"), (14, "JNIM")}


def test_a_conjunct_with_its_own_subject_is_not_said(claims):
    text = "Colonel Adamu Bello said the road was open, and the gunmen later killed 12 traders near Gusau."
    assert all(c[4] != "Adamu Bello" for c in claims(text))


def test_an_estimate_hung_on_a_participle_of_the_count_still_counts(claims):
    text = "The Defensoria del Pueblo puts the number of people displaced in Catatumbo since January at more than 52,000."
    assert [(c[0], c[1], c[2], c[3]) for c in claims(text)] == [("Catatumbo", 52000, "people", "more than")]


def test_an_estimate_of_people_killed_in_two_places_names_neither(claims):
    text = "The monitor puts the number of people displaced in Catatumbo and Tibu since January at more than 52,000."
    assert all(c[0] not in {"Catatumbo", "Tibu"} for c in claims(text))


def test_a_press_release_s_unattributed_numbers_are_its_issuer_s(claims):
    text = ("UNMISS condemns deadly clashes in Longechuk County\nPRESS RELEASE | UNMISS/PR/047/2025\n\n"
            "The United Nations Mission in South Sudan (UNMISS) condemns the fighting. "
            "The Mission has since deployed an additional 120 peacekeepers to a base near the town.")
    assert [(c[1], c[4]) for c in claims(text)] == [(120, "United Nations Mission in South Sudan")]


def test_a_story_quoting_a_statement_has_no_issuer(claims):
    text = ("Army says it repelled assault\nBAMAKO (Wire) - The Malian Armed Forces said in a statement they held Boni.\n\n"
            "Residents said 40 civilians were killed in Boni.")
    assert all(c[4] != "Malian Armed Forces" for c in claims(text))


def test_information_gathered_by_a_body_is_its_claim(claims):
    text = ("According to preliminary information gathered by the Mission's Human Rights Division, at least 52 "
            "civilians were killed in Mathiang.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Mathiang", 52, "Human Rights Division")]


# -- what a body alleges in a document it wrote ----------------------------------------------------


def test_a_that_clause_hung_from_a_document_is_said_by_its_author(claims):
    text = (
        "Peru's public prosecutor's office, the Fiscalía de la Nación, alleges in a 90-page indictment "
        "that Hernán Ruiz Castillo moved at least 2,400 kilograms of gold between 2019 and 2022."
    )
    assert claims(text) == [("Hernán Ruiz Castillo", 2400, "kilograms of gold", "at least", "Fiscalía de la Nación")]


def test_a_relative_clause_on_a_document_is_no_content(claims):
    text = "Hernán Ruiz Castillo, named in an indictment that prosecutors filed in Lima, moved at least 2,400 kilograms of gold."
    assert claims(text) == [("Hernán Ruiz Castillo", 2400, "kilograms of gold", "at least", None)]


def test_records_of_a_body_are_its_word(claims):
    text = ("According to records of the Kenya Revenue Authority, Lakeside Petroleum declared the import of "
            "3.1 million litres of diesel through Mombasa.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("Lakeside Petroleum", 3_100_000, "Kenya Revenue Authority")]


def test_we_in_a_body_s_own_memo_is_the_body(claims):
    text = ("PALMERAS DEL CHOCÓ S.A.S. — Internal Memorandum 2024-07\n\n"
            "2. Amounts. We currently pay COP 21 million per month to the Frente Atrato.")
    assert [(c[0], c[1], c[4]) for c in claims(text)] == [("PALMERAS DEL CHOCÓ S.A.S.", 21_000_000, "PALMERAS DEL CHOCÓ S.A.S.")]


def test_we_outside_quotes_in_a_news_story_is_nobody(claims):
    text = "Rebels seized the town on Monday. We currently count 21 checkpoints on the road to Quibdó."
    assert claims(text) == []


def test_said_in_a_statement_that_is_the_speaker_s_claim(claims):
    text = ("The Kordofan Shield Forces (KSF), led by Lt. Gen. Yasir Abdelmoneim Karrar, said in a statement that "
            "its units had killed at least 240 fighters of the rival Popular Revolutionary Front.")
    assert ("Kordofan Shield Forces", 240, "fighters", "at least", "Kordofan Shield Forces") in claims(text)


def test_a_group_named_on_the_noun_before_it_speaks_for_itself(claims):
    text = "In Tsafe itself, the older Yan Sa Kai vigilante group says it has more than 300 volunteers."
    assert ("Yan Sa Kai", 300, "volunteers", "more than", "Yan Sa Kai") in claims(text)
    assert claims("The group says it has more than 300 volunteers.") == []


def test_a_speaker_label_in_capitals_for_a_person_the_text_names_claims_the_turn(claims):
    text = ("HOST (MAYA LINDQVIST): Good evening. With me are Dr. Thant Zin Oo, a former adviser to the National Unity "
            "Government; Naw Eh Htoo of the Chiang Mai-based Border Conflict Monitor; and Graham Pettifer, a retired colonel.\n"
            "NAW EH HTOO: The KIA has between 15,000 and 20,000 troops in its regular brigades.\n")
    assert [(c[0], c[1], (c[4] or "").lower()) for c in claims(text)] == [("KIA", 15000, "naw eh htoo")]


def test_a_form_field_in_capitals_is_still_no_speaker(extract):
    record = extract("DATE OF BIRTH: 12 March 1980\nThe defendant was born in Kano.\n")
    assert all("BIRTH" not in e["name"] for e in record["entities"])


def test_a_speaker_label_in_capitals_for_an_outlet_stays_the_outlet(extract):
    text = ("The following interview was conducted in Erbil by The Levant Desk. The interviewee, a 31-year-old from Basra "
            "who served with a faction of the Popular Mobilization Forces, asked to be identified only as Abu Mahdi.\n"
            "THE LEVANT DESK: How did you join?\n"
            "ABU MAHDI: In 2014, when Daesh took Mosul, everyone on my street volunteered.\n")
    desk = next(e for e in extract(text)["entities"] if "levant desk" in e["name"].lower())
    assert desk["type"] == "organization"
