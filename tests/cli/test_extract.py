import json

from actormap.cli import app


def test_extract_prints_one_record_per_file_in_order(runner, tmp_path):
    first = tmp_path / "first.txt"
    second = tmp_path / "second.md"
    first.write_text("Rami Makhlouf is in Moscow.", encoding="utf-8")
    second.write_text("# Notes\nHezbollah fighters entered Homs.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(first), str(second)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["source"] for r in records] == [str(first), str(second)]
    assert all(r["format"] == "actormap.document/1" for r in records)
    assert records[1]["document"]["title"] == "Notes"


def test_extract_bad_files_get_one_line_each_and_the_rest_goes_on(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kamal Hassan is in Beirut.", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 owners in Homs".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing), str(latin1), str(good), str(empty)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3
    assert "missing.txt: no such file" in lines[0]
    assert "latin1.txt: is not valid UTF-8" in lines[1]
    assert "empty.txt: is empty" in lines[2]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["source"] for r in records] == [str(good)]


def test_extract_rejects_unknown_file_types(runner, tmp_path):
    pdf = tmp_path / "report.xyz"
    pdf.write_text("text", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(pdf)])
    assert result.exit_code == 1
    assert "unsupported file type '.xyz'" in result.stderr


def test_extract_text_format_shows_actors_and_quotes(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("“We will win,” said Kamal Hassan in Beirut.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "text"])
    assert result.exit_code == 0
    assert "Kamal Hassan" in result.stdout and "We will win" in result.stdout
