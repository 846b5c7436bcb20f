"""Stable ids for the labels www.osce.org displays, in its six languages.

Three tables ship beside this module as package data (a Scrapyd egg carries them;
they are read through importlib.resources, never as a path):

- ``structures.json``     issuing structures (Secretariat and its units, institutions,
                          field operations past and present, ...), each with its ``kind``,
                          ``region`` and ``closed``
- ``content_types.json``  type labels ("News Item", "Пресс-релиз", "Comunicato stampa", ...)
- ``fields_of_work.json`` the site's 23 fields of work, in menu order

Each row is ``{"id": slug, "names": {lang: [label, ...]}}``.  A displayed label and
every name are reduced to one matching key (:func:`label_key`, built on
:func:`scraper.extract.text.fold`) and looked up in a dict built once per table::

    structure_id("Mission de l’OSCE en Moldavie")   # 'mission-to-moldova'
    content_type_id("Pressemitteilung")             # 'press-release'
    field_of_work_id("Combating human trafficking") # 'combating-trafficking-in-human-beings'

Unknown labels give ``None``; the caller keeps the label as shown and counts it.
Ids are never reused or renamed: a data team joins on them across runs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from scraper.extract.text import fold
from scraper.extract.vocabulary import ORGANISATION_NAMES, STRUCTURE_GROUPS

LANGUAGES: tuple[str, ...] = ("en", "ru", "de", "fr", "it", "es")
TABLE_FILES = {"structures": "structures.json", "content_types": "content_types.json",
               "fields_of_work": "fields_of_work.json"}

_DOUBLE_QUOTES = str.maketrans(dict.fromkeys("«»“”„‟″", '"'))
# "Cyber/ICT", "Cyber-/IKT-", "Counter-terrorism", "OSZE-Sekretariat": the site joins
# words with slashes and hyphens inconsistently, so both count as a space in a key
_JOINERS = re.compile(r"[/\-]+")
_TRAILING = re.compile(r"[\s,;]+$")

# Only when a structure's exact key is unknown: a "(closed)" suffix in any language (Ukrainian
# and Polish in each gender: "(закрита)", "(zamknięte)"; keys are folded, so "закритий" is
# "закритии" and "zamknięta" "zamknieta"), then an OSCE affix the table does not list
# ("OSCE ", "ОБСЕ", "OSZE-", "de l'OSCE", ...)
_CLOSED = re.compile(
    r"\s*[(\[]\s*(closed|закрыт[аоы]?|закрыто|geschlossen|ferme|fermee|fermes|fermees|"
    r"cloture|cloturee|chiuso|chiusa|chiusi|cerrado|cerrada|cerrados|clausurado|clausurada|"
    r"закрито|закрита|закритии|закриті|zamkniet[aeyi]|zamknieci)"
    r"\s*[)\]]$")
# "Biuro … OBWE (ODIHR)": the name followed by its abbreviation in capitals
_ABBREVIATION = re.compile(r"\s*\(([^\W\d_]{2,8})\)\s*$")
# (Ukrainian "ОБСЄ" and Polish "OBWE" too: pages show them)
_OSCE_PREFIX = re.compile(r"^(osce|обсе|osze|обсє|obwe) ")
_OSCE_SUFFIX = re.compile(
    r" (of the osce|de l'osce|de l osce|dell'osce|della osce|de la osce|der osze|обсе|osce|osze"
    r"|обсє|obwe)$")
_OSCE_INFIX = re.compile(r" (обсе|osce|de l'osce|dell'osce|de la osce|der osze|обсє|obwe)(?= )")


@lru_cache(maxsize=16384)
def label_key(text: str) -> str:
    """The matching form of a label: :func:`fold` (case, accents, dashes, apostrophes,
    spaces), with slashes and hyphens as spaces and trailing commas dropped."""
    key = _JOINERS.sub(" ", fold(text).translate(_DOUBLE_QUOTES))
    return _TRAILING.sub("", " ".join(key.split()))


class DuplicateLabelError(ValueError):
    """One matching key would name two ids of a table."""


@dataclass(frozen=True)
class Table:
    """One table: its rows in file order, rows by id, and matching key -> id."""

    name: str
    rows: tuple[Mapping[str, Any], ...]
    by_id: Mapping[str, Mapping[str, Any]] = field(repr=False)
    index: Mapping[str, str] = field(repr=False)

    @classmethod
    def build(cls, name: str, rows: Iterable[Mapping[str, Any]]) -> Table:
        rows = tuple(rows)
        by_id: dict[str, Mapping[str, Any]] = {}
        index: dict[str, str] = {}
        for row in rows:
            rid = row["id"]
            if rid in by_id:
                raise DuplicateLabelError(f"{name}: id {rid!r} appears twice")
            by_id[rid] = row
            for lang, labels in row.get("names", {}).items():
                for label in labels:
                    key = label_key(label)
                    other = index.setdefault(key, rid)
                    if other != rid:
                        raise DuplicateLabelError(
                            f"{name}: {label!r} ({lang}) matches {key!r}, named by both "
                            f"{other!r} and {rid!r}")
        return cls(name, rows, by_id, index)

    def lookup(self, label: str | None) -> str | None:
        return self.index.get(label_key(label)) if label else None

    def ids(self) -> list[str]:
        return [row["id"] for row in self.rows]

    def label(self, rid: str, language: str = "en") -> str:
        """The first (official) name of an id in a language, else the id itself."""
        names = self.by_id.get(rid, {}).get("names", {}).get(language) or []
        return str(names[0]) if names else rid


class Identities:
    """The three tables and the lookups over them (built once, see :func:`load`)."""

    def __init__(self, structures: Iterable[Mapping[str, Any]],
                 content_types: Iterable[Mapping[str, Any]],
                 fields_of_work: Iterable[Mapping[str, Any]]) -> None:
        self.structures = Table.build("structures", structures)
        self.content_types = Table.build("content_types", content_types)
        self.fields_of_work = Table.build("fields_of_work", fields_of_work)

    def structure_id(self, label: str | None) -> str | None:
        """Id of an issuing structure from its displayed name, or None."""
        if not label:
            return None
        key = label_key(label)
        index = self.structures.index
        if key in index:
            return index[key]
        bare = _CLOSED.sub("", key).strip()
        if bare != key and bare in index:
            return index[bare]
        for candidate in (_OSCE_PREFIX.sub("", bare), _OSCE_SUFFIX.sub("", bare),
                          _OSCE_INFIX.sub("", bare, count=1)):
            if candidate != bare and candidate.strip() in index:
                return index[candidate.strip()]
        m = _ABBREVIATION.search(label)
        if m and m[1].isupper():
            return self.structure_id(label[:m.start()])
        return None

    def content_type_id(self, label: str | None) -> str | None:
        """Id of a content type from its displayed label, or None."""
        return self.content_types.lookup(label)

    def field_of_work_id(self, label: str | None) -> str | None:
        """Id of one of the 23 fields of work from its displayed label, or None."""
        return self.fields_of_work.lookup(label)

    def structure(self, rid: str) -> Mapping[str, Any] | None:
        return self.structures.by_id.get(rid)


def read_table(name: str) -> list[dict[str, Any]]:
    """One shipped table's rows (``structures``, ``content_types``, ``fields_of_work``)."""
    text = resources.files(__name__).joinpath(TABLE_FILES[name]).read_text(encoding="utf-8")
    rows = json.loads(text)
    if not isinstance(rows, list):
        raise ValueError(f"{TABLE_FILES[name]}: expected a JSON array of rows")
    return rows


