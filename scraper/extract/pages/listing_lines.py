"""Lines of a listing entry that are no link to its item: a bold headline over the
teaser (older news scripts link only "Read more"), a category glued before it
("Press release: Headline"), a byline naming who wrote the item."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from scraper.extract import urls
from scraper.extract.author_lines import is_ago_line
from scraper.extract.dates import date_in_byline, is_date_line, parse_date
from scraper.extract.document import Document
from scraper.extract.identities import field_of_work_id, structure_id
from scraper.extract.labels import LabelValue
from scraper.extract.pages.common import is_under
from scraper.extract.structure import is_block, tag
from scraper.extract.text import clean, fold, words
from scraper.extract.visible import spoken_text
from scraper.extract.vocabulary import (
    ACTION_LINK_TEXTS,
    COMMENTS_CLOSED_TEXTS,
    GENERIC_TOPIC_LABELS,
)

_ACTIONS = frozenset(fold(t) for t in ACTION_LINK_TEXTS)
_COMMENTS_CLOSED = frozenset(fold(t) for t in COMMENTS_CLOSED_TEXTS)
# what may stand between and inside action links besides their words: separators,
# a count and its brackets ("Comments (3)", "| 5 Kommentare ·")
_NOT_WORDS = re.compile(r"[\s|·•/,;:()\[\]\d\u00a0–—-]+")
# a row of the entry's tags opens with one of these words: the links after it are tags
_TAG_LABELS = frozenset(fold(t) for t in GENERIC_TOPIC_LABELS)
_COLON = re.compile(r"\s*[:：]$")
_LEADING_NOT_WORDS = re.compile(rf"^{_NOT_WORDS.pattern}")
_BOLD = ("b", "strong")
# fewer words than this in a bold line: a label or a date ("Issued by:"), no headline
_MIN_HEADLINE_WORDS = 3
_MAX_TYPE_WORDS = 4


def _own_text(node: Any) -> str:
    """What a reader reads in it, images' alt text left out (a topic icon beside the
    headline says nothing of the line)."""
    return clean("".join(node.itertext())) if isinstance(node.tag, str) else ""


def _stands_alone(el: Any, stop: Any) -> bool:
    """Nothing else is written on ``el``'s line: from the ``<br>`` or block start before
    it to the ``<br>`` or block end after it."""
    top = el
    while top.getparent() is not None and top.getparent() is not stop \
            and not is_block(top.getparent()):
        top = top.getparent()
    parent = top.getparent()
    if parent is None:
        return False
    before = []
    for sib in top.itersiblings(preceding=True):
        if tag(sib) == "br" or is_block(sib):
            before.append(sib.tail or "")
            break
        before += [sib.tail or "", _own_text(sib)]
    else:
        before.append(parent.text or "")
    after = [top.tail or ""]
    for sib in top.itersiblings():
        if tag(sib) == "br" or is_block(sib):
            break
        after += [_own_text(sib), sib.tail or ""]
    return not clean(" ".join(before + after))


def category_prefix(doc: Document, line: Any) -> tuple[Any, str, str] | None:
    """``<b><a href="…categories…">Press release</a>: Headline</b>``: (the category's
    link, its text, the headline after the colon).  The link opens the line and leads
    to no item: a category's page."""
    first = next((c for c in line if isinstance(c.tag, str)), None)
    if first is None or tag(first) != "a" or clean(line.text or ""):
        return None
    href = doc.absolute(first.get("href"))
    if not href or urls.item_number(href) is not None:
        return None
    category = doc.element_text(first)
    text = doc.element_text(line)
    rest = text[len(category):].lstrip() if category and text.startswith(category) else ""
    if not rest.startswith((":", "：")) or not clean(rest[1:]):
        return None
    return first, category, clean(rest[1:])


def title_prefix(doc: Document, title: Any) -> tuple[Any, str, str] | None:
    """The category's link opening the title's line (:func:`category_prefix`), or
    standing before a title that is a link of its own, a colon between (RunCms's
    ``<b><a href="…?storytopic=3">Press release</a>: <a href="…?storyid=N">Headline</a>
    </b>``): the entry's type, even where the category's link leads back to the list
    the page shows; a topic naming a field of work is none."""
    if title is None:
        return None
    if (own := category_prefix(doc, title)) is not None:
        return own
    line = title.getparent() if tag(title) == "a" else None
    prefixed = category_prefix(doc, line) if line is not None else None
    # a topic naming a field of work is the entry's field, no type (XOOPS's topics)
    if prefixed is None or prefixed[0] is title \
            or prefixed[2] != clean(doc.element_text(title)) \
            or field_of_work_id(prefixed[1]) is not None:
        return None
    return prefixed


