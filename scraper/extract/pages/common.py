"""Pieces the page objects share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scraper.extract.text import clean, fold

_SITE_NAMES = ("osce", "обсе", "osze", "ocse", "organization for security", "odihr", "бдипч")
# the organization's full name as its language versions write it, folded (its first words)
_ORG_NAMES = ("organization for security", "organisation pour la securite",
              "organisation fur sicherheit", "организация по безопасности",
              "organizacion para la seguridad", "organizzazione per la sicurezza",
              "organizacja bezpieczenstwa", "органiзацiя з безпеки", "організація з безпеки")
# the most a part of <title> saying only the organization's name runs to
_ORG_NAME_CHARS = 80
# a mark between spaces, maybe doubled ("ОБСЄ :: Версія для друку :: Title"), or a bar
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—:·•-]|::)\s+|\s*\|\s*")


@dataclass(frozen=True)
class Found:
    """A field's value and the name of the signal that gave it."""

    value: Any
    signal: str


_SITE_PREFIX = re.compile(r"^(?:OSCE|ОБСЕ|OSZE|OCSE|ОБСЄ)\s*(?:[:|–—-]|::)\s+", re.I)


def strip_site_name(title: str) -> str:
    """``"Title | OSCE"`` and ``"OSCE: Title"`` → ``"Title"``.  A title names the site
    once: after ``"OSZE - "`` the last part is the headline, whatever organization it
    names (``"OSZE - Pressemitteilung - OSZE-Mission begrüßt …"``)."""
    title, prefixed = _SITE_PREFIX.subn("", clean(title))
    for _ in range(0 if prefixed else 2):
        parts = _TITLE_SEPARATORS.split(title)
        if len(parts) < 2:
            break
        last = fold(parts[-1])
        if len(parts) == 2 and _names_site_briefly(parts[0]) and not _names_site_briefly(parts[-1]):
            break   # the site named in front ("Форум ОБСЕ - Headline"): the rest is the headline
        if len(last) <= 80 and any(name in last for name in _SITE_NAMES):
            title = clean(title[: title.rfind(parts[-1])]).rstrip("|–—:·•- ")
        else:
            break
    return title if fold(title) not in _SITE_NAMES else ""


def _names_site_briefly(part: str) -> bool:
    """A few words naming the site or one of its services ("OSCE", "Форум ОБСЕ")."""
    key = fold(part)
    return len(key.split()) <= _BRIEF_SITE_WORDS and any(name in key for name in _SITE_NAMES)


_BRIEF_SITE_WORDS = 2


def names_site(text: str) -> bool:
    """``text`` says the site's name and nothing else: an acronym ("OSCE") or the
    organization's full name in one of its languages ("Organisation pour la sécurité et
    la coopération en Europe"), never a headline."""
    key = fold(text)
    return key in _SITE_NAMES or (len(key) <= _ORG_NAME_CHARS and key.startswith(_ORG_NAMES))


def jsonld_text(value: Any) -> str | None:
    """A JSON-LD property as text (``{"@value": …}``, lists and names included)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return clean(value) if isinstance(value, str) and value.strip() else None


def jsonld_names(value: Any) -> list[str]:
    out = []
    for v in value if isinstance(value, list) else [value]:
        text = jsonld_text(v)
        if text:
            out.append(text)
    return out


def lowest_common_ancestor(a: Any, b: Any) -> Any:
    # the chain is kept as a list: lxml makes a new proxy object (and may reuse an
    # id()) for an element nobody holds, so ids of dropped proxies prove nothing
    chain = [a, *a.iterancestors()]
    ids = {id(x) for x in chain}
    for node in [b, *b.iterancestors()]:
        if id(node) in ids:
            return node
    return None


def is_under(el: Any, ancestor: Any) -> bool:
    """``el`` lies strictly inside ``ancestor``."""
    return el is not ancestor and is_descendant(el, ancestor)


def is_descendant(el: Any, ancestor: Any) -> bool:
    node = el
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def between(el: Any, top: Any) -> list[Any]:
    """``el`` and its ancestors lying strictly inside ``top``, nearest first; [] when
    ``el`` is not inside ``top`` (one walk up, where asking :func:`is_under` of each
    ancestor walks up again from each)."""
    out: list[Any] = []
    node = el
    while node is not None:
        if node is top:
            return out
        out.append(node)
        node = node.getparent()
    return []
