"""The band of link columns right over the page's footer: the footer's site map.

Many themes set the site map in a region of its own (``section#bottom``: titled link
lists side by side) after the page's content and right before the ``<footer>`` that
holds only the copyright line.  A reader sees the two as one footer; the columns'
links are footer links, as they would be inside the ``<footer>`` element.

A band is a box (not a sidebar) that

- stands after the page's main content (its ``<main>`` / ``role="main"``) and holds
  none of it, nor is a sidebar (``<aside>``, ``role="complementary"``, a box named
  ``sidebar`` that its footer's name does not also name);
- holds two link lists or more, side by side (columns);
- is followed right away by the footer: a ``<footer>`` / ``role="contentinfo"``, or
  the short box of the copyright line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scraper.extract.pages.common import is_under
from scraper.extract.pages.navigation.hints import FOOTER_WORDS, is_footer
from scraper.extract.pages.navigation.layout import COPYRIGHT
from scraper.extract.structure import class_tokens, tag

# a band holds so many link lists (its columns) at least
BAND_MIN_LISTS = 2
# a box of the copyright line says little more than it
COPYRIGHT_LINE_WORDS = 40
# what stands between boxes without being one (scripts, rules)
_NOT_BLOCKS = frozenset({"script", "style", "noscript", "template", "link", "meta", "hr",
                         "br"})
# class or id words naming a sidebar: a column set beside the text (floated by the
# style sheet), which a page without a ``<main>`` may write after the text, right
# before the footer (Digital Commons' ``div#sidebar`` of headed menu groups)
SIDEBAR_WORDS = frozenset({"sidebar", "sidenav"})
# a paragraph of running text says so many words at least
TEXT_PARAGRAPH_WORDS = 25
_OUTSIDE_TEXT = ("ancestor::*[self::header or self::nav or self::aside or self::footer"
                 " or @role='banner' or @role='navigation' or @role='complementary'"
                 " or @role='contentinfo']")
_CONTENT = "descendant-or-self::*[self::main or self::h1 or self::article or @role='main']"


def footer_band(el: Any, text: Callable[[Any], str], order: dict[Any, int]) -> Any | None:
    """The band over the footer that ``el`` stands in (``el`` itself or a box around
    it), else None; ``text`` gives a block's words, ``order`` the elements' places."""
    content = _main_content(el)
    if content is None or any(tag(x) == "aside" or (x.get("role") or "").lower()
                              == "complementary" for x in [el, *el.iterancestors()]):
        return None
    for box in [el, *el.iterancestors()]:
        if tag(box) in ("body", "html") or is_under(content, box) or box is content \
                or _named_sidebar(box):
            return None
        after = _next_block(box)
        if after is None or not _is_footer_box(after, text):
            continue
        if order.get(box, 0) > order.get(content, 0) and not box.xpath(_CONTENT) \
                and not _beside(box, content) \
                and _link_lists(box) >= BAND_MIN_LISTS:
            return box
        return None
    return None


def bands_before_footers(root: Any, text: Callable[[Any], str],
                         order: dict[Any, int]) -> list[Any]:
    """The bands of the page (see :func:`footer_band`), each right before a footer."""
    found: list[Any] = []
    for lst in root.iter("ul", "ol"):
        if any(lst is b or is_under(lst, b) for b in found):
            continue
        band = footer_band(lst, text, order)
        if band is not None:
            found.append(band)
    return found


def _named_sidebar(box: Any) -> bool:
    """A box its class or id names a sidebar; not a footer's widget area, which
    WordPress themes name so too (``footer-sidebar``)."""
    words = class_tokens(box)
    return bool(words & SIDEBAR_WORDS) and not words & FOOTER_WORDS


def _main_content(el: Any) -> Any | None:
    """The page's main content box, as the page names it (``<main>``, ``role="main"``).
    A page naming none gives no band: its first headline may be the header's logo,
    and a sidebar set after the content, right before the footer, holds the side menu
    (a floated ``div#sidebar`` of titled link lists is no footer)."""
    root = el.getroottree().getroot()
    found = root.xpath("(//main | //*[@role='main'])[1]")
    if found:
        return found[0]
    return _text_column(root)


def _text_column(root: Any) -> Any | None:
    """The column of the page's text when it names no main content: the box of its
    first paragraph of running text outside the header, menus, sidebars and footer,
    widened to the boxes that hold nothing else.  The boxes beside that column are its
    sidebars, no band (:func:`_beside`)."""
    for para in root.iter("p"):
        words = " ".join(para.itertext()).split()
        if len(words) >= TEXT_PARAGRAPH_WORDS and not para.xpath(_OUTSIDE_TEXT):
            column = para.getparent()
            while column.getparent() is not None and len(_blocks(column.getparent())) == 1:
                column = column.getparent()
            return column
    return None


def _blocks(box: Any) -> list[Any]:
    """The element children of ``box`` (scripts and rules aside)."""
    return [x for x in box if isinstance(x.tag, str) and tag(x) not in _NOT_BLOCKS]


def _beside(box: Any, content: Any) -> bool:
    """Whether ``box`` stands beside the text column found by :func:`_text_column`
    (its sibling: a sidebar floated next to the text, as ``div#content`` and
    ``div#sidebar`` are)."""
    return tag(content) != "main" and content.get("role") != "main" \
        and box.getparent() is content.getparent()


def _next_block(box: Any) -> Any | None:
    """The element right after ``box`` (scripts and rules aside)."""
    return next((x for x in box.itersiblings() if isinstance(x.tag, str)
                 and tag(x) not in _NOT_BLOCKS), None)


def _is_footer_box(box: Any, text: Callable[[Any], str]) -> bool:
    """The page's footer: its landmark, or the short box of the copyright line."""
    if is_footer(box):
        return True
    words = text(box)
    return bool(COPYRIGHT.search(words)) and len(words.split()) <= COPYRIGHT_LINE_WORDS


def _link_lists(box: Any) -> int:
    """How many outermost lists of links ``box`` holds."""
    return len(box.xpath(".//*[self::ul or self::ol][not(ancestor::ul or ancestor::ol)]"
                         "[.//a[@href]]"))
