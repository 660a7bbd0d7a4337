import pytest

from tests.conftest import entity_named


def test_actors_surname_joins_full_name(extract):
    record = extract("Rami Makhlouf left Damascus in 2020. Makhlouf now lives in Moscow, where Makhlouf has a villa.")
    makhlouf = entity_named(record, "Rami Makhlouf")
    assert makhlouf is not None and makhlouf["type"] == "person"
    assert makhlouf["aliases"] == ["Makhlouf"]
    assert len(makhlouf["mentions"]) == 3


def test_actors_two_people_sharing_a_family_name_stay_two(extract):
    record = extract("Bashar al-Assad fled to Moscow. His brother Maher al-Assad commanded the Fourth Division.")
    names = {e["name"] for e in record["entities"] if e["type"] == "person"}
    assert {"Bashar al-Assad", "Maher al-Assad"} <= names


def test_actors_gazetteer_spellings_are_one_entity(extract):
    record = extract("Hezbollah sent fighters to Syria. Officials said Hizballah had lost 40 men there.")
    hezbollah = entity_named(record, "Hezbollah")
    assert hezbollah is not None and hezbollah["type"] == "organization"
    assert "Hizballah" in hezbollah["aliases"]


def test_actors_titles_become_descriptors(extract):
    record = extract("The regime's head of military intelligence Maj. Gen. Kamal Hassan fled to Beirut.")
    hassan = entity_named(record, "Kamal Hassan")
    assert hassan is not None
    assert "Maj. Gen." in hassan["descriptors"]
    assert any("head of military intelligence" in d for d in hassan["descriptors"])


def test_actors_appositive_role_is_a_descriptor(extract):
    record = extract("Rami Makhlouf, Assad's cousin, spent years under house arrest.")
    assert "Assad's cousin" in entity_named(record, "Rami Makhlouf")["descriptors"]


def test_actors_sect_adjective_is_a_group(extract):
    record = extract("The militias recruit from the Alawite sect in the coastal mountains.")
    alawites = entity_named(record, "Alawites")
    assert alawites is not None and alawites["type"] == "group"
    assert "Alawite" in alawites["aliases"]


def test_actors_gazetteer_fixes_mistyped_places_and_groups(extract):
    record = extract("Hayat Tahrir al-Sham fighters entered Homs and then Tartus last week.")
    assert entity_named(record, "Hayat Tahrir al-Sham")["type"] == "organization"
    assert entity_named(record, "Homs")["type"] == "location"
    assert entity_named(record, "Tartus")["type"] == "location"


def test_actors_nationality_adjective_is_not_an_actor(extract):
    record = extract("Syrian authorities arrested the smugglers near the border.")
    assert entity_named(record, "Syrian") is None


def test_actors_acronym_joins_the_organization_it_abbreviates(extract):
    record = extract("The Border Guard Force holds the pass. A BGF officer said the road was closed.")
    bgf = entity_named(record, "Border Guard Force")
    assert bgf is not None and "BGF" in bgf["aliases"]


def test_actors_declared_alias_joins(extract):
    record = extract("Wissam Kadhim al-Zubaidi, known as Abu Haidar, keeps the books. Abu Haidar said little.")
    zubaidi = entity_named(record, "Wissam Kadhim al-Zubaidi")
    assert zubaidi is not None and "Abu Haidar" in zubaidi["aliases"]


def test_actors_alias_declared_a_few_words_after_the_name(extract):
    record = extract("Hajj Salem Obaid al-Jubouri, 52, known to his fighters as Abu Karrar, runs the checkpoint. Abu Karrar denied it.")
    jubouri = entity_named(record, "Salem Obaid al-Jubouri")
    assert jubouri is not None and "Abu Karrar" in jubouri["aliases"]


def test_actors_alias_declared_after_a_description_of_the_body(extract):
    record = extract(
        "Abu Hassan commands Liwa Saif al-Haqq, a Shia armed faction formally registered as the 44th Brigade of the "
        "Popular Mobilization Forces. The 44th Brigade holds the road."
    )
    liwa = entity_named(record, "Liwa Saif al-Haqq")
    assert liwa is not None and liwa["type"] == "organization" and "44th Brigade" in liwa["aliases"]
    assert not any("44th Brigade" in e["aliases"] for e in record["entities"] if e is not liwa)


def test_actors_an_alias_cue_after_another_name_is_that_name_s(extract):
    record = extract(
        "Mayor Juan Carlos Ortega of Arauca and the Ombudsman's Office, known in Colombia as the Defensoría del Pueblo, met."
    )
    arauca = entity_named(record, "Arauca")
    assert arauca is not None and not any("Defensor" in a for a in arauca["aliases"])


def test_actors_capitalised_words_after_a_title_are_a_person(extract):
    record = extract("Mayor Luz Dary Rincón Pabón said on Tuesday that shops had closed. Rincón asked for help.")
    mayor = entity_named(record, "Luz Dary Rincón Pabón")
    assert mayor is not None and mayor["type"] == "person" and "Rincón" in mayor["aliases"]


def test_actors_a_title_before_a_body_s_name_makes_no_person(extract):
    record = extract("The General Assembly voted. Washington named it a Foreign Terrorist Organization.")
    assert not any(e["type"] == "person" for e in record["entities"])


def test_actors_a_bare_surname_shared_by_two_people_is_the_first_introduced(extract):
    record = extract(
        "Walid Haddad, a cement magnate, funds the Mountain Brigade. The brigade is led by his brother, "
        "Karim Haddad. Rivals accuse Haddad of buying loyalty."
    )
    walid = entity_named(record, "Walid Haddad")
    assert walid is not None and "Haddad" in walid["aliases"]


def test_actors_two_spellings_of_one_person_join(extract):
    record = extract("Brig. Gen. Ahmad Youssef Daher left for Minsk. Ahmed Daher says he commands 9,000 men.")
    people = [e for e in record["entities"] if e["type"] == "person"]
    assert len(people) == 1 and "Ahmed Daher" in people[0]["aliases"]


def test_actors_brothers_sharing_a_family_name_stay_two(extract):
    record = extract("Ghiath Jaber funds the brigade. His brother Iyad Jaber commands it.")
    assert {e["name"] for e in record["entities"] if e["type"] == "person"} == {"Ghiath Jaber", "Iyad Jaber"}


def test_actors_a_title_before_a_name_tagged_as_a_body_makes_a_person(extract):
    record = extract("Chief Magistrate Lucas Onyango adjourned the case. Corporal Joseph Mwangi testified.")
    people = {e["name"] for e in record["entities"] if e["type"] == "person"}
    assert people == {"Lucas Onyango", "Joseph Mwangi"}


@pytest.mark.parametrize(
    "text, word",
    [
        ("[12/03/2024, 14:05] Ti Sonson: the money came.", "12/03/2024"),
        ("The report S/2025/482 was circulated to the Council.", "S/2025/482"),
        ("The exchange moved IQD 190 billion for the brigade.", "IQD"),
        ("They met Walid at Easter in Beirut.", "Easter"),
    ],
)
def test_actors_dates_symbols_currencies_and_holidays_are_not_names(extract, text, word):
    assert not any(word in e["name"] for e in extract(text)["entities"])


def test_actors_nicknames_quoted_before_bracketed_names_join_them(extract):
    text = (
        'Participants: "Bos Ti" (Wilfrid Desrosiers, leader of the gang); "Ti Lolo" (Samuel Pierre-Louis, the treasurer).\n'
        "[12/03/2024, 14:05] Bos Ti: Lolo how much came in this week\n"
    )
    record = extract(text)
    boss = entity_named(record, "Wilfrid Desrosiers")
    treasurer = entity_named(record, "Samuel Pierre-Louis")
    assert boss is not None and "Bos Ti" in boss["aliases"]
    assert treasurer is not None and "Ti Lolo" in treasurer["aliases"]
    assert not any(":" in e["name"] for e in record["entities"])


