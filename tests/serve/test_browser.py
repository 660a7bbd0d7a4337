"""The board in a real browser: Debian's chromium, headless, driven by Playwright for Python.

Over the ingested corpus: open the network, click an actor for its profile, click a relation
for its evidence and follow the sentence into its document (three clicks), search a spelling
variant, open the claims board, the timeline and the map. Every page is checked for script
errors, CSP violations, requests to any other origin, and the hostile document's `<script>`
and `onerror=` never running. Screenshots go to test-artifacts/board/.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = os.environ.get("ACTORMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts" / "board"
VENDOR = ROOT / "src" / "actormap" / "serve" / "static" / "vendor"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM}: apt-get install chromium"),
    pytest.mark.skipif(not (VENDOR / "sigma.min.js").exists(), reason="the board's browser packages are missing: make assets"),
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with everything that went wrong on it recorded: script errors, CSP reports, foreign requests."""

    def __init__(self, browser: object, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", self._console)
        self.page.on("request", self._request)

    def _console(self, message: object) -> None:
        if message.type == "error":  # type: ignore[attr-defined]
            self.errors.append(f"console: {message.text}")  # type: ignore[attr-defined]

    def _request(self, request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        if not (url.startswith(self.base + "/") or url.startswith(("data:", "blob:", "about:"))):
            self.foreign.append(url)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)

    def check(self) -> None:
        assert self.errors == []
        assert self.foreign == []
        assert self.page.evaluate("() => window.__pwned") is None


@pytest.fixture
def board(browser: object, live_board: str) -> Iterator[Watched]:
    watched = Watched(browser, live_board)
    yield watched
    watched.check()
    watched.context.close()


def open_network(board: Watched) -> None:
    board.page.goto(board.base + "/")
    board.page.wait_for_function("() => document.body.dataset.graphReady === 'true'", timeout=30_000)
    board.page.wait_for_function("() => !document.getElementById('graph-status').textContent.includes('settling')",
                                 timeout=30_000)


def click_graph(board: Watched, x: float, y: float) -> None:
    """Click the network at viewport point (x, y), as a person would: not as the second half of a double click."""
    board.page.wait_for_timeout(400)  # sigma reads two clicks within 300 ms as a double click (zoom)
    box = board.page.locator("#graph").bounding_box()
    board.page.mouse.click(box["x"] + x, box["y"] + y)


def node_id(board: Watched, name: str) -> str:
    return board.page.evaluate(
        "(name) => actormapBoard.graph.findNode((node, a) => a.label === name)", name)


def test_network_node_edge_and_the_sentence_behind_it(board: Watched) -> None:
    open_network(board)
    board.shot("01-network")
    leader = node_id(board, "Iyad Ag Ghaly")
    assert leader, "the leader is on the network"
    position = board.page.evaluate("(id) => actormapBoard.viewportPosition(id)", leader)
    click_graph(board, position["x"], position["y"])
    title = board.page.locator("#panel .panel-title")
    title.wait_for()
    assert "Iyad Ag Ghaly" in title.inner_text()
    assert board.page.locator("#panel [data-testid=open-profile]").get_attribute("href") == f"/entities/{leader}"
    board.shot("02-node-profile")

    # Click 1: the edge from the leader to his group.
    group = node_id(board, "Jama'at Nusrat al-Islam wal-Muslimin")
    middle = board.page.evaluate("""([a, b]) => {
        const p = actormapBoard.viewportPosition(a), q = actormapBoard.viewportPosition(b);
        return {x: (p.x + q.x) / 2, y: (p.y + q.y) / 2};
    }""", [leader, group])
    click_graph(board, middle["x"], middle["y"])
    evidence = board.page.locator("#panel [data-testid=edge-evidence] a.snippet").first
    evidence.wait_for()
    sentence = evidence.inner_text().strip("“”")
    assert "Ag Ghaly" in sentence and "leader" in sentence
    board.shot("03-edge-evidence")

    # Click 2: the sentence, which opens its document scrolled to it and marked.
    evidence.click()
    board.page.wait_for_url("**/documents/**")
    marked = board.page.locator(".text .target")
    marked.first.wait_for()
    assert sentence.split()[0] in " ".join(marked.all_inner_texts())
    assert marked.first.is_visible()
    board.shot("04-document-sentence")


def test_search_a_spelling_variant(board: Watched) -> None:
    board.page.goto(board.base + "/claims")
    box = board.page.locator("#search-box")
    box.fill("Musa Ag Intala")
    box.press("Enter")
    board.page.wait_for_url("**/search?q=*")
    result = board.page.locator("ul.results a").first
    assert result.inner_text() == "Moussa Ag Intalla"
    board.shot("05-search-variant")
    result.click()
    board.page.wait_for_url("**/entities/**")
    assert board.page.locator("h1").inner_text().strip() == "Moussa Ag Intalla"
    board.shot("06-profile")


def test_arabic_script_suggestions(board: Watched) -> None:
    board.page.goto(board.base + "/claims")
    board.page.locator("#search-box").fill("إياد أغ غالي")
    board.page.wait_for_function(
        "() => Array.from(document.querySelectorAll('#search-suggestions option')).some(o => o.value === 'Iyad Ag Ghaly')",
        timeout=10_000)


def test_claims_board(board: Watched) -> None:
    open_network(board)
    board.page.click("nav a[href='/claims']")
    board.page.wait_for_url("**/claims")
    row = board.page.locator(".board-row", has_text="Iyad Ag Ghaly").first
    assert "6,000" in row.inner_text() and "fighters" in row.inner_text()
    board.shot("07-claims")


def test_timeline_and_map_draw(board: Watched) -> None:
    board.page.goto(board.base + "/timeline")
    board.page.locator("#timeline svg circle").first.wait_for()
    board.shot("08-timeline")
    board.page.goto(board.base + "/map")
    board.page.locator("#map svg circle.place").first.wait_for()
    assert board.page.locator("#map svg path.land").count() > 100
    assert board.page.locator("#map svg path.land.named").count() >= 3
    board.shot("09-map")


def test_hostile_document_runs_nothing(board: Watched) -> None:
    open_network(board)
    brigade = node_id(board, "Qasim Brigade")
    position = board.page.evaluate("(id) => actormapBoard.viewportPosition(id)", brigade)
    click_graph(board, position["x"], position["y"])
    board.page.locator("#panel .evidence .cite").first.wait_for()
    assert "<script>" in board.page.locator("#panel").inner_text()  # shown as text, not run
    board.page.locator("#panel a.snippet").first.click()
    board.page.wait_for_url("**/documents/**")
    board.page.locator(".text .target").first.wait_for()
    text = board.page.locator("#text").inner_text()
    assert '<script>window.__pwned = "script"</script>' in text
    assert "onerror=" in text
    assert board.page.locator("#text script, #text img").count() == 0
    board.page.wait_for_timeout(300)
    board.shot("10-hostile-document")


def test_ingest_from_the_drop_zone(browser: object, live_empty_board: str) -> None:
    board = Watched(browser, live_empty_board)
    try:
        board.page.goto(board.base + "/ingest")
        assert board.page.locator("[data-testid=dropzone]").is_visible()
        board.page.set_input_files("#upload-files", [str(ROOT / "examples" / "sahel-gold-routes.txt")])
        board.page.click("#upload-form button[type=submit]")
        done = board.page.locator("#upload-log li.done")
        done.wait_for(timeout=120_000)
        assert "sahel-gold-routes.txt: stored" in done.inner_text()
        board.shot("11-ingested")
        done.locator("a", has_text="Open the network").click()
        board.page.wait_for_function("() => document.body.dataset.graphReady === 'true'", timeout=30_000)
        assert board.page.evaluate("() => actormapBoard.graph.order") > 5
        board.shot("12-network-after-ingest")
        board.check()
    finally:
        board.context.close()
