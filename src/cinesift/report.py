"""Film reports: one context dict, rendered as JSON, Markdown or a self-contained HTML page."""

from __future__ import annotations

import json
from typing import Any

from cinesift.aggregate import FilmVerdict
from cinesift.aggregate.consensus import summary_to_dict
from cinesift.jsonio import review_to_dict


def report_context(verdict: FilmVerdict) -> dict[str, Any]:
    """Everything a report shows, as plain JSON values (the `report --format json` contract)."""
    reviews = verdict.reviews
    audience = verdict.audience
    summary: dict[str, Any] = {
        "reviews": len(reviews),
        "scored": verdict.scored,
        "percent_positive": verdict.percent_positive,
        "mean_score": verdict.mean_score,
        "interval": list(verdict.interval) if verdict.interval else None,
        "interval_level": 0.9,
        "mean_with_inferred": verdict.mean_with_inferred,
        "verdict": verdict.verdict or "too few reviews",
        "duplicates": [{"copy": c, "original": o} for c, o in verdict.duplicates],
        "consensus": [summary_to_dict(s, reviews) for s in verdict.consensus],
        "quotes": {side: summary_to_dict(q, reviews) for side, q in verdict.quotes.items()},
        "aspects": [
            {
                "aspect": a.aspect,
                "reviews": a.reviews,
                "share": a.share,
                "net": a.net,
                "positive": a.positive,
                "negative": a.negative,
                "mixed": a.mixed,
            }
            for a in verdict.aspects
        ],
        "audience": {
            "comments": audience.comments,
            "percent_positive": audience.percent_positive,
            "positive": audience.positive,
            "negative": audience.negative,
            "mixed": audience.mixed,
            "scored": audience.scored,
            "mean_score": audience.mean_score,
            "mood": audience.mood,
        }
        if audience
        else None,
    }
    return {
        "film": {"title": verdict.film.title, "year": verdict.film.year},
        "summary": summary,
        "facts": verdict.facts.get("facts", {}),
        "cast": verdict.facts.get("cast", []),
        "people": verdict.facts.get("people", []),
        "reviews": [review_to_dict(r) for r in reviews],
    }


def render_json(context: dict[str, Any]) -> str:
    return json.dumps(context, ensure_ascii=False, indent=2)


def _first_lines(body: str, limit: int = 220) -> str:
    text = " ".join(body.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _md(text: str | None) -> str:
    """Scraped text in Markdown: neutralise markup characters so it reads as plain text."""
    if not text:
        return ""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _score_text(review: dict[str, Any]) -> str:
    if review["score"]:
        return f"{review['score']['raw']} → {review['score']['normalized']:g}"
    if review.get("inferred_score"):
        return f"no score (reads as {review['inferred_score']['normalized']:.0f})"
    return "no score"


def render_markdown(context: dict[str, Any]) -> str:
    film, s = context["film"], context["summary"]
    title = f"{film['title']} ({film['year']})" if film["year"] else film["title"]
    lines = [f"# {_md(title)}", ""]
    pct = f"{s['percent_positive']:g}% positive" if s["percent_positive"] is not None else "–"
    mean = f"{s['mean_score']:g}/100" if s["mean_score"] is not None else "–"
    lines += [
        f"**Verdict:** {s['verdict']}  ",
        f"**Critics:** {pct} of {s['reviews']} reviews · mean explicit score {mean} "
        f"over {s['scored']} scored",
        "",
        "## Reviews",
        "",
    ]
    for i, r in enumerate(context["reviews"], start=1):
        who = r["reviewer"] or "unknown reviewer"
        site = f" · {r['site']}" if r["site"] else ""
        lines += [
            f"### {i}. {_md(who)}{_md(site)}",
            f"*{_score_text(r)} · {r['polarity'] or 'polarity unknown'} · "
            f"{len(r['comments'])} reader comments*  ",
            f"> {_md(_first_lines(r['body']))}",
            f"source: `{r['source']}`",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def render_html(context: dict[str, Any]) -> str:
    """One self-contained page: no scripts or styles from the network, every text escaped."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("cinesift", "web/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters["first_lines"] = _first_lines
    env.filters["score_text"] = _score_text
    return env.get_template("report.html").render(**context)
