"""Issuers and fields of work shown as bare links, without a label.

A teaser card or an item often names its issuers and fields of work only as links:
the issuer's name linking to the structure's page, the field's name to the field's
page (``/elections``, ``/pl/democratization``, ``/what/elections``).  The link's
text says what it is when it is a known structure's or field's name; the address
says it when it leads to a field of work's page.  Both are read only where no label said it,
and never from a link inside a teaser's sentence (:func:`in_sentence`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache
from typing import Any

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.identities import (
    content_type_id,
    field_of_work_id,
    field_of_work_ids,
    is_organisation,
    names_issuer,
    structure_id,
)
from scraper.extract.label_words import AGENT_WORDS
from scraper.extract.pages.common import is_under
from scraper.extract.pages.listing_not_types import author_slots
from scraper.extract.pages.listing_types import is_type
from scraper.extract.pages.news.hints import is_organisation_credit
from scraper.extract.structure import is_block, tag
from scraper.extract.text import BARS, fold, split_values
from scraper.extract.visible import hidden_ancestor
from scraper.extract.vocabulary import ORGANISATION_NAMES


def field_page(href: str, page: str) -> bool:
    """The address of a field of work's page on the item's own site: its slug alone
    after an optional language prefix and one section (``/ru/what/elections``)."""
    parts = urls.split(href)
    if parts is None or not urls.same_site(href, page):
        return False
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0] == urls.language_prefix(href):
        segments = segments[1:]
    return 1 <= len(segments) <= 2 and segments[-1] in _field_slugs() and not parts.query


# what separates the facts of a line ("Press release · 12 May 2024 · ODIHR")
_FACTS = re.compile(rf"\s[{BARS}]\s")
# a hand-written line of facts parts them with dashes too ("19 de diciembre de 2023 –
# Comunicado de prensa – Oficina …", a typewriter's "28 juin 2005 - Discours - …"): only a
# piece that is a known name whole is read
_DASHED_FACTS = re.compile(rf"\s[{BARS}–—-]\s")
# the word joining the last two names of a list
_AND = re.compile(r"\s(?:and|y|e|et|und|i|и|і|та|oraz|ed|&)(?=\s)")
# what may stand between chips: spaces, commas, bars, dots
_SEPARATORS = re.compile(r"[\s,;|/·•]+")
# an issuer's or field's name is a line, not a paragraph
MAX_NAME = 120


@cache
def _field_slugs() -> frozenset[str]:
    return frozenset(field_of_work_ids())


def bare_names(doc: Document, parts: Iterable[Any], excluded: Container[Any]
               ) -> tuple[list[str], list[str], list[Any]]:
    """(issuers, fields of work) shown without a label in ``parts`` outside
    ``excluded``, as shown, in page order, once each, and the elements that show them
    (no teaser's words).  A field: a link to a field's page or with a field's name.  An
    issuer: a link or a plain word run (a ``<span>``) holding a known structure's name,
    several run together ("A / B"), or one piece of a line of facts ("date · A"), the
    date in an element of its own or not; or a logo whose alt text is one."""
    issuers: list[str] = []
    fields: list[str] = []
    taken: list[Any] = []
    parts = list(parts)
    authors = author_slots(parts)
    for el in (el for part in parts for el in part.iter()):
        if not isinstance(el.tag, str) or el in excluded or hidden_ancestor(el) \
                or any(is_under(el, t) for t in taken):
            continue
        if el.tag == "img":
            # an issuer shown as its logo (a newsroom's sender logos): the image's alt
            # text, a known structure's name, linked to that structure's page (a topic's
            # icon links to the topic, a photo's alt describes it)
            alt = " ".join((el.get("alt") or "").split())
            if _logo_of(doc, el, alt):
                issuers += [alt] if alt not in issuers else []
                taken.append(el)
            continue
        if el.tag == "br":
            issuers += [n for n in _line_after(el) if n not in issuers]
            continue
        # a separator the theme writes after a name ("<a>Name</a> <span>-</span>") is
        # none of it
        name = doc.element_text(el).rstrip(" -–—|·•")
        # a name is a line; a line of facts or a box of names may hold several long ones
        if not name or len(name) > (3 * MAX_NAME if len(el) or _DASHED_FACTS.search(name)
                                    else MAX_NAME):
            continue
        href = doc.absolute(el.get("href")) if el.tag == "a" else None
        if href and (not urls.same_site(href, doc.url) or in_sentence(el)):
            continue
        # a field: a link to its page or with its name, or a chip of its name alone (a
        # card that is one link holds no links of its own)
        if (href and field_page(href, doc.url)) or (
                field_of_work_id(name) and (href or (not _words_in_elements(doc, el)
                                                     and _standalone(el)))):
            fields += [name] if name not in fields else []
            taken.append(el)
            continue
        # an icon before the words (``<span class=icon-building></span>A, B``) shows
        # none: a line whose elements show no words is read as its plain words
        shown = [c for c in el if isinstance(c.tag, str) and doc.element_text(c)]
        if names_issuer(name):
            names = [name]
        elif shown and not _FACTS.search(name):
            # a box of several elements: its pieces are read one by one, unless it is
            # names run together ("<a>A</a> y <a>B</a>", links that may lead off site)
            joined = [t for c in el if isinstance(c.tag, str) and (t := doc.element_text(c))]
            between = (el.text or "") + "".join(c.tail or "" for c in el)
            if len(joined) < 2 or _AND.sub(" ", f" {_SEPARATORS.sub(' ', between)} ").strip() \
                    or not all(structure_id(n) for n in joined):
                continue
            names = joined
        elif any(_FACTS.search(doc.element_text(c)) for c in el if isinstance(c.tag, str)):
            continue   # the line of facts is an element inside: read there, in its order
        elif (facts := None if _has_elements(el) else known_facts(name)) is not None:
            # a line of bare names, commas between (a theme's categories line): each
            # name read for what it is, the type's by the entry's type
            fields += [f for f in facts if not structure_id(f) and field_of_work_id(f)
                       and f not in fields]
            issuers += [n for n in facts if structure_id(n) and n not in issuers]
            taken.append(el)
            continue
        else:
            names = [_unagented(n) for piece in _DASHED_FACTS.split(name)
                     for n in split_values(piece)]
            if _FACTS.search(name):
                # a line of facts may name the fields bare, their words no link ("date
                # · type · Wahlen, Demokratisierung"): a piece that is a field's name
                fields += [n for n in names if n not in fields and field_of_work_id(n)
                           and not structure_id(n) and not is_type(n)]
        known = [n for n in names if names_issuer(n)]
        # an author's box (a poster's name beside an avatar) names an issuer only when
        # the name is a known structure's: an unknown one is a poster ("OSCE Press Office")
        if len(known) < len(names) and href is None and not _has_elements(el) \
                and not any(a.tag == "a" for a in el.iterancestors()) \
                and not any(el is s or is_under(el, s) for s in authors) \
                and names_structures(names):
            known = names
        issuers += [n for n in known if n not in issuers]
        if known and len(known) == len(names):
            taken.append(el)
    fields = _with_peer_fields(doc, parts, excluded, taken, fields)
    return issuers, fields, taken


def _line_after(br: Any) -> list[str]:
    """The issuers a line of plain words after a ``<br>`` names, its line's end the
    next ``<br>`` or the block's (``<p><a>Headline</a><br>OSZE-Sekretariat; OSZE-Ministerrat
    </p>``): every piece a known structure's name; [] for anything else."""
    nxt = br.getnext()
    line = " ".join((br.tail or "").split())
    if not line or len(line) > 3 * MAX_NAME or (
            nxt is not None and tag(nxt) != "br" and not is_block(nxt)):
        return []
    names = split_values(line)
    return names if names and all(names_issuer(n) for n in names) else []


