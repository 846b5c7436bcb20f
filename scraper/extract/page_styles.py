"""What the page's own ``<style>`` says of its elements: which it hides, which it sets
in large type.

The sheet is read once per document (:func:`page_rules`, cached on its text) into its
rules, each marked top-level or conditional (under ``@media``, ``@supports``…).

- *type size*: a site builder that places every text box itself (Apple iWeb, early
  Dreamweaver and FrontPage templates) writes no headings: the headline is a paragraph
  whose class the page's stylesheet sets in large type (``.paragraph_style { font-size:
  28px }``).  Only top-level rules naming one class count (``.x { … }``): a rule under
  ``@media`` or scoped by another selector holds for some of the page, not for the class.
- *pills*: the elements the sheet draws as pills (rounded corners on a fill of their
  own), a status badge's look, are marked when the page is parsed
  (:func:`mark_page_pills`).
- *hidden*: the elements the sheet hides are marked when the page is parsed, so the one
  model of visible text (:mod:`scraper.extract.visible`) reads them as screen-reader
  only or not rendered (:func:`mark_page_screen_reader_classes`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from scraper.extract.visible import (
    PAGE_NOT_RENDERED_ATTR,
    PAGE_SCREEN_READER_ATTR,
    PAGE_SMALL_SCREEN_ATTR,
)

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_AT_BLOCK = re.compile(r"@[\w-]+[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^\s*(?:[A-Za-z][\w-]*)?\.(-?[A-Za-z_][\w-]*)\s*$")
_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)", re.I)
_UNIT = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}
# set when the page is parsed on the elements its own stylesheet draws as pills
PAGE_PILL_ATTR = "data-osce-drawn-as-pill"


class Rule(NamedTuple):
    selectors: str
    body: str
    top_level: bool     # not under an at-rule (``@media``: holds at some widths only)
    condition: str = ""   # the at-rule's prelude (``@media (min-width: 64em)``)


def page_rules(root: Any) -> tuple[Rule, ...]:
    """The rules of the page's ``<style>`` elements, in order."""
    return parse_sheets(tuple(el.text or "" for el in root.iter("style")))


