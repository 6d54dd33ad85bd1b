"""Every setting, declared once with its default and help text; one Options object per run."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from cinesift.errors import SettingError


def setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Options:
    """Options passed to every stage, instead of long keyword lists (the trafilatura way)."""

    db_path: str = setting("cinesift.db", "SQLite database file used by ingest, films and report.")
    include_comments: bool = setting(
        True, "Extract the reader comment thread as separate comments (analysed on their own)."
    )
    max_page_bytes: int = setting(
        20_000_000, "Pages larger than this many bytes are refused with a per-page error."
    )
    min_body_chars: int = setting(
        80, "A page whose review body is shorter than this is recorded as an error (no review)."
    )
    film: str | None = setting(
        None, 'Force the film for every page, written "Title (Year)" or "Title".'
    )
    film_pages_only: bool = setting(
        True,
        "Record an HTML page that never speaks of film or television (no film word in its"
        " title, address, text or comments, no film markup) as an error, not a review.",
    )
    batch_size: int = setting(64, "Pages analysed per batch when streaming.")
    workers: int = setting(1, "Worker processes that analyse batches in parallel during ingest.")
    scheduler: str | None = setting(
        None,
        "Analyse on a Dask cluster during ingest: its scheduler's address (tcp://host:8786), or"
        " 'local' for a cluster of `workers` processes on this machine.",
    )
    strict: bool = setting(False, "Exit non-zero when any page fails.")
    min_reviews_for_verdict: int = setting(
        5, "Below this many critic reviews a film gets no verdict ('too few reviews')."
    )
    bootstrap_samples: int = setting(
        2000, "Resamples for the bootstrap interval of the mean score."
    )
    interval_level: float = setting(0.90, "Coverage of the bootstrap interval of the mean score.")
    seed: int = setting(
        7, "Random seed for anything stochastic (bootstrap), so reports are stable."
    )

    def with_(self, **changes: Any) -> Options:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Options:
        """Defaults overridden by CINESIFT_<NAME> environment variables (CINESIFT_SEED=3)."""
        environ = os.environ if environ is None else environ
        changes: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f"CINESIFT_{f.name.upper()}")
            if raw is None:
                continue
            kind = type(f.default) if f.default is not None else str
            try:
                changes[f.name] = (
                    raw.strip().lower() in ("1", "true", "yes", "on") if kind is bool else kind(raw)
                )
            except ValueError as exc:
                raise SettingError(f"CINESIFT_{f.name.upper()}={raw!r}: {exc}") from exc
        return cls(**changes)


def documented_settings() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, in declaration order."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Options)]
