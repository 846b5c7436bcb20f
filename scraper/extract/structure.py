"""Structural facts about elements: block or inline, page chrome, widgets.

Class and id names are only hints here (the real markup is unknown); tags and ARIA
roles come first.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from scraper.extract.classes import PAGE_LEVEL, TOKEN_SPLIT, class_tokens, tag
from scraper.extract.figures import is_figure_box, is_placed_caption
from scraper.extract.item_boxes import (
    column_heads,
    first_h1,
    in_item_header,
    item_footer,
    repeated,
    section_head,
    title_block,
)

# the one model of visible text, re-exported for the page objects
from scraper.extract.named_boxes import named_widget
from scraper.extract.signup_boxes import is_signup_box
from scraper.extract.visible import is_hidden as is_hidden

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "thead", "tfoot", "tr", "td", "th", "ul", "caption", "center", "summary", "body", "html",
})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# page furniture that never holds the item: the site's menus, breadcrumbs, banners
CHROME_TOKENS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "megamenu", "mainmenu", "breadcrumb",
    "breadcrumbs", "crumbs", "crumbtrail", "cookie", "cookies", "consent", "gdpr", "offcanvas",
    "toolbar", "languageswitcher", "langswitcher", "pager", "pagination",
})
# furniture that may sit inside the article but is not its text
WIDGET_TOKENS = frozenset({
    "share", "sharing", "sharethis", "addthis", "social", "socials", "related", "relatedposts",
    "caption", "credit", "credits", "figcaption", "newsletter", "subscribe", "subscription",
    "print", "advert", "advertisement", "ad", "ads", "promo", "banner", "tags",
    "comments", "comment", "rating", "popup", "modal", "tooltip", "gallery", "carousel",
    "slideshow", "slider", "sidebar", "aside", "more", "readmore", "most",
    "mostread", "popular", "latest", "download", "downloads", "back", "toplink", "feedback",
    "foto", "didascalia", "legende", "leyenda", "legenda", "podpis", "подпись",
    "icon", "icons", "photo", "image", "img", "lightbox",
    # a video or audio player set between the paragraphs (a newsroom CMS's
    # ``copytext__video`` box, ``ts-mediaplayer``): like a photo, its caption and
    # credit ("…, 11.09.2023 Video: OSZE") are the clip's, no text
    "video", "videos", "audio", "mediaplayer", "videoplayer", "audioplayer",
    # a table of contents inside the text (Easy TOC's ``ez-toc-container``, Soledad's
    # ``penci-toc-container``): its title and its links repeat the headings, no text
    "toc", "tableofcontents",
})
# words that say how a list's bullets are drawn (Avada's ``fusion-checklist type-icons``),
# not that the list is a row of icons (a share row): a list of sentences so drawn is text
BULLET_TOKENS = frozenset({"icon", "icons"})
# the fewest words of a list item that is a sentence
_SENTENCE_WORDS = 4
CHROME_ROLES = frozenset({"navigation", "menu", "menubar", "banner", "contentinfo", "search"})


def is_block(el: Any) -> bool:
    """Block-level: the HTML block tags, and custom elements (``<osce-lede>``), which
    sites style as blocks, unless one stands in a run of text (a web component's link
    inside a paragraph: ``<p>… for download: <gcds-link>…</gcds-link> (PDF).</p>``)."""
    t = tag(el)
    if t in BLOCK_TAGS:
        return True
    return "-" in t and not _in_text_run(el)


# elements whose content is a run of text: what stands in them flows in their line
_PHRASING_PARENTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "em",
                               "strong", "b", "i", "small", "label", "q", "cite"})


def _in_text_run(el: Any) -> bool:
    parent = el.getparent()
    if parent is not None and tag(parent) in _PHRASING_PARENTS:
        return True
    return bool((el.tail or "").strip())


def _inside_content(el: Any) -> bool:
    for anc in el.iterancestors():
        if tag(anc) in ("article", "main") or (anc.get("role") or "").lower() == "main":
            return True
    return False


# the words naming a table of contents
_TOC_TOKENS = frozenset({"toc", "tableofcontents"})


def _anchored_heading(el: Any) -> bool:
    """A heading with a link to itself (Wiki.js's ``<h2 class="toc-header" id="x"><a
    href="#x" class="toc-anchor">``): a section of the text the contents list links
    to, neither the contents list's title nor a site header, whatever its class says."""
    ident = el.get("id")
    return tag(el) in HEADINGS and bool(ident) and any(
        (a.get("href") or "") == f"#{ident}" for a in el.iter("a"))


