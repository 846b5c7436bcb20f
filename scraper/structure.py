"""Structural facts about elements: block or inline, page chrome, widgets.

Class and id names are only hints here (the real markup is unknown); tags and ARIA
roles come first.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "thead", "tfoot", "tr", "td", "th", "ul", "caption", "center", "summary", "body", "html",
})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# page furniture that never holds the item: the site's menus, breadcrumbs, banners
CHROME_TOKENS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "megamenu", "mainmenu", "breadcrumb",
    "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "offcanvas", "skip", "toolbar",
    "languageswitcher", "langswitcher", "pager", "pagination",
})
# furniture that may sit inside the article but is not its text
WIDGET_TOKENS = frozenset({
    "share", "sharing", "sharethis", "addthis", "social", "socials", "related", "relatedposts",
    "caption", "credit", "credits", "figcaption", "newsletter", "subscribe", "subscription",
    "print", "advert", "advertisement", "ad", "ads", "promo", "banner", "tags", "tag",
    "comments", "comment", "rating", "popup", "modal", "tooltip", "gallery", "carousel",
    "slideshow", "slider", "sidebar", "aside", "widget", "more", "readmore", "most",
    "mostread", "popular", "latest", "download", "downloads", "back", "toplink", "feedback",
    "foto", "didascalia", "legende", "leyenda",
    "icon", "icons", "photo", "image", "img", "lightbox",
})
_CHROME_ROLES = frozenset({"navigation", "menu", "menubar", "banner", "contentinfo", "search"})


def tag(el: Any) -> str:
    """The element's name ("" for comments); libxml2's HTML parser lower-cases names."""
    t = el.tag
    return t if isinstance(t, str) else ""


def is_block(el: Any) -> bool:
    return tag(el) in BLOCK_TAGS


# class names that describe a CMS's structure, not the content (Drupal's
# "field--label-hidden" hides the label, not the field)
_STRUCTURAL_CLASS = re.compile(
    r"^(?:field-{1,2}(?:label|type)-.*|text-with-summary|text-formatted|clearfix|"
    r"[a-z]+-{1,2}view-mode-.*|view-mode-.*|node-{1,2}type-.*|contextual-.*)$", re.I)
_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "invisible", "sr-only", "visually-hidden",
                             "visuallyhidden", "element-invisible", "screen-reader-text",
                             "element-hidden", "hide", "u-hidden", "is-hidden"})


def class_tokens(el: Any) -> frozenset[str]:
    """Words of the element's class names and id (structural CMS classes left out)."""
    classes, ident = el.get("class"), el.get("id")
    if not classes and not ident:
        return _EMPTY
    return _tokens(classes or "", ident or "")


_EMPTY: frozenset[str] = frozenset()


@lru_cache(maxsize=8192)
def _tokens(classes: str, ident: str) -> frozenset[str]:
    names = [c for c in classes.split() if not _STRUCTURAL_CLASS.match(c)]
    raw = _CAMEL.sub(" ", " ".join([*names, ident]))
    return frozenset(t.lower() for t in _TOKEN_SPLIT.split(raw) if t)


@lru_cache(maxsize=8192)
def _hidden_class(classes: str) -> bool:
    return bool(_HIDDEN_CLASSES & {c.lower() for c in classes.split()})


def _inside_content(el: Any) -> bool:
    for anc in el.iterancestors():
        if tag(anc) in ("article", "main") or (anc.get("role") or "").lower() == "main":
            return True
    return False


_PAGE_LEVEL = frozenset({"html", "body", "main"})


def is_chrome_element(el: Any) -> bool:
    """This element itself is page chrome (menu, breadcrumb, site header/footer…)."""
    t = tag(el)
    if t in _PAGE_LEVEL:
        return False   # their classes describe the page ("one-sidebar"), not a part
    if t == "nav":
        return True
    role = (el.get("role") or "").lower()
    if role in _CHROME_ROLES:
        return True
    tokens = class_tokens(el)
    if tokens & CHROME_TOKENS:
        return True
    if t in ("header", "footer") or tokens & {"header", "footer", "masthead", "topbar"}:
        return not _inside_content(el)
    return False


def in_chrome(el: Any, stop: Any = None) -> bool:
    node = el
    while node is not None and node is not stop:
        if isinstance(node.tag, str) and is_chrome_element(node):
            return True
        node = node.getparent()
    return False


def is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    classes = el.get("class")
    if classes and _hidden_class(classes):
        return True
    style = el.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def is_widget(el: Any) -> bool:
    """Not article text: asides, figures, forms, share/related/caption blocks."""
    t = tag(el)
    if t in _PAGE_LEVEL:
        return False
    if t in ("aside", "figure", "figcaption", "form", "button", "nav", "img", "picture",
             "input", "label", "dialog", "menu", "map"):
        return True
    if is_hidden(el) or is_chrome_element(el):
        return True
    role = (el.get("role") or "").lower()
    if role in ("complementary", "dialog", "alertdialog", "button", "toolbar"):
        return True
    return bool(class_tokens(el) & WIDGET_TOKENS)


# tags whose presence alone makes an element chrome or a widget
_SPECIAL_TAGS = frozenset({"nav", "header", "footer", "aside", "figure", "figcaption", "form",
                           "button", "img", "picture", "input", "label", "dialog", "menu", "map"})


def classify(el: Any) -> tuple[bool, bool]:
    """(chrome, widget) of one element, with a fast path for plain elements."""
    if not isinstance(el.tag, str):
        return False, False
    if el.tag not in _SPECIAL_TAGS and not (el.get("class") or el.get("id") or el.get("role")
                                            or el.get("hidden") is not None
                                            or el.get("aria-hidden") or el.get("style")):
        return False, False
    chrome = is_chrome_element(el)
    return chrome, chrome or is_widget(el)


def ancestors_within(el: Any, levels: int) -> list[Any]:
    out: list[Any] = []
    node = el.getparent()
    while node is not None and len(out) < levels:
        out.append(node)
        node = node.getparent()
    return out
