"""Rating hints from page markup: schema.org ratings, star images, star classes, score tables."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cinesift.analyze.scores import (
    choose_review_score,
    classify_label,
    comment_score,
    find_scores,
)
from cinesift.extract.film import schema_types
from cinesift.model import Score, Span

__all__ = [
    "comment_score_from_html",
    "flatten_structured",
    "page_title",
    "review_score_from_html",
    "scores_from_markup",
    "structured_data",
    "visible_text",
]

_SCHEMA_PREFIX = re.compile(r"^https?://schema\.org/")
# Containers whose ratings belong to readers, other films or a rate-it widget, not the review.
# Class or id tokens of containers whose ratings belong to readers, other films or a rate-it
# widget. Whole tokens only: WordPress puts "comments-open" on the article itself.
_FOREIGN = re.compile(
    r"(?i)(?:^|\s)(?:(?:wp-|user-|reader-)?comments?(?:-(?:area|list|section|thread|wrapper|"
    r"container|body|content|box|respond|form|\d+))?|commentlist|respond|replies|reply"
    r"|(?:\w+-)?sidebar(?:-\w+)?|widgets?(?:-\w+)?|popular-?posts?|related(?:-\w+)?|rate-?(?:this|it)"
    r"|user-?(?:rating|score|reviews?|votes?)|readers?(?:-\w+)?|audience(?:-\w+)?|community"
    r"|aggregate(?:-\w+)?|average(?:-\w+)?|recommend\w*|more-reviews|also-like|(?:site-)?footer"
    r"|products?(?:-\w+)?|rating-widget|star-widget)(?=\s|$)"
)
_RATING_BOX = re.compile(r"(?i)rating|score|verdict|grade|stars")
_STAR_CLASS = re.compile(
    r"(?i)^(?:[a-z]+[-_]{1,2})?(?:star-?rating|rating|stars?|score|rated)[-_]{1,2}"
    r"(?P<a>\d{1,2})(?:[-_](?P<b>\d))?$"
)
_BLOCKS = (
    "p, div, li, tr, h1, h2, h3, h4, h5, h6, table, section, article, header, footer, caption, "
    "figure, figcaption, blockquote, dt, dd, ul, ol, pre, hr, br, main, aside, nav, form"
)
_STAR_FILE = re.compile(
    r"(?i)(?:stars?|rating)[-_]?(?P<a>\d)(?:[-_.]?(?P<b>[05]))?\.(?:png|gif|svg|jpe?g|webp)$"
    r"|(?P<c>\d)(?:[-_.](?P<d>[05]))?[-_]?stars?\.(?:png|gif|svg|jpe?g|webp)$"
)
_DATA_VALUE = ("data-rating", "data-score", "data-stars", "data-value")
_DATA_BEST = ("data-max", "data-best", "data-scale", "data-out-of", "data-max-rating")
_SCALE_HINT = re.compile(r"(?i)(?:out\s+of|/)\s*(100|10|5|4)\b")
_NUMBER = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:/\s*(100|10|5|4))?\s*$")


def scores_from_markup(html: str, structured: list[dict[str, Any]]) -> list[Score]:
    """Scores the page's markup states.

    Labels: "review" for a schema.org Review's reviewRating, "audience" for an
    AggregateRating (the site's readers, never the reviewer), "markup" for star images and
    star classes, and "overall" or an aspect name for the rows of a score table.
    """
    scores = _structured_scores(structured)
    if html:
        tree = LexborHTMLParser(html)
        scores += _star_image_scores(tree)
        scores += _star_class_scores(tree)
        scores += _rating_box_scores(tree)
        scores += _star_file_scores(tree)
        scores += _data_attribute_scores(tree)
        scores += _star_icon_scores(tree)
        scores += _table_scores(tree)
    return scores


def review_score_from_html(
    html: str, structured: list[dict[str, Any]] | None = None
) -> tuple[Score | None, list[Score]]:
    """The reviewer's score and sub-scores for one HTML page: markup plus its visible text."""
    if structured is None:
        structured = structured_data(html)
    markup = scores_from_markup(html, structured)
    return choose_review_score(visible_text(html), page_title(html), markup)


def comment_score_from_html(html: str, field: str) -> Score | None:
    """The score one reader comment states, from its HTML: its words first, then a star image."""
    score = comment_score(visible_text(html, drop_foreign=False), field)
    if score is not None:
        return score
    tree = LexborHTMLParser(html)
    # inside a comment every star image is the commenter's own
    stars = _star_image_scores(tree, keep_foreign=True) + _star_icon_scores(tree, keep_foreign=True)
    if len({round(s.normalized, 1) for s in stars}) != 1:
        return None
    return Score(stars[0].raw, stars[0].normalized, stars[0].scale, stars[0].evidence, label=None)


def structured_data(html: str) -> list[dict[str, Any]]:
    """JSON-LD, microdata and RDFa items of a page (extruct), flattened; [] when unreadable."""
    import extruct  # imported here: slow to import, and only pages with markup need it

    try:
        extracted = extruct.extract(html, syntaxes=["json-ld", "microdata", "rdfa"], uniform=True)
    except Exception:  # extruct raises many types on malformed markup; no data is the answer
        return []
    return flatten_structured(extracted)


def flatten_structured(extracted: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """extruct's {syntax: [items]} output as one flat list, each item tagged with its syntax."""
    flat: list[dict[str, Any]] = []
    for syntax, items in extracted.items():
        for item in items or []:
            if isinstance(item, dict):
                flat.append({**item, "syntax": syntax})
    return flat


def visible_text(html: str, drop_foreign: bool = True) -> str:
    """The text a reader sees: scripts, styles and templates removed, blocks on their own lines.

    With `drop_foreign`, sidebars, related-review lists, reader comments and rate-it widgets are
    dropped too, so that only the review's own words remain.
    """
    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "noscript", "template", "head"])
    if drop_foreign:
        body = tree.body or tree.root
        total = len(body.text(strip=True)) if body is not None else 0
        for node in tree.css("aside, nav, footer, [class], [id], [itemprop], [property]"):
            if total > 1000 and len(node.text(strip=True)) > total / 2:
                continue  # a wrapper holding most of the page is never the sidebar
            attrs = node.attributes
            marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            prop = f"{attrs.get('itemprop') or ''} {attrs.get('property') or ''}"
            if (
                node.tag in ("aside", "nav", "footer")
                or _FOREIGN.search(marker)
                or "aggregateRating" in prop
            ):
                node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    # Inline elements join their text ("<b>4</b>/<b>5</b>" reads "4/5"); blocks break lines.
    for node in root.css(_BLOCKS):
        node.insert_after("\n")
    for node in root.css("td, th"):
        node.insert_after(" | ")
    text = root.text(separator="", strip=False)
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip(" |") for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def page_title(html: str) -> str | None:
    tree = LexborHTMLParser(html)
    node = tree.css_first("title")
    title = node.text(strip=True) if node else ""
    return title or None


