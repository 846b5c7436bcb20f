"""A picture and its caption set in a plain box: a figure, whatever the box is called.

``<figure>`` and ``<figcaption>`` say it in markup; many templates say it only by
what a box holds: a picture (an ``<img>`` or ``<picture>``, perhaps inside a link or a
wrapper holding nothing else) and one short line of words beside it
(``<div class="imagine-articol"><img …><p class="legenda">… (Фото: ОБСЄ)</p></div>``).
The line is the picture's caption, not text of the page it stands in.

A page builder that places every box itself (Apple iWeb, Adobe Muse, a site
generator's absolute layout) sets the picture and its caption in two boxes side by
side in the markup: the caption is the short line whose box the page places right
under the picture's, no wider than it.

The picture's credit may stand on a line of its own under the caption (``<p
class="bildunterschrift">…</p><p class="copyright">© OSZE/Micky Kröll</p>``): a line
opening with a copyright sign or a photo word is the credit, and the box is a figure
still.

A card of a listing holds a picture and a title too: its title is a heading or a link,
never a caption, so a box whose line is either is no figure.
"""

from __future__ import annotations

import re
from typing import Any

# boxes that may hold a picture and its caption
_BOXES = frozenset({"div", "span", "p", "section", "center"})
_IMAGES = frozenset({"img", "picture"})
# what wraps a picture and nothing else (a link to the large picture, a frame)
_IMAGE_WRAPPERS = frozenset({"a", "span", "div", "p"})
# elements a caption's line may be
_LINES = frozenset({"p", "span", "div", "small", "em", "i", "cite", "font"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# a caption is a line or two: this many characters at most
CAPTION_CHARS = 300
# the most of a caption's words a link may hold (a credit's link to the photographer)
_CAPTION_LINK_SHARE = 0.5


def _tag(el: Any) -> str:
    return el.tag if isinstance(el.tag, str) else ""


def is_figure_box(el: Any) -> bool:
    """``el`` is a box holding only a picture (perhaps inside a link) and one short line
    of words that is neither a heading nor a link: a figure, its line a caption."""
    if _tag(el) not in _BOXES or (el.text or "").strip() or not 2 <= len(el) <= 4:
        return False
    pictures = 0
    lines: list[Any] = []
    for child in el:
        t = _tag(child)
        if not t:
            continue           # a comment
        if (child.tail or "").strip():
            return False       # words standing in the box itself: text, no caption
        if _only_picture(child):
            pictures += 1
        elif t in _LINES and _words(child):
            lines.append(child)
        elif _words(child):
            return False       # a second kind of content: a heading, a list, a card
        # else an empty spacer (a frame's padding box, a <br>): nothing
    # one line, the caption; or two, the caption and the picture's credit under it
    credits = [x for x in lines if _CREDIT_LINE.match(_words(x))]
    return pictures >= 1 and 1 <= len(lines) <= 2 and len(lines) - len(credits) <= 1 \
        and all(_caption_line(x) for x in lines)


# a picture's credit on a line of its own: a copyright sign, or a photo word and a colon
# ("© OSCE/Jane Doe", "Photo: OSCE", "Фото: ОБСЄ")
_CREDIT_LINE = re.compile(r"^(?:©|\(c\)\s|(?:photo|photos|foto|fotos|фото|image|picture|"
                          r"bild|crédit|credit|credits)\s*[:©])", re.I)


def _only_picture(el: Any) -> bool:
    """A picture, or a wrapper (a link, a frame) holding pictures and no words.  A row
    of pictures each linking somewhere else (a page's PDF, print and e-mail buttons
    beside its date line: Joomla's ``div.buttonheading``) is a row of icon buttons, a
    toolbar, no picture a line could caption."""
    t = _tag(el)
    if t in _IMAGES:
        return True
    targets = {(a.get("href") or "").strip() for a in el.iter("a") if a.get("href")}
    return t in _IMAGE_WRAPPERS and not _words(el) and len(targets) < 2 and any(
        _tag(x) in _IMAGES for x in el.iter())


def _caption_line(el: Any) -> bool:
    """A short line, no heading and not a link (a card's title is one of those)."""
    text = _words(el)
    if len(text) > CAPTION_CHARS or el.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6|"
                                             ".//p//p|.//ul|.//ol|.//table|.//img"):
        return False
    if el.xpath(_BYLINE_MARKS):
        return False    # the author's avatar beside the byline: its writer and date
    linked = sum(len(" ".join(a.itertext()).strip()) for a in el.iter("a"))
    return _tag(el) not in _HEADINGS and linked <= _CAPTION_LINK_SHARE * len(text)


# what marks a line as an item's byline: the date it was published in a ``<time>``, its
# author marked so (``rel="author"``, ``itemprop="author"``); a WordPress theme's author
# box sets the writer's avatar beside it (Zox News's ``mvp-author-info-wrap``)
_BYLINE_MARKS = (".//time | .//*[@rel='author'] | "
                 ".//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]")


def _words(el: Any) -> str:
    return " ".join(" ".join(el.itertext()).split())


# a box's place as its inline style sets it ("position: absolute; left: 360px; top: 494px")
_PLACED = re.compile(r"(?:^|;)\s*position\s*:\s*absolute", re.I)
_GEOMETRY = re.compile(r"(?:^|;)\s*(left|top|width|height)\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)
# how far (px) a caption's box may stand from the picture's bottom and left edges
_PLACED_GAP = 24.0


def _placement(el: Any) -> dict[str, float] | None:
    """left, top, width, height (px) of an absolutely placed box; None when not one."""
    style = el.get("style") or ""
    if not _PLACED.search(style):
        return None
    box = {k.lower(): float(v) for k, v in _GEOMETRY.findall(style)}
    return box if len(box) == 4 else None


def is_placed_caption(el: Any) -> bool:
    """``el`` is a placed box holding one short line, set right under a placed box
    holding only a picture (its left edge at the picture's, its top at the picture's
    bottom, no wider than it): that picture's caption (see above)."""
    box = _placement(el) if _tag(el) in _BOXES else None
    parent = el.getparent()
    if box is None or parent is None or _only_picture(el):
        return False
    text = _words(el)
    if not text or len(text) > CAPTION_CHARS or el.xpath(".//img|.//table|.//ul|.//ol"):
        return False
    for other in parent:
        pic = _placement(other) if other is not el and _tag(other) in _BOXES else None
        if pic is None or not _only_picture(other):
            continue
        bottom = pic["top"] + pic["height"]
        if 0 <= box["top"] - bottom <= _PLACED_GAP and \
                abs(box["left"] - pic["left"]) <= _PLACED_GAP and \
                box["width"] <= pic["width"] + _PLACED_GAP:
            return True
    return False
