"""The words, classes and glyphs the menu reader goes by, and the small tests on one
element that need no page (a logo, a bold line, an inert subtree)."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.classes import role_tokens
from scraper.extract.pages.navigation.page_header import (
    above_page_header,
    in_classed_header,
    in_page_header,
)
from scraper.extract.pages.navigation.ranked import RANK_WORDS, ranked_links_words, topics_only
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold
from scraper.extract.visible import visible_text
from scraper.extract.vocabulary import CLOSE_TEXTS, MENU_TOGGLE_TEXTS, WIDGET_STEMS
from scraper.extract.vocabulary import LANGUAGE_NAMES as LANGUAGE_NAMES

# "tree" names the site's tree of pages as role=tree does: the sidebar of a
# documentation generator (Sphinx Furo's ``div.sidebar-tree``, no landmark or role),
# Plone's ``portlet-navigation-tree``; "mnu" is the short form component libraries write
# (ICEfaces' ``iceMnuBar``, ``mnuMain``), "menue" the German "Menü" spelt in ASCII
MENU_TOKENS = frozenset({"menu", "menubar", "navigation", "mainmenu", "megamenu", "navbar", "nav",
                         "sitemenu", "submenu", "menublock", "offcanvas", "tree", "mnu",
                         "menue"})
# a word made of where a menu sits and "nav"/"menu" (Plone's portal-globalnav, topnav,
# leftmenu, German hauptnavigation: "main navigation"); not any word ending so
# ("vocemenu" is an item of one, "skipnav" a skip link)
_MENU_WORD = re.compile(r"^(?:global|main|top|site|primary|portal|left|right|side|header|"
                        r"section|mobile|page|haupt)(?:nav|navigation|menue?)$")


def menu_hinted(tokens: frozenset[str]) -> bool:
    """Class or id words that call a box a menu."""
    return bool(tokens & MENU_TOKENS) or any(_MENU_WORD.match(t) for t in tokens)


def names_placed_menu(el: Any) -> bool:
    """One class or id name of ``el`` calls it the menu of a place in the page, its
    parts joined (Redmine's ``#main-menu``, ``topNav``, ``site_navigation``): a name
    for the box itself, not a look or a part of one."""
    names = [*(el.get("class") or "").split(), el.get("id") or ""]
    return any(_MENU_WORD.match(fold(re.sub(r"[\s_\-]+", "", n))) for n in names if n)


# the words of an ``aria-label`` that name a box the navigation or the menu, in the
# site's languages ("Main navigation", "Основна навігація", "Hauptnavigation",
# "Menú principal"): what a screen reader announces the box as, however it is classed
# (a utility-class theme's header: GitBook's ``div aria-label="…навігація"``)
_NAVIGATION_LABEL = re.compile(r"(?:^|\s|[a-zäöü])(?:navig|navegac|nawigac|навіг|навиг)|"
                               r"(?:^|\s)(?:menu|menü|menú|меню)(?:\s|$)")


def labelled_navigation(el: Any) -> bool:
    """The box's ``aria-label`` calls it the navigation or the menu."""
    return bool(_NAVIGATION_LABEL.search(fold(el.get("aria-label") or "")))
# the pager's "pages" word names the site's pages too: joined to a menu word in one
# class or id name (the Webasyst Site app's ``nav.pages-menu`` holding its pages'
# drop-down menu, a theme's ``pagesNav``), it says what the menu lists, no pager
PAGES_WORDS = frozenset(fold(w) for w in (
    "pages", "pagine", "páginas", "страницы", "сторінки", "strony"))
_NAME_PARTS = re.compile(r"[\s_\-]+")
_CAMEL_PART = re.compile(r"(?<=[a-z])(?=[A-Z])")


def pages_menu_words(el: Any) -> frozenset[str]:
    """The :data:`PAGES_WORDS` naming ``el`` a menu of pages: a pages word and a menu word, or
    "hierarchy" (a wiki's tree of pages, ``pages-hierarchy``: no pager is a tree), in one class
    or id name (``pages-menu``, ``pagesNav``; a ``pages`` class beside a ``menu`` class says
    nothing), or its own role a menu (Liferay's ``role="menubar"`` "Site Pages") or a tree
    (a navigation tree's ``role="tree"`` "Pages du site": no pager is a tree)."""
    menu_role = (el.get("role") or "").strip().lower() in ("menubar", "menu", "tree")
    return PAGES_WORDS if menu_role else _menu_named(el, PAGES_WORDS, ("hierarchy",))


def ranked_menu_words(el: Any) -> frozenset[str]:
    """The :data:`RANK_WORDS` of ``el``'s names that say it is a menu of that rank in
    the page's header: a navigation landmark so named (``<nav class="secondary">``), or
    a name joining the rank to a menu word (Drupal's ``menu--secondary``, its
    ``region--secondary-menu`` wrapper, ``secondaryNav``).  A header's second menu row
    marked up as a menu is part of the site menu (fixtures/README.md, settled cases); a
    box named ``secondary`` and nothing more (a theme's ``#secondary`` sidebar), or a
    "secondary" strip below the header (Largo's "Don't miss" topics), is still none.
    The top bar above the header element is a row of the header too.  Elsewhere a
    navigation landmark naming itself a menu of that rank (Twenty Fourteen's sidebar
    ``nav.secondary-navigation``, an ``aria-label`` "Secondary menu") is one, and so
    is the box named after it that frames it (its ``#secondary`` column); one whose
    links all lead to tags' listings (Largo's "Don't miss" strip), or a strip between
    the header and the content, is still none: only a sidebar after the content."""
    if not _is_landmark(el) and not el.get("id"):
        # no landmark, nor a box named after one: only its own names rank it, in the
        # header (the names read first: where the header is costs walks of the page)
        named = _menu_named(el, RANK_WORDS) | ranked_links_words(el)
        return named if named and (in_page_header(el) or above_page_header(el)) \
            else frozenset()
    if not (in_page_header(el) or above_page_header(el) or in_classed_header(el)):
        if not _is_landmark(el):
            return RANK_WORDS if el.get("id") and any(
                _is_landmark(x) and _ranked_landmark(x) for x in el.iterdescendants()) \
                else frozenset()
        return _ranked_landmark(el) if el.xpath(_AFTER_CONTENT) else frozenset()
    if _is_landmark(el) or (el.get("id") and any(
            _is_landmark(x) or (tag(x) in ("ul", "ol") and _menu_named(x, RANK_WORDS))
            for x in el.iterdescendants())):
        # so is the box the page names after the landmark or the ranked menu list it
        # frames (Salient's ``#header-secondary-outer`` around the secondary bar's
        # ``<nav>``, Danland's ``#secondary-links`` around its ``ul.secondary-menu``)
        return RANK_WORDS
    return _menu_named(el, RANK_WORDS) | ranked_links_words(el)


def toolbar_menu_words(el: Any) -> frozenset[str]:
    """The :data:`TOOLBAR_WORDS` of ``el``'s names that join the toolbar to a menu word
    (Jupiter's ``ul#menu-toolbar`` in its ``nav.mk-toolbar-navigation``): the toolbar's
    menu, the header's service links marked up as a menu, not its row of tools."""
    return _menu_named(el, TOOLBAR_WORDS)


_AFTER_CONTENT = "boolean(preceding::main | preceding::*[@role='main'])"


def _ranked_landmark(el: Any) -> frozenset[str]:
    """The rank a landmark outside the header names itself by; none for topics."""
    return frozenset() if topics_only(el) else _menu_named(el, RANK_WORDS) | _label_ranked(el)


def _label_ranked(el: Any) -> frozenset[str]:
    """The :data:`RANK_WORDS` of an ``aria-label`` joining the rank to a menu word
    ("Secondary menu", "Secondary navigation")."""
    words = frozenset(fold(el.get("aria-label") or "").split())
    return words & RANK_WORDS if menu_hinted(words) else frozenset()


def _is_landmark(el: Any) -> bool:
    return tag(el) == "nav" or (el.get("role") or "").strip().lower() == "navigation"


def is_menu_landmark(el: Any) -> bool:
    """A navigation landmark or a menu bar: ``<nav>``, ``role="navigation"`` or
    ``role="menubar"``."""
    return tag(el) == "nav" or (el.get("role") or "").lower() in ("navigation", "menubar")


def _menu_named(el: Any, vocabulary: frozenset[str], also: tuple[str, ...] = ()) -> frozenset[str]:
    out: set[str] = set()
    for name in [*(el.get("class") or "").split(), el.get("id") or ""]:
        parts = frozenset(fold(p) for p in _NAME_PARTS.split(_CAMEL_PART.sub(" ", name)) if p)
        if parts & vocabulary and (menu_hinted(parts) or parts & set(also)):
            out |= parts & vocabulary
    return frozenset(out)


# the words of those that say a box sits in the footer
FOOTER_WORDS = frozenset(fold(w) for w in ("footer", "piede", "pie", "fusszeile", "stopka",
                                            "подвал", "підвал"))
# the word of a box of the site's own profiles elsewhere ("Follow us"): no menu beside
# the menu, but a column of a submenu panel like any other (see _inner_excluded)
SOCIAL_WORDS = frozenset({"social"})
# words of a skip-link box ("Skip to content"): no menu when its links only jump within the
# page; a wrapper named after the skip link's target (``#skipToContent_fallback``) around
# the page's menus is none
SKIP_WORDS = frozenset({"skip", "skiplink", "skiplinks", "skipnav"})
# a row of tools (print, share, font size), unless it holds a navigation landmark: the
# app bar of Material designs (mat-toolbar, v-toolbar) carries the site's nav
TOOLBAR_WORDS = frozenset({"toolbar", "werkzeugleiste"})
# the title of a box of pages beside the one on view, not of the site's menu: the other
# pages of its section (SPIP's ``info_meme_rubrique`` in a sidebar block a theme calls
# ``menu`` as it calls every side block), related, popular or most read ones
# (WIDGET_STEMS); folded
CONTEXT_HEADINGS = frozenset(fold(w) for w in (
    "In the same section", "Dans la même rubrique", "In derselben Rubrik",
    "In der gleichen Rubrik", "Nella stessa rubrica", "En la misma sección",
    "В том же разделе", "В этом же разделе", "У цьому ж розділі", "У тому ж розділі",
    "W tym samym dziale"))
CONTEXT_STEMS = WIDGET_STEMS
# a link's ``rel`` word naming a keyword of the page (the rel-tag microformat): a box of
# such links is the page's tags ("Schlagwörter", "Mots-clés"), no menu
TAG_REL = "tag"
# a breadcrumb's name: "You are here"
YOU_ARE_HERE = frozenset(fold(w) for w in (
    "You are here", "Вы здесь", "Ви тут", "Ви знаходитеся тут", "Sie sind hier",
    "Vous êtes ici", "Ti trovi qui", "Sei qui", "Usted está aquí", "Está aquí", "Estás aquí",
    "Jesteś tutaj", "Jesteś w", "Вы находитесь здесь"))
# classes of what only a printed page shows (Bootstrap, Foundation, common themes)
PRINT_ONLY = re.compile(r"^(?:print-only|printonly|visible-print(?:-block)?|show-for-print|"
                        r"d-print-(?:block|inline|inline-block|flex|grid|table)|print-nav|"
                        r"printnav|print-menu|only-print)$")
# class or id words naming a box for phones (tagDiv's #td-mobile-nav, Avada's
# fusion-mobile-nav-holder, Astra's ast-mobile-header): a menu so named beside another
# is the small screen's copy of it
SMALL_SCREEN_WORDS = frozenset({"mobile", "handheld"})
# class or id words naming a box shown once the page scrolls (Largo's
# ``sticky-nav-holder``, a theme's ``sticky-header``): a menu so named beside a menu
# named neither way is the scrolled page's clone of it
SCROLL_COPY_WORDS = frozenset({"sticky"})
# a trail's separators point onwards; pipes and dots stand between peers (a link bar)
SEPARATOR = re.compile(r"^\s*[›»>/→]+\s*$")
LIST_TAGS = ("ul", "ol")
# elements whose classes and contents describe the whole page, not one region of it
PAGE_LEVEL = frozenset({"html", "body"})
# a box holding a BreadcrumbList is the trail when this share of its links is the trail's
TRAIL_SHARE = 0.8
SITEMAP_MIN_LINKS = 8
# the part of a footer holding this share of its listed links is its site map
SITEMAP_SHARE = 0.8
# boxes whose first child may be their title (lists, tables, details have their own)
BOX_TAGS = frozenset({"div", "section", "article", "aside", "header", "nav", "span"})


def is_box(el: Any) -> bool:
    """A box whose first child may be its title: one of :data:`BOX_TAGS`, or a custom
    element (a hyphen in its name: a component library's host, Clarity's
    ``<clr-vertical-nav-group>`` holding the group's toggle and then its links), which
    such libraries draw as a box."""
    t = tag(el)
    return t in BOX_TAGS or "-" in t


def rendered_element(el: Any) -> Any:
    """The element a component host stands for: a custom element (a hyphen in its
    name) holding one element and no words of its own shows that element, its
    light-DOM fallback (KoliBri's ``kol-heading`` around its ``h3``, ``kol-link``
    around its ``a``), and is read as it; any other element is itself."""
    while "-" in tag(el) and not (el.text or "").strip():
        kids = [c for c in el if isinstance(c.tag, str) and tag(c) not in SKIPPED_CHILDREN]
        if len(kids) != 1 or (kids[0].tail or "").strip():
            break
        el = kids[0]
    return el
# the boxes an item's submenu comes in besides a bare list: a mega panel's ``div`` or
# ``section``, a nested ``nav`` (Material for MkDocs' ``li > nav.md-nav > ul``)
SUBMENU_BOXES = ("div", "section", "nav")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# what ends a line of a menu cell: an element before it stands on another line
LINE_ENDS = frozenset({"br", "hr"})
HEADER_TOKENS = frozenset({"header", "heading", "dropdownheader"})
DIVIDER_TOKENS = frozenset({"divider", "separator", "dropdowndivider"})
# class words (whole, not parts of a longer class name) by which a menu framework marks
# a box one item of its menu (Semantic UI's ``div.item``, ``div.ui.dropdown.item``):
# its own words label the collapsed panel it holds
ITEM_BOX_TOKENS = frozenset({"item", "dropdown"})
CLOSE_FOLDED = frozenset(fold(t) for t in CLOSE_TEXTS)
MENU_TOGGLE_FOLDED = frozenset(fold(t) for t in MENU_TOGGLE_TEXTS)
SKIPPED_CHILDREN = frozenset({"script", "style", "template", "noscript", "svg", "img",
                              "i", "hr", "br", "input"})
DESCRIPTION_TOKENS = frozenset({"desc", "description", "summary", "teaser", "subtitle",
                                "excerpt", "intro", "caption", "hint"})
# roles whose aria-label names a group of the menu; a menubar is the menu's top, its
# name the menu's own ("Main menu"), no level of it
GROUP_ROLES = frozenset({"menu", "group", "tree", "treeitem"})
LABEL_TAGS = frozenset({"a", "span", "button", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div",
                        "strong", "b", "label", "summary"})


# a list of a menu repeating this share of the links read before it in that menu (and
# at least so many links) is a copy of the menu for another screen; a submenu's
# "Overview" link repeating its parent item is one of several
COPY_MIN_LINKS = 3
COPY_SHARE = 0.5
# a box whose links lead, this share of them and at least so many, to tools about the
# page on view or to the reader's account is chrome beside the menu (a wiki's page
# actions, toolbox, personal links), not part of it
CHROME_MIN_LINKS = 2
CHROME_SHARE = 0.75
# the fields a reader fills in a form (a login's name and password, a poll's choices), not
# the hidden values and buttons every form has
FORM_FIELDS = ("boolean(.//select | .//textarea | .//input[not(@type) or not("
               "@type='hidden' or @type='submit' or @type='button' or @type='image' "
               "or @type='reset')])")
# so many areas of an image map on view make it a menu (a picture's two hot spots do not)
IMAGE_MENU_MIN_AREAS = 3
INERT = "inert"


def is_footer(el: Any) -> bool:
    """The page's footer (``<footer>``, ``role="contentinfo"``): the element itself."""
    return tag(el) == "footer" or (el.get("role") or "").lower() == "contentinfo"


def inert(el: Any) -> bool:
    """Inside an ``inert`` subtree: shown, perhaps, but no link of it can be used."""
    return any(x.get("inert") is not None for x in [el, *el.iterancestors()])


LOGO_TOKENS = frozenset({"logo", "brand", "branding", "navbarbrand", "sitelogo",
                         # the site's name or tagline beside the menu (WordPress's
                         # ``bloginfo``, Uncode's ``menu-bloginfo``; Drupal's slogan)
                         "bloginfo", "tagline", "slogan"})
# class words naming the box that shows the site's or the application's name (Drupal's
# site-name, SLDS's context bar ``slds-context-bar__app-name``), or the site's line
# under it (WordPress's ``site-description``): the site's name, as its logo is, no
# group of its menu
SITE_NAME_PAIRS = (frozenset({"site", "name"}), frozenset({"site", "title"}),
                   frozenset({"app", "name"}), frozenset({"site", "description"}))


def names_site(el: Any) -> bool:
    """``el`` is the site's logo or the box showing the site's (an app's) name (a
    typeface or colour named for the brand, ``font-brandUI``, says nothing of it)."""
    tokens = role_tokens(el)
    return bool(tokens & LOGO_TOKENS) or any(pair <= tokens for pair in SITE_NAME_PAIRS)


def bold_line(el: Any) -> bool:
    """``<b>What we do</b><br>``: a bold line of its own among links on lines of their
    own (an older site's menu cell) heads the links under it."""
    if tag(el) not in ("b", "strong") or el.xpath(".//a") or (el.tail or "").strip():
        return False
    nxt = el.getnext()
    return nxt is not None and tag(nxt) == "br"


def is_logo(a: Any) -> bool:
    """The site's logo: said so (``rel=home``, a logo class), or a link showing nothing
    but a logo image; the site's name for screen readers beside it (a ``sr-only``
    span, Tailwind UI's header) is no word a reader sees.  So is the link showing the
    site's or the hosting application's name (a site title beside the menu,
    SharePoint's ``HubNav-siteTitle``; a suite bar's ``appName`` leading to the
    product's portal): the site's name, as its logo is, no place of its menu."""
    parent = a.getparent()
    return "home" in (a.get("rel") or "").lower().split() or any(
        names_site(x) for x in (a, parent) if x is not None) or (
        any(LOGO_FILE.search(img.get("src") or "") for img in a.iter("img"))
        and not visible_text(a))


# an image file named a logo (/img/osce_logo_ru.gif, logo-de.svg): the link is the logo
LOGO_FILE = re.compile(r"(?:^|[/_.-])logo(?:[_.-]|$)", re.IGNORECASE)


# arrows, chevrons, bullets and dashes drawn as characters beside a name ("Newsroom ▾", "+",
# a submenu's "Countries >", a fat menu's "— Elections")
# a hyphen standing alone before the words is a toggle's drawn minus ("- Meetings" in an
# unfolded block, "+ Meetings" folded), no part of them
# so are a tree's branch drawn in ASCII before a sub-item ("|_ Vorsitz", "|- Vorsitz")
# and an arrow drawn so after a parent ("Länder->", "Newsroom -->", "Press =>")
# and an external link's drawn arrow ("Project database ↗", "Jobs ⇗", "Archive ➜")
GLYPHS = re.compile(r"^(?:\|[_-]+|[\s›»→↗⇗➔➜➝➞⟶▾▸▼▶►❯❱⌄˅∨>+−–—·•|]|-(?=\s))+|"
                    r"(?:[\s›»→↗⇗➔➜➝➞⟶▾▸▼▶►❯❱⌄˅∨>+−–—·•|]|-+>|=>)+$")


def strip_glyphs(text: str) -> str:
    """A name or label without its decorative glyphs; "" when nothing else is left.

    A guillemet closing a quotation the name opens is punctuation, no chevron: the
    Russian, French or Spanish quote marks « » keep their closing ``»`` ("Переговорный
    процесс в формате «5+2»"), while a lone trailing ``»`` ("Newsroom »") is a glyph.
    The space French sets inside the marks ("« Sécurité commune »") stays, one space.
    """
    stripped = GLYPHS.sub("", text)
    if stripped.count("«") > stripped.count("»"):
        rest = text[text.find(stripped) + len(stripped):] if stripped else ""
        closing = rest.lstrip()
        if closing.startswith("»"):
            stripped += " »" if rest[:1].isspace() else "»"
    return stripped


def is_words(text: str) -> bool:
    """``text`` holds a letter or a digit: words, not only symbols drawn as characters
    (a gear "⚙", a star "★", a house "⌂": an icon whose accessible name is its name)."""
    return any(ch.isalnum() for ch in text)


# a link's own class word saying it leads to the page on view (Sphinx's toctree:
# ``a.current.reference.internal``)
CURRENT_TOKENS = frozenset({"current"})
# a tab's class word saying it is the tab on view (Oracle Portal's ``PortalTabSelected``,
# ``li.active``, ``td.current``): the row of sub-tabs under the bar is its row
SELECTED_TAB_TOKENS = frozenset({"selected", "active", "current"})
# attributes that make a link a control opening something, not a way to a page
TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-haspopup", "aria-controls", "data-toggle",
                     "data-bs-toggle")