# --- schema.org --------------------------------------------------------------------------


def _structured_scores(structured: list[dict[str, Any]]) -> list[Score]:
    scores: list[Score] = []
    counters: dict[str, int] = {}
    structured = [item for item in structured if isinstance(item, dict)]
    rdfa_nodes = {
        item.get("@id"): item
        for item in structured
        if item.get("syntax") == "rdfa" and isinstance(item.get("@id"), str)
    }
    for item in structured:
        syntax = str(item.get("syntax") or "json-ld")
        index = counters.get(syntax, 0)
        counters[syntax] = index + 1
        node = _plain(item, rdfa_nodes, depth=0) if syntax == "rdfa" else item
        if syntax == "rdfa" and _referenced(item, structured):
            continue  # a node reached from its parent review is read there
        _walk(node, f"{syntax}[{index}]", None, scores)
    return scores


def _referenced(item: dict[str, Any], structured: list[dict[str, Any]]) -> bool:
    node_id = item.get("@id")
    if not node_id:
        return False
    for other in structured:
        if other is item:
            continue
        for values in other.values():
            if isinstance(values, list) and any(
                isinstance(v, dict) and v.get("@id") == node_id and len(v) == 1 for v in values
            ):
                return True
    return False


def _plain(value: Any, nodes: dict[Any, dict[str, Any]], depth: int) -> Any:
    """RDFa's expanded graph (full IRIs, @value lists, @id links) as plain schema.org dicts."""
    if depth > 6:
        return None
    if isinstance(value, list):
        items = [_plain(v, nodes, depth + 1) for v in value]
        return items[0] if len(items) == 1 else items
    if not isinstance(value, dict):
        return value
    if set(value) == {"@value"} or "@value" in value:
        return value["@value"]
    if set(value) == {"@id"} and value["@id"] in nodes:
        return _plain(nodes[value["@id"]], nodes, depth + 1)
    out: dict[str, Any] = {}
    for key, val in value.items():
        name = _SCHEMA_PREFIX.sub("", key)
        if key == "@type":
            types = val if isinstance(val, list) else [val]
            out["@type"] = [_SCHEMA_PREFIX.sub("", str(t)) for t in types]
        else:
            out[name] = _plain(val, nodes, depth + 1)
    return out


