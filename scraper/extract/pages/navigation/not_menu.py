"""What box is no menu, whatever it is called: breadcrumbs, pagers, language switchers,
footers and their widget rows, print copies, skip links, toolbars, and the boxes whose
class or label words name another region of the page (:mod:`.not_menu_words`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scraper.extract.pages.navigation.hints import (
    PAGE_LEVEL,
    PAGES_WORDS,
    PRINT_ONLY,
    SKIP_WORDS,
    SOCIAL_WORDS,
    TOOLBAR_WORDS,
    YOU_ARE_HERE,
    is_footer,
    is_menu_landmark,
    pages_menu_words,
    ranked_menu_words,
    toolbar_menu_words,
)
from scraper.extract.pages.navigation.link_boxes import LinkBoxes
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.pages.navigation.not_menu_words import NOT_MENU_WORDS
from scraper.extract.pages.navigation.service_rows import service_landmark_words
from scraper.extract.pages.navigation.submenu_tabs import submenu_named_tabs
from scraper.extract.pages.navigation.tabs import (
    TABS_WORDS,
    menu_drawn_as_tabs,
    tabs_in_menu_landmark,
    tabs_to_pages,
    tabs_with_dropdowns,
)
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import fold

# Semantic/Fomantic UI's menu variations that share a word with a region no menu is
SEMANTIC_UI_LOOKS = frozenset({"secondary", "tabular", "tabs"})


class NotMenuBoxes(LinkBoxes):
    """The judgement of what is no menu (the menu roots, :mod:`.roots`, ask it)."""

    @per_element
    def _site_tabs(self, el: Any) -> bool:
        """A row of tabs leading to the site's sections, above the page's headline
        (Apache Lenya's ``div#tabs > div.tab / div.tab-selected > a``, a 2000s portal's
        section tabs): the site's top menu, beside the menu the page names (see
        :meth:`_hinted`; :func:`.tabs.tabs_to_pages`).  A page's tabs of actions under
        its headline (Drupal's "View / Edit") are no such row."""
        return bool(class_tokens(el) & TABS_WORDS) and not self._below_headline(el) \
            and tabs_to_pages(el, self._links(el))

    def _below_headline(self, el: Any) -> bool:
        """``el`` comes after the page's first ``<h1>``: in the page's text."""
        h1 = next(iter(self.doc.root.iter("h1")), None)
        return h1 is not None and self.doc.order.get(el, 0) > self.doc.order.get(h1, 0)

    def _excluded(self, el: Any) -> bool:
        """Breadcrumbs, pagers, language switchers, footers (the element or around it)."""
        for x in [el, *el.iterancestors()]:
            if is_footer(x) or self._footer_widgets(x):
                return True
            if any(PRINT_ONLY.match(c) for c in (x.get("class") or "").lower().split()):
                return True   # shown on paper only: a print copy of the menu
            if self._not_menu(x):
                return True
        return False

    @per_element
    def _footer_widgets(self, el: Any) -> bool:
        """An ``<aside>`` of widgets below the page's content, the footer its next box:
        the footer's row of site-map columns, set apart from it (Twenty Twenty-One's
        ``aside.widget-area`` between ``div#content``, which holds ``<main>``, and the
        ``<footer>``).  A sidebar stands beside the content, within its box: no such row."""
        if tag(el) != "aside":
            return False
        after = el.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        return after is not None and is_footer(after) and before is not None \
            and tag(before) != "main" and bool(before.xpath(
                "descendant::main | descendant::*[@role='main']"))

    @per_element
    def _not_menu(self, el: Any) -> bool:
        return self._not_menu_but(el, frozenset())

    def _not_menu_but(self, el: Any, ignored: frozenset[str]) -> bool:
        """Not a menu, the class and label words in ``ignored`` aside (the ``footer``
        of a column inside a site map read from the footer)."""
        if tag(el) in PAGE_LEVEL:
            return False   # the page's own classes ("tweak-social-icons") name no region
        words, label = self._region_words(el)
        # a class or label word of a region that is no menu, or a "You are here"; not
        # on a box holding a headline of the page (:meth:`_holds_headline`)
        if (bool((words - ignored) & NOT_MENU_WORDS) or label in YOU_ARE_HERE) \
                and not self._holds_headline(el):
            return True
        return self._not_menu_by_links(el)

    @per_element
    def _region_words(self, el: Any) -> tuple[frozenset[str], str]:
        """The class and label words naming ``el``'s region (its look's words aside),
        and its folded ``aria-label``."""
        words = {fold(w) for w in class_tokens(el)}
        if {"ui", "menu"} <= words:
            # Semantic/Fomantic UI names a menu's look, not its region: a ``ui vertical
            # secondary pointing menu`` is a section menu drawn lightly
            words -= SEMANTIC_UI_LOOKS
        # ``pages-menu``, ``nav.secondary``, ``menu-toolbar``: menus so named
        named = pages_menu_words(el) | ranked_menu_words(el) | toolbar_menu_words(el) \
            | service_landmark_words(el)
        # tabs opening dropdowns of pages (LibGuides' "Guide pages" tabs), or the panel
        # a menu item opens named after them: the site's menu drawn as tabs; no pager or
        # tab widget opens dropdowns (asked only where a tab or pages word names it)
        label = fold(el.get("aria-label") or "")
        dropdown_tabs = bool((words | set(label.split())) & (PAGES_WORDS | TABS_WORDS)) \
            and (tabs_with_dropdowns(el) or submenu_named_tabs(el))
        if dropdown_tabs:
            named |= PAGES_WORDS
        words -= named
        if self._site_tabs(el) or menu_drawn_as_tabs(el) or dropdown_tabs or (
                tabs_in_menu_landmark(el) and not self._below_headline(el)):
            words -= TABS_WORDS   # a row of the site's section tabs is its top menu
        # the label says the same name ("Secondary menu" on the ranked ``<nav>``)
        words |= set(label.split()) - named
        if self._social_landmark(el):
            words -= SOCIAL_WORDS
        return frozenset(words), label

    def _social_landmark(self, el: Any) -> bool:
        """A navigation landmark of the site's social profiles (Twenty Sixteen's
        ``nav.social-navigation`` "Social Links Menu"): a menu the page names, its links
        places a reader goes, its inner boxes so named too; a box of them outside every
        landmark is no menu, nor is a row sharing the page ("share" stays a word of no
        menu)."""
        words = {fold(w) for w in class_tokens(el)} | set(fold(el.get("aria-label") or "").split())
        return is_menu_landmark(el) and bool(words & SOCIAL_WORDS)

    @per_element
    def _not_menu_by_links(self, el: Any) -> bool:
        """Not a menu whatever words are set aside: a skip link's box, a toolbar, a
        pager, a trail, a language switcher, the page's tools, its tags, a box of
        pages beside it."""
        words, _ = self._region_words(el)

        def skip_links(el: Any) -> bool:
            # named a skip link's box, every link of it a jump within the page
            return bool(words & SKIP_WORDS) and self._jumps_within_page(el)

        def toolbar(el: Any) -> bool:
            # named a toolbar, with no navigation inside
            return bool(words & TOOLBAR_WORDS) and not el.xpath(
                "boolean(descendant-or-self::*[self::nav or @role='navigation'])")

        predicates: tuple[Callable[[Any], bool], ...] = (
            skip_links, toolbar, self._is_pager, self._is_breadcrumb,
            self._is_language_switcher, self._is_chrome, self._is_tag_list,
            self._is_context_box)
        return any(is_not_menu(el) for is_not_menu in predicates)

    @per_element
    def _holds_headline(self, el: Any) -> bool:
        """``el`` holds a top headline (``<h1>``): the box of the page's content, not a
        pager, switcher or share row, whatever a class word says (Readymag's
        ``mag-pages-container`` holds the magazine's pages, its menu among them)."""
        return bool(el.xpath("boolean(.//h1)"))