def test_actors_nicknames_a_key_says_are_people_join_them(extract):
    text = (
        'Investigators identified the participants: "Kapetan" is Dragan Kostić, 44, the nephew of Sretko '
        'Vukmirović, 63, who is referred to in the chat as "Veliki"; "Bora Sid" is the driver Borislav Ilić.\n'
        "[03/09/2024, 21:05] Kapetan: price is 3500 euro per head. Veliki said so\n"
        "[03/09/2024, 21:09] Bora Sid: i need 200 per person for driving\n\n"
        "Kostić and Ilić were arrested on 6 September. Vukmirović remains at large.\n"
    )
    record = extract(text)
    assert "Kapetan" in entity_named(record, "Dragan Kostić")["aliases"]
    boss = entity_named(record, "Sretko Vukmirović")
    assert "Veliki" in boss["aliases"] and boss["type"] == "person"
    assert "Bora Sid" in entity_named(record, "Borislav Ilić")["aliases"]


def test_actors_a_quoted_title_before_is_is_no_nickname(extract):
    record = extract('His latest film, "Harvest", is Samir Haddad\'s third. Haddad lives in Beirut.')
    haddad = entity_named(record, "Samir Haddad")
    assert haddad is None or "Harvest" not in haddad["aliases"]


def test_actors_a_two_word_title_stays_out_of_the_name(extract):
    record = extract("Its deputy minister, Major General Kyaw Htet Naing, said the army held the town.")
    person = entity_named(record, "Kyaw Htet Naing")
    assert person is not None and person["type"] == "person"


def test_actors_a_state_institution_s_name_runs_over_its_connectors(extract):
    record = extract("According to the Fiscalía General del Estado, 1,214 of the victims were killed in Culiacán.")
    fiscalia = entity_named(record, "Fiscalía General del Estado")
    assert fiscalia is not None and fiscalia["type"] == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Asociación de Ganaderos del Valle de Zamora, which represents about 1,900 ranchers, closed its office.",
         "Asociación de Ganaderos del Valle de Zamora"),
        ("Transfers went to the Cooperativa Minera del Alto Nanay in Iquitos.", "Cooperativa Minera del Alto Nanay"),
        ("Since March the ELN has fought the Frente 36 de Octubre around Sardinata.", "Frente 36 de Octubre"),
    ],
)
def test_actors_a_spanish_body_s_name_runs_over_its_connectors_and_numbers(extract, text, name):
    entity = entity_named(extract(text), name)
    assert entity is not None and entity["type"] == "organization"


def test_actors_a_body_s_name_stops_at_lower_case_words(extract):
    record = extract("The Frente de la Selva said the Sindicato Minero had 600 members in 2021.")
    names = {e["name"] for e in record["entities"]}
    assert {"Frente de la Selva", "Sindicato Minero"} <= names
    assert not any(" said" in n or n.endswith("2021") for n in names)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Hassan Fakhreddine said Kono Star Diamonds exported stones worth $12 million.", "Kono Star Diamonds", "organization"),
        ("The exchange operates from an office on Ghobeiry Boulevard in Beirut.", "Ghobeiry Boulevard", "location"),
    ],
)
def test_actors_words_of_a_trade_or_a_street_type_the_name(extract, text, name, kind):
    entity = entity_named(extract(text), name)
    assert entity is not None and entity["type"] == kind


def test_actors_form_fields_are_not_names(extract):
    record = extract("KARAM, Walid; DOB 14 Mar 1971; Passport RL0481922; Tel. +961 1 234 567.")
    names = {e["name"] for e in record["entities"]}
    assert not names & {"DOB", "Passport", "Tel"}


def test_actors_longer_name_around_a_known_place_stays_whole(extract):
    record = extract("The Government of Yemen thanked the Zawiya Martyrs Brigade in North Darfur.")
    names = {e["name"] for e in record["entities"]}
    assert {"Government of Yemen", "North Darfur"} <= names


def test_actors_spelling_variants_of_a_place_are_one_entity(extract):
    record = extract("Fano units hold Welkait. Farmers in Wolkait say the checkpoints multiplied. Niger and Nigeria closed borders.")
    welkait = entity_named(record, "Welkait") or entity_named(record, "Wolkait")
    assert welkait is not None and {welkait["name"], *welkait["aliases"]} == {"Welkait", "Wolkait"}
    assert entity_named(record, "Niger") is not entity_named(record, "Nigeria")


def test_actors_body_named_after_a_people_and_spans_cut_at_verbs(extract):
    record = extract("The Somali National Army (SNA) retook villages. Fighters of the Malian Armed Forces entered Boni.")
    names = {e["name"]: e["type"] for e in record["entities"]}
    assert names.get("Somali National Army") == "organization"
    assert names.get("Malian Armed Forces") == "organization"
    assert "Somalis" not in names


def test_actors_organization_name_takes_in_capitalised_words_the_model_left_out(extract):
    record = extract("The group earns COP 3.2 billion a year, according to the Attorney General's Office.")
    assert entity_named(record, "Attorney General's Office") is not None


def test_actors_the_generic_head_joins_the_body_it_ends(extract):
    record = extract("The Darfur Mining Observatory, a monitoring group, published a report in Khartoum. "
                     "The Observatory said miners were paid late.")
    observatory = entity_named(record, "Darfur Mining Observatory")
    assert observatory is not None and "Observatory" in observatory["aliases"]


def _type_of(record: dict, name: str) -> str | None:
    entity = entity_named(record, name)
    return entity["type"] if entity is not None else None


def test_actors_hyphenated_appositive_noun_types_the_name(extract):
    record = extract("Payments went through Qardho Express, a money-transfer company registered in Bosaso.")
    assert _type_of(record, "Qardho Express") == "organization"


def test_actors_name_given_to_a_noun_takes_its_type(extract):
    record = extract("Weapons went to the faction commonly referred to as Los Primos, a police source said.")
    assert _type_of(record, "Los Primos") == "organization"


def test_actors_what_someone_heads_is_a_body(extract):
    record = extract('Its main rival, Fanmi Lwès, headed by Jean-Robert Mondésir, says it fields "more than 4,000 soldiers".')
    assert _type_of(record, "Fanmi Lwès") == "organization"
    assert _type_of(record, "Jean-Robert Mondésir") == "person"


def test_actors_clan_after_a_name_makes_a_group(extract):
    record = extract("Army units and Habar Gidir clan militias retook the town of Galkayo.")
    assert _type_of(record, "Habar Gidir") == "group"


def test_actors_store_chain_named_after_a_person_is_an_organization(extract):
    record = extract("Julio Ramos Vega owns a chain of hardware stores, Ferreteras Ramos, in the north.")
    assert _type_of(record, "Ferreteras Ramos") == "organization"
    assert _type_of(record, "Julio Ramos Vega") == "person"


def test_actors_place_listed_after_a_place_is_a_place(extract):
    record = extract("The mission, which keeps troops in Beledweyne and Dhusamareeb, declined to comment.")
    assert _type_of(record, "Dhusamareeb") == "location"


def test_actors_hyphenated_place_names_stay_whole(extract):
    record = extract("The gang holds the road around Saint-Louis-du-Nord and Anse-à-Galets.")
    assert _type_of(record, "Saint-Louis-du-Nord") == "location"


def test_actors_name_runs_on_to_its_declared_acronym(extract):
    record = extract("The United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) left in 2023.")
    mission = entity_named(record, "United Nations Multidimensional Integrated Stabilization Mission in Mali")
    assert mission is not None and "MINUSMA" in mission["aliases"]


def test_actors_acronyms_are_not_people_but_datelines_stay_places(extract):
    record = extract("KADUGLI, Sudan, May 2 - The SPLM-N said the SSPDF had shelled its positions near Kadugli.")
    assert _type_of(record, "SSPDF") == "organization"
    assert _type_of(record, "Kadugli") == "location"


