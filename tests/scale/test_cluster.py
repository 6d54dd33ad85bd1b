"""A Dask cluster: the CLI's ingest on one, a cluster at an address, one that does not answer.
(That it gives the same reviews as a serial run is in test_runners.py, beside the process pool.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cinesift.cli import cli
from cinesift.errors import SettingError
from cinesift.jsonio import review_to_record
from cinesift.pipeline import Pipeline
from cinesift.scale import stream_cluster
from cinesift.settings import Options
from cinesift.sources import iter_pages

pytest.importorskip("dask.distributed", reason="Dask is an optional dependency (cinesift[dask])")

DEMO = Path(__file__).resolve().parents[2] / "src" / "cinesift" / "demo" / "pages"


@pytest.mark.slow
def test_cluster_ingest_stores_what_a_serial_ingest_stores(tmp_path: Path) -> None:
    def films(db: Path, *flags: str) -> list:
        run = CliRunner().invoke(cli, ["ingest", str(DEMO), "--db", str(db), "-q", *flags])
        assert run.exit_code == 0, run.output
        listed = CliRunner().invoke(cli, ["films", "--db", str(db), "--format", "json"])
        return json.loads(listed.stdout)

    clustered = films(tmp_path / "c.db", "--scheduler", "local", "--workers", "2")
    assert clustered == films(tmp_path / "s.db")
    assert {film["title"] for film in clustered} == {"Miracle in Cell No. 7", "Cats"}


def test_cluster_that_does_not_answer_is_a_clear_error() -> None:
    with pytest.raises(SettingError, match=r"no Dask scheduler answers at tcp://127\.0\.0\.1:9"):
        list(stream_cluster(iter([]), Options(), "tcp://127.0.0.1:9", connect_timeout=1))


@pytest.mark.slow
def test_cluster_at_an_address_is_used_as_it_is() -> None:
    from dask.distributed import LocalCluster

    pages = list(iter_pages([DEMO]))[:4]
    options = Options(batch_size=2)
    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        clustered = list(stream_cluster(iter(pages), options, cluster.scheduler_address))
        # The cluster outlives the run: it was there before and is the caller's to stop.
        assert cluster.status.name == "running"
    serial = list(Pipeline.default(options).stream(pages))
    assert [review_to_record(r) for r in clustered] == [review_to_record(r) for r in serial]
