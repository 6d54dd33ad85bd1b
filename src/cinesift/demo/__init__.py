"""Bundled demo corpus: hand-written review pages for two films, with hand labels in LABELS.json."""

from __future__ import annotations

from pathlib import Path

PAGES_DIR = Path(__file__).resolve().parent / "pages"


def demo_pages() -> list[Path]:
    """The bundled demo review pages (HTML), sorted by file name."""
    return sorted(PAGES_DIR.glob("*.html"))
