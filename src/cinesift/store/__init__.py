"""The store: SQLite schema, migrations and repository functions (the only place with SQL)."""

from cinesift.store.db import FilmRow, IngestOutcome, Store

__all__ = ["FilmRow", "IngestOutcome", "Store"]
