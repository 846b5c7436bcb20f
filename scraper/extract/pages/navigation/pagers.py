"""Links that turn the page rather than lead into the site: a pager numbering its
pages or offsets in the query, and the previous/next links of a reading order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

from scraper.extract import urls
from scraper.extract.badges import is_flag
from scraper.extract.text import clean, fold

# a query parameter a pager numbers its pages by (``paged=2``, ``pg=3``) beside the item
# offsets (:data:`urls.OFFSET_PARAMS`; Nucleus's ``startpos``)
PAGE_PARAMS = frozenset({"paged", "pg", "pagenum", "startpos"}) | urls.OFFSET_PARAMS


def turns_page(query: str) -> bool:
    """The query names a page number or an item offset (a digit in one of
    :data:`PAGE_PARAMS`), not an item (a long ``pg`` number, :func:`urls.names_item_not_page`)."""
    return any(name.lower() in PAGE_PARAMS and value.strip().isdigit()
               and not urls.names_item_not_page(name, value)
               for name, value in parse_qsl(query))


def names_page(query: str) -> bool:
    """The query has a ``page`` parameter (``page=2``, ``cat_page=3``) that is no word:
    a page number, blank or more (``page=2&…``).  One naming which script or template
    shows the page (Zen Cart's ``main_page=index``, ``page=contact``) turns nothing:
    every link of such a site carries it."""
    return any(name.lower().endswith("page") and not value.strip().isalpha()
               for name, value in parse_qsl(query, keep_blank_values=True))


# the words over a link to the page before or after this one in a reading order
# (a documentation theme's "Prev: Institutions · Next: Partnerships"), six languages
SEQUENCE_WORDS = frozenset(fold(w) for w in (
    "prev", "previous", "next", "précédent", "précédente", "suivant", "suivante",
    "zurück", "vorherige", "vorheriger", "nächste", "nächster", "weiter",
    "назад", "предыдущая", "предыдущий", "следующая", "следующий", "далее",
    "попередня", "попередній", "наступна", "наступний", "далі",
    "anterior", "siguiente", "precedente", "successivo", "successiva",
    "poprzednia", "poprzedni", "następna", "następny",
    # a blog's "« Older entries", "Neuere Einträge »": the page of posts before or after
    "older", "newer", "ältere", "neuere", "anciens", "anciennes", "récents", "récentes",
    "старые", "новые", "старіші", "новіші", "antiguas", "antiguos", "recientes",
    "starsze", "nowsze",
    # the plural over a blog's page of posts ("Предыдущие записи"), and put after the
    # noun in a Romance language ("Entradas anteriores", "Articoli precedenti")
    "предыдущие", "следующие", "попередні", "наступні", "poprzednie", "następne",
    "anteriores", "siguientes", "precedenti", "successivi", "précédents", "précédentes",
    "suivants", "suivantes", "successive", "recenti",
    # the singular over one post, before or after this one (Blogger's "Post più
    # recente", "Article plus ancien", "Entrada antigua", "Älterer Post", "Nowszy post")
    "recente", "vecchio", "reciente", "antigua", "antiguo", "récent", "ancien",
    "ancienne", "neuerer", "älterer", "nowszy", "starszy", "следующее", "предыдущее",
    "новіша", "старіша"))
# a few words at most: "Entradas más recientes", a title ending on "next" is no pager's
SEQUENCE_TAIL_MAX_WORDS = 3
SEQUENCE_MAX_LINKS = 4
_ARROWS = "‹«←<>»›→:.|"


def steps_through(links: list[Any]) -> bool:
    """A few links each opening on a previous/next word ("Prev Institutions", "Next
    Partnerships"), or a short one ending on it as a Romance language words a blog's
    pager ("← Entradas anteriores", "Articles plus anciens"): the page before and after
    this one in a reading order, a pager between documents however the box is named;
    the "up" link between the two steps is the order's too."""
    if not 1 <= len(links) <= SEQUENCE_MAX_LINKS:
        return False
    steps = [_steps(a) for a in links]
    if len(links) == 3 and steps[0] and steps[2]:
        # a reading order's trail: "« Prev: A | Up | Next: B »", the parent page's link
        # between its steps (ikiwiki's trail, DocBook's navigation header)
        return True
    return all(steps)


def steps_to_neighbour(links: list[Any], addresses: list[str | None], page: str) -> bool:
    """Two links, one a step ("‹ Vorheriger Beitrag", :func:`_steps`) to a page beside the
    one on view (its address the page's own but for the last part: the post before it),
    the other the order's way up ("Alle Beiträge"): the pager between a blog's posts at
    the end of its order, one step with no other to pair it."""
    if len(links) != 2 or len(addresses) != 2:
        return False
    steps = [_steps(a) for a in links]
    return steps[0] != steps[1] and _beside(addresses[steps.index(True)], page)


def _beside(url: str | None, page: str) -> bool:
    """``url`` and ``page`` are two pages of one folder (``/de/news/819298`` beside
    ``/de/news/819305``), on one host."""
    one, other = urls.split(url), urls.split(page)
    if one is None or other is None or one.netloc.lower() != other.netloc.lower():
        return False
    a, b = one.path.rstrip("/").rsplit("/", 1), other.path.rstrip("/").rsplit("/", 1)
    return len(a) == len(b) == 2 and a[0] == b[0] and a[1] != b[1] and bool(a[0])


def _steps(a: Any) -> bool:
    """The link opens on a previous/next word, or is short and ends on one."""
    words = _shown_words(a)
    return bool(words) and (words[0] in SEQUENCE_WORDS or (
        len(words) <= SEQUENCE_TAIL_MAX_WORDS and words[-1] in SEQUENCE_WORDS))


def _shown_words(a: Any) -> list[str]:
    """A link's folded words, arrows, separators and status badges stripped (a drawer
    item's "Вакансии" and its "Новые" pill: decoration, no "newer" page)."""
    words = (w.strip(_ARROWS) for w in fold(" ".join(_unflagged_text(a))).split())
    return [w for w in words if w]


def _unflagged_text(el: Any) -> Iterator[str]:
    """``el``'s text, the elements that are status flags (:func:`is_flag`) left out."""
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str) and not is_flag(child, clean(" ".join(child.itertext()))):
            yield from _unflagged_text(child)
        yield child.tail or ""


def is_sequence_link(a: Any) -> bool:
    """A link showing a previous/next word and nothing else but arrows ("« Previous",
    "Next »", "Следующая →"): the way to the item before or after, no item announced."""
    words = _shown_words(a)
    return bool(words) and len(words) <= 2 and all(w in SEQUENCE_WORDS for w in words)


# an arrow pointing back or forth (``←``, ``⟶``, ``🡐``, ``⮕``): the arrows blocks of
# Unicode, by the direction their names give
_ARROW_BLOCKS = ((0x2190, 0x21FF), (0x27F0, 0x27FF), (0x2900, 0x297F), (0x2B00, 0x2B5F),
                 (0x1F800, 0x1F8FF))


def _is_arrow(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in _ARROW_BLOCKS)


def steps_by_tooltip(name: str) -> bool:
    """An icon link (no words shown) whose tooltip names a page and the arrow key that
    turns to it ("Istruzione (🡐)", "→ Partnerships"): the page before or after this one
    in a reading order, a pager's step drawn as a chevron, no menu entry."""
    words = name.replace("(", " ").replace(")", " ").split()
    return bool(words) and (all(_is_arrow(ch) for ch in words[-1])
                            or all(_is_arrow(ch) for ch in words[0]))
