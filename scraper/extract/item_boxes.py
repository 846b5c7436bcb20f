"""A header or footer box of the page's item, not of the site: its title block, an
entry's header named after it, a data table's column heads, a list entry's part.  A
box whose class calls it a header or footer is page chrome unless it is one of these
(:func:`scraper.extract.structure.is_chrome_element`)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from scraper.extract import urls
from scraper.extract.classes import PAGE_LEVEL, class_tokens, tag

# what a header's class calls the thing it heads when that is the page's item, not the
# site ("page-header", "entry-header", "article-header")
_ITEM_HEADER_TOKENS = frozenset({"page", "entry", "article", "post", "content", "node",
                                 "story"})


def in_item_header(el: Any) -> bool:
    """In a page header above the content (ECL's ``ecl-page-header``, Bootstrap's
    ``page-header``) holding the page's main heading: the item's header (its type
    label, date and lead stand there, ``ecl-page-header__meta``), not site chrome.  A
    site header's ``<h1>`` is its logo, a link home: that header stays chrome."""
    if _entry_header(el) or _title_bar(el) or _lead_header(el) or _permalink_header(el):
        return True
    headline = first_h1(el.getroottree().getroot())
    if headline is None or headline.xpath("ancestor-or-self::a | .//a"):
        return False
    above = set(headline.iterancestors())
    return any(box in above for box in _headers_named(el, _ITEM_HEADER_TOKENS))


# the shortest lead: a sentence of news, longer than a site's name or tagline
_LEAD_CHARS = 100


def _lead_header(el: Any) -> bool:
    """A header box holding the page's headline (its first ``<h1>``, no link) and,
    after it, a paragraph of running text (a lead, a sentence of 100 characters or
    more, not a line of links): the item's header, whatever its class calls it
    (``osce-header``, ``publication-header``).  A site's header holds its name, a
    tagline and menus, never a sentence of news."""
    if "header" not in class_tokens(el):
        return False
    headline = first_h1(el.getroottree().getroot())
    if headline is None or headline.xpath("ancestor-or-self::a[@href] | .//a[@href]") \
            or not any(a is el for a in headline.iterancestors()):
        return False
    after = False
    for node in el.iter():
        if node is headline:
            after = True
        elif after and tag(node) == "p" and _running_text(node):
            return True
    return False


def _permalink_header(el: Any) -> bool:
    """A header box holding the page's headline (its first ``<h1>``) whose links all
    lead to the page's own address (a permalink: ``<h1><a href="/uk/…/828801">`` on
    that page): the item's header, whatever its class calls it.  A site's header
    heading links home, never to the item it stands over."""
    if "header" not in class_tokens(el):
        return False
    headline = first_h1(el.getroottree().getroot())
    if headline is None or not any(a is el for a in headline.iterancestors()):
        return False
    page = el.getroottree().docinfo.URL
    links = headline.xpath("ancestor-or-self::a[@href] | .//a[@href]")
    return bool(page) and bool(links) and all(_same_page(page, a.get("href")) for a in links)


def _same_page(page: str, href: str) -> bool:
    here, there = urls.split(page), urls.split(urls.absolute(page, href))
    if here is None or there is None:
        return False
    return there.netloc.lower().removeprefix("www.") == \
        here.netloc.lower().removeprefix("www.") and \
        there.path.rstrip("/") == here.path.rstrip("/") and bool(here.path.strip("/"))


def _running_text(p: Any) -> bool:
    text = " ".join("".join(p.itertext()).split())
    links = sum(len(" ".join("".join(a.itertext()).split())) for a in p.iter("a"))
    return len(text) >= _LEAD_CHARS and links < len(text) / 2


def _title_bar(el: Any) -> bool:
    """A header box with no link set right before the box holding the page's headline,
    in the same parent: the title bar of the panel the item stands in (PrimeFaces'
    ``ui-panel-titlebar`` over ``ui-panel-content``, a portlet's or a card's header),
    where the item's type label may be printed.  A site's header links somewhere (home,
    a menu), and closes no box of the page's own: under a page-level parent it stays
    chrome."""
    if "header" not in class_tokens(el) or el.xpath("boolean(.//a[@href])"):
        return False
    headline = _own_headline(el)
    if headline is None:
        return False
    after = next((s for s in el.itersiblings() if isinstance(s.tag, str)), None)
    return after is not None and any(a is after for a in headline.iterancestors())


