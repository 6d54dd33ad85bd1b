"""End-to-end: the films list, film reports and offline HTML reports as Chromium shows them."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cinesift.cli import cli

pytestmark = pytest.mark.slow

MIRACLE = "Miracle in Cell No. 7"
CATS = "Cats"
SCRIPT_TEXT = "<script>alert('x')</script>"


def report_json(server_url: str, title: str) -> dict[str, Any]:
    """The same context the HTML page renders, read from the JSON view of the page."""
    with urllib.request.urlopen(f"{server_url}/films.json", timeout=10) as response:
        films = json.load(response)["films"]
    url = next(f["url"] for f in films if f["title"] == title)
    with urllib.request.urlopen(f"{server_url}{url}.json", timeout=10) as response:
        return json.load(response)


def squash(text: str) -> str:
    """Whitespace as a rendered page collapses it, so page text and stored text compare."""
    return " ".join(text.split())


def visible_text(locator: Any) -> str:
    # innerText leaves out what the browser does not render, such as a closed <details> body.
    return squash(locator.inner_text())


def open_report(page: Any, server_url: str, title: str) -> None:
    page.goto(f"{server_url}/")
    page.get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(re.compile(r"/film/[^/]+$"))


@pytest.mark.parametrize("title, year", [(MIRACLE, "2013"), (CATS, "2019")])
def test_browser_films_list_links_each_film_with_its_review_count(
    page: Any, server_url: str, title: str, year: str
) -> None:
    page.goto(f"{server_url}/")
    assert page.title().startswith("Films")
    row = page.locator("#films tr", has=page.get_by_role("link", name=title, exact=True))
    assert row.count() == 1 and row.is_visible()
    assert f"({year})" in row.inner_text()
    reviews = int(row.locator("td.num").first.inner_text())
    assert reviews > 0

    row.get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(re.compile(r"/film/[^/]+$"))
    assert page.locator("h1").inner_text().startswith(title)
    # The count on the list is the number of reviews the report shows.
    assert page.locator("section.review").count() == reviews


@pytest.mark.parametrize("title", [MIRACLE, CATS])
def test_browser_report_shows_verdict_and_consensus_citations_jump_to_reviews(
    page: Any, server_url: str, title: str
) -> None:
    expected = report_json(server_url, title)["summary"]
    open_report(page, server_url, title)

    band = page.locator("#verdict")
    assert band.is_visible()
    assert expected["verdict"] in visible_text(band)
    assert f"of {expected['reviews']} reviews" in visible_text(band)

    assert expected["consensus"], "the demo films have a consensus"
    consensus = page.locator("#consensus")
    assert consensus.is_visible()
    assert consensus.locator("p").count() == len(expected["consensus"])
    citations = consensus.locator('a[href^="#review-"]')
    assert citations.count() > 0
    for href in citations.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert page.locator(href).count() == 1, f"citation {href} points at no review"

    last = citations.last
    target = last.get_attribute("href")
    last.click()
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert page.locator(target).evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    ), f"clicking {target} did not bring the review into view"


@pytest.mark.parametrize("title", [MIRACLE, CATS])
def test_browser_aspect_chart_draws_one_bar_per_aspect(
    page: Any, server_url: str, title: str
) -> None:
    aspects = report_json(server_url, title)["summary"]["aspects"]
    assert aspects
    open_report(page, server_url, title)
    chart = page.locator('svg[aria-label="aspect profile"]')
    assert chart.is_visible()
    bars = chart.locator("rect")
    assert bars.count() == len(aspects)
    for i in range(bars.count()):
        box = bars.nth(i).bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0
    labels = squash(chart.text_content() or "")
    assert all(a["aspect"] in labels for a in aspects)


def test_browser_spoiler_stays_hidden_until_its_summary_is_clicked(
    page: Any, server_url: str
) -> None:
    reviews = report_json(server_url, MIRACLE)["reviews"]
    index, review = next((i, r) for i, r in enumerate(reviews, 1) if r["spoilers"])
    span = review["spoilers"][-1]["span"]
    spoiler = squash(review["body"][span["start"] : span["end"]])
    open_report(page, server_url, MIRACLE)
    section = page.locator(f"#review-{index}")

    # Opening the review shows its text but not the spoiler passage.
    section.locator("details:not(.spoiler) > summary").first.click()
    assert "spoiler passage" in visible_text(section.locator("summary").first)
    body = section.locator("details:not(.spoiler)").first
    assert squash(review["body"])[:40] in visible_text(body)
    assert spoiler not in visible_text(body)

    toggle = section.locator("details.spoiler", has_text=spoiler[:30])
    assert toggle.count() == 1
    assert toggle.locator("summary").is_visible()
    toggle.locator("summary").click()
    assert toggle.evaluate("el => el.open")
    assert spoiler in visible_text(body)


def test_browser_reader_comments_stay_collapsed_until_clicked(page: Any, server_url: str) -> None:
    reviews = report_json(server_url, CATS)["reviews"]
    index, review = next((i, r) for i, r in enumerate(reviews, 1) if r["comments"])
    first = squash(review["comments"][0]["text"])[:40]
    open_report(page, server_url, CATS)
    section = page.locator(f"#review-{index}")
    comments = section.locator("details", has=page.locator(".comment"))

    assert first not in visible_text(section)
    assert not section.locator(".comment").first.is_visible()
    summary = comments.locator("summary")
    assert visible_text(summary) == f"{len(review['comments'])} reader comments"
    summary.click()
    assert section.locator(".comment").first.is_visible()
    assert section.locator(".comment").count() == len(review["comments"])
    assert first in visible_text(section)


def test_browser_script_in_a_comment_is_shown_as_text_and_never_runs(
    page: Any, server_url: str
) -> None:
    dialogs: list[str] = []

    def record(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    reviews = report_json(server_url, MIRACLE)["reviews"]
    index = next(
        i for i, r in enumerate(reviews, 1) if any(SCRIPT_TEXT in c["text"] for c in r["comments"])
    )
    open_report(page, server_url, MIRACLE)
    section = page.locator(f"#review-{index}")
    section.locator("details", has=page.locator(".comment")).locator("summary").click()

    assert SCRIPT_TEXT in visible_text(section)
    # The page's CSP would also stop an injected script, so check the markup itself too.
    assert page.locator("script").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []


@pytest.mark.parametrize("path", ["/film/nope", "/no/such/page"])
def test_browser_unknown_page_shows_404(page: Any, server_url: str, path: str) -> None:
    response = page.goto(f"{server_url}{path}")
    assert response is not None and response.status == 404
    assert "404" in page.locator("h1").inner_text()
    page.get_by_role("link", name="All films").click()
    page.wait_for_url(f"{server_url}/")
    assert page.locator("#films").is_visible()


@pytest.mark.parametrize("title", [MIRACLE, CATS])
def test_browser_html_report_file_opens_offline(
    page: Any, demo_db: Path, tmp_path: Path, title: str
) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli, ["report", title, "--db", str(demo_db), "--format", "html", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto(out.as_uri())
    page.wait_for_load_state("networkidle")

    assert page.locator("h1").inner_text().startswith(title)
    assert page.locator("#verdict").is_visible()
    assert page.locator('svg[aria-label="aspect profile"] rect').count() > 0
    assert page.locator('#consensus a[href^="#review-"]').count() > 0
    assert requests == [out.as_uri()], f"the report fetched more than itself: {requests}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_browser_serve_answers_a_second_client_while_chromium_is_open(
    page: Any, demo_db: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "cinesift", "serve", "--db", str(demo_db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("cinesift serve did not start")
                time.sleep(0.1)
        page.goto(f"{url}/")
        assert page.locator("#films").is_visible()
        # Another client (a script on the JSON view, a second browser) must not wait on Chromium.
        with urllib.request.urlopen(f"{url}/films.json", timeout=5) as response:
            assert len(json.load(response)["films"]) == 2
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_browser_films_list_leads_to_the_pages_that_failed_and_why(
    page: Any, demo_db: Path, tmp_path: Path
) -> None:
    import shutil
    import threading

    from cinesift.web.app import make_app_server

    db = tmp_path / "with-errors.db"
    shutil.copy(demo_db, db)
    about = tmp_path / "about<b>me.html"
    about.write_text(
        "<html><head><title>About me</title></head><body><article><p>"
        + "I started this blog to keep track of the places I walk on weekends. " * 6
        + "</p></article></body></html>"
    )
    result = CliRunner().invoke(cli, ["ingest", str(about), "--db", str(db), "-q"])
    assert result.exit_code == 0 and "1 failed" in result.stdout
    server = make_app_server(str(db), "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/")
        page.get_by_role("link", name="1 page(s) could not be analysed").click()
        page.wait_for_url(re.compile(r"/errors$"))
        row = page.locator("#errors tr").nth(1)
        assert "about<b>me.html" in row.locator("td.source").inner_text()  # shown as text
        assert "not about a film" in row.inner_text()
        assert page.locator("#errors b").count() == 0
    finally:
        server.shutdown()
        server.server_close()
