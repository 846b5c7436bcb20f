"""``osce-scraper report``: one self-contained HTML page about a dump.

No scripts and no network assets: charts are inline SVG and CSS bars, so the page
can be mailed, archived or opened offline.  Every value from the dump is escaped.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from scraper.extract.identities import load as identities
from scraper.output.coverage import IDENTIFIED, Coverage, UnknownLabels
from scraper.output.schema import kind_of

NEWEST = 25        # rows in the "newest items" table
TOP_ISSUERS = 30   # issuers shown by name; the rest are summed in one row
LOW = 0.5          # coverage under this is drawn in red

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2630;
max-width:1100px;margin:2em auto;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;
border-bottom:1px solid #d6dde4;padding-bottom:.2em}
.lead{color:#53606c}table{border-collapse:collapse;width:100%}
td,th{padding:.25em .5em;text-align:left;vertical-align:top;border-bottom:1px solid #eef1f4}
th{font-weight:600;color:#53606c}td.n{text-align:right;font-variant-numeric:tabular-nums;
white-space:nowrap;width:5em}td.label{width:32%}
.bar{background:#eef1f4;height:1em;min-width:10em}.bar span{display:block;height:100%;
background:#2b6cb0}.bar span.low{background:#c53030}
svg{width:100%;height:auto;display:block}svg rect{fill:#2b6cb0}svg text{font-size:11px;
fill:#53606c}svg line{stroke:#b8c2cc}
a{color:#2b6cb0}.muted{color:#8a96a3}.alarm{color:#c53030}
"""