def category_link(doc: Document, parts: list[Any], skip: set[Any]) -> Any:
    """A link to the page of the entry's category standing on a line of its own (Mambo's
    ``<span><a href="…task=category…">Press releases</a></span>``): the entry's type."""
    for part in parts:
        for a in part.iter("a"):
            if a not in skip and urls.is_category_page(doc.absolute(a.get("href"))) \
                    and 0 < len(words(doc.element_text(a))) <= _MAX_TYPE_WORDS \
                    and _stands_alone(a, part):
                return a
    return None


def bold_headline(doc: Document, entry: Any) -> tuple[Any, str] | None:
    """The first bold line of the entry that stands on a line of its own and links to
    nothing but maybe its category: the headline of an entry whose only link to the
    item says "Read more"."""
    for b in entry.iter(*_BOLD):
        if any(tag(x) == "a" for x in b.iterancestors()) or not _stands_alone(b, entry):
            continue
        prefixed = category_prefix(doc, b)
        if prefixed is None and any(True for _ in b.iter("a")):
            continue
        title = prefixed[2] if prefixed else doc.element_text(b)
        if len(words(title)) >= _MIN_HEADLINE_WORDS and not title.endswith((":", "：")):
            return b, title
    return None


def structure_byline(labels: dict[str, list[LabelValue]]) -> LabelValue | None:
    """A byline whose writers are all known structures ("geschrieben von OSZE-Vorsitz,
    OSZE-Generalsekretär"): the issuers.  A site's user ("Опубликовал admin") is none;
    so is an issuer's label whose value links to users' pages, unless those users are the
    structures themselves, each a known one ("Opublikowane przez <a href=/author/odihr/>
    Biuro Instytucji …</a>": a blog whose authors are the structures)."""
    for lv in [*labels.get("byline", []), *labels.get("issued_by", [])]:
        if lv.items and not lv.in_chrome and all(structure_id(item) for item in lv.items):
            return lv
    return None


def byline_date(labels: dict[str, list[LabelValue]], language: str) -> str | None:
    """The date a byline's value runs on into ("Опубликовал admin Вторник, 18 Март
    2003 @ 16:40:12 MSK")."""
    for lv in labels.get("byline", []):
        found = date_in_byline(lv.text, lv.language) or date_in_byline(lv.text, language)
        if found:
            return found
    return None


# the most words a script's control link says ("Предпросмотр", "Show details")
_CONTROL_WORDS = 3


def is_control_link(el: Any) -> bool:
    """A link that leads nowhere (``javascript:…``, a bare ``#``) saying a word or
    two: a script's control ("Предпросмотр" opening a preview), no teaser words."""
    if not isinstance(el.tag, str) or el.tag != "a":
        return False
    href = (el.get("href") or "").strip().lower()
    if not (href.startswith("javascript:") or href == "#"):
        return False
    return len(" ".join(el.itertext()).split()) <= _CONTROL_WORDS


def is_action_link(shown: str) -> bool:
    """A link's shown words are an action's ("Comments (3)", "Print"), a count aside."""
    return fold(_NOT_WORDS.sub(" ", shown)) in _ACTIONS


def says_comments_closed(line: str) -> bool:
    """A line saying no more than that the entry's comments are closed ("Comments Off",
    "Commenti disabilitati", "Możliwość komentowania jest wyłączona"): no teaser."""
    return fold(_NOT_WORDS.sub(" ", line)) in _COMMENTS_CLOSED


def is_posted_line(doc: Document, line: Any, links: Iterable[Any]) -> bool:
    """A line holding a ``<time>`` and a link to its writer (``rel="author"``, a site
    user's page) among its ``links``: the entry's "Posted in <a>News</a> on <time> by
    <a>Editor</a>", whatever words join them; its facts are read, its words are no
    teaser."""
    return any(True for _ in line.iter("time")) and any(
        "author" in (a.get("rel") or "").lower().split()
        or urls.is_user_page(doc.absolute(a.get("href")) or "") for a in links)


