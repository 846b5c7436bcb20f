"""Controls and marks that label no group of a menu: the small screen's "Menu"
toggle, a drawer's close button, the site's logo or name."""

from __future__ import annotations

from typing import Any

from scraper.extract.identities import is_organisation
from scraper.extract.pages.common import is_descendant
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.hints import (
    CLOSE_FOLDED,
    MENU_TOGGLE_FOLDED,
    is_logo,
    names_site,
    strip_glyphs,
)
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import fold
from scraper.extract.visible import accessible_name, spoken_text


class MenuControls(NavigationPageBase):
    """What stands in a menu's boxes without naming a group of it."""

    def _only_a_logo(self, el: Any) -> bool:
        """A box whose only words are the site's logo link (Bootstrap's navbar-header:
        the brand and the menu button) or the site's or app's name (the SLDS context
        bar's ``__primary`` part showing its ``__app-name`` before the items): it names
        the site, no group of the menu."""
        text = self._shown(el) or accessible_name(el)
        if is_organisation(text):
            return True   # a switcher's button showing the organisation's name, "OSCE"
        return bool(text) and any(
            (is_logo(x) if tag(x) == "a" else names_site(x))
            and (self._shown(x) or accessible_name(x)) == text
            for x in el.iter() if isinstance(x.tag, str) and not (x is el and tag(x) == "a"))

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
        said = fold(strip_glyphs(self._shown(button) or accessible_name(button)
                                 or spoken_text(button)))
        return said in CLOSE_FOLDED or fold(button.get("aria-label") or "") in CLOSE_FOLDED

    def _is_menu_toggle(self, el: Any, root: Any) -> bool:
        """The "Menu" button of small screens: it opens the whole menu, no group of it.
        It says so by pointing at the whole menu (``aria-controls``) or by saying only
        the menu's own name ("Menu", "Меню", "Navigation": MENU_TOGGLE_TEXTS), as a
        toggle pointing at nothing does (a script finds its menu by class: Publii's
        ``js-toggle``).  So does a heading whose class calls it the toggle (Twenty
        Fourteen's ``h1.menu-toggle`` "Primary Menu", a script makes it clickable).
        A button pointing at the whole menu that shows a title of its own (Nethouse's
        side menu: ``button`` "Programmes" opening the section's list) is the
        section's toggle, no small screen's "Menu":
        its shown words label the links it opens, as a toggle button's words do."""
        for ref in (el.get("aria-controls") or "").split():
            panel = self._by_id.get(ref)
            if panel is not None and self._opens_whole_menu(panel, root):
                return not self._shows_own_title(el)
        button = el if tag(el) == "button" or (el.get("role") or "") == "button" \
            or self._checks_a_box(el) or says_toggle(el) else \
            next(iter(el.xpath(".//button|.//*[@role='button']")), None)
        if button is None or self._links(el):
            return False
        return self._names_menu(button) and (
            button is el or says_only_menu_words(strip_glyphs(self._shown(el))))

    def _shows_own_title(self, button: Any) -> bool:
        """A button showing words of its own, not a name of the menu itself ("Menu"):
        a collapsible section menu's title bar, its list under it (open or collapsed,
        collapsed lists count).  A small screen's burger shows an icon (its "Menu"
        for screen readers only) or the menu's name."""
        said = strip_glyphs(self._shown(button))
        return bool(said) and not says_only_menu_words(said)

    def _names_menu(self, button: Any) -> bool:
        """The button says nothing but a name of the menu itself ("Menu", "Меню")."""
        said = strip_glyphs(self._shown(button)) or accessible_name(button) or ""
        return says_only_menu_words(said)

    def _checks_a_box(self, el: Any) -> bool:
        """A ``<label for>`` of a checkbox: a CSS-only menu's toggle (the checkbox's
        ``:checked`` shows the menu), a button in all but its tag."""
        if tag(el) != "label":
            return False
        box = self._by_id.get(el.get("for") or "")
        return box is not None and tag(box) == "input" and \
            (box.get("type") or "").lower() == "checkbox"


# the toggle phrases, as runs of words: "Menu", "Main menu", "Close", "Закрыть меню"
_TOGGLE_PHRASES = frozenset(tuple(p.split()) for p in MENU_TOGGLE_FOLDED | CLOSE_FOLDED)
_LONGEST_PHRASE = max(len(p) for p in _TOGGLE_PHRASES)


def says_only_menu_words(text: str) -> bool:
    """``text`` is nothing but the toggle phrases of a whole menu, one after another:
    the menu's own name and its open or close words ("Menu", "Menu Close", "MENU MENU"
    of a toggle showing one word while closed and another, or the same, while open).
    Such words name the menu or the act of opening it, no group of it."""
    tokens = fold(text).split()
    if not tokens:
        return False
    # ends[i]: the first i words split into whole phrases
    ends = [True] + [False] * len(tokens)
    for i in range(1, len(tokens) + 1):
        ends[i] = any(ends[i - n] and tuple(tokens[i - n:i]) in _TOGGLE_PHRASES
                      for n in range(1, min(i, _LONGEST_PHRASE) + 1))
    return ends[-1]


def says_toggle(el: Any) -> bool:
    """A class or id word of ``el`` calls it a toggle (``menu-toggle``, ``navToggle``,
    ``navbar-toggler``): a control whatever its tag, a script making it clickable."""
    return any(w in _TOGGLE_WORDS for w in class_tokens(el))


_TOGGLE_WORDS = frozenset({"toggle", "toggler"})