@dataclass
class Summary:
    """Everything the page shows, counted in one pass over the records."""

    records: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    fields_of_work: Counter[str] = field(default_factory=Counter)
    issuers: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    coverage: dict[str, Coverage] = field(default_factory=dict)
    dated: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    content_types: Counter[str] = field(default_factory=Counter)
    structure_kinds: Counter[str] = field(default_factory=Counter)
    unknown: UnknownLabels = field(default_factory=UnknownLabels)

    def add(self, record: dict[str, Any]) -> None:
        self.records += 1
        kind = kind_of(record)
        self.kinds[kind] += 1
        self.coverage.setdefault(kind, Coverage(kind)).add(record)
        issued = record.get("issued_on")
        if isinstance(issued, str) and len(issued) >= 7:
            self.months[issued[:7]] += 1
            self.dated.append((issued, record))
            # keep only what the newest table needs, whatever the dump's size
            if len(self.dated) > 4 * NEWEST:
                self.dated = sorted(self.dated, key=lambda d: d[0], reverse=True)[:NEWEST]
        language = record.get("language")
        if kind == "news":
            self.languages[language if isinstance(language, str) else "(none)"] += 1
        for pair in _objects(record.get("fields_of_work")):
            slug, label = pair.get("id"), str(pair.get("label"))
            self.fields_of_work[_fow_label(slug) if slug else f"{label} (not one of the 23)"] += 1
        self.issuers.update(_strings(record.get("issued_by")))
        if kind == "news":
            self._identities(record)

    def _identities(self, record: dict[str, Any]) -> None:
        tables = identities()
        type_id, label = record.get("content_type_id"), record.get("content_type")
        if isinstance(type_id, str):
            self.content_types[tables.content_types.label(type_id)] += 1
        elif isinstance(label, str):
            self.content_types[f"{label} (no id)"] += 1
        else:
            self.content_types["(no type shown)"] += 1
        for rid in record.get("issued_by_ids") or []:
            row = tables.structure(rid) if isinstance(rid, str) else None
            self.structure_kinds[str(row["kind"]) if row else "(not in the table)"] += 1
        self.unknown.add(record)

    def newest(self) -> list[dict[str, Any]]:
        return [r for _, r in sorted(self.dated, key=lambda d: d[0], reverse=True)[:NEWEST]]


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _objects(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _fow_label(slug: str) -> str:
    return identities().fields_of_work.label(slug)


def read_runs(folder: Path) -> list[dict[str, Any]]:
    """The run reports in ``folder`` (``runs/<run id>.json``), oldest first; a file that
    is not a run report is left out."""
    runs = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(report, dict) and "run_id" in report:
            runs.append(report)
    return sorted(runs, key=lambda r: str(r.get("started_at") or r.get("run_id")))


def summarize(records: Iterable[dict[str, Any]]) -> Summary:
    summary = Summary()
    for record in records:
        summary.add(record)
    return summary


def _bars(counts: list[tuple[str, int]], total: int, empty: str) -> str:
    if not counts:
        return f'<p class="muted">{escape(empty)}</p>'
    top = max(n for _, n in counts) or 1
    rows = "".join(
        f'<tr><td class="label">{escape(label)}</td><td><div class="bar"><span '
        f'style="width:{100 * n / top:.1f}%"></span></div></td><td class="n">{n}</td>'
        f'<td class="n">{100 * n / total:.1f}%</td></tr>'
        for label, n in counts)
    return f"<table>{rows}</table>"


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_chart(months: Counter[str]) -> str:
    valid = sorted(k for k in months if k[:4].isdigit() and k[5:7].isdigit())
    if not valid:
        return '<p class="muted">No record has an issued_on date.</p>'
    axis = _month_range(valid[0], valid[-1])
    width, height, pad = 960.0, 220.0, 24.0
    step = width / len(axis)
    top = max(months.values())
    years = sorted({m[:4] for m in axis})
    label_every = max(1, len(years) // 20)
    parts = [(f'<svg viewBox="0 0 {width:.0f} {height + pad:.0f}" role="img" '
              f'aria-label="Items per month, {escape(axis[0])} to {escape(axis[-1])}">'),
             f'<line x1="0" y1="{height}" x2="{width}" y2="{height}"/>']
    for i, month in enumerate(axis):
        n = months.get(month, 0)
        x = i * step
        if month.endswith("-01") or i == 0:
            year = month[:4]
            if (int(year) - int(years[0])) % label_every == 0 and x < width - 30:
                parts.append(f'<line x1="{x:.1f}" y1="{height}" x2="{x:.1f}" '
                             f'y2="{height + 4}"/><text x="{x + 2:.1f}" '
                             f'y="{height + 16}">{escape(year)}</text>')
        if n:
            h = max(1.0, (height - 20) * n / top)     # the top 20 units hold the label
            parts.append(f'<rect x="{x:.2f}" y="{height - h:.2f}" width="{max(step - 1, 1):.2f}" '
                         f'height="{h:.2f}"><title>{escape(month)}: {n}</title></rect>')
    parts.append(f'<text x="{width - 4}" y="12" text-anchor="end">max {top} a month</text>')
    parts.append("</svg>")
    return "".join(parts)


def _coverage_table(summary: Summary) -> str:
    blocks = []
    for kind, cov in sorted(summary.coverage.items()):
        shares = cov.shares()
        rows = "".join(
            f'<tr><td class="label">{escape(name)}</td><td><div class="bar"><span '
            f'class="{"low" if (share or 0) < LOW else ""}" '
            f'style="width:{100 * (share or 0):.1f}%"></span></div></td>'
            f'<td class="n">{cov.filled[name]}</td>'
            f'<td class="n">{100 * (share or 0):.1f}%</td></tr>'
            for name, share in shares.items())
        blocks.append(f"<h3>{escape(kind)} records: {cov.records}</h3><table><tr><th>field</th>"
                      f"<th>share of records with a value</th><th>records</th><th>share</th>"
                      f"</tr>{rows}</table>")
    return "".join(blocks) or '<p class="muted">No records.</p>'


def _link(record: dict[str, Any]) -> str:
    url, title = record.get("url"), record.get("title") or record.get("url") or "(no title)"
    if isinstance(url, str) and url.startswith(("https://", "http://")):
        return f'<a href="{escape(url)}">{escape(str(title))}</a>'
    return escape(str(title))


def _newest(summary: Summary) -> str:
    items = summary.newest()
    if not items:
        return '<p class="muted">No dated records.</p>'
    rows = "".join(
        f'<tr><td class="n">{escape(str(r.get("issued_on")))}</td>'
        f'<td>{escape(str(r.get("language") or ""))}</td><td>{_link(r)}</td>'
        f'<td>{escape(", ".join(_strings(r.get("issued_by"))))}</td></tr>'
        for r in items)
    return (f"<table><tr><th>issued on</th><th>lang.</th><th>title</th><th>issued by</th></tr>"
            f"{rows}</table>")


def _thresholds(summary: Summary, thresholds: dict[str, float],
                runs: list[dict[str, Any]]) -> str:
    """Each watched field's share in this dump against its threshold, and the alarm of
    the latest run report."""
    cov = summary.coverage.get("news")
    if not thresholds or cov is None:
        return '<p class="muted">No thresholds or no news records.</p>'
    shares = cov.shares()
    low = set(cov.below(thresholds))
    rows = "".join(
        f'<tr><td class="label">{escape(name)}</td><td class="n">'
        f'{100 * (shares.get(name) or 0):.1f}%</td><td class="n">{100 * limit:.0f}%</td>'
        f'<td>{"<strong class=alarm>below: alarm</strong>" if name in low else "ok"}</td></tr>'
        for name, limit in thresholds.items())
    last = runs[-1] if runs else None
    alarm = (f'<p>Latest run {escape(str(last.get("run_id")))}: '
             + (f'<strong class="alarm">alarm on {escape(", ".join(last["alarm"]))}</strong>'
                if last.get("alarm") else "no alarm") + ".</p>") if last else \
        '<p class="muted">No run reports beside the dump.</p>'
    return (f"{alarm}<table><tr><th>field</th><th>share in this dump</th><th>threshold</th>"
            f"<th></th></tr>{rows}</table>")


def _runs(runs: list[dict[str, Any]]) -> str:
    if not runs:
        return '<p class="muted">No run reports beside the dump (runs/*.json).</p>'
    top = max((_written(r) for r in runs), default=0) or 1
    rows = "".join(
        f'<tr><td class="label">{escape(str(r.get("started_at") or r.get("run_id")))}</td>'
        f'<td><div class="bar"><span class="{"low" if r.get("alarm") else ""}" '
        f'style="width:{100 * _written(r) / top:.1f}%"></span></div></td>'
        f'<td class="n">{_written(r)}</td><td class="n">'
        f'{(r.get("items") or {}).get("rejected", 0)}</td>'
        f'<td>{escape(", ".join(r.get("alarm") or [])) or "-"}</td></tr>'
        for r in runs)
    return (f"<table><tr><th>run started</th><th>records written</th><th>written</th>"
            f"<th>rejected</th><th>alarm</th></tr>{rows}</table>")


def _written(run: dict[str, Any]) -> int:
    value = (run.get("items") or {}).get("written", 0)
    return value if isinstance(value, int) else 0


def _unknown(summary: Summary) -> str:
    counts = summary.unknown.counts
    rows = "".join(
        f'<tr><td>{escape(name)}</td><td>{escape(label)}</td><td class="n">{n}</td></tr>'
        for name in IDENTIFIED for label, n in counts[name].most_common(TOP_ISSUERS))
    if not rows:
        return '<p class="muted">Every label has an id.</p>'
    return ("<p>Kept as shown with a null id; each is a row to add to "
            "scraper/extract/identities/.</p><table><tr><th>field</th><th>label</th>"
            f"<th>records</th></tr>{rows}</table>")


def render(summary: Summary, source: str, now: dt.datetime | None = None,
           runs: list[dict[str, Any]] | None = None,
           thresholds: dict[str, float] | None = None) -> str:
    """The whole page for a summarized dump named ``source``; ``runs`` are the run
    reports (oldest first), ``thresholds`` the coverage thresholds when no run report
    gives them."""
    runs = runs or []
    if runs and isinstance(runs[-1].get("thresholds"), dict):
        thresholds = runs[-1]["thresholds"]
    now = now or dt.datetime.now(dt.UTC)
    total = summary.records or 1
    dates = sorted(summary.months)
    span = f"{dates[0]} to {dates[-1]}" if dates else "no dates"
    kinds = ", ".join(f"{n} {k}" for k, n in summary.kinds.most_common()) or "no records"
    issuers = summary.issuers.most_common()
    shown = issuers[:TOP_ISSUERS]
    if len(issuers) > TOP_ISSUERS:
        rest = issuers[TOP_ISSUERS:]
        shown.append((f"{len(rest)} other issuers", sum(n for _, n in rest)))
    sections = [
        ("Items per month", _month_chart(summary.months)),
        ("Items per field of work", _bars(summary.fields_of_work.most_common(), total,
                                          "No record names a field of work.")),
        ("Items per content type", _bars(summary.content_types.most_common(), total,
                                         "No news records.")),
        ("Items per issuer", _bars(shown, total, "No record names an issuer.")),
        ("Issuers by kind of structure", _bars(summary.structure_kinds.most_common(),
                                               sum(summary.structure_kinds.values()) or 1,
                                               "No record names an issuer.")),
        ("Labels without an id", _unknown(summary)),
        ("Items per language", _bars(summary.languages.most_common(), total,
                                     "No news records.")),
        ("Field coverage", _coverage_table(summary)),
        ("Coverage thresholds and the alarm", _thresholds(summary, thresholds or {}, runs)),
        ("Records per run", _runs(runs)),
        (f"Newest {NEWEST} items", _newest(summary)),
    ]
    body = "".join(f"<h2>{escape(title)}</h2>{content}" for title, content in sections)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(source)}: osce-scraper report</title><style>{_CSS}</style></head>"
        f"<body><h1>{escape(source)}</h1><p class=\"lead\">{summary.records} records "
        f"({escape(kinds)}), issued {escape(span)}. Report made "
        f"{escape(now.strftime('%Y-%m-%d %H:%M UTC'))} by osce-scraper. Items with several "
        "fields of work or issuers count once under each, so those shares add up to more "
        f"than 100%.</p>{body}</body></html>\n"
    )

