"""The lines of a link column (see :mod:`columns`): a table's rows, a list's items, a
box's child boxes, or the runs of its inline content between ``<br>``s; and the lines
that stand in a column without being links or titles (a search field, a collapsed
group's title over its empty box); whether a link shows in its line, and the words
after each link of a box."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scraper.extract.pages.common import is_under
from scraper.extract.structure import tag
from scraper.extract.text import clean
from scraper.extract.visible import hidden_ancestor

_ROW_BLOCKS = frozenset({"form", "input", "select", "textarea", "iframe", "object", "embed"})
FIELDS = "descendant-or-self::*[" + " or ".join(
    f"self::{t}" for t in sorted(_ROW_BLOCKS)) + "]"
_TEXT_FIELDS = "descendant-or-self::input[not(@type) or @type='text' or @type='search']"
_IGNORED = frozenset({"script", "style", "template", "noscript"})
# the buttons that send a form, beside its field
_BUTTON_TYPES = frozenset({"submit", "button", "image", "reset", "hidden"})
# the words a form tool shows beside its field: a title line's at most
_TOOL_TITLE_CHARS = 80
_BLOCKS = frozenset({"table", "div", "p", "ul", "ol", "dl", "section", "aside", "nav",
                     "h1", "h2", "h3", "h4", "h5", "h6", "form", "hr"})


@dataclass(frozen=True)
class Line:
    """One line of a column: its elements, and the words standing outside them (a run
    between ``<br>``s has bare words and non-breaking-space indents)."""

    nodes: tuple[Any, ...]
    loose: str = ""


def column_lines(box: Any) -> list[Line]:
    """The lines of a column: a table's rows, a list's items, a box's child boxes, or
    the runs of its inline content between ``<br>``s."""
    if tag(box) == "table":
        return [Line((tr,)) for tr in box.xpath("./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr")]
    children = [c for c in box if isinstance(c.tag, str) and tag(c) not in _IGNORED]
    if tag(box) in ("ul", "ol") or not any(tag(c) == "br" for c in children):
        lines = [Line((c,)) for c in children]
        loose = clean(" ".join([box.text or "", *(c.tail or "" for c in box)]))
        return [*lines, Line((), loose)] if loose else lines
    return _runs(box)


def _runs(box: Any) -> list[Line]:
    """A box's content cut at its ``<br>``s (a block child is a line of its own)."""
    lines: list[Line] = []
    nodes: list[Any] = []
    words = [box.text or ""]

    def close() -> None:
        if nodes or clean("".join(words)):
            lines.append(Line(tuple(nodes), "".join(words)))

    for child in box:
        if not isinstance(child.tag, str) or tag(child) in _IGNORED:
            words.append(child.tail or "")
        elif tag(child) == "br" or tag(child) in _BLOCKS:
            close()
            if tag(child) in _BLOCKS:
                lines.append(Line((child,)))
            nodes, words = [], [child.tail or ""]
        else:
            nodes.append(child)
            words.append(child.tail or "")
    close()
    return lines


def holds_text_field(box: Any) -> bool:
    """``box`` is or holds a text field a reader types in (a search box)."""
    return bool(box.xpath(_TEXT_FIELDS))


def search_field(line: Line) -> bool:
    """A line that is one text field and nothing else (no link, no words: a search
    box over a documentation site's side menu, its magnifier icon beside it): a tool
    standing over the column, no text of its own."""
    fields = [x for n in line.nodes for x in n.xpath(FIELDS)]
    return len(fields) == 1 and tag(fields[0]) == "input" \
        and (fields[0].get("type") or "text").lower() in ("text", "search") \
        and not clean(line.loose) and not any(
            n.xpath("descendant-or-self::a") or clean("".join(n.itertext())) for n in line.nodes)


def form_tool(line: Line) -> bool:
    """A line that is a drop-down list and nothing else, with the button that sends it
    and at most a title line's words, no link (a blog's side column's language or
    archive switcher, ``<select>`` under its title "Archivio"): a tool standing in the
    column, no line of links nor text of its own."""
    fields = _form_fields(line)
    return fields is not None and [tag(x) for x in fields] == ["select"] \
        and len(_words(line)) <= _TOOL_TITLE_CHARS


def search_form(line: Line) -> bool:
    """A line that is one text field, the buttons that send it and nothing else (no
    word, no link: a search box and its "Cerca" button)."""
    fields = _form_fields(line)
    return fields is not None and [tag(x) for x in fields] == ["input"] and not _words(line)


def _form_fields(line: Line) -> list[Any] | None:
    """The line's fields, its buttons left out; None when it holds a link or a field
    of another kind (a text area, a frame)."""
    if any(n.xpath("descendant-or-self::a[@href]") for n in line.nodes):
        return None
    fields = [x for n in line.nodes for x in n.xpath(FIELDS) if tag(x) != "form"
              and not (tag(x) == "input" and (x.get("type") or "").lower() in _BUTTON_TYPES)]
    if any(tag(x) not in ("select", "input") or (
            tag(x) == "input" and (x.get("type") or "text").lower() not in ("text", "search"))
           for x in fields):
        return None
    return fields


def _words(line: Line) -> str:
    return clean(" ".join([line.loose, *(w for n in line.nodes for w in _words_outside_fields(n))]))


def _words_outside_fields(el: Any) -> list[str]:
    """``el``'s words, a drop-down's options and a button's caption left out."""
    out = [] if tag(el) in ("select", "button", "textarea") else [el.text or ""]
    if tag(el) not in ("select", "button", "textarea"):
        for child in el:
            if isinstance(child.tag, str) and tag(child) not in _IGNORED:
                out.extend(_words_outside_fields(child))
            out.append(child.tail or "")
    return out


def unfilled_group(line: Line) -> bool:
    """A title line whose box holds, after its title, an empty box where the group's
    links go (a side menu rendered with only the open group's links: the collapsed
    groups' titles over empty link boxes): a group showing no links, whose title heads
    none of the lines below it."""
    if len(line.nodes) != 1 or clean(line.loose):
        return False
    kids = [c for c in line.nodes[0] if isinstance(c.tag, str) and tag(c) not in _IGNORED]
    return len(kids) >= 2 and clean("".join(kids[0].itertext())) != "" and any(
        tag(c) in ("div", "ul", "ol") and len(c) == 0 and not (c.text or "").strip()
        for c in kids[1:])


def on_view(el: Any, line: Line) -> bool:
    """``el`` shows in its line: no box of the line around it is hidden."""
    node = next((n for n in line.nodes if n is el or is_under(el, n)), None)
    return node is None or hidden_ancestor(el, node.getparent()) is None


def texts_after_links(el: Any, links: list[Any]) -> list[str]:
    """The text standing after each of ``links`` in ``el``, up to the next one (the
    last: up to the end of ``el``)."""
    gaps: list[list[str]] = []
    shown = set(links)

    def walk(node: Any) -> None:
        for child in node:
            if child in shown:
                gaps.append([])
            elif isinstance(child.tag, str):
                if gaps:
                    gaps[-1].append(child.text or "")
                walk(child)
            if gaps:
                gaps[-1].append(child.tail or "")

    walk(el)
    return ["".join(g) for g in gaps]


def closes_column(links: list[Any], is_language: Any) -> bool:
    """A line of a column's foot: links to the page in other languages or a mail
    address (a frame menu's last row "English | Deutsch", "Last updated: …",
    ``info@…``), and such links only; ``is_language`` tells a language's link."""
    return bool(links) and all(
        (a.get("href") or "").strip().lower().startswith("mailto:") or is_language(a)
        for a in links)