def test_actors_kin_and_aliases_make_people(extract):
    record = extract(
        "The network is run by Germán Alonso Viteri Paredes, a.k.a. \"El Orfebre,\" from Machala. "
        "Viteri's sister manages a smelter."
    )
    viteri = entity_named(record, "Germán Alonso Viteri Paredes")
    assert viteri is not None and viteri["type"] == "person"
    assert "El Orfebre" in viteri["aliases"]
    assert not any(e["name"].startswith("a.k.a.") for e in record["entities"])


def test_actors_regional_gazetteer_files_type_known_bodies(extract):
    record = extract("Fighting between the SSPDF and the White Army spread to Nasir, MONUSCO said.")
    assert _type_of(record, "SSPDF") == "organization"
    assert _type_of(record, "MONUSCO") == "organization"


def test_actors_peoples_and_places_gazetteer_types_them(extract):
    record = extract("Shilluk and Nuer youths clashed near Malakal in Upper Nile, while Misseriya herders moved to Abyei.")
    assert _type_of(record, "Shilluk") == "group"
    assert _type_of(record, "Malakal") == "location"
    assert _type_of(record, "Upper Nile") == "location"


def test_actors_a_surname_that_is_also_a_town_stays_a_person(extract):
    record = extract("Jorge Guerrero Vega runs the port. Guerrero said the ships were late.")
    assert _type_of(record, "Jorge Guerrero Vega") == "person"
    assert entity_named(record, "Guerrero") is None or entity_named(record, "Guerrero")["type"] == "person"


def test_actors_plural_possessive_inside_a_name_stays_whole(extract):
    record = extract("The Mopti Herders' Association said the Dozo Hunters' Alliance had burned two hamlets.")
    assert _type_of(record, "Mopti Herders' Association") == "organization"
    assert _type_of(record, "Dozo Hunters' Alliance") == "organization"


def test_actors_nationality_adjectives_and_languages_are_not_actors(extract):
    record = extract("Emirati officials denied it in an Amharic statement, while the United States (US) said nothing.")
    names = {e["name"] for e in record["entities"]}
    assert "Emirati" not in names and "Amharic" not in names
    assert "United States" in names


def test_actors_an_age_after_a_name_makes_a_person(extract):
    record = extract("Interviewee: Ahmed Salim Juma (A), 26, from Macomia, a former fighter.")
    juma = entity_named(record, "Ahmed Salim Juma")
    assert juma is not None and juma["type"] == "person" and "A" not in juma["aliases"]


def test_actors_surname_tagged_as_a_people_still_joins_the_person(extract):
    record = extract("Its chairman is Abdelrahim Yousif Tamim, a trader. Tamim's network is not the only one in the trade.")
    tamim = entity_named(record, "Abdelrahim Yousif Tamim")
    assert tamim is not None and len(tamim["mentions"]) == 2


@pytest.mark.parametrize(
    "text, name",
    [
        ("The refinery is managed by Colombian national Rodrigo Esteban Mejía Lozano, records show.", "Rodrigo Esteban Mejía Lozano"),
        ("His sister, María Fernanda Viteri Paredes, is the legal representative.", "María Fernanda Viteri Paredes"),
        ("OFAC also designated Jhonny Alexander Caicedo Ruiz on Tuesday.", "Jhonny Alexander Caicedo Ruiz"),
    ],
)
def test_actors_four_part_spanish_names_stay_whole(extract, text, name):
    assert _type_of(extract(text), name) == "person"


def test_actors_a_role_word_before_a_name_is_not_part_of_it(extract):
    record = extract("The notice was signed by Director Margaret Ellison on Monday.")
    assert _type_of(record, "Margaret Ellison") == "person"


def test_actors_company_forms_with_full_stops_stay_in_the_name(extract):
    record = extract("The ore goes to Fundiciones del Sur Cía. Ltda., a smelter in Machala.")
    assert any(e["name"].startswith("Fundiciones del Sur Cía. Ltda") for e in record["entities"])


def test_actors_a_nationality_and_a_state_body_are_one_organization(extract):
    record = extract("The Chadian army denied it. The Chadian government, the Government of Chad, said nothing.")
    army = entity_named(record, "Chadian army")
    assert army is not None and army["type"] == "organization"
    government = entity_named(record, "Government of Chad")
    assert government is not None and "Chadian government" in government["aliases"]


def test_actors_defendants_named_in_capitals_are_people(extract):
    record = extract("The grand jury charged NADIM SAMIR FAKHOURY and his wife with conspiracy.")
    assert _type_of(record, "NADIM SAMIR FAKHOURY") == "person"


def test_actors_a_datelines_agency_is_an_organization_not_an_alias(extract):
    record = extract("BAMAKO, Mali (Sahel Wire) - Fighting continued near Gao, officials said.")
    assert _type_of(record, "Sahel Wire") == "organization"
    mali = entity_named(record, "Mali")
    assert mali is not None and "Sahel Wire" not in mali["aliases"]


def test_actors_an_acronym_spelling_only_the_last_name_stays_with_it(extract):
    record = extract("The Government of Iraq and the Kurdistan Regional Government (KRG) signed the deal.")
    krg = entity_named(record, "Kurdistan Regional Government")
    assert krg is not None and "KRG" in krg["aliases"]
    assert entity_named(record, "Government of Iraq") is not None


def test_actors_footnote_marks_in_brackets_are_not_part_of_a_name(extract):
    record = extract("The figures were confirmed by Amer al-Khafaji.[3] He declined to comment.")
    assert entity_named(record, "Amer al-Khafaji") is not None


@pytest.mark.parametrize(
    "text, name",
    [
        ("The PMF's Brigade 74 is headquartered in Sinune.", "Brigade 74"),
        ("It has been fighting the 33rd Front of the FARC dissidents.", "33rd Front"),
        ("Col. Tanko Jibrin, the commander of 1 Brigade, spoke.", "1 Brigade"),
        ("The spokesman for the Third Military Region said so.", "Third Military Region"),
        ("Soldiers from Light Infantry Division 44 cleared the hills.", "Light Infantry Division 44"),
        ("The 35th Armoured Brigade, commanded by Brig. Gen. Adel Marwani, redeployed.", "35th Armoured Brigade"),
        ("Troops of the 14th Rapid Intervention Battalion were ambushed.", "14th Rapid Intervention Battalion"),
        ("Operation Safe Haven, the military-led task force, said so.", "Operation Safe Haven"),
        ("Operation Hadin Kai troops killed 20 fighters.", "Operation Hadin Kai"),
    ],
)
def test_actors_units_named_by_their_number_are_organizations(extract, text, name):
    assert _type_of(extract(text), name) == "organization"


def test_actors_a_bare_count_before_a_named_force_is_no_part_of_its_name(extract):
    record = extract("About 230 White Army fighters attacked the garrison at Nasir.")
    assert entity_named(record, "230 White Army") is None


def test_actors_a_byline_name_does_not_run_on_to_the_next_line(extract):
    record = extract("By Marie Dupont and Daniel Okafor\nPhotographs by the authors\n\nThe gang holds the road.")
    assert entity_named(record, "Daniel Okafor") is not None


def test_actors_a_nation_that_leads_a_mission_is_not_made_an_actor(extract):
    record = extract("The Kenyan-led Multinational Security Support mission arrived in Port-au-Prince.")
    assert entity_named(record, "Kenya") is None


def test_actors_a_company_form_outweighs_a_place_word_in_its_short_name(extract):
    record = extract("He owned Cedar Coast Auto Export LLC (\"Cedar Coast\"). Cedar Coast shipped 40 cars.")
    assert _type_of(record, "Cedar Coast Auto Export LLC") == "organization"


