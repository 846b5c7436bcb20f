"""An element's name and the words of its class names: the hints every structural
test reads (:mod:`scraper.extract.structure`, :mod:`scraper.extract.item_boxes`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MODIFIER = re.compile(r"[-_]{1,2}(?:has|with|without|no)[-_]", re.I)
_PARENT_OF = re.compile(r".[-_]{1,2}parent$", re.I)
# the page's own boxes: their classes describe the page ("one-sidebar"), not a part
PAGE_LEVEL = frozenset({"html", "body", "main"})


def tag(el: Any) -> str:
    """The element's name ("" for comments); libxml2's HTML parser lower-cases names."""
    t = el.tag
    return t if isinstance(t, str) else ""


# class names that describe a CMS's structure, not the content (Drupal's
# "field--label-hidden" hides the label, not the field); and modifiers that say what a
# box has or lacks ("has-breadcrumb", "no-sidebar", "with-image"), not what it is; and
# a state rule saying when a box is shown or hidden (DocFX's ``hide-when-search`` on
# the side TOC and article while search results show): when, not what it is; so is
# a switch that turns a part off ("sidebar-none", "sidebar-divider-off": The7's main
# box on a page without a sidebar), saying the page lacks it, or on (DevExtreme's
# ``dx-treeview-search-enabled`` on a menu tree with a filter box above its items):
# a feature of the box, not what it is; and a placement saying
# where a theme puts a widget (The7's ``in-top-bar-left``, ``in-menu-second-switch``,
# ``near-logo-first-switch``: a text widget of links moved into the menu on small
# screens): where, not what it is
_STRUCTURAL_CLASS = re.compile(
    r"^(?:field-{1,2}(?:label|type)-.*|text-with-summary|text-formatted|clearfix|"
    r"(?:has|with|without|no)-.*|[a-z]+(?:-[a-z]+)*-(?:none|off|enabled)|"
    r"(?:hide|hidden|show|shown|visible)-(?:when|while)-.*|"
    r"(?:in|near)-[a-z]+-.*|"
    r"[a-z]+-{1,2}view-mode-.*|view-mode-.*|node-{1,2}type-.*|contextual-.*)$", re.I)
# a design tool's name for the layer an element was drawn from, kept in the page it
# publishes (Framer's data-framer-name="Date", Figma exports' data-name="Subtitle"):
# a class name in all but name, where the real classes are generated hashes
_LAYER_NAMES = ("data-framer-name", "data-name")


def class_tokens(el: Any) -> frozenset[str]:
    """Words of the element's class names, id and design-tool layer name (structural
    CMS classes left out)."""
    if isinstance(el.tag, str):
        # libxml2 asked only for the attributes the element has (most have one or two)
        names = el.keys()
        if not names:
            return _EMPTY   # no attribute (a processing instruction's pseudo ones aside)
        classes = el.get("class") if "class" in names else None
        ident = _ident(el, names)
    else:
        classes, ident = el.get("class"), _ident(el)
    if not classes and not ident:
        return _EMPTY
    return _tokens(classes or "", ident)


def _ident(el: Any, names: list[str] | None = None) -> str:
    """The element's id and design-tool layer name, as :func:`_tokens` reads them;
    ``names``, the element's attribute names when known, spares asking for the others."""
    if names is None:
        ident, layer = el.get("id"), el.get(_LAYER_NAMES[0]) or el.get(_LAYER_NAMES[1])
    else:
        ident = el.get("id") if "id" in names else None
        first, second = _LAYER_NAMES
        layer = (el.get(first) if first in names else None) or (
            el.get(second) if second in names else None)
    return f"{ident or ''} {layer}" if layer else ident or ""


_EMPTY: frozenset[str] = frozenset()


@lru_cache(maxsize=8192)
def _tokens(classes: str, ident: str) -> frozenset[str]:
    # a modifier naming what the element holds beside it ("page-content-has-aside",
    # "layout--with-sidebar") says nothing of the element itself: its words are cut
    # so does a class naming the element the parent of something it holds (Jannah's
    # ``live-search-parent`` on the main nav holding the live search box; WordPress's
    # ``current-menu-parent``): the element is the box around it, not that thing
    names = [_MODIFIER.split(c, 1)[0] for c in classes.split()
             if not _STRUCTURAL_CLASS.match(c) and not _PARENT_OF.search(c)]
    raw = _CAMEL.sub(" ", " ".join([*names, ident]))
    return frozenset(t.lower() for t in TOKEN_SPLIT.split(raw) if t)


# a utility class giving the element a typeface or a colour of the theme's (Tailwind's
# ``font-brandUI``, ``bg-brand-600``, ``md:hover:text-brand``): its value names a style
# of the design, not what the element is
_STYLE_UTILITY = re.compile(
    r"^(?:[\w-]+:)*(?:font|text|bg|border|ring|fill|stroke|outline|decoration|shadow|"
    r"accent|caret|from|via|to)-", re.I)


def role_tokens(el: Any) -> frozenset[str]:
    """:func:`class_tokens` without the words of style utility classes: what a class
    says the element is ("brand" in ``navbar-brand``, not in ``font-brandUI``)."""
    classes = el.get("class") or ""
    kept = _role_classes(classes)
    if kept == classes.strip() or not isinstance(el.tag, str):
        return class_tokens(el)
    return _tokens(kept, _ident(el))


@lru_cache(maxsize=8192)
def _role_classes(classes: str) -> str:
    """``classes`` without its style utility classes (once per class attribute)."""
    return " ".join(c for c in classes.split() if not _STYLE_UTILITY.match(c))