def names_only(text: str, issuers: list[str]) -> bool:
    """A line that names nothing but the entry's issuers (read bare from it): a fact, no
    teaser."""
    names = split_values(text) if issuers and len(text) <= 3 * MAX_NAME else []
    return bool(names) and all(n in issuers for n in names)


def _logo_of(doc: Document, img: Any, alt: str) -> bool:
    """``img`` is the logo of the structure ``alt`` names: inside a link to a section's
    page of the site (a path of one or two words after the language, no number, no
    query), as a structure's page is; a topic's icon links to a filter
    (``modules.php?name=News&new_topic=1``), its alt no issuer shown."""
    link = next(img.iterancestors("a"), None)
    href = doc.absolute(link.get("href")) if link is not None else None
    parts = urls.split(href) if href and len(alt) <= MAX_NAME and names_issuer(alt) else None
    if parts is None or parts.query or not urls.same_site(href or "", doc.url):
        return False
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0] == urls.language_prefix(href or ""):
        segments = segments[1:]
    return 1 <= len(segments) <= 2 and not any(s.isdigit() or "." in s for s in segments)


def known_facts(text: str) -> list[str] | None:
    """The pieces of a plain line of names parted by commas ("Comunicato stampa,
    Missione OSCE in Serbia, Stato di diritto": a theme's categories line, type, issuer
    and field of work in one run of words) when there are two or more and each is a
    known type's, structure's or field of work's name; None for anything else (a
    teaser's sentence names no such run)."""
    pieces = split_values(text) if len(text) <= 3 * MAX_NAME else []
    if len(pieces) < 2 or not all(
            is_type(p) or structure_id(p)
            or field_of_work_id(p) for p in pieces):
        return None
    return pieces


