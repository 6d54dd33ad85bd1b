"""The command line as a user meets it: analyze JSON, ingest summaries, films, reports, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cinesift.cli import cli

DEMO = Path(__file__).resolve().parents[1] / "src" / "cinesift" / "demo" / "pages"


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def analyze(*paths: Path) -> dict[str, dict]:
    out = run("analyze", *map(str, paths))
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return {Path(d["source"]).name: d for d in docs}


@pytest.fixture(scope="module")
def seed_docs(shared_dir: Path) -> dict[str, dict]:
    return analyze(shared_dir / "samples" / "seeds")


@pytest.mark.parametrize(
    "name", ["000_b5e981fca0e940f7.txt", "001_1fb0a01d184cddfb.txt", "002_4ad256ec0beb0381.txt"]
)
def test_cli_seed_pages_match_labels(seed_docs: dict, seed_labels: dict, name: str) -> None:
    label, doc = seed_labels["pages"][name], seed_docs[name]
    assert doc["error"] is None
    assert doc["reviewer"] == label["reviewer"]
    expected = label["explicit_score"]
    if expected is None:
        assert doc["score"] is None
    else:
        assert doc["score"]["raw"] == expected["raw"]
        assert doc["score"]["normalized"] == expected["normalized_0_100"]
        assert doc["score"]["evidence"]["text"].endswith(expected["raw"])
    if "body_starts_with" in label:
        assert doc["body"].startswith(label["body_starts_with"])
    for leak in label["body_must_not_contain"]:
        assert leak not in doc["body"]
    assert len(doc["comments"]) == label["reader_comments"]
    assert doc["polarity"] == label["polarity"]
    assert doc["film"]["key"].startswith("miracle-in-cell-no-7")


@pytest.fixture(scope="module")
def demo_docs() -> dict[str, dict]:
    return analyze(DEMO)


DEMO_LABELS = json.loads((DEMO / "LABELS.json").read_text())["pages"]


@pytest.mark.parametrize("name", sorted(DEMO_LABELS))
def test_cli_demo_page_matches_labels(demo_docs: dict, name: str) -> None:
    label, doc = DEMO_LABELS[name], demo_docs[name]
    assert doc["error"] is None
    assert doc["body"].startswith(label["body_starts_with"])
    for leak in label["body_must_not_contain"]:
        assert leak not in doc["body"], leak
    assert len(doc["comments"]) == label["reader_comments"]
    assert doc["reviewer"] == label["reviewer"]
    assert doc["film"]["title"].lower().replace(" ", "") == label["film"]["title"].lower().replace(
        " ", ""
    )
    expected = label["explicit_score"]
    if expected is None:
        assert doc["score"] is None
    else:
        assert doc["score"]["normalized"] == pytest.approx(expected["normalized_0_100"], abs=0.6)
    comment_scores = sorted(c["score"]["normalized"] for c in doc["comments"] if c["score"])
    assert comment_scores == sorted(s["normalized_0_100"] for s in label["comment_scores"])


def test_cli_demo_polarity_matches_labels(demo_docs: dict) -> None:
    # With an explicit score the stance is the score's band; without one the text decides.
    for name, label in DEMO_LABELS.items():
        assert demo_docs[name]["polarity"] == label["polarity"], name
    # The text's own reading, on every page whose label is clear-cut (one known miss: a 2/5
    # review whose plot recap reads warmer than its verdict).
    clear = [n for n, label in DEMO_LABELS.items() if label["polarity"] != "mixed"]
    read_right = [n for n in clear if demo_docs[n]["text_polarity"] == DEMO_LABELS[n]["polarity"]]
    assert len(read_right) >= len(clear) - 1


def test_cli_bad_inputs_become_recorded_errors(bad_pages: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    run("ingest", str(DEMO), "--db", str(db), "-q")
    before = json.loads(run("films", "--db", str(db), "--format", "json"))
    result = CliRunner().invoke(
        cli, ["ingest", *map(str, bad_pages.values()), "--db", str(db), "-q"]
    )
    assert result.exit_code == 0, result.output
    # Every bad file fails, and the WARC's first, intact record is still read.
    assert f"{len(bad_pages)} failed" in result.stdout and "1 new" in result.stdout
    errors = run("errors", "--db", str(db))
    expected_words = {
        "binary": "binary",
        "empty": "empty",
        "whitespace": "empty",
        "invalid_utf8": "not valid UTF-8",
        "huge": "MB limit",
        "truncated_html": "no review text",
        "other_language": "another language (de)",
        "not_about_film": "not about a film",
        "truncated_warc": "damaged after 1 good record",
    }
    for kind, path in bad_pages.items():
        line = next(ln for ln in errors.splitlines() if ln.startswith(str(path)))
        assert expected_words[kind] in line, (kind, line)
    after = json.loads(run("films", "--db", str(db), "--format", "json"))
    # Nothing stored before was lost, and the WARC's good record was stored beside it.
    assert after == before
    assert "13 reviews of 2 films" in result.stdout
    strict = CliRunner().invoke(
        cli, ["ingest", str(bad_pages["binary"]), "--db", str(db), "--strict", "--reanalyze", "-q"]
    )
    assert strict.exit_code == 1


def test_cli_ingest_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = run("ingest", str(DEMO), "--db", str(db), "-q")
    again = run("ingest", str(DEMO), "--db", str(db), "-q")
    assert "12 new" in first
    assert "0 new, 0 re-analysed, 12 unchanged" in again
    assert "12 reviews of 2 films" in again


def test_cli_report_formats(tmp_path: Path, shared_dir: Path) -> None:
    db = tmp_path / "c.db"
    run("ingest", str(shared_dir / "samples" / "seeds"), "--db", str(db), "-q")
    report = json.loads(run("report", "miracle in cell no 7", "--db", str(db), "--format", "json"))
    assert report["film"] == {"title": "Miracle in Cell No. 7", "year": 2013}
    s = report["summary"]
    assert (s["reviews"], s["scored"], s["percent_positive"], s["mean_score"]) == (
        3,
        2,
        100.0,
        92.5,
    )
    assert len(report["reviews"]) == 3
    md = run("report", "Miracle In Cell No.7", "--db", str(db))
    assert md.startswith("# Miracle in Cell No. 7 (2013)") and "100% positive of 3 reviews" in md
    out = tmp_path / "r.html"
    run(
        "report",
        "Miracle in Cell No. 7 (2013)",
        "--db",
        str(db),
        "--format",
        "html",
        "--out",
        str(out),
    )
    assert "<title>Miracle in Cell No. 7 (2013) · CineSift</title>" in out.read_text()


def test_cli_unknown_film_is_a_clear_error(tmp_path: Path, shared_dir: Path) -> None:
    db = tmp_path / "c.db"
    run("ingest", str(shared_dir / "samples" / "seeds"), "--db", str(db), "-q")
    result = CliRunner().invoke(cli, ["report", "Paddington", "--db", str(db)])
    assert result.exit_code != 0
    assert "no film matching 'Paddington'" in result.output


def test_cli_python_dash_m_works() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cinesift", "--help"], capture_output=True, text=True, check=True
    )
    assert "ingest" in proc.stdout and "report" in proc.stdout