def is_chrome_element(el: Any) -> bool:
    """This element itself is page chrome (menu, breadcrumb, site header/footer…)."""
    t = tag(el)
    if t in PAGE_LEVEL:
        return False   # their classes describe the page ("one-sidebar"), not a part
    if t == "nav":
        return True
    role = (el.get("role") or "").lower()
    if role in CHROME_ROLES:
        return True
    tokens = class_tokens(el)
    if tokens & {"header", "toc"} and _anchored_heading(el):
        return False
    if tokens & CHROME_TOKENS:
        return not holds_main_text(el) and not _holds_main_landmark(el)
    if "skip" in tokens and _skip_links(el):
        return True
    if t in ("header", "footer") or _titled_page_band(el):
        return not _inside_content(el) and not title_block(el)
    if tokens & {"header", "footer", "masthead", "topbar"}:
        if column_heads(el) or section_head(el):
            return False
        return not _inside_content(el) and not holds_main_text(el) and not repeated(el) \
            and not in_item_header(el) and not item_footer(el)
    return False


def _holds_main_landmark(el: Any) -> bool:
    """``el`` wraps the page's main landmark (``<main>``, ``role="main"``): a layout box
    around the content (Bootstrap 3's off-canvas row, ``row-offcanvas``, sliding the
    text aside to show a drawer), no menu or drawer itself, whatever its class says."""
    return bool(el.xpath(".//main[1] | .//*[@role='main'][1]"))


def _titled_page_band(el: Any) -> bool:
    """A box whose title names it the page's header or footer (``<div title="footer">``:
    the running header and footer of a document as a word processor exports it to HTML,
    LibreOffice's and OpenOffice's way), what a ``<header>`` or ``<footer>`` is."""
    return tag(el) == "div" and (el.get("title") or "").strip().lower() in ("header", "footer")


def _skip_links(el: Any) -> bool:
    """A skip link or a box of them ("Skip to content"): every link in it leads to a
    place on the page.  The class word alone says less: a layout tool's modifier
    names a step it skips (Sitevision's ``sv-skip-spacer`` on a portlet of the text)."""
    links = [el] if tag(el) == "a" else el.xpath(".//a[@href]")
    return bool(links) and all("#" in (a.get("href") or "") for a in links)


def holds_main_text(el: Any) -> bool:
    """Three or more long paragraphs, or as much text standing directly in it (a print
    view's runs of text between ``<br>``s) or in one ``<pre>`` (a legacy text page):
    an article, whatever its class names say."""
    if el.xpath("count(.//p[string-length(normalize-space()) > 100]) >= 3 or "
                ".//pre[string-length(normalize-space()) > 300]"):
        return True
    return sum(len(t.strip()) for t in el.xpath("./text()")) > 200


def holds_text_run(el: Any, least: int = 200) -> bool:
    """An element at or below ``el`` holds ``least`` characters of text standing
    directly in it (its own text and its children's tails: a BB-code post's runs
    between ``<br>``s), not in paragraphs of their own."""
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        own = len((node.text or "").strip()) + sum(len((c.tail or "").strip()) for c in node)
        if own > least:
            return True
    return False


def _bare_classes(el: Any) -> frozenset[str]:
    """The element's class names that are one word each (``share``, not ``share-row``)."""
    return frozenset(c.lower() for c in (el.get("class") or "").split()
                     if len(TOKEN_SPLIT.split(c)) == 1)


@lru_cache(maxsize=4)
def _namespaces(root: Any) -> frozenset[str]:
    """First words shared by many class names of a page (``print-title``, ``print-teaser``…),
    and the words after one that every name it starts goes on with (Nuked-Klan's
    ``nk_print``, ``nk_print_title``, ``nk_print_text``: the namespace is ``nk_print``).

    Such a word names a template's namespace, not a widget.
    """
    names: dict[str, list[list[str]]] = {}
    for name in set(" ".join(str(c) for c in root.xpath("//@class")).lower().split()):
        parts = TOKEN_SPLIT.split(name)
        if len(parts) > 1 and parts[0]:
            names.setdefault(parts[0], []).append(parts[1:])
    words: set[str] = set()
    for first, rests in names.items():
        if len(rests) < _NAMESPACE_NAMES:
            continue
        words.add(first)
        for column in zip(*rests, strict=False):
            if len(set(column)) > 1:
                break
            words.add(column[0])
    return frozenset(words)


