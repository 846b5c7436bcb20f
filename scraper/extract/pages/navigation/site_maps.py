"""A site map read as the menu when the page names none above its footer: the
footer's (or the band of link columns right over it), failing that a site map page's
own; columns of link lists, or in a footer of lines of one link each."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.extract.pages.common import is_under, lowest_common_ancestor
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.footer_band import bands_before_footers
from scraper.extract.pages.navigation.hints import SITEMAP_MIN_LINKS, SITEMAP_SHARE, is_footer


class SiteMaps(NavigationPageBase):
    """The site maps of a page, and the band of columns over its footer."""

    @cached_property
    def _footer_bands(self) -> list[Any]:
        """The bands of link columns right over the page's footer: the footer's."""
        return bands_before_footers(self.doc.root, self.doc.element_text, self.doc.order)

    @cached_property
    def _site_maps(self) -> list[Any]:
        """No menu above the footer: a site map there (columns of link lists) is the
        menu; its copyright line and social links lie outside the lists' common box.
        The band of link columns right over the footer is the footer's (its site map
        set apart from the copyright line).  Failing that, a site map page's own lists."""
        footers = self._footer_bands + self.doc.root.xpath("//footer | //*[@role='contentinfo']")
        for boxes in (footers, self.doc.root.xpath("//main | //*[@role='main']")):
            maps: list[Any] = []
            for box in sorted(boxes, key=lambda el: self.doc.order.get(el, 0)):
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
                self._map_links(c)) >= SITEMAP_SHARE * len(links)), None)
            if part is None or not self._is_site_map(self._map_links(part)):
                return common
            common = part

    def _map_links(self, box: Any) -> list[Any]:
        """The links of a site map's columns: list items', and in a footer those
        standing alone on a line of their own (a page builder's paragraphs, one link
        each, under a column's heading)."""
        lines = _LINE_LINKS if self._footer_box(box) else ""
        return [a for a in box.xpath(".//li//a[@href]" + lines) if self._reachable(a)]

    def _footer_box(self, box: Any) -> bool:
        return any(is_footer(x) or x in self._footer_bands for x in [box, *box.iterancestors()])

    def _is_site_map(self, links: list[Any]) -> bool:
        """Enough links, in two columns at least: the lists, or boxes of lines, that
        hold them."""
        lists = {x for a in links for x in a.xpath(
            "ancestor::*[self::ul or self::ol][1] | parent::p/parent::*")}
        return len(links) >= SITEMAP_MIN_LINKS and len(lists) >= 2


# a link that is its paragraph's whole text, outside any list: a line of a column
_LINE_LINKS = (" | .//p[count(.//a)=1][not(ancestor::li)]/a[@href]"
               "[normalize-space(.)=normalize-space(..)]")