def _walk(node: Any, path: str, parent_types: set[str] | None, scores: list[Score]) -> None:
    if isinstance(node, list):
        for i, child in enumerate(node):
            _walk(child, f"{path}[{i}]", parent_types, scores)
        return
    if not isinstance(node, dict):
        return
    if "properties" in node and isinstance(node["properties"], dict):
        node = {**node["properties"], "@type": node.get("type")}  # extruct's non-uniform microdata
    types = schema_types(node)
    if "@graph" in node:
        _walk(node["@graph"], f"{path}.@graph", types, scores)
    if "aggregaterating" in types:
        score = _rating_score(node, path, "audience")
        if score:
            scores.append(score)
        return
    for key, value in node.items():
        if key in ("@type", "type", "@context", "syntax", "@graph"):
            continue
        child_path = f"{path}.{key}"
        if key == "reviewRating" and any(
            t.endswith("review") for t in types | (parent_types or set())
        ):
            for i, rating in enumerate(value if isinstance(value, list) else [value]):
                p = child_path if not isinstance(value, list) else f"{child_path}[{i}]"
                score = _rating_score(rating, p, "review")
                if score:
                    scores.append(score)
        elif key == "aggregateRating":
            for rating in value if isinstance(value, list) else [value]:
                score = _rating_score(rating, child_path, "audience")
                if score:
                    scores.append(score)
        elif isinstance(value, dict | list):
            _walk(value, child_path, types, scores)


def _number(value: Any) -> float | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def _rating_score(rating: Any, path: str, label: str) -> Score | None:
    if not isinstance(rating, dict):
        value = _number(rating)  # a bare "reviewRating": "4"
        rating = {"ratingValue": value}
    value = _number(rating.get("ratingValue"))
    if value is None:
        return None
    best = _number(rating.get("bestRating"))
    if best is None:
        # schema.org's default scale is 1-5; a larger value can only be on 10 or 100
        best = 5.0 if value <= 5 else 10.0 if value <= 10 else 100.0
    worst = _number(rating.get("worstRating"))
    worst = 1.0 if worst is None else worst
    if best <= 0 or best <= worst or value > best or value < min(worst, 0):
        return None
    # value/best, as readers and sites read "4 of 5"; worstRating only bounds the value
    scale: int | float = int(best) if best.is_integer() else best
    # "2/5" reads as the rating it is; a bare "2" does not say on what scale.
    raw = f"{rating.get('ratingValue')}/{scale}"
    return Score(
        raw=raw,
        normalized=100.0 * value / best,
        scale=scale,
        evidence=Span(0, 0, field="markup", path=path),
        label=label,
    )


# --- star images, classes and icons ------------------------------------------------------


def _foreign(node: LexborNode) -> bool:
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        attrs = current.attributes
        marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _FOREIGN.search(marker) or current.tag in ("aside", "footer", "nav"):
            return True
        current = current.parent
    return False


def _css_path(node: LexborNode) -> str:
    parts = []
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html", "-undef") and len(parts) < 4:
        cls = (current.attributes.get("class") or "").split()
        parts.append(current.tag + "".join(f".{c}" for c in cls[:2]))
        current = current.parent
    return " > ".join(reversed(parts))


