"""A process pool over batches of pages; each worker builds its pipeline (and models) once.

Stages are pure, so a worker needs nothing but the pages: the store stays in the parent, which
writes results in input order. The same partition function is what a Dask cluster's workers run
(`cinesift.scale.cluster`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
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
    flat however many pages come."""
    pending: deque[Any] = deque()
    for batch in batches(pages, batch_size):
        pending.append(submit(batch))
        if len(pending) >= slots:
            yield from map(review_from_record, pending.popleft().result())
    while pending:
        yield from map(review_from_record, pending.popleft().result())


def stream_parallel(
    pages: Iterable[Page | Unreadable], options: Options, workers: int
) -> Iterator[Review]:
    """Reviews for `pages` in input order, analysed by `workers` processes."""
    if workers <= 1:
        yield from Pipeline.default(options).stream(pages)
        return
    with ProcessPoolExecutor(workers) as pool:
        yield from in_order(
            lambda batch: pool.submit(analyse_partition, batch, options),
            pages,
            options.batch_size,
            2 * workers,
        )