# the fewest class names a word starts for it to name a template's namespace
_NAMESPACE_NAMES = 4


def in_navigation(el: Any) -> bool:
    """Inside a menu, a breadcrumb or a cookie banner (not merely the site header)."""
    for node in [el, *el.iterancestors()]:
        t = tag(node)
        if t in PAGE_LEVEL:
            return False
        if t == "nav" or (node.get("role") or "").lower() in ("navigation", "menu", "menubar",
                                                               "search"):
            return True
        if class_tokens(node) & CHROME_TOKENS and not holds_main_text(node):
            return True
    return False


def in_chrome(el: Any, stop: Any = None) -> bool:
    node = el
    while node is not None and node is not stop:
        if isinstance(node.tag, str) and is_chrome_element(node):
            return True
        node = node.getparent()
    return False


def is_widget(el: Any) -> bool:
    """Not article text: asides, figures, forms, share/related/caption blocks."""
    t = tag(el)
    if t in PAGE_LEVEL:
        return False
    if t == "form":
        # a search box or a newsletter; but ASP.NET wraps whole pages in one form (it
        # holds the page's headline, or its text), and a forum wraps a topic's posts in
        # its moderation form (SMF's ``quickModForm``), a post's text standing in its box
        # between ``<br>``s
        return not (el.xpath("boolean(.//h1)") or holds_main_text(el)
                    or holds_text_run(el))
    if is_signup_box(el):
        return True     # a newsletter's invitation beside its form (:mod:`.signup_boxes`)
    if t == "figure" and el.xpath(".//table | .//blockquote"):
        return False    # a data table or a pull quote: article text (its caption is not)
    if t == "aside" and is_pull_quote_aside(el):
        return False    # a pull quote set between the paragraphs: article text
    # a data table's <caption> is its label, as a picture's <figcaption> is: a caption,
    # not article text (the table's rows are)
    if t in ("aside", "figure", "figcaption", "caption", "button", "nav", "img", "picture",
             "input", "label", "dialog", "menu", "map"):
        return True
    if is_hidden(el) or is_chrome_element(el):
        return True
    if is_figure_box(el) or is_placed_caption(el):
        return True     # a picture and its caption in a plain box (:mod:`.figures`)
    role = (el.get("role") or "").lower()
    if role in ("complementary", "dialog", "alertdialog", "button", "toolbar"):
        return True
    if named_widget(el):
        return True     # named "Related topics" for screen readers only: a side box
    hints = class_tokens(el) & WIDGET_TOKENS
    if hints:
        # a word that prefixes many class names is a template's namespace, unless the
        # element's class is that word alone: a bare ``share`` names the widget, and
        # the namespace is then its parts' (``share-row`` > ``share-x``, ``share-fb``)
        hints -= _namespaces(el.getroottree().getroot()) - _bare_classes(el)
    # a hero "banner" or "promo" box holding the page's headline (with its type label and
    # lead) is the item's header, whatever its class says, and so are its parts named
    # after it (``ct-banner__summary``)
    if hints and hints <= BULLET_TOKENS and _list_of_sentences(el):
        return False
    if hints and hints <= _TOC_TOKENS and _anchored_heading(el):
        return False
    if hints and hints <= _CONTINUATION_TOKENS and _continues_text(el):
        return False
    return bool(hints) and not holds_main_text(el) and not _in_headline_box(el, hints)


# the word of a blog entry's part after the jump (Movable Type's and TypePad's ``<div
# id="more" class="entry-more">``, what "Continue reading" opens): a box of "More news"
# links, or the entry's own text going on
_CONTINUATION_TOKENS = frozenset({"more"})
# a block of prose: this long at least, under this share of it linked
_PROSE_CHARS = 80
_PROSE_LINKED = 0.3
_CONTINUATION_BLOCKS = 2