def column_heads(el: Any) -> bool:
    """A table's head (``thead``) or a row of column heads (in a ``thead``, or of ``th``
    cells only): pandoc writes ``<tr class="header">`` over a data table's columns.  It
    heads the table, never the page; a layout table's site header is a row of ``td``."""
    t = tag(el)
    if t in ("thead", "th"):
        return True     # a header cell too (SharePoint's ``th.ms-rteTableHeaderFirstCol``)
    if t != "tr":
        return False
    parent = el.getparent()
    if parent is not None and tag(parent) == "thead":
        return True
    cells = [c for c in el if tag(c) in ("td", "th")]
    if cells and all(tag(c) == "th" for c in cells):
        return True
    return _bold_heads(el, cells)


# inline elements that draw a cell's words bold
_BOLD = frozenset({"b", "strong"})


def _bold_heads(row: Any, cells: list[Any]) -> bool:
    """A row of ``td`` cells each holding a few words set bold and nothing else, over a
    row of as many cells (a CMS grid's ``<tr class="dnnGridHeader"><td><strong>Sesja
    </strong></td>…``): the table's column heads drawn by hand.  A layout table's site
    header shows a logo and links, and its cells are no bold words alone."""
    if len(cells) < 2 or row.xpath("boolean(.//a[@href] | .//img)"):
        return False
    for cell in cells:
        text = " ".join("".join(cell.itertext()).split())
        bold = " ".join("".join(t for b in cell.iter(*_BOLD) for t in b.itertext()).split())
        if not text or bold != text or len(text.split()) > _HEAD_WORDS:
            return False
    after = next((r for r in row.itersiblings() if tag(r) == "tr"), None)
    return after is not None and len([c for c in after if tag(c) in ("td", "th")]) == len(cells)


# the most words of a column's head
_HEAD_WORDS = 6


def heads_last_column(cell: Any) -> bool:
    """``cell`` is the last of a table's first row, a few words in each of its cells and
    no link, over a row of as many cells (``<tr><td>Étape</td><td>Date</td></tr>`` over
    the dates): the head of the column below it.  A label of a table of facts has its
    value to its right, and the last cell of a row has none."""
    row = cell.getparent()
    if row is None or tag(row) != "tr" or any(tag(r) == "tr" for r in row.itersiblings(
            preceding=True)) or row.xpath("boolean(.//a[@href] | .//img)"):
        return False
    cells = [c for c in row if tag(c) in ("td", "th")]
    if len(cells) < 2 or cells[-1] is not cell:
        return False
    if any(not (words := "".join(c.itertext()).split()) or len(words) > _HEAD_WORDS
           for c in cells):
        return False
    after = next((r for r in row.itersiblings() if tag(r) == "tr"), None)
    return after is not None and len([c for c in after if tag(c) in ("td", "th")]) == len(cells)


# the headings a section's heading box may hold (an ``<h1>`` heads the page: its box is
# the title block or the site's header, told apart by :func:`title_block`)
_SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def section_head(el: Any) -> bool:
    """A header box holding one subhead and nothing else, no link, no picture, set over
    the section it heads (TYPO3's ``<div class="csc-header"><h2>…</h2></div>`` over a
    content element's list): the section's heading, never the site's header, which
    links somewhere (home, a menu) and shows a logo."""
    if "header" not in class_tokens(el) or (el.text or "").strip() or \
            el.xpath("boolean(.//a[@href] | .//img)"):
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 1 or tag(children[0]) not in _SUBHEADS or \
            (children[0].tail or "").strip() or \
            not "".join(children[0].itertext()).strip():
        return False
    after = next((s for s in el.itersiblings() if isinstance(s.tag, str)), None)
    return after is not None and bool("".join(after.itertext()).strip())


def title_block(el: Any) -> bool:
    """A ``<header>`` holding the page's headline (its first ``<h1>``, no link) and no
    link at all: the item's title block (pandoc's ``header#title-block-header`` with
    the title, subtitle, author and date lines), not the site's header, which always
    links somewhere (home, a menu)."""
    if tag(el) != "header" or el.xpath("boolean(.//a[@href])"):
        return False
    headline = first_h1(el.getroottree().getroot())
    return headline is not None and any(a is el for a in headline.iterancestors()) \
        and bool("".join(headline.itertext()).strip())


# a header's class naming an item of content itself ("itemHeader", "entry-header"), never
# the site's: its headline may be an <h2> under the site logo's <h1> (Joomla K2)
_ENTRY_HEADER_TOKENS = frozenset({"entry", "article", "post", "node", "story", "item"})


