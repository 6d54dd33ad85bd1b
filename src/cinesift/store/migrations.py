"""Ordered schema migrations; each is applied once and recorded in the `migrations` table."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_initial",
        """
        CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            raw BLOB,                       -- NULL only when the page was refused as too large
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE films (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            norm_title TEXT NOT NULL,
            title TEXT NOT NULL,
            year INTEGER
        );
        CREATE INDEX films_norm_title ON films(norm_title);
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL UNIQUE REFERENCES pages(id) ON DELETE CASCADE,
            film_id INTEGER REFERENCES films(id),
            reviewer TEXT,
            site TEXT,
            title TEXT,
            score REAL,
            polarity TEXT,
            inferred_score REAL,
            body_sha256 TEXT,
            analysed_at TEXT NOT NULL,
            doc TEXT NOT NULL               -- the full per-page JSON record
        );
        CREATE INDEX reviews_film ON reviews(film_id);
        CREATE TABLE comments (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            author TEXT,
            date TEXT,
            depth INTEGER NOT NULL,
            text TEXT NOT NULL,
            score REAL,
            polarity TEXT
        );
        CREATE INDEX comments_review ON comments(review_id);
        CREATE TABLE errors (
            id INTEGER PRIMARY KEY,
            page_id INTEGER REFERENCES pages(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            sha256 TEXT,
            message TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX errors_page ON errors(page_id);
        """,
    ),
    (
        "002_page_charset",
        """
        ALTER TABLE pages ADD COLUMN charset TEXT;  -- declared by the HTTP response, if any
        """,
    ),
]
