"""The process pool gives the same reviews, in the same order, as the single-process pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from cinesift.jsonio import review_to_record
from cinesift.model import Unreadable
from cinesift.pipeline import Pipeline
from cinesift.scale import stream_parallel
from cinesift.settings import Options
from cinesift.sources import iter_pages

DEMO = Path(__file__).resolve().parents[2] / "src" / "cinesift" / "demo" / "pages"


@pytest.mark.slow
def test_pool_matches_serial_run() -> None:
    pages = [
        *iter_pages([DEMO]),
        Unreadable("broken.warc#after-record0", "WARC archive is damaged"),
    ]
    options = Options(batch_size=3)
    serial = [review_to_record(r) for r in Pipeline.default(options).stream(pages)]
    parallel = [review_to_record(r) for r in stream_parallel(iter(pages), options, workers=2)]
    assert [r["source"] for r in parallel] == [r["source"] for r in serial]
    assert parallel == serial
    assert parallel[-1]["error"] == "WARC archive is damaged"