def _entry_header(el: Any) -> bool:
    box = next(_headers_named(el, _ENTRY_HEADER_TOKENS), None)
    if box is not None and any(not h.xpath("ancestor-or-self::a | .//a")
                               and "".join(h.itertext()).strip()
                               for h in box.iter("h1", "h2", "h3")):
        return True
    return _header_of_entry(el)


def _header_of_entry(el: Any) -> bool:
    """A plain ``header`` box that an entry's box holds, one wrapper between at most
    (LiveJournal's S2 layouts: ``div.entry > div.inner > div.header`` with the entry's
    ``<h3 class="entry-title">`` and its date): the entry's header, named by its
    parent, not the site's.  Its heading may link to the entry's own page (a
    permalink), which a site header's logo heading never is inside an entry."""
    tokens = class_tokens(el)
    if "header" not in tokens or tokens & {"site", "page", "masthead"}:
        return False
    for anc in list(el.iterancestors())[:2]:
        if tag(anc) in PAGE_LEVEL:
            return False
        anc_tokens = class_tokens(anc)
        # a package's plural name (bitweaver's ``div.display.articles``) names the item
        # only around the page's headline: a list's box would hold its entries' titles
        plural = {t.removesuffix("s") for t in anc_tokens} & _ENTRY_HEADER_TOKENS \
            and _holds_headline(el)
        if (anc_tokens & _ENTRY_HEADER_TOKENS or plural) \
                and not anc_tokens & {"header", "list", "wrapper"}:
            return any("".join(h.itertext()).strip() for h in el.iter("h1", "h2", "h3"))
    return False


def _holds_headline(el: Any) -> bool:
    """The box holds the page's first ``<h1>``, with words and no link."""
    headline = first_h1(el.getroottree().getroot())
    return headline is not None and any(a is el for a in headline.iterancestors()) \
        and not headline.xpath("ancestor-or-self::a | .//a") \
        and bool("".join(headline.itertext()).strip())


def _headers_named(el: Any, names: frozenset[str]) -> Iterator[Any]:
    """The element and its ancestors whose class calls them a header of one of
    ``names`` ("entry-header", "page-header"), never the site's, innermost first."""
    for box in [el, *el.iterancestors()]:
        tokens = class_tokens(box)
        if "header" in tokens and tokens & names and "site" not in tokens:
            yield box


def repeated(el: Any) -> bool:
    """Its class is worn by three or more elements: a part of every entry of a list
    (Movable Type's ``asset-header``, a card's footer), not the page's one header."""
    return _class_counts(el.getroottree().getroot()).get(el.get("class") or "", 0) >= 3


@lru_cache(maxsize=4)
def _class_counts(root: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in root.xpath("//@class"):
        counts[str(value)] = counts.get(str(value), 0) + 1
    return counts


@lru_cache(maxsize=4)
def first_h1(root: Any) -> Any:
    found = root.xpath("(//h1)[1]")
    return found[0] if found else None


# what a footer's class calls the thing it closes when that is an item of content: an
# entry, a post, a wiki's topic (TWiki's and Foswiki's ``patternTopicFooter``, where the
# topic's form of labelled facts and its attachments stand)
_ITEM_FOOTER_TOKENS = _ENTRY_HEADER_TOKENS | {"topic"}


def item_footer(el: Any) -> bool:
    """A footer box named after the item (``entry-footer``, ``topicFooter``) set right
    after the box holding the page's headline, in the same parent: the item's footer
    (its labels, tags, attachments), not the site's, which closes the page's wrapper."""
    tokens = class_tokens(el)
    if "footer" not in tokens or not tokens & _ITEM_FOOTER_TOKENS or tokens & {"site",
                                                                             "page"}:
        return False
    headline = _own_headline(el)
    if headline is None:
        return False
    before = next((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    return before is not None and any(a is before for a in headline.iterancestors())


def _own_headline(el: Any) -> Any:
    """The page's headline (its first ``<h1>``) when ``el`` stands in a box of the
    page's own (not right under the page-level wrapper) and the headline links nowhere;
    else None.  A headline that links elsewhere is a logo's; a named anchor in it
    (TWiki's ``<h1><a name="…"></a> Title</h1>``) is no link."""
    parent = el.getparent()
    headline = first_h1(el.getroottree().getroot())
    if parent is None or tag(parent) in PAGE_LEVEL or headline is None \
            or headline.xpath("ancestor-or-self::a[@href] | .//a[@href]"):
        return None
    return headline