# the ``data-toggle`` value and class word by which Bootstrap (3 to 5) and the themes
# built on it mark a dropdown's trigger (``a.dropdown-toggle[data-toggle=dropdown]``)
DROPDOWN_TOGGLE = "dropdown"
DROPDOWN_TOGGLE_CLASS = "dropdown-toggle"
# addresses that lead nowhere: a link so addressed is a control
_NOWHERE = re.compile(r"^(?:#|javascript:.*|)$", re.IGNORECASE)


def leads_nowhere(a: Any) -> bool:
    """A link whose address goes nowhere (``#``, ``javascript:``, none): a control."""
    return bool(_NOWHERE.match((a.get("href") or "").strip()))


def is_dropdown_toggle(el: Any) -> bool:
    """A control saying it opens the dropdown panel after it: Bootstrap's trigger
    (``data-toggle``/``data-bs-toggle`` ``dropdown``, a ``dropdown-toggle`` class
    word), or a link leading nowhere (``href="#"``) that says it opens something
    (``aria-haspopup``, ``aria-expanded``, ``data-toggle``, ``data-bs-toggle``).  Its
    panel is hidden by the framework's style sheet, no class or attribute of its own:
    the control's words label the links in it (Nikola's or any Bootstrap 4 navbar's
    ``a.dropdown-toggle[href=#]`` "Fields of work" before ``div.dropdown-menu``)."""
    said = {(el.get(attr) or "").strip().lower() for attr in ("data-toggle", "data-bs-toggle")}
    if DROPDOWN_TOGGLE in said or DROPDOWN_TOGGLE_CLASS in (el.get("class") or "").split():
        return True
    if tag(el) not in ("a", "area"):
        # a control that is no link at all (a ``button``, a component library's
        # ``paper-button`` in its ``paper-menu-button``) saying it opens a popup menu and
        # not that it is closed: the panel after it, which the component hides.  One
        # saying it is closed (``aria-expanded="false"``) before a box on view opens
        # something else (Headless UI's menu button, its menu not rendered yet)
        return (el.get("aria-haspopup") or "false").lower() not in ("false", "dialog") \
            and (el.get("aria-expanded") or "").lower() != "false"
    if el.get("href") is None or not _NOWHERE.match(el.get("href").strip()):
        return False
    return (el.get("aria-haspopup") or "false").lower() not in ("false", "dialog") \
        or el.get("aria-expanded") is not None \
        or el.get("data-toggle") is not None or el.get("data-bs-toggle") is not None


