"""Every command has help and a place in the README; every doc page the README links exists."""

import re

import pytest
import typer.main

from actormap.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_has_help(name):
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    assert (command.help or "").strip(), f"`actormap {name}` has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_is_in_the_readme(name):
    assert re.search(rf"`(actormap )?{re.escape(name)}[ `]", README), f"`actormap {name}` is not in README.md"


def test_docs_every_linked_page_exists():
    for link in re.findall(r"\]\((docs/[^)#]+)(?:#[^)]*)?\)", README):
        assert (ROOT / link).is_file(), link  # a link may point into a page: "docs/extraction.md#how-well-it-does"
