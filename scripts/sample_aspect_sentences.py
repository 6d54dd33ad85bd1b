"""Pick candidate sentences for the aspect and spoiler gold set; it samples, it never labels.

Usage:
    python scripts/sample_aspect_sentences.py > candidates.jsonl
    python scripts/sample_aspect_sentences.py --assign-splits tests/data/aspects_gold.jsonl
    python scripts/sample_aspect_sentences.py --train-pool > pool.jsonl
    python scripts/sample_aspect_sentences.py --train-pool --batch 2 > pool2.jsonl

The first form prints one JSON object per candidate (id, source, text, bucket). A person then
reads every candidate and writes the labels by hand. The second form only rewrites the `split`
field of an already labelled file, deterministically from the ids (see `assign_splits`). The
third form picks candidates for the training set of the aspect and spoiler models the same way,
under another salt, from reviews with no sentence in the gold file. A later `--batch` draws a
third as many under its own salt, also avoiding the reviews of the training file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Changing the salt reshuffles every bucket; keep it fixed so the gold set can be re-derived.
SALT = "cinesift-aspects-gold-v1"

SCALE_AUTHORS = ("Dennis+Schwartz", "James+Berardinelli", "Scott+Renshaw", "Steve+Rhodes")

# Words that make a sentence likely to judge a film aspect. Used only to enrich the sample with
# opinion sentences; the labels come from reading, so a cue word here proves nothing.
ASPECT_CUE = re.compile(
    r"\b(act(?:ing|or|ors|ress)|performances?|cast|plot|story|storyline|narrative|characters?"
    r"|moving|touching|emotional|heart|tears?|funny|humou?r|jokes?|laughs?|direct(?:or|ion|ed)"
    r"|script|screenplay|dialogue|writ(?:ing|ten|er)|music|score|soundtrack|songs?"
    r"|cinematography|photography|visuals?|camera|effects|pac(?:e|ing)|slow|drags?|length"
    r"|running time|boring|themes?|message|moral|sets|costumes?|make-?up|budget|production)\b"
)
OPINION_CUE = re.compile(
    r"\b(good|great|bad|best|worst|excellent|terrible|wonderful|awful|fine|strong|weak|brilliant"
    r"|dull|superb|poor|effective|solid|fails?|works?|impressive|mediocre|lame|stunning|perfect"
    r"|flat|wooden|clever|stupid|predictable|engaging|memorable|forgettable|hilarious|tedious"
    r"|beautiful|gorgeous|ugly|annoying|convincing|unconvincing|fresh|tired|lacks?|too)\b"
)
# Words that often come with endings, deaths, twists and resolutions, plus explicit warnings.
SPOILER_CUE = re.compile(
    r"\b(in the end|at the end|ends up|ending|finally|eventually|turns out|revealed?|reveals"
    r"|twist|dies|die|died|killed|kills|murdered|death of|suicide|survives?|is actually"
    r"|was actually|climax|the truth|real killer|in the final|last scene|winds up)\b"
)
WARNING_CUE = re.compile(r"spoil")
# An author's announcement that spoilers follow; sentences after it are the richest in endings.
WARNING_ANNOUNCEMENT = re.compile(
    r"spoiler (?:warning|alert)|spoilers? (?:ahead|follow)"
    r"|contains? (?:some )?(?:mild |major |minor )?spoilers|following text to be spoilers"
    r"|\[ ?spoilers? ?\]|warning : (?:major )?spoiler"
)

# Narrower cues for top-up passes: the first pass gave too few endings and too few sentences on
# the rarer aspects (look, music, production) to measure them.
STRONG_SPOILER_CUE = re.compile(
    r"\b(in the end ,|at the end of the (?:film|movie)|(?:is|gets|was|are) killed|dies|died"
    r"|kills (?:him|her|himself|herself)|commits? suicide|turns out (?:to be|that)|the killer is"
    r"|finally (?:kills|dies|escapes|wins|marries|gets)|ends with|by the end)\b"
)
# Events told as events: a named death, how it ends, who the killer is. Titles such as "Tomorrow
# Never Dies" and "Die Hard" are excluded because they matched too often in the pass above.
EVENT_SPOILER_CUE = re.compile(
    r"^(?!.*(?:never dies|die hard)).*(?:\b(?:is|gets|was|are|were) (?:killed|murdered|shot dead)\b"
    r"|\b(?:dies|died)\b|commits suicide|\bin the end , (?:he|she|they|the)\b"
    r"|at the end of the (?:film|movie) ,|the (?:film|movie) ends (?:with|when)"
    r"|turns out (?:to be|that)|the killer (?:is|was)|is revealed to be"
    r"|(?:he|she) finally (?:kills|dies|escapes|wins|marries))"
)
VISUALS_CUE = re.compile(r"\b(cinematography|photography|photographed|visuals?|visually|camera)\b")
MUSIC_CUE = re.compile(r"\b(music|score|soundtrack|songs?)\b")
PRODUCTION_CUE = re.compile(
    r"\b(sets|costumes?|make-?up|budget|special effects|production design)\b"
)

# Bucket sizes: (bucket, source family, count, optional filter). Passes run in order and take the
# first N of a fixed ranking not yet taken, so appending a pass only adds candidates and never
# swaps the ones already labelled.
PLAN: tuple[tuple[str, str, int, re.Pattern[str] | None], ...] = (
    ("spoiler-warning", "polarity", 16, None),
    ("after-warning", "polarity", 30, None),
    ("spoiler-cue", "polarity", 120, None),
    ("spoiler-cue", "scale", 14, None),
    ("aspect-cue", "polarity", 105, None),
    ("aspect-cue", "scale", 55, None),
    ("random", "polarity", 25, None),
    ("random", "scale", 8, None),
    # Top-up passes.
    ("spoiler-warning", "polarity", 10, None),
    ("after-warning", "polarity", 25, None),
    ("spoiler-cue", "polarity", 30, STRONG_SPOILER_CUE),
    ("aspect-cue", "polarity", 4, VISUALS_CUE),
    ("aspect-cue", "scale", 3, VISUALS_CUE),
    ("aspect-cue", "polarity", 4, MUSIC_CUE),
    ("aspect-cue", "scale", 3, MUSIC_CUE),
    ("aspect-cue", "polarity", 4, PRODUCTION_CUE),
    ("aspect-cue", "scale", 3, PRODUCTION_CUE),
    ("spoiler-cue", "polarity", 50, EVENT_SPOILER_CUE),
    ("spoiler-warning", "polarity", 12, WARNING_ANNOUNCEMENT),
    ("spoiler-warning", "scale", 6, WARNING_ANNOUNCEMENT),
)
# The training pool follows the gold plan's mix at about three times its size.
TRAIN_SALT = "cinesift-aspects-train-v1"
TRAIN_PLAN: tuple[tuple[str, str, int, re.Pattern[str] | None], ...] = (
    ("spoiler-warning", "polarity", 60, None),
    ("after-warning", "polarity", 120, None),
    ("spoiler-cue", "polarity", 330, None),
    ("spoiler-cue", "scale", 60, None),
    ("spoiler-cue", "polarity", 150, EVENT_SPOILER_CUE),
    ("aspect-cue", "polarity", 330, None),
    ("aspect-cue", "scale", 180, None),
    ("aspect-cue", "polarity", 25, VISUALS_CUE),
    ("aspect-cue", "scale", 15, VISUALS_CUE),
    ("aspect-cue", "polarity", 25, MUSIC_CUE),
    ("aspect-cue", "scale", 15, MUSIC_CUE),
    ("aspect-cue", "polarity", 25, PRODUCTION_CUE),
    ("aspect-cue", "scale", 15, PRODUCTION_CUE),
    ("random", "polarity", 110, None),
    ("random", "scale", 40, None),
)
MIN_TOKENS, MAX_TOKENS = 6, 60
MAX_PER_DOCUMENT = 2


@dataclass(frozen=True)
class Candidate:
    """One sentence as it will appear in the gold file, before any label."""

    id: str
    source: str
    text: str
    document: str
    family: str
    position: int


def rank(key: str, salt: str = SALT) -> str:
    """A stable pseudo-random order that does not depend on Python's hash seed."""
    return hashlib.sha1(f"{salt}:{key}".encode()).hexdigest()


