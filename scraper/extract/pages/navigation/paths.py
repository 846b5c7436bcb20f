"""The path of a menu entry: the group labels a reader sees above the link (headings,
toggle buttons, summaries, a list item's own words, an older site's title rows)."""

from __future__ import annotations

from typing import Any

from scraper.extract.badges import COUNTER
from scraper.extract.pages.common import is_descendant, is_under
from scraper.extract.pages.navigation.column_lines import holds_text_field
from scraper.extract.pages.navigation.empty_boxes import leading_layers_dropped
from scraper.extract.pages.navigation.hints import (
    GROUP_ROLES,
    HEADER_TOKENS,
    HEADING_TAGS,
    LABEL_TAGS,
    LIST_TAGS,
    SELECTED_TAB_TOKENS,
    SKIPPED_CHILDREN,
    SUBMENU_BOXES,
    is_box,
    is_logo,
    rendered_element,
    strip_glyphs,
)
from scraper.extract.pages.navigation.looks import small_screen_words
from scraper.extract.pages.navigation.memo import per_call
from scraper.extract.pages.navigation.menu_titles import MenuTitles, is_prose, titles_menu_bar
from scraper.extract.pages.navigation.title_groups import (
    among_columns,
    box_head,
    closes_header_group,
    own_group,
    subheaded,
)
from scraper.extract.pages.navigation.title_lines import TitleLines
from scraper.extract.pages.navigation.tree_rows import TreeRows
from scraper.extract.pages.navigation.widgets import WidgetLabels
from scraper.extract.pages.navigation.word_lines import folded_group
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean
from scraper.extract.visible import accessible_name, is_hidden

# a box's own label among its children: a toggle or title naming what it holds
_OWN_LABEL = ("./*[self::button or self::summary or self::h1 or self::h2 or self::h3 "
              "or self::h4 or self::h5 or self::h6 or @role='button' or @role='heading' "
              "or @aria-haspopup or @aria-expanded]")


