"""A content type's name, and the type a list writes as its headlines' first words
("PRESS RELEASE: Headline")."""

from __future__ import annotations

import re

from scraper.extract.identities import content_type_id
from scraper.extract.text import fold
from scraper.extract.vocabulary import CONTENT_TYPES

_CONTENT_TYPES_FOLDED = frozenset(fold(t) for t in CONTENT_TYPES)


def is_type(text: str) -> bool:
    """A content type's name: the vocabulary's, or one of the identities table."""
    return fold(text) in _CONTENT_TYPES_FOLDED or content_type_id(text) is not None


# a type glued before a headline's words by a colon: "PRESS RELEASE: Headline"
_TYPED_TITLE = re.compile(r"^([^:：]{3,40}?)\s*[:：]\s+(\S.*)$", re.S)


def typed_title(title: str) -> tuple[str, str] | None:
    """A headline that opens with a known type's name and a colon (a news script that
    writes the item's type into its title: ``PRESS RELEASE: OSCE Chairman urges …``):
    (the type as written, the headline after the colon); None for any other title (a
    colon after words that name no type is the headline's own: ``Photo opportunity:
    …``)."""
    m = _TYPED_TITLE.match(title.strip())
    if m is None or not is_type(m.group(1)):
        return None
    return m.group(1), m.group(2).strip()


def types_titles(titles: list[str]) -> bool:
    """The list writes types before its headlines: of its titles opening with a few
    words and a colon, at least half name a type there.  Where most such prefixes name
    none (a forum's "Hinweis: …", "Medienfreiheit: …", "Bericht: …"), the colon is the
    headlines' own style and a type's name before it is a headline's word too."""
    prefixes = [m.group(1) for t in titles if (m := _TYPED_TITLE.match(t.strip()))]
    return 2 * sum(1 for p in prefixes if is_type(p)) >= len(prefixes)