def iter_polarity(root: Path) -> Iterator[Candidate]:
    for label in ("pos", "neg"):
        for path in sorted((root / "txt_sentoken" / label).glob("cv*.txt")):
            for number, line in enumerate(path.read_text(encoding="ascii").splitlines(), 1):
                text = line.strip()
                if text:
                    yield Candidate(
                        id=f"pol-{label}-{path.stem}-L{number}",
                        source=f"polarity:{label}/{path.name}#L{number}",
                        text=text,
                        document=f"polarity:{label}/{path.name}",
                        family="polarity",
                        position=number,
                    )


def iter_scale(root: Path) -> Iterator[Candidate]:
    for author in SCALE_AUTHORS:
        path = root / "scaledata" / author / f"subj.{author}.gz"
        with gzip.open(path, "rt", encoding="latin-1") as handle:
            for number, review in enumerate(handle, 1):
                # The reviews are tokenised with " . " between sentences; that is the only split.
                for index, piece in enumerate(review.strip().split(" . "), 1):
                    text = piece.strip()
                    if text:
                        short = "".join(part[0] for part in author.split("+"))
                        yield Candidate(
                            id=f"scale-{short}-{number}-s{index}",
                            source=f"scale:{author}#{number}",
                            text=text,
                            document=f"scale:{author}#{number}",
                            family="scale",
                            position=index,
                        )


