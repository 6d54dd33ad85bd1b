"""Extraction benchmark: body and comment-thread token F1 and speed, CineSift vs plain trafilatura.

Two gold sets from ../shared/data (override the folder with CINESIFT_SHARED):

- Dragnet (evaluation only, AGPL data): the `test.txt` pages whose gold text has reader comments.
  Gold body is the text before the separator line, gold comments the text after it.
- Zyte article-extraction-benchmark: all pages, gold `articleBody`; body only.
- trafilatura's evaluation corpus (990 pages, mostly German and English): per page, strings the
  main text must contain and strings it must not (navigation, footers, comment parts). Scored as
  upstream does: each expected string found is a true positive, each missing one a false
  negative, each unwanted string found a false positive; precision, recall and F1 over all pages.
  This corpus was also used to develop CineSift's extraction rules, so its row is a development
  figure, not a held-out one.

Token F1 is the bag-of-words F1 of lower-cased word tokens (`\\w+`): precision is the share of
extracted tokens found in the gold (counted with multiplicity), recall the share of gold tokens
found in the extraction, F1 their harmonic mean; averaged over pages (a page with an empty gold and
an empty extraction scores 1). Comments are joined into one text, in page order. A CineSift comment
is rendered as it reads on the page: author, date, then text ("comments F1"); "comments F1, text
only" scores the comment texts alone. Plain trafilatura is `bare_extraction(html,
include_comments=True)` with body = `text`, comments = `comments`. Both get the same decoded page
(decoding is not timed); pages/s is the summed extraction time over the set, one process, after
one warm-up, the two extractors taking turns page by page.

CineSift's body leaves the headline out (it is the review's title, kept as metadata), and so does
trafilatura's `text`; Dragnet's gold keeps it. A second Dragnet row scores headline + body for
both tools, so the convention's cost is visible rather than hidden.

Run: python bench/bench_extract.py   (prints a Markdown table)
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

from cinesift.errors import PageError
from cinesift.extract.decode import decode_page
from cinesift.extract.html import extract_html

SHARED = Path(
    os.environ.get("CINESIFT_SHARED") or Path(__file__).resolve().parents[1].parent / "shared"
)
DATA = SHARED / "data"
SEPARATOR = re.compile(r"^[!@#$%^&*() \t]+COMMENTS\s*$", re.MULTILINE)
TOKEN = re.compile(r"\w+")
MAX_BYTES = 50_000_000


def tokens(text: str) -> Counter[str]:
    return Counter(TOKEN.findall(text.lower()))


def token_f1(predicted: str, gold: str) -> float:
    """Bag-of-words F1 of lower-cased word tokens."""
    p, g = tokens(predicted), tokens(gold)
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def decode(raw: bytes) -> str:
    try:
        return decode_page(raw, MAX_BYTES)
    except PageError:
        return raw.decode("utf-8", errors="replace")


def read_gold(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # A few gold files were saved in Windows-1252 despite the README.
        return raw.decode("cp1252", errors="replace")


def split_ids(path: Path) -> list[str]:
    ids: list[str] = []
    for line in path.read_text().split():
        # Upstream glitch: "R773R610" is two ids run together (R773 training, R610 test).
        ids.extend(re.findall(r"[RT]?\d+", line))
    return ids


def dragnet_pages() -> list[tuple[str, str, str, str]]:
    """(id, html, gold body, gold comments) for the test pages that have gold comments."""
    folder = DATA / "dragnet-content-comments"
    training = set(split_ids(folder / "training.txt"))
    pages = []
    for page_id in split_ids(folder / "test.txt"):
        if page_id in training:
            continue
        gold = read_gold(folder / "Corrected" / f"{page_id}.html.corrected.txt")
        match = SEPARATOR.search(gold)
        if match is None:
            continue
        raw = gzip.decompress((folder / "HTML" / f"{page_id}.html.gz").read_bytes())
        html = decode(raw)
        pages.append((page_id, html, gold[: match.start()], gold[match.end() :]))
    return pages


def trafilatura_eval_pages() -> list[tuple[str, str, list[str], list[str]]]:
    """(id, html, strings the body must hold, strings it must not) for every annotated page."""
    folder = DATA / "trafilatura-eval"
    pages = []
    for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw = gzip.decompress((folder / record["html_gz"]).read_bytes())
        pages.append((record["url"], decode(raw), record["with"], record["without"]))
    return pages


def segment_scores(bodies: list[str], pages: list[tuple[str, str, list[str], list[str]]]) -> dict:
    """Precision, recall and F1 of expected and unwanted strings, whitespace normalised."""
    tp = fn = fp = 0
    for body, (_, _, wanted, unwanted) in zip(bodies, pages, strict=True):
        text = " ".join(body.split())
        found = [" ".join(w.split()) in text for w in wanted]
        tp += sum(found)
        fn += len(found) - sum(found)
        fp += sum(" ".join(u.split()) in text for u in unwanted)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return {
        "segment_precision": precision,
        "segment_recall": recall,
        "segment_f1": 2 * precision * recall / (precision + recall),
    }


def zyte_pages() -> list[tuple[str, str, str, str]]:
    folder = DATA / "article-extraction-benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text())
    pages = []
    for key in sorted(truth):
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, decode(raw), truth[key]["articleBody"], ""))
    return pages


Outputs = tuple[str, str, str, str]  # body, comments as shown, comment texts, headline + body


def cinesift(html: str) -> Outputs:
    result = extract_html(html)
    rendered = "\n\n".join(
        "\n".join(part for part in (c.author, c.date, c.text) if part) for c in result.comments
    )
    texts = "\n\n".join(c.text for c in result.comments)
    return result.body, rendered, texts, f"{result.title or ''}\n\n{result.body}"


def plain_trafilatura(html: str) -> Outputs:
    document = trafilatura.bare_extraction(html, include_comments=True)
    if document is None:
        return "", "", "", ""
    comments = document.comments or ""
    text = document.text or ""
    return text, comments, comments, f"{document.title or ''}\n\n{text}"


def run_both(pages: list) -> tuple[list[list[Outputs]], list[float]]:
    """Both extractors' outputs and summed seconds; each page is run by one then the other, so
    load on the machine falls on both alike."""
    extractors = (cinesift, plain_trafilatura)
    for extractor in extractors:
        extractor(pages[0][1])  # warm-up: imports and caches, not counted
    elapsed = [0.0, 0.0]
    outputs: list[list[Outputs]] = [[], []]
    for page in pages:
        for index, extractor in enumerate(extractors):
            started = time.perf_counter()
            outputs[index].append(extractor(page[1]))
            elapsed[index] += time.perf_counter() - started
    return outputs, elapsed


def token_scores(pages: list[tuple[str, str, str, str]], outputs: list[Outputs]) -> dict:
    """Mean per-page token F1 of body, headline + body, comments and comment texts."""
    scores: dict[str, list[float]] = {
        "body": [],
        "headline_body": [],
        "comments": [],
        "comment_texts": [],
    }
    for page, (body, comments, texts, headline_body) in zip(pages, outputs, strict=True):
        gold_body, gold_comments = page[2], page[3]
        scores["body"].append(token_f1(body, gold_body))
        scores["headline_body"].append(token_f1(headline_body, gold_body))
        scores["comments"].append(token_f1(comments, gold_comments))
        scores["comment_texts"].append(token_f1(texts, gold_comments))
    return {name: sum(values) / len(values) for name, values in scores.items()}


NAMES = {
    "body": "body F1",
    "headline_body": "headline + body F1 (Dragnet's gold keeps the headline)",
    "comments": "comments F1",
    "comment_texts": "comments F1, text only",
    "segment_precision": "body precision (unwanted strings kept count against it)",
    "segment_recall": "body recall (expected strings found)",
    "segment_f1": "body F1",
    "pages_per_second": "pages/s",
}


def main() -> int:
    if not DATA.is_dir():
        print(f"no data folder at {DATA}; set CINESIFT_SHARED", file=sys.stderr)
        return 2
    dragnet, zyte, evaluation = dragnet_pages(), zyte_pages(), trafilatura_eval_pages()
    rows = []
    for label, pages, metrics in (
        (
            f"Dragnet test, pages with comments (n={len(dragnet)})",
            dragnet,
            ("body", "headline_body", "comments", "comment_texts", "pages_per_second"),
        ),
        (f"Zyte article benchmark (n={len(zyte)})", zyte, ("body", "pages_per_second")),
        (
            f"trafilatura evaluation corpus, development (n={len(evaluation)})",
            evaluation,
            ("segment_precision", "segment_recall", "segment_f1", "pages_per_second"),
        ),
    ):
        outputs, elapsed = run_both(pages)
        results = []
        for index in range(2):
            if pages is evaluation:
                result = segment_scores([o[0] for o in outputs[index]], evaluation)
            else:
                result = token_scores(pages, outputs[index])
            result["pages_per_second"] = len(pages) / elapsed[index]
            results.append(result)
        ours, theirs = results
        for metric in metrics:
            ratio = ours[metric] / theirs[metric] if theirs[metric] else float("inf")
            rows.append((label, NAMES[metric], ours[metric], theirs[metric], ratio))
    print("| set | metric | CineSift | trafilatura | ratio |")
    print("| --- | --- | ---: | ---: | ---: |")
    for label, metric, ours_value, theirs_value, ratio in rows:
        print(f"| {label} | {metric} | {ours_value:.3f} | {theirs_value:.3f} | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
