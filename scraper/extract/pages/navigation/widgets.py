"""Group labels read from a widget's own markup convention beside a list: the one
tab a portal's tab bar marks selected over its row of sub-tabs, a Semantic/Fomantic
UI dropdown item's own words before the ``div.menu`` it opens, a ``div.header``
before a ``div.menu``, a tab segment named by its tab menu item, the words beside an
icon toggle, and a heading among a menu's items (Bootstrap's ``dropdown-header``,
SLDS's titled separator, an item named a title, a divider drawing its words from
``data-content``) over the items after it, and the item right before an item holding
nothing but a submenu (mdBook's sections).  Each reads only the widget's
markup, no other label of the path (:mod:`.paths` composes them)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from scraper.extract.pages.common import between, is_descendant, is_under
from scraper.extract.pages.navigation.base import wrapped_list
from scraper.extract.pages.navigation.controls import MenuControls
from scraper.extract.pages.navigation.hints import (
    DIVIDER_TOKENS,
    HEADER_TOKENS,
    HEADING_TAGS,
    LINE_ENDS,
    LIST_TAGS,
    SELECTED_TAB_TOKENS,
    SKIPPED_CHILDREN,
    bold_line,
    is_language_link,
    is_logo,
    strip_glyphs,
)
from scraper.extract.pages.navigation.line_looks import lead_glyphs
from scraper.extract.pages.navigation.memo import per_call, per_element
from scraper.extract.pages.navigation.title_groups import (
    bold_link_line,
    column_title,
    heads_box_after,
    parallel_title,
)
from scraper.extract.pages.navigation.word_lines import separates_links
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean
from scraper.extract.visible import accessible_name, is_hidden


class WidgetLabels(MenuControls):
    """The labels widget conventions give the lists beside them."""

    @cached_property
    def _tab_labels(self) -> dict[str, Any]:
        """``data-tab`` path → the tab menu's item naming it (not a tab segment)."""
        out: dict[str, Any] = {}
        for el in self.doc.root.xpath("//*[@data-tab]"):
            if "tab" not in class_tokens(el) and not self._links(el):
                out.setdefault(el.get("data-tab"), el)
        return out

    def _dropdown_label(self, box: Any, link: Any) -> str | None:
        """Semantic/Fomantic UI's ``ui dropdown item``: the item's own words ("Countries"
        as a bare text node before its icon), then the ``div.menu`` it opens; those
        words label the menu's links."""
        if "dropdown" not in class_tokens(box):
            return None
        branch = next((c for c in box if isinstance(c.tag, str) and is_descendant(link, c)),
                      None)
        if branch is None or tag(branch) == "a" or "menu" not in class_tokens(branch):
            return None
        parts = [box.text or ""]
        for child in box:
            if child is branch:
                break
            if isinstance(child.tag, str) and not is_hidden(child) and not self._links(child):
                parts.append(self._shown(child))
            parts.append(child.tail or "")
        text = strip_glyphs(clean(" ".join(parts)))
        return text if text and len(text) <= 80 else None

    def _header_before(self, box: Any) -> str | None:
        """A menu box of items after a header among its siblings (Semantic UI's
        ``div.header`` then a ``div.scrolling.menu`` or a nested ``div.menu``): the
        header labels the box, as it labels items after it, up to a divider."""
        if "menu" not in class_tokens(box):
            return None
        for prev in box.itersiblings(preceding=True):
            if not isinstance(prev.tag, str) or is_hidden(prev):
                continue
            if tag(prev) == "hr" or class_tokens(prev) & DIVIDER_TOKENS:
                return None
            if class_tokens(prev) & HEADER_TOKENS and not self._links(prev):
                text = strip_glyphs(self._shown(prev))
                return text if text and len(text) <= 80 else None
        return None

    def _beside_icon(self, icon: Any) -> Any | None:
        """The words an icon toggle stands beside on its line: the element before it
        ("Newsroom ▾"), else the link after it (an older portal's "+" image before the
        group's link, the line before it ended by a ``<br>`` or a box of links: no
        label, whatever its words)."""
        prev = icon.getprevious()
        if prev is not None and tag(prev) not in LINE_ENDS and not is_logo(prev) \
                and self._link_count(prev) <= 1:
            return prev
        nxt = icon.getnext()
        if nxt is not None and tag(nxt) == "a" and not strip_glyphs(clean(icon.tail or "")):
            return nxt
        # the toggle alone in its table cell, the item's link in the next cell of the row
        # (an older CMS's ``<td><a href="javascript:toggle('n1')"><img alt="+"></a></td>
        # <td><a href="/section/">Section</a></td>``)
        cell = icon.getparent()
        if cell is None or tag(cell) not in ("td", "th") or \
                [c for c in cell if isinstance(c.tag, str)] != [icon] or \
                strip_glyphs(clean(" ".join([cell.text or "", icon.tail or ""]))):
            return None
        after = cell.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        links = self._links(after) if after is not None and tag(after) in ("td", "th") else []
        return links[0] if len(links) == 1 else None

    def _sibling_heading(self, a: Any, root: Any) -> str | None:
        """A heading among the items (Bootstrap's ``h6.dropdown-header``) labels the
        items after it, up to a divider.  A separator showing words is such a heading
        (SLDS's ``li.slds-dropdown__header[role=separator]``: a menu's group title,
        marked as the one non-item role a menu allows), a link in it too ("Secretariat"
        heading the Secretariat's pages): it is an entry and labels the items below it.
        A heading among the items is their peer: no heading before it labels it.  A
        link boxed alone in a table cell's column (a promo's picture, link and blurb
        after the heading and list of a ``td``) stands as its box does: under the
        heading before it (fixtures/README.md, settled cases: a promo link is an entry
        under the column it sits in)."""
        item = self._item_of(a, root)
        box = a
        while item is a and (up := box.getparent()) is not None and up is not root \
                and tag(up) in ("div", "span", "p") and self._link_count(up) == 1:
            box = box.getparent()
        cell = box.getparent()
        if box is not a and cell is not None and tag(cell) in ("td", "th"):
            item = box
        return self._heading_over(item)

    @per_element
    def _heading_over(self, item: Any) -> str | None:
        """The heading among the items before ``item`` (see :meth:`_sibling_heading`)."""
        if self._items_heading(item) is not None:
            return None
        words = False   # a line of words, no link, between the item and a title before it
        for prev in item.itersiblings(preceding=True):
            if not isinstance(prev.tag, str) or is_hidden(prev):
                continue
            text = self._items_heading(prev, not words)   # positional: remembered per call
            words = words or (not self._links(prev) and bool(self._shown(prev)))
            if text is not None and lead_glyphs(prev) and lead_glyphs(prev) == lead_glyphs(item):
                continue   # marked as the items are ("| <b>Here</b>"): the page on view
            if text is not None and tag(item) in ("a", "area") \
                    and self._heads_list_after(item.getparent()):
                return None   # a link beside the title of the list after their row
            if text is not None and heads_box_after(prev):
                return None   # it heads the box of links below it, not the lines after it
            if text is not None:
                return text if text and len(text) <= 80 else None
            if tag(prev) == "hr" or (prev.get("role") or "") == "separator" \
                    or class_tokens(prev) & DIVIDER_TOKENS:
                return self._ruled_heading(prev)
        return None

    def _ruled_heading(self, rule: Any) -> str | None:
        """A bare divider right under a heading (Halfmoon's ``h5.sidebar-title`` over
        ``div.sidebar-divider``) is the heading's underline, not the end of a group:
        the heading labels the items below its rule.  A divider after items closes
        them, as ever."""
        head = next((x for x in rule.itersiblings(preceding=True) if isinstance(x.tag, str)
                     and not is_hidden(x) and tag(x) not in SKIPPED_CHILDREN), None)
        if head is None or tag(head) == "hr" or (head.get("role") or "") == "separator" \
                or class_tokens(head) & DIVIDER_TOKENS or self._links(head):
            return None
        text = self._items_heading(head, True)
        return text if text and len(text) <= 80 else None

    def _heads_list_after(self, row: Any) -> bool:
        """``row`` is the title row of the list right after it (a column's header
        box over its list): what stands in it beside the heading is no item of it."""
        nxt = next((x for x in row.itersiblings() if isinstance(x.tag, str)
                    and not is_hidden(x) and tag(x) not in SKIPPED_CHILDREN), None)
        return nxt is not None and tag(nxt) in LIST_TAGS and bool(self._links(nxt))

    def _title_words(self, title: Any) -> str:
        """The words of a column's title: a title row holding its heading and a link
        beside it (Bricks' mega-menu header: ``h4`` "Fields of work" and "All fields of
        work →") says the heading's words; the link is an entry of its own."""
        heads = [h for h in title.iterdescendants(*HEADING_TAGS) if not is_hidden(h)]
        if len(heads) == 1 and any(not is_under(a, heads[0]) for a in self._links(title)):
            words = self._shown(heads[0])
            if words:
                return words
        return self._shown(title)

    def _closes_titled_list(self, item: Any, branch: Any) -> bool:
        """``branch`` stands in ``item`` after the list the item's own words head (a fat
        menu's column ``li``: its heading link, its list, then "All fields of work →"
        or a promo box): it closes that column, under the item's words as the list is.
        A second list after the first stands beside it, no such closing."""
        if tag(branch) in LIST_TAGS or branch.xpath(".//ul|.//ol"):
            return False
        kids = [c for c in item if isinstance(c.tag, str) and not is_hidden(c)]
        before = kids[:next((i for i, c in enumerate(kids) if c is branch), 0)]
        return bool(before) and tag(before[0]) not in LIST_TAGS \
            and any(tag(c) in LIST_TAGS and self._links(c) for c in before[1:])

    def _column_closing_label(self, lst: Any, link: Any) -> str | None:
        """The words of a mega-menu column's one titled group, for a link in an item
        after it: the column's list holds the group first (its item's words, then its
        list, bare or in a box wrapping it alone, as a menu widget's) and then lone links
        ("Alle Themen im Überblick ›"), which close the column under its heading as
        :meth:`_closes_titled_list` reads them inside the group's own item.  The list is
        a column when it is all its box holds and that box has a peer holding a list
        (the panel's other columns), in a panel an item opens (a dropdown's list, its
        parent item's link beside it, is no column: a flyout's first item labels none
        of its peers).  A group whose list its own toggle opens
        (a button, ``aria-expanded``) is an item holding a submenu, a peer of the links
        after it (kormanyhu-it-2024, opencms-mercury-uk-2025)."""
        branch = next((c for c in lst if isinstance(c.tag, str) and is_descendant(link, c)),
                      None)
        return self._column_closing_over(lst, branch) if branch is not None else None

    @per_call
    def _column_closing_over(self, lst: Any, branch: Any) -> str | None:
        """:meth:`_column_closing_label` for the links in ``branch``, a child of ``lst``."""
        items = [c for c in lst if isinstance(c.tag, str) and not is_hidden(c)
                 and tag(c) not in SKIPPED_CHILDREN]
        mine = next((i for i, c in enumerate(items) if c is branch), 0)
        if mine == 0 or any(c.xpath(".//ul|.//ol") for c in items[1:mine + 1]) \
                or not any(wrapped_list(c) and self._links(c) for c in items[0]) \
                or any(c.xpath(".//ul|.//ol") for c in items[mine + 1:]) \
                or any(tag(x) == "button" or _is_control(x) for c in items[0]
                       if not wrapped_list(c) for x in c.iter() if isinstance(x.tag, str)):
            return None
        box = lst
        while (parent := box.getparent()) is not None and not (parent.text or "").strip() \
                and [c for c in parent if isinstance(c.tag, str) and not is_hidden(c)] == [box]:
            box = parent
        return self._own_text(items[0]) if _panel_column(box) else None

    def _after_column_group(self, head: Any, branch: Any, children: list[Any]) -> str | None:
        """The title of a mega-menu column's one titled group, for the link standing
        in a box of its own after the group's list (``ul > li > span.title + ul``, then
        ``div > p > a`` "All fields of work ›"): the link closes the column under that
        title, like the list (fixtures/README.md, settled cases).  ``head`` is the
        column's first child, ``branch`` the child holding the link; the column has
        peers holding lists in a panel an item opens (:meth:`_column_closing_label`).
        A flat list of groups under header items (UIkit's ``li.uk-nav-header`` then
        links) is closed the same way, under its last heading."""
        if tag(head) not in LIST_TAGS or branch is head or tag(branch) in LIST_TAGS \
                or branch.xpath(".//ul|.//ol") or len(self._links(branch)) != 1 \
                or any(self._links(c) for c in children[1:children.index(branch)]):
            return None
        items = [c for c in head if isinstance(c.tag, str) and not is_hidden(c)
                 and tag(c) not in SKIPPED_CHILDREN]
        if len(items) > 1 and not any(c.xpath(".//ul|.//ol") for c in items):
            # a flat list whose items are headed by header items (``li.uk-nav-header``
            # then links): the link closes the last heading's group
            box = head.getparent()
            last = self._heading_over(items[-1]) if self._links(items[-1]) else None
            return last if last and box is not None and _panel_column(box) else None
        if len(items) != 1 or not any(tag(c) in LIST_TAGS and self._links(c) for c in items[0]) \
                or any(tag(x) == "button" or _is_control(x) for c in items[0]
                       if tag(c) not in LIST_TAGS for x in c.iter() if isinstance(x.tag, str)):
            return None
        box = head.getparent()
        return self._own_text(items[0]) if box is not None and _panel_column(box) else None

    def _closing_widget_label(self, column: Any, link: Any) -> str | None:
        """The heading of a mega-menu column built of boxes (a CMS's widget area: a
        menu widget holding its title and its list, then a text widget holding "All
        fields of work →"), for the one link of the box right after that group: it
        closes the column under the group's heading, as a link after the list does
        when heading, list and link are the column's own children.  The group is the
        column's first box and its only titled one: a heading, then one box or list
        holding the group's one list and no more; nothing after the link's box holds a
        list or a heading, and the column stands in a panel a menu item opens."""
        kids = _shown_children(column)
        if len(kids) < 2 or not is_descendant(link, kids[1]) \
                or not any(tag(x) == "li" for x in column.iterancestors()):
            return None
        group, branch = kids[0], kids[1]
        if tag(group) in LIST_TAGS or len(self._links(branch)) != 1 \
                or any(x.xpath(_LIST_OR_HEADING) for x in kids[1:]):
            return None
        parts = _shown_children(group)
        if len(parts) != 2 or tag(parts[0]) not in HEADING_TAGS \
                or parts[1].xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
            return None
        lists = [parts[1]] if tag(parts[1]) in LIST_TAGS else parts[1].xpath(".//ul|.//ol")
        if not lists or not all(is_descendant(x, lists[0]) for x in lists) \
                or not self._links(lists[0]) \
                or len(self._links(parts[1])) != len(self._links(lists[0])):
            return None
        words = strip_glyphs(self._shown(parts[0]))
        return words if words and len(words) <= 80 else None

    def _card_kicker(self, head: Any, box: Any) -> bool:
        """``head`` is a plain line of text (a ``p``, ``span`` or ``div``, no heading,
        toggle or bold title) over the one link of its box (a promo card's kicker
        "Latest" over "Latest news", "Listen" over a podcast): it tags the card, no
        group of the menu, as a label heads a group of links; the link stands under
        the column the card sits in.  A bold line is a title (:meth:`_bold_title`)."""
        return tag(head) in ("p", "span", "div") and not self._links(head) \
            and len(self._links(box)) == 1 and not _is_control(head) \
            and (head.get("role") or "") != "heading" \
            and not class_tokens(head) & HEADER_TOKENS \
            and not any(tag(c) in (*HEADING_TAGS, "b", "strong") for c in head) \
            and not self._bold_title(head) and not parallel_title(head, box) \
            and not column_title(head, box)

    def _bold_title(self, head: Any) -> bool:
        """All of ``head``'s words are a heading's or bold, however deep the boxes
        wrapping them (a site builder's text block ``div > div.text > p > strong``
        "In focus"): a column's title, no card's plain kicker."""
        text = self._shown(head)
        return bool(text) and any(self._shown(x) == text for x in head.iter(
            *HEADING_TAGS, "b", "strong") if x is not head)

    def _names_a_part(self, head: Any, box: Any) -> bool:
        """``head`` is the declared label of an element in ``box`` (a caption over the
        first of two lists, named by it with ``aria-labelledby``)."""
        return any(is_under(x, box) for x in self._labelled.get(head.get("id") or "", ()))

    @cached_property
    def _labelled(self) -> dict[str, list[Any]]:
        """Label id → the elements it names (``aria-labelledby``)."""
        out: dict[str, list[Any]] = {}
        for el in self.doc.root.xpath("//*[@aria-labelledby]"):
            for ref in (el.get("aria-labelledby") or "").split():
                out.setdefault(ref, []).append(el)
        return out

    @per_call
    def _items_heading(self, el: Any, boxes: bool = True) -> str | None:
        """The words of ``el`` when it is a heading among a menu's items (see
        :meth:`_sibling_heading`), else None."""
        if (el.get("role") or "") == "separator":
            return self._shown(el) or _drawn_words(el)   # a divider's rule shows no words
        if tag(el) == "hr" or class_tokens(el) & DIVIDER_TOKENS:
            return _drawn_words(el)
        head = el
        if tag(el) == "li":
            # an item holding one element beside wordless marks (Metronic's
            # ``li.kt-menu__section`` holding its ``h4`` and an icon ``i``) is that element
            kids = [c for c in el if isinstance(c.tag, str) and (
                self._shown(c) or self._links(c) or tag(c) not in ("i", *SKIPPED_CHILDREN))]
            head = kids[0] if len(kids) == 1 and not (el.text or "").strip() else el
        # an item named a title, holding no link (mdBook's ``li.part-title``, daisyUI's
        # ``li.menu-title``), or such a box right over bare links (Elastic UI's
        # ``div.euiCollapsibleNavItem__groupTitle``; a promo card's title over its
        # blurb is the card's): the title of the items after it
        titled_item = (tag(el) == "li" or (boxes and tag(el) in ("div", "span", "p"))) \
            and "title" in class_tokens(el) and not self._links(el)
        if tag(head) in HEADING_TAGS or (head.get("role") or "") == "heading" or (
                class_tokens(head) & HEADER_TOKENS and not self._links(head)) \
                or bold_line(head) or bold_link_line(head) or titled_item or self._header_item(el) \
                or self._captions_list_after(el) or separates_links(el, self._shown(el)):
            return self._shown(head)
        return None

    def _captions_list_after(self, el: Any) -> bool:
        """``el`` is the caption a later list beside it names (``p#h + ul[aria-labelledby
        =h]``): the title of that list and of a link closing the column after it."""
        after = set(el.itersiblings())
        return any(x in after and tag(x) in LIST_TAGS
                   for x in self._labelled.get(el.get("id") or "", ()))

    def _header_item(self, el: Any) -> bool:
        """A list item heading the items after it: marked a header by its own class
        (Bootstrap's ``li.dropdown-header``, UIkit's ``li.uk-nav-header``, Superfish's
        ``li.sf-megamenu-header``), its words or its one link and no list of its own
        (a link in it is an entry and labels the items below it, as a titled
        separator's does); or, unmarked, a mega-menu column's first item saying a few
        words and no link over items of one link each (``li > span`` "Institutions",
        then ``li > a`` …): the column's heading drawn as an item."""
        if tag(el) != "li" or el.xpath(".//ul|.//ol") or len(self._links(el)) > 1:
            return False
        if any(_HEADER_NAME.search(c) for c in (el.get("class") or "").lower().split()):
            # the menu's masthead (a sidebar's ``li.nav-header`` holding the site's logo
            # and its name): it names the site, no group of the items below it
            return bool(self._shown(el)) and not self._only_a_logo(el)
        lst = el.getparent()
        if lst is None or tag(lst) not in LIST_TAGS or self._links(el):
            return False
        items = [c for c in lst if isinstance(c.tag, str) and not is_hidden(c)
                 and tag(c) not in SKIPPED_CHILDREN]
        text = strip_glyphs(self._shown(el))
        if not items or items[0] is not el or len(items) < 3 or not text or len(text) > 80 \
                or any(len(self._links(c)) != 1 or c.xpath(".//ul|.//ol") for c in items[1:]):
            return False
        box = lst
        while (parent := box.getparent()) is not None and not (parent.text or "").strip() \
                and [c for c in parent if isinstance(c.tag, str) and not is_hidden(c)] == [box]:
            box = parent
        return _panel_column(box)

    def _item_of(self, a: Any, root: Any) -> Any:
        """The list item the link stands for: its parent ``li``, or the ``li`` around
        the boxes a component library wraps the link in (PrimeVue's
        ``li > div.p-menuitem-content > a``), boxes holding no other link; else the
        link itself."""
        box = a.getparent()
        while box is not None and box is not root and tag(box) in ("div", "span") \
                and self._link_count(box) == 1:
            box = box.getparent()
        return box if box is not None and tag(box) == "li" and box is not root else a

    def _item_above(self, item: Any) -> str | None:
        """An item holding nothing but a submenu, right after the item it opens
        (mdBook's ``<li><a>Chapter</a></li><li><ol class="section">``, a list nested
        the way ``ul > li + ul`` nests it): that item's words label it, a link heading
        the group it opens or a draft's plain words.  A language switcher's item
        (Polylang's "FR" among the menu's items, before a box of social icons) is no
        entry and labels nothing, nor does a list of icon links showing no words (the
        bar's search and RSS icons in an item of their own): the bar's tools."""
        kids = [c for c in item if isinstance(c.tag, str)]
        if len(kids) != 1 or tag(kids[0]) not in LIST_TAGS or (item.text or "").strip() \
                or not any(self._shown(a) for a in self._links(kids[0])):
            return None
        prev = item.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is None or tag(prev) != "li" or is_hidden(prev) or prev.xpath(".//ul|.//ol") \
                or len(self._links(prev)) > 1:
            return None
        text = strip_glyphs(self._own_text(prev) or "")
        if any(is_language_link(a, text, self.doc.lang) for a in self._links(prev)):
            return None
        return text if text and len(text) <= 80 else None

    def _selected_tab(self, bar: Any) -> str | None:
        """A portal's tab bar in the row above a row of sub-tabs (Oracle Portal's
        ``PortalTabs`` over ``PortalSubTabs``, a 2000s portal's two-row tab strip):
        the sub-tabs are the pages of the tab on view, the one tab the bar marks as
        selected (a ``selected``/``active``/``current`` class word on the link or its
        cell, ``aria-selected``, ``aria-current``); that tab's words label the row it
        opens.  A bar marking no tab, or several, labels nothing."""
        links = self._links(bar)
        if len(links) < 2:
            return None
        chosen = [a for a in links if any(_marked_selected(x) for x in between(a, bar))]
        if len(chosen) != 1:
            return None
        return strip_glyphs(self._shown(chosen[0])) or accessible_name(chosen[0]) or None


