from actormap.extract.quotemarks import find_passages


def texts(source: str) -> list[str]:
    return [p.text(source) for p in find_passages(source)]


def test_quotemarks_curly_and_straight():
    source = 'He said “the first one is curly” and "the second is straight" today.'
    assert texts(source) == ["the first one is curly", "the second is straight"]


def test_quotemarks_continue_across_paragraphs():
    source = "“The plan had three stages\n“and the last one failed,” she said."
    passages = find_passages(source)
    assert len(passages) == 1
    assert passages[0].text(source) == "The plan had three stages and the last one failed,"
    assert source[passages[0].start : passages[0].end].startswith("“The plan")


def test_quotemarks_unclosed_quote_ends_with_its_paragraph():
    source = "He said “we will never leave this town\nThe next paragraph is narration."
    assert texts(source) == ["we will never leave this town"]


def test_quotemarks_unopened_quote_starts_with_its_paragraph():
    source = "Narration first.\nwe paid them every month for a year,” he said."
    assert texts(source) == ["we paid them every month for a year,"]


def test_quotemarks_evidence_slices_the_text():
    source = "A “quoted passage here” and “another one,” he said."
    for passage in find_passages(source):
        assert source[passage.start] == "“"
        assert source[passage.end - 1] == "”"


def test_quotemarks_apostrophes_are_not_quotes():
    assert texts("Assad’s cousin and the group's leader met.") == []