def is_script_opener(el: Any) -> bool:
    """A link going nowhere that runs a script (``href="javascript:void(0)"`` with its
    ``onclick``) and shows words other than the menu's name: before a hidden box of
    links, the control folding it open (an older place bar's "Más ▼" overflow)."""
    href = (el.get("href") or "").strip().lower()
    said = fold(strip_glyphs(visible_text(el)))
    return tag(el) == "a" and (href.startswith("javascript:") or (
        href == "#" and el.get("onclick") is not None)) and bool(said) \
        and said not in MENU_TOGGLE_FOLDED


def is_current_page_link(a: Any) -> bool:
    """A link marked as the page on view (``aria-current="page"``, a ``current`` class
    word) whose address is the bare ``#``: Sphinx's toctree (Furo, Read the Docs,
    Alabaster) prints the current page so, ``<a class="current reference internal"
    href="#">``; it leads to the page itself, a menu entry like its neighbours.  A
    ``#`` link opening a submenu (``aria-expanded``, ``data-toggle``) is a control."""
    if (a.get("href") or "").strip() != "#" or any(
            a.get(attr) is not None for attr in TOGGLE_ATTRIBUTES):
        return False
    return (a.get("aria-current") or "").lower() == "page" \
        or bool(class_tokens(a) & CURRENT_TOKENS)


def is_language_link(a: Any, name: str, page_lang: str | None = None) -> bool:
    """A link to the page in another language: named by the language ("Русский"), in
    its words or its ``title`` (WPML's menu item ``title="Français"`` showing the
    page's own word for it, "Französisch"), or marked with ``hreflang`` naming a
    language other than the page's (``page_lang``)."""
    return marks_other_language(a, page_lang, "hreflang") or fold(name) in LANGUAGE_NAMES \
        or fold(clean(a.get("title") or "")) in LANGUAGE_NAMES - {""}


def marks_other_language(a: Any, page_lang: str | None, *attributes: str) -> bool:
    """The link's ``hreflang`` (or another of ``attributes``) names a language, not the
    page's own.  Drupal 8 and later print ``hreflang`` with the page's language on
    every link of every menu (``<a href="/ru/employment" hreflang="ru">``): the link's
    language, no switch of it; a language switcher's links name the other languages
    (its own language's link is named by the language's name, "Русский", "RU")."""
    own = (page_lang or "").split("-")[0].strip().lower()
    for attribute in attributes:
        value = (a.get(attribute) or "").split("-")[0].strip().lower()
        if value and value != own:
            return True
    return False
