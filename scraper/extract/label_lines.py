"""Where a label's value ends on its line: at a ``<br>`` before another fact of its own
("Documents: …"), at a bar or bullet after it, or, for a date label, with its
``<time>`` (:mod:`.labels` reads the values)."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.dates import parse_date
from scraper.extract.document import is_skipped_tag
from scraper.extract.item_boxes import column_heads, heads_last_column
from scraper.extract.structure import is_block, tag
from scraper.extract.text import BARS, fold
from scraper.extract.visible import is_hidden, tokens, visible_text
from scraper.extract.vocabulary import READ_MORE_FOLDED

# the start of a line that is a fact of its own: a few words and a colon ("Documents:")
_NEW_FACT = re.compile(r"\s*[^\W\d_][^\W\d_ \u00a0-]*(?:[ \u00a0-][^\W\d_]+){0,4}[ \u00a0]*[:：]")


# a bar or a bullet between the facts of a line ("A | Elections", "12 May · ODIHR")
_FACT_SEPARATOR = re.compile(rf"(?:^|\s)[{BARS}](?:\s|$)")


def fact_break(text: str) -> str | None:
    """``text`` (between a value's elements) up to a bar or bullet parting it from the
    next fact of its line; None when there is none."""
    m = _FACT_SEPARATOR.search(text)
    return text[:m.start()] if m else None


def like_last(run: list[Any], el: Any) -> bool:
    """``el`` is one more of the value's elements (a list of links or chips parted by
    bullets: "<a>A</a> · <a>B</a>"), not the next fact of the line.  Links of another
    ``rel`` are of another kind: ``rel="tag"`` (the rel-tag convention) marks a topic,
    so "Issued by: <a>A</a> | <a rel=tag>Elections</a>" ends the issuers at the bar."""
    last = next((p for p in reversed(run) if not isinstance(p, str)), None)
    return last is not None and el is not None and tag(last) == tag(el) \
        and last.get("class") == el.get("class") and _rels(last) == _rels(el)


def _rels(el: Any) -> set[str]:
    return set((el.get("rel") or "").casefold().split())


_MAX_BOX = 80   # a chip or tag names one thing: a box of more text is no chip


def alike_boxes(first: Any, following: list[Any], boundary: set[Any]) -> list[Any]:
    """The boxes after ``first`` that are more of it: chips or tags drawn as sibling
    blocks of one class with nothing written between them (``<div class="chip">A</div>
    <div class="chip">B</div>``), each a value of the label ``first`` follows. A box of
    another kind, any text between, another label or a long box ends them."""
    if not first.get("class") or not _short_box(first):
        return []
    run: list[Any] = []
    last = first
    for s in following:
        if not isinstance(s.tag, str):
            continue      # a comment between two chips
        if s in boundary or has_content(last.tail or "") or not _same_kind(last, s) \
                or not _short_box(s):
            break
        run.append(s)
        last = s
    return run


def _same_kind(a: Any, b: Any) -> bool:
    """Two boxes of one kind: one tag, and one class, or classes that differ in one
    name each beside two or more shared (a site builder gives every box a generated
    name of its own beside its kind's: ``bubble-element Text cBrwYU chip``)."""
    if tag(a) != tag(b):
        return False
    if a.get("class") == b.get("class"):
        return True
    x, y = set((a.get("class") or "").split()), set((b.get("class") or "").split())
    return len(x & y) >= 2 and len(x - y) <= 1 and len(y - x) <= 1


def _short_box(el: Any) -> bool:
    text = " ".join(visible_text(el).split())
    return 0 < len(text) <= _MAX_BOX


def _is_separator(el: Any) -> bool:
    """An element holding nothing but a bar or bullet (``<span class="sep">|</span>``):
    written between the facts of a line, as a bare character is."""
    return isinstance(el.tag, str) and not len(el) and \
        bool(_FACT_SEPARATOR.fullmatch((el.text or "").strip()))


def one_a_line(br: Any, after: list[Any]) -> bool:
    """``br`` parts two links of one value written one a line ("<a>A</a><br><a>B</a>"
    under "Issued by"): nothing written around it, a link right after it, and that
    line no fact of its own ("Documents: …")."""
    nxt = next((s for s in after if isinstance(s.tag, str)), None)
    prev = br.getprevious()
    return nxt is not None and tag(nxt) == "a" and not has_content(br.tail or "") \
        and prev is not None and not has_content(prev.tail or "") \
        and not starts_new_fact(br)


def starts_new_fact(br: Any) -> bool:
    """The line after ``br`` opens with a few words and a colon: a fact of its own."""
    return bool(_NEW_FACT.match(_text_after(br)))


def ends_paragraph(br: Any) -> bool:
    """``br`` is the first of ``<br><br>`` (nothing but white space between): the end of
    a paragraph in BB-code or auto-formatted text (vBulletin, LiveJournal), so the end of
    a label's value written on its line ("<b>Fields:</b> A, B<br><br>ОШ, 13 марта …":
    the text starts after it)."""
    if (br.tail or "").strip():
        return False
    nxt = br.getnext()
    return nxt is not None and tag(nxt) == "br"


def starts_sentence(br: Any) -> bool:
    """The line after ``br`` is a sentence (many words, a stop at its end): a teaser's,
    no name a label's value goes on with."""
    text = " ".join(_text_after(br).split())
    return len(text.split()) >= _SENTENCE_WORDS and bool(_SENTENCE_STOP.search(text))


# a line of this many words or more ending in a stop is a sentence, no name
_SENTENCE_WORDS = 6
_SENTENCE_STOP = re.compile(r"[^\W\d_]{2,}[.!?…]$")


def _text_after(br: Any) -> str:
    """The visible words that follow a ``<br>``, up to the next element's first text."""
    text = br.tail or ""
    nxt = br.getnext()
    if not text.strip() and nxt is not None and not (is_skipped_tag(nxt) or is_hidden(nxt)):
        text += visible_text(nxt)
    return text


def up_to_date(run: list[Any], language: str | None = None) -> list[Any]:
    """A date label's value ends with its date: "Publicado el <time>10 de marzo</time>
    por <a>Presidencia</a>" names the issuer after it, no part of the date; so does a
    date written out followed by a bar or bullet ("Publicado: Fri, 17 Nov 2023 14:05
    · Misión de la OSCE en Serbia": the next fact of the line, an issuer)."""
    shown = ""
    for i, part in enumerate(run):
        if not isinstance(part, str) and (tag(part) == "time" or any(
                True for _ in part.iter("time"))):
            return run[:i + 1]
        if isinstance(part, str) and (cut := fact_break(part)) is not None \
                and parse_date(shown + cut, language):
            return [*run[:i], cut]
        shown += part if isinstance(part, str) else visible_text(part)
    return run


_ONE_VALUE_END = re.compile(rf"\s[{BARS}]\s|\s\|$")
_WORD = re.compile(r"\w")


def up_to_line_end(run: list[Any]) -> list[Any]:
    """A one-word value (a content type) ends with its line: "Tipo: Noticia<br><a>Leer
    más...</a> (2817 bytes más) | Comentarios" goes on with the entry's links."""
    for i, part in enumerate(run):
        before = any(has_content(p) for p in run[:i])
        if not isinstance(part, str):
            if before and tag(part) == "br":
                return run[:i]
            continue
        # "Категория: <a>Пресс-релизы</a> | Комментарии: 2": a bar ends the one value;
        # so does one in the value's own text ("Tipo: Notizia · <span>Pubblicato da:")
        start = 0 if before else _first_word(part)
        if start is not None and (m := _ONE_VALUE_END.search(part, start)):
            return [*run[:i], part[:m.start()]]
    return run


def _first_word(text: str) -> int | None:
    """Where ``text``'s first word starts (None when it has none)."""
    m = _WORD.search(text)
    return m.start() if m else None


def has_content(node: Any) -> bool:
    if isinstance(node, str):
        return bool(node.strip(" \t\r\n\u00a0:：-–—"))
    if tag(node) == "time" and node.get("datetime"):
        return True
    if tag(node) == "br" or is_hidden(node):
        return False
    # a label's own colon in an element ("<dt>Issued by<span> :</span></dt>") is none
    return any(v.strip(" \t\r\n\u00a0:：-–—") for k, v in tokens(node) if k == "text")


def skipped(node: Any) -> bool:
    """No visible text in it: a script, a style, a hidden element."""
    return is_skipped_tag(node) or is_hidden(node)


def inline_run(start: list[str], siblings: list[Any], boundary: set[Any],
                take_one_block: bool = False, tails: set[Any] | frozenset[Any] = frozenset()
                ) -> list[Any]:
    run: list[Any] = [s for s in start if s]
    for i, s in enumerate(siblings):
        # "<span>A</span> <span class=sep>|</span> Date: …": the bar ends A, unless one
        # more like A follows it straight away ("<a>A</a> <span>|</span> <a>B</a>")
        if any(has_content(p) for p in run) and _is_separator(s) and (
                has_content(s.tail or "") or not like_last(run, next(
                    (x for x in siblings[i + 1:] if isinstance(x.tag, str)), None))):
            break
        if s in boundary:
            if s in tails:   # "A: <a>x</a> · B: y": the next label starts after the link
                run.append(s)
            break
        if any(has_content(p) for p in run) and isinstance(run[-1], str) and \
                (cut := fact_break(run[-1])) is not None and not like_last(run, s):
            run[-1] = cut   # "Issued by: <span>A</span> | <a>Elections</a>": a new fact
            break
        if skipped(s):
            if s.tail:
                run.append(s.tail)
            continue
        if is_block(s) and tag(s) not in ("br",):
            if take_one_block and not any(has_content(p) for p in run):
                run.append(s)
                run.extend(alike_boxes(s, siblings[i + 1:], boundary))
            break
        if tag(s) == "br" and any(has_content(p) for p in run) and \
                (starts_new_fact(s) or ends_paragraph(s) or starts_sentence(s)):
            # "Fields: A / B<br>Documents: …": the next line is a fact of its own; a
            # sentence on it ("Fields: <a>A</a><br>Forty pupils spent …") is the teaser
            break
        run.append(s)
        if s.tail and _CLOSING_STOP.match(s.tail):
            break   # "Tematy: <a>A</a>; <a>B</a>. <p>…": a citation's full stop ends it
        if s.tail:
            run.append(s.tail)
    return run


# a full stop straight after a value's element, closing its fact as a sentence does
_CLOSING_STOP = re.compile(r"\.(?:\s|$)")


def unknown_labels(holder: Any, siblings: list[Any]) -> set[Any]:
    """The siblings after a label's element written like it whose words end in a
    colon: other facts' labels, even ones no vocabulary knows, where the label's value
    ends ("<small>Issued by:</small>A <small>Views:</small>312": the count is no issuer)."""
    return {s for s in siblings if isinstance(s.tag, str) and _like_label(holder, s)}


_MAX_UNKNOWN_LABEL = 30


def _like_label(holder: Any, el: Any) -> bool:
    """``el`` has the label's tag and class and shows a few words ending in a colon."""
    if tag(el) != tag(holder) or el.get("class") != holder.get("class") or is_hidden(el):
        return False
    text = " ".join(visible_text(el).split())
    return len(text) <= _MAX_UNKNOWN_LABEL and bool(_NEW_FACT.fullmatch(text))


def is_link_name(el: Any, text: str, in_tail: bool) -> bool:
    """``text`` is the whole name of a link (``<a href>``), no colon after it: a way to
    another page named with a label's word (Nikola's ``<a class="sourcelink">Source</a>``
    to the post's source file, a menu's "Fields of work"), no label of what follows it."""
    if in_tail or _COLON_END.search(text):
        return False
    link = next((x for x in [el, *list(el.iterancestors())[:3]] if tag(x) == "a"), None)
    return link is not None and bool(link.get("href")) and \
        _words(visible_text(link)) == _words(text)


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


_COLON_END = re.compile(r"[:：]\s*$")


def names_no_item_fact(el: Any) -> bool:
    """A label here says nothing of the item: in a picture's or a table's caption
    ("Source: OSCE" credits the figure), or in a cell of a table's header row
    (``<tr><th>Place</th><th>Period</th></tr>`` names a column of a data table, and its
    value is no neighbour of it; so does a row of bold words in ``td`` cells over the
    rows, :func:`column_heads`, or a few words over the last column, :func:`heads_last_column`)."""
    if any(tag(x) in ("figcaption", "caption") for x in [el, *el.iterancestors()]):
        return True
    cell = next((x for x in [el, *list(el.iterancestors())[:3]] if tag(x) in ("th", "td")),
                None)
    row = cell.getparent() if cell is not None else None
    if row is None or tag(row) != "tr":
        return False
    cells = [c for c in row if tag(c) in ("th", "td")]
    return len(cells) >= 2 and (all(tag(c) == "th" for c in cells) or column_heads(row)
                                or heads_last_column(cell))


# the arrows and dots a read-more link draws after its words ("Czytaj więcej »")
_POINTERS = re.compile(r"[›»→>.…]+")


def reads_more(a: Any) -> bool:
    """A link whose shown words say no more than "Read more" (its words for screen
    readers aside): it leads on to the item, on whatever line of facts it stands (an
    unclosed ``<p>`` of topics running on to it), and names no topic or issuer."""
    return fold(_POINTERS.sub(" ", visible_text(a))) in READ_MORE_FOLDED
