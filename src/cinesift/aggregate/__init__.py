"""Aggregate: the reviews of one film -> its verdict (scores, consensus, quotes, facts)."""

from cinesift.aggregate.verdict import FilmVerdict, build_verdict, summarise

__all__ = ["FilmVerdict", "build_verdict", "summarise"]
