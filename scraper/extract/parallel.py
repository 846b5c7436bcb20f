"""Work on many pages with every core: results in input order, a bounded amount in flight.

Extraction is CPU-bound Python, so one process uses one core whatever its threads do.
:func:`ordered_map` hands batches of items to worker processes and yields the results
in the order of the input, exactly as ``map`` in one process would, so output files do
not depend on the number of workers.  At most ``jobs × AHEAD`` batches are submitted
and not yet consumed: memory stays flat however long the input (a WARC archive of the
whole site), and a slow consumer slows the reading of the input instead of queueing it.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

BATCH = 8      # items per hand-over: one pickling round trip per 8 pages, not per page
AHEAD = 4      # batches per worker submitted ahead: keeps workers busy, bounds memory


def usable_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit included)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def jobs_argument(value: str) -> int:
    """``--jobs N`` for argparse: a positive number of processes (0 means every core)."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (every core) or more: {jobs}")
    return jobs or usable_cores()


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read as they are needed."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_batch(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int,
                batch: int = BATCH) -> Iterator[R]:
    """``map(fn, items)`` on ``jobs`` processes, in input order, streaming.

    ``fn`` must be picklable (a module-level function or a ``functools.partial`` of
    one) and should turn its own failures into results: an exception it lets through
    stops the whole map, as it would in one process.  ``jobs <= 1``, or a list of at
    most one batch, runs in this process, with no pool at all.
    """
    if isinstance(items, Sized):
        # a handful of items is done before a pool would have started
        jobs = min(jobs, -(-len(items) // batch))
    if jobs <= 1:
        yield from map(fn, items)
        return
    # forkserver: workers start from a clean process with the extraction preloaded,
    # not a fork of a caller that may hold threads (a test runner, a Twisted reactor)
    context = multiprocessing.get_context("forkserver")
    module = getattr(fn.func if isinstance(fn, partial) else fn, "__module__", None)
    if module and module != "__main__":
        context.set_forkserver_preload([module])
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[list[R]]] = deque()
        done = 0
        try:
            for chunk in batches(items, batch):
                try:
                    pending.append(pool.submit(_run_batch, fn, chunk))
                except OSError as exc:
                    # a worker died while the pool started its replacement: the pool's
                    # pipe is closed under it ("handle is closed"), no BrokenProcessPool
                    raise BrokenProcessPool(str(exc)) from exc
                while len(pending) >= jobs * AHEAD:
                    results = pending.popleft().result()
                    done += len(results)
                    yield from results
            while pending:
                results = pending.popleft().result()
                done += len(results)
                yield from results
        except BrokenProcessPool as exc:
            raise WorkerDied(f"a worker process died (killed, out of memory, or a crash in "
                             f"a C library) after {done:,} items; --jobs 1 runs in one "
                             "process and shows which item") from exc
        finally:
            for future in pending:     # stopped early: drop what was not started
                future.cancel()


class WorkerDied(RuntimeError):
    """A worker process ended without its results: what it held is lost."""


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(f"warning: {record.getMessage()}")


@contextmanager
def logged_warnings(name: str = "scraper") -> Iterator[list[str]]:
    """The warnings the extraction logs while one item is worked on, kept as that item's
    messages instead of written at once: a worker's log lines would otherwise reach
    standard error in whatever order the processes run, not in input order."""
    messages: list[str] = []
    logger = logging.getLogger(name)
    handler, propagate = _Collect(messages), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
