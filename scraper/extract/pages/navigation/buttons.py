"""An older site's row of image buttons at the top of the page: the top level of its
menu, beside a menu the page names as such.

A 2000s editor (Namo WebEditor, Dreamweaver, FrontPage) draws the site's sections as a
table row of pictures of words, each a link named only by its image's ``alt`` text,
maybe with separator images between them and rollover scripts swapping the pictures;
one button may open a hidden layer of links (read under it as its submenu, see
:meth:`.base.NavigationPageBase._shown_by_script`).  The page's class-named menu (a
left column ``table.menu``) holds the rest.  The contract reads such a row by its
shape ("a row of links between separators above the headline"); beside a named menu
it is the menu's top level as a named row of section tabs is (:meth:`.roots.MenuRoots
._site_tabs`).
"""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.hints import is_footer, is_logo, leads_nowhere
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.structure import tag
from scraper.extract.text import clean

# so many buttons leading to pages of the site make a row of them
IMAGE_BUTTONS_MIN = 3


class ImageButtons(NavigationPageBase):
    """The row of image buttons over a page whose menu is named elsewhere."""

    @per_element
    def _image_buttons(self, el: Any) -> bool:
        """A table row whose cells each hold one link drawing only an image with
        ``alt`` text (a button; a ``javascript:`` one opens a layer) or only images and
        no link (a separator between buttons, a spacer), three buttons at least leading
        to distinct pages of the site's host; above the headline, outside footers.
        A row of pictures naming no words (a strip of photos) or leading off the site
        (partners' logos, social icons) is no such row."""
        if tag(el) != "tr":
            return False
        pages: set[str] = set()
        for cell in el:
            if not isinstance(cell.tag, str):
                continue
            if tag(cell) not in ("td", "th") or clean("".join(cell.itertext())):
                return False
            links = [a for a in cell.iter("a") if a.get("href") is not None]
            if not links:
                continue   # a separator image, a spacer
            if len(links) > 1 or not image_button(links[0]):
                return False
            if leads_nowhere(links[0]):
                continue   # a button opening a layer of links
            url = self.doc.absolute((links[0].get("href") or "").strip())
            if not url or not urls.same_site(url, self.doc.base_url):
                return False
            pages.add(url)
        if len(pages) < IMAGE_BUTTONS_MIN:
            return False
        h1 = next(iter(self.doc.root.iter("h1")), None)
        if h1 is not None and self.doc.order.get(el, 0) > self.doc.order.get(h1, 0):
            return False
        return not any(is_footer(x) or self._not_menu(x) for x in [el, *el.iterancestors()])


def image_button(a: Any) -> bool:
    """A link showing only images, one of them named by its ``alt`` text; not the
    logo."""
    images = list(a.iter("img"))
    return bool(images) and any(clean(i.get("alt")) for i in images) \
        and not clean("".join(a.itertext())) and not is_logo(a) \
        and all(tag(x) in ("img", "span", "font", "b") for x in a.iterdescendants()
                if isinstance(x.tag, str))
