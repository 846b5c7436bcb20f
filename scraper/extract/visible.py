"""What a reader sees: the one model of visible text every field, label, listing and
menu is read through.

Three kinds of markup never reach a value:

- *not rendered*: ``<template>``, ``<noscript>`` (scripts run in every browser that
  matters), a ``<dialog>`` without ``open`` (a modal drawer until a script opens it),
  the ``hidden`` attribute, inline ``display:none`` / ``visibility:hidden``,
  and the "hide this" utility classes of the common frameworks (``d-none``,
  Tailwind's ``hidden``, ``is-hidden``…, a closed ``offcanvas`` drawer), unless a
  responsive class shows the element again at some width (``hidden md:block``,
  ``d-none d-lg-flex``);
- *hidden from assistive technology*: ``aria-hidden="true"`` (icon glyphs such as
  Material Icons' ``calendar_today``, decorative duplicates of a menu), unless the
  labelled element around it says the same words (:func:`mark_names_spoken_above`);
- *screen-reader only*: text a sighted reader never sees (``visually-hidden``,
  ``sr-only``, ``element-invisible``, ``screen-reader-text``, ``show-for-sr``, an
  inline ``clip: rect(0 0 0 0)``…): toggle buttons' "Expand", "(opens in a new
  window)", "Read more about …".

Screen-reader-only text is still the accessible *label* of what follows it (Drupal
writes ``<h2 class="visually-hidden">Fields of work</h2>`` over a visible list), so
the label finder may recognise a label there; it never becomes a value.  Where a
label is only an icon (``<span class="icon-calendar" aria-label="Published">``,
``<img alt="Issued by">``), its accessible name stands for the text it does not show:
:func:`accessible_name`, :func:`label_text`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from lxml import etree

from scraper.extract.text import clean

# elements whose content is never shown as page text
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe",
                       "object", "embed", "canvas", "video", "audio", "select", "option",
                       "textarea", "head", "title", "meta", "link"})

# classes that take an element off the page (display:none / visibility:hidden):
# Bootstrap, Tailwind, Bulma, Foundation, UIkit, Drupal, WordPress, Pure…
_NOT_RENDERED_CLASSES = frozenset({
    "hidden", "d-none", "invisible", "hide", "is-hidden", "is-invisible", "u-hidden",
    "element-hidden", "uk-hidden", "uk-invisible", "js-hide", "display-none",
    "section-metadata",   # Adobe Edge Delivery's section settings, read by its script
    # shown in print only (a print copy of the title and contents: Jupyter Book's
    # ``onlyprint``, Bootstrap 3's ``visible-print``, Foundation's ``show-for-print``)
    "onlyprint", "only-print", "print-only", "printonly", "visible-print",
    "visible-print-block", "visible-print-inline", "visible-print-inline-block",
    "show-for-print",
    # an off-canvas drawer, off the page until a script opens it (Bootstrap 5's
    # ``visibility:hidden``, Jasny Bootstrap's and UIkit's ``display:none``): the
    # small screen's menu drawer, whatever inline hint it lacks
    "offcanvas", "uk-offcanvas",
    # the hiding classes of script frameworks, defined by the framework's own stylesheet
    # (AngularJS injects ``.ng-hide{display:none!important}`` at run time; the others ship
    # theirs with their widgets): a rendered page carrying one shows nothing of the
    # element.  Their "cloak" classes (AngularJS ``ng-cloak``, Vue ``v-cloak``, Alpine
    # ``x-cloak``) are not among them: the framework removes them once the page is up,
    # and the element shows.
    "ng-hide",                                        # AngularJS (ngShow / ngHide)
    "ui-helper-hidden", "ui-screen-hidden",           # jQuery UI, jQuery Mobile
    "x-hidden", "x-hide-display", "x-hide-visibility", "x-hide-offsets",   # Ext JS
    "x-hidden-display", "x-hidden-visibility", "x-hidden-offsets",
    "yui3-hidden",                                    # YUI 3
    "k-hidden",                                       # Kendo UI
    "dx-state-invisible",                             # DevExtreme
    "ion-hide",                                       # Ionic
})
# such a drawer written open (Bootstrap 5 ``show``, Jasny ``in``, UIkit ``uk-open``)
_DRAWER_CLASSES = frozenset({"offcanvas", "uk-offcanvas"})
_OPEN_STATES = frozenset({"show", "showing", "in", "uk-open", "is-open", "open"})
# classes that keep text for screen readers only (the "visually hidden" pattern)
_SCREEN_READER_CLASSES = frozenset({
    "sr-only", "visually-hidden", "visuallyhidden", "element-invisible", "screen-reader-text",
    "screen-reader-only", "screenreader-only", "screenreader", "show-for-sr", "is-sr-only",
    "sr-text", "a11y-hidden", "a11y-only", "assistive-text", "offscreen", "off-screen",
    "hidden-visually", "visually-hidden-focusable", "sr-only-focusable", "element-focusable",
    "hidden-accessible", "hide-text", "u-visually-hidden", "is-visually-hidden",
    "readers-only", "reader-only", "screen-reader", "show-on-focus", "skip-link",
    "hiddenstructure", "hide-accessible",   # Plone's and Liferay's own
    "aural",    # Government Site Builder's (GSB): named after CSS2's aural media
    "sronly",
    "text-assistive",   # Spectre.css's
    "j-508-label",   # Jive's (named after Section 508, the US accessibility rules)
    "clipped",   # eBay's Skin (the Marko components' style sheet)
    "wb-inv",   # the Web Experience Toolkit's (WET-BOEW, GCWeb: Canada.ca and its clones)
    "off-css",   # S3WaaS's (India NIC's WordPress portal product and its government sites)
    # Deque's pattern library (Cauldron 4; Cauldron 5's ``Offscreen`` is "offscreen")
    # and Amazon's; not any "-offscreen": ``menu-offscreen`` is a drawer sliding away
    "dqpl-offscreen", "a-offscreen",
})
# any of them as a state written with "is-" (Clarity's ``is-off-screen`` on an icon's
# hidden title, "is-sr-only", "is-visually-hidden") is one too: see _class_kind
# the same with a design system's prefix: ds-visually-hidden, govuk-visually-hidden,
# usa-sr-only, slds-assistive-text, ui-helper-hidden-accessible, cdk-visually-hidden,
# uk-hidden-visually (UIkit), pf-v5-screen-reader (PatternFly 5), ontario-show-for-sr
# (Ontario Design System, built on Foundation)
_SCREEN_READER_SUFFIXES = ("-visually-hidden", "-hidden-visually", "-sr-only", "-screen-reader",
                           "-screen-reader-text", "-element-invisible", "-visuallyhidden",
                           "-assistive-text", "-hidden-accessible", "-screen-reader-only",
                           "-visually-hidden-focusable", "-sr-only-focusable",
                           "-sronly",    # AU Design System's au-sronly
                           "-show-for-sr")   # Foundation's, prefixed (ontario-show-for-sr)
# the same written with or without a dash between words: veera-screenreader-text,
# fr-sr_only, u-visuallyHidden, and a component's root part: mantine-VisuallyHidden-root
_SQUEEZE = re.compile(r"[-_]")
_SCREEN_READER_SQUEEZED = ("sronly", "visuallyhidden", "hiddenvisually", "screenreader",
                           "screenreadertext", "screenreaderonly", "assistivetext",
                           "hiddenaccessible",
                           "sronlytext")   # Stanford Decanter's su-sr-only-text
# a responsive class showing the element again at some width: "hidden md:block",
# "d-none d-lg-flex", "sr-only md:not-sr-only", "hidden-xs" is not one of ours at all;
# SUIT-style responsive utilities ("u-hidden u-md-block", the Designers Italia Web Toolkit)
_DISPLAYS = (r"(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|flow-root|contents|"
             r"list-item|table|inline-table|table-row|table-cell|table-caption|table-row-group|"
             r"table-header-group|table-footer-group|table-column|table-column-group)")
_SHOWN_AGAIN = re.compile(
    rf"^(?:(?:sm|md|lg|xl|2xl|3xl):(?:{_DISPLAYS}|not-sr-only|visible)"
    rf"|d-(?:sm|md|lg|xl|xxl)-{_DISPLAYS}|not-sr-only"
    r"|u-(?:sm|md|lg|xl)-(?:block|inline|inlineblock|flex|inlineflex))$")
# a BEM modifier naming a part of the element as hidden (Drupal's field wrapper
# ``field--label-visually_hidden``: its label is for screen readers, its items shown)
# says how that part is drawn, not the element: the part carries its own hiding class
_PART_HIDDEN_MODIFIER = re.compile(r"--(?:label|title|heading|caption|legend)[-_]")
# icon fonts drawing a glyph from a word ("event", "chevron_right"): the word is never
# seen, as if the icon were aria-hidden
_LIGATURE_ICON_FONTS = ("material-icons", "material-symbols")
# "hidden" after a framework's namespace in camel case (Foswiki's and TWiki's
# ``foswikiHidden``, ``jsHidden``, ``uHidden``); ``overflowHidden`` clips, hides nothing
_NAMESPACED_HIDDEN = re.compile(r"^(?!overflow)[a-z][a-z0-9]*Hidden$")
# inline styles that hide: display:none, visibility:hidden|collapse
_STYLE_NOT_RENDERED = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|"
                                 r"collapse))\s*(?:!important)?\s*(?:;|$)", re.I)
# the inline "visually hidden" recipe: clipped to nothing, or pushed far off screen
_STYLE_SCREEN_READER = re.compile(
    r"clip\s*:\s*rect\(\s*(?:0|1px)[\s,]+(?:0|1px)|clip-path\s*:\s*inset\(\s*(?:50|100)%|"
    r"(?:left|top|text-indent)\s*:\s*-\d{3,}(?:px|em|rem)", re.I)

NOT_RENDERED = "not-rendered"
ARIA_HIDDEN = "aria-hidden"
SCREEN_READER_ONLY = "screen-reader-only"

# set when the page is parsed on the elements its own stylesheet hides visually or never
# shows (:mod:`scraper.extract.page_styles`)
PAGE_SCREEN_READER_ATTR = "data-osce-screen-reader-only"
PAGE_NOT_RENDERED_ATTR = "data-osce-not-rendered"
# set on the elements the page's own stylesheet hides from a screen width on (``@media
# (min-width: 64em) { .x { display: none } }``): shown on small screens only
PAGE_SMALL_SCREEN_ATTR = "data-osce-small-screen-only"

# Words hidden from assistive technology because an element around them speaks them
# already: a component library puts an item's accessible name on the item
# (``<li role="menuitem" aria-label="Elections">``) and hides its link's words
# (``<a aria-hidden="true" tabindex="-1">Elections</a>``, PrimeVue's menus) lest a
# screen reader say them twice.  The words are still on view; set when the page is parsed.
SPOKEN_ABOVE_ATTR = "data-osce-spoken-above"


def mark_names_spoken_above(root: Any) -> int:
    """Mark the ``aria-hidden`` elements whose words are the ``aria-label`` of the
    nearest labelled element around them (see above); returns how many were marked."""
    marked = 0
    for el in root.xpath("//*[@aria-hidden]"):
        if (el.get("aria-hidden") or "").strip().lower() != "true":
            continue
        owner = next((x for x in el.iterancestors() if x.get("aria-label")), None)
        if owner is None:
            continue
        words = visible_text(el)   # its own aria-hidden aside, its hidden parts left out
        if words and words.casefold() == clean(owner.get("aria-label")).casefold():
            el.set(SPOKEN_ABOVE_ATTR, "")
            marked += 1
    return marked


def is_rendered_slot(el: Any) -> bool:
    """A ``<template>`` a framework renders, not an inert copy: Vue's named slot given to
    a component (``slot="contents"``, ``v-slot:name``, ``#name``) is shown where the
    component puts it (Wiki.js sends its article and menu so)."""
    if el.tag != "template":
        return False
    return any(a == "slot" or a == "v-slot" or a.startswith(("v-slot:", "#"))
               for a in el.attrib)


def hidden_kind(el: Any) -> str | None:
    """How ``el`` (itself, not its ancestors) hides its content from a reader, or None.

    :data:`NOT_RENDERED`, :data:`ARIA_HIDDEN` or :data:`SCREEN_READER_ONLY`.
    """
    t = el.tag
    if not isinstance(t, str):
        return None
    if t == "noscript" or (t == "template" and not is_rendered_slot(el)):
        return NOT_RENDERED
    names = el.keys()
    if t == "dialog" and "open" not in names:
        return NOT_RENDERED   # a closed dialog is not rendered until a script opens it
    if not names:
        return None   # no attribute: nothing below can hide it
    # hidden="until-found" is collapsed content a reader finds and opens (an accordion)
    if "hidden" in names and el.get("hidden").strip().lower() != "until-found":
        return NOT_RENDERED
    if "aria-hidden" in names and el.get("aria-hidden").strip().lower() == "true" \
            and SPOKEN_ABOVE_ATTR not in names and not _is_separator_glyph(el):
        return ARIA_HIDDEN
    if t == "a" and _is_permalink_glyph(el):
        return ARIA_HIDDEN
    if PAGE_SCREEN_READER_ATTR in names:
        return SCREEN_READER_ONLY
    if PAGE_NOT_RENDERED_ATTR in names:
        return NOT_RENDERED
    # an attribute asked of libxml2 only when the element has it (most have no style)
    classes = el.get("class") if "class" in names else None
    if classes:
        kind = _class_kind(classes)
        if kind:
            return kind
    style = el.get("style") if "style" in names else None
    if style:
        if _STYLE_NOT_RENDERED.search(style):
            return NOT_RENDERED
        if _STYLE_SCREEN_READER.search(style):
            return SCREEN_READER_ONLY
    return None


# the glyph of a heading's permalink (Sphinx's and Python-Markdown's ``<a
# class="headerlink" href="#id">¶</a>``, shown on hover): an icon, no word of the heading
_PERMALINK_GLYPHS = frozenset({"#", "¶", "§", "🔗", "⚓", "∞"})


# the dots and bars a line of facts is parted by ("<time>…</time> <span
# aria-hidden=true>·</span> Mission"): hidden from screen readers lest they read them
# out, still on view, so the facts stay parted for a reader
_SEPARATOR_GLYPHS = frozenset("|·•")


def _is_separator_glyph(el: Any) -> bool:
    """``el`` shows nothing but one separator glyph (no child element)."""
    return len(el) == 0 and (el.text or "").strip() in _SEPARATOR_GLYPHS \
        and bool((el.text or "").strip())


def _is_permalink_glyph(el: Any) -> bool:
    """``el`` (an ``<a>``) links to an anchor of this page by a permalink glyph alone."""
    return (el.get("href") or "").startswith("#") and len(el) == 0 \
        and (el.text or "").strip() in _PERMALINK_GLYPHS


@lru_cache(maxsize=8192)
def _class_kind(classes: str) -> str | None:
    names = classes.lower().split()
    if any(_SHOWN_AGAIN.match(name) for name in names):
        return None
    if any(_NAMESPACED_HIDDEN.match(name) for name in classes.split()):
        return NOT_RENDERED
    for name in names:
        if name in _NOT_RENDERED_CLASSES and not (
                name in _DRAWER_CLASSES and _OPEN_STATES.intersection(names)):
            return NOT_RENDERED
        if _PART_HIDDEN_MODIFIER.search(name):
            continue
        if name.removeprefix("is-") in _SCREEN_READER_CLASSES \
                or name.endswith(_SCREEN_READER_SUFFIXES) \
                or _SQUEEZE.sub("", name).removesuffix("root").endswith(
                    _SCREEN_READER_SQUEEZED):
            return SCREEN_READER_ONLY
        if name.startswith(_LIGATURE_ICON_FONTS):
            return ARIA_HIDDEN
    return None


def is_hidden(el: Any) -> bool:
    """A sighted reader does not see ``el``'s text (any of the three kinds)."""
    return hidden_kind(el) is not None


def is_screen_reader_only(el: Any) -> bool:
    return hidden_kind(el) == SCREEN_READER_ONLY


def hidden_ancestor(el: Any, stop: Any = None) -> str | None:
    """The kind of hiding of ``el`` or its nearest hiding ancestor (up to ``stop``)."""
    node = el
    while node is not None and node is not stop:
        kind = hidden_kind(node)
        if kind:
            return kind
        node = node.getparent()
    return None


def tokens(el: Any, skip: Callable[[Any], bool] | None = None) -> Iterator[tuple[str, Any]]:
    """Linearise ``el``: ``("open", element)``, ``("text", str)``, ``("close", element)``.

    Scripts, styles, comments, hidden subtrees (below ``el``; whether ``el`` itself is
    shown is the caller's question) and any subtree ``skip`` rejects give nothing but
    their tail text.  Iterative, so 10,000 nested elements do not exhaust the stack.
    """
    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    skipped: set[Any] = set()
    for event, node in walker:
        if event == "start":
            if not isinstance(node.tag, str) or node.tag.lower() in SKIP_TAGS or (
                    node is not el and (hidden_kind(node) is not None
                                        or (skip is not None and skip(node)))):
                walker.skip_subtree()
                skipped.add(node)
                continue
            yield "open", node
            if node.text:
                yield "text", node.text
        elif event == "end":
            if node in skipped:
                skipped.discard(node)
            else:
                yield "close", node
            if node is not el and node.tail:
                yield "text", node.tail
        elif node.tail:   # a comment or processing instruction: its tail text alone
            yield "text", node.tail


def iter_text(el: Any, skip: Callable[[Any], bool] | None = None) -> Iterator[str]:
    """The visible text of ``el`` in document order."""
    for kind, value in tokens(el, skip):
        if kind == "text":
            yield value


# phrasing elements: inside a word their edges add no space (``d'<b>observation</b>``,
# ``électorale</span>s`` in a search page's highlights are one word)
_PHRASING = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var",
})


