from tests.conftest import entity_named


def speaker_name(record: dict, quote: dict) -> str | None:
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(quote["speaker"]) if quote["speaker"] else None


def test_quotes_pronoun_speaker_points_back_to_the_named_person(extract):
    record = extract(
        "The governor of the coastal Tartous region, Ahmed al-Shami, said the plotters were weak.\n"
        "“They cannot do anything effective,” he told reporters."
    )
    (quote,) = record["quotes"]
    assert speaker_name(record, quote) == "Ahmed al-Shami"


def test_quotes_split_quote_is_two_quotes_with_one_speaker(extract):
    record = extract("Col. Omar Haddad commands the garrison.\n“We pay on time,” Haddad said. “They do not.”")
    first, second = record["quotes"]
    assert (first["text"], second["text"]) == ("We pay on time,", "They do not.")
    assert speaker_name(record, first) == speaker_name(record, second) == "Omar Haddad"


def test_quotes_unnamed_speaker_keeps_its_description(extract):
    record = extract(
        "One of the commander's top aides was more blunt.\n"
        "A former officer now in Lebanon, the aide said, “Many more will die before this ends.”"
    )
    (quote,) = record["quotes"]
    assert quote["speaker"] is None
    assert "aide" in quote["speaker_description"]


def test_quotes_descriptor_noun_finds_the_described_actor(extract):
    record = extract(
        "Ahmed al-Shami, the governor of Tartous, toured the port on Monday.\n"
        "“We are ready,” the governor said."
    )
    (quote,) = record["quotes"]
    assert speaker_name(record, quote) == "Ahmed al-Shami"


def test_quotes_named_speaker_before_the_quote(extract):
    record = extract("Khaled al-Ahmad said in a statement, “The work of healing remains the only path.”")
    (quote,) = record["quotes"]
    assert speaker_name(record, quote) == "Khaled al-Ahmad"
    assert entity_named(record, "Khaled al-Ahmad")["type"] == "person"


def test_quotes_unbalanced_marks_do_not_lose_the_document(extract):
    record = extract("He said “this one never closes\nLater, “this one does,” said Ali Hassan.")
    texts = [q["text"] for q in record["quotes"]]
    assert texts == ["this one never closes", "this one does,"]


def test_quotes_split_quote_with_a_long_attribution_between(extract):
    record = extract(
        "“They have a better revenue system than we do,” said Abdiqani Ilmi, the agency's deputy director "
        "for financial crimes, in an interview in Mogadishu. “Nobody refuses to pay them twice.”"
    )
    assert [speaker_name(record, quote) for quote in record["quotes"]] == ["Abdiqani Ilmi", "Abdiqani Ilmi"]


def test_quotes_surname_alone_as_speaker(extract):
    record = extract("A fuel importer named Patrick Dorval paid the gang.\n“If I don't pay, my trucks burn,” Dorval said.")
    (quote,) = record["quotes"]
    assert speaker_name(record, quote) == "Patrick Dorval"


def test_quotes_the_company_said(extract):
    record = extract("Lake Kivu Trading Ltd declined an interview. In a written reply, the company said it “buys only certified ore”.")
    (quote,) = record["quotes"]
    assert speaker_name(record, quote) == "Lake Kivu Trading Ltd"


def test_quotes_a_nickname_in_quotation_marks_is_no_quote(extract):
    record = extract('KHALIL MROUEH, a.k.a. "Abu Ali," was a Lebanese national. "We pay on time," Mroueh told the informant.')
    assert [q["text"] for q in record["quotes"]] == ["We pay on time,"]


def test_quotes_a_long_title_before_the_speakers_name(extract):
    record = extract('"The money buys rifles," said Acting Under Secretary for Terrorism and Financial Intelligence Daniel R. Whitford.')
    names = {e["id"]: e["name"] for e in record["entities"]}
    assert names[record["quotes"][0]["speaker"]] == "Daniel R. Whitford"


def test_quotes_a_long_title_the_parser_leaves_without_a_subject(extract):
    record = extract('"The Houthis rely on a small circle of financiers," said Under Secretary for Terrorism and '
                     'Financial Intelligence Daniel R. Whitcombe.')
    names = {e["id"]: e["name"] for e in record["entities"]}
    assert names[record["quotes"][0]["speaker"]] == "Daniel R. Whitcombe"