class PathLabels(MenuTitles, TitleLines, WidgetLabels, TreeRows):
    """The labels above a menu link, outermost first."""

    # ------------------------------------------------------------------ paths
    def _path(self, a: Any, root: Any, _seen: tuple[Any, ...] = ()) -> list[str]:
        """The labels a reader sees above the link, outermost first, each level once."""
        labels: list[str] = []
        tree = self._tree_path(a, root)   # a tree of flat rows: its levels say the path
        sibling = strip_glyphs(self._sibling_heading(a, root) or "") if tree is None else ""
        if sibling:
            labels.append(sibling)
        if tree is None:   # the links a sub-item's link stands under in its run
            labels.extend(self._run_parents(a))
        layer = self._layer_labels(a, root)
        for anc in a.iterancestors():
            if tree is not None:
                if anc is not tree[0]:
                    continue   # the rows' own boxes: the tree's levels place the link
                labels.extend(reversed(tree[1]))
                tree = None
            if anc is root:
                break      # the menu's own name is no level of it
            if layer is not None and anc is layer[0]:
                labels.extend(reversed(layer[1]))   # the layer's title rows, under its control
            label = strip_glyphs(self._group_label(anc, a, root) or "")
            if label and (not labels or labels[-1] != label):
                labels.append(label)
                if tag(anc) in LIST_TAGS:   # a flat outline's higher headings over it
                    labels.extend(x for x in self._outline_above(anc, root) if x not in labels)
            if (tag(anc) == "li" and anc is not self._item_of(a, root)) or tag(anc) == "details" \
                    or folded_group(anc):
                # an item holding a submenu stands under a heading among its peers
                # (mdBook's ``li.part-title`` over the chapters and their sections), and
                # so does a folded group among bare links (a sidebar's ``<details>``)
                heading = strip_glyphs(self._sibling_heading(anc, root) or "")
                if heading and heading not in labels:
                    labels.append(heading)
            outer = self._control_path(anc, root, _seen)
            if outer:   # a flyout placed apart from its item: below the item's own path
                return _joined(outer, labels[::-1])
        labels.reverse()
        # a column's title rows; those of a layer in it were read in place, under the
        # layer's control (a rollover button's flyout of region rows in a column of
        # buttons: "Field Activities" over "Caucasus")
        column = self._column_labels(a, root)
        if layer is not None:
            column = [label for label in column if label not in layer[1]]
        labels = _joined(column, labels)
        # the menu's title read again as a column's title line (an ``h3`` over its list,
        # under the ``h2`` of the outline): each level once, where the column puts it
        labels = [t for t in self._root_title(a, root) if t not in column] + labels
        labels = self._opener_path(a, root, _seen) + labels
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
        if t in LIST_TAGS:
            return self._column_closing_label(group, link) or self._list_label(group, link, root)
        if t == "li":
            return self._item_label(group, link)
        if t == "table":
            return self._table_label(group)
        if t in ("td", "th"):
            return self._cell_closing_label(group, link, root)
        if t == "dd":
            term = next((x for x in group.itersiblings(preceding=True) if tag(x) == "dt"), None)
            return self._shown(term) or None if term is not None else None
        if group.get("data-tab") and "tab" in class_tokens(group):
            # Semantic/Fomantic UI's tab: the segment ``div.ui.tab[data-tab=x]`` shown by
            # the menu item ``a.item[data-tab=x]`` whose words name it
            label = self._tab_labels.get(group.get("data-tab"))
            text = strip_glyphs(self._shown(label)) if label is not None else ""
            if text:
                return text
        if (group.get("role") or "").lower() in GROUP_ROLES and group.get("aria-label"):
            return clean(group.get("aria-label"))
        # the panel its button opens: named by it (``aria-controls``), or a dropdown
        # beside its trigger in the item's box
        control = self._controllers.get(group.get("id") or "")
        if control is None:
            control = self._popup_trigger(group)
        if control is None:
            control = self._labelled_dropdown(group)
        if control is not None and self._opens_whole_menu(group, root):
            return None   # the "Menu" button of a small screen names no group
        if control is not None and control is not link and not is_under(link, control):
            text = strip_glyphs(self._shown(control))
            if not text:
                # an icon toggle beside a link ("Newsroom ▾", "+ Fields of work"): the
                # link names the panel
                beside = self._beside_icon(control)
                if beside is link:
                    return None
                text = self._shown(beside) if beside is not None else ""
            return text or accessible_name(control) or None
        if is_box(group):
            return self._head_label(group, link, root) or self._dropdown_label(group, link) \
                or self._header_before(group) or self._item_before(group, root) \
                or self._closing_widget_label(group, link)
        return None

    def _item_before(self, box: Any, root: Any) -> str | None:
        """A submenu box set among the item boxes of its level, right after the item it
        opens (Apache Lenya's ``div.menublock-2`` after ``div.menuitem-1``, a menu drawn
        with ``div``s as ``ul > li + ul`` is with lists): that item's words label it, a
        link heading the group it opens or the current page's plain text
        (``div.menuitem-selected-2``).  The item is one line among peers of its tag and
        class (the current one marked ``selected`` aside), and the box shares no class
        word with them and shows no toggle or title of its own (an item holding a
        dropdown is their peer, its button labels it); a column's title box over its
        links is read by :meth:`_head_label`."""
        prev = self._title_before(box, root)
        if prev is None or not is_box(prev) or tag(prev) != tag(box) \
                or len(self._links(prev)) > 1 or self._links(box) == [] \
                or prev.xpath(".//ul|.//ol") or any(is_box(c) for c in prev):
            return None
        kind = class_tokens(prev) - SELECTED_TAB_TOKENS
        if not kind or kind & class_tokens(box) or box.xpath(_OWN_LABEL):
            # a box of the items' kind, or one with a trigger or title of its own (a
            # dropdown's box: its button and panel), is an item itself
            return None
        parent = box.getparent()
        peers = [c for c in parent if c is not prev and isinstance(c.tag, str)
                 and tag(c) == tag(prev)
                 and class_tokens(c) - SELECTED_TAB_TOKENS == kind] if parent is not None else []
        if len(peers) < 2:
            return None
        text = strip_glyphs(self._shown(prev))
        return text if text and len(text) <= 80 else None

    def _head_label(self, box: Any, link: Any, root: Any) -> str | None:
        """A box of links led by its title (``<h3>``, ``<strong>``, a toggle button, or
        a link heading the box it opens): the title labels the links after it."""
        branch = next((c for c in box if isinstance(c.tag, str) and is_descendant(link, c)), None)
        if branch is None or tag(branch) in SKIPPED_CHILDREN:
            return None
        branch = rendered_element(branch)
        if len(self._label_children(box, branch)) < 2:
            return None
        return self._head_label_over(box, branch, root)

    @per_call
    def _label_children(self, box: Any, branch: Any) -> tuple[Any, ...]:
        """The children of ``box`` a reader sees, as :meth:`_head_label` reads them (a
        component host as the element it renders), and ``branch``, the one holding the
        link: hidden, it is the collapsed panel a reader opens (Semantic UI's nested
        ``div.item``: its ``span.text`` words, then the ``div.menu.transition.hidden``
        they open), for the link was reached in it.  An empty layer a theme draws over
        the box, before all else (:mod:`.empty_boxes`), is nothing a reader sees."""
        return tuple(leading_layers_dropped([
            shown for c in box if isinstance(c.tag, str) for shown in (rendered_element(c),)
            if shown is branch or (not is_hidden(c) and tag(c) not in SKIPPED_CHILDREN)], branch))

    @per_call
    def _head_label_over(self, box: Any, branch: Any, root: Any) -> str | None:
        """:meth:`_head_label` for the links in ``branch``, a child of ``box``."""
        children = own_group(list(self._label_children(box, branch)), branch)
        head = children[0]
        if tag(head) in LIST_TAGS:
            return self._after_column_group(head, branch, children)
        own = self._labelled_dropdown(branch)
        if own is not None and own is not head:
            return None   # a dropdown right after its own label is that label's, no title's
        if branch is head or (tag(head) not in LABEL_TAGS and not self._header_title(head)) \
                or tag(head) in LIST_TAGS or head.xpath(".//ul|.//ol") or is_logo(head) \
                or self._is_menu_toggle(head, root) or self._is_close_button(head, box) \
                or self._only_a_logo(head) or holds_text_field(head):
            return None   # a filter box over a menu tree ("Search the menu") titles nothing
        if self._names_a_part(head, box) or self._card_kicker(head, box):
            return None   # it labels what it names (``aria-labelledby``), not its neighbours
        if tag(head) in HEADING_TAGS and any(
                tag(c) == tag(head) for c in children[1:children.index(branch) + 1]):
            return None   # a heading of its rank after it closes its group
        if class_tokens(head) & HEADER_TOKENS and any(
                closes_header_group(c, head, box) for c in children[1:children.index(branch) + 1]):
            return None
        if tag(head) in HEADING_TAGS and tag(branch) in LIST_TAGS and any(
                tag(c) in LIST_TAGS for c in children[1:children.index(branch)]) \
                and not subheaded(head, children[1:children.index(branch)]) \
                and not self._sub_titled(children[1:]):
            # a heading titles the list right after it; a second list after that one
            # (a dropdown's "Field operations, Projects" under its themed list) stands
            # beside the titled group, in the panel the dropdown's own words label
            return None
        if tag(head) in HEADING_TAGS and titles_menu_bar(branch, self._links(branch)):
            return None
        head_links = self._links(head)
        # columns of one kind side by side: the first is their peer; so too a line of
        # one link over lines of its tag and class (a text widget's ``p`` per link in a
        # site builder's overlay menu: Readymag's ``p.paragraph-style-6``), or over an
        # item of its kind marked as holding a submenu (a portal's ``div.MenuItem``
        # before its ``div.MenuItem.ArrowIcon``, which opens a flyout)
        if tag(head) == tag(branch) and (is_box(head) or len(head_links) == 1) and \
                _same_kind(head, branch) and not self._title_row(head):
            return None
        # a link heading labels only a box of that link and the panel it opens (and a
        # "See all" link closing that panel: heading, list, link)
        between = children[1:children.index(branch)]
        closing = tag(branch) == "a" and any(tag(c) in LIST_TAGS for c in between)
        lines = self._heads_link_lines(head, children[1:])
        if (tag(head) == "a" or head_links) and (
                len(head_links) > 1 or (tag(branch) == "a" and not closing)
                or (len(children) > 3 and not self._sub_titled(children[1:]) and not lines)
                or any(self._titled(c) for c in children[1:])
                or self._peer_link(head) or (any(self._link_line(c) for c in between)
                                             and not lines)):
            # a link above groups titled by their own headings is their peer; so is a
            # link with another link line after it (a mega column's "Chairpersonship"
            # over the "Secretariat" link heading its list): an entry of its own
            return None
        if _is_button(head) and (tag(branch) in ("a", "area") or len(children) > 3):
            # a button opens the one panel after it; links standing beside it are the
            # bar it folds away on a small screen (the navbar's "Toggle navigation")
            return None
        if tag(head) in HEADING_TAGS and tag(branch) in ("a", "area") \
                and self._heads_list_after(box):
            return None   # a link beside the title of the list after their row: its peer
        text = strip_glyphs(self._title_words(head) or accessible_name(head))
        if self._names_whole_menu(text, box, root):
            return None
        return text if text and len(text) <= 80 else None

    def _item_label(self, item: Any, link: Any) -> str | None:
        """A list item's own words label what it opens below them (``<li><a>Our work</a>
        <div class="mega">…<ul>``); the nested list's own label comes from the list.
        An item wrapped whole in one box (XenForo's ``li > div.p-navEl``: the tab's link,
        its split trigger, then ``div.menu`` of bare links, hidden until opened) is read
        as the item, and its collapsed dropdown of links is such a branch, list or not."""
        kids = [c for c in item if isinstance(c.tag, str)]
        inner = [c for c in kids[0] if isinstance(c.tag, str)] if len(kids) == 1 else []
        if inner and tag(kids[0]) == "div" and not (item.text or "").strip() \
                and tag(inner[0]) in ("a", "span", "button"):
            item = kids[0]   # the box opens with the item's own link, its branch below
        branch = next((c for c in item if isinstance(c.tag, str) and is_descendant(link, c)),
                      None)
        text = self._item_label_over(item, branch) if branch is not None else None
        head = box_head(branch) if text and _submenu_box(branch) else None
        if head is not None and is_under(link, head) and clean(self._shown(head)) == text:
            return None   # a link heading its group's box (``header > a``): an entry, no
        return text       # level of its own path, though it labels the links below it

    @per_call
    def _item_label_over(self, item: Any, branch: Any) -> str | None:
        """:meth:`_item_label` for the links in ``branch``, a child of ``item``."""
        if self._closes_titled_list(item, branch):
            return self._own_text(item)
        callout = self._callout_title(item, branch)
        if callout:
            return callout
        if tag(branch) in LIST_TAGS or not (
                _submenu_box(branch) and (branch.xpath(".//ul|.//ol") or (
                    is_hidden(branch) and self._link_count(branch) >= 2))):
            return None
        return self._own_text(item)

    def _callout_title(self, item: Any, branch: Any) -> str | None:
        """The title over a mega column's callout, a box of no list (a promo's picture,
        line and link: ``li > span.mega-title + div.promo > img, p, a``): the item's
        first shown child, a line of words holding no link, right before the box
        (fixtures/README.md, settled cases: a promo link is an entry under the column
        it sits in)."""
        if branch.xpath(".//ul|.//ol") or not (
                _submenu_box(branch) or (tag(branch) == "a" and among_columns(item))):
            return None
        shown = [c for c in item if isinstance(c.tag, str) and not is_hidden(c)
                 and tag(c) not in SKIPPED_CHILDREN]
        if len(shown) != 2 or shown[1] is not branch or (item.text or "").strip():
            return None
        head = shown[0]
        if tag(head) not in LABEL_TAGS or tag(head) == "a" or self._links(head) \
                or head.xpath(".//ul|.//ol") or self._only_a_logo(head):
            return None
        text = strip_glyphs(self._shown(head))
        return text if text and len(text) <= 80 and not is_prose(text) else None

    def _cell_closing_label(self, cell: Any, link: Any, root: Any) -> str | None:
        """A dropdown's column drawn as a table cell (its title, its list, then "All
        fields of work ›"), beside a cell of another list: the link after the list is
        under the title, like the list (fixtures/README.md, settled cases)."""
        branch = next((c for c in cell if isinstance(c.tag, str) and is_descendant(link, c)),
                      None)
        peers = [*cell.itersiblings(preceding=True), *cell.itersiblings()]
        if branch is None or not self._closes_titled_list(cell, branch) or not any(
                tag(c) == tag(cell) and c.xpath(".//ul|.//ol") for c in peers):
            return None
        return self._head_label(cell, link, root)

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
        if prev is not None and tag(prev) == "tr":
            return self._selected_tab(prev)
        return None

    def _list_label(self, lst: Any, link: Any, root: Any) -> str | None:
        parent = lst.getparent()
        if parent is not None and tag(parent) == "li":
            return self._own_text(parent) or self._item_above(parent)
        if parent is not None and tag(parent) == "details":
            return None   # the summary labels it
        node = lst
        for _ in range(3):
            if node is root or node is None:
                return None
            prev = self._title_before(node, root)
            prev = rendered_element(prev) if prev is not None else None
            if prev is not None and small_screen_words(prev):
                return None   # a phone's "Menu" beside its burger: no title on a wide screen
            if prev is not None and not is_hidden(prev):
                # a box holding a list is a neighbouring column of links, no title
                if tag(prev) in LABEL_TAGS and tag(prev) not in LIST_TAGS \
                        and not (prev.get("aria-labelledby") or tag(prev) == "summary") \
                        and not prev.xpath(".//ul|.//ol") \
                        and not (node is not lst and self._peer_link(prev)):
                    text = self._title_words(prev)
                    if self._names_whole_menu(text, node, root) or (
                            tag(prev) in HEADING_TAGS and titles_menu_bar(node, self._links(node))):
                        return None
                    return text if len(text) <= 80 else None
                return None
            if prev is not None:
                return None
            node = node.getparent()
            if node is not None and (node.get("aria-labelledby") or tag(node) == "details"):
                return None   # labelled by its own attribute or summary
        return None

    def _own_text(self, li: Any) -> str | None:
        """The item's words before the submenu it opens: a list, a table, or a box
        holding lists (a mega panel's ``div``; a nested ``nav``, as Material for MkDocs
        nests each section's ``nav.md-nav`` in its item), whose words are no part of
        them; an icon link's (``<a title="News"><img alt="">``) accessible name."""
        parts = [li.text or ""]
        shown: list[Any] = []
        for child in li:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if tag(child) in (*LIST_TAGS, "table") or (_submenu_box(child) and
                                                         child.xpath(".//ul|.//ol")):
                if _submenu_box(child):
                    head = box_head(child)
                    # the box's head stands over its lists, holding none (a row of
                    # columns is no head), and is no peer of titled groups
                    if head is not None and not "".join(parts).strip() \
                            and not head.xpath(".//ul|.//ol") and not self._peer_link(head):
                        parts.append(self._shown(head))
                break
            if is_hidden(child):
                continue
            if COUNTER.match(clean(self.doc.element_text(child))):
                # a category's count of posts beside its name (b2evolution's
                # ``<a>Human dimension</a> <span class="notes">(23)</span>`` over its
                # sub-categories): no part of the label
                parts.append(child.tail or "")
                continue
            if _split_toggle(child) and clean(self._shown(child)) == clean(" ".join(parts)):
                # the toggle beside the item's link saying its words again (Drupal's
                # ``<a>Newsroom</a><button>Newsroom</button>``, its "Open submenu:"
                # hidden): one label, said twice
                parts.append(child.tail or "")
                continue
            shown.append(child)
            parts.append(self._shown(child))
            parts.append(child.tail or "")
        text = clean(" ".join(parts))
        if not text and len(shown) == 1 and tag(shown[0]) == "a":
            text = accessible_name(shown[0])   # an icon link: its name as an entry
        return text or None