def test_actors_a_surname_in_capitals_is_no_acronym(extract):
    record = extract("Nadim Samir Fakhoury owned the firm. FAKHOURY wired the money to Beirut.")
    assert _type_of(record, "Nadim Samir Fakhoury") == "person"


def test_actors_indictment_headings_and_paragraph_references_are_not_names(extract):
    record = extract("MANNER AND MEANS OF THE CONSPIRACY\n\n10. Paragraphs 1 through 9 are re-alleged.\n\nA TRUE BILL")
    assert record["entities"] == []


def test_actors_a_headline_s_capitals_name_nothing_the_text_does_not_repeat(extract):
    record = extract(
        "Treasury Sanctions Adriatic Heroin Network and Its Bankers\n"
        "Today OFAC sanctioned the Kovač Organization, a Rijeka-based smuggling network.\n"
        "FAMILY AND FINANCE\n"
        "The network is run from Zagreb.\n"
    )
    names = {e["name"] for e in record["entities"]}
    assert not any("Treasury Sanctions" in n or "FINANCE" in n or "FAMILY" in n for n in names)
    assert "Kovač Organization" in names


def test_actors_a_headline_name_the_text_repeats_is_kept(extract):
    record = extract("Sahel Gold Traders Face Sanctions\nThe firm Sahel Gold Traders was listed on Monday.\n")
    assert entity_named(record, "Sahel Gold Traders") is not None


def test_actors_brothers_named_together_share_the_last_name(extract):
    record = extract("The gang is run by two brothers, Wilmer and Ronald Cedeño Alava, out of Manta.")
    assert entity_named(record, "Wilmer Cedeño Alava") is not None
    assert entity_named(record, "Ronald Cedeño Alava") is not None


def test_actors_two_people_named_together_keep_their_own_names(extract):
    record = extract("Hemedti and Abdel Fattah al-Burhan met in Jeddah.")
    assert entity_named(record, "Hemedti") is not None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Los Cangrejos buy cocaine from the cartel, and its men run the docks.", "Los Cangrejos", "organization"),
        ("How large is Los Tiburones today?", "Los Tiburones", "organization"),
        ("Gunmen in Los Mochis fired on the convoy.", "Los Mochis", "location"),
    ],
)
def test_actors_los_and_a_plural_is_a_gang_unless_a_known_place(extract, text, name, kind):
    assert _type_of(extract(text), name) == kind


def test_actors_an_office_s_remit_in_capitals_is_no_body(extract):
    record = extract(
        '"We will act," said Acting Under Secretary for Terrorism and Financial Intelligence Maria Okafor. '
        "The AU Commissioner for Peace and Security spoke, as did Kenya's Special Envoy for Sudan."
    )
    names = {e["name"] for e in record["entities"]}
    assert not names & {"Terrorism", "Peace and Security", "Terrorism and Financial Intelligence"}
    assert "Sudan" in names


def test_actors_a_bare_surname_keeps_meaning_the_person_it_first_meant(extract):
    record = extract(
        "A man from our mosque, Sheikh Faizal Chande, said there was work. Later I understood that Chande was the emir.\n"
        "His nephew, Muhidine Chande, was his deputy.\n"
        'Chande told us: "Whoever dies here goes straight to paradise."\n'
    )
    faizal = entity_named(record, "Faizal Chande")
    assert faizal is not None and record["quotes"][0]["speaker"] == faizal["id"]


def test_actors_a_body_named_before_a_role_noun_is_a_body(extract):
    record = extract("Hezbollah's Business Affairs Component managed investments. Khalil Mroueh reported to a senior BAC official.")
    assert _type_of(record, "Business Affairs Component") == "organization"


def test_actors_a_state_is_not_the_short_name_of_its_government(extract):
    record = extract("The Zamfara State Government pays the guards. Residents of Zamfara State fled to Gusau.")
    assert _type_of(record, "Zamfara State Government") == "organization"
    assert _type_of(record, "Zamfara State") == "location"


def test_actors_a_state_is_not_the_short_name_of_its_agency(extract):
    record = extract("The Benue State Emergency Management Agency runs the camps. Farmers in Benue State fled to Makurdi.")
    assert _type_of(record, "Benue State Emergency Management Agency") == "organization"
    assert _type_of(record, "Benue State") == "location"


def test_actors_a_place_keeps_the_noun_written_after_it_and_its_bare_name_joins(extract):
    record = extract("About 58,000 people were displaced in Marib governorate. Marib city is crowded. Marib has no water.")
    marib = entity_named(record, "Marib governorate")
    assert marib is not None and {"Marib", "Marib city"} <= set(marib["aliases"])


def test_actors_a_comma_before_a_new_clause_is_no_apposition(extract):
    record = extract("Bello Turji now operates from camps in the Kuyambana forest, officials said.")
    assert _type_of(record, "Kuyambana forest") == "location"


def test_actors_connectors_inside_a_french_name_are_not_verbs(extract):
    record = extract("The Niamey-based rights group Réseau Citoyen pour la Paix, headed by lawyer Idrissa Maïga, said so.")
    assert _type_of(record, "Réseau Citoyen pour la Paix") == "organization"


def test_actors_a_name_followed_by_an_age_is_a_person(extract):
    record = extract("In March, Ahmed Ali, 33, left the camp for Ouallam.")
    assert _type_of(record, "Ahmed Ali") == "person"


def test_actors_ranks_of_police_and_courts_are_titles(extract):
    record = extract("Detective Corporal Daniel Otieno told Chief Magistrate Ruth Wambui that the phones were seized.")
    otieno = entity_named(record, "Daniel Otieno")
    assert otieno is not None and otieno["type"] == "person"
    wambui = entity_named(record, "Ruth Wambui")
    assert wambui is not None and wambui["type"] == "person"


def test_actors_a_spelling_declared_between_dashes_is_an_alias(extract):
    record = extract("Brig. Gen. Ahmad Youssef Haddad — spelled Ahmed Haddad in his statements — left the army. "
                     "Ahmed Haddad now lives in Minsk.")
    haddad = entity_named(record, "Ahmad Youssef Haddad")
    assert haddad is not None and "Ahmed Haddad" in haddad["aliases"]


def test_actors_bare_family_name_is_the_person_introduced_first(extract):
    record = extract("Omar Saleh owns the exchange house. His daughter, Lina Saleh, signs for its accounts. "
                     "Prosecutors say Saleh moved the cash.")
    omar, lina = entity_named(record, "Omar Saleh"), entity_named(record, "Lina Saleh")
    assert omar is not None and lina is not None
    assert "Saleh" in omar["aliases"] and "Saleh" not in lina["aliases"]



def _span(nlp, text: str, name: str):
    doc = nlp(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name))


def test_actors_two_word_rank_stays_out_of_the_name(nlp):
    from actormap.extract.mentions import _extend_to_title

    # the model tagged only the name: "General" belongs to the rank "Major General" before it
    span = _span(nlp, "Its deputy minister, Major General Soe Win Htut, said so.", "Soe Win Htut")
    assert _extend_to_title(span).text == "Soe Win Htut"
    # a forename the model left out is still taken in after a one-word title
    span = _span(nlp, "Col. Zaw Min Htet said so.", "Min Htet")
    assert _extend_to_title(span).text == "Zaw Min Htet"


def test_actors_a_body_s_possessive_after_the_name_is_not_its_head_noun(nlp):
    from actormap.extract.typevote import _appositive_noun

    span = _span(nlp, "He met Walid Haddad, the rebels' deputy finance minister in Marawi.", "Walid Haddad")
    assert _appositive_noun(span) != "rebel"


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Omar Tessali owns the mill. His son-in-law, Dario Pennick, runs it.", "Dario Pennick", True),
        ("Omar Tessali owns the mill. Her cousin, Dario Pennick, runs it.", "Dario Pennick", True),
        ("Omar Tessali owns the mill. Its buyer, Dario Pennick, runs it.", "Dario Pennick", False),
    ],
)
def test_actors_a_family_noun_before_the_name_makes_a_person(nlp, text, name, expected):
    from actormap.extract.typevote import _kin_before

    assert _kin_before(_span(nlp, text, name)) is expected