def _unagented(piece: str) -> str:
    """A byline's piece without the word saying who wrote it ("von OSZE-Präsenz in
    Albanien", "by OSCE Secretariat") when the rest is a known structure's name: the
    issuer, written bare in its line of facts."""
    first, _, rest = piece.strip().partition(" ")
    return rest.strip() if fold(first) in AGENT_WORDS and structure_id(rest) else piece


def _with_peer_fields(doc: Document, parts: list[Any], excluded: Container[Any],
                      taken: list[Any], fields: list[str]) -> list[str]:
    """``fields`` with the links standing in the slots of field links beside them (a row
    of field chips, each ``div > a.tag-link``, one naming a topic the table does not
    know, "Crimini d'odio"): as shown, the entry files the item under it too, in page
    order.  A peer is a link of the same tag and class, its boxes up to the row's the
    field's, leading to a page beside the field's (:func:`_beside`); a known structure
    or type is none, and so is a country's tag under ``/tag/`` (twentytwelve-pl-2013)."""
    chips = [el for el in taken if el.tag == "a" and el.get("href")
             and doc.element_text(el).rstrip(" -–—|·•") in fields]
    if not chips:
        return fields
    out: list[tuple[Any, str]] = [(el, doc.element_text(el).rstrip(" -–—|·•")) for el in chips]
    for a in (a for part in parts for a in part.iter("a")):
        name = doc.element_text(a).rstrip(" -–—|·•")
        href = doc.absolute(a.get("href"))
        if a in taken or a in excluded or hidden_ancestor(a) or not name \
                or len(name) > MAX_NAME or not href \
                or structure_id(name) or content_type_id(name) or in_sentence(a) \
                or not any(_same_slot(a, chip) and _beside(href, doc.absolute(chip.get("href")))
                           for chip in chips):
            continue
        out.append((a, name))
    order = {el: i for i, el in enumerate(x for part in parts for x in part.iter())}
    shown = [name for _, name in sorted(out, key=lambda p: order.get(p[0], 0))]
    return list(dict.fromkeys(shown))


def _beside(href: str, field_href: str | None) -> bool:
    """``href`` leads to a page beside the field's: the same site and section, its last
    path segment alone differing, no number and no query (a tag's page under
    ``/tag/`` or an item's page is no topic's of the fields' kind)."""
    if field_href is None:
        return False
    mine, theirs = urls.split(href), urls.split(field_href)
    if mine is None or theirs is None or not urls.same_site(href, field_href) or mine.query:
        return False
    path, field_path = mine.path.strip("/").split("/"), theirs.path.strip("/").split("/")
    return len(path) == len(field_path) and path[:-1] == field_path[:-1] \
        and not path[-1].isdigit()