def _continues_text(el: Any) -> bool:
    """A "more" box that goes on with the text: two blocks of prose at least
    (paragraphs, list items, quotes), and no heading linking elsewhere (a box of
    other items' teasers heads each with its linked title)."""
    if el.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 "
                "or self::h6][.//a[@href]]"):
        return False
    prose = 0
    for block in el.xpath(".//p | .//li | .//blockquote"):
        text = " ".join(" ".join(block.itertext()).split())
        linked = sum(len(" ".join(" ".join(a.itertext()).split())) for a in block.iter("a"))
        if len(text) >= _PROSE_CHARS and linked < _PROSE_LINKED * len(text):
            prose += 1
    return prose >= _CONTINUATION_BLOCKS


# inline markup a pull quote's sentence may hold
_INLINE_MARKUP = frozenset({"b", "strong", "i", "em", "br", "span", "u", "s", "mark", "q",
                            "cite", "small", "sub", "sup"})
# the words of a sentence set as a pull quote
_PULL_QUOTE_WORDS = 6


# the class of a Markdown site generator's note box set between a page's paragraphs
# (VitePress's and VuePress's ``tip custom-block``, Docusaurus's and MkDocs's
# ``admonition``, Asciidoctor's ``admonitionblock``, GitHub's ``markdown-alert``,
# ``callout``): a remark of the page's own, titled "Tip", "Note", "Warning"
_CALLOUT_CLASS = re.compile(r"^(?:custom-block|admonition|admonitionblock|markdown-alert|"
                            r"callout)$", re.I)


def is_callout(el: Any) -> bool:
    """A Markdown generator's note box ("TIP", "NOTE", "HINWEIS"), by its class."""
    return any(_CALLOUT_CLASS.match(c) for c in (el.get("class") or "").split())


def is_pull_quote_aside(el: Any) -> bool:
    """A bare ``<aside>`` (no class, id or role) that holds one sentence and nothing but
    inline markup, standing among the paragraphs of a text (a paragraph beside it, and
    two in its parent): an editor's pull-quote style (Telegraph's second quote button),
    part of the text, not a sidebar."""
    if tag(el) != "aside" or el.get("class") or el.get("id") or el.get("role"):
        return False
    if any(isinstance(c.tag, str) and tag(c) not in _INLINE_MARKUP for c in el.iter()
           if c is not el):
        return False
    if len(" ".join(el.itertext()).split()) < _PULL_QUOTE_WORDS:
        return False
    parent = el.getparent()
    if parent is None or len([c for c in parent if tag(c) == "p"]) < 2:
        return False
    beside = [el.getprevious(), el.getnext()]
    return any(b is not None and tag(b) == "p" for b in beside)


def _list_of_sentences(el: Any) -> bool:
    """A list whose every item is a sentence with no link: text, however it is bulleted
    (a row of icons holds links or a few words)."""
    items = el.xpath("./li") if tag(el) in ("ul", "ol") else []
    return bool(items) and all(
        not li.xpath(".//a") and len(" ".join(li.itertext()).split()) >= _SENTENCE_WORDS
        for li in items)


def _in_headline_box(el: Any, hints: frozenset[str]) -> bool:
    headline = first_h1(el.getroottree().getroot())
    if headline is None:
        return False
    above = list(el.iterancestors())
    for box in [headline, *headline.iterancestors()]:
        if box is el or (hints <= class_tokens(box) and any(a is box for a in above)):
            return True
    return False


# tags whose presence alone makes an element chrome or a widget
_SPECIAL_TAGS = frozenset({"nav", "header", "footer", "aside", "figure", "figcaption", "form",
                           "caption", "button", "img", "picture", "input", "label", "dialog",
                           "menu", "map"})


def classify(el: Any) -> tuple[bool, bool]:
    """(chrome, widget) of one element, with a fast path for plain elements."""
    if not isinstance(el.tag, str):
        return False, False
    if el.tag not in _SPECIAL_TAGS and not (el.get("class") or el.get("id") or el.get("role")
                                            or el.get("hidden") is not None
                                            or el.get("aria-labelledby")
                                            or el.get("aria-hidden") or el.get("style")
                                            or (el.tag == "div" and el.get("title"))):
        return False, is_figure_box(el)
    chrome = is_chrome_element(el)
    return chrome, chrome or is_widget(el)
