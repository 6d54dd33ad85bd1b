"""Print candidate sentences for hand-labelling claims: cue-word sampling only, no labelling."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
from collections.abc import Iterator
from pathlib import Path

# Cues that tend to sit near factual statements; sentences with them but no fact are wanted too,
# because the gold set needs negatives that look like positives.
CUES = (
    " minutes",
    " mins",
    "directed by",
    " as ",
    "starring",
    "box office",
    "grossed",
    "oscar",
    "academy award",
    "remake of",
    "based on",
    "released",
    "year-old",
    "years old",
    "sequel",
    "million",
    "nominated",
    "golden globe",
    "working title",
    "french film",
    "british film",
)

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|<br\s*/?>\s*(?:<br\s*/?>\s*)?")


def default_shared_dir() -> Path:
    env = os.environ.get("CINESIFT_SHARED")
    shared = Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"
    return shared


def polarity_sentences(shared: Path) -> Iterator[tuple[str, str]]:
    """Polarity files are already one sentence per line; the source is file and 1-based line."""
    root = shared / "data" / "cornell-polarity-v2.0" / "txt_sentoken"
    for label in ("pos", "neg"):
        for path in sorted((root / label).glob("*.txt")):
            for number, line in enumerate(path.read_text().splitlines(), start=1):
                yield f"polarity:{label}/{path.name}#L{number}", line.strip()


def scale_sentences(shared: Path) -> Iterator[tuple[str, str]]:
    """Scale subj files hold one review per line; split on the tokenised ' . ' ends."""
    root = shared / "data" / "cornell-scale-v1.0" / "scaledata"
    for author_dir in sorted(root.iterdir()):
        author = author_dir.name
        with gzip.open(author_dir / f"subj.{author}.gz", "rt", errors="replace") as handle:
            for number, review in enumerate(handle, start=1):
                start = 0
                for match in re.finditer(r"[.!?] (?=\S)", review):
                    end = match.end()
                    yield f"scale:{author}#L{number}@{start}", review[start:end].strip()
                    start = end
                yield f"scale:{author}#L{number}@{start}", review[start:].strip()


def imdb_train_sentences(shared: Path) -> Iterator[tuple[str, str]]:
    """IMDb train reviews: the source carries the character offset of the sentence start."""
    path = shared / "data" / "imdb-large-movie-review-train" / "reviews.jsonl.gz"
    with gzip.open(path, "rt") as handle:
        for line in handle:
            review = json.loads(line)
            text = review["text"]
            start = 0
            for match in SENTENCE_END.finditer(text):
                yield f"imdb-train:{review['id']}@{start}", text[start : match.start()].strip()
                start = match.end()
            yield f"imdb-train:{review['id']}@{start}", text[start:].strip()


def documents_of(labelled: Path) -> frozenset[str]:
    """Source documents (the source up to its first `#` or `@`) of a labelled JSONL file."""
    lines = labelled.read_text(encoding="utf-8").split("\n")
    return frozenset(re.split("[#@]", json.loads(line)["source"])[0] for line in lines if line)


CORPORA = {
    "polarity": polarity_sentences,
    "scale": scale_sentences,
    "imdb-train": imdb_train_sentences,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", choices=sorted(CORPORA))
    parser.add_argument("cue", nargs="?", help="one cue; all cues when omitted")
    parser.add_argument("--per-cue", type=int, default=15)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--max-chars", type=int, default=400)
    parser.add_argument(
        "--exclude",
        type=Path,
        metavar="GOLD_JSONL",
        help="skip every review that has a sentence in this labelled file",
    )
    args = parser.parse_args()
    excluded = documents_of(args.exclude) if args.exclude else frozenset()

    shared = default_shared_dir()
    cues = (args.cue,) if args.cue else CUES
    found: dict[str, list[tuple[str, str]]] = {cue: [] for cue in cues}
    for source, sentence in CORPORA[args.corpus](shared):
        lowered = f" {sentence.lower()} "
        if len(sentence) > args.max_chars or re.split("[#@]", source)[0] in excluded:
            continue
        for cue in cues:
            if cue in lowered:
                found[cue].append((source, sentence))
    rng = random.Random(args.seed)
    for cue, hits in found.items():
        print(f"## {cue!r}: {len(hits)} hits")
        for source, sentence in rng.sample(hits, min(args.per_cue, len(hits))):
            print(json.dumps({"source": source, "text": sentence}))


if __name__ == "__main__":
    main()