@lru_cache(maxsize=16)
def parse_sheets(sheets: tuple[str, ...]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for sheet in sheets:
        sheet = _COMMENT.sub(" ", sheet)
        for block in _AT_BLOCK.finditer(sheet):
            prelude, inner = block[0].split("{", 1)
            rules.extend(Rule(s, b, False, prelude.strip())
                         for s, b in _CSS_RULE.findall(inner))
        rules.extend(Rule(s, b, True)
                     for s, b in _CSS_RULE.findall(_AT_BLOCK.sub(" ", sheet)))
    return tuple(rules)


# ------------------------------------------------------------------ type size
def css_font_size(declarations: str) -> float | None:
    """The ``font-size`` a declaration block sets, in pixels (None: none or relative
    words)."""
    m = _SIZE.search(declarations.strip())
    return float(m[1]) * _UNIT[m[2].lower()] if m else None


def class_font_sizes(root: Any) -> dict[str, float]:
    """Class name → the type size (px) the page's ``<style>`` gives it (see above); a
    class two rules size differently is left out."""
    sizes: dict[str, set[float]] = {}
    for rule in page_rules(root):
        size = css_font_size(rule.body) if rule.top_level else None
        if size is None:
            continue
        for sel in rule.selectors.split(","):
            m = _CLASS_SELECTOR.match(sel)
            if m:
                sizes.setdefault(m[1], set()).add(size)
    return {name: next(iter(s)) for name, s in sizes.items() if len(s) == 1}


def styled_size(el: Any, sizes: dict[str, float]) -> float:
    """The type size ``el``'s classes get from the page's stylesheet (0: none)."""
    found = [sizes[c] for c in (el.get("class") or "").split() if c in sizes]
    return max(found) if found else 0.0


# ------------------------------------------------------------------ hidden
# A class the page's own stylesheet makes visually hidden: hashed class names of a
# CSS-in-JS build (``_sr_5x6y7``) say nothing by themselves, their rule does: the clip
# recipe of a 1px box.
_ONE_CLASS = re.compile(r"^\s*\.(-?[A-Za-z_][\w-]*)\s*$")
# the class scoped by the one box its rule is written for (a site builder's custom-code
# embed styling its own parts: Carrd's ``#embed01 .cm-sr``): hidden inside that box
_SCOPED_CLASS_SELECTOR = re.compile(
    r"^\s*(?P<tag>[A-Za-z][\w-]*)?(?:(?P<mark>[#.])(?P<scope>-?[A-Za-z_][\w-]*))?"
    r"\s*>?\s*\.(?P<name>-?[A-Za-z_][\w-]*)\s*$")
_CLIP_RECIPE = re.compile(r"clip\s*:\s*rect\(\s*(?:0|1px)[\s,]+(?:0|1px)|"
                          r"clip-path\s*:\s*inset\(\s*(?:50|100)%", re.I)
_ONE_PIXEL = re.compile(r"(?:width|height)\s*:\s*1px", re.I)


# the same recipe without the 1px box (Tachyons' ``.clip``): a box taken out of the flow
# (``position: absolute|fixed``; ``clip`` applies to no other) clipped to a rectangle of no
# area (``rect(1px 1px 1px 1px)``: its top edge on its bottom one) shows nothing at any size
_CLIP_RECT = re.compile(r"(?<![\w-])clip\s*:\s*rect\(([^)]*)\)", re.I)
_OUT_OF_FLOW = re.compile(r"(?<![\w-])position\s*:\s*(?:absolute|fixed)\b", re.I)
_LENGTH = re.compile(r"^(-?\d*\.?\d+)(?:px)?$", re.I)


def _empty_rect(values: str) -> bool:
    """``rect(top right bottom left)`` encloses no area (lengths in px or unitless 0)."""
    found = [_LENGTH.match(v) for v in re.split(r"[\s,]+", values.strip()) if v]
    if len(found) != 4 or not all(found):
        return False
    top, right, bottom, left = (float(m[1]) for m in found if m)
    return bottom <= top or right <= left


# the recipe without any clip (an older theme's ``.blind { position: absolute; width: 1px;
# height: 1px; overflow: hidden }``): a box out of the flow, a pixel or none wide and high,
# cutting off what overflows it, shows no words
_TINY_SIDE = re.compile(r"(?<![\w-])(width|height)\s*:\s*(?:0|1px|0px)\s*(?:!important\s*)?(?:;|$)",
                        re.I)
_OVERFLOW_HIDDEN = re.compile(r"(?<![\w-])overflow\s*:\s*hidden\b", re.I)


def _tiny_box(body: str) -> bool:
    return bool(_OUT_OF_FLOW.search(body) and _OVERFLOW_HIDDEN.search(body)) and \
        {m[1].lower() for m in _TINY_SIDE.finditer(body)} == {"width", "height"}


def _clipped(body: str) -> bool:
    if (_CLIP_RECIPE.search(body) and _ONE_PIXEL.search(body)) or _tiny_box(body):
        return True
    return bool(_OUT_OF_FLOW.search(body)) and any(
        _empty_rect(m[1]) for m in _CLIP_RECT.finditer(body))


def page_screen_reader_classes(rules: tuple[Rule, ...]) -> set[str]:
    """Class names whose rule in the page's ``<style>`` is the visually-hidden recipe."""
    return {m[1] for rule in rules if _clipped(rule.body)
            for sel in rule.selectors.split(",") if (m := _ONE_CLASS.match(sel))}


def page_scoped_screen_reader_classes(rules: tuple[Rule, ...]
                                      ) -> dict[str, list[tuple[str, str, str]]]:
    """Class name → the boxes (tag, ``#`` or ``.``, id or class) inside which the page's
    ``<style>`` gives it the visually-hidden recipe: a rule scoped by one box around it
    (``#embed01 .cm-sr``, ``nav > .x``).  Outside such a box the class shows."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for rule in rules:
        if not _clipped(rule.body):
            continue
        for sel in rule.selectors.split(","):
            m = _SCOPED_CLASS_SELECTOR.match(sel)
            if m and (m["tag"] or m["scope"]):
                out.setdefault(m["name"], []).append(
                    ((m["tag"] or "").lower(), m["mark"] or "", m["scope"] or ""))
    return out


def _in_scope(el: Any, scopes: list[tuple[str, str, str]]) -> bool:
    """A box around ``el`` is one of ``scopes``."""
    for x in el.iterancestors():
        if not isinstance(x.tag, str):
            continue
        for name, mark, value in scopes:
            if name and x.tag.lower() != name:
                continue
            if (mark == "#" and x.get("id") != value) or (
                    mark == "." and value not in (x.get("class") or "").split()):
                continue
            return True
    return False


# A class the page's own stylesheet never shows: a top-level rule ``.x { display: none }``
# (not under ``@media``: a responsive rule) whose name stands in no other selector (no
# ``.open .x``, ``li:hover > .x``: a toggled panel, which a reader opens)
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\s*(?:!important)?\s*(?:;|$)", re.I)
_CLASS_NAME = re.compile(r"\.(-?[A-Za-z_][\w-]*)")


def page_never_shown_classes(rules: tuple[Rule, ...]) -> set[str]:
    """Class names the page's ``<style>`` hides outright and shows nowhere (see above)."""
    hidden: set[str] = set()
    elsewhere: set[str] = set()
    for rule in rules:
        names = set(_CLASS_NAME.findall(rule.selectors))
        one = {m[1] for sel in rule.selectors.split(",") if (m := _ONE_CLASS.match(sel))}
        if rule.top_level and one and _DISPLAY_NONE.search(rule.body.strip()):
            hidden |= one
            names -= one
        elsewhere |= names
    return hidden - elsewhere


# So is one element the rule names by its id alone (``#mobile-menu-container { display:
# none }``, a responsive-menu plugin's copy for phones), its id in no other selector
_ONE_ID = re.compile(r"^\s*#(-?[A-Za-z_][\w-]*)\s*$")
_ID_NAME = re.compile(r"#(-?[A-Za-z_][\w-]*)")


def page_never_shown_ids(rules: tuple[Rule, ...]) -> set[str]:
    """Element ids the page's ``<style>`` hides outright and shows nowhere."""
    hidden: set[str] = set()
    elsewhere: set[str] = set()
    for rule in rules:
        names = set(_ID_NAME.findall(rule.selectors))
        one = {m[1] for sel in rule.selectors.split(",") if (m := _ONE_ID.match(sel))}
        if rule.top_level and one and _DISPLAY_NONE.search(rule.body.strip()):
            hidden |= one
            names -= one
        elsewhere |= names
    return hidden - elsewhere


# A class the page's own stylesheet hides from a screen width on: a rule ``.x { display:
# none }`` under ``@media (min-width: …)`` alone (no upper bound: every wider screen
# too).  What it marks shows on small screens only (a menu's "Home" item for phones).
_FROM_WIDTH = re.compile(r"^@media\b[^{]*\(\s*min-width\s*:", re.I)
_UP_TO_WIDTH = re.compile(r"max-width|orientation|print", re.I)


def page_wide_hidden_classes(rules: tuple[Rule, ...]) -> set[str]:
    """Class names the page's ``<style>`` hides on every screen from a width on."""
    return _wide_hidden(rules, _ONE_CLASS)


# So is an element type the rule names alone (a component library's drawer,
# ``@media (min-width: 1024px) { app-drawer { display: none } }``); never the page's
# own ``html`` or ``body``.
_ONE_TAG = re.compile(r"^\s*([A-Za-z][\w-]*)\s*$")


def page_wide_hidden_tags(rules: tuple[Rule, ...]) -> set[str]:
    """Element names the page's ``<style>`` hides on every screen from a width on."""
    return {t.lower() for t in _wide_hidden(rules, _ONE_TAG)} - {"html", "body"}


def _wide_hidden(rules: tuple[Rule, ...], selector: re.Pattern[str]) -> set[str]:
    return {m[1] for rule in rules
            if _FROM_WIDTH.match(rule.condition) and not _UP_TO_WIDTH.search(rule.condition)
            and _DISPLAY_NONE.search(rule.body.strip())
            for sel in rule.selectors.split(",") if (m := selector.match(sel))}


# Text the page's stylesheet pushes off the screen for good: the older visually-hidden
# trick (``.accessibility { position: absolute; left: -9999px }``, ``#menu_vert dfn
# {…}``, ``text-indent: -9999px``), in a top-level rule whose class or element name
# stands in no other selector (no ``li:hover ul { left: auto }``: a hover menu, which
# readers open).  A box in a list item that holds links is a collapsed submenu, never
# screen-reader text, whatever moves it away.
_OFF_SCREEN = re.compile(r"(?:^|;)\s*(left|top|text-indent)\s*:\s*-(\d+(?:\.\d+)?)(px|em|rem)",
                         re.I)
_PLACED = re.compile(r"position\s*:\s*(?:absolute|fixed)", re.I)
_FAR = {"px": 500.0, "em": 30.0, "rem": 30.0}
# ``.x``, ``tag.x``, ``tag``, ``#id tag``, ``#id .x``, ``.box tag``
_SIMPLE_SELECTOR = re.compile(
    r"^\s*(?:(?P<mark>[#.])(?P<scope>-?[A-Za-z_][\w-]*)\s+)?(?P<tag>[A-Za-z][\w-]*)?"
    r"(?:\.(?P<name>-?[A-Za-z_][\w-]*))?\s*$")
_TAG_NAME = re.compile(r"(?<![\w.#:\[-])([A-Za-z][\w-]*)")
_ATTRIBUTE = re.compile(r"\[[^\]]*\]")


class _Match(NamedTuple):
    tag: str
    name: str
    scope: tuple[str, str, str] | None


def _off_screen(body: str) -> bool:
    for prop, size, unit in _OFF_SCREEN.findall(body):
        if float(size) >= _FAR[unit.lower()] and (
                prop.lower() == "text-indent" or _PLACED.search(body)):
            return True
    return False


def page_off_screen_selectors(rules: tuple[Rule, ...]) -> list[_Match]:
    """The simple selectors the page's ``<style>`` pushes off screen for good (above)."""
    found: list[_Match] = []
    elsewhere: set[str] = set()
    for rule in rules:
        sels = [m for sel in rule.selectors.split(",")
                if (m := _SIMPLE_SELECTOR.match(sel.strip())) and (m["tag"] or m["name"])]
        mine = {(m["name"] and f".{m['name']}") or (m["tag"] or "").lower() for m in sels}
        if rule.top_level and sels and _off_screen(rule.body):
            found.extend(_Match((m["tag"] or "").lower(), m["name"] or "",
                                (("", m["mark"], m["scope"]) if m["scope"] else None))
                         for m in sels)
        else:
            mine = set()
        bare = _ATTRIBUTE.sub(" ", rule.selectors)
        names = {f".{n}" for n in _CLASS_NAME.findall(bare)} | {
            t.lower() for t in _TAG_NAME.findall(bare)}
        elsewhere |= names - mine
    return [m for m in found if (f".{m.name}" if m.name else m.tag) not in elsewhere]


def _matches(el: Any, classes: set[str], sel: _Match) -> bool:
    return (not sel.tag or el.tag == sel.tag) and (not sel.name or sel.name in classes) \
        and (sel.scope is None or _in_scope(el, [sel.scope]))


def _collapsed_submenu(el: Any) -> bool:
    """A box in a list item holding links: a submenu, collapsed until opened."""
    return any(x.tag == "li" for x in el.iterancestors()) and \
        next(el.iter("a"), None) is not None


# ------------------------------------------------------------------ pills
# a badge drawn by a rule: rounded corners on a fill of its own (``.neu { background:
# #c00; border-radius: 2px }``); a zero radius, or a fill of nothing, draws none
_STYLE_ROUNDED = re.compile(r"(?:^|;)\s*border-radius\s*:(?!\s*0\w*\s*(?:;|$))", re.I)
_STYLE_FILLED = re.compile(
    r"(?:^|;)\s*background(?:-color)?\s*:(?!\s*(?:none|transparent|inherit)\b)", re.I)
# a rule whose subject is a class (``.neu``, ``span.neu``, ``#menu a .neu``)
_SUBJECT_CLASS = re.compile(r"(?:^|[\s>+~])(?:[A-Za-z][\w-]*)?\.(-?[A-Za-z_][\w-]*)\s*$")


def draws_pill(declarations: str) -> bool:
    """A declaration block drawing a pill: rounded corners on a fill of its own."""
    body = declarations.strip()
    return bool(_STYLE_ROUNDED.search(body) and _STYLE_FILLED.search(body))


def page_pill_classes(rules: tuple[Rule, ...]) -> set[str]:
    """The classes the page's top-level rules draw as pills, their declarations read
    together (the fill in one rule, the corners in another)."""
    bodies: dict[str, list[str]] = {}
    for rule in rules:
        if not rule.top_level:
            continue
        for sel in rule.selectors.split(","):
            m = _SUBJECT_CLASS.search(sel.strip())
            if m and ":" not in sel:
                bodies.setdefault(m[1], []).append(rule.body.strip().rstrip(";"))
    return {name for name, parts in bodies.items() if draws_pill(";".join(parts))}


def mark_page_pills(root: Any) -> int:
    """Mark the elements the page's own stylesheet draws as pills (a status badge's
    look, :mod:`scraper.extract.badges`); returns how many were marked."""
    names = page_pill_classes(page_rules(root))
    marked = 0
    for el in root.iter() if names else ():
        if isinstance(el.tag, str) and not names.isdisjoint((el.get("class") or "").split()):
            el.set(PAGE_PILL_ATTR, "")
            marked += 1
    return marked


def mark_page_screen_reader_classes(root: Any) -> int:
    """Mark the elements the page's own stylesheet hides visually or never shows (see
    above; not in the site's navigation, whose panels open by script); returns how
    many were marked."""
    rules = page_rules(root)
    if not rules:
        return 0
    names = page_screen_reader_classes(rules)
    scoped = page_scoped_screen_reader_classes(rules)
    never = page_never_shown_classes(rules) - names
    never_ids = page_never_shown_ids(rules)
    off = page_off_screen_selectors(rules)
    narrow = page_wide_hidden_classes(rules)
    narrow_tags = page_wide_hidden_tags(rules)
    marked = 0
    if not (names or never or never_ids or scoped or off or narrow or narrow_tags):
        return 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tokens = set((el.get("class") or "").split())
        if not narrow.isdisjoint(tokens) or el.tag.lower() in narrow_tags:
            el.set(PAGE_SMALL_SCREEN_ATTR, "")   # not hidden: a phone shows it
        if not names.isdisjoint(tokens) or any(
                t in scoped and _in_scope(el, scoped[t]) for t in tokens) or (
                any(_matches(el, tokens, s) for s in off) and not _collapsed_submenu(el)):
            el.set(PAGE_SCREEN_READER_ATTR, "")
            marked += 1
        elif (not never.isdisjoint(tokens) or el.get("id") in never_ids) \
                and not (_in_navigation(el) and _holds_links(el)):
            # in a menu, a box of links the stylesheet hides is a panel a script opens;
            # words it hides (SharePoint's ``span.ms-hidden`` "Use SHIFT+ENTER to open the
            # menu") are no reader's
            el.set(PAGE_NOT_RENDERED_ATTR, "")
            marked += 1
    return marked


def _holds_links(el: Any) -> bool:
    return el.tag == "a" or bool(el.xpath(".//a[@href] | .//button"))


def _in_navigation(el: Any) -> bool:
    return any(isinstance(x.tag, str) and (x.tag == "nav" or _banner(x)
                                           or (x.get("role") or "") in ("navigation", "menu",
                                                                       "menubar"))
               for x in [el, *el.iterancestors()])


# A ``<header>`` is the page's banner only outside sectioning content (ARIA's mapping):
# an ``<article>``'s own header holds its title and byline, no menu.
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})


def _banner(el: Any) -> bool:
    return el.tag == "header" and not any(
        isinstance(x.tag, str) and (x.tag in _SECTIONING or x.get("role") == "main")
        for x in el.iterancestors())
