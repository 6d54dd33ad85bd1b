"""A process pool over batches of pages; each worker builds its pipeline (and models) once.

Stages are pure, so a worker needs nothing but the pages: the store stays in the parent, which
writes results in input order. The same partition function is what a distributed engine (a Dask
bag's `map_partitions`, a Spark `mapPartitions`) would call on its share of the pages.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from cinesift.jsonio import review_from_record, review_to_record
from cinesift.model import Page, Review, Unreadable
from cinesift.pipeline import Pipeline
from cinesift.settings import Options

_worker_pipeline: Pipeline | None = None


def _start_worker(options: Options) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline.default(options)


def analyse_partition(
    pages: list[Page | Unreadable], options: Options | None = None
) -> list[dict[str, Any]]:
    """Analyse one partition of pages into JSON records (what crosses process boundaries)."""
    pipeline = _worker_pipeline or Pipeline.default(options or Options())
    return [review_to_record(review) for review in pipeline.stream(pages)]


def stream_parallel(
    pages: Iterable[Page | Unreadable], options: Options, workers: int
) -> Iterator[Review]:
    """Reviews for `pages` in input order, analysed by `workers` processes.

    At most two batches per worker are in flight, so memory stays flat however many pages come.
    """
    if workers <= 1:
        yield from Pipeline.default(options).stream(pages)
        return
    batches = iter(lambda: list(islice(iter_pages, options.batch_size)), [])
    iter_pages = iter(pages)
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(options,)) as pool:
        pending: deque[Future[list[dict[str, Any]]]] = deque()
        for batch in batches:
            pending.append(pool.submit(analyse_partition, batch))
            if len(pending) >= 2 * workers:
                yield from map(review_from_record, pending.popleft().result())
        while pending:
            yield from map(review_from_record, pending.popleft().result())
