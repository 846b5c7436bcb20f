"""A tree drawn as rows side by side: an ARIA tree (``role="tree"``) whose rows
(``role="treeitem"``) hold no rows of their own, their children set after them
(``<div role="treeitem" aria-level="2">…</div><div role="group">…rows…</div>``, an
Outline or Notion sidebar) or not wrapped at all, each row placed by its
``aria-level``.  A reader sees each row under the rows above it of a lower level:
the nearest row of each lower level before it, outermost first, is its path.  Each
such parent row, a document link, is both an entry and its children's label.  A tree
whose rows nest their children (``li[role=treeitem] > ul[role=group]``) is read by its
lists, as any nested menu is."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.common import is_under
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.hints import strip_glyphs


def _role(el: Any) -> str:
    return (el.get("role") or "").strip().lower() if isinstance(el.tag, str) else ""


class TreeRows(NavigationPageBase):
    """The path a flat tree's levels give a link in one of its rows."""

    def _tree_path(self, a: Any, root: Any) -> tuple[Any, list[str]] | None:
        """(the tree, the names of the rows above ``a``'s row, outermost first) when
        ``a`` stands in a row of a tree drawn with flat rows inside ``root``."""
        row = next((x for x in a.iterancestors() if _role(x) == "treeitem"), None)
        if row is None or not (row is root or is_under(row, root)):
            return None
        tree = next((x for x in row.iterancestors() if _role(x) == "tree"), None)
        if tree is None or not (tree is root or is_under(tree, root)):
            return None
        rows = [x for x in tree.iterdescendants() if _role(x) == "treeitem"]
        if any(_role(x) == "treeitem" for r in rows for x in r.iterdescendants()):
            return None   # rows holding their children: the lists say the levels
        levels = [self._row_level(r, tree) for r in rows]
        at = rows.index(row)
        level, path = levels[at], []
        for r, lv in zip(reversed(rows[:at]), reversed(levels[:at]), strict=True):
            if lv < level:
                name = self._row_name(r)
                if name:
                    path.append(name)
                level = lv
        return tree, path[::-1]

    @staticmethod
    def _row_level(row: Any, tree: Any) -> int:
        """The row's ``aria-level``, else one more than the groups holding it."""
        level = (row.get("aria-level") or "").strip()
        if level.isdigit():
            return int(level)
        depth = 1
        for x in row.iterancestors():
            if x is tree:
                break
            depth += _role(x) == "group"
        return depth

    def _row_name(self, row: Any) -> str:
        """The row's words: its link's name, else what it shows."""
        links = self._links(row)
        text = self._link_name(links[0]) if len(links) == 1 else self._shown(row)
        return strip_glyphs(text)
