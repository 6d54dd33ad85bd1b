"""The pipeline: extraction then small analysis stages, checked for order, run or streamed.

Stages are pure (no network, no SQL), so any runner - a loop, a process pool, a distributed
engine - can call `Pipeline.stream` on its share of the pages.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from cinesift.errors import CineSiftError, PageError
from cinesift.extract import extract_page
from cinesift.model import Page, Review, Unreadable
from cinesift.settings import Options

# What extraction fills in; analysis stages declare what they need from it and each other.
EXTRACTED = frozenset(
    {"body", "comments", "title", "site", "reviewer", "date", "film", "structured", "markup_scores"}
)


@runtime_checkable
class Stage(Protocol):
    """One analysis step: Review -> Review, declaring what it needs and what it fills in."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, review: Review) -> Review: ...


class BatchStage(Stage, Protocol):
    """A stage that is faster over many reviews at once (it holds a model)."""

    def pipe(self, reviews: list[Review]) -> list[Review]: ...


StageFactory = Callable[[Options], Stage]
_REGISTRY: dict[str, StageFactory] = {}


def register(name: str) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory under a name (built-in stages use this same hook)."""

    def add(factory: StageFactory) -> StageFactory:
        _REGISTRY[name] = factory
        return factory

    return add


def registered() -> list[str]:
    _load_builtin_stages()
    return list(_REGISTRY)


class PipelineOrderError(CineSiftError):
    pass


@dataclass
class Pipeline:
    stages: list[Stage]
    options: Options

    def __post_init__(self) -> None:
        available = set(EXTRACTED)
        for stage in self.stages:
            missing = [need for need in stage.requires if need not in available]
            if missing:
                raise PipelineOrderError(
                    f"stage {stage.name!r} needs {', '.join(missing)}, "
                    "which no earlier stage assigns"
                )
            available.update(stage.assigns)

    @classmethod
    def default(
        cls, options: Options | None = None, names: Iterable[str] | None = None
    ) -> Pipeline:
        options = options or Options()
        _load_builtin_stages()
        chosen = list(names) if names is not None else list(_REGISTRY)
        return cls([_REGISTRY[name](options) for name in chosen], options)

    def extract(self, page: Page | Unreadable) -> Review:
        """Extraction alone; a bad page comes back as a Review whose `error` says why."""
        if isinstance(page, Unreadable):
            return Review(source=page.source, sha256=page.sha256, error=page.message)
        try:
            return extract_page(page, self.options)
        except PageError as exc:
            return Review(source=page.source, sha256=page.sha256, url=page.url, error=str(exc))
        except Exception as exc:  # a parser bug on one page must not end the batch
            return _crashed(page.source, page.sha256, page.url, exc)

    def run(self, page: Page | Unreadable) -> Review:
        return next(self.stream([page]))

    def stream(
        self, pages: Iterable[Page | Unreadable], batch_size: int | None = None
    ) -> Iterator[Review]:
        """Analyse pages in batches, yielding one Review per page in input order."""
        size = batch_size or self.options.batch_size
        batch: list[Review] = []
        for page in pages:
            batch.append(self.extract(page))
            if len(batch) >= size:
                yield from self.analyse(batch)
                batch = []
        if batch:
            yield from self.analyse(batch)

    def analyse(self, reviews: list[Review]) -> list[Review]:
        """Run every analysis stage over the good reviews of a batch."""
        good = [r for r in reviews if r.error is None]
        for stage in self.stages:
            good = _apply(stage, good)
        return reviews


def _apply(stage: Stage, reviews: list[Review]) -> list[Review]:
    if not reviews:
        return reviews
    pipe = getattr(stage, "pipe", None)
    if pipe is not None:
        try:
            pipe(reviews)
            return reviews
        except Exception:  # fall back to one by one, to find and isolate the page at fault
            pass
    kept = []
    for review in reviews:
        try:
            stage(review)
            kept.append(review)
        except Exception as exc:
            review.error = f"{stage.name} failed: {type(exc).__name__}: {exc}"
    return kept


def _crashed(source: str, sha256: str, url: str | None, exc: Exception) -> Review:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return Review(
        source=source,
        sha256=sha256,
        url=url,
        error=f"internal error while extracting: {type(exc).__name__}: {exc} "
        f"({where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
    )


def _load_builtin_stages() -> None:
    # Importing the module registers the built-in stages through the same hook as plugins.
    import cinesift.analyze.stages  # noqa: F401
