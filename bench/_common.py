"""Helpers shared by the benchmarks: where the evaluation data lives, Markdown tables."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def shared_data() -> Path:
    """`../shared/data` beside the checkout, or $CINESIFT_SHARED/data."""
    root = Path(
        os.environ.get("CINESIFT_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
    )
    data = root / "data"
    if not data.is_dir():
        sys.exit(f"evaluation data not found at {data} (set CINESIFT_SHARED to the shared folder)")
    return data


def development_only(description: str, argv: list[str] | None = None) -> bool:
    """The `--development` flag of the gold-set benches: train and dev only, never test."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--development",
        action="store_true",
        help="score the training sentences and the dev half only; never print the test half",
    )
    return parser.parse_args(argv).development


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSON Lines file; none when the file is absent."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").split("\n")
    return [json.loads(line) for line in lines if line.strip()]


def table(header: list[str], rows: list[list[object]]) -> str:
    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
