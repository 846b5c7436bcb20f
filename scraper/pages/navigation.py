"""The site menu: one raw record per menu entry (name, url, path of ancestors)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.document import Document
from scraper.structure import class_tokens, is_hidden, tag
from scraper.text import clean

_MENU_TOKENS = frozenset({"menu", "navigation", "mainmenu", "megamenu", "navbar", "nav",
                          "sitemenu", "submenu", "menublock"})
_NOT_MENU_TOKENS = frozenset({"breadcrumb", "breadcrumbs", "pager", "pagination", "language",
                              "languages", "lang", "langswitcher", "languageswitcher",
                              "social", "share", "sharing", "footer", "toolbar", "tabs",
                              "skip", "search", "utility", "secondary"})
_SR_TOKENS = frozenset({"visually", "hidden", "sr", "invisible", "element"})
_LIST_TAGS = ("ul", "ol")
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
            if any(r is el or _is_under(el, r) for r in roots):
                continue
            if self._excluded(el):
                continue
            roots.append(el)
        return roots

    def _is_menu(self, el: Any) -> bool:
        if tag(el) == "nav" or (el.get("role") or "").lower() in ("navigation", "menubar"):
            return True
        return bool(class_tokens(el) & _MENU_TOKENS) and bool(el.xpath(".//a[@href]"))

    def _excluded(self, el: Any) -> bool:
        for x in [el, *el.iterancestors()]:
            if class_tokens(x) & _NOT_MENU_TOKENS or tag(x) == "footer":
                return True
            label = (x.get("aria-label") or "").lower()
            if any(w in label for w in ("breadcrumb", "pager", "pagination", "language",
                                        "footer", "social")):
                return True
            if (x.get("role") or "").lower() == "contentinfo":
                return True
        return False

    def entries(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        for root in self.menus:
            for a in root.iter("a"):
                url = self.doc.absolute(a.get("href"))
                if not url or url in seen or self._hidden(a, root):
                    continue
                if any(self._excluded_inner(x) for x in a.iterancestors() if _is_under(x, root)):
                    continue
                name = self.doc.element_text(a) or clean(a.get("title") or a.get("aria-label"))
                if not name:
                    continue
                seen.add(url)
                out.append({"name": name, "url": url, "path": self._path(a, root)})
        return out

    def _excluded_inner(self, el: Any) -> bool:
        return bool(class_tokens(el) & _NOT_MENU_TOKENS)

    def _hidden(self, a: Any, root: Any) -> bool:
        return any(class_tokens(x) & {"visually", "sr"} and class_tokens(x) & _SR_TOKENS
                   for x in [a, *a.iterancestors()] if x is root or _is_under(x, root))

    def _path(self, a: Any, root: Any) -> list[str]:
        labels: list[str] = []
        for anc in a.iterancestors():
            if tag(anc) in _LIST_TAGS:
                label = self._list_label(anc, root)
                if label:
                    labels.append(label)
            if anc is root:
                break
        return labels[::-1]

    def _list_label(self, lst: Any, root: Any) -> str | None:
        parent = lst.getparent()
        if parent is not None and tag(parent) == "li":
            return self._own_text(parent)
        node = lst
        for _ in range(3):
            if node is root or node is None:
                return None
            prev = node.getprevious()
            while prev is not None and (not isinstance(prev.tag, str) or self._sr(prev)
                                        or not self.doc.element_text(prev)):
                prev = prev.getprevious()
            if prev is not None:
                if tag(prev) in _LABEL_TAGS and tag(prev) not in _LIST_TAGS:
                    text = self.doc.element_text(prev)
                    return text if len(text) <= 80 else None
                return None
            node = node.getparent()
        return None

    def _own_text(self, li: Any) -> str | None:
        parts = [li.text or ""]
        for child in li:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if tag(child) in _LIST_TAGS or (tag(child) in ("div", "section") and \
                    child.xpath(".//ul|.//ol")):
                if tag(child) in ("div", "section"):
                    head = child.xpath("./*[not(self::ul or self::ol)][1]")
                    if head and not "".join(parts).strip():
                        parts.append(self.doc.element_text(head[0]))
                break
            if self._sr(child):
                continue
            parts.append(self.doc.element_text(child))
            parts.append(child.tail or "")
        text = clean(" ".join(parts))
        return text or None

    def _sr(self, el: Any) -> bool:
        tokens = class_tokens(el)
        return is_hidden(el) or ("visually" in tokens and "hidden" in tokens) or "sr" in tokens


def _is_under(el: Any, root: Any) -> bool:
    return any(x is root for x in el.iterancestors())