# Split after . ! ? (or a run of them) when the next word starts a sentence; "No. 7" is a title.
_SEED_BOUNDARY = re.compile(r"(?<!\bNo\.)(?<=[.!?])\s+(?=[A-Z\"'“‘(])")
_SEED_LIST_MARK = re.compile(r"^\s*(?:•|\d+\.)\s+")


def iter_seed(folder: Path) -> Iterator[Candidate]:
    """Every sentence of every sample page, navigation and comments included."""
    for path in sorted(folder.glob("*.txt")):
        stem = path.name.split("_")[0]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            body = _SEED_LIST_MARK.sub("", line).strip()
            if not body:
                continue
            for index, piece in enumerate(_SEED_BOUNDARY.split(body), 1):
                text = piece.strip()
                if text:
                    yield Candidate(
                        id=f"seed-{stem}-L{number}-s{index}",
                        source=f"seed:{path.name}#L{number}",
                        text=text,
                        document=f"seed:{path.name}",
                        family="seed",
                        position=number * 100 + index,
                    )


def bucket_of(candidate: Candidate, warned_from: int | None) -> str:
    """The first bucket whose cue the sentence matches, or `random` for the rest.

    `warned_from` is the position of the first spoiler announcement in the same document.
    """
    text = candidate.text
    if WARNING_CUE.search(text):
        return "spoiler-warning"
    if SPOILER_CUE.search(text):
        after = warned_from is not None and candidate.position > warned_from
        return "after-warning" if after else "spoiler-cue"
    if ASPECT_CUE.search(text) and OPINION_CUE.search(text):
        return "aspect-cue"
    return "random"


def sample(
    candidates: Iterable[Candidate],
    plan: tuple[tuple[str, str, int, re.Pattern[str] | None], ...] = PLAN,
    salt: str = SALT,
    exclude_documents: frozenset[str] = frozenset(),
    exclude_text: frozenset[str] = frozenset(),
) -> list[tuple[Candidate, str]]:
    """Take the first N of each (bucket, family) pool in hash order, deduplicated by text."""
    candidates = [c for c in candidates if c.document not in exclude_documents]
    warned_from: dict[str, int] = {}
    for candidate in candidates:
        if WARNING_ANNOUNCEMENT.search(candidate.text):
            first = warned_from.get(candidate.document, candidate.position)
            warned_from[candidate.document] = min(first, candidate.position)
    pools: dict[tuple[str, str], list[Candidate]] = {}
    for candidate in candidates:
        if not MIN_TOKENS <= len(candidate.text.split()) <= MAX_TOKENS:
            continue
        bucket = bucket_of(candidate, warned_from.get(candidate.document))
        pools.setdefault((bucket, candidate.family), []).append(candidate)
    picked: list[tuple[Candidate, str]] = []
    seen_text: set[str] = set(exclude_text)
    per_document: dict[str, int] = {}
    for bucket, family, count, only in plan:
        taken = 0
        pool = sorted(pools.get((bucket, family), []), key=lambda c: rank(c.id, salt))
        for candidate in pool:
            if taken == count:
                break
            if only is not None and not only.search(candidate.text):
                continue
            # The polarity and scale sets share 124 reviews, so the same sentence can occur twice.
            norm = " ".join(candidate.text.split())
            if norm in seen_text or per_document.get(candidate.document, 0) >= MAX_PER_DOCUMENT:
                continue
            seen_text.add(norm)
            per_document[candidate.document] = per_document.get(candidate.document, 0) + 1
            picked.append((candidate, bucket))
            taken += 1
    return picked


