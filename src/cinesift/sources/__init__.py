"""Sources: files, folders, gzip, WARC, JSONL and URLs -> Page (all input I/O lives here)."""

from cinesift.sources.files import PAGE_SUFFIXES, iter_pages

__all__ = ["PAGE_SUFFIXES", "iter_pages"]