def _star_image_scores(tree: LexborHTMLParser, keep_foreign: bool = False) -> list[Score]:
    scores = []
    seen: set[int] = set()
    for node in tree.css("img[alt], [title], [aria-label]"):
        if node.mem_id in seen or (_foreign(node) and not keep_foreign):
            continue
        seen.add(node.mem_id)
        for attr in ("alt", "title", "aria-label"):
            text = node.attributes.get(attr)
            if not text or len(text) > 80:
                continue
            found = [s for s in find_scores(text, field="markup") if s.label in (None, "overall")]
            if len(found) != 1:
                continue
            s = found[0]
            path = f"{_css_path(node)}[{attr}]"
            scores.append(
                Score(
                    raw=s.raw,
                    normalized=s.normalized,
                    scale=s.scale,
                    evidence=Span(0, 0, field="markup", path=path),
                    label="markup",
                )
            )
            break
    return scores


def _rating_box_scores(tree: LexborHTMLParser) -> list[Score]:
    """A short element whose class names it the rating ("<p class="rating">Rating: 9/10</p>")."""
    scores = []
    values: set[float] = set()
    for node in tree.css("[class], [id]"):
        attrs = node.attributes
        marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if not _RATING_BOX.search(marker) or _foreign(node):
            continue
        text = node.text(separator=" ", strip=True)
        if not text or len(text) > 80:
            continue
        found = [s for s in find_scores(text, field="markup") if s.label in (None, "overall")]
        if len(found) != 1 or round(found[0].normalized, 1) in values:
            continue  # a nested box repeats its parent's score
        values.add(round(found[0].normalized, 1))
        path = _css_path(node)
        label = "overall" if found[0].label == "overall" else "markup"
        scores.append(
            Score(
                found[0].raw,
                found[0].normalized,
                found[0].scale,
                Span(0, 0, field="markup", path=path),
                label=label,
            )
        )
    return scores


def _star_file_scores(tree: LexborHTMLParser) -> list[Score]:
    """Star images named for their value ("stars-45.png", "4-stars.gif") with no usable alt."""
    scores = []
    for node in tree.css("img[src]"):
        alt = (node.attributes.get("alt") or "") + (node.attributes.get("title") or "")
        if _foreign(node) or find_scores(alt, field="markup"):
            continue  # the alt text, when it states the score, is read by _star_image_scores
        src = (node.attributes.get("src") or "").rsplit("/", 1)[-1].split("?")[0]
        m = _STAR_FILE.search(src)
        if not m:
            continue
        whole, tenth = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        value = int(whole) + (int(tenth) / 10 if tenth else 0)
        if not 0 < value <= 5:
            continue
        path = f"{_css_path(node)}[src]"
        scores.append(
            Score(src, 100.0 * value / 5, 5, Span(0, 0, field="markup", path=path), label="markup")
        )
    return scores


def _data_attribute_scores(tree: LexborHTMLParser) -> list[Score]:
    """Rating widgets that carry their value in data-* attributes (`data-rating="4.5"`)."""
    scores = []
    for node in tree.css("[data-rating], [data-score], [data-stars], [data-value]"):
        attrs = node.attributes
        marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _foreign(node) or not re.search(r"(?i)rating|stars?|score|verdict", marker):
            continue
        raw = next((attrs.get(a) for a in _DATA_VALUE if attrs.get(a)), None)
        best_raw = next((attrs.get(a) for a in _DATA_BEST if attrs.get(a)), None)
        value, best = _number(raw), _number(best_raw)
        if value is None or value <= 0:
            continue
        if best is None:
            best = 5.0 if value <= 5 else 10.0 if value <= 10 else 100.0
        if value > best:
            continue
        scale: int | float = int(best) if best.is_integer() else best
        path = f"{_css_path(node)}[data]"
        scores.append(
            Score(str(raw), 100.0 * value / best, scale, Span(0, 0, "markup", path), label="markup")
        )
    return scores


def _star_class_scores(tree: LexborHTMLParser) -> list[Score]:
    scores = []
    for node in tree.css("[class]"):
        if _foreign(node):
            continue
        for token in (node.attributes.get("class") or "").split():
            m = _STAR_CLASS.match(token)
            if not m:
                continue
            a, b = m["a"], m["b"]
            if b is not None:
                value = int(a) + int(b) / 10
            elif len(a) == 2:
                if a[1] not in "05":
                    continue
                value = int(a) / 10  # stars-35: 3.5 stars
            else:
                value = float(a)
            if value > 5:
                continue
            scores.append(
                Score(
                    raw=token,
                    normalized=100.0 * value / 5,
                    scale=5,
                    evidence=Span(0, 0, field="markup", path=_css_path(node)),
                    label="markup",
                )
            )
            break
    return scores