@cache
def load() -> Identities:
    """The shipped tables, read and indexed once per process."""
    return Identities(read_table("structures"), read_table("content_types"),
                      read_table("fields_of_work"))


def is_organisation(name: str | None) -> bool:
    """The organisation's own name ("OSCE", "ОБСЕ", "OSZE"…): the site itself, never an
    issuing structure or a group of its menu."""
    return bool(name) and fold(name or "") in _ORGANISATION


_ORGANISATION = frozenset(fold(t) for t in ORGANISATION_NAMES)


def structure_id(label: str | None) -> str | None:
    return load().structure_id(label)


def content_type_id(label: str | None) -> str | None:
    return load().content_type_id(label)


_GROUP_KEYS = frozenset(fold(g) for g in STRUCTURE_GROUPS)


def names_issuer(label: str | None) -> bool:
    """``label`` names who issued an item: a known structure, or a group of them (a
    category "Field operations"; kept as shown, its id null)."""
    return structure_id(label) is not None or (label is not None
                                               and fold(label.strip()) in _GROUP_KEYS)


def field_of_work_id(label: str | None) -> str | None:
    return load().field_of_work_id(label)


def structure(rid: str) -> Mapping[str, Any] | None:
    return load().structure(rid)


def field_of_work_ids() -> list[str]:
    """The 23 slugs in the site's menu order."""
    return load().fields_of_work.ids()