def _drawn_words(el: Any) -> str | None:
    """A divider whose words its style sheet draws from ``data-content`` (Spectre.css's
    ``li.divider[data-content="Partners"]``, ``content: attr(data-content)``): a titled
    separator, its words shown to every reader; a bare rule says nothing."""
    if is_hidden(el):
        return None
    text = strip_glyphs(clean(el.get("data-content") or ""))
    return text or None


# a class name ending in a header word names the element a header (``dropdown-header``,
# ``uk-nav-header``, ``slds-dropdown__header``); one whose header word comes first
# names a part of the page's header (``block-header-item``, ``nhsuk-header__item``)
_HEADER_NAME = re.compile(r"(?:^|[-_])(?:header|heading)$")


def _marked_selected(el: Any) -> bool:
    """``el`` says it is the tab on view: a class word, ``aria-selected``,
    ``aria-current``."""
    return bool(class_tokens(el) & SELECTED_TAB_TOKENS) \
        or (el.get("aria-selected") or "").lower() == "true" \
        or (el.get("aria-current") or "false").lower() not in ("false", "")


def _panel_column(box: Any) -> bool:
    """``box`` is a column of a panel a menu item opens: a peer of its tag holds a list
    (the panel's other columns), an item of the menu holds them."""
    peers = [c for c in box.itersiblings(preceding=True) if isinstance(c.tag, str)] + [
        c for c in box.itersiblings() if isinstance(c.tag, str)]
    return any(tag(c) == tag(box) and c.xpath(".//ul|.//ol") for c in peers) \
        and any(tag(x) == "li" for x in box.iterancestors())


def _is_control(el: Any) -> bool:
    """A toggle drawn as text: it says it opens something (a role, ``aria-*``)."""
    return (el.get("role") or "").lower() in ("button", "tab", "menuitem") or any(
        el.get(a) is not None for a in ("aria-expanded", "aria-haspopup", "aria-controls"))


# a list, or a heading, inside an element (or the element itself)
_LIST_OR_HEADING = ("descendant-or-self::ul|descendant-or-self::ol|descendant-or-self::h1"
                    "|descendant-or-self::h2|descendant-or-self::h3|descendant-or-self::h4"
                    "|descendant-or-self::h5|descendant-or-self::h6")


def _shown_children(box: Any) -> list[Any]:
    """The children of ``box`` a reader sees, scripts and icons aside."""
    return [c for c in box if isinstance(c.tag, str) and not is_hidden(c)
            and tag(c) not in SKIPPED_CHILDREN]