def _icon_kind(node: LexborNode) -> str | None:
    joined = (node.attributes.get("class") or "").lower()
    if node.tag == "img":
        # star images: "star-full.png", "star_off.gif"
        src = (node.attributes.get("src") or "").lower().rsplit("/", 1)[-1]
        joined += " " + re.sub(r"\.\w+$", "", src).replace("_", "-").replace("-", " star-", 1)
        alt = (node.attributes.get("alt") or node.attributes.get("title") or "").strip().lower()
        if alt in ("★", "*", "star", "full star", "filled star", "1 star"):
            joined += " star full"
        elif alt in ("☆", "empty star", "no star", "blank star"):
            joined += " star empty"
        elif alt in ("½", "half star", "half a star", "1/2"):
            joined += " star half"
    if not re.search(r"\bstar\b|\bfa-star|\bicon-star|\bstar-", joined):
        return None
    if re.search(r"half", joined):
        return "half"
    if re.search(r"empty|\boff\b|fa-star-o|\bfar\b|outline|blank|grey|gray|inactive", joined):
        return "empty"
    if re.search(r"\b(?:full|filled|fill|on|active|checked|selected|fas|solid)\b", joined):
        return "full"
    return "plain"  # a bare "star": full or empty only by contrast with its neighbours


def _star_icon_scores(tree: LexborHTMLParser, keep_foreign: bool = False) -> list[Score]:
    """A row of star icons (full, half, empty) inside one container."""
    scores = []
    seen: set[int] = set()
    for node in tree.css("[class], img[src]"):
        if _icon_kind(node) is None:
            continue
        parent = node.parent
        if parent is None or parent.mem_id in seen or (_foreign(parent) and not keep_foreign):
            continue
        seen.add(parent.mem_id)
        kinds = [_icon_kind(child) for child in parent.iter() if child.tag != "-text"]
        if None in kinds or len(kinds) < 3 or len(kinds) > 10:
            continue
        if "plain" in kinds:
            if "full" in kinds:
                kinds = ["empty" if k == "plain" else k for k in kinds]
            elif "empty" in kinds or "half" in kinds:
                kinds = ["full" if k == "plain" else k for k in kinds]  # fa-star beside fa-star-o
            else:
                continue  # identical bare stars: a rate-it widget or decoration
        full, half, empty = kinds.count("full"), kinds.count("half"), kinds.count("empty")
        if full + half == 0:
            continue  # an empty rate-it widget
        value = full + 0.5 * half
        slots = len(kinds)
        scores.append(
            Score(
                raw=f"{full} full, {half} half, {empty} empty star icons",
                normalized=100.0 * value / slots,
                scale=slots,
                evidence=Span(0, 0, field="markup", path=_css_path(parent)),
                label="markup",
            )
        )
    return scores


def _table_scores(tree: LexborHTMLParser) -> list[Score]:
    """Score tables: 'Story | 7', 'Overall | 8' rows under a caption that states the scale."""
    scores = []
    for t_index, table in enumerate(tree.css("table")):
        if _foreign(table):
            continue
        caption = table.css_first("caption")
        header = " ".join(th.text(strip=True) for th in table.css("th"))
        hint = _SCALE_HINT.search(f"{caption.text(strip=True) if caption else ''} {header}")
        for r_index, row in enumerate(table.css("tr")):
            cells = [c.text(strip=True) for c in row.css("td, th")]
            if len(cells) != 2:
                continue
            m = _NUMBER.match(cells[1])
            if not m:
                continue
            den = int(m.group(2) or (hint.group(1) if hint else 0))
            value = float(m.group(1).replace(",", "."))
            if not den or value > den:
                continue
            label = classify_label(cells[0], separated=True)
            if label is None:
                continue
            scores.append(
                Score(
                    raw=cells[1],
                    normalized=100.0 * value / den,
                    scale=den,
                    evidence=Span(0, 0, field="markup", path=f"table[{t_index}] tr[{r_index}]"),
                    label=label,
                )
            )
    return scores
