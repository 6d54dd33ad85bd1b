"""Film reports: one context dict, rendered as JSON, Markdown or a self-contained HTML page."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup, escape

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
        "interval_level": verdict.interval_level,
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
        return f"{review['score']['raw']} → {review['score']['normalized']:g}/100"
    if review.get("inferred_score"):
        return f"no score (reads as {review['inferred_score']['normalized']:.0f})"
    return "no score"


def _cites(entry: dict[str, Any]) -> str:
    """The review a line is from, then the reviews that say the same: "[3] (also [1][5])"."""
    source = [c["review"] for c in entry["citations"] if c["role"] == "source"]
    agree = sorted({c["review"] for c in entry["citations"] if c["role"] != "source"} - set(source))
    text = "".join(f"[{n}]" for n in source)
    return text + (" (also " + "".join(f"[{n}]" for n in agree) + ")" if agree else "")


def render_markdown(context: dict[str, Any]) -> str:
    film, s = context["film"], context["summary"]
    title = f"{film['title']} ({film['year']})" if film["year"] else film["title"]
    lines = [f"# {_md(title)}", ""]
    pct = f"{s['percent_positive']:g}% positive" if s["percent_positive"] is not None else "–"
    mean = f"{s['mean_score']:g}/100" if s["mean_score"] is not None else "–"
    interval = (
        f" ({s['interval_level']:.0%} interval {s['interval'][0]:g}–{s['interval'][1]:g})"
        if s.get("interval")
        else ""
    )
    lines += [
        f"**Verdict:** {s['verdict']}  ",
        f"**Critics:** {pct} of {s['reviews']} reviews · mean explicit score {mean}{interval} "
        f"over {s['scored']} scored  ",
    ]
    if s.get("mean_with_inferred") is not None:
        lines.append(f"**Mean including inferred scores:** {s['mean_with_inferred']:g}/100  ")
    audience = s.get("audience")
    if audience and audience["comments"]:
        apct = audience["percent_positive"]
        lines.append(
            f"**Readers ({audience['comments']} comments, counted apart):** {audience['mood']}"
            + (f", {apct:g}% positive" if apct is not None else "")
        )
    if s.get("consensus"):
        lines += ["", "## What the critics say", ""]
        lines += [f"{_md(c['sentence'])} {_cites(c)}" for c in s["consensus"]]
    quotes = [(side, q) for side, q in (s.get("quotes") or {}).items() if q]
    if quotes:
        lines += ["", "## Pull quotes", ""]
        lines += [f"- *{side}:* “{_md(q['sentence'])}” {_cites(q)}" for side, q in quotes]
    if s.get("aspects"):
        lines += ["", "## Aspects", "", "| aspect | reviews | share | net |", "|---|---|---|---|"]
        lines += [
            f"| {a['aspect']} | {a['reviews']} | {a['share']:.0%} | {a['net']:+.2f} |"
            for a in s["aspects"]
        ]
    if context.get("cast"):
        lines += ["", "## Cast", ""]
        lines += [f"- {_md(c.get('actor'))} as {_md(c.get('character'))}" for c in context["cast"]]
    facts = context.get("facts") or {}
    if facts.get("conflicts") or facts.get("agreements"):
        lines += ["", "## Facts", ""]
        for fact in facts.get("agreements", []):
            label = _md(fact.get("label") or fact.get("value"))
            lines.append(f"- {label} ({len(fact.get('sources', []))} sources)")
        for fact in facts.get("conflicts", []):
            lines.append(f"- **conflict:** {_md(fact.get('label') or fact.get('subject'))}")
    lines += ["", "## Reviews", ""]
    for i, r in enumerate(context["reviews"], start=1):
        who = r["reviewer"] or "unknown reviewer"
        site = f" · {_md(r['site'])}" if r["site"] else ""
        aspects = ", ".join(f"{a['aspect']} {a['polarity']}" for a in r.get("aspects", []))
        lines += [
            f"### [{i}] {_md(who)}{site}",
            f"{_md(_score_text(r))} · {r['polarity'] or 'polarity unknown'} · "
            f"{len(r['comments'])} reader comments  ",
        ]
        if aspects:
            lines.append(f"aspects: {aspects}  ")
        if _hidden_spoilers(r):
            lines.append(f"spoilers: {len(_hidden_spoilers(r))} passage(s), hidden here  ")
        lines += [f"> {_md(_first_lines(_without_spoilers(r)))}", f"source: `{r['source']}`", ""]
    return "\n".join(lines).rstrip() + "\n"


def _hidden_spoilers(review: dict[str, Any]) -> list[dict[str, Any]]:
    """Spoilers to hide; the author's own "spoiler alert" is a warning the reader should see."""
    return [s for s in review.get("spoilers", []) if s["severity"] != "warning"]


def _without_spoilers(review: dict[str, Any]) -> str:
    body = review["body"]
    for spoiler in sorted(_hidden_spoilers(review), key=lambda x: -x["span"]["start"]):
        span = spoiler["span"]
        body = body[: span["start"]] + "[spoiler hidden]" + body[span["end"] :]
    return body


def short_source(source: str) -> str:
    """A URL as it is; a local path by its file name, so a shared report shows no folders."""
    if "://" in source:
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def body_segments(review: dict[str, Any]) -> list[list[tuple[str, str | None]]]:
    """The body as paragraphs of (text, spoiler severity or None) pieces, for the HTML page."""
    marks = sorted(
        (s["span"]["start"], s["span"]["end"], s["severity"])
        for s in _hidden_spoilers(review)
        if s["span"].get("field", "body") == "body"
    )
    body = review["body"]
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, severity in marks:
        if start < pos:
            continue
        pieces.append((body[pos:start], None))
        pieces.append((body[start:end], severity))
        pos = end
    pieces.append((body[pos:], None))
    paragraphs: list[list[tuple[str, str | None]]] = [[]]
    for text, severity in pieces:
        parts = text.split("\n\n") if severity is None else [text]
        for k, part in enumerate(parts):
            if k:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, severity))
    return [p for p in paragraphs if any(t.strip() for t, _ in p)]


def aspect_chart_svg(aspects: list[dict[str, Any]]) -> Markup:
    """Horizontal bars: share of reviews raising each aspect, coloured by net polarity."""
    row, width, label_w, note_w = 24, 640, 110, 170
    height = row * len(aspects) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="aspect profile">'
    ]
    for i, a in enumerate(aspects):
        y = 5 + i * row
        bar = max(2, int((width - label_w - note_w) * float(a["share"])))
        net = float(a["net"])
        colour = "#2d8a4e" if net > 0.2 else "#c0392b" if net < -0.2 else "#d4a017"
        parts.append(
            f'<text x="0" y="{y + 15}">{escape(a["aspect"])}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar}" height="15" fill="{colour}" rx="3"/>'
            f'<text x="{label_w + bar + 6}" y="{y + 15}">{int(a["reviews"])} review'
            f"{'s' if a['reviews'] != 1 else ''} · net {net:+.2f}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def render_html(context: dict[str, Any]) -> str:
    """One self-contained page: no scripts or styles from the network, every text escaped."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("cinesift", "web/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters["first_lines"] = _first_lines
    env.filters["score_text"] = _score_text
    env.filters["body_segments"] = body_segments
    env.filters["shown_source"] = lambda review: review.get("url") or short_source(review["source"])
    env.filters["short_source"] = short_source
    env.filters["hidden_spoilers"] = _hidden_spoilers
    env.globals["aspect_chart"] = aspect_chart_svg
    return env.get_template("report.html").render(**context)