def is_stamped_line(doc: Document, line: Any, href: str) -> bool:
    """A line holding the entry's permalink written as its time ("Publicado a las
    <a href=ITEM>04:40 p.m. jun 12, 2012</a> por … en …", Apache Roller's and Radio's
    bylines): the byline, no teaser."""
    return any(doc.absolute(a.get("href")) == href
               and is_date_line(doc.element_text(a) or "-") for a in line.iter("a"))


def is_action_row(doc: Document, links: Iterable[Any], text: str) -> bool:
    """A line (its shown ``text`` and the ``links`` whose words stand in it) of the
    entry's action links and tags and nothing else: "Permalink | Comments on this
    entry", "Share · Print" (each link's words in
    :data:`~scraper.extract.vocabulary.ACTION_LINK_TEXTS`, only separators and counts
    between them), "Tags: <a>borders</a>, <a>Khorog</a> Comments (0)" (after a tags
    label, :data:`~scraper.extract.vocabulary.GENERIC_TOPIC_LABELS`, any link is a
    tag, whatever its words): no teaser sentence.  Only what the line still shows is
    read: a link taken out of it (a tag naming a known field of work, read as the
    entry's field) leaves its label and the actions beside it, still no teaser."""
    rest, tagged, found = text, False, False
    for a in links:
        shown = doc.element_text(a)
        at = rest.find(shown) if shown else -1
        if at < 0:
            continue        # its words are not on this line (taken out, or a nested block's)
        gap = _gap(rest[:at])
        if gap is None:
            return False
        tagged = tagged or gap
        if not tagged and not is_action_link(shown):
            return False
        rest, found = rest[at + len(shown):], True
    gap = _gap(rest)
    return gap is not None and (found or gap)


def _gap(text: str) -> bool | None:
    """What stands between a line's links: True for a tags label ("Tags:",
    "Барчаспҳо:"), False for separators and counts alone, None for other words."""
    if not _NOT_WORDS.sub("", text):
        return False
    label = _COLON.sub("", _LEADING_NOT_WORDS.sub("", text).rstrip())
    return True if fold(label) in _TAG_LABELS else None


def line_of(doc: Document, block: Any, el: Any) -> str:
    """The visible text of the line of ``block`` that ``el`` stands on: from the
    ``<br>`` (or the block's start) before it to the ``<br>`` (or its end) after it.  A
    paragraph an old wiki or news script writes one entry in (``<strong>14.06.2012
    </strong> — <a>Headline</a><br>type · labels<br>teaser``) holds the headline's link
    on a line of its own, no sentence of the teaser."""
    lines: list[list[str]] = [[]]
    at = 0

    def walk(node: Any) -> None:
        nonlocal at
        lines[-1].append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                if tag(child) == "br":
                    lines.append([])
                elif child is el:
                    at = len(lines) - 1
                    lines[-1].append(doc.element_text(child))
                elif is_under(el, child) or any(True for _ in child.iter("br")):
                    walk(child)
                else:
                    lines[-1].append(doc.element_text(child))
            lines[-1].append(child.tail or "")

    walk(block)
    return clean(" ".join(lines[at]))


def reply_boxes(doc: Document, entry: Any, title_el: Any, href: str) -> list[Any]:
    """The boxes of a forum row that show another post than the entry's own (NodeBB's
    and Discourse's teaser column of the last reply: the replier's avatar, a permalink
    showing only its time, the reply's first words): the row's parts, apart from the
    one holding the title, that hold a permalink to a post under the item (its address
    and a further step, ``/topic/<id>/<slug>/3``) or to any other address, shown as no
    more than a time; and a reader's comment listed under a stream's entry, its
    permalink's anchor naming one comment (``…/p/6120/#acomment-6124``)."""
    out: list[Any] = []
    for a in entry.iter("a"):
        target = doc.absolute(a.get("href"))
        if target is None or urls.canonical(target) == urls.canonical(href):
            continue
        if not _ONE_COMMENT.search((a.get("href") or "").partition("#")[2].strip()):
            shown = doc.element_text(a)
            if shown and not is_ago_line(shown) and not parse_date(shown, None):
                continue
            if not (_under_address(target, href) or _holds_timestamp(a)):
                continue
        box = a
        while box.getparent() is not None and box.getparent() is not entry:
            box = box.getparent()
        if box is not a and box not in out and not (
                title_el is not None and (title_el is box or is_under(title_el, box))):
            out.append(box)
    return out


