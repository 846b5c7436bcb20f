"""What one block of a body's run is, read alone: a line of language links, a
footnote's number, a button, a share row, a document link's bracketed file facts.
The body (:mod:`scraper.extract.pages.news.body`) asks these of each block."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote_plus, urlsplit

from scraper.extract.blocks import Block
from scraper.extract.dates import parse_date
from scraper.extract.pages.common import is_descendant
from scraper.extract.pages.news.hints import (
    BACK_LINK_START,
    FILE_FACTS,
    LINK_ROW,
    SHARE_WORDS,
    is_change_line,
)
from scraper.extract.structure import class_tokens, is_block, tag
from scraper.extract.text import clean, fold
from scraper.extract.urls import is_tag_page
from scraper.extract.vocabulary import LANGUAGE_NAMES

# the share of a widget's text in links that makes it a box of links (related, share)
LINK_BOX = 0.5
# class words of a link drawn as a button (page builders' button elements: Avada's
# fusion-button, Gutenberg's wp-block-button__link, Bootstrap's btn)
_BUTTON_TOKENS = frozenset({"button", "btn"})
# the share of a block's text a button's link must be for the block to be the button alone
_BUTTON_SHARE = 0.9


def language_links(b: Block) -> bool:
    """A line of links to the item in other languages, each marked with ``hreflang`` or
    named by its language (a 2004 portal's "Auch verfügbar in: English | Русский" after
    the text, the links plain), with at most a short label before them: a language
    switcher, no text."""
    links = [b.el] if tag(b.el) == "a" else b.el.xpath(".//a[@href]")
    if not links or not all(a.get("hreflang") for a in links):
        # the run's own links: its element may hold the whole text (a cell's ``<br>`` runs)
        links = [a for a in b.links if a.get("href")]
        if not links or not all(fold(clean(" ".join(a.itertext()))) in LANGUAGE_NAMES
                                for a in links):
            return False
    shown = sum(len(clean(" ".join(a.itertext()))) for a in links)
    return len(b.text) - shown <= 30


def language_label(b: Block, following: list[Block]) -> bool:
    """A switcher's label on a line of its own ("Otros idiomas:", "Also available in:"),
    its language links in the lines after it in the same box (a list's items): a few
    words and a colon, no link, no text of the item."""
    text = b.text.rstrip()
    if not text.endswith((":", "：")) or len(text.split()) > 4 or b.is_heading or b.links:
        return False
    box = b.el.getparent()
    nxt = next((x for x in following if not x.widget), None)
    return box is not None and nxt is not None and language_links(nxt) and \
        nxt.el is not box and is_descendant(nxt.el, box)


# a note's number as its label shows it: "1", "[1]", "(1)", "1."
_NOTE_NUMBER = re.compile(r"^[\[(]?\d{1,3}[\]).]?$")


def note_label(b: Block) -> bool:
    """A footnote definition's label: the note's number in an inline element of its
    own (``<sup>``) standing in the note's box before the note's text in a block of its
    own.  pulldown-cmark (Zola) writes ``<div class="footnote-definition"><sup
    class="footnote-definition-label">1</sup><p>text</p></div>``.  Like the number of
    an ``<ol>`` item it marks the note, it is no paragraph of the text; the note's text
    stays (endnotes are body text, fixtures/README.md), as do the reference markers
    inside the paragraphs ("Wahlgesetzbuch1")."""
    if not _NOTE_NUMBER.match(b.text):
        return False
    for child in b.el:
        if not isinstance(child.tag, str) or is_block(child) or \
                clean(" ".join(child.itertext())) != b.text:
            continue
        after = child.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        return after is not None and is_block(after) and bool(clean(" ".join(after.itertext())))
    return False


# the bracketed facts closing a link's words: "Informe final (PDF, 1,2 MB)"
_BRACKETED_TAIL = re.compile(r"[(\[]([^()\[\]]+)[)\]]\s*\.?$")


def ends_in_file_facts(text: str) -> bool:
    """A link's words end in what they say of the file, in brackets, after its title:
    the link names a document to download, as a file's card does."""
    found = _BRACKETED_TAIL.search(text)
    return found is not None and bool(text[:found.start()].strip()) and \
        any(ch.isalnum() for ch in found.group(1)) and bool(FILE_FACTS.match(found.group(1)))


def unspaced(text: str) -> str:
    return "".join(text.split())


def button_only(b: Block) -> bool:
    """A block that is nothing but links drawn as buttons (a download or call-to-action
    button after the text): the page's controls, no sentence of the article.  The
    links are the block's own: a button standing loose in the text's container, after
    the paragraphs' box, is a run of that container whose other links (the labels',
    the share row's) are no part of it."""
    links = [a for a in b.links if a.get("href")]
    return b.link_density >= _BUTTON_SHARE and bool(links) and all(
        class_tokens(a) & _BUTTON_TOKENS for a in links)


def share_row(b: Block) -> bool:
    """A line of links under a share word ("Share: Twitter Facebook E-mail", "Teilen:
    …"): whatever its links are named, the words outside them are the share label
    alone, so the line is the share row, no text.  A share widget's buttons are links
    its script fills in (icons with no words and no href yet, a "More" of the service
    list): they stand in the row as its links do."""
    links = [a for a in b.links if a.get("href") or _script_button(a)]
    if not links:
        return False
    rest = b.text
    for a in links:
        rest = rest.replace(clean(" ".join(a.itertext())), " ", 1)
    label = fold(_ROW_PUNCTUATION.sub(" ", rest)).strip()
    if label in _NOT_SHARE_LABELS:
        return False
    # a share label of a few words opened or closed by a share verb, with its colon
    # ("Seite teilen: Drucken", "Udostępnij artykuł: Facebook"), like a share label
    # standing alone
    words = label.split()
    return label in SHARE_WORDS or (
        2 <= len(words) <= _SHARE_LABEL_WORDS and rest.rstrip().endswith((":", "："))
        and bool({words[0], words[-1]} & _SHARE_VERBS))


def _script_button(a: Any) -> bool:
    """An anchor with no href that a script makes a button (a share service's icon, its
    "More" list): a class names what it does, the anchor carries no target of its own."""
    return a.get("href") is None and a.get("name") is None and a.get("id") is None \
        and bool(a.get("class"))


def back_link(b: Block) -> bool:
    """A short line that is one link back to the section the page stands in ("<- Zurück
    zu: Reden", "Back to press releases", "Retour à la liste"): a page tool, no text."""
    targets = {a.get("href") for a in b.links if a.get("href")}
    return len(targets) == 1 and "\n" not in b.text and len(b.text) <= _BACK_LINK_CHARS \
        and b.link_density >= _BUTTON_SHARE and bool(BACK_LINK_START.match(fold(b.text)))


def tag_link_line(b: Block) -> bool:
    """A short line that is nothing but links to tag pages (a theme's tag pills after
    the text, ``<li><a href="/de/tags/haushalt/">Haushalt</a></li>``): the item's tags,
    no text."""
    hrefs = [a.get("href") for a in b.links]
    return bool(hrefs) and all(is_tag_page(h) for h in hrefs) and "\n" not in b.text \
        and not b.is_heading and len(b.text) <= _BACK_LINK_CHARS \
        and b.link_density >= _BUTTON_SHARE


def share_label(b: Block) -> bool:
    """A share row's label line standing alone, its links drawn as icons or in another
    line ("Diesen Beitrag teilen:", "Share this post:", "Partager cet article :"): a few
    words ending in a colon, opened or closed by a share word, no text of the item."""
    text = b.text.rstrip()
    words = fold(text).split()
    return text.endswith((":", "：")) and 2 <= len(words) <= 4 and not b.is_heading \
        and (words[0] in SHARE_WORDS or words[-1] in SHARE_WORDS)


def share_box(b: Block, own: Iterable[str | None]) -> bool:
    """A share row's box whose words open with its label ("Поделиться: These icons link
    to social bookmarking sites…") and whose links, drawn as icons on lines of their
    own, each hand the page's own address to another site (``digg.com/submit?url=…``,
    ``mailto:?body=…``): its label and the note under it are the widget's words, no
    text of the item."""
    head, colon, _ = b.text.partition(":")
    words = fold(head).split()
    if not colon or not 1 <= len(words) <= _SHARE_LABEL_WORDS or \
            not {words[0], words[-1]} & (SHARE_WORDS | _SHARE_VERBS):
        return False
    if words[0] in _NOT_SHARE_LABELS or fold(head) in _NOT_SHARE_LABELS:
        return False
    # the page's path: the address a share link carries is the site's, whatever host
    # serves the copy read (a local mirror, a replay)
    keys = {path for a in own if a and len(path := urlsplit(a).path.rstrip("/")) > 1}
    links = b.el.xpath(".//a[@href]")
    return len(links) >= _SHARE_BOX_LINKS and all(
        _hands_on(a.get("href"), keys) for a in links)


def _hands_on(href: str, keys: set[str]) -> bool:
    """A link that hands the page's address (``keys``: its path) to another site in its
    query: a share service's submit link, a mail's body."""
    query = unquote_plus(urlsplit(href.strip()).query)
    return any(k and k in query for k in keys)


# the fewest links of a share row's box: a row of services
_SHARE_BOX_LINKS = 2


# what stands between a share row's label and its links
_ROW_PUNCTUATION = re.compile(r"[\s:：·|•,]+")
# share words that are no share label before a row of links: "Top", "Back to top"
_NOT_SHARE_LABELS = frozenset({"top", "back to top"})
# the verbs that open or close a share label of several words (a service's name, "print"
# or "email" opens other lines too: "Email the press office: …")
_SHARE_VERBS = frozenset(fold(w) for w in (
    "Share", "Teilen", "Partager", "Поделиться", "Condividi", "Compartir", "Udostępnij",
    "Поділитися", "Поширити"))
# a share row's label is a few words ("Diesen Beitrag teilen:")
_SHARE_LABEL_WORDS = 4
# a back link is a few words: the section's name after "Back to"
_BACK_LINK_CHARS = 80



def date_label(b: Block, following: list[Block], language: str | None) -> bool:
    """A line of a word or three right over a bare date (Quarto's title-meta row
    ``Modified`` / ``May 14, 2024``): the date's label, no text."""
    if len(b.text) > 30 or len(b.text.split()) > 3 or parse_date(b.text, language):
        return False
    nxt = next((x for x in following if not x.widget), None)
    return nxt is not None and len(nxt.text) <= 60 \
        and parse_date(nxt.text, language) is not None


def tool_lines(b: Block, language: str | None) -> bool:
    """A block of lines parted by single ``<br>``s, each a row of utility links ("Do
    góry | Drukuj | Powrót": two links or more with a separator between them and no
    other word) or a "last changed" line ("Ostatnia aktualizacja: 20.10.2008"): the
    page's tools and information under the text, no line of it, though no line alone
    makes the whole block one."""
    lines = [line.strip() for line in b.text.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    words = [w for w in (clean(" ".join(a.itertext())) for a in b.links if a.get("href")) if w]
    rows = 0
    for line in lines:
        if is_change_line(line, language):
            continue
        rest, links = line, 0
        for w in words:
            if w in rest:
                rest, links = rest.replace(w, " ", 1), links + 1
        if links < 2 or not LINK_ROW.search(line) or _ROW_PUNCTUATION.sub("", rest):
            return False
        rows += 1
    return rows > 0