def test_actors_the_head_word_of_a_body_s_name_before_for_joins_it(extract):
    record = extract("Report excerpt – Sahel Observatory for Rural Security (SORS), Dakar, 3 May 2024. "
                     "\"We counted every case,\" said Dr. Rosa Valdane, the Observatory's research director.")
    organizations = [e["name"] for e in record["entities"] if e["type"] == "organization"]
    assert organizations == ["Sahel Observatory for Rural Security"]



def test_actors_a_persons_short_name_is_the_person_not_the_body_named_after_him(extract):
    # "Ochoa Bravo" abbreviates both the body and the man; the model reads it as a person's name
    record = extract("The Ochoa Bravo Smuggling Organization was led by RAFAEL OCHOA BRAVO, 50. "
                     "Teresa Lugo, who is Ochoa Bravo's sister, ran a bakery.")
    assert _type_of(record, "Ochoa Bravo Smuggling Organization") == "organization"
    assert _type_of(record, "RAFAEL OCHOA BRAVO") == "person"


def test_actors_balkan_company_forms_keep_the_whole_name(extract):
    record = extract(
        "At the centre of the network is Adriatik Energo d.o.o., a fuel trading firm registered in Bar. "
        "A company in Durrës, Petrol Sud sh.p.k., received 12 shipments."
    )
    for name in ("Adriatik Energo d.o.o.", "Petrol Sud sh.p.k."):
        company = entity_named(record, name)
        assert company is not None and company["type"] == "organization", name


def test_actors_chat_speakers_are_people_however_the_model_labels_them(extract):
    record = extract(
        "Participants: Marleny Quintero, Wilmer Castaño\n"
        "[14/02/2024 06:31] Wilmer Castaño: The elenos closed the road at Puerto Santander.\n"
        "[14/02/2024 06:41] Wilmer Castaño: My contact is from the Guardia. I pay him every week.\n"
    )
    wilmer = entity_named(record, "Wilmer Castaño")
    assert wilmer is not None and wilmer["type"] == "person"


def test_actors_a_relative_clause_after_a_name_is_no_appositive(extract):
    record = extract(
        "Patrick Dorval denied it. Dorval, whose company Dorval Énergies S.A. runs depots, said he sold only fuel."
    )
    dorval = entity_named(record, "Patrick Dorval")
    assert dorval is not None and dorval["type"] == "person"


def test_actors_a_gang_named_like_a_person_is_the_gang(extract):
    record = extract(
        "Jean-Robert Delva is the leader of the Gran Bwa gang. Sources say Gran Bwa numbers 300 members. "
        "The Panel notes that Gran Bwa extorts tolls. Ammunition used by Gran Bwa was traced to Florida. "
        "A businessman provides financial support to Gran Bwa."
    )
    gang = entity_named(record, "Gran Bwa")
    assert gang is not None and gang["type"] == "organization"


def test_actors_a_sum_in_quetzales_is_no_name(extract):
    record = extract("Transportes Usumacinta Ltda. paid Q38 million to Agropecuaria Los Laureles.")
    assert all("Q38" not in e["name"] for e in record["entities"])


def test_actors_a_vigilante_group_named_like_a_person_is_a_body(extract):
    record = extract("In Tsafe itself, the older Yan Sa Kai vigilante group says it has more than 300 volunteers.")
    group = entity_named(record, "Yan Sa Kai")
    assert group is not None and group["type"] == "organization"


def test_actors_a_city_before_a_trade_noun_stays_a_city(extract):
    record = extract("He runs a Miami freight company and a Sierra Leone diamond trader sells to him.")
    for name in ("Miami", "Sierra Leone"):
        place = entity_named(record, name)
        assert place is not None and place["type"] == "location", name


def test_actors_a_town_the_model_takes_for_a_person_is_a_place(extract):
    record = extract("Smugglers cross at Ras Ajdir and sell the fuel in Ben Gardane. Ben Gardane lives on the trade.")
    town = entity_named(record, "Ben Gardane")
    assert town is not None and town["type"] == "location"


def test_actors_a_town_name_a_person_could_bear_gives_no_place_vote():
    from actormap.extract.world_places import is_town

    assert is_town("Gusau") and not is_town("Victoria")


def test_actors_a_place_a_title_and_a_name_run_together_are_two_actors(extract):
    record = extract("Lanao del Sur Governor Abdulrahman Sampiano condemned the bombing.")
    governor = entity_named(record, "Abdulrahman Sampiano")
    province = entity_named(record, "Lanao del Sur")
    assert governor is not None and governor["type"] == "person"
    assert province is not None and province["type"] == "location"


def test_actors_a_title_inside_an_institution_s_name_splits_nothing(extract):
    record = extract("The Office of the Governor General Hospital Board met in Accra.")
    assert all(e["type"] != "person" for e in record["entities"])


def test_actors_a_bare_army_is_the_national_force_named_before(extract):
    record = extract("Troops repelled the assault, according to the Malian Armed Forces. "
                     "Army spokesman Colonel Boubacar Sanogo said the town was held.")
    force = entity_named(record, "Malian Armed Forces")
    assert force is not None and "Army" in force["aliases"]
    assert [e["name"] for e in record["entities"] if e["type"] == "organization"] == ["Malian Armed Forces"]


def test_actors_a_bare_army_is_no_militia_with_armed_forces_in_its_name(extract):
    record = extract("Two members of the Civilian Armed Forces Geographical Unit died. "
                     "Army spokesman Colonel Jesus Reyes said the faction was weak.")
    unit = entity_named(record, "Civilian Armed Forces Geographical Unit")
    assert unit is not None and "Army" not in unit["aliases"]


@pytest.mark.parametrize(
    "text, name, alias",
    [
        ("Police declared wanted a bandit leader, Audu Maikudi, popularly known as Dan Sadiya, on Tuesday.", "Audu Maikudi", "Dan Sadiya"),
        ("He took me to the chief, Jean-Robert F\u00e9nelon, who everybody calls Ti Rob. Ti Rob paid me.", "Jean-Robert F\u00e9nelon", "Ti Rob"),
        ("Our company was run by Hajji Karim al-Saedi - we called him Abu Ridha. Abu Ridha owns two petrol stations.",
         "Karim al-Saedi", "Abu Ridha"),
    ],
)
def test_actors_what_others_call_someone_declares_an_alias(extract, text, name, alias):
    person = entity_named(extract(text), name)
    assert person is not None and alias in person["aliases"]


def test_actors_a_name_written_with_and_without_its_space_is_one(extract):
    record = extract("Police declared wanted a bandit leader, Audu Maikudi, popularly known as Dan Sadiya. "
                     "A leader said Dansadiya's men imposed levies on 14 villages.")
    maikudi = entity_named(record, "Audu Maikudi")
    assert maikudi is not None and {"Dan Sadiya", "Dansadiya"} <= set(maikudi["aliases"])


def test_actors_a_known_place_and_its_state_is_a_place(extract):
    record = extract("Maikudi has linked up with Lakurawa fighters from neighbouring Sokoto State, who supply him.")
    assert entity_named(record, "Sokoto State")["type"] == "location"


def test_actors_a_local_government_area_is_a_place(extract):
    record = extract("Gunmen abducted 47 worshippers from a mosque in Maru Local Government Area last month.")
    assert entity_named(record, "Maru Local Government Area")["type"] == "location"


def test_actors_islamic_state_stays_an_organization(extract):
    record = extract("The Islamic State claimed the attack on the base near Menaka.")
    assert entity_named(record, "Islamic State")["type"] == "organization"


