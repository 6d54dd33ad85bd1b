"""A process pool over batches of pages; each worker builds its pipeline (and models) once.

Stages are pure, so a worker needs nothing but the pages: the store stays in the parent, which
writes results in input order. The same partition function is what a Dask cluster's workers run
(`cinesift.scale.cluster`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from itertools import islice
from typing import Any

from cinesift.jsonio import review_from_record, review_to_record
from cinesift.model import Page, Review, Unreadable
from cinesift.pipeline import Pipeline
from cinesift.settings import Options


@lru_cache(maxsize=4)
def _pipeline(options: Options) -> Pipeline:
    """One pipeline (models loaded once) per worker process and set of options."""
    return Pipeline.default(options)


def analyse_partition(pages: list[Page | Unreadable], options: Options) -> list[dict[str, Any]]:
    """Analyse one partition of pages into JSON records (what crosses process boundaries)."""
    return [review_to_record(review) for review in _pipeline(options).stream(pages)]


def batches(pages: Iterable[Page | Unreadable], size: int) -> Iterator[list[Page | Unreadable]]:
    pages = iter(pages)
    return iter(lambda: list(islice(pages, size)), [])


def in_order(
    submit: Callable[[list[Page | Unreadable]], Any],
    pages: Iterable[Page | Unreadable],
    batch_size: int,
    slots: int,
) -> Iterator[Review]:
    """Reviews in input order from batches handed to `submit`, which returns a future (a
    process pool's or a Dask cluster's). At most `slots` batches are in flight, so memory stays
    flat however many pages come.

    Stages already turn a page's exception into that page's error; a batch fails as a whole
    only when its worker dies (a crash in a parser's C code, memory run out). Its pages are then
    recorded as failed, and the run goes on."""
    pending: deque[tuple[list[Page | Unreadable], Any]] = deque()

    def settle() -> Iterator[Review]:
        batch, future = pending.popleft()
        try:
            records = future.result()
        except Exception as exc:
            yield from (_worker_failed(page, exc) for page in batch)
            return
        yield from map(review_from_record, records)

    for batch in batches(pages, batch_size):
        try:
            pending.append((batch, submit(batch)))
        except Exception as exc:  # a pool broken by an earlier death takes no more work
            pending.append((batch, _Failed(exc)))
        if len(pending) >= slots:
            yield from settle()
    while pending:
        yield from settle()


class _Failed:
    """A future that was never started: its result is the error that stopped it."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def result(self) -> Any:
        raise self.exc


def _worker_failed(page: Page | Unreadable, exc: Exception) -> Review:
    url = page.url if isinstance(page, Page) else None
    return Review(
        source=page.source,
        sha256=page.sha256,
        url=url,
        error=f"the worker analysing this page's batch failed ({type(exc).__name__}: {exc});"
        " run `ingest --reanalyze --workers 1` on it to find the page at fault",
    )


def stream_parallel(
    pages: Iterable[Page | Unreadable], options: Options, workers: int
) -> Iterator[Review]:
    """Reviews for `pages` in input order, analysed by `workers` processes."""
    if workers <= 1:
        yield from Pipeline.default(options).stream(pages)
        return
    pools = [ProcessPoolExecutor(workers)]

    def submit(batch: list[Page | Unreadable]) -> Future[list[dict[str, Any]]]:
        try:
            return pools[-1].submit(analyse_partition, batch, options)
        except BrokenProcessPool:  # a worker died: its batches fail, a new pool takes the rest
            pools[-1].shutdown(wait=False, cancel_futures=True)
            pools.append(ProcessPoolExecutor(workers))
            return pools[-1].submit(analyse_partition, batch, options)

    try:
        yield from in_order(submit, pages, options.batch_size, 2 * workers)
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)
