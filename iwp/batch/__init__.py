"""Batch: many inputs in, the same steps run on each in worker processes, one report out.

``runner`` plans the items and runs the pool; ``workers`` starts the worker processes.
"""

from iwp.batch.runner import BatchOptions, BatchReport, ProgressLine, run_batch

__all__ = ["BatchOptions", "BatchReport", "ProgressLine", "run_batch"]