def test_actors_a_country_s_army_is_its_named_force(extract):
    record = extract("Mali's army said on Monday it had repelled a dawn assault on its camp at Boni. "
                     "Army spokesman Colonel Issiaka Doumbia said the Malian Armed Forces (FAMa) held the camp.")
    force = entity_named(record, "Malian Armed Forces")
    assert force is not None and {"Mali's army", "Army", "FAMa"} <= set(force["aliases"])


def test_actors_a_country_s_army_finds_its_force_named_in_french(extract):
    record = extract("Niger's army gave a different account. The Forces Armées Nigériennes (FAN) said the village was calm.")
    force = entity_named(record, "Forces Armées Nigériennes")
    assert force is not None and "Niger's army" in force["aliases"]


def test_actors_a_country_s_military_agency_is_not_its_army(extract):
    record = extract("Ukraine's military intelligence agency, known as HUR, said the Ukrainian Armed Forces held the town.")
    assert entity_named(record, "Ukraine's military") is None


@pytest.mark.parametrize(
    "text, name",
    [
        ("Chad's defence ministry put the number at no more than 1,200.", "Chad's defence ministry"),
        ("Mali's transitional government denied the report.", "Mali's transitional government"),
        ("Niger's customs service seized the trucks.", "Niger's customs service"),
        ("Houthi forces and Yemen's internationally recognised government gave different accounts.",
         "Yemen's internationally recognised government"),
    ],
)
def test_actors_a_country_s_body_in_lower_case_is_an_organization(extract, text, name):
    assert _type_of(extract(text), name) == "organization"


def test_actors_a_country_s_service_needs_a_kind_of_service(extract):
    record = extract("Kenya's service sector grew, said Abdi Noor of Kenya's national police.")
    assert entity_named(record, "Kenya's service") is None


def test_actors_a_company_name_with_an_elided_article_is_whole(extract):
    record = extract("Gold from both sites is sold to Maison d'Or Kivu SARL, a trading house in Bukavu owned by "
                     "Patrick Nshimirimana.")
    company = entity_named(record, "Maison d'Or Kivu SARL")
    assert company is not None and company["type"] == "organization"
    assert entity_named(record, "Kivu SARL") is None


def test_actors_a_clan_named_after_a_family_of_named_people_is_a_body(extract):
    record = extract("The investigation concerns the Ferrante clan of Vibo Valentia, headed by Vincenzo Ferrante. "
                     "His son Domenico Ferrante managed the clan's investments.")
    clan = entity_named(record, "Ferrante clan")
    assert clan is not None and clan["type"] == "organization"
    assert entity_named(record, "Vincenzo Ferrante")["type"] == "person"


def test_actors_a_clan_no_named_person_belongs_to_stays_a_people(extract):
    record = extract("Fighters of the Abgaal clan held the road north of Jowhar, said Ali Warsame.")
    assert entity_named(record, "Abgaal clan") is None


def test_actors_an_italian_institution_heading_a_release_in_capitals_is_kept_whole(extract):
    record = extract("PROCURA DELLA REPUBBLICA DI CATANZARO – Direzione Distrettuale Antimafia\nPRESS RELEASE\n"
                     "At dawn today, officers coordinated by this Office executed 23 custody orders.")
    assert entity_named(record, "PROCURA DELLA REPUBBLICA DI CATANZARO")["type"] == "organization"
    assert entity_named(record, "DI CATANZARO") is None
    assert entity_named(record, "Office") is None


def test_actors_a_place_and_a_person_run_together_over_a_comma_are_split(extract):
    record = extract("The mayor of Boni, Hamadoun Tapily, said nearly 2,000 people had fled toward Douentza.")
    tapily = entity_named(record, "Hamadoun Tapily")
    assert tapily is not None and tapily["type"] == "person"
    assert entity_named(record, "Boni, Hamadoun Tapily") is None


def test_actors_a_span_with_a_body_word_after_its_comma_stays_whole():
    import spacy
    from spacy.tokens import Span

    from actormap.extract.gazetteer import _split_at_comma

    doc = spacy.blank("en")("Payments reached Sahil Crest, General Trading LLC and Boni, Hamadoun Tapily today.")
    company, pair = Span(doc, 2, 8, label="ORG"), Span(doc, 9, 13, label="ORG")
    assert [s.text for s in _split_at_comma(doc, company)] == ["Sahil Crest, General Trading LLC"]
    assert [(s.text, s.label_) for s in _split_at_comma(doc, pair)] == [("Boni", "ORG"), ("Hamadoun Tapily", "PERSON")]


def test_actors_turkish_and_spanish_company_and_office_words_make_bodies(extract):
    record = extract("Istanbul-based Kemerli Lojistik invoiced the firm. The Defensoria del Pueblo counted the displaced.")
    assert entity_named(record, "Kemerli Lojistik")["type"] == "organization"
    assert entity_named(record, "Defensoria del Pueblo")["type"] == "organization"


def test_actors_sometimes_spelled_declares_an_alias(extract):
    record = extract("The funds were managed by Sheikh Ibrahim Dhoore, sometimes spelled Dhore, who oversees the levies.")
    dhoore = entity_named(record, "Ibrahim Dhoore")
    assert dhoore is not None and "Dhore" in dhoore["aliases"]


def test_actors_a_route_is_a_place(extract):
    record = extract("Trucks on Route Nationale 1 paid the gang every week.")
    assert entity_named(record, "Route Nationale 1")["type"] == "location"


def test_actors_a_company_tagged_short_runs_on_to_its_legal_form(extract):
    record = extract("Sahil Crest General Trading LLC has an office in Dubai.")
    company = entity_named(record, "Sahil Crest General Trading LLC")
    assert company is not None and company["type"] == "organization"


def test_actors_a_nickname_quoted_inside_a_name_joins_the_person(extract):
    record = extract('How Abdiqani \u201cKabaweyne\u201d Warsame turned a road into an army\n\n'
                     "Every lorry passes through Abdiqani Hassan Warsame\u2019s hands. Kabaweyne runs the checkpoints.")
    warsame = entity_named(record, "Abdiqani Hassan Warsame")
    assert warsame is not None and "Kabaweyne" in warsame["aliases"]


def test_actors_a_unit_opener_before_an_article_opens_the_name(extract):
    record = extract("Two former members put Fursan al-Sahel's strength at 600 fighters.")
    assert entity_named(record, "Fursan al-Sahel")["type"] == "organization"


def test_actors_capitalised_words_before_a_legal_form_are_a_company(extract):
    record = extract("Hamidou's nephew, Oumar Kante, manages Golden Dune Trading FZE in a Dubai free zone. "
                     "Bank records show Golden Dune received more than $60 million.")
    company = entity_named(record, "Golden Dune Trading FZE")
    assert company is not None and company["type"] == "organization" and "Golden Dune" in company["aliases"]


def test_actors_a_known_name_with_a_curly_apostrophe_is_known(extract):
    record = extract("Fighters of Jama\u2019at Nusrat al-Islam wal-Muslimin attacked the convoy.")
    assert entity_named(record, "Jama\u2019at Nusrat al-Islam wal-Muslimin")["type"] == "organization"


def test_actors_a_name_written_with_and_without_accents_is_one_person(extract):
    record = extract("At its centre is Hamidou Dembar\u00e9, a former cattle trader. Officials said Hamidu Dembare denied it.")
    dembare = entity_named(record, "Hamidou Dembar\u00e9")
    assert dembare is not None and "Hamidu Dembare" in dembare["aliases"]


def test_actors_a_place_read_alone_as_a_person_joins_its_district(extract):
    record = extract("Fighting raged in Sirwah district on Monday. Residents of Sirwah said the town emptied.")
    assert [e["name"] for e in record["entities"] if "Sirwah" in e["name"] or "Sirwah" in e["aliases"]] == ["Sirwah district"]




