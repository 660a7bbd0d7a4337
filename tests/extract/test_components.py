"""components.py: where sentences start before the parser runs (paragraphs and datelines)."""


def _sentence_starts(nlp, text: str) -> list[str]:
    return [sent[0].text for sent in nlp(text).sents]


def test_a_dateline_ends_before_the_story_s_first_sentence(nlp):
    text = "KHARTOUM, March 14, 2025 (Wire) - Sudan's army said on Friday it had repelled an assault."
    assert _sentence_starts(nlp, text) == ["KHARTOUM", "Sudan"]


def test_a_dateline_with_a_long_dash_and_no_agency(nlp):
    text = "BAMAKO, Mali — The junta said on Monday that 40 soldiers had died."
    assert _sentence_starts(nlp, text) == ["BAMAKO", "The"]


def test_a_line_opening_in_capitals_without_a_comma_is_no_dateline(nlp):
    text = "NOTE - the figures below are provisional and were given by the army."
    assert _sentence_starts(nlp, text) == ["NOTE"]


def test_a_line_break_starts_a_sentence(nlp):
    assert _sentence_starts(nlp, "A headline without a stop\nThe story begins here.") == ["A", "The"]