def _under_address(target: str, href: str) -> bool:
    """``target``'s path goes on from ``href``'s by a step or more (a post of a topic)."""
    mine, theirs = urls.split(href), urls.split(target)
    if mine is None or theirs is None:
        return False
    path = mine.path.rstrip("/") + "/"
    return (theirs.hostname or "") == (mine.hostname or "") and len(path) > 1 \
        and theirs.path.startswith(path) and bool(theirs.path[len(path):].strip("/"))


# an anchor naming one comment of a page ("comment-12", WordPress; "acomment-6124",
# BuddyPress's activity replies), not the comments section ("#comments")
_ONE_COMMENT = re.compile(r"comment[-_]?\d+$", re.I)

# a machine-readable time in an attribute: "2020-06-17T09:12:00.000Z"
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _holds_timestamp(a: Any) -> bool:
    """The link holds a time for scripts to show (``<time datetime>``, a timeago span
    with the time in its ``title``)."""
    return any(x.get("datetime") or _TIMESTAMP.match((x.get("title") or "").strip())
               for x in a.iter() if isinstance(x.tag, str))


# a search engine's figures under a hit: the file's size and the hit's relevance
# ("– 9 КБ – Релевантность: 94%", "12 KB - Score: 0.87", "Pertinence : 78 %")
_HIT_FIGURES = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|[kmg]o|[кмг]б|bytes?|octets|байт)\b"
    r"|(?:relevance|relevancy|score|rank|релевантность|релевантність|relevanz|pertinence"
    r"|pertinencia|relevancia|rilevanza|pertinenza|trafność|trafnosc|trefferquote)"
    r"\s*:?\s*\d+(?:[.,]\d+)?\s*%?|\d+(?:[.,]\d+)?\s*%", re.I)


def is_hit_figures(text: str) -> bool:
    """A search hit's size and relevance line, no teaser."""
    if not _HIT_FIGURES.search(text):
        return False
    return not re.search(r"\w", _HIT_FIGURES.sub(" ", text))


def names_item_unseen(a: Any, shown: str, title: str | None) -> bool:
    """The link's words for screen readers name the item (its ``title``) and its
    ``shown`` words do not: a call to read on, its hidden tail saying on to what."""
    if not title or not shown:
        return False
    folded = fold(title)
    return folded not in fold(shown) and folded in fold(spoken_text(a))


def shows_address(text: str, href: str) -> bool:
    """The entry's address written out as text (a search hit's green line), with or
    without its scheme, or as a trail of its parts: ``www.osce.org/ru/odihr/481234``,
    ``www.osce.org › it › odihr › 563902``."""
    def bare(url: str) -> str:
        url = re.sub(r"^(?:https?:)?//", "", url.strip().lower()).removeprefix("www.")
        return url.rstrip("/")
    shown = _ADDRESS_TRAIL.sub("/", text.strip())
    return bool(shown) and " " not in shown and bare(shown) == bare(href)


# the parts of an address shown as a trail: "osce.org › it › odihr"
_ADDRESS_TRAIL = re.compile(r"\s*[›»>]\s*")


# a sentence's end: a word of three letters or more, then its stop ("… 2023 года.");
# a byline ends in a figure, a bracket or an abbreviation ("… 2003 г.", "(412 reads)")
_SENTENCE_END = re.compile(r"[^\W\d_]{3,}[.!?…]$")


def is_byline_line(text: str, language: str) -> bool:
    """A byline's line ("Posted by admin on 18 March 2003 @ 16:40"), no sentence."""
    return not _SENTENCE_END.search(text.strip()) and bool(date_in_byline(text, language))


# the most words left of a line of labelled facts once its values are read
_FACTS_LEFT_WORDS = 6


def is_facts_left(line: Any, text: str, holders: Iterable[Any]) -> bool:
    """What is left of a line of labelled facts once its labels and values are read
    (PluXml's "Rédigé par <strong>X</strong> <time>…</time> dans : <a>Actualités</a>
    <a>2 commentaires</a>" leaves "dans : 2 commentaires"): the line holds a label of
    its own (``holders``, the labels' elements, their nearest block is the line's) and
    a few words remain, no sentence.  No teaser."""
    if _SENTENCE_END.search(text.strip()) or len(words(text)) > _FACTS_LEFT_WORDS:
        return False
    return any(_block_holding(h) is line for h in holders)