def test_actors_where_a_police_force_is_posted_is_not_its_name_but_a_mission_s_is(extract):
    record = extract("General Fausto Andrade, commander of the National Police in Zone 8, spoke. "
                     "Peacekeepers of the UN Mission in South Sudan watched.")
    assert entity_named(record, "National Police") is not None
    assert entity_named(record, "UN Mission in South Sudan") is not None


def test_actors_who_called_someone_declares_no_alias(extract):
    record = extract("Amina Yusuf, who called Colonel Musa Bello on Sunday, was hurt.")
    amina = entity_named(record, "Amina Yusuf")
    assert amina is not None and not any("Musa" in a for a in amina["aliases"])


def test_actors_a_capitals_heading_joining_two_names_with_and_is_two_names():
    import spacy
    from spacy.tokens import Span

    from actormap.extract.gazetteer import _split_capital_pairs

    doc = spacy.blank("en")("HADDAD KHOURI AND CORALBAY MARITIME INC. and Hamas and Hezbollah")
    heading, prose = Span(doc, 0, 6, label="ORG"), Span(doc, 8, 11, label="ORG")
    assert [s.text for s in _split_capital_pairs(doc, heading)] == ["HADDAD KHOURI", "CORALBAY MARITIME INC"]
    assert [s.text for s in _split_capital_pairs(doc, prose)] == ["Hamas and Hezbollah"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gunmen attacked the village of Kouri Bougoudi on Sunday.", "Kouri Bougoudi"),
        ("Supplies reached the town of San Antonio del Táchira by road.", "San Antonio del Táchira"),
    ],
)
def test_actors_the_name_after_a_place_noun_and_of_is_a_place(extract, text, name):
    entity = entity_named(extract(text), name)
    assert entity is not None and entity["type"] == "location"


def test_actors_a_place_noun_before_a_lower_case_word_names_nothing(extract):
    record = extract("The governor declared a state of emergency in the region of the lakes.")
    assert record["entities"] == []


def test_actors_a_name_the_model_runs_on_over_a_verb_ends_before_it(extract):
    record = extract("The Domingo Laín Sáenz Front controls Arauca. The front has 300 fighters.")
    names = {e["name"]: e["type"] for e in record["entities"]}
    assert names.get("Domingo Laín Sáenz Front") == "organization"
    assert names.get("Arauca") == "location"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Saqr Battalion guards the port of Sawakin.", "Saqr Battalion"),
        ("The Shuhada al-Shati Brigade holds the coast road.", "Shuhada al-Shati Brigade"),
    ],
)
def test_actors_capitalised_words_ending_in_a_unit_s_kind_are_one_body(extract, text, name):
    entity = entity_named(extract(text), name)
    assert entity is not None and entity["type"] == "organization"


def test_actors_a_unit_s_name_takes_in_no_sentence_opener_place_or_other_body(extract):
    names = {e["name"] for e in extract("Alongside Africa Corps, the Ministry of Defence and the Sudan Liberation Movement met.")["entities"]}
    assert "Alongside Africa Corps" not in names
    assert "Sudan Liberation Movement" in names


@pytest.mark.parametrize(
    "text",
    [
        '"This is the largest blow against the routes in a decade," said Special Prosecutor Ana Perović.',
        '"This is the largest blow against the routes in a decade," Ana Perović said.',
    ],
)
def test_actors_the_untagged_subject_of_a_speech_verb_is_a_person(extract, text):
    record = extract(text)
    speaker = entity_named(record, "Ana Perović")  # the model tags no name here
    assert speaker is not None and speaker["type"] == "person"
    assert record["quotes"][0]["speaker"] == speaker["id"]


def test_actors_a_month_before_a_speaker_is_no_part_of_the_name(extract):
    names = {e["name"] for e in extract("In November Kitenge said the price was 280.")["entities"]}
    assert "November Kitenge" not in names


def test_actors_a_bracketed_alias_joins_its_later_mentions(extract):
    record = extract("Between 2021 and 2023, a trading house, Comercializadora Andina del Oriente S.A.C. (CADOR), declared "
                     "purchases of gold in Cusco. CADOR is registered in Lima.")
    found = [e for e in record["entities"] if "CADOR" in [e["name"], *e["aliases"]]]
    assert len(found) == 1 and found[0]["name"] == "Comercializadora Andina del Oriente S.A.C."
    assert len(found[0]["mentions"]) == 3


def test_actors_the_network_s_leader_is_no_state_body_s(extract):
    record = extract("The U.S. Department of the Treasury sanctioned the Golden Reed Syndicate and announced rewards for "
                     "the network's leader, Somsak Thongdee.")
    names = {e["id"]: e["name"] for e in record["entities"]}
    pairs = [(names[r["source"]], names[r["target"]]) for r in record["relations"] if r["type"] == "commands"]
    assert ("Somsak Thongdee", "U.S. Department of the Treasury") not in pairs


def test_actors_an_initial_stays_alone_when_two_people_share_the_letter(extract):
    record = extract("Hassan Omar and Hussein Ali run the depot. H. says the trucks leave at night.")
    assert entity_named(record, "Hassan Omar")["aliases"] == [] and entity_named(record, "Hussein Ali")["aliases"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Sulu provincial government has offered a reward.", "Sulu provincial government"),
        ("The Zamfara state government paid the vigilantes.", "Zamfara state government"),
        ("The Amhara regional government said 40 people died.", "Amhara regional government"),
    ],
)
def test_actors_a_place_s_local_government_is_a_body(extract, text, name):
    body = entity_named(extract(text), name)
    assert body is not None and body["type"] == "organization"


def test_actors_a_nigerian_local_government_area_stays_a_place(extract):
    record = extract("Gunmen attacked villages in Tsafe local government area on Sunday.")
    assert all(e["type"] == "location" for e in record["entities"] if "Tsafe" in e["name"])


def test_a_letterhead_in_capitals_ending_in_a_legal_form_is_a_company(extract):
    record = extract("PALMERAS DEL CHOCÓ S.A.S. — Internal Memorandum 2024-07\n\nRe: payments in Quibdó\n\nThe farms paid the group.")
    company = entity_named(record, "PALMERAS DEL CHOCÓ S.A.S.")
    assert company is not None and company["type"] == "organization"


def test_a_platform_named_as_the_medium_is_no_actor(extract):
    record = extract("The group posted the video on Telegram and in a WhatsApp group on Monday.")
    assert entity_named(record, "Telegram") is None and entity_named(record, "WhatsApp") is None


def test_a_platform_that_acts_is_an_actor(extract):
    record = extract("Telegram blocked the channel after the attack.")
    assert entity_named(record, "Telegram")["type"] == "organization"


def test_a_body_noun_the_parser_split_from_its_name_still_types_it(extract):
    record = extract("Documents published by the investigative outlet Dossier Sahel indicate the junta paid.")
    assert entity_named(record, "Dossier Sahel")["type"] == "organization"


def test_actors_a_place_before_a_participle_of_leadership_stays_a_place(extract):
    record = extract("Trucks owned by Transkop, a haulage firm in Nikšić controlled by Milan Đukić, delivered diesel.")
    assert _type_of(record, "Nikšić") == "location"


def test_actors_an_age_beside_a_name_makes_a_person(extract):
    record = extract("The FRNE is led by Mahamat Saleh Ousmane, a 52-year-old former Chadian army officer.")
    assert _type_of(record, "Mahamat Saleh Ousmane") == "person"


def test_actors_a_full_given_name_and_surname_make_a_person(extract):
    record = extract("Source gives real name as Wilmer Andrés Palacios Mena; not yet confirmed by us.")
    assert _type_of(record, "Wilmer Andrés Palacios Mena") == "person"


