"""How ``iwp batch`` starts its worker processes, kept light so the CLI can start them early.

Workers come from a ``forkserver``: one clean process that imports what the job needs once,
then forks a worker per slot (and a fresh one each time a worker is recycled). Forking the
batch process itself is not safe once it has threads, and ``spawn`` would import everything
again for every worker. Starting the server takes about as long as the batch process takes
to load its own modules, so the CLI starts it first (:func:`start_server`) and both load at
once. This module imports nothing heavy for that reason.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

# What the fork server imports once, so each new worker starts with it loaded. Checking
# needs neither WeasyPrint nor the templates: importing them would only slow its start.
PRELOAD = {
    "render": ["iwp.batch.runner", "iwp.plan.validate", "iwp.document.render", "iwp.document.pdf", "iwp.check",
               "weasyprint", "pypdf"],
    "check": ["iwp.batch.runner", "iwp.plan.validate", "iwp.check", "iwp.read.pdfread", "pypdf"],
}


def context(job: str = "render") -> Any:
    """The multiprocessing context for a pool of ``job`` workers (forkserver where it exists).

    The preload list takes effect when the server starts, so the first job of a process
    decides what its server holds; later pools of another job import the rest themselves.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD.get(job, PRELOAD["render"]))
    return ctx


def start_server(job: str) -> None:
    """Start the fork server for ``job`` now, in the background; harmless where there is none."""
    ctx = context(job)
    if ctx.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    try:
        forkserver.ensure_running()
    except OSError:  # the pool will try again, and report a real failure there
        pass
