"""The few lines a crawl prints on standard output when it ends, from its run report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scraper.exitcodes import Exit


def _failures(report: dict[str, Any]) -> str:
    kinds = {k: n for k, n in report["failures"]["by_kind"].items() if n}
    return ", ".join(f"{k} {n}" for k, n in kinds.items()) or "none"


def summary_lines(report: dict[str, Any], report_path: str | None = None) -> list[str]:
    items, pages = report["items"], report["pages"]
    out = f" to {report['output_file']}" if report.get("output_file") else ""
    lines = [(f"{report['spider']}: {items['written']} records written{out}, "
              f"{items['rejected']} rejected, {items['duplicates']} duplicates"),
             f"  pages: {pages['answered']} answered; failures: {_failures(report)}"]
    if report.get("dataset_file"):
        lines.append(f"  dataset: {report['dataset_file']}")
    failed = report["monitors"]["failed"]
    if failed:
        lines += [f"  ALARM {f['monitor']}: {f['reason']}" for f in failed]
    else:
        lines.append(f"  monitors: {len(report['monitors']['passed'])} passed, "
                     f"{len(report['monitors']['skipped'])} skipped")
    where = [f"report {report_path}"] if report_path else []
    if report.get("log_file"):
        where.append(f"log {report['log_file']}")
    status = int(report["exit_status"])
    meaning = Exit(status).name.lower().replace("_", " ") if status in set(Exit) else "?"
    lines.append(f"  exit status {status} ({meaning})"
                 + (f"; {', '.join(where)}" if where else ""))
    return lines


def summary(stats: dict[str, Any], settings: Any = None) -> str:
    """The summary of the run whose report the stats point to."""
    path = stats.get("osce/report_file")
    try:
        report = json.loads(Path(str(path)).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return "osce-scraper: no run report to summarise"
    return "\n".join(summary_lines(report, str(path)))
