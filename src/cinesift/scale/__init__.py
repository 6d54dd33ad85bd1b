"""Scale: the same `Pipeline.stream`, run on partitions of pages by several worker processes,
on this machine (`pool`) or on a Dask cluster (`cluster`)."""

from cinesift.scale.cluster import stream_cluster
from cinesift.scale.pool import stream_parallel

__all__ = ["stream_cluster", "stream_parallel"]
