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
