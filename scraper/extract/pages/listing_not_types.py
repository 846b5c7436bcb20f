"""What an entry of a listing shows that is no type, whatever box or class it has: a
poster's name (a link to a user's page), the list the entry is listed in (a link back to
the page itself), the word of a count ("0 Antworten"), a menu toggle's label
("Opciones") and a typography class's "type" word (Invision's ``ipsType_light``).
:class:`~scraper.extract.pages.listing_facts.EntryFacts` asks them before taking a
short line for the entry's type."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.structure import class_tokens
from scraper.extract.text import fold
from scraper.extract.visible import is_hidden

# class words of a type's badge or eyebrow
TYPE_TOKENS = frozenset({"type", "contenttype", "bundle", "kicker", "eyebrow", "tipo", "typ",
                         "kind", "category", "badge"})
# a number (maybe shortened: "2,3k", "1.200") and the word of what it counts
_COUNT_LINE = re.compile(r"^\d[\d.,\s]*[kKmMкК]?\s+[^\W\d_]+$")
# a number and the few words of what it measures ("4 Minuten Lesezeit", "3 min read",
# "12 комментариев"): a type label opens with no number
_MEASURE_LINE = re.compile(r"^\d[\d.,]*[kKmMкК]?\s+[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?){0,2}$")
# a type word followed by one of these in a class name names a text style, no type
# (Invision's ipsType_light, ipsType_break; Carbon's cds--type-body-short-01)
_TYPOGRAPHY = frozenset({"light", "bold", "semibold", "medium", "normal", "small", "large",
                         "break", "reset", "blend", "center", "left", "right", "italic",
                         "uppercase", "lowercase", "body", "helper", "productive",
                         "expressive", "caption", "mono", "xs", "sm", "md", "lg", "xl"})
_CLASS_WORDS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")


def type_hint(el: Any) -> bool:
    """A class word of ``el`` calls it a type's badge (``news-type``, ``kicker``,
    ``badge``), no typography class whose type word names a text style."""
    if not class_tokens(el) & TYPE_TOKENS:
        return False
    for name in [*(el.get("class") or "").split(), el.get("id") or ""]:
        found = [w.lower() for w in _CLASS_WORDS.split(name) if w]
        at = [i for i, w in enumerate(found) if w in TYPE_TOKENS]
        if at and not all(i + 1 < len(found) and found[i + 1] in _TYPOGRAPHY for i in at):
            return True
    # a token from a layer name or a class read apart otherwise
    return not any(w in TYPE_TOKENS for name in (el.get("class") or "").split()
                   for w in (x.lower() for x in _CLASS_WORDS.split(name) if x))


def toggles_menu(el: Any) -> bool:
    """``el`` is the label of a menu's toggle: beside it a hidden box of links (the
    flyout a click opens: Vanilla's ``OptionsTitle`` beside its ``display:none``
    menu of moderation actions)."""
    return any(is_hidden(sib) and next(sib.iter("a"), None) is not None
               for sib in el.itersiblings() if isinstance(sib.tag, str))


def counts(doc: Document, el: Any) -> bool:
    """``el`` is the word of a count written with its number in the line around it
    (a forum row's "23 Antworten", "1,2K vistas"): a statistic, no type.  So is a
    line of its own that opens with a number and says what it measures in a few
    words (a blog's reading time, "4 Minuten Lesezeit", "3 min read")."""
    parent = el.getparent()
    line = doc.element_text(parent) if parent is not None else ""
    return bool(_COUNT_LINE.match(line) or _MEASURE_LINE.match(doc.element_text(el)))


def naming_no_type(doc: Document, parts: list[Any]) -> set[Any]:
    """The entry's links to a site user's page (the poster's name, whatever class its
    box has), to the page the entry is listed on (the forum board's own name beside
    each topic), and the boxes marked as its author's (:func:`author_slots`), which
    name no type."""
    here = {_bare(u) for u in (doc.url, doc.canonical) if u}
    return {a for part in parts for a in part.iter("a")
            if (href := doc.absolute(a.get("href")))
            and (urls.is_user_page(href) or _bare(href) in here)} | author_slots(parts)


def links_here(doc: Document, a: Any) -> bool:
    """``a`` leads back to the page itself (its fetched or canonical address)."""
    href = doc.absolute(a.get("href"))
    return href is not None and _bare(href) in {_bare(u) for u in (doc.url, doc.canonical) if u}


def list_type_link(doc: Document, no_type: set[Any], title: Any,
                   is_type: Callable[[str], bool]) -> tuple[str, Any] | None:
    """Of the entry's links that name no type (``no_type``), one back to the list shown
    whose words are a known type's name (``is_type``): a blog's press-release category
    listing its posts, each tagged "Press release".  Read last, when the entry shows
    no type elsewhere; the page's own name, its heading's or its title's words, names
    the list, no type (a forum board's "in Announcements" beside every topic), unless
    the same slot of other entries names other lists (:func:`slot_varies`: a blog
    category holding posts of several categories, each shown in its subhead)."""
    for a in sorted(no_type, key=lambda x: doc.order.get(x, 0)):
        text = doc.element_text(a)
        if a.tag == "a" and links_here(doc, a) and is_type(text) \
                and (not names_page(doc, text) or slot_varies(doc, a)) \
                and (title is None or not any(x is title for x in a.iterancestors())):
            return text, a
    return None


def names_page(doc: Document, text: str) -> bool:
    """``text`` is the page's own name: a main heading's words, or the first part of its
    ``<title>`` ("Anuncios — Sala de prensa")."""
    name = fold(text)
    headings = [fold(doc.element_text(h)) for h in doc.root.iter("h1")]
    title = fold(doc.root.findtext(".//title") or "")
    return name in headings or bool(re.match(re.escape(name) + r"\s*(?:$|[-–—|:·»])", title))


def slot_varies(doc: Document, a: Any) -> bool:
    """Another link of the page stands in the same place as ``a`` (the same element
    names and class words, the link and the two boxes above it) and leads to another
    list: the slot shows each entry's own category, not the one every entry shares."""
    shape = _slot_shape(a)
    return any(b is not a and _slot_shape(b) == shape and not links_here(doc, b)
               for b in doc.root.iter("a"))


def _slot_shape(a: Any) -> tuple[tuple[str, frozenset[str]], ...]:
    boxes = [a, *list(a.iterancestors())[:2]]
    return tuple((str(x.tag), frozenset(class_tokens(x))) for x in boxes)


def author_slots(parts: list[Any]) -> set[Any]:
    """The boxes of ``parts`` marked as the entry's author: a class word ``author``
    (``ChangelogPost-author-name``, ``vcard author``, ``td-post-author-name``), the
    microdata's ``itemprop=author``, ``rel=author``.  They name who posted the entry:
    an issuer only when the name is a known structure's, never a type."""
    return {el for part in parts for el in part.iter()
            if isinstance(el.tag, str) and (
                class_tokens(el) & _AUTHOR_TOKENS or "author" in (el.get("itemprop") or "").split()
                or "author" in (el.get("rel") or "").split())}


# class words of a box naming the entry's author
_AUTHOR_TOKENS = frozenset({"author", "authors"})


def _bare(url: str) -> str:
    """An address without its scheme, ``www.``, fragment and closing slash."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")
