"""The lines of an item's text that are its attached documents: a document's link
and its file facts on a line of their own, a line for each document under an attachment
label, a site builder's download card.  Kept apart from :mod:`.body`, which asks these
questions of every block while choosing the text, because they are one concern, read
against the site's file links (``urls.is_document``) rather than the text's layout."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.blocks import Block
from scraper.extract.pages.common import is_descendant
from scraper.extract.pages.news.attachment_lines import (
    is_attachment_label,
    is_file_description,
    is_labelled_file_list,
)
from scraper.extract.pages.news.base import NewsPageBase
from scraper.extract.pages.news.body_lines import unspaced
from scraper.extract.pages.news.hints import FILE_FACTS
from scraper.extract.structure import is_block, tag

# how a label ends ("Исходный файл:"), and the longest a row's label is
_LABEL_COLONS = (":", "：")
_ROW_LABEL_CHARS = 40


class BodyFiles(NewsPageBase):
    """Which of the body's blocks are its attached documents, no text."""

    def _download_line(self, b: Block) -> bool:
        """A line that is one document's link, alone or with what it says of the file,
        its format and size, nothing more ("Testo integrale del discorso (PDF, 182 KB)",
        "Download the report"): the document is an attachment, the line no sentence of
        the text (the contract's body row).  The line is a box
        of its own (a file link's paragraph or row); a line among the text's paragraphs
        parted by ``<br><br>`` in one element (a blog script's "convert breaks" text:
        Nucleus, e107; a print view's text) is a line the author wrote in the text, and
        stays, unless it is the link alone, whatever its words, or an attachment label opens it
        ("Документ: <a>…</a> (PDF, 48 Кб)", a CGI template's file line after the text
        in the cell holding it).  The document may be linked
        twice on the line, by its title and by a download button."""
        # the block is its element's whole text, however the two space their links
        box = b.el if unspaced(self.doc.element_text(b.el)) == unspaced(b.text) \
            else self._line_wrapper(b)
        wrapping = self._wrapping_link(b)
        if wrapping is not None:
            box = wrapping
        whole = box is not None
        links = ([box] if tag(box) == "a" else box.xpath(".//a[@href]")) if whole \
            else [a for a in b.links if a.get("href")]
        hrefs = {self.doc.absolute(a.get("href")) for a in links}
        if len(hrefs) != 1 or not urls.is_document(next(iter(hrefs)) or ""):
            return False
        # an icon link with no words may open the line before the named link; a link's
        # words are those it shows (its screen-reader-only "(opens in a new tab)" is none)
        named = [a for a in links if self.doc.element_text(a)] or links[:1]
        title = self.doc.element_text(named[0])
        before, found, after = b.text.partition(title) if title else ("", "", "")
        if not found:
            return False
        if whole:
            # an attachment label opening the line is no word of the text either
            rest = ("" if is_attachment_label(before) else before) + after
            # the document linked again on its line is its download button (WordPress's
            # file block: the title, then "Download"): the line is the file's card
            for a in named[1:]:
                rest = rest.replace(self.doc.element_text(a), " ", 1)
            if len(named) == 1 and not rest.strip():
                return True   # "<a>Report (PDF, 1,2 MB)</a>", "<a>Full report</a>"
            if len(named) == 1 and is_attachment_label(before) and is_file_description(after):
                return True   # "Attachment: <a>x.pdf</a><br>Description: Adobe PDF
                #               document": an e-mail archive's attached part
            return (len(named) > 1 or bool(rest.strip())) and bool(FILE_FACTS.match(rest))
        # a line of the run that is the link and nothing else ("<br><br><a>Download the
        # outline (PDF, 240 KB)</a><br><br>", "<a>Testo integrale delle
        # raccomandazioni</a>"): the contract's line holding nothing but a link to a
        # document, its words saying the file or not
        return (is_attachment_label(before) and bool(FILE_FACTS.match(after))) or (
            len(named) == 1 and not before.strip() and not after.strip())

    def _wrapping_link(self, b: Block) -> Any:
        """The link the block stands in, when it shows the block's words and nothing
        more (a file card whose link wraps an icon and a box with the document's title:
        ``<a href="x.pdf"><svg/><div><div>Full text (PDF)</div></div></a>``): the line is
        that link, as a paragraph holding it alone would be; None otherwise."""
        text = unspaced(b.text)
        for x in b.el.iterancestors():
            if tag(x) == "a" and x.get("href"):
                return x if unspaced(self.doc.element_text(x)) == text else None
            if unspaced(self.doc.element_text(x)) != text:
                return None
        return None

    def _line_wrapper(self, b: Block) -> Any:
        """The inline element (no link) below the block's element that holds the whole
        run and nothing else: a run of loose text wrapped in a ``<font>`` or ``<span>``
        of its own (``<br><font size="1"><img> <a>Full text (PDF)</a></font><br>``)
        is a box of its own, as a paragraph is; None for a run the text flows in."""
        text = unspaced(b.text)
        for a in b.links:
            for x in a.iterancestors():
                if x is b.el or is_block(x):
                    break
                if unspaced(self.doc.element_text(x)) == text:
                    return x
        return None

    def _labelled_files(self, b: Block) -> bool:
        """An attachment label over a line for each document ("Załączniki:" / "Full
        text (PDF, 96 KB)" / "In English (DOC, 58 KB)"): the attachments, no text."""
        links = [(self.doc.element_text(a), self.doc.absolute(a.get("href")) or "")
                 for a in b.el.xpath(".//a[@href]")]
        return is_labelled_file_list(b.text.split("\n"), links, urls.is_document)

    def _in_download_box(self, el: Any, container: Any) -> bool:
        """Inside a box (below the body's own element) that presents one document: every
        link in it leads to that document, and it holds no sentence of the text (a site
        builder's download module: icon, title, description, file name and size)."""
        for box in [el, *el.iterancestors()][:5]:
            if box is container or not is_descendant(box, container):
                return False
            links = {self.doc.absolute(a.get("href")) for a in box.iter("a") if a.get("href")}
            if not links:
                continue
            if len(links) != 1 or not urls.is_document(next(iter(links)) or ""):
                return False
            if any(len(t.strip()) >= 80 for t in box.itertext()) or \
                    len(self.doc.element_text(box)) > 400:
                return False
            # a card of several lines (a lone paragraph linking a document is text)
            lines = [x for x in box.iter() if x is not box and is_block(x)
                     and self.doc.element_text(x)]
            if len(lines) >= 3:
                return True
        return False

    def _file_row_label(self, b: Block, inside: list[Block]) -> bool:
        """A table cell holding a label and nothing more ("Исходный файл:", "Source
        file:"), whose row's other cells, after it, are each a document's line (its link,
        its facts): the row is the attachment's line, as "Attachment: <a>…</a>" on one
        line is, and its label no text of the item once the link is the attachment."""
        text = b.text.strip()
        if not text.endswith(_LABEL_COLONS) or len(text) > _ROW_LABEL_CHARS or \
                "\n" in text or b.links:
            return False
        cell = next((x for x in [b.el, *b.el.iterancestors()] if tag(x) in ("td", "th")), None)
        row = cell.getparent() if cell is not None else None
        if row is None or tag(row) != "tr" or \
                unspaced(self.doc.element_text(cell)) != unspaced(text):
            return False
        cells = [c for c in row if tag(c) in ("td", "th") and self.doc.element_text(c)]
        others = cells[cells.index(cell) + 1:]
        if len(others) != len(cells) - 1 or not others:
            return False     # a label after another cell is no row's label
        for c in others:
            lines = [x for x in inside if is_descendant(x.el, c)]
            if not lines or not all(self._download_line(x) for x in lines):
                return False
        return True
