"""Visible labels ("Issued by:", "Дата публикации", …) and the values that follow them.

A label is recognised on folded text wherever it stands; its value is what follows
it in the document, whatever elements hold the pair: ``<dt>/<dd>``, table cells,
``<div>`` label and value, ``<strong>Label:</strong> value`` inside a paragraph, a
heading followed by a list, ``Label: value`` in one text node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any
from urllib.parse import urlsplit

from scraper.extract import urls
from scraper.extract.dates import parse_date, time_value
from scraper.extract.document import is_skipped_tag, tokens
from scraper.extract.identities import field_of_work_id, structure_id
from scraper.extract.label_lines import (
    alike_boxes,
    has_content,
    inline_run,
    is_link_name,
    names_no_item_fact,
    one_a_line,
    reads_more,
    skipped,
    unknown_labels,
    up_to_date,
    up_to_line_end,
)
from scraper.extract.label_words import (
    COLON,
    FACT_SEPARATOR,
    MAX_LABEL,
    label_index,
    match_label,
)
from scraper.extract.structure import is_block, is_chrome_element, tag
from scraper.extract.text import clean, fold, split_values
from scraper.extract.visible import (
    SCREEN_READER_ONLY,
    accessible_name,
    hidden_ancestor,
    visible_text,
)
from scraper.extract.vocabulary import GENERIC_TOPIC_LABELS

# a short word in lower case ending a byline's own words, joining them to the next
# element ("… OSCE in <a>Comunicato stampa</a>", "… on <time>"): no part of a name
_JOINING_WORD = re.compile(r"\s+([^\W\d_]{1,4})\s*$")
# lists longer than this under a label are a menu, not an item's values
MAX_VALUES = 12
_MULTI_SIBLING_TAGS = frozenset({"dd", "li", "span", "a", "td"})
_GENERIC_TOPICS = frozenset(fold(w) for w in GENERIC_TOPIC_LABELS)
_CONJUNCTIONS = frozenset({"and", "y", "e", "et", "und", "и", "і", "ed", "&", "+", "/", "·"})


@dataclass
class LabelValue:
    """One label on the page and the value found after it."""

    field: str
    language: str
    holder: Any                      # element whose text (or tail) carries the label
    explicit: bool                   # written with a colon, or a dt/th cell
    order: int
    items: list[str] = dc_field(default_factory=list)
    text: str = ""
    datetime: str | None = None      # from a <time datetime> inside the value
    time_text: str = ""              # that <time>'s own text
    elements: list[Any] = dc_field(default_factory=list)
    clustered: bool = False
    in_chrome: bool = False

    @property
    def empty(self) -> bool:
        return not self.text and not self.datetime

    def shown_date(self, *languages: str | None) -> str | None:
        """The date the value shows, else its ``<time datetime>``: the value's whole
        text, or, when that is no date, its ``<time>``'s own text, a value may hold
        two (WordPress's published and updated ``<time>``, side by side, "March 12,
        2019March 12, 2019", over a UTC ``datetime`` of the day before)."""
        langs = languages or (None,)
        if self.time_text and not any(parse_date(self.text, lang) for lang in langs):
            return time_value(self.datetime, self.time_text, *languages)
        return time_value(self.datetime, self.text, *languages)


@dataclass
class _Hit:
    field: str
    language: str
    holder: Any
    in_tail: bool
    rest: str
    explicit: bool
    screen_reader: bool = False     # the label is screen-reader-only text
    closed: bool = False            # the value ends in its own text ("A: x | B: y")


def find_labels(root: Any, order: dict[Any, int] | None = None,
                skip_chrome: bool = True) -> dict[str, list[LabelValue]]:
    """Every label under ``root`` with its value, grouped by field, best first."""
    hits: list[_Hit] = []
    # non-blank, short text nodes only, selected in C: most of a page is neither
    for text in root.xpath(".//text()[normalize-space() and string-length() < 400]"):
        el = text.getparent()
        if el is None:
            continue
        if text.is_tail:
            if el is root:
                continue
        elif is_skipped_tag(el):
            continue
        _collect(hits, el, str(text), in_tail=bool(text.is_tail))
    _collect_icon_labels(hits, root)
    # "Summary" over a paragraph is a heading of the text, over a table's column its
    # head: a lead's label is written with its colon
    hits = [h for h in hits if h.field != "summary" or h.explicit or _colon_written(h)]
    if not hits:
        return {}
    boundary: set[Any] = set()
    tails: set[Any] = set()      # elements a label follows in their tail, not within
    for h in hits:
        boundary.add(h.holder)
        if not h.in_tail:
            boundary.update(h.holder.iterancestors())
    for h in hits:
        if h.in_tail and not any(o.holder is h.holder and not o.in_tail for o in hits):
            tails.add(h.holder)
    order = order or {}
    found: list[LabelValue] = []
    chrome: dict[Any, bool] = {}
    for h in hits:
        lv = LabelValue(field=h.field, language=h.language, holder=h.holder,
                        explicit=h.explicit or tag(h.holder) in ("dt", "th", "label")
                        or _colon_follows(h), order=order.get(h.holder, 0))
        parts = _value_parts(h, boundary - {h.holder}, tails)
        _read_value(lv, parts)
        lv.in_chrome = skip_chrome and _in_chrome(h.holder, chrome)
        found.append(lv)
    _mark_clusters(found)
    grouped: dict[str, list[LabelValue]] = {}
    for lv in sorted(found, key=_rank):
        grouped.setdefault(lv.field, []).append(lv)
    return grouped


def _in_chrome(el: Any, known: dict[Any, bool]) -> bool:
    """:func:`scraper.extract.structure.in_chrome`, remembering each ancestor's answer in
    ``known``: a page's labels share their ancestors, whose class names are looked at
    (and for some, their paragraphs counted) once."""
    chain: list[Any] = []
    node, answer = el, False
    while node is not None:
        if node in known:
            answer = known[node]
            break
        chain.append(node)
        if isinstance(node.tag, str) and is_chrome_element(node):
            answer = True
            break
        node = node.getparent()
    for seen in chain:
        known[seen] = answer
    return answer


def _rank(lv: LabelValue) -> tuple[int, int, int, int, int]:
    too_long = len(lv.items) > MAX_VALUES
    return (lv.in_chrome, too_long, not lv.clustered, not lv.explicit, lv.order)


def best(found: dict[str, list[LabelValue]], name: str) -> LabelValue | None:
    """The most trustworthy label of field ``name`` that has a value (else None)."""
    for lv in found.get(name, []):
        if not lv.in_chrome and not lv.empty and len(lv.items) <= MAX_VALUES \
                and not (name == "issued_by" and _names_users(lv)):
            return lv
    if name == "content_type":
        # a category naming a type ("Категория: Пресс-релизы"), not a topic or a unit
        for lv in found.get("category", []):
            if not lv.in_chrome and not lv.empty and len(lv.items) == 1 \
                    and field_of_work_id(lv.items[0]) is None \
                    and structure_id(lv.items[0]) is None:
                return lv
    return None


def _names_users(lv: LabelValue) -> bool:
    """A value that is links to the site's users' pages ("Veröffentlicht von
    <a href=userinfo.php?uid=9>webredaktion</a>"): a poster, no issuer."""
    links = [a.get("href") for el in lv.elements for a in
             ([el] if isinstance(el.tag, str) and el.tag == "a" else el.iter("a"))
             if a.get("href")]
    return bool(links) and all(urls.is_user_page(href) for href in links)


def present(found: dict[str, list[LabelValue]]) -> list[LabelValue]:
    """Labels outside chrome (with or without value): the item's label block."""
    return [lv for group in found.values() for lv in group
            if not lv.in_chrome and len(lv.items) <= MAX_VALUES]


def _colon_follows(h: _Hit) -> bool:
    """``<span>Where we are</span>:``: the colon stands right after the label element."""
    if h.in_tail or h.rest:
        return False
    tail = (h.holder.tail or "").lstrip(" \u00a0")
    return tail.startswith((":", "：")) or (not tail and tag(h.holder.getparent()) == "th")


def _colon_written(h: _Hit) -> bool:
    """``<span>Abstract</span>:``: a colon written right after the label element."""
    return not h.in_tail and not h.rest and \
        (h.holder.tail or "").lstrip(" \u00a0").startswith((":", "："))


def _collect(hits: list[_Hit], el: Any, text: str, in_tail: bool) -> None:
    if len(text) > 400:
        return
    m = match_label(text)
    if not m:
        return
    if names_no_item_fact(el.getparent() if in_tail else el) or is_link_name(el, text, in_tail):
        return
    # a tail stands in its element's parent: the element's own hiding does not apply
    hidden = hidden_ancestor(el.getparent() if in_tail else el)
    if hidden is None:
        # "veröffentlicht 20.06.2005 —": a date label without a colon matched only with
        # its whole date after it; what follows is another fact ("zuletzt verändert")
        closed = m[0] == "issued_on" and bool(m[2]) and not m[3]
        rest = m[2]
        if m[0] == "issued_by" and rest and not m[3]:
            # "Pubblicato da Presidenza OSCE in <a>…</a>": an issuer's label without a
            # colon names them in its own words, up to the word joining the next fact
            closed, rest = True, _without_joining_word(rest)
        hits.extend(_line_hits(_Hit(m[0], m[1], el, in_tail, rest, m[3], closed=closed)))
    elif hidden == SCREEN_READER_ONLY and not m[2] and not in_tail \
            and fold(COLON.sub("", text)) not in _GENERIC_TOPICS:
        # "<h2 class="visually-hidden">Fields of work</h2>" over a visible list: the
        # accessible label of what follows (its value must be visible, never its own).
        # A generic topic word spoken only ("<span class=slds-assistive-text>Topics</span>"
        # over a row of pills) labels nothing: the row is the item's unlabelled tags
        hits.append(_Hit(m[0], m[1], el, in_tail, "", m[3], screen_reader=True))


def _without_joining_word(text: str) -> str:
    """``text`` without a short lower-case word at its end ("Presidenza OSCE in")."""
    m = _JOINING_WORD.search(text)
    return text[:m.start()] if m and m.group(1).islower() else text


def _line_hits(hit: _Hit) -> list[_Hit]:
    """``Published: 4 May 2021 | Issued by: OSCE Secretariat`` in one text: a label
    after a bar or bullet starts a value of its own; each value but the last ends at
    the bar."""
    pieces = FACT_SEPARATOR.split(hit.rest)
    hits, values = [hit], [[pieces[0]]]
    for i, piece in enumerate(pieces[1:], 1):
        m = match_label(piece)
        # the line's last fact may be a label with a colon and nothing after it in the
        # text: its value is the element that follows ("· Arbeitsbereiche: <a>…</a>")
        last_label = m is not None and m[3] and i == len(pieces) - 1
        if m is None or not (m[2] or last_label):
            values[-1].append(piece)
            continue
        hits.append(_Hit(m[0], m[1], hit.holder, hit.in_tail, m[2], m[3]))
        values.append([m[2]])
    if len(hits) > 1:
        for h, value in zip(hits, values, strict=True):
            h.rest = " | ".join(value)
            h.closed = h is not hits[-1]
    return hits


def _collect_icon_labels(hits: list[_Hit], root: Any) -> None:
    """Labels that are only an icon: ``<i class="icon-user" title="Issued by"></i>``,
    ``<img alt="Date:">``, ``<svg aria-label="Published">``: their accessible name."""
    for el in root.xpath(".//*[@aria-label or @title or @alt or @aria-labelledby]"
                         " | .//*[local-name()='svg'][*[local-name()='title']]"):
        if visible_text(el) or hidden_ancestor(el) is not None:
            continue
        name = accessible_name(el)
        if not name or len(name) > MAX_LABEL + 2:
            continue
        hit = label_index().get(fold(name))
        # a generic topic word as an icon's only name ("<svg><title>Тема</title>" in Open
        # Social's teaser-type box) names the item's kind (its "topic" content type),
        # no labelled group: like one spoken only to screen readers, it labels nothing
        if hit and fold(COLON.sub("", name)) not in _GENERIC_TOPICS:
            hits.append(_Hit(hit[0], hit[1], el, False, "", bool(COLON.search(name[-3:]))))
    # an abbreviated label: <abbr title="Veröffentlicht am">Veröff.</abbr>: its expansion
    for el in root.xpath(".//abbr[@title] | .//acronym[@title]"):
        hit = label_index().get(fold(el.get("title")))
        if hit and not label_index().get(fold(visible_text(el))) \
                and hidden_ancestor(el) is None:
            hits.append(_Hit(hit[0], hit[1], el, False, "", False))


def _value_parts(h: _Hit, boundary: set[Any], tails: set[Any]) -> list[Any]:
    """The nodes (elements and strings) that make up the label's value."""
    # 1. whatever follows the label inside the same parent
    if h.in_tail:
        parent, following = h.holder.getparent(), list(h.holder.itersiblings())
    else:
        # inside a hidden or icon label nothing is visible: the value follows it
        empty = h.screen_reader or not visible_text(h.holder)
        parent, following = h.holder, [] if empty else list(h.holder)
    inline = _one_fact(h, inline_run([h.rest], [] if h.closed else following, boundary,
                                     tails=tails))
    if any(has_content(p) for p in inline):
        return inline
    # 2. nothing there: the label is an element of its own; the value follows it
    unit = h.holder if not h.in_tail else parent
    boundary = boundary | unknown_labels(h.holder, list(h.holder.itersiblings()))
    for _ in range(5):
        # nor beyond its table row: the next row is another entry's (a label with no
        # value left in its cell, "Issued by" over a dash)
        if unit is None or tag(unit) in ("body", "html", "main", "article", "tr"):
            return []
        siblings = list(unit.itersiblings())
        tail = unit.tail or ""
        if has_content(tail) or (not is_block(unit) and siblings):
            run = _one_fact(h, inline_run([tail], siblings, boundary, take_one_block=True))
            if any(has_content(p) for p in run):
                return run
        # a hidden label is still a label: a screen-reader-only ``<dt>`` between two
        # ``<dd>`` ends the value before it, though it shows nothing
        content = [s for s in siblings if s in boundary or not skipped(s)]
        first = next((s for s in content if has_content(s) or tag(s) == "time"), None)
        if first is not None and first not in boundary:
            run = [first]
            if tag(first) in _MULTI_SIBLING_TAGS:
                rest = content[content.index(first) + 1:]
                for i, s in enumerate(rest):
                    if tag(s) == "br" and tag(first) == "a" and one_a_line(s, rest[i + 1:]):
                        run.append(s)
                        continue   # "<a>A</a><br><a>B</a>": the values one link a line
                    if s in boundary or tag(s) != tag(first):
                        break
                    run.append(s)
            else:
                run.extend(alike_boxes(first, content[content.index(first) + 1:], boundary))
            return run
        if first is not None:       # the next thing is another label: no value
            return []
        unit = unit.getparent()
    return []


def _one_fact(h: _Hit, run: list[Any]) -> list[Any]:
    """A date label's value ends with its date, a type's with its line or the bar
    after it, whether the value is in the label's own text or after the label's
    element ("<span>Tipo:</span> Notizia · <span>Pubblicato da:</span> …")."""
    if h.field == "issued_on":
        return up_to_date(run, h.language)
    if h.field in ("content_type", "category"):
        return up_to_line_end(run)
    if h.field == "issued_by" and not h.explicit:
        return _before_joining_word(run)
    return run


def _before_joining_word(run: list[Any]) -> list[Any]:
    """An issuer's label without a colon ("Pubblicato da <span>A</span> in <a>…</a>")
    names them up to a lone short word in lower case between elements, the word
    joining the next fact; "and", "e", "et" join two issuers and go on."""
    for i, part in enumerate(run):
        word = part.strip() if isinstance(part, str) else ""
        if i and word and word.islower() and fold(word) not in _CONJUNCTIONS \
                and _JOINING_WORD.fullmatch(" " + word) \
                and any(has_content(p) for p in run[:i]):
            return run[:i]
    return run


_INITIALS = re.compile(r"^[A-ZА-ЯЁІЇЄ]{1,3}$")


def _jumps(a: Any) -> bool:
    """A link to a post's comments (``…/785420#comments``, ``#respond``, Disqus's
    ``#disqus_thread``): a blog's "Comments are closed" or "3 comments" written after
    the post's facts on their line, no value of the fact before it however alike its
    markup.  (A tag page's anchor, ``/tags#elections``, is a value.)  Nor is a post's
    permalink, its place on its day's or month's archive page (blosxom's ``<a
    href=/news/2008/05/21#828721>permalink</a>`` ending the line of facts): a date's
    page names no topic or issuer."""
    parts = urlsplit((a.get("href") or "").strip())
    return bool(_COMMENTS_ANCHOR.search(parts.fragment)) or bool(
        parts.fragment and _DATED_ARCHIVE.search(parts.path))


# the anchors blog engines give their comments section and form
_COMMENTS_ANCHOR = re.compile(r"comment|respond|reply|disqus|kommentar", re.I)
# a date archive's address: a year and month, a day perhaps, ending the path
_DATED_ARCHIVE = re.compile(
    r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?(?:/|/index\.\w+)?$")


def _read_value(lv: LabelValue, parts: list[Any]) -> None:
    items: list[str] = []
    texts: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            items.extend(split_values("".join(buf)))
            buf.clear()

    first_text = True
    has_links = False
    for part in parts:
        if not isinstance(part, str) and skipped(part):
            continue     # hidden text is never part of a value
        if isinstance(part, str):
            if first_text:
                part = part.lstrip(" \t\r\n\u00a0:：")
                first_text = False
            buf.append(part)
            texts.append(part)
            continue
        first_text = False
        lv.elements.append(part)
        link_depth = 0
        link_buf: list[str] = []
        jump = False
        for kind, node in tokens(part):
            if kind == "open" and tag(node) == "a":
                has_links = True
            if kind == "text":
                texts.append(node)
                (link_buf if link_depth else buf).append(node)
            elif kind == "open":
                t = tag(node)
                if t == "time" and node.get("datetime") and not lv.datetime:
                    lv.datetime = node.get("datetime").strip()
                    lv.time_text = clean("".join(node.itertext()))
                if t == "a":
                    flush()
                    link_depth += 1
                    jump = jump or (link_depth == 1 and (_jumps(node) or reads_more(node)))
                elif t == "br" or is_block(node):
                    buf.append("\n")
            elif kind == "close":
                t = tag(node)
                nxt = node.getnext()
                if t != "a" and nxt is not None and tag(nxt) == t and \
                        not (node.tail or "").strip():
                    # <span class="tag">A</span><span class="tag">B</span>: pills, one
                    # value each, with nothing written between them
                    (link_buf if link_depth else buf).append("\n")
                if t == "a" and link_depth:
                    link_depth -= 1
                    if not link_depth:
                        value = clean("".join(link_buf))
                        if value and not jump:
                            items.append(value)
                        link_buf.clear()
                        jump = False
                elif is_block(node):
                    buf.append("\n")
    flush()
    if has_links:
        # "<a>A</a> y <a>B</a>": words between links only join them
        items = [i for i in items if fold(i) not in _CONJUNCTIONS]
        # an avatar's initials before each linked name ("SO <a>Segretariato OSCE</a>")
        items = [i for i in items if not _INITIALS.match(i)]
    lv.items = [i for i in items if i]
    text = clean(" ".join(texts)).lstrip(":： ")
    # a value of no word or number ("—", "-", "…") is a placeholder for none (a table
    # cell's dash where a row has no type): the label has no value
    lv.text = text if any(ch.isalnum() for ch in text) else ""


def read_value(name: str, language: str, holder: Any, parts: list[Any]) -> LabelValue:
    """The value held by ``parts`` for a label found some other way (column headers)."""
    lv = LabelValue(field=name, language=language, holder=holder, explicit=True, order=0)
    _read_value(lv, parts)
    return lv


def _mark_clusters(found: list[LabelValue]) -> None:
    chains = {id(lv): [lv.holder, *list(lv.holder.iterancestors())[:4]] for lv in found}
    for lv in found:
        mine = set(chains[id(lv)])
        lv.clustered = any(
            other.field != lv.field and mine & set(chains[id(other)])
            for other in found if other is not lv
        )
