"""The shared state of the menu reader: the document, its ids and controls, link counts
and shown text; and the few anchors one concern asks of another (declared here, defined
by their own mixin)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from functools import cached_property
from typing import Any

from scraper.extract.badges import COUNTER, is_flag
from scraper.extract.document import Document
from scraper.extract.pages.common import is_descendant
from scraper.extract.pages.navigation.hints import (
    LIST_TAGS,
    MENU_TOGGLE_FOLDED,
    is_current_page_link,
    is_dropdown_toggle,
    is_script_opener,
    leads_nowhere,
    strip_glyphs,
)
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.pages.navigation.registered import registers_itself
from scraper.extract.pages.navigation.screens import expanding_navbar, small_screen_only
from scraper.extract.pages.navigation.script_layers import (
    LAYER_PREFIX,
    LAYER_WORD,
    QUOTED_NAME,
    SCRIPT_CONTROLS,
    SCRIPT_ID,
    SELF_ARGUMENT,
    SHOW_HANDLERS,
    script_actions,
)
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold
from scraper.extract.visible import hidden_kind, is_hidden


class NavigationPageBase(ABC):
    """What every concern of the menu reader shares."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def _links(self, el: Any) -> list[Any]:
        """The links in ``el``: anchors, and the areas of an image map."""
        return list(self._link_tuple(el))

    @per_element
    def _link_tuple(self, el: Any) -> tuple[Any, ...]:
        return tuple(a for a in el.iter("a", "area") if a.get("href"))

    def _address(self, a: Any) -> str | None:
        """Where the link leads, absolute; a link marked as the page on view whose
        address is the bare ``#`` (:func:`.hints.is_current_page_link`) leads to the
        page itself, as a browser resolves it."""
        if is_current_page_link(a):
            return self.doc.absolute(self.doc.base_url)
        return self.doc.absolute(a.get("href"))

    def _jumps_on_page(self, a: Any) -> bool:
        """A link to a place on the page itself written with the page's address
        (``<base href="/">`` and ``our-work/overview#dimensions`` on /our-work/overview,
        an "On this page" list): a jump within the page like ``#dimensions``, no menu
        entry.  The page's own address without a place on it (the menu's current
        item) still is one."""
        href = (a.get("href") or "").strip()
        if "#" not in href or not href.split("#", 1)[1]:
            return False
        return self.doc.absolute(href) in self._own_addresses

    @cached_property
    def _own_addresses(self) -> frozenset[str]:
        """The page's address as fetched and as its canonical link names it."""
        return frozenset(a for u in (self.doc.url, self.doc.canonical) if u
                         and (a := self.doc.absolute(u)))

    @per_element
    def _link_count(self, el: Any) -> int:
        return len(self._links(el))

    @cached_property
    def _by_id(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for el in self.doc.root.xpath("//*[@id]"):
            out.setdefault(el.get("id"), el)
        return out

    @per_element
    def _shown(self, el: Any) -> str:
        """The text a reader sees on a label element ("" when the element itself is
        hidden: a visually hidden heading naming the menu for screen readers)."""
        return "" if is_hidden(el) else self._name_text(el)

    def _name_text(self, el: Any) -> str:
        """``el``'s words without the count or flag closing them ("Elections
        <span class="badge">12</span>", "Newsroom <span>5</span> ▾"), at whatever depth
        they close them (``<a><i class="icon"></i><span>Podcasts <span class="badge">
        NEW</span></span></a>``); a link wrapped whole around one element
        (``<a><paper-item>Podcasts <span class="badge">NEW``) says that element's words."""
        children = [c for c in el if isinstance(c.tag, str)]
        if len(children) == 1 and not (el.text or "").strip() \
                and not (children[0].tail or "").strip() and not is_hidden(children[0]):
            return self._name_text(children[0])
        dropped = self._closing_marks(el)
        if not any(self._is_badge(c, self.doc.element_text(c)) for c in dropped):
            return self.doc.element_text(el)
        # flags close a name, they are never all of it: the words read first stay its
        # name whatever their class says (``<span class="nav-label">Multimédia</span>
        # <span class="label">Nouveau</span>``: a box classed a label holds the name)
        words = self._words_without(el, dropped)
        while not words and dropped:
            dropped.pop()   # the mark read first (dropped runs from the end)
            words = self._words_without(el, dropped)
        return words or self.doc.element_text(el)

    def _closing_marks(self, el: Any) -> list[Any]:
        """The badges and glyphs closing ``el``'s words, read from its end: past them,
        into the element whose words close ``el``'s (no words after it)."""
        dropped: list[Any] = []
        for c in reversed([c for c in el if isinstance(c.tag, str)]):
            if (c.tail or "").strip():
                break
            text = self.doc.element_text(c)
            if self._is_badge(c, text) or not strip_glyphs(text):
                dropped.append(c)
                continue
            if not is_hidden(c):
                dropped.extend(self._closing_marks(c))
            break
        return dropped

    def _words_without(self, el: Any, dropped: list[Any]) -> str:
        """``el``'s words, the ``dropped`` elements within it left out."""
        if not any(is_descendant(d, el) for d in dropped):
            return self.doc.element_text(el)
        words = [el.text or ""]
        for c in el:
            if not any(c is d for d in dropped):
                if isinstance(c.tag, str):
                    words.append(self._words_without(c, dropped))
                words.append(c.tail or "")
        return clean(" ".join(words))

    @staticmethod
    def _is_badge(el: Any, text: str) -> bool:
        """A count, or a short flag a badge class names ("New")."""
        return bool(text) and (bool(COUNTER.match(text)) or is_flag(el, text))

    @cached_property
    def _controllers(self) -> dict[str, Any]:
        """Panel id → the button that opens it (``aria-controls``, or the popover it
        names by ``popovertarget``, which the browser opens without a script), the tree
        item that owns it (``aria-owns``: a group drawn apart from its item), or the
        link whose script shows it (an older site's layer): its label."""
        out: dict[str, Any] = {}
        for attr in ("aria-controls", "aria-owns", "popovertarget"):
            for el in self.doc.root.xpath(f"//*[@{attr}]"):
                for ref in (el.get(attr) or "").split():
                    out.setdefault(ref, el)
        for el in self.doc.root.xpath(SCRIPT_CONTROLS):
            for ref in self._shown_by_script(el):
                out.setdefault(ref, el)
        return out

    def _for_small_screens(self, panel: Any) -> bool:
        """``panel``'s classes, or its opener's, show it on small screens only (a
        ``d-lg-none`` drawer, or the one a burger hidden on wide screens opens)."""
        return small_screen_only(panel) or self._opened_by_burger(panel)

    @per_element
    def _opened_by_burger(self, panel: Any) -> bool:
        """The button opening ``panel`` shows on small screens only; an expanding
        navbar's burger opening a box of that navbar opens its wide row."""
        control = self._controllers.get(panel.get("id") or "")
        if control is None or not small_screen_only(control):
            return False
        navbar = expanding_navbar(control)
        return navbar is None or not is_descendant(panel, navbar)

    def _opened_by(self, control: Any) -> list[str]:
        """The ids of the panels ``control`` opens: named by ``aria-controls``, by
        ``popovertarget`` or in the script it runs when pointed at or clicked."""
        return list(self._opened_ids(control))

    @per_element
    def _opened_ids(self, control: Any) -> tuple[str, ...]:
        return (*(control.get("aria-controls") or "").split(),
                *(control.get("popovertarget") or "").split(), *self._shown_by_script(control))

    def _popup_trigger(self, panel: Any) -> Any | None:
        """The button on view right before ``panel`` that says it opens a popup
        (``aria-haspopup``) and whether it is open (``aria-expanded``), or the item
        before a Semantic UI ``ui popup`` panel, showing words of its own: a dropdown's
        trigger and its panel side by side in the item's box, naming no id (GitBook's
        header ``div.group/dropdown``: ``button`` "Projects" then the ``invisible``
        panel shown on hover); the panel is hidden, as a closed popup is.  A dropdown's
        trigger (:func:`.hints.is_dropdown_toggle`) opens the box of links after it,
        hidden or not: the framework's style sheet hides it."""
        control = panel.getprevious()
        while control is not None and not isinstance(control.tag, str):
            control = control.getprevious()
        if control is None:
            return None
        if is_dropdown_toggle(control):
            # a dropdown's trigger (Bootstrap's ``a.dropdown-toggle``, a ``#`` link saying
            # it opens something) before a box of links: the framework's style sheet hides
            # the panel, no class or attribute of its own says so; one saying only the
            # menu's own name ("Menu") opens the whole menu, no group of it; one showing
            # no words beside the real link it splits from (Bootstrap's split button:
            # ``a.nav-link`` "Structures", then ``button.dropdown-toggle-split``) opens
            # that link's group, and the link names it
            said = fold(strip_glyphs(clean(self.doc.element_text(control))))
            if hidden_kind(control) is None and self._links(panel) and (
                    (said and said not in MENU_TOGGLE_FOLDED)
                    or (not said and self._split_from(control) is not None)):
                return control
        if hidden_kind(panel) is None:
            return None   # a box on view after a menu button is no closed popup of it
        if is_script_opener(control) and hidden_kind(control) is None and self._links(panel):
            return control
        # Semantic/Fomantic UI's inline popup: a ``ui popup`` box right after the item
        # that opens it on hover (``.popup({inline: true})``), no aria attribute needed
        semantic_popup = "popup" in class_tokens(panel) and "ui" in class_tokens(panel)
        popup = (control.get("aria-haspopup") or "false").lower() not in ("false", "dialog")
        if not semantic_popup and (control.get("aria-expanded") is None
                                   or not (popup or self._discloses(control))):
            return None
        if hidden_kind(control) is not None or not self.doc.element_text(control):
            return None
        return control

    @per_element
    def _labelled_dropdown(self, panel: Any) -> Any | None:
        """The label on view right before a hidden box of links, when it is no link
        itself and not a small screen's "Menu" word: a dropdown a pointer over that label
        opens (a toolbar's "About us" caption, then its hidden list of rows; a group row
        "Structures", then its hidden flyout), named by no attribute, only its place.
        Its links standing nowhere else (a copy is judged first) make it the
        collapsed submenu, no hidden copy.  A panel first in boxes holding nothing else
        (RichFaces' ``div[style=position:absolute]`` placing its hidden
        ``rich-menu-list-border``) stands where its outermost such box stands: the label
        is the one before that box."""
        if hidden_kind(panel) is None or not self._links(panel):
            return None
        box = panel
        label = _element_before(box)
        while label is None and sole_wrapper(box.getparent()):
            box = box.getparent()
            label = _element_before(box)
        if label is None or tag(label) in ("a", "script", "style") or is_hidden(label) \
                or self._links(label) or label.xpath(".//input|.//select|.//textarea"):
            return None
        words = strip_glyphs(self._shown(label))
        return label if words and fold(words) not in MENU_TOGGLE_FOLDED else None

    def _discloses(self, control: Any) -> bool:
        """A disclosure button: a ``button`` saying whether what follows is open
        (``aria-expanded``), no popup named, showing words of its own other than the
        menu's name (Headless UI's ``Popover.Button`` "Our work" before its closed
        ``Popover.Panel``, which it names by ``aria-controls`` only once open).  A small
        screen's "Menu" button opens the whole menu, no group of it."""
        if (control.get("aria-haspopup") or "false").lower() != "false" or not (
                tag(control) == "button" or (control.get("role") or "").lower() == "button"):
            return False
        said = fold(strip_glyphs(clean(self.doc.element_text(control))))
        return bool(said) and said not in MENU_TOGGLE_FOLDED

    def _split_from(self, toggle: Any) -> Any | None:
        """The real link right before a toggle, nothing shown between them and its words
        on view: a split button's link half, which names what the toggle opens."""
        prev = toggle.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is None or tag(prev) != "a" or leads_nowhere(prev) or is_hidden(prev) \
                or strip_glyphs(clean(prev.tail or "")):
            return None
        return prev if strip_glyphs(clean(self.doc.element_text(prev))) else None

    def _shown_by_script(self, el: Any) -> list[str]:
        """Ids of elements that ``el``'s pointer, focus or click handler names
        (``onmouseover="MM_showMenu('menuAbout')"``, Dreamweaver's show/hide layers), or
        the layers named after ``el``'s own id when the handler is handed ``el`` itself
        (ASP.NET's Menu: ``Menu_HoverStatic(this)`` on item ``…n0`` shows ``…n0Items``);
        not those it hides (``'L2','','hide'``) nor the box around it (a layer keeping
        itself open while pointed at)."""
        named: list[tuple[str, str]] = []
        # a ``javascript:`` link runs its script when clicked, as an ``onclick`` does
        # (``href="javascript:toggleNav('nav1')"``)
        href = (el.get("href") or "").strip() if tag(el) == "a" else ""
        scripts = (*(el.get(h) or "" for h in SHOW_HANDLERS),
                   href[11:] if href[:11].lower() == "javascript:" else "")
        if registers_itself(el):   # its own script hands the menu script its id
            named.extend((ref, "") for ref in self._layers_named_after.get(el.get("id"), ()))
        elif not any(scripts):
            return []   # no handler, no script link: nothing shown
        for script in scripts:
            named.extend(SCRIPT_ID.findall(script))
            # a key of the page's action table: the layers its action shows or hides
            named.extend(action for key in QUOTED_NAME.findall(script)
                         for action in self._script_actions.get(key, ()))
            if SELF_ARGUMENT.search(script):
                named.extend((ref, "") for ref in self._layers_named_after.get(
                    el.get("id") or "", ()))
        if not named and any(SELF_ARGUMENT.search(script) for script in scripts):
            # a handler handed only the element (``showSub(this)``) finds the layer by
            # its place: the hidden box of links standing right after the element's line
            named.extend((ref, "") for ref in self._layer_after(el))
        # a handler handed a key its script prefixes to make the layer's id
        # (``tcmShow('about')`` showing ``'lyr_'+k``: the layer ``lyr_about``)
        named.extend((layer, hides) for ref, hides in list(named) if ref not in self._by_id
                     for layer in self._layers_keyed.get(ref, ()))
        out = []
        for ref, hides in named:
            target = self._by_id.get(ref)
            if target is None or hides or target is el or is_descendant(el, target) \
                    or is_descendant(target, el) or ref in out:
                continue
            out.append(ref)
        return out

    def _layer_after(self, el: Any) -> list[str]:
        """The id of the hidden box of links that comes next after ``el``, nothing on
        view between them, in the boxes holding no link but ``el``'s (its cell, its
        row): the next row's layer a rollover link's script walks to."""
        own = len(self._links(el)) if tag(el) != "a" else 1
        box = el
        while box is not None and tag(box) not in ("body", "html"):
            if (box.tail or "").strip():
                return []
            after = box.getnext()
            while after is not None and not isinstance(after.tag, str):
                after = after.getnext()
            if after is not None:
                while hidden_kind(after) is None and not (after.text or "").strip() \
                        and len(kids := [c for c in after if isinstance(c.tag, str)]) == 1:
                    after = kids[0]
                ident = after.get("id")
                return [ident] if ident and hidden_kind(after) is not None \
                    and self._link_count(after) else []
            box = box.getparent()
            if box is None or self._link_count(box) > own:
                return []
        return []

    @cached_property
    def _script_actions(self) -> dict[str, list[tuple[str, str]]]:
        return script_actions(self.doc.root)

    @cached_property
    def _layers_keyed(self) -> dict[str, list[str]]:
        """Key → the ids of the boxes of links that put a word before it (``lyr_about``,
        ``menu-about``: an older site's layers, its script building the id from the key
        a link's handler hands it)."""
        out: dict[str, list[str]] = {}
        for ident, el in self._by_id.items():
            m = LAYER_PREFIX.match(ident)
            if m is not None and self._link_count(el):
                out.setdefault(ident[m.end():], []).append(ident)
        return out

    @cached_property
    def _layers_named_after(self) -> dict[str, list[str]]:
        """Id → the ids of the boxes of links that add a closing word to it (``…n0`` →
        ``…n0Items``, ``item-5`` → ``item-5-sub``, ``mainMenu`` → ``mainMenuItems``)."""
        out: dict[str, list[str]] = {}
        for ident, el in self._by_id.items():
            word = LAYER_WORD.search(ident)
            if word is None or not self._link_count(el):
                continue
            for i in range(max(word.start(), 1), len(ident)):
                # the word starts after a digit or a separator, or at a capital
                if i == word.start() or (ident[i].isupper() and ident[i - 1].islower()):
                    out.setdefault(ident[:i], []).append(ident)
        return out

    def _control_path(self, panel: Any, root: Any, seen: tuple[Any, ...]) -> list[str]:
        """The path of the item that opens ``panel`` from elsewhere in the menu (a
        flyout an older framework writes after the menu's table, ASP.NET's
        ``…n3Items`` shown by the row ``…n3`` of the flyout ``…n2Items``): the panel
        stands under that item wherever its markup is, so the item's own labels lead
        its links' paths (a third level under both its openers)."""
        control = self._controllers.get(panel.get("id") or "")
        if control is None or panel in seen or not is_descendant(control, root) \
                or is_descendant(control, panel) or is_descendant(panel, control):
            return []
        return self._path(control, root, (*seen, panel))

    # ------------------------------------------------------------------ anchors
    # each defined by its concern's mixin (roots, reach, layout); declared here so that one
    # concern can ask another's
    @property
    @abstractmethod
    def menus(self) -> list[Any]: ...

    @abstractmethod
    def _layer_labels(self, a: Any, root: Any) -> tuple[Any, list[str]] | None: ...

    @property
    @abstractmethod
    def _shown_roots(self) -> list[Any]: ...

    @abstractmethod
    def _not_menu(self, el: Any) -> bool: ...

    @abstractmethod
    def _reachable(self, a: Any) -> bool: ...

    @abstractmethod
    def _menu_fallback(self, box: Any) -> bool: ...

    @abstractmethod
    def _opens_whole_menu(self, panel: Any, root: Any) -> bool: ...

    @property
    @abstractmethod
    def _hinted(self) -> list[Any]: ...

    @property
    @abstractmethod
    def _layout_menus(self) -> list[Any]: ...

    @property
    @abstractmethod
    def _shaped_menu(self) -> list[Any]: ...

    @abstractmethod
    def _block_title(self, root: Any) -> str | None: ...

    @property
    @abstractmethod
    def _titled_blocks(self) -> list[Any]: ...

    @property
    @abstractmethod
    def _drawer_lists(self) -> list[Any]: ...

    @abstractmethod
    def _column_labels(self, a: Any, root: Any) -> list[str]: ...

    @abstractmethod
    def _is_item_list(self, el: Any) -> bool: ...

    @abstractmethod
    def _own_text(self, li: Any) -> str | None: ...

    @abstractmethod
    def _link_name(self, a: Any) -> str: ...

    @abstractmethod
    def _path(self, a: Any, root: Any, _seen: tuple[Any, ...] = ()) -> list[str]: ...


def sole_wrapper(box: Any) -> bool:
    """``box`` is a ``div`` or ``span`` holding one element and no words of its own."""
    if box is None or tag(box) not in ("div", "span") or (box.text or "").strip():
        return False
    kids = [c for c in box if isinstance(c.tag, str)]
    return len(kids) == 1 and not (kids[0].tail or "").strip()


def wrapped_list(el: Any) -> bool:
    """``el`` is a list, or boxes wrapping one list alone (a CMS's menu widget's
    ``div.menu-x-container > ul.menu``): it stands where the list would."""
    while sole_wrapper(el):
        el = next(c for c in el if isinstance(c.tag, str))
    return tag(el) in LIST_TAGS


def _element_before(el: Any) -> Any | None:
    """The element right before ``el`` among its siblings (comments passed over)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev
