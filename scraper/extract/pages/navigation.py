"""The site menu: one raw record per menu entry (name, url, path of ancestors)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.pages.common import is_descendant, is_under, lowest_common_ancestor
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold
from scraper.extract.visible import (
    SCREEN_READER_ONLY,
    accessible_name,
    hidden_ancestor,
    hidden_kind,
    is_hidden,
)
from scraper.extract.vocabulary import CLOSE_TEXTS

_MENU_TOKENS = frozenset({"menu", "navigation", "mainmenu", "megamenu", "navbar", "nav",
                          "sitemenu", "submenu", "menublock", "offcanvas"})
# words (class names, aria-labels) of navigation that is not the site menu, in the
# site's languages; structure decides first (see _is_pager and friends)
_NOT_MENU_WORDS = frozenset(fold(w) for w in (
    "breadcrumb", "breadcrumbs", "crumbs", "ariane", "brotkrumen", "brotkrümel", "briciole",
    "migas", "крошки", "pager", "pagination", "paginazione", "paginación", "paginierung",
    "pages", "pagine", "páginas", "страницы", "language", "languages", "langue", "langues",
    "sprache", "sprachen", "lingua", "lingue", "idioma", "idiomas", "язык", "языки", "lang",
    "langswitcher", "languageswitcher", "social", "share", "sharing", "footer", "toolbar",
    "tabs", "skip", "search", "utility", "secondary", "piede", "pie", "fusszeile",
    "крихти", "ланцюжок", "пагінація", "сторінки", "мова", "мови", "пошук", "підвал",
    "okruszki", "ścieżka", "paginacja", "stronicowanie", "strony", "język", "języki",
    "wyszukiwarka", "szukaj", "stopka", "поиск", "suche", "recherche", "ricerca",
    "búsqueda", "пагинация", "подвал"))
# a breadcrumb's name: "You are here"
_YOU_ARE_HERE = frozenset(fold(w) for w in (
    "You are here", "Вы здесь", "Ви тут", "Ви знаходитеся тут", "Sie sind hier",
    "Vous êtes ici", "Ti trovi qui", "Sei qui", "Usted está aquí", "Está aquí", "Estás aquí",
    "Jesteś tutaj", "Jesteś w", "Вы находитесь здесь"))
_LANGUAGE_NAMES = frozenset(fold(w) for w in (
    "English", "Français", "Deutsch", "Italiano", "Русский", "Español", "Українська",
    "Shqip", "Српски", "Srpski", "Македонски", "EN", "FR", "DE", "IT", "RU", "ES",
    "Polski", "Română", "Türkçe", "Қазақша", "Кыргызча", "Тоҷикӣ", "O'zbekcha",
    "Հայերեն", "ქართული", "Azərbaycanca", "Crnogorski", "Bosanski", "Hrvatski",
    "Български", "Čeština", "Magyar", "UK", "UA", "PL", "RO", "TR", "SQ", "SR", "MK"))
# classes of what only a printed page shows (Bootstrap, Foundation, common themes)
_PRINT_ONLY = re.compile(r"^(?:print-only|printonly|visible-print(?:-block)?|show-for-print|"
                         r"d-print-(?:block|inline|inline-block|flex|grid|table)|print-nav|"
                         r"printnav|print-menu|only-print)$")
_SEPARATOR = re.compile(r"^\s*[›»>/|·•→]+\s*$")
_LIST_TAGS = ("ul", "ol")
_SITEMAP_MIN_LINKS = 8
# the part of a footer holding this share of its listed links is its site map
_SITEMAP_SHARE = 0.8
# boxes whose first child may be their title (lists, tables, details have their own)
_BOX_TAGS = frozenset({"div", "section", "article", "aside", "header", "nav", "span"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADER_TOKENS = frozenset({"header", "heading", "dropdownheader"})
_DIVIDER_TOKENS = frozenset({"divider", "separator", "dropdowndivider"})
_CLOSE_FOLDED = frozenset(fold(t) for t in CLOSE_TEXTS)
_SKIPPED_CHILDREN = frozenset({"script", "style", "template", "noscript", "svg", "img",
                               "i", "hr", "br", "input"})
_DESCRIPTION_TOKENS = frozenset({"desc", "description", "summary", "teaser", "subtitle",
                                 "excerpt", "intro", "caption", "hint"})
_GROUP_ROLES = frozenset({"menu", "group", "menubar", "tree", "treeitem"})
_LABEL_TAGS = frozenset({"a", "span", "button", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div",
                         "strong", "b", "label", "summary"})


class NavigationPage:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def menus(self) -> list[Any]:
        """Menu roots (outermost), not breadcrumbs, pagers, language or footer links."""
        roots: list[Any] = []
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str) or not self._is_menu(el):
                continue
            if any(r is el or is_under(el, r) for r in roots):
                continue
            if self._excluded(el):
                continue
            roots.append(el)
        return roots or self._site_maps()

    @cached_property
    def _shown_roots(self) -> list[Any]:
        """Menus on view (their submenus may be collapsed)."""
        roots: list[Any] = []
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str) or any(is_under(el, r) for r in roots):
                continue
            if self._is_menu(el) and hidden_ancestor(el) is None and not _inert(el) \
                    and len(self._links(el)) >= 3 and not self._excluded(el):
                roots.append(el)
        return roots

    def _site_maps(self) -> list[Any]:
        """No menu above the footer: a site map there (columns of link lists) is the
        menu; its copyright line and social links lie outside the lists' common box.
        Failing that, a site map page's own lists."""
        for where in ("//footer | //*[@role='contentinfo']", "//main | //*[@role='main']"):
            maps: list[Any] = []
            for box in self.doc.root.xpath(where):
                found = None if any(is_under(box, m) for m in maps) else self._site_map(box)
                if found is not None:
                    maps.append(found)
            if maps:
                return maps
        return []

    def _site_map(self, box: Any) -> Any | None:
        """The box of the link lists in ``box``; a part of it holding nearly all of
        them (the map beside a row of legal and social links) is the map."""
        links = self._map_links(box)
        if not self._is_site_map(links):
            return None
        common = links[0]
        for a in links[1:]:
            common = lowest_common_ancestor(common, a)
        while True:
            part = next((c for c in common if isinstance(c.tag, str) and len(
                self._map_links(c)) >= _SITEMAP_SHARE * len(links)), None)
            if part is None or not self._is_site_map(self._map_links(part)):
                return common
            common = part

    def _map_links(self, box: Any) -> list[Any]:
        return [a for a in box.xpath(".//li//a[@href]") if self._reachable(a)]

    def _is_site_map(self, links: list[Any]) -> bool:
        lists = {x for a in links for x in a.xpath("ancestor::*[self::ul or self::ol][1]")}
        return len(links) >= _SITEMAP_MIN_LINKS and len(lists) >= 2

    def _is_menu(self, el: Any) -> bool:
        if tag(el) in ("html", "body", "main"):
            return False   # their classes describe the page ("has-offcanvas")
        if tag(el) == "nav" or (el.get("role") or "").lower() in ("navigation", "menubar"):
            return True
        return bool(class_tokens(el) & _MENU_TOKENS) and bool(el.xpath(".//a[@href]"))

    def _excluded(self, el: Any) -> bool:
        """Breadcrumbs, pagers, language switchers, footers (the element or around it)."""
        for x in [el, *el.iterancestors()]:
            if tag(x) == "footer" or (x.get("role") or "").lower() == "contentinfo":
                return True
            if any(_PRINT_ONLY.match(c) for c in (x.get("class") or "").lower().split()):
                return True   # shown on paper only: a print copy of the menu
            if self._not_menu(x):
                return True
        return False

    def _not_menu(self, el: Any) -> bool:
        if el not in self._not_menu_cache:
            self._not_menu_cache[el] = self._judge_not_menu(el)
        return self._not_menu_cache[el]

    @cached_property
    def _not_menu_cache(self) -> dict[Any, bool]:
        return {}

    def _judge_not_menu(self, el: Any) -> bool:
        words = {fold(w) for w in class_tokens(el)}
        label = fold(el.get("aria-label") or "")
        words |= set(label.split())
        if words & _NOT_MENU_WORDS or label in _YOU_ARE_HERE:
            return True
        return self._is_pager(el) or self._is_breadcrumb(el) or self._is_language_switcher(el)

    def _links(self, el: Any) -> list[Any]:
        return [a for a in el.iter("a") if a.get("href")]

    def _link_count(self, el: Any) -> int:
        if el not in self._link_counts:
            self._link_counts[el] = len(self._links(el))
        return self._link_counts[el]

    @cached_property
    def _link_counts(self) -> dict[Any, int]:
        return {}

    @cached_property
    def _by_id(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for el in self.doc.root.xpath("//*[@id]"):
            out.setdefault(el.get("id"), el)
        return out

    def _is_pager(self, el: Any) -> bool:
        links = self._links(el)
        paged = [a for a in links if "page=" in urls.query(a.get("href"))
                 or "next" in (a.get("rel") or "") or "prev" in (a.get("rel") or "")]
        return len(links) >= 2 and len(paged) >= len(links) * 0.6

    def _is_breadcrumb(self, el: Any) -> bool:
        """A few links in a row, separated by › > / (no list of menu items)."""
        if el.xpath("boolean(.//*[@itemtype and contains(@itemtype, 'BreadcrumbList')])"):
            return True
        links = self._links(el)
        if not 1 <= len(links) <= 6 or el.xpath(".//ul//ul"):
            return False
        gaps = [a.tail or "" for a in links[:-1]]
        return bool(gaps) and all(_SEPARATOR.match(g) for g in gaps)

    def _is_language_switcher(self, el: Any) -> bool:
        links = self._links(el)
        if len(links) < 2:
            return False
        lang = [a for a in links if a.get("hreflang") or a.get("lang")
                or fold(self.doc.element_text(a)) in _LANGUAGE_NAMES]
        return len(lang) >= len(links) * 0.6

    # ------------------------------------------------------------------ entries
    def entries(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        for root in self.menus:
            excluded: dict[Any, bool] = {}
            for a, box, above in self._menu_links(root):
                url = self.doc.absolute(a.get("href"))
                if not url or url in seen or not self._reachable(a):
                    continue
                if any(self._inner_excluded(x, excluded) for x in a.iterancestors()
                       if is_under(x, box)):
                    continue
                if _is_logo(a):
                    continue   # the site's logo leads home; it is no item of the menu
                # an icon's accessible name ("Home", "Contacts")
                name = _strip_glyphs(self._link_name(a)) or accessible_name(a)
                if not name:
                    continue
                seen.add(url)
                out.append({"name": name, "url": url, "path": above + self._path(a, box)})
        return out

    def _menu_links(self, root: Any) -> Iterator[tuple[Any, Any, list[str]]]:
        """(link, the box its path is read in, the labels above that box), in reading
        order: the menu's links, and after a control of the menu the panel it opens
        from elsewhere in the page (a mega panel rendered at the end of the body)."""
        for el in root.iter():
            if tag(el) == "a":
                yield el, root, []
            for panel in self._portals(el, root):
                label = _strip_glyphs(self._shown(el)) or accessible_name(el)
                above = self._path(el, root) + ([label] if label else [])
                for a in panel.iter("a"):
                    yield a, panel, above

    def _portals(self, control: Any, root: Any) -> list[Any]:
        """Panels outside the menu that ``control`` (on view) opens; not a menu read on
        its own (a drawer of its own, a copy)."""
        refs = (control.get("aria-controls") or "").split()
        if not refs or hidden_ancestor(control, root) is not None:
            return []
        out = []
        for ref in refs:
            panel = self._by_id.get(ref)
            if panel is None or not self._link_count(panel) or any(
                    is_descendant(panel, m) or is_descendant(m, panel) for m in self.menus):
                continue
            out.append(panel)
        return out

    def _link_name(self, a: Any) -> str:
        """The link's words, without the description a mega menu prints under its
        title (``<span class="title">Elections</span><span class="desc">…</span>``)."""
        kept = [c for c in a if isinstance(c.tag, str)
                and not class_tokens(c) & _DESCRIPTION_TOKENS]
        if len(kept) < len([c for c in a if isinstance(c.tag, str)]) and kept:
            name = clean(" ".join([a.text or "", *(self.doc.element_text(c) for c in kept)]))
            if name:
                return name
        return self.doc.element_text(a)

    def _inner_excluded(self, el: Any, cache: dict[Any, bool]) -> bool:
        if el not in cache:
            cache[el] = self._not_menu(el) if tag(el) in (*_LIST_TAGS, "details", "div", "p",
                                                          "nav", "section") else False
        return cache[el]

    def _reachable(self, a: Any) -> bool:
        """A reader can see the link, now or by opening a submenu or a drawer.

        Screen-reader-only links (skip links) are not menu entries.  A hidden subtree
        counts only as a panel a reader opens (:meth:`_judge_openable`); a hidden copy
        of a menu (the mobile, print or sticky-header duplicate, a ``<template>``)
        gives nothing.
        """
        for x in [a, *a.iterancestors()]:
            # an inert drawer cannot be used until a script opens it: a hidden panel
            kind = hidden_kind(x) or (_INERT if x.get("inert") is not None else None)
            if kind is None:
                continue
            if kind == SCREEN_READER_ONLY or x is a or not self._openable(x):
                return False
        return True

    def _openable(self, panel: Any) -> bool:
        if panel not in self._openable_cache:
            self._openable_cache[panel] = self._judge_openable(panel)
        return self._openable_cache[panel]

    @cached_property
    def _openable_cache(self) -> dict[Any, bool]:
        return {}

    def _judge_openable(self, panel: Any) -> bool:
        """A hidden panel a reader opens: the panel a visible button controls, a submenu
        beside its item's label, or a drawer holding a menu of its own (opened by
        script) - unless a menu on view already holds its links (a copy)."""
        if tag(panel) in ("template", "noscript") or self._is_copy(panel):
            return False
        control = self._controllers.get(panel.get("id") or "")
        if control is not None and hidden_kind(control) is None:
            return True
        if panel.xpath("boolean(descendant-or-self::*[self::ul or self::ol]"
                       "[count(.//a[@href]) >= 3])"):
            return True
        parent = panel.getparent()
        return parent is not None and (tag(parent) in ("li", "details") or (
            parent.get("role") or "").lower() in ("menuitem", "treeitem", "none")) and any(
            isinstance(c.tag, str) and c is not panel and not is_hidden(c)
            and (self.doc.element_text(c) or accessible_name(c)) for c in parent)

    # ------------------------------------------------------------------ paths
    def _path(self, a: Any, root: Any) -> list[str]:
        """The labels a reader sees above the link, outermost first, each level once."""
        labels: list[str] = []
        sibling = _strip_glyphs(self._sibling_heading(a, root) or "")
        if sibling:
            labels.append(sibling)
        for anc in a.iterancestors():
            if anc is root:
                break      # the menu's own name is no level of it
            label = _strip_glyphs(self._group_label(anc, a, root) or "")
            if label and (not labels or labels[-1] != label):
                labels.append(label)
        labels.reverse()
        return [label for i, label in enumerate(labels) if i == 0 or labels[i - 1] != label]

    def _group_label(self, group: Any, link: Any, root: Any) -> str | None:
        """The label a menu group shows for its items, unless the link itself is it."""
        t = tag(group)
        labelled_by = group.get("aria-labelledby")
        if labelled_by:
            refs = [self._by_id.get(i) for i in labelled_by.split()]
            refs = [r for r in refs if r is not None]
            if any(r is link or is_under(link, r) for r in refs):
                return None
            text = clean(" ".join(self._shown(r) for r in refs))
            if text:
                return text
        if t == "details":
            summary = next((c for c in group if tag(c) == "summary"), None)
            if summary is None or summary is link or is_under(link, summary):
                return None
            return self._shown(summary) or None
        if t in _LIST_TAGS:
            return self._list_label(group, link, root)
        if t == "li":
            return self._item_label(group, link)
        if t == "table":
            return self._table_label(group)
        if t == "dd":
            term = next((x for x in group.itersiblings(preceding=True) if tag(x) == "dt"), None)
            return self._shown(term) or None if term is not None else None
        if (group.get("role") or "").lower() in _GROUP_ROLES and group.get("aria-label"):
            return clean(group.get("aria-label"))
        control = self._controllers.get(group.get("id") or "")
        if control is not None and self._opens_whole_menu(group, root):
            return None   # the "Menu" button of a small screen names no group
        if control is not None and control is not link and not is_under(link, control):
            text = _strip_glyphs(self._shown(control))
            if not text:
                # an icon toggle beside a link ("Newsroom ▾"): the link names the panel
                prev = control.getprevious()
                text = self._shown(prev) if prev is not None and not _is_logo(prev) else ""
                if prev is link:
                    return None
            return text or accessible_name(control) or None
        if t in _BOX_TAGS:
            return self._head_label(group, link, root)
        return None

    def _head_label(self, box: Any, link: Any, root: Any) -> str | None:
        """A box of links led by its title (``<h3>``, ``<strong>``, a toggle button, or
        a link heading the box it opens): the title labels the links after it."""
        children = [c for c in box if isinstance(c.tag, str) and not is_hidden(c)
                    and tag(c) not in _SKIPPED_CHILDREN]
        if len(children) < 2:
            return None
        head = children[0]
        branch = next((c for c in children if is_descendant(link, c)), None)
        if branch is None or branch is head or tag(head) not in _LABEL_TAGS \
                or tag(head) in _LIST_TAGS or head.xpath(".//ul|.//ol") or _is_logo(head) \
                or self._is_menu_toggle(head, root) or self._is_close_button(head, box) \
                or self._only_a_logo(head):
            return None
        head_links = self._links(head)
        # a link heading labels only a box of that link and the panel it opens
        if (tag(head) == "a" or head_links) and (
                len(head_links) > 1 or tag(branch) == "a" or len(children) > 3):
            return None
        text = _strip_glyphs(self._shown(head) or accessible_name(head))
        return text if text and len(text) <= 80 else None

    def _is_copy(self, panel: Any) -> bool:
        """Most of a hidden panel's links are in a menu on view elsewhere: a copy of the
        menu for another screen or for print (whatever extra links it has, a reader
        never sees it)."""
        if panel not in self._copies:
            hrefs = [self.doc.absolute(a.get("href")) for a in self._links(panel)]
            elsewhere = sum(1 for u in hrefs if any(
                not is_descendant(other, panel) for other in self._available.get(u, ())))
            self._copies[panel] = bool(hrefs) and elsewhere >= 0.5 * len(hrefs)
        return self._copies[panel]

    @cached_property
    def _copies(self) -> dict[Any, bool]:
        return {}

    @cached_property
    def _available(self) -> dict[str | None, list[Any]]:
        """Address → links of the menus on view (collapsed submenus included); links in
        the page's text do not count (a section page lists its own submenu's pages)."""
        out: dict[str | None, list[Any]] = {}
        for root in self._shown_roots:
            for a in self._links(root):
                out.setdefault(self.doc.absolute(a.get("href")), []).append(a)
        return out

    def _opens_whole_menu(self, panel: Any, root: Any) -> bool:
        """The panel holds every top-level item of the menu (or, a menu without list
        items, nearly all its links)."""
        if self._link_count(panel) >= 0.9 * self._link_count(root):
            return True
        top = root.xpath(".//li[not(ancestor::li)]")
        return len(top) >= 2 and all(is_descendant(li, panel) for li in top)

    def _item_label(self, item: Any, link: Any) -> str | None:
        """A list item's own words label what it opens below them (``<li><a>Our work</a>
        <div class="mega">…<ul>``); the nested list's own label comes from the list."""
        branch = next((c for c in item if isinstance(c.tag, str) and is_descendant(link, c)),
                      None)
        if branch is None or tag(branch) in _LIST_TAGS or not (
                tag(branch) in ("div", "section", "nav") and branch.xpath(".//ul|.//ol")):
            return None
        return self._own_text(item)

    def _sibling_heading(self, a: Any, root: Any) -> str | None:
        """A heading among the items (Bootstrap's ``h6.dropdown-header``) labels the
        items after it, up to a divider."""
        item = a
        parent = a.getparent()
        if parent is not None and tag(parent) == "li" and parent is not root:
            item = parent
        for prev in item.itersiblings(preceding=True):
            if not isinstance(prev.tag, str) or is_hidden(prev):
                continue
            if tag(prev) == "hr" or (prev.get("role") or "") == "separator" \
                    or class_tokens(prev) & _DIVIDER_TOKENS:
                return None
            head = prev
            if tag(prev) == "li":
                kids = [c for c in prev if isinstance(c.tag, str)]
                head = kids[0] if len(kids) == 1 and not (prev.text or "").strip() else prev
            if tag(head) in _HEADING_TAGS or (head.get("role") or "") == "heading" or (
                    class_tokens(head) & _HEADER_TOKENS and not self._links(head)) \
                    or _bold_line(head):
                text = self._shown(head)
                return text if text and len(text) <= 80 else None
        return None

    def _only_a_logo(self, el: Any) -> bool:
        """A box whose only words are the site's logo link (Bootstrap's navbar-header:
        the brand and the menu button): it names the site, no group of the menu."""
        text = self._shown(el) or accessible_name(el)
        return bool(text) and any(
            _is_logo(x) and (self._shown(x) or accessible_name(x)) == text
            for x in el.iter("a") if x is not el)

    def _is_close_button(self, el: Any, box: Any) -> bool:
        """A drawer's or dialog's close button ("Fermer le menu", "×"): it controls the
        panel it stands in, or says it closes; it labels nothing."""
        button = el if tag(el) == "button" or (el.get("role") or "") == "button" else \
            next(iter(el.xpath(".//button|.//*[@role='button']")), None)
        if button is None:
            return False
        for ref in (button.get("aria-controls") or "").split():
            panel = self._by_id.get(ref)
            if panel is not None and (panel is box or is_descendant(box, panel)):
                return True
        said = fold(_strip_glyphs(self._shown(button) or accessible_name(button) or ""))
        return said in _CLOSE_FOLDED or fold(button.get("aria-label") or "") in _CLOSE_FOLDED

    def _is_menu_toggle(self, el: Any, root: Any) -> bool:
        """The "Menu" button of small screens: it opens the whole menu, no group of it."""
        for ref in (el.get("aria-controls") or "").split():
            panel = self._by_id.get(ref)
            if panel is not None and self._opens_whole_menu(panel, root):
                return True
        return False

    def _shown(self, el: Any) -> str:
        """The text a reader sees on a label element ("" when the element itself is
        hidden: a visually hidden heading naming the menu for screen readers)."""
        return "" if is_hidden(el) else self.doc.element_text(el)

    @cached_property
    def _controllers(self) -> dict[str, Any]:
        """Panel id → the button that opens it (``aria-controls``): the panel's label."""
        out: dict[str, Any] = {}
        for el in self.doc.root.xpath("//*[@aria-controls]"):
            for ref in (el.get("aria-controls") or "").split():
                out.setdefault(ref, el)
        return out

    def _table_label(self, table: Any) -> str | None:
        """A menu of nested tables: the cell's own words before the inner table, or the
        heading row just above the row that holds it."""
        cell = table.getparent()
        if cell is None or tag(cell) not in ("td", "th"):
            return None
        own = self._own_text(cell)
        if own:
            return own
        row = cell.getparent()
        prev = row.getprevious() if row is not None else None
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None and tag(prev) == "tr" and not prev.xpath(".//table"):
            text = self._shown(prev)
            return text if text and len(text) <= 80 else None
        return None

    def _list_label(self, lst: Any, link: Any, root: Any) -> str | None:
        parent = lst.getparent()
        if parent is not None and tag(parent) == "li":
            return self._own_text(parent)
        if parent is not None and tag(parent) == "details":
            return None   # the summary labels it
        node = lst
        for _ in range(3):
            if node is root or node is None:
                return None
            prev = node.getprevious()
            while prev is not None and (not isinstance(prev.tag, str) or is_hidden(prev)
                                        or not self._shown(prev)
                                        or self._is_menu_toggle(prev, root)
                                        or self._is_close_button(prev, prev.getparent())
                                        or _is_logo(prev) or self._only_a_logo(prev)):
                prev = prev.getprevious()
            if prev is not None:
                # a box holding a list is a neighbouring column of links, no title
                if tag(prev) in _LABEL_TAGS and tag(prev) not in _LIST_TAGS \
                        and not (prev.get("aria-labelledby") or tag(prev) == "summary") \
                        and not prev.xpath(".//ul|.//ol"):
                    text = self._shown(prev)
                    return text if len(text) <= 80 else None
                return None
            node = node.getparent()
            if node is not None and (node.get("aria-labelledby") or tag(node) == "details"):
                return None   # labelled by its own attribute or summary
        return None

    def _own_text(self, li: Any) -> str | None:
        parts = [li.text or ""]
        for child in li:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if tag(child) in (*_LIST_TAGS, "table") or (tag(child) in ("div", "section") and
                                                         child.xpath(".//ul|.//ol")):
                if tag(child) in ("div", "section"):
                    head = child.xpath("./*[not(self::ul or self::ol)][1]")
                    if head and not "".join(parts).strip():
                        parts.append(self._shown(head[0]))
                break
            if is_hidden(child):
                continue
            parts.append(self._shown(child))
            parts.append(child.tail or "")
        text = clean(" ".join(parts))
        return text or None


_INERT = "inert"


def _inert(el: Any) -> bool:
    """Inside an ``inert`` subtree: shown, perhaps, but no link of it can be used."""
    return any(x.get("inert") is not None for x in [el, *el.iterancestors()])


_LOGO_TOKENS = frozenset({"logo", "brand", "branding", "navbarbrand", "sitelogo"})


def _bold_line(el: Any) -> bool:
    """``<b>What we do</b><br>``: a bold line of its own among links on lines of their
    own (an older site's menu cell) heads the links under it."""
    if tag(el) not in ("b", "strong") or el.xpath(".//a") or (el.tail or "").strip():
        return False
    nxt = el.getnext()
    return nxt is not None and tag(nxt) == "br"


def _is_logo(a: Any) -> bool:
    parent = a.getparent()
    return "home" in (a.get("rel") or "").lower().split() or any(
        class_tokens(x) & _LOGO_TOKENS for x in (a, parent) if x is not None)


# arrows, chevrons and bullets drawn as characters beside a name ("Newsroom ▾", "+")
_GLYPHS = re.compile(r"^[\s›»→▾▸▼▶►❯⌄˅∨+−–·•|]+|[\s›»→▾▸▼▶►❯⌄˅∨+−–·•|]+$")


def _strip_glyphs(text: str) -> str:
    """A name or label without its decorative glyphs; "" when nothing else is left."""
    return _GLYPHS.sub("", text)
