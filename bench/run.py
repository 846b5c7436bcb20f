"""``python -m bench.run [NAME...]``: run the benchmarks, write bench/results.md, print it.

Every module of :mod:`bench` that defines ``run() -> Section`` is a benchmark, run in
``ORDER`` (then by name); names on the command line run only those modules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import pkgutil
import platform
import subprocess
import sys
import time
import traceback
from importlib import metadata
from pathlib import Path
from types import ModuleType

import bench
from bench import Section, Target

RESULTS = Path(__file__).resolve().parent / "results.md"
VERSIONS = ("scrapy", "lxml", "parsel", "dateparser", "trafilatura", "twisted")


def modules(names: list[str] | None = None) -> list[ModuleType]:
    """The benchmark modules, in the order they run."""
    found = []
    for info in pkgutil.iter_modules(bench.__path__):
        if info.name == "run" or (names and info.name not in names):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        if callable(getattr(module, "run", None)):
            found.append(module)
    missing = set(names or ()) - {m.__name__.rsplit(".", 1)[1] for m in found}
    if missing:
        raise SystemExit(f"bench: no benchmark named {', '.join(sorted(missing))}")
    return sorted(found, key=lambda m: (getattr(m, "ORDER", 1000), m.__name__))


# ---------------------------------------------------------------------------- machine
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        return "unknown"


def _os() -> str:
    name = ""
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                name = line.split("=", 1)[1].strip('"') + ", "
    except OSError:
        pass
    return f"{name}{platform.system()} {platform.release()}"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True, cwd=RESULTS.parent).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], capture_output=True,
                               text=True, check=True, cwd=RESULTS.parent).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (with uncommitted changes)" if dirty else "")


def machine() -> list[tuple[str, str]]:
    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    return [
        ("CPU", f"{_cpu_model()}, {cores} logical cores ({usable} usable)"),
        ("memory", _memory()),
        ("OS", _os()),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("versions", ", ".join(f"{d} {_version(d)}" for d in VERSIONS)),
        ("commit", _commit()),
    ]


# ---------------------------------------------------------------------------- report
def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(columns: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(_cell(c) for c in columns) + " |",
           "|" + "|".join("---" for _ in columns) + "|"]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return out


def targets_table(sections: list[Section]) -> list[str]:
    rows = []
    for s in sections:
        for t in s.targets:
            verdict = "met" if t.met else "**missed**"
            rows.append([t.name, t.wanted, t.measured,
                         verdict + (f" {t.note}" if t.note else "")])
    return table(["target", "wanted", "measured", "verdict"], rows)


def render(sections: list[Section], started: dt.datetime, seconds: float,
           load: tuple[float, float]) -> str:
    intro = (f"`make bench` (`python -m bench.run`), {started:%Y-%m-%d %H:%M} UTC, "
             f"{seconds / 60:.1f} min in all. Not part of `make test`; the numbers are this "
             "machine's, on this day.")
    load_text = (f"{load[0]:.2f} at the start, {load[1]:.2f} at the end (other work on the "
                 "machine slows the wall-clock numbers)")
    lines = ["# Benchmarks", "", intro, ""]
    lines += table(["machine", ""], [*([k, v] for k, v in machine()),
                                     ["load average", load_text]])
    lines += ["", "## Targets", "", *targets_table(sections)]
    for s in sections:
        lines += ["", f"## {s.title}", "", *table(s.columns, s.rows)]
        if s.notes:
            lines.append("")
            lines += [f"- {n}" for n in s.notes]
        lines += ["", f"<sub>{s.seconds:.0f} s</sub>"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmark modules to run (default: all)")
    parser.add_argument("-o", "--output", type=Path, default=RESULTS,
                        help="where to write the results (default %(default)s)")
    args = parser.parse_args(argv)

    started = dt.datetime.now(dt.UTC)
    clock = time.monotonic()
    load_start = os.getloadavg()[0]
    sections: list[Section] = []
    failed = False
    for module in modules(args.names):
        name = module.__name__.rsplit(".", 1)[1]
        print(f"bench: {name} …", file=sys.stderr, flush=True)
        t0 = time.monotonic()
        try:
            section = module.run()
        except Exception as exc:
            failed = True
            traceback.print_exc()
            section = Section(f"{name}: failed", ["error"], [[f"{type(exc).__name__}: {exc}"]],
                              targets=[Target(name, "runs", "failed", False, str(exc)[:200])])
        section.seconds = time.monotonic() - t0
        print(f"bench: {name} done in {section.seconds:.0f} s", file=sys.stderr, flush=True)
        sections.append(section)
    text = render(sections, started, time.monotonic() - clock, (load_start, os.getloadavg()[0]))
    args.output.write_text(text, encoding="utf-8")
    print(text)
    print(f"bench: wrote {args.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