def _same_slot(a: Any, chip: Any) -> bool:
    """``a`` and ``chip`` are siblings' copies: the same tag and class for each box from
    the link up to the child of the box holding both."""
    left, right = [a, *a.iterancestors()], [chip, *chip.iterancestors()]
    common = next((x for x in left if x in set(right)), None)
    if common is None:
        return False
    left, right = left[:left.index(common)], right[:right.index(common)]
    return len(left) == len(right) and all(
        tag(x) == tag(y) and x.get("class") == y.get("class") for x, y in zip(left, right,
                                                                              strict=True))


def fact_lines(doc: Document, regions: Iterable[Any], labelled: Container[Any]) -> set[Any]:
    """The lines of ``regions`` (a label's line, :mod:`~scraper.extract.label_regions`)
    that are lines of facts parted by bars or dots ("Statement · Published on <time> ·
    OSCE Chairmanship"), no label or value themselves: a short one fits a label's
    room, but its other pieces are no label's words, and an issuer written bare among
    them is still read."""
    return {el for el in regions if el not in labelled and isinstance(el.tag, str)
            and _FACTS.search(doc.element_text(el))}


def open_label_lines(doc: Document, values: Iterable[Any]) -> set[Any]:
    """The holders of labels (:class:`~scraper.extract.labels.LabelValue`) written in
    their own text whose value a bar or bullet ends before the line does ("Publicado:
    Fri, 17 Nov 2023 14:05 · Misión de la OSCE en Serbia"): lines of facts, the pieces
    after the value read as bare facts (an issuer)."""
    out = set()
    for lv in values:
        text = doc.element_text(lv.holder) if not lv.elements and lv.text else ""
        at = text.find(lv.text) if text else -1
        if at >= 0 and _FACTS.match(text[at + len(lv.text):]):
            out.add(lv.holder)
    return out


# a structure's name is a few words, capitalised, with no figures and no sentence's end
_NAME_MAX_WORDS = 12
_SENTENCE_END = (".", "!", "?", ";", "…")
# a sentence cut short ends in a bracketed ellipsis ("… przez OBWE […]", "[...]", "(…)")
_CUT_MARK_CLOSE = " ])"
# a name opens with its own words, an article at most: a line opening with a preposition
# is a phrase about a structure ("При поддержке Центра ОБСЕ", "With the support of the
# OSCE Office", "Mit Unterstützung der OSZE"), a topic's subtitle, no issuer
_PREPOSITIONS = frozenset([
    "with", "by", "at", "for", "from", "under", "through", "after", "before", "during",
    "при", "с", "со", "по", "под", "для", "от", "во", "после",
    "з", "із", "від", "під", "після", "mit", "von", "bei", "durch", "unter", "nach",
    "avec", "par", "pour", "sous", "selon", "chez", "con", "per", "por", "para", "bajo",
    "tras", "durante", "sotto", "presso", "dopo", "przy", "pod", "dzięki"])


@cache
def _organisation_word() -> re.Pattern[str]:
    """The organisation's name as a word of a longer name, an inflection after a hyphen
    or an apostrophe ("Misija OEBS-a u Srbiji", "Zyra e OSBE-së", "OSCE's Office")."""
    names = "|".join(re.escape(fold(n)) for n in ORGANISATION_NAMES)
    return re.compile(rf"(?<![\w-])(?:{names})(?:[-'][^\W\d_]{{1,3}})?(?![\w-])")


def names_structures(names: list[str]) -> bool:
    """``names`` (the pieces of one plain line, no link: "Misija OEBS-a u Srbiji ·
    Kancelarija …") are issuing structures whose names the table does not know (a field
    operation's own language): each piece is a name, not a date, type, field, label or
    sentence, and one of them carries the organisation's name.  A structure is the
    organisation's office, so it says whose; the pieces beside it on a line of names are
    its partners.  (A headline names the organisation too, but as a link to its item.)"""
    return bool(names) and all(_is_name(n) for n in names) and any(
        _organisation_word().search(fold(n)) and not is_organisation(n) for n in names) \
        and not any(is_press_office(n) for n in names)


