"""Scale: the same `Pipeline.stream`, run on partitions of pages by several worker processes."""

from cinesift.scale.pool import stream_parallel

__all__ = ["stream_parallel"]
