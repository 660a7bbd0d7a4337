"""HTML pages: the article text and its metadata."""

import pytest

from actormap.errors import InputError
from actormap.ingest import read

ARTICLE = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Brigade holds coastal checkpoints | Levant Observer</title>
<meta property="og:site_name" content="Levant Observer">
<meta name="author" content="Rana Haddad">
<meta property="article:published_time" content="2024-03-12T09:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/about">About us</a></nav>
<article>
<h1>Brigade holds coastal checkpoints</h1>
<p>Fighters of the Liwa al-Sahil brigade took two checkpoints on the coastal road near Tartus on Monday, residents said.</p>
<p>Abu Khalil, a commander of the brigade, said his men would hold the checkpoints until the local council paid them.</p>
<p>The council denied owing the brigade money and accused it of smuggling fuel through the port at night.</p>
</article>
<footer>Copyright 2024 Levant Observer. All rights reserved.</footer>
</body></html>
"""


def test_html_keeps_article_text_and_drops_boilerplate(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(ARTICLE, encoding="utf-8")
    document = read(path)
    assert "Abu Khalil, a commander of the brigade, said" in document.text
    assert "smuggling fuel through the port" in document.text
    assert "About us" not in document.text
    assert "All rights reserved" not in document.text


def test_html_reads_title_date_author_and_site(tmp_path):
    path = tmp_path / "article.htm"
    path.write_text(ARTICLE, encoding="utf-8")
    document = read(path)
    assert document.title == "Brigade holds coastal checkpoints"
    assert document.published == "2024-03-12"
    assert document.author == "Rana Haddad"
    assert document.publisher == "Levant Observer"
    assert document.source == str(path)


def test_html_does_not_take_a_copyright_year_for_the_date(tmp_path):
    path = tmp_path / "undated.html"
    path.write_text(ARTICLE.replace('<meta property="article:published_time" content="2024-03-12T09:00:00+02:00">', ""), encoding="utf-8")
    assert read(path).published is None


def test_html_honours_a_declared_legacy_charset(tmp_path):
    page = ARTICLE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Abu Khalil", "Abu Khal\u00efl")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    assert "Abu Khal\u00efl, a commander" in read(path).text


def test_html_page_with_no_extractable_text_is_an_input_error(tmp_path):
    path = tmp_path / "shell.html"
    path.write_text(
        "<html><head><title>Loading</title><script>window.app = {};</script></head><body><div id='root'></div></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="has no extractable text"):
        read(path)
