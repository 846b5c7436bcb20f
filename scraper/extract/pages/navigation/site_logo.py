"""The logo told by where it leads and what its picture says: an older site's logo is
an image slice like any other (``images/menu_01.gif``), no logo class or file name.
A link showing nothing but a picture, leading to the site's front page at the root of
its host, whose ``alt`` (a drawn ``<svg>``: the link's label) names the site (the
host's name, ``osce`` of ``www.osce.org``:
"OSCE - Organizzazione per la sicurezza …") is the logo; a picture of "Home" leading
there, or the site's name leading to a section, is a button of the menu.  The front page
of a host under the page's own (``jobs.osce.org`` seen from ``www.osce.org``: an icon
named "Jobs at the OSCE") is a sub-site the menu leads to, no home: its link is an entry."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract import urls
from scraper.extract.identities import is_organisation
from scraper.extract.pages.navigation.hints import LOGO_FILE
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean

# the front page at the root of a host: "/", "/index.html", "/default.asp", "/home.php"
_FRONT_PAGE = re.compile(r"^/?(?:(?:index|default|home)\.[a-z]{2,5})?$", re.IGNORECASE)


def pictured_logo(a: Any, url: str, page: str | None = None) -> bool:
    """``a`` (leading to ``url``) shows only a picture naming the site and leads to the
    host's front page, no sub-site's under the host of ``page`` (the page's address)."""
    if clean("".join(a.itertext())) or (page is not None and _sub_host(url, page)):
        return False
    alts = " ".join(clean(img.get("alt")) for img in a.iter("img"))
    # a drawn picture (an inline ``<svg>``, hidden from readers) is named by its link's
    # label: "OSCE home" names the site, as an ``alt`` would
    if not alts.strip() and next(a.iter("svg", "{*}svg", "img"), None) is not None:
        alts = clean(a.get("aria-label") or a.get("title") or "")
    parts = urls.split(url)
    if not alts or parts is None or parts.query or not _FRONT_PAGE.match(parts.path):
        return False
    labels = (parts.hostname or "").lower().split(".")
    name = labels[-2] if len(labels) >= 2 else ""
    named = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", alts.lower())
    return len(name) >= 2 and named is not None


def _sub_host(url: str, page: str) -> bool:
    """``url``'s host lies under ``page``'s (``www.`` aside): ``jobs.osce.org`` under
    ``www.osce.org``; the same host, a parent's or another site's is none."""
    here, there = urls.split(page), urls.split(url)
    own = (here.hostname or "").lower().removeprefix("www.") if here is not None else ""
    host = (there.hostname or "").lower().removeprefix("www.") if there is not None else ""
    return bool(own) and host.endswith("." + own)


def logo_addresses(doc: Any, links: Any) -> set[str]:
    """Where the site's logo leads: the addresses of links showing a logo picture (its
    file or class named a logo, or :func:`pictured_logo`), or a picture alone in a link
    whose box is named the logo (``div.Header-logo > a > img``)."""
    out: set[str] = set()
    for a in links:
        url = doc.absolute(a.get("href"))
        if url and (pictured_logo(a, url, doc.url) or any(
                LOGO_FILE.search(img.get("src") or "") or "logo" in class_tokens(img)
                for img in a.iter("img")) or _in_logo_box(a)):
            out.add(url)
    return out


def _in_logo_box(a: Any) -> bool:
    """``a`` shows a picture and no words, in a box (or itself) named the logo."""
    parent = a.getparent()
    return next(a.iter("img", "svg", "{*}svg"), None) is not None \
        and not clean("".join(a.itertext())) \
        and any(x is not None and "logo" in class_tokens(x) for x in (a, parent))


def titles_site(logos: set[str], url: str, a: Any) -> bool:
    """A link filling a top heading (``<h1>``) of its own and leading where the logo
    leads: the site's title set beside its logo ("OSZE / Organisation für Sicherheit
    …" on two lines), the site's name, as its logo is, no place of its menu."""
    parent = a.getparent()
    return url in logos and parent is not None and tag(parent) == "h1" \
        and clean("".join(parent.itertext())) == clean("".join(a.itertext()))


def copies_logo(logos: set[str], url: str, name: str) -> bool:
    """A link showing the organisation's name alone and leading where the logo leads (a
    small screen's top bar: the burger, then "ОБСЕ" leading home): the site's name
    again, as its logo is, no place of its menu.  A menu's "Home" leading there is
    still an entry, and so is "OSCE" leading elsewhere (a sub-site's link to the
    organisation's own site)."""
    return url in logos and is_organisation(name)
