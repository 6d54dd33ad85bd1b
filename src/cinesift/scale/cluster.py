"""The same pipeline on a Dask cluster, for a corpus that outgrows one machine.

The parent reads the pages and keeps the store, exactly as with the local process pool: it sends
batches of pages to the cluster's workers, each of which runs `analyse_partition` (its pipeline
and models are built once per worker process), and writes the returned records in input order.
A bounded number of batches is in flight, so memory stays flat however large the corpus.

`scheduler` is the address of a running cluster (`tcp://host:8786`, started with
`dask scheduler` and `dask worker` on the machines), or "local" for a cluster of worker
processes on this machine. Dask is an optional dependency: `pip install "cinesift[dask]"`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cinesift.errors import SettingError
from cinesift.model import Page, Review, Unreadable
from cinesift.scale.pool import analyse_partition, in_order
from cinesift.settings import Options

__all__ = ["stream_cluster"]


def stream_cluster(
    pages: Iterable[Page | Unreadable],
    options: Options,
    scheduler: str,
    workers: int = 2,
    connect_timeout: float = 30.0,
) -> Iterator[Review]:
    """Reviews for `pages` in input order, analysed by the workers of a Dask cluster.

    With `scheduler="local"` a cluster of `workers` processes is started here and stopped at
    the end; otherwise the cluster at that address is used as it is.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise SettingError(
            'analysing on a Dask cluster needs Dask: pip install "cinesift[dask]"'
        ) from exc
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,  # the stages hold the GIL: processes, not threads
            processes=True,
            dashboard_address=None,  # no web server nobody asked for
        )
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=f"{connect_timeout}s")
        except OSError as exc:
            raise SettingError(f"no Dask scheduler answers at {scheduler}: {exc}") from exc
    try:
        yield from in_order(
            lambda batch: client.submit(analyse_partition, batch, options, pure=False),
            pages,
            options.batch_size,
            2 * max(1, sum(client.nthreads().values())),
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