def test_quotes_a_chat_senders_label_is_not_the_he_of_the_message(extract):
    record = extract(
        "[12/08/2024, 09:40] Julien Marchetti: the mayor of Ansongo, Issa Maïga, says they got 500 million CFA\n"
        '[12/08/2024, 09:41] Hawa Diakité: He said it to me directly: "They paid, everybody knows they paid."\n'
    )
    names = {e["id"]: e["name"] for e in record["entities"]}
    assert names[record["quotes"][0]["speaker"]] == "Issa Maïga"


def test_quotes_a_second_nickname_is_no_quote(extract):
    record = extract('Jean-Robert Delva, also known as "Ti Bobo" and "Commandant JR", leads the gang.')
    assert record["quotes"] == []


def test_quotes_a_name_given_as_a_label_is_no_quote(extract):
    record = extract('Telegram export - group "Logística Norte"\nGroup description: "Frente 58 - logística zona Tibú"\n')
    assert record["quotes"] == []


def test_quotes_a_word_in_scare_quotes_is_no_quote(extract):
    record = extract('The Panel notes that the gang extorts a "toll" at checkpoints on the road.')
    assert record["quotes"] == []


def test_quotes_a_short_quote_with_a_speaker_stays(extract):
    record = extract('"Never again," said Amina Diallo.')
    assert [q["text"] for q in record["quotes"]] == ["Never again,"]


def test_quotes_a_line_labelled_with_a_name_is_that_person_s(extract):
    record = extract('The Monywa battalion is commanded by Bo Thura Zaw, who says it fields 600 fighters.\n\n'
                     'Bo Thura Zaw: "We have the people. What we lack is ammunition."\n')
    names = {e["id"]: e["name"] for e in record["entities"]}
    assert [names.get(q["speaker"]) for q in record["quotes"]] == ["Bo Thura Zaw"]


def test_quotes_a_label_that_names_no_actor_gives_no_speaker(extract):
    record = extract('Note from the field: "Every night we hear the jets."\n')
    assert [q["speaker"] for q in record["quotes"]] == [None]


def test_quotes_a_second_speech_verb_the_parser_hung_on_the_quoted_clause(extract):
    record = extract(
        "Andes Oro did not respond. In a letter, its lawyer, Martín Quispe Soto, said the company \"has always paid "
        "its miners in good faith\" and described the report as \"defamatory and politically motivated\"."
    )
    assert [speaker_name(record, q) for q in record["quotes"]] == ["Martín Quispe Soto", "Martín Quispe Soto"]


def test_quotes_a_name_the_parser_made_a_second_subject_speaks(extract):
    record = extract(
        'Army spokesman Colonel Ibrahim Sani said six soldiers had died. "We will hunt them," Sani said.\n'
        "In an audio message sent to journalists, a spokesman for the group who gave his name as Abu Dujana al-Fulani "
        'said the fighters had punished the army "for stealing the herds of the Muslims."'
    )
    assert [speaker_name(record, q) for q in record["quotes"]] == ["Ibrahim Sani", "Abu Dujana al-Fulani"]


def test_quotes_a_long_title_the_model_took_for_a_body(extract):
    record = extract('"We will follow the money wherever it goes," said Acting Under Secretary for Terrorism and '
                     'Financial Intelligence Marcus Ellery.')
    (quote,) = record["quotes"]
    assert speaker_name(record, quote) == "Marcus Ellery"


def test_quotes_interview_notes_quote_the_interviewee(extract):
    record = extract(
        'Interviewee: "Karwan" (pseudonym), 31, from Kirkuk. Notes, not a transcript.\n'
        "- Left the unit in 2023. K. says the commander kept the salaries: \"Nobody saw the books.\"\n"
        '- The unit is close to the Badr Organization. "We took our orders from them."\n'
    )
    assert [speaker_name(record, q) for q in record["quotes"]] == ["Karwan", "Karwan"]
    karwan = entity_named(record, "Karwan")
    assert karwan is not None and "K." in karwan["aliases"]


def test_quotes_an_unattributed_quote_in_an_article_has_no_speaker(extract):
    record = extract('The unit is close to the Badr Organization. "We took our orders from them."\n')
    (quote,) = record["quotes"]
    assert quote["speaker"] is None
