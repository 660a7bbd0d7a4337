from actormap.extract.doc_text import text_of


def test_text_of_is_the_doc_text_and_read_once(nlp):
    doc = nlp.make_doc("Hassan claims control of 12,000 fighters.\nMakhlouf claims 54,000.")
    assert text_of(doc) == doc.text
    doc.user_data["actormap.text"] = "kept"
    assert text_of(doc) == "kept"
