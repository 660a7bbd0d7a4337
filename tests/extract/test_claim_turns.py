"""claim_turns.py and the first-person rules: interview notes, their interviewee and the questions
the answers answer (full pipeline, notes written for these tests)."""





NOTES = """FIELD NOTES
Interviewer: Marie Dubois (Q). Interviewee: Idriss Mahamat (A), 31, a former fighter of the Sahel Liberation Army.

Q: How did you join?
A: A cousin took me to the camp. They paid me 50,000 CFA francs when I arrived. Later I understood that Sheikh Amadou Sow was the emir of the whole group.

Q: How many men did he command?
A: Around 400 fighters, maybe more in the rainy season.

Q: How much do the checkpoints bring in?
A: On a good day, 2 million CFA francs.
"""


def test_interviewee_named_after_the_interviewer_on_one_line(claims):
    found = claims(NOTES)
    assert all(claimant == "Idriss Mahamat" for *_, claimant in found)


def test_they_paid_me_is_the_speaker_s_own_side(claims):
    assert ("Sahel Liberation Army", 50000, "XOF", "exact", "Idriss Mahamat") in claims(NOTES)


def test_an_answer_fragment_is_about_the_subject_of_the_question(claims):
    assert ("Amadou Sow", 400, "fighters", "about", "Idriss Mahamat") in claims(NOTES)


def test_an_answer_to_a_question_about_no_actor_is_no_claim(claims):
    assert all(value != 2000000 for _, value, *_ in claims(NOTES))


def test_they_paid_me_with_no_body_for_the_speaker_is_no_claim(claims):
    text = "Notes of a conversation with a trader in Gao.\nA: They paid me 50,000 CFA francs for the truck.\n"
    assert claims(text) == []


def test_a_quote_s_attribution_between_its_parts_is_the_reporter_s(claims):
    text = (
        '"We did not fire a single bullet," said Col. Gatluak Nyang, a spokesman for the movement. '
        'He said Army aircraft had bombed the villages, killing "at least 60 civilians."'
    )
    assert ("Army", 60, "civilians", "at least", "Gatluak Nyang") in claims(text)