def is_fact_line(line: Any, text: str, holders: Iterable[Any]) -> bool:
    """A line of the entry's labelled facts (:func:`is_facts_left`,
    :func:`is_fact_beside`): no teaser."""
    return is_facts_left(line, text, holders) or is_fact_beside(line, text, holders) \
        or is_taxonomy_line(line)


# the microformat's relations of a post's taxonomy links (WordPress's rel="category tag")
_TAXONOMY_RELS = frozenset({"tag", "category"})
_LABEL_PARTS = re.compile(r"[:：|·•]")
_TAXONOMY_LABEL_WORDS = 3


def is_taxonomy_line(line: Any) -> bool:
    """A line of the entry's taxonomy links (``rel="tag"``, ``rel="category tag"``)
    between their label words ("Categorías: <a>Noticia</a>, <a>OIDDH</a> Etiquetas:
    <a>Elecciones</a>"): the links are read as facts or dropped ("Uncategorized"),
    what is left is labels, whatever their language; no teaser."""
    if not any(_is_taxonomy_link(a) for a in line.iter("a")):
        return False
    rest = "".join(_text_beside_taxonomy(line))
    return not _SENTENCE_END.search(rest.strip()) and all(
        len(words(piece)) <= _TAXONOMY_LABEL_WORDS for piece in _LABEL_PARTS.split(rest))


def _is_taxonomy_link(a: Any) -> bool:
    return bool(_TAXONOMY_RELS & set((a.get("rel") or "").lower().split()))


def _text_beside_taxonomy(el: Any) -> Iterable[str]:
    """``el``'s text without its taxonomy links' words (their tails kept)."""
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str) and not (tag(child) == "a" and _is_taxonomy_link(child)):
            yield from _text_beside_taxonomy(child)
        yield child.tail or ""


def is_fact_beside(line: Any, text: str, holders: Iterable[Any]) -> bool:
    """A line of the entry's block of facts written "Label: value" (a few words closed
    by a colon, then a short value, no sentence: Joomla's article-info "Categoria
    principale: <a>Sala stampa</a>", "Hits: 1200") standing beside a line whose label
    was read (``holders``: its line and this one are children of one box, a ``<dl>`` of
    details, a row of facts), whatever its label's words: a fact, no teaser."""
    found = _LABELLED_FACT.match(text.strip())
    if found is None or _SENTENCE_END.search(text.strip()) \
            or len(words(found.group(1))) > _FACT_LABEL_WORDS \
            or len(words(found.group(2))) > _FACT_VALUE_WORDS:
        return False
    box = line.getparent()
    return box is not None and any(
        (held := _block_holding(h)) is not line and held is not None
        and held.getparent() is box for h in holders)


# "Label: value": a label of words (no figures: "12:30" is a time), its colon, a value
_LABELLED_FACT = re.compile(r"^([^\W\d_][^:：\d]*?)\s*[:：]\s+(\S.*)$")
# the most words of a fact's label and of its value
_FACT_LABEL_WORDS = 4
_FACT_VALUE_WORDS = 6


def _block_holding(el: Any) -> Any:
    """The nearest block element holding ``el`` (itself when one)."""
    node = el
    while node is not None and isinstance(node.tag, str) and not is_block(node):
        node = node.getparent()
    return node


def in_entry_footer(line: Any, part: Any, title_el: Any) -> bool:
    """A line inside the entry's own ``<footer>`` (HTML's footer of an article: who
    wrote it, where it is filed, its tags; PluXml's "Classé dans : Aucun mot clé"),
    the headline outside it: the entry's facts, no teaser."""
    for box in [line, *line.iterancestors()]:
        if tag(box) == "footer":
            return title_el is None or not is_under(title_el, box)
        if box is part:
            return False
    return False


# the most words of a flag printed before a headline ("Sticky:", "Важно:", "Closed:")
_FLAG_WORDS = 3


def headline_flags(doc: Document, title: Any) -> list[Any]:
    """The short words closed by a colon printed right before the headline, beside it
    in its line (a forum's ``<span>Sticky:&nbsp;</span><a>Topic</a>``, "Closed:"): they
    label the headline itself, no teaser of the entry."""
    if title is None:
        return []
    found = []
    for sib in title.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or (sib.tail or "").strip():
            break
        text = doc.element_text(sib)
        if not text.endswith((":", "：")) or not 0 < len(words(text)) <= _FLAG_WORDS \
                or next(sib.iter("a"), None) is not None:
            break
        found.append(sib)
    return found
