"""Issuers and fields of work: the label lists, then metadata."""

from __future__ import annotations

from typing import Any

from scraper.extract.identities import field_of_work_id, is_organisation, structure_id
from scraper.extract.label_regions import repeated_run
from scraper.extract.labels import MAX_VALUES, LabelValue, best
from scraper.extract.pages.common import (
    Found,
    is_descendant,
    jsonld_names,
)
from scraper.extract.pages.fields import field
from scraper.extract.pages.news.base import NewsPageBase
from scraper.extract.pages.news.hints import is_issuer_line
from scraper.extract.pages.tags import field_page
from scraper.extract.structure import in_chrome, in_navigation, tag
from scraper.extract.text import fold, split_values
from scraper.extract.urls import is_tag_page
from scraper.extract.visible import hidden_ancestor

# the lines of a title block under the headline (type, subtitle, issuer, date, a byline)
_TITLE_BLOCK_LINES = 5
# the longest of them: a structure's name, a byline
_TITLE_BLOCK_CHARS = 160
# a headline this long (folded) is no field name a label value could open with by chance
_HEADLINE_MIN = 20


class LabelFields(NewsPageBase):
    """List fields shown under a visible label (six languages), else metadata."""

    # ------------------------------------------------------------------ lists
    def _label_list(self, name: str) -> Found | None:
        labels = {**self.labels, name: [lv for lv in self.labels.get(name, [])
                                        if not self._names_headline(lv)]}
        lv = best(labels, name)
        if lv is not None and lv.items:
            run = repeated_run(lv, labels[name])
            items = list(dict.fromkeys(item for o in run for item in o.items))
            others = [o for o in labels[name] if all(o is not r for r in run)
                      and not o.in_chrome and o.items and o.items != lv.items
                      and o.clustered == lv.clustered]
            if others:
                self.warnings.append(f"{name}: label appears twice with different values; "
                                     f"kept {items!r}, ignored {others[0].items!r}")
            return Found(items, "label")
        return None

    def _names_headline(self, lv: LabelValue) -> bool:
        """The label's value opens with the headline: a forum's "Тема: <subject> (Read
        318 times)" names the thread, whatever field its label word may name elsewhere."""
        title = fold(self.doc.element_text(self.title_el)) if self.title_el is not None else ""
        return len(title) >= _HEADLINE_MIN and bool(lv.items) \
            and fold(" ".join(lv.items)).startswith(title)

    @field
    def issued_by(self) -> Found | None:
        found = self._label_list("issued_by")
        if found:
            return found
        for obj in self.articles:
            names = [n for n in jsonld_names(obj.get("author")) if not is_organisation(n)]
            if names:
                return Found(names, "json-ld")
        return self._byline_issuers() or self._issuer_line() or self._issuer_links()

    def _byline_issuers(self) -> Found | None:
        """A byline whose writers are all known structures, in any of the site's
        languages ("Автор: <strong>СММ ОБСЄ</strong>", "geschrieben von OSZE-Vorsitz"):
        the issuers, as shown.  A byline naming a person or a site's user is none."""
        for lv in self.labels.get("byline", []):
            if not lv.in_chrome and 0 < len(lv.items) <= MAX_VALUES \
                    and all(structure_id(item) for item in lv.items):
                return Found(list(dict.fromkeys(lv.items)), "byline")
        return None

    def _issuer_line(self) -> Found | None:
        """The lines right under the headline, before the text (its title block: a
        type line, the date, the issuer), one of them the name of a known structure and
        nothing more (pandoc's ``<p class="author">``): the issuer, as shown.  The title
        block ends at the first heading, longer line or label (a name after the labels
        is no title block's: with the labels, they say who issued it); a line of links
        is a menu's or a tag row's, left to the tag links."""
        if self.title_el is None:
            return None
        after = self._after(self.title_el)
        names: list[str] = []
        lines = [b for b in self.blocks if b.order > after and not b.widget]
        for b in lines[:_TITLE_BLOCK_LINES]:
            if b.is_heading or len(b.text) > _TITLE_BLOCK_CHARS or self._in_labels(b.el):
                break
            if b.link_density < 0.5 and is_issuer_line(b.text):
                names.append(b.text)
        names = list(dict.fromkeys(names))
        return Found(names, "issuer-line") if names else None

    def _issuer_links(self) -> Found | None:
        """Issuers shown without a label: tag links of the item (outside its text, menus
        and share rows) after the headline, named by a known structure, as shown."""
        # after the headline: a row of links above it is the site's, not the item's
        start = self.doc.order.get(self.title_el, 0) if self.title_el is not None else 0
        # a link to a tag's listing (/tagged/odihr) names a topic the item is filed
        # under, not who issued it
        head = self._headline_box()
        # a jump within the page ("Media Contact: <a href="#press-contact">…</a>") leads
        # to no structure's page: it names a box further down (who answers the press)
        names = [text for a in self._tag_links() if (self.doc.order.get(a, 0) > start or (
                     head is not None and is_descendant(a, head)))
                 and not is_tag_page(a.get("href"))
                 and not (a.get("href") or "").strip().startswith("#")
                 and structure_id(text := self.doc.element_text(a))]
        names = list(dict.fromkeys(names))
        return Found(names, "structure-links") if 0 < len(names) <= MAX_VALUES else None

    def _headline_box(self) -> Any:
        """The item's own header: the largest box around the headline holding none of
        the body, inside the item (a Forem article's header, whose author line stands
        above the headline: the item's byline, not the site's row of links)."""
        scope = self._article_root()
        if self.title_el is None or scope is None or not self.body_units:
            return None
        first = self.body_units[0].el
        box = None
        for el in self.title_el.iterancestors():
            if el is scope or is_descendant(first, el):
                break
            box = el
        return box

    def _tag_links(self) -> list[Any]:
        """The item's links outside its text, menus, page chrome and hidden boxes.  A
        link marked ``rel="tag"`` (HTML's "a tag of this document": WordPress's
        ``div.post-tags`` row) inside the text's container but in none of its blocks
        is the item's tag, not a word of the text."""
        scope = self._article_root()
        if scope is None:
            return []
        return [a for a in [*scope.iter("a"), *_tag_links_after(scope)]
                if a.get("href") and not (
                    (self._in_body(a) and not self._tag_row_link(a)) or in_navigation(a)
                    or in_chrome(a) or hidden_ancestor(a))]

    def _tag_row_link(self, a: Any) -> bool:
        """A ``rel="tag"`` link, or one in a widget box (a row of tag links a block
        editor sets after the text in the text's own container: Volto's ``div.tags``),
        standing outside every block of the body."""
        if "tag" not in (a.get("rel") or "").lower().split() and not self._in_widget(a):
            return False
        return not any(is_descendant(a, b.el) for b in self.body_units)

    @field
    def fields_of_work(self) -> Found | None:
        found = self._label_list("fields_of_work") or self._field_links()
        if found:
            return found
        candidates: list[tuple[list[str], str]] = []
        for obj in self.articles:
            for key in ("about", "keywords", "articleSection"):
                value = obj.get(key)
                names = split_values(value) if isinstance(value, str) else jsonld_names(value)
                candidates.append((names, "json-ld"))
        for name in ("article:section", "article:tag", "keywords"):
            values = [v for raw in self.doc.meta.get(name, []) for v in split_values(raw)]
            candidates.append((values, "meta"))
        for names, signal in candidates:
            known = [n for n in names if field_of_work_id(n)]
            if known:
                return Found(known, signal)
        return None


    def _field_links(self) -> Found | None:
        """Fields of work shown without a label: tag links of the item (outside its
        text, menus and share rows) that lead to a field of work's page (``/elections``,
        ``/pl/democratization``, ``/what/elections``), their text as shown."""
        names: list[str] = []
        for a in self._tag_links():
            href = self.doc.absolute(a.get("href"))
            # on the site the page was fetched from, or the one its canonical names
            if not href or not (field_page(href, self.doc.url) or
                                field_page(href, self.url.value)):
                continue
            text = self.doc.element_text(a)
            if text and text not in names:
                names.append(text)
        # a whole menu of fields inside the article is a list of them all, not its tags
        return Found(names, "field-links") if 0 < len(names) <= MAX_VALUES else None


def _tag_links_after(root: Any) -> list[Any]:
    """The ``rel="tag"`` links (HTML's "a tag of the current document") standing after
    the item's element in the box holding it: a theme that prints the tag row after the
    closing ``</article>`` (Hueman's ``p.post-tags``) tags the item with them.  None from
    another item's article (a related post's card), a sidebar (``<aside>``) or a box as
    wide as the page."""
    box = root.getparent()
    if box is None or tag(box) in ("body", "html"):
        return []
    out: list[Any] = []
    for sib in root.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        for a in sib.iter("a"):
            if "tag" in (a.get("rel") or "").lower().split() and not any(
                    tag(x) in ("article", "aside") for x in a.iterancestors()
                    if x is not box and is_descendant(x, sib)):
                out.append(a)
    return out