# A press office posts the organisation's releases for every structure alike: its name
# in an author's slot ("Пресс-служба ОБСЕ", "OSCE Press Office", "Biuro prasowe OBWE")
# says who posted the entry, no issuing structure (a structure of the table, the
# "Press and Public Information Section", is still read by its name)
PRESS_OFFICE_WORDS: tuple[str, ...] = (
    "press office", "press service", "press team", "press desk", "media office",
    "пресс-служба", "пресс-центр", "прес-служба", "прес-центр", "пресс-бюро",
    "pressestelle", "pressebüro", "pressereferat", "service de presse", "bureau de presse",
    "service presse", "ufficio stampa", "oficina de prensa", "gabinete de prensa",
    "servicio de prensa", "biuro prasowe", "służba prasowa", "zyra e shtypit",
    "služba za štampu", "služba za medije", "pres služba", "прес служба")


@cache
def _press_office() -> re.Pattern[str]:
    words = "|".join(re.escape(fold(w)) for w in PRESS_OFFICE_WORDS)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def is_press_office(name: str) -> bool:
    """``name`` is a press office's (see :data:`PRESS_OFFICE_WORDS`)."""
    return bool(_press_office().search(fold(name)))


def _is_name(text: str) -> bool:
    shown = text.strip()
    # a label's colon ("Photo: OSCE/…") or a headline's ("Albania: OSCE …") is no name's,
    # nor is a picture's credit written without one ("OSZE/Jonathan Perfect")
    return bool(shown) and shown[0].isupper() and not any(c.isdigit() for c in shown) \
        and not is_organisation_credit(shown) \
        and ":" not in shown and fold(shown.split()[0]) not in _PREPOSITIONS \
        and len(shown.split()) <= _NAME_MAX_WORDS \
        and not shown.rstrip(_CUT_MARK_CLOSE).endswith(_SENTENCE_END) \
        and not is_type(shown) \
        and not field_of_work_id(shown)


# this many words written bare in a line (in no element of their own) make it a sentence
_SENTENCE_WORDS = 10


def in_sentence(a: Any) -> bool:
    """A link inside a teaser's sentence ("Read more about the OSCE's <a href=/youth>work
    with young people</a> and …"): it points the reader on, it files the item under no
    topic and names no issuer.  Its line (the block around it) runs many words in no
    element of their own; a line of tags or facts writes a label and separators bare at
    most, its date and names in elements ("21 de junio de 2022 | Publicado por: <span>…
    </span> | <a>Juventud</a>", "tags: <a>Youth</a> <a>Education</a>").  A link marked
    a tag of the entry (``rel="tag"``) is one whatever words run round it (WordPress's
    "This entry was posted in <a rel="category tag">…</a> and tagged <a rel="tag">…</a>
    on …")."""
    if "tag" in (a.get("rel") or "").lower().split():
        return False
    line = next((x for x in a.iterancestors() if is_block(x)), None)
    if line is None:
        return False
    bare = [line.text or "", *(c.tail or "" for c in line)]
    # separators and counts between the links ("| 2417 bytes in body | 4 of 6
    # comments |") are no words of a sentence
    return sum(1 for w in " ".join(bare).split() if any(c.isalpha() for c in w)) \
        >= _SENTENCE_WORDS


def _has_elements(el: Any) -> bool:
    """Elements inside ``el`` (a comment a renderer leaves, ``<!--r.24-->``, is none)."""
    return any(isinstance(c.tag, str) for c in el)


def _words_in_elements(doc: Document, el: Any) -> bool:
    """Elements inside ``el`` that show words: an icon before a chip's name
    (``<span><i class="icon-label" aria-hidden="true"></i>Elections</span>``) shows
    none, and the chip is its name alone."""
    return any(isinstance(c.tag, str) and doc.element_text(c) for c in el)


def _standalone(el: Any) -> bool:
    """Not words inside a sentence (a search hit's ``<mark>``): the parent shows nothing
    around ``el`` and its siblings but separators."""
    parent = el.getparent()
    if parent is None:
        return False
    around = (parent.text or "") + "".join(c.tail or "" for c in parent)
    return not _SEPARATORS.sub("", around)
