"""Fields declared once: ``@field`` marks a page-object method as an output field, and
:func:`raw_record` builds the raw record from the marked methods, in the order of the
item class the page produces.  Nothing lists a page's fields a second time.

The same idea as web-poet's ``@field``/``ItemPage``, without its asynchronous
``to_item()`` and its dependency machinery: our page objects are plain synchronous
classes built from a :class:`~scraper.extract.document.Document`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from dataclasses import fields as dataclass_fields
from functools import cached_property
from typing import Any

from scraper.extract.pages.common import Found

_MARK = "_osce_field"


def field(method: Callable[[Any], Found | None]) -> cached_property[Any]:
    """An output field: computed once per page, a :class:`Found` (value + signal) or None."""
    prop: cached_property[Any] = cached_property(method)
    setattr(prop, _MARK, True)
    return prop


def field_names(page_cls: type, item_cls: type) -> list[str]:
    """The page's fields in the item class's order; a field the item does not declare
    is a programming error, caught when the first page is read (and by a test)."""
    declared = {name for klass in page_cls.__mro__ for name, value in vars(klass).items()
                if getattr(value, _MARK, False)}
    order = [f.name for f in dataclass_fields(item_cls)]
    unknown = declared - set(order)
    if unknown:
        raise TypeError(f"{page_cls.__name__} declares fields {sorted(unknown)} that "
                        f"{item_cls.__name__} does not have")
    return [name for name in order if name in declared]


@dataclass
class RawRecord:
    """What a page object gives: values as found on the page, the signal that gave each
    one, and what it noticed on the way (counted by the crawl, shown by the CLI)."""

    values: dict[str, Any]
    provenance: dict[str, str] = dataclass_field(default_factory=dict)
    warnings: list[str] = dataclass_field(default_factory=list)


def raw_record(page: Any, names: list[str], empty: dict[str, Any]) -> RawRecord:
    """Ask each field once; an absent value is the item's empty value, with no provenance."""
    values: dict[str, Any] = {}
    provenance: dict[str, str] = {}
    for name in names:
        found: Found | None = getattr(page, name)
        if found is None or found.value in (None, "", [], {}):
            values[name] = empty.get(name)
        else:
            values[name] = found.value
            provenance[name] = found.signal
    return RawRecord(values, provenance)
