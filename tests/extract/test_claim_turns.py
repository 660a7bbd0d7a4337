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


INTRODUCED = """"We hold the river": an interview with a militia commander
GOMA - Colonel Bahati Muhindo Kasereka, 44, commands the Kivu Defence Brigade (KDB), an armed group allied to the army. He met us in Goma. The interview was conducted by Claire Lemaire and edited for length.

Q: How many fighters do you have?
A: We have 2,400 men under arms. Our brigade lost 61 martyrs last year.

Q: Who gives you money?
A: Nobody. We hold 9 checkpoints on the Rutshuru road.
"""


def test_an_interviewee_named_only_in_the_introduction_speaks_the_answers(claims):
    found = claims(INTRODUCED)
    assert ("Kivu Defence Brigade", 2400, "men", "exact", "Bahati Muhindo Kasereka") in found
    assert ("Kivu Defence Brigade", 9, "checkpoints", "exact", "Bahati Muhindo Kasereka") in found


def test_our_brigade_in_an_answer_is_the_interviewee_s_body(claims):
    assert ("Kivu Defence Brigade", 61, "martyrs", "exact", "Bahati Muhindo Kasereka") in claims(INTRODUCED)


def test_the_interviewer_of_the_introduction_is_not_the_interviewee(claims):
    assert all(claimant != "Claire Lemaire" for *_, claimant in claims(INTRODUCED))


def test_we_of_a_speaker_with_no_body_is_the_speaker(claims):
    text = (
        "Interview conducted in Zarzis on 3 May 2024 by Amel Trabelsi. The interviewee, Karim Ben Salah, 39, "
        "runs fuel across the border.\n\nQ: How big is your business?\nA: We have 22 drivers and 40 pickups.\n"
    )
    found = claims(text)
    assert ("Karim Ben Salah", 22, "drivers", "exact", "Karim Ben Salah") in found
    assert ("Karim Ben Salah", 40, "pickups", "exact", "Karim Ben Salah") in found


PSEUDONYM_NOTES = """Field notes: interview with a former fighter, Kismayo
Interviewer: Hodan Yusuf, research associate
Interviewee: "Abdi" (pseudonym), 23, former fighter with al-Shabaab's Jabha forces

Q: How big was your unit?
A: We were a company of about 80 men.
"""


def test_a_pseudonymous_interviewee_is_a_person_and_speaks_for_the_body_he_served(claims):
    assert ("al-Shabaab", 80, "men", "about", "Abdi") in claims(PSEUDONYM_NOTES)


def test_an_answer_to_what_you_were_paid_is_the_interviewee_s_side(claims):
    text = PSEUDONYM_NOTES + "\nQ: What were you paid?\nA: At first $50 a month.\n"
    assert ("al-Shabaab", 50, "USD a month", "exact", "Abdi") in claims(text)


# -- chat exports: a sum said about nobody is the writer's side -----------------------------------------

CHAT = (
    'Telegram export - group "Logística Norte"\n'
    'Group description: "Frente 58 - logística zona Tibú"\n'
    "Participants: Marleny Quintero, Wilmer Castaño\n"
    "[14/02/2024 06:25] Marleny Quintero: Pay was late because the gas people paid us short.\n"
    "[14/02/2024 06:40] Marleny Quintero: 62 million pesos and 8,000 dollars.\n"
    "[14/02/2024 06:45] Wilmer Castaño: How much is left in the box?\n"
)


def test_a_chat_sum_about_nobody_is_the_side_of_the_export_s_header(claims):
    found = {(c[0], c[1], c[4]) for c in claims(CHAT)}
    assert {("Frente 58", 62_000_000, "Marleny Quintero"), ("Frente 58", 8000, "Marleny Quintero")} <= found


def test_a_sum_in_an_interview_answer_is_not_a_chat_message(claims):
    text = "Interviewee: Hédi Ben Mabrouk, a smuggler.\nQ: What did the job pay?\nA: 62 million dinars, all told.\n"
    assert all(c[0] != "Frente 58" for c in claims(text))


SIZE_NOTES = """Q: How big was Liwa al-Qasim?

A: On paper, 4,200 men. In reality maybe 2,500, at most 3,000. The rest were ghost names.

Q: How old were you when you joined?

A: 19.
"""


def test_how_big_asks_the_size_of_its_subject_and_the_next_fragment_gives_more_figures(claims):
    assert [(c[0], c[1], c[2]) for c in claims(SIZE_NOTES)] == [
        ("Liwa al-Qasim", 4200, "men"),
        ("Liwa al-Qasim", 2500, "men"),
        ("Liwa al-Qasim", 3000, "men"),
    ]


def test_a_paragraph_number_after_a_count_is_no_figure(claims):
    text = "4. The AFP said 28 BIFF fighters were killed in the operation.\n5. The Moro Islamic Liberation Front blocked the roads.\n"
    assert [c[1] for c in claims(text)] == [28]


WRITER_CHAT = """Telegram export: "Zuwara beach"
Members: Saba Ghebremedhin, who collects passenger fees in Tripoli, and Ziad Belgasem, a boat organiser in Zuwara.

[28/05/2024 20:31] Saba Ghebremedhin: total with me 107,000 euro.
[28/05/2024 20:35] Ziad Belgasem: the coast guard talked to Katibat al-Marsa yesterday. About 15,000 euro.
[28/05/2024 20:37] Ziad Belgasem: they charge 300 euro a head at the beach, the driver said
"""


def test_a_chat_writer_with_no_side_counts_their_own_sums(claims):
    found = claims(WRITER_CHAT)
    assert ("Saba Ghebremedhin", 107000, "EUR", "exact", "Saba Ghebremedhin") in found


def test_a_chat_sum_next_to_a_named_body_is_not_the_writer_s(claims):
    assert not any(subject == "Ziad Belgasem" and value in {15000, 300} for subject, value, *_ in claims(WRITER_CHAT))


LABELLED_NOTES = """FIELD NOTES, Goma, March 2024
- The Kivu Defence Brigade (KDB) holds the road to Rutshuru.
- KDB: "about 1,800 armed men" on the Rutshuru road.
- Goma: about 400 displaced families in the stadium.
"""


def test_a_notes_line_labelled_with_a_body_is_about_it(claims):
    assert any(subject == "Kivu Defence Brigade" and value == 1800 for subject, value, *_ in claims(LABELLED_NOTES))


def test_a_notes_line_labelled_with_a_place_gives_it_nothing(claims):
    assert not any(value == 400 and subject == "Kivu Defence Brigade" for subject, value, *_ in claims(LABELLED_NOTES))


PAYER_LEDGER = """LEDGER EXTRACT — Kivu Transit Authority accounts, 2023
- 04 Feb 2023 — Payer: Lukanga Minerals SARL → Payee: Kivu Defence Brigade. "Road security." USD 42,000, in cash. Ledger p. 3.
- 19 Mar 2023 — Payer: Kivu Defence Brigade → Payee: Goma Motors Ltd. Pick-up trucks. Approx. USD 18,500. Bank records.
"""


def test_a_ledger_line_s_sum_is_its_labelled_payer_s(claims):
    found = claims(PAYER_LEDGER)
    assert any(subject == "Lukanga Minerals SARL" and value == 42000 for subject, value, *_ in found)
    assert ("Kivu Defence Brigade", 18500, "USD", "about", None) in found


def test_a_ledger_line_s_payee_gets_none_of_its_sum(claims):
    assert not any(subject == "Kivu Defence Brigade" and value == 42000 for subject, value, *_ in claims(PAYER_LEDGER))