def _split_toggle(el: Any) -> bool:
    """A button (or ``role=button``) that opens the item's submenu."""
    return tag(el) == "button" or (el.get("role") or "").lower() == "button"


def _joined(column: list[str], inner: list[str]) -> list[str]:
    """A column's title lines above the labels read from the link's own boxes; its
    title read again from a box it heads (a wiki page's ``h1`` before the ``div`` of
    its sections, an ``h2`` before its list) is the column's level: each level once."""
    return column + [label for label in inner if label not in column]


def _submenu_box(el: Any) -> bool:
    """A submenu panel's box: a :data:`SUBMENU_BOXES` tag or a custom element (Turbo's
    ``<turbo-frame>`` holding a lazy mega panel), a box as ``is_box`` says."""
    return tag(el) in SUBMENU_BOXES or "-" in tag(el)


def _same_kind(line: Any, item: Any) -> bool:
    """``line`` is of ``item``'s kind: the same class, or classes all ``item`` has
    too, ``item`` marked with more (the one holding a submenu)."""
    own = line.get("class") or ""
    if own == (item.get("class") or ""):
        return True
    words = set(own.split())
    return bool(words) and words < set((item.get("class") or "").split())


def _is_button(el: Any) -> bool:
    return tag(el) == "button" or (el.get("role") or "").lower() == "button"
