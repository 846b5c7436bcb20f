"""Field coverage: the share of records that have each field, the alarm's measure."""

from __future__ import annotations

from collections import Counter
from typing import Any

from scraper.output.schema import KINDS, filled


class Coverage:
    """How many records of one kind have each field filled, and their issued_on range."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.records = 0
        self.filled: Counter[str] = Counter()
        self.earliest: str | None = None
        self.latest: str | None = None

    def add(self, record: dict[str, Any]) -> None:
        self.records += 1
        self.filled.update(k for k in KINDS[self.kind] if filled(record.get(k)))
        issued = record.get("issued_on")
        if isinstance(issued, str) and issued:
            self.earliest = min(self.earliest or issued, issued)
            self.latest = max(self.latest or issued, issued)

    def shares(self) -> dict[str, float | None]:
        """Field → share of records with it filled (None when there are no records)."""
        return {k: round(self.filled[k] / self.records, 4) if self.records else None
                for k in KINDS[self.kind]}

    def below(self, thresholds: dict[str, float]) -> list[str]:
        """The watched fields of this kind whose share is under their threshold.

        A run with no records at all is below every threshold: a listing page whose
        design changed yields no items, which is the change the alarm is for.
        """
        return [f for f, minimum in thresholds.items() if f in KINDS[self.kind]
                and (self.filled[f] / self.records if self.records else 0.0) < minimum]


# the fields whose labels the identity tables map, and where each keeps its id
IDENTIFIED = ("content_type", "issued_by", "fields_of_work")


def unknown(record: dict[str, Any]) -> dict[str, list[str]]:
    """The labels of a news record that got no id, by field (a table's missing rows)."""
    out: dict[str, list[str]] = {}
    label, rid = record.get("content_type"), record.get("content_type_id")
    if isinstance(label, str) and label and not rid:
        out["content_type"] = [label]
    issuers, ids = record.get("issued_by") or [], record.get("issued_by_ids") or []
    missing = [n for n, i in zip(issuers, ids, strict=False) if isinstance(n, str) and not i]
    if missing:
        out["issued_by"] = missing
    fields = [str(f["label"]) for f in record.get("fields_of_work") or []
              if isinstance(f, dict) and not f.get("id") and isinstance(f.get("label"), str)]
    if fields:
        out["fields_of_work"] = fields
    return out


class UnknownLabels:
    """Counts of the labels no identity table knows, by field."""

    LISTED = 50     # labels listed by name per field; the rest are counted in "others"

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = {f: Counter() for f in IDENTIFIED}

    def add(self, record: dict[str, Any]) -> None:
        for name, labels in unknown(record).items():
            self.counts[name].update(labels)

    def as_dict(self) -> dict[str, dict[str, Any]]:
        """``{field: {"records": n, "labels": {label: n, ...}, "others": n}}``."""
        out = {}
        for name, counter in self.counts.items():
            top = counter.most_common(self.LISTED)
            out[name] = {"total": sum(counter.values()), "labels": dict(top),
                         "others": sum(counter.values()) - sum(n for _, n in top)}
        return out
