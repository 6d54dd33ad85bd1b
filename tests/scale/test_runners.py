"""The process pool and a Dask cluster give the same reviews, in the same order, as the
single-process pipeline; a worker that dies costs only its batches."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cinesift.jsonio import review_to_record
from cinesift.model import Page, Review, Unreadable
from cinesift.pipeline import Pipeline
from cinesift.scale import stream_parallel
from cinesift.scale.pool import analyse_partition
from cinesift.settings import Options
from cinesift.sources import iter_pages

DEMO = Path(__file__).resolve().parents[2] / "src" / "cinesift" / "demo" / "pages"


def _on_a_local_dask_cluster(pages: Iterator, options: Options) -> Iterator[Review]:
    pytest.importorskip("dask.distributed", reason="Dask is optional (cinesift[dask])")
    from cinesift.scale import stream_cluster

    return stream_cluster(pages, options, "local", workers=2)


@pytest.mark.slow
@pytest.mark.parametrize(
    "runner",
    [lambda pages, options: stream_parallel(pages, options, workers=2), _on_a_local_dask_cluster],
    ids=["process-pool", "dask-cluster"],
)
def test_runners_match_serial_run(runner: Callable[[Iterator, Options], Iterator]) -> None:
    pages = [
        *iter_pages([DEMO]),
        Unreadable("broken.warc#after-record0", "WARC archive is damaged"),
    ]
    options = Options(batch_size=3)
    serial = [review_to_record(r) for r in Pipeline.default(options).stream(pages)]
    parallel = [review_to_record(r) for r in runner(iter(pages), options)]
    assert [r["source"] for r in parallel] == [r["source"] for r in serial]
    assert parallel == serial
    assert parallel[-1]["error"] == "WARC archive is damaged"


def _dies_on_marked_page(pages: list, options: Options) -> list:
    """A worker that crashes hard (as a parser's C code may) on a page marked for it."""
    import os

    if any(page.source.endswith("kills-its-worker.html") for page in pages):
        os._exit(3)
    return analyse_partition(pages, options)


@pytest.mark.slow
def test_pool_a_dying_worker_fails_its_batch_and_the_run_goes_on(monkeypatch) -> None:
    import cinesift.scale.pool as pool

    monkeypatch.setattr(pool, "analyse_partition", _dies_on_marked_page)
    demo = list(iter_pages([DEMO]))
    pages = [*demo[:2], Page("kills-its-worker.html", b"<html></html>"), *demo[2:]]
    reviews = list(stream_parallel(iter(pages), Options(batch_size=1), workers=2))
    assert [r.source for r in reviews] == [p.source for p in pages]
    dead = reviews[2]
    assert dead.error and "the worker analysing this page's batch failed" in dead.error
    # Batches sent after the death go to a new pool and are analysed.
    assert reviews[-1].error is None and reviews[-1].film is not None
