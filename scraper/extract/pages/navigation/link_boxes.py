"""Boxes of links that are no menu by where their links lead or what they say: pagers,
breadcrumbs, language switchers, the page's own tools, tag lists, boxes of pages beside
the one on view.  Each link is judged once a page, however many boxes around it ask."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.pages.common import is_descendant, is_under, lowest_common_ancestor
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.chrome import (
    about_numbered_page,
    about_page,
    is_account_link,
    is_page_itself,
    page_name,
    page_number,
)
from scraper.extract.pages.navigation.hints import (
    CHROME_MIN_LINKS,
    CHROME_SHARE,
    CONTEXT_HEADINGS,
    CONTEXT_STEMS,
    HEADING_TAGS,
    LANGUAGE_NAMES,
    MENU_TOKENS,
    TAG_REL,
    TRAIL_SHARE,
    marks_other_language,
)
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.pages.navigation.pagers import (
    names_page,
    steps_through,
    steps_to_neighbour,
    turns_page,
)
from scraper.extract.pages.navigation.trail import is_trail
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import fold


class LinkBoxes(NavigationPageBase):
    """What a box's links say it is when it is no menu."""

    def _is_tag_list(self, el: Any) -> bool:
        """Links that all say they are the page's keywords (``rel="tag"``, the rel-tag
        microformat: SPIP's "Schlagwörter" block, a blog's tag list)."""
        links = self._links(el)
        return bool(links) and all(
            TAG_REL in (a.get("rel") or "").lower().split() for a in links)

    def _is_context_box(self, el: Any) -> bool:
        """A box whose title (a heading, its first child) says it lists pages beside
        the one on view: the other pages of its section ("In derselben Rubrik"),
        related or most read ones.  A theme may call such a side block a ``menu``, as
        SPIP's Zpip calls every block of its sidebar; the site menu is named no such
        way."""
        first = next((c for c in el if isinstance(c.tag, str)), None)
        if first is None or tag(first) not in HEADING_TAGS:
            return False
        title = fold(self.doc.element_text(first)).rstrip(" :")
        return title in CONTEXT_HEADINGS or (
            0 < len(title.split()) <= 4 and any(stem in title for stem in CONTEXT_STEMS))

    def _jumps_within_page(self, el: Any) -> bool:
        """Every link of ``el`` leads to a place on this page (``#content``)."""
        page = self.doc.absolute(self.doc.url)
        return all((a.get("href") or "").strip().startswith("#")
                   or self.doc.absolute(a.get("href")) == page for a in self._links(el))

    def _is_pager(self, el: Any) -> bool:
        """Links most of which turn the page: a ``page=`` query, ``rel=next/prev``, or a
        page number or item offset in a parameter of its own (WordPress's and
        b2evolution's ``paged=2``, Nucleus's ``startpos=10``, ``start=20``), whatever
        the box is called (b2evolution's pager is a ``div.navigation``)."""
        links = self._links(el)
        paged = [a for a in links if self._turns_page(a)]
        return (len(links) >= 2 and len(paged) >= len(links) * 0.6) or steps_through(links) \
            or steps_to_neighbour(links, [self._address(a) for a in links],
                                  self.doc.absolute(self.doc.url) or self.doc.url)

    @per_element
    def _turns_page(self, a: Any) -> bool:
        """The link turns the page (see :meth:`_is_pager`)."""
        return names_page(urls.query(a.get("href"))) or turns_page(urls.query(a.get("href"))) \
            or "next" in (a.get("rel") or "") or "prev" in (a.get("rel") or "")

    def _is_breadcrumb(self, el: Any) -> bool:
        """A few links in a row, separated by › > / (no list of menu items), the
        separator after a link or in an element of its own between the links (an
        ``aria-hidden`` list item ``/``); a lone link, by the separator and the page's
        own name after it (:mod:`.trail`)."""
        links = self._links(el)
        trails = el.xpath("descendant-or-self::*[contains(@itemtype, 'BreadcrumbList')]")
        if trails:
            # the trail's own box, not every box around it (a header holding the menu too)
            inside = sum(self._link_count(t) for t in trails)
            return inside >= TRAIL_SHARE * len(links)
        return is_trail(el, links, self._page_names)

    @cached_property
    def _page_names(self) -> list[str]:
        """What the page on view is called: its ``<title>`` and its first ``<h1>``."""
        heads = [*self.doc.elements("title")[:1], *list(self.doc.root.iter("h1"))[:1]]
        return [self.doc.element_text(h) for h in heads]

    def _is_chrome(self, el: Any) -> bool:
        """Tools about the page on view (a wiki's page actions and toolbox: edit,
        history, what links here) or the reader's account links (log in, my talk): by
        where nearly all its links lead, whatever the box is called."""
        verdicts = [v for a in self._links(el) if (v := self._chrome_link(a)) is not None]
        if len(verdicts) < CHROME_MIN_LINKS:
            return False
        return sum(verdicts) >= CHROME_SHARE * len(verdicts)

    @per_element
    def _chrome_link(self, a: Any) -> bool | None:
        """Whether the link leads to a tool about the page on view or to the reader's
        account; None for a link that counts for neither (a jump within the page, the
        page itself)."""
        paths, name = self._page_on_view
        if (a.get("href") or "").strip().startswith("#"):
            return None
        u = self.doc.absolute(a.get("href"))
        if not u or is_page_itself(u, paths):
            return None
        return about_page(u, name) or about_numbered_page(u, self._page_number) \
            or is_account_link(u)

    @cached_property
    def _page_on_view(self) -> tuple[frozenset[str], str | None]:
        """The paths the page on view is at (fetched, canonical) and its name in them."""
        addresses = [u for u in (self.doc.url, self.doc.canonical) if u]
        paths = frozenset(p.path for u in addresses if (p := urls.split(u)))
        return paths, next((n for u in addresses if (n := page_name(u))), None)

    @cached_property
    def _page_number(self) -> str | None:
        """The number the page on view goes by in its addresses (fetched, canonical)."""
        return next((n for u in (self.doc.url, self.doc.canonical) if u
                     and (n := page_number(u))), None)

    def _is_language_switcher(self, el: Any) -> bool:
        links = self._links(el)
        if len(links) < 2:
            return False
        # a link marked with the page's own language is no switch (Drupal's menu links)
        lang = [a for a in links if self._names_language(a)]
        if len(lang) < len(links) * 0.6:
            return False
        if 2 <= len(lang) < len(links) and (class_tokens(el) & MENU_TOKENS
                                              or self._beside_landmark(el, lang)):
            # the languages in a dropdown of their own beside a menu box's other links
            # (a Semantic UI menu's ``right menu``: "About us", search, then the language
            # ``ui dropdown``), or beside a navigation landmark in the same box (a top
            # bar's ``<nav>`` of service links, then the language list): that dropdown is
            # the switcher, not the box around it
            box = lang[0]
            for a in lang[1:]:
                box = lowest_common_ancestor(box, a)
            if box is not None and is_under(box, el) and not any(
                    is_descendant(a, box) for a in links if a not in lang):
                return False
        return True

    @staticmethod
    def _beside_landmark(el: Any, lang: list[Any]) -> bool:
        """``el`` holds a navigation landmark none of the language links stand in."""
        return any(not any(is_descendant(a, nav) for a in lang) for nav in el.xpath(
            ".//*[self::nav or @role='navigation']"))

    @per_element
    def _names_language(self, a: Any) -> bool:
        """The link is marked with another language than the page's, or shows a
        language's name."""
        return marks_other_language(a, self.doc.lang, "hreflang", "lang") \
            or fold(self.doc.element_text(a)) in LANGUAGE_NAMES
