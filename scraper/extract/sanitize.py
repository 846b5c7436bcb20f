"""The body region's HTML made safe to keep: the optional ``body_html`` field.

Records carry text; only ``-s BODY_HTML=1`` (or :func:`body_html` called directly) adds
the body's markup, and then only through an allowlist sanitizer.  nh3 binds ammonia,
the Rust sanitizer built on a browser-grade HTML parser (html5ever): it keeps the
elements and attributes named below and drops everything else, scripts and styles
with their content, event handlers, ``style`` attributes, comments, and URLs in any
scheme but http, https and mailto (``javascript:``, ``data:``, ``vbscript:``).  SVG
and MathML are not on the list, which keeps ammonia's namespace-confusion advisories
(RUSTSEC-2026-0193, -0213) out of reach as well.  lxml_html_clean, the other choice
at hand, works from a blocklist, and lxml's own maintainers split it out of lxml for
its record of bypasses.
"""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING, Any

import nh3
from lxml import html as lxml_html

from scraper.extract.visible import hidden_kind

if TYPE_CHECKING:
    from scraper.extract.pages.news import NewsPage

# text structure only: headings, paragraphs, lists, quotes, tables, links, emphasis
ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "div", "dl",
    "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "li", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# removed with everything inside them (other unknown elements lose only their tags); a
# control's caption ("Copy link", "Expand") is no text of the body, as in the body field
# (scraper.extract.blocks)
DROPPED_WITH_CONTENT = frozenset({"script", "style", "noscript", "template", "iframe",
                                  "object", "embed", "svg", "math", "select", "textarea",
                                  "button"})


def sanitize(markup: str) -> str:
    """``markup`` with only the allowed elements, attributes and URL schemes left."""
    cleaned: str = nh3.clean(markup, tags=set(ALLOWED_TAGS),
                             clean_content_tags=set(DROPPED_WITH_CONTENT),
                             attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
                             url_schemes=set(URL_SCHEMES), strip_comments=True,
                             link_rel="noopener noreferrer nofollow")
    return cleaned.strip()


def body_html(page: NewsPage) -> str | None:
    """The page's body region as sanitized HTML, links absolute; None without a body."""
    parts = []
    for el in page.body_elements():
        block = deepcopy(el)      # the page's own tree stays as it was
        block.tail = None
        _drop_hidden(block)
        for a in block.iter("a"):
            href = a.get("href")
            if href is not None:
                absolute = page.doc.absolute(href)
                if absolute:
                    a.set("href", absolute)
                else:
                    del a.attrib["href"]
        parts.append(lxml_html.tostring(block, encoding="unicode"))
    return sanitize("\n".join(parts)) or None


def _drop_hidden(block: Any) -> None:
    """Take out of ``block`` what no reader sees, as the body field leaves it out
    (:mod:`scraper.extract.visible`: a heading's hover-only permalink glyph, text for
    screen readers only, hidden and not-rendered parts), the text after each kept."""
    for el in [d for d in block.iterdescendants() if hidden_kind(d)]:
        parent = el.getparent()
        if parent is None:
            continue          # inside a part already taken out
        if el.tail:
            before = el.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
