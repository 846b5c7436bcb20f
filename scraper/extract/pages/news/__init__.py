"""A news item (news, press release, statement, report) as one raw record.

Each field asks its signals in order of reliability (structured metadata, visible
labels, document structure, class-name hints) and keeps the first answer, with the
signal's name as provenance.  Values are as found on the page; normalising them is
:mod:`scraper.extract.normalize`'s job.

The fields are split by concern, one mixin a module: :mod:`.identity` (address,
node id, language), :mod:`.headline` (the headline and its element), :mod:`.header`
(type label, lead), :mod:`.issued` (date of issue), :mod:`.labels` (issuers, fields of
work), :mod:`.body` (body and dateline), :mod:`.links` (attachments, translations); the state they
share is :mod:`.base`, the hint vocabulary :mod:`.hints`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from scraper.extract.items import NewsItem
from scraper.extract.pages.fields import RawRecord, field_names, raw_record
from scraper.extract.pages.news.body import BodyFields
from scraper.extract.pages.news.headline import HeadlineFields
from scraper.extract.pages.news.identity import IdentityFields
from scraper.extract.pages.news.issued import IssuedFields
from scraper.extract.pages.news.labels import LabelFields
from scraper.extract.pages.news.links import LinkFields

# what a field the page does not give is written as (the item's empty value)
_EMPTY: dict[str, Any] = {"issued_by": [], "fields_of_work": [], "body_blocks": [],
                          "attachments": [], "translations": {}}


class NewsPage(IdentityFields, HeadlineFields, IssuedFields, LabelFields, BodyFields,
               LinkFields):
    """Fields of one news page; ``to_item()`` assembles the raw record."""

    def to_item(self) -> RawRecord:
        """The raw record: values as found, the signal of each, and the warnings."""
        record = raw_record(self, _fields(), _EMPTY)
        record.warnings = list(dict.fromkeys(self.warnings))
        return record


@cache
def _fields() -> list[str]:
    return field_names(NewsPage, NewsItem)


__all__ = ["NewsPage"]
