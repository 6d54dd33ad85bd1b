"""Browser fixtures: the demo corpus in a temp database, served locally, seen by Chromium."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cinesift.cli import cli
from cinesift.web.app import make_app_server

DEMO_PAGES = Path(__file__).resolve().parents[2] / "src" / "cinesift" / "demo" / "pages"

# The machine has no network: keep Chromium from calling home so a test never waits on it.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_executable() -> str | None:
    """The system Chromium (Debian's package); CINESIFT_CHROMIUM points elsewhere."""
    for candidate in (os.environ.get("CINESIFT_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo pages ingested through the CLI, as a user would."""
    db = tmp_path_factory.mktemp("browser") / "demo.db"
    result = CliRunner().invoke(cli, ["ingest", str(DEMO_PAGES), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def server_url(demo_db: Path) -> Iterator[str]:
    """The web app on 127.0.0.1 and a free port, served from a background thread."""
    server = make_app_server(str(demo_db), "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium with a fresh profile; skips when the browser or its driver is absent."""
    executable = chromium_executable()
    if executable is None:
        pytest.skip("chromium is not installed (run .ci/install-browser)")
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="the playwright package drives Chromium (test extra)",
        exc_type=ImportError,
    )
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1100, "height": 900},
        )
        context.set_default_timeout(15_000)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A new tab, closed after the test."""
    tab = browser.new_page()
    try:
        yield tab
    finally:
        tab.close()
