"""A picture and its caption set in a plain box: a figure, whatever the box is called.

``<figure>`` and ``<figcaption>`` say it in markup; many templates say it only by
what a box holds: a picture (an ``<img>`` or ``<picture>``, perhaps inside a link or a
wrapper holding nothing else) and one short line of words beside it
(``<div class="imagine-articol"><img …><p class="legenda">… (Фото: ОБСЄ)</p></div>``).
The line is the picture's caption, not text of the page it stands in.

A card of a listing holds a picture and a title too: its title is a heading or a link,
never a caption, so a box whose line is either is no figure.
"""

from __future__ import annotations

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
    pictures = lines = 0
    line = None
    for child in el:
        t = _tag(child)
        if not t:
            continue           # a comment
        if (child.tail or "").strip():
            return False       # words standing in the box itself: text, no caption
        if _only_picture(child):
            pictures += 1
        elif t in _LINES and _words(child):
            lines += 1
            line = child
        elif _words(child):
            return False       # a second kind of content: a heading, a list, a card
        # else an empty spacer (a frame's padding box, a <br>): nothing
    return pictures >= 1 and lines == 1 and line is not None and _caption_line(line)


def _only_picture(el: Any) -> bool:
    """A picture, or a wrapper (a link, a frame) holding pictures and no words."""
    t = _tag(el)
    if t in _IMAGES:
        return True
    return t in _IMAGE_WRAPPERS and not _words(el) and any(
        _tag(x) in _IMAGES for x in el.iter())


def _caption_line(el: Any) -> bool:
    """A short line, no heading and not a link (a card's title is one of those)."""
    text = _words(el)
    if len(text) > CAPTION_CHARS or el.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6|"
                                             ".//p//p|.//ul|.//ol|.//table|.//img"):
        return False
    linked = sum(len(" ".join(a.itertext()).strip()) for a in el.iter("a"))
    return _tag(el) not in _HEADINGS and linked <= _CAPTION_LINK_SHARE * len(text)


def _words(el: Any) -> str:
    return " ".join(" ".join(el.itertext()).split())