def visible_text(el: Any) -> str:
    """What a sighted reader sees of ``el`` (one cleaned line).  A phrasing element's
    edge adds no space, as in a browser (``50<sup>e</sup>``, ``wybory</mark>:``,
    ``cross-<mark>border``); a block's does, and so do two elements side by side
    (``<a>A</a><a>B</a>``: pills a theme spaces with CSS)."""
    pieces: list[str] = []
    edge = ""      # since the last text: "" none, "word" a phrasing edge, " " a break
    last = ""
    for kind, value in tokens(el):
        if kind == "text":
            if edge == " " and pieces:
                pieces.append(" ")
            pieces.append(value)
            edge = ""
        elif value.tag not in _PHRASING or (kind == "open" and last == "close"):
            edge = " "
        elif not edge:
            edge = "word"
        last = kind
    return clean("".join(pieces))


def accessible_name(el: Any, *, tooltip: bool = True) -> str:
    """The name assistive technology gives ``el`` when it shows no text: ``aria-label``,
    ``aria-labelledby``, ``alt`` of an image, an SVG's ``<title>``, the first of these
    found on ``el`` or an icon inside it; only then a ``title``.  A ``title`` is a
    tooltip, the last resort of the accessible-name computation (WAI accname 2I): an
    icon link ``<a title="OSCE home"><img alt="Home"></a>`` is named "Home" by its
    image.  "" when none, and "" for an element hidden from assistive technology
    (``aria-hidden``).  ``tooltip=False`` leaves the ``title`` out, for a caller that
    reads the element's contents (its screen-reader words) before it."""
    titles: list[str] = []
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        kind = hidden_kind(node)
        if kind in (NOT_RENDERED, ARIA_HIDDEN):
            if node is el:
                return ""
            continue
        name = clean(node.get("aria-label"))
        if not name and node.get("aria-labelledby"):
            name = _labelled_by(node)
        if not name and (node.tag in ("img", "area") or node.get("role") == "img"):
            name = clean(node.get("alt"))
        if not name and node.tag == "svg":
            titles_of_svg = node.xpath("./*[local-name()='title']")
            name = clean(titles_of_svg[0].text) if titles_of_svg else ""
        if name:
            return name
        titles.append(clean(node.get("title")) if tooltip else "")
    return next((title for title in titles if title), "")


def spoken_text(el: Any) -> str:
    """What a screen reader says of ``el``'s contents: its text, screen-reader-only
    words included ("Close Menu" in a ``sr-only`` span beside an icon), text drawn
    for the eye only (``aria-hidden`` icon glyphs) and never rendered left out."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if hidden_kind(node) in (NOT_RENDERED, ARIA_HIDDEN):
            return
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return clean(" ".join(parts))


def _labelled_by(el: Any) -> str:
    root = el.getroottree()
    parts = []
    for ident in (el.get("aria-labelledby") or "").split():
        found = root.xpath("//*[@id=$i]", i=ident)
        if found:
            # the referenced text counts even when hidden: that is what it is for
            parts.append(clean(" ".join(found[0].itertext())))
    return clean(" ".join(parts))


def label_text(el: Any) -> str:
    """The text that labels ``el`` for a reader: what it shows, else (an icon, an image
    link, an empty toggle) its accessible name."""
    return visible_text(el) or accessible_name(el)