def test_actors_a_lone_surname_labelled_a_body_does_not_outvote_the_full_name(extract):
    record = extract("It was Rigoberto Almada Quiñónez who ran the plaza. For a decade Almada has run Altar for the "
                     "Sinaloa Cartel. Almada has about 400 armed men. Almada's war is with the Caborca Cartel. "
                     "Almada's lawyer declined to comment.")
    assert _type_of(record, "Rigoberto Almada Quiñónez") == "person"


def test_actors_a_given_name_does_not_make_a_company_a_person(extract):
    record = extract("Payments went to Omar Haddad Trading LLC, a company registered in Dubai.")
    assert _type_of(record, "Omar Haddad Trading LLC") == "organization"


def test_actors_a_clique_of_a_gang_is_a_body_whatever_its_name_reads(extract):
    record = extract("He led the Chamelecón Valley Locos, a clique of the Mara Salvatrucha in San Pedro Sula, for years.")
    assert _type_of(record, "Chamelecón Valley Locos") == "organization"


def test_actors_a_clan_in_crime_reporting_is_an_organization(extract):
    record = extract("The Kavač clan and the Škaljari clan have fought over cocaine routes since 2014.")
    assert {e["name"]: e["type"] for e in record["entities"]}["Kavač clan"] == "organization"
    record = extract("Members of the Abgaal clan fled Mogadishu after clashes with the Habar Gidir clan.")
    assert {e["name"]: e["type"] for e in record["entities"]}["Abgaal"] == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The defendant, Jean-Baptiste Ndayisaba, has lived in Rotterdam since 2009.", "Jean-Baptiste Ndayisaba"),
        ("Jean-Baptiste Ndayisaba, born in 1971 in Gisenyi, moved to Rotterdam in 2009.", "Jean-Baptiste Ndayisaba"),
    ],
)
def test_actors_a_defendant_or_someone_born_is_a_person(extract, text, name):
    assert _type_of(extract(text), name) == "person"


def test_actors_a_body_led_by_someone_is_an_organization(extract):
    record = extract("La Cañera was led by Yorbis Contreras until his arrest in October.")
    assert _type_of(record, "La Cañera") == "organization"


def test_actors_a_police_rank_abbreviation_is_a_title(extract):
    record = extract("The police spokesman, DSP Musa Garba Lawal, said the gunmen came at night. Lawal said 12 died.")
    lawal = entity_named(record, "Musa Garba Lawal")
    assert lawal is not None and lawal["type"] == "person" and "Lawal" in lawal["aliases"]


def test_actors_a_place_is_not_the_short_name_of_a_body_named_after_it(extract):
    record = extract("Bandits attacked Kadawa village on Wednesday. Vigilantes withdrew from Kadawa in January. "
                     "The Kadawa Development Association paid N15 million to the gang.")
    assert _type_of(record, "Kadawa") == "location"
    assert _type_of(record, "Kadawa Development Association") == "organization"


def test_actors_a_name_the_model_mislabelled_is_still_a_name(extract):
    record = extract('PÁEZ: La Cañera was led by Yorbis José Contreras Mejías, known as "El Flaco," 34, captured on '
                     "October 2 in a house in Maracay.")
    assert _type_of(record, "Yorbis José Contreras Mejías") == "person"


def test_actors_an_alias_after_a_part_of_a_body_names_the_part(extract):
    record = extract("Detectives dismantled a cell of the Tren de Aragua known as La Cañera, which operated in Maracay. "
                     "La Cañera collected money from shopkeepers.")
    tren = entity_named(record, "Tren de Aragua")
    assert tren is not None and "La Cañera" not in tren["aliases"]
    assert _type_of(record, "La Cañera") == "organization"


def test_actors_two_capitalised_words_spelling_a_bracketed_acronym_are_a_body(extract):
    record = extract("Main actors\nArambai Tenggol (AT): Meitei armed group, strongest in Imphal East. "
                     'AT says "more than 20" of its volunteers drove the attackers off.')
    body = entity_named(record, "Arambai Tenggol")
    assert body is not None and body["type"] == "organization" and "AT" in body["aliases"]


def test_actors_a_country_s_army_is_a_body_when_the_model_misses_the_country(extract):
    record = extract("Context\n\nBenin's army has deployed some 3,000 troops in the Alibori and Atacora departments "
                     "since 2022.")
    assert _type_of(record, "Benin's army") == "organization"


def test_actors_a_gang_named_for_a_place_is_a_body_apart_from_the_place(extract):
    record = extract("The accounts we link to the Salt Spring crew received 61 transfers. The crew has been feuding "
                     "with the Rose Heights gang. Police raided two houses in Salt Spring and Mount Salem.")
    assert _type_of(record, "Salt Spring crew") == "organization"
    assert _type_of(record, "Salt Spring") == "location"


def test_actors_a_title_before_a_name_tagged_as_a_body_joins_the_titled_person(extract):
    record = extract("Ouaddai Governor Brahim Seid Mahamat told PolOff that many left. Zaghawa-led militias "
                     "fighting alongside SAF near El Fasher have accused N'Djamena of tolerating RSF supply lines; "
                     "Governor Mahamat rejected this.")
    mahamat = entity_named(record, "Brahim Seid Mahamat")
    assert mahamat is not None and "Mahamat" in mahamat["aliases"]
    assert entity_named(record, "Governor Mahamat") is None


def test_actors_a_body_s_acronym_in_its_own_language_joins_it(extract):
    record = extract("The minutes cover ransoms paid to the Paraguayan People's Army (EPP) and its splinter. "
                     "The EPP remains under the command of Carmelo Ojeda Báez.")
    army = entity_named(record, "Paraguayan People's Army")
    assert army is not None and "EPP" in army["aliases"]


def test_actors_a_chat_label_s_bracketed_outlet_and_role_are_not_the_speaker_s_names(extract):
    record = extract("[02/03/2025, 20:15:11] Mustafe Elmi: Salaan all, Mustafe Elmi from Codka Xamar TV here.\n"
                     "[02/03/2025, 21:05:12] Mustafe (Codka Xamar): 4?? our guy counted five bodies\n\n"
                     "NGOZI ADEYEMI (HOST): Welcome back. I'm Ngozi Adeyemi.")
    mustafe = entity_named(record, "Mustafe Elmi")
    assert mustafe is not None and "Codka Xamar" not in mustafe["aliases"]
    assert entity_named(record, "HOST") is None


@pytest.mark.parametrize(
    "text, body",
    [
        ("Each volunteer is supposed to receive 60,000 CFA francs a month from the Burkinabe army.", "Burkinabe army"),
        ("The Jubaland administration in Kismayo transferred roughly $250,000 to GDF commanders.", "Jubaland administration"),
    ],
)
def test_actors_an_untagged_country_s_army_or_a_region_s_administration_is_a_body(extract, text, body):
    entity = entity_named(extract(text), body)
    assert entity is not None and entity["type"] == "organization"  # a place's local government: test above


def test_actors_a_place_before_a_comma_and_officials_stays_a_place(extract):
    record = extract("In Kismayo, administration officials said the road was closed.")
    assert entity_named(record, "Kismayo")["type"] == "location"


def test_actors_an_acronym_the_gazetteer_knows_joins_a_spelling_it_lacks(extract):
    record = extract("Dr. Thant is a former adviser to the National Unity Government. The NUG says its forces number 65,000.")
    entity = entity_named(record, "NUG")
    assert entity is not None and entity["name"] == "National Unity Government"


def test_actors_a_role_appositive_after_an_alias_makes_a_person(extract):
    record = extract('The warrants concern Mahamat Saleh Abakar, known to his men as "Général Abakar," a senior commander '
                     "of the Union pour la Paix en Centrafrique.")
    assert entity_named(record, "Mahamat Saleh Abakar")["type"] == "person"


def test_actors_a_bare_city_government_stays_the_city(extract):
    record = extract("The Government of National Unity stopped paying. He defected to the Tripoli government in 2020.")
    assert entity_named(record, "Tripoli government") is None