def assign_splits(records: list[dict]) -> list[dict]:
    """Half dev, half test: within each spoiler class, alternate in sha1(id) order.

    Stratifying by the spoiler class keeps major spoilers and warnings in both halves; the order
    depends only on the ids, so re-running gives the same split.
    """
    strata: dict[tuple[str, bool], list[dict]] = {}
    for record in records:
        strata.setdefault((record["spoiler"], record["spoiler_warning"]), []).append(record)
    for members in strata.values():
        for position, record in enumerate(sorted(members, key=lambda r: rank(r["id"]))):
            record["split"] = "test" if position % 2 == 0 else "dev"
    return records


def gold_documents(gold: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The reviews and the sentence texts of the gold file, which the training pool must avoid."""
    documents: set[str] = set()
    texts: set[str] = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            documents.add(
                record["source"].split("#L")[0]
                if record["source"].startswith("polarity:")
                else record["source"]
            )
            texts.add(" ".join(record["text"].split()))
    return frozenset(documents), frozenset(texts)


def print_train_pool(data: Path, batch: int = 1) -> int:
    root = Path(__file__).resolve().parents[1]
    documents, texts = gold_documents(root / "tests" / "data" / "aspects_gold.jsonl")
    plan, salt = TRAIN_PLAN, TRAIN_SALT
    if batch > 1:
        # A later batch must meet reviews the rules were never revised on.
        trained_documents, trained_texts = gold_documents(root / "training" / "aspects_train.jsonl")
        documents, texts = documents | trained_documents, texts | trained_texts
        plan = tuple((b, f, max(1, n // 3), only) for b, f, n, only in TRAIN_PLAN)
        salt = f"{TRAIN_SALT}-batch{batch}"
    picked = sample(
        [*iter_polarity(data / "cornell-polarity-v2.0"), *iter_scale(data / "cornell-scale-v1.0")],
        plan=plan,
        salt=salt,
        exclude_documents=documents,
        exclude_text=texts,
    )
    for candidate, bucket in picked:
        row = {"id": candidate.id, "source": candidate.source, "text": candidate.text}
        sys.stdout.write(json.dumps({**row, "bucket": bucket}, ensure_ascii=False) + "\n")
    return 0


def shared_data_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared"
    return Path(os.environ.get("CINESIFT_SHARED", default))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assign-splits", type=Path, metavar="GOLD_JSONL")
    parser.add_argument(
        "--train-pool",
        action="store_true",
        help="candidates for the training set, from reviews with no sentence in the gold file",
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=1,
        help="with --train-pool: a later, smaller batch that also avoids the training file",
    )
    args = parser.parse_args(argv)
    if args.assign_splits:
        lines = args.assign_splits.read_text(encoding="utf-8").splitlines()
        records = assign_splits([json.loads(line) for line in lines if line.strip()])
        with args.assign_splits.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    shared = shared_data_dir()
    data = shared / "data"
    if args.train_pool:
        return print_train_pool(data, args.batch)
    picked = sample(
        [
            *iter_polarity(data / "cornell-polarity-v2.0"),
            *iter_scale(data / "cornell-scale-v1.0"),
        ]
    )
    picked += [(candidate, "seed-all") for candidate in iter_seed(shared / "samples" / "seeds")]
    for candidate, bucket in picked:
        row = {"id": candidate.id, "source": candidate.source, "text": candidate.text}
        sys.stdout.write(json.dumps({**row, "bucket": bucket}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
