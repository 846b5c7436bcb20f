"""The heuristic vocabulary of the news page's signals: meta names, class tokens and
words, each named by what it recognises (class names are hints, never the only signal)."""

from __future__ import annotations

import re

from scraper.extract.dates import parse_date
from scraper.extract.identities import is_organisation, structure_id
from scraper.extract.text import fold
from scraper.extract.vocabulary import CONTENT_TYPES, ORGANISATION_NAMES, WIDGET_HEADINGS
from scraper.extract.vocabulary_archives import DIGITAL_OBJECT_HEADINGS
from scraper.extract.vocabulary_not_body import (
    ATTACHMENT_HEADINGS,
    CHANGE_LABELS,
    NOT_BODY_LINES,
    OTHER_NEWS_HEADINGS,
)

DATE_META = ("article:published_time", "og:article:published_time", "og:published_time",
              "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
              "dcterms.created", "publication_date", "publishdate", "pubdate", "date",
              "parsely-pub-date", "sailthru.date")
TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title")
LOGO_TOKENS = frozenset({"logo", "brand", "branding", "sitename", "sitetitle", "slogan"})
LOGO_PAIRS = (frozenset({"site", "name"}), frozenset({"site", "title"}),
               frozenset({"site", "branding"}))
# class words of the site's tagline under its name or over every page's headline
# (MediaWiki's ``#siteSub`` "From Wikipedia, the free encyclopedia", WordPress's
# ``p.site-description``): the site's line, no lead of the item
TAGLINE_TOKENS = frozenset({"tagline", "slogan", "blogdescription", "sitesub"})
TAGLINE_PAIRS = (frozenset({"site", "sub"}), frozenset({"site", "description"}),
                 frozenset({"site", "tagline"}), frozenset({"blog", "description"}))
# class words of a lead paragraph; "ingress" and "preamble" are the lead's names in Nordic
# publishing and in Optimizely/EPiServer templates (regeringen.se's ``p.ingress``)
LEAD_TOKENS = frozenset({"lead", "summary", "intro", "introduction", "standfirst", "abstract",
                          "subtitle", "subheading", "deck", "dek", "excerpt", "strapline",
                          "teaser", "lede", "description", "ingress", "preamble"})
# class words of a headline written without a heading tag (div.article-title, p.headline)
HEADLINE_TOKENS = frozenset({"headline", "title", "titre", "titolo", "titulo", "titel",
                             "tytul", "zagolovok", "pagetitle", "articletitle",
                             # one-word names of older portals (e107's newsheading,
                             # Mambo's contentheading)
                             "newsheading", "newstitle", "newsheadline", "contentheading",
                             "storyheading", "storytitle", "articleheading", "itemheading",
                             "itemtitle"})
TYPE_TOKENS = frozenset({"type", "contenttype", "bundle", "kicker", "eyebrow", "category",
                          "overline", "pretitle", "supertitle"})
DATE_TOKENS = frozenset({"date", "published", "pubdate", "submitted", "created", "datetime",
                          "posted", "time"})
ATTACHMENT_TOKENS = frozenset({"attachment", "attachments", "file", "files", "document",
                                "documents", "docs", "download", "downloads"})
NOT_ATTACHMENT_TOKENS = frozenset({"share", "sharing", "social", "related", "relatedposts"})
# a photo's credit closing its caption: "(OSCE/Jane Doe)", "(ОБСЄ/Олена Коваль)"
CREDIT_END = re.compile(r"\([^()/]{2,40}/[^()/]{2,60}\)\s*$")
# a photo's credit closing a line, named so: "(Фото: ОБСЄ)", "(Photo: OSCE/Jane Doe)",
# "(Foto: …)", "(Photo credit: …)", or a copyright sign and a few words ("© OSCE 2024")
PHOTO_CREDIT_END = re.compile(
    r"(?:\(\s*(?:photo|photos|foto|fotos|fotó|фото|світлина|снимок|zdjęcie|zdj\.|bild|"
    r"image|crédit|credit|credits)(?:\s+(?:credit|crédit|photo))?\s*[:©–—-]\s*[^()]{2,80}\)"
    r"|©\s*[^©()\s][^©()]{0,60})\s*\.?\s*$", re.I)
# a credit or caption line is a line or two of words
CREDIT_LINE_CHARS = 200
_CREDIT_WORDS = 8
# the site's own photo credit closing a caption: the organisation's name in the page's
# language, a slash and the photographer's name ("(OSBE/Joana Hoxha)", "(ОБСЕ/Ион
# Попа)"); a name is a word or four, each capitalised and not in capitals alone, so a
# structure's acronym ("(OSCE/ODIHR)", a text's own reference) is none
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
ORGANISATION_CREDIT_END = re.compile(
    r"\(\s*(?:" + "|".join(re.escape(n) for n in ORGANISATION_NAMES) + r")\s*/\s*("
    + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3})\s*\)\s*\.?\s*$")


# the same credit standing alone, without brackets (a card's picture credit under its
# image, "OSZE/Jonathan Perfect"): the organisation's name, a slash, a person's name of
# two to four capitalised words (so "OSCE/ODIHR" or "OSCE/Secretariat" is none)
ORGANISATION_CREDIT = re.compile(
    r"^\s*(?:" + "|".join(re.escape(n) for n in ORGANISATION_NAMES) + r")\s*/\s*("
    + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3})\s*$")


def is_organisation_credit(text: str) -> bool:
    """A picture's credit in the site's own form, alone on its line ("OSCE/Jane Doe"):
    a photographer's name, no structure nor any other fact of an item."""
    found = ORGANISATION_CREDIT.match(text)
    return found is not None and all(
        w[0].isupper() and any(c.islower() for c in w) for w in found.group(1).split())


def is_credit_line(text: str) -> bool:
    """A short line ending in a photo's credit named so (in brackets after a photo word,
    or after ©) or in the site's own credit form ("(OSCE/Jane Doe)"): a picture's
    caption or its credit, no text of the item."""
    if len(text) > CREDIT_LINE_CHARS:
        return False
    found = PHOTO_CREDIT_END.search(text)
    return (found is not None and len(found.group(0).split()) <= _CREDIT_WORDS + 1) or \
        _organisation_credit(text)


def _organisation_credit(text: str) -> bool:
    found = ORGANISATION_CREDIT_END.search(text)
    return found is not None and all(
        w[0].isupper() and any(c.islower() for c in w) for w in found.group(1).split())


CAPTION_START = re.compile(r"^(photo|фото|foto|image|picture|crédit|credit)\s*[:©]", re.I)


def is_caption_line(text: str) -> bool:
    """A picture's caption or credit by its words: a line opening with a photo word and
    a colon ("Foto: OSCE/Milan Obradović"), ending in a credit (:func:`is_credit_line`)
    or the site's credit alone ("OSCE/Jane Doe", :func:`is_organisation_credit`)."""
    return bool(CAPTION_START.match(text)) or is_credit_line(text) \
        or is_organisation_credit(text)


SHARE_WORDS = frozenset(fold(w) for w in (
    "Share", "Print", "Tweet", "Email", "E-mail", "Facebook", "Twitter", "LinkedIn", "X",
    "WhatsApp", "Telegram", "Поделиться", "Печать", "Teilen", "Drucken", "Partager",
    "Imprimer", "Condividi", "Stampa", "Compartir", "Imprimir", "Udostępnij", "Drukuj",
    "Поділитися", "Поширити", "Друк", "Back to top", "Top"))
# the words opening a link back to the section a page stands in ("<- Zurück zu: Reden",
# "Back to press releases", "Retour à la liste"), folded: a page tool, no text
BACK_LINK_START = re.compile(
    r"^\W*(?:back to|return to|zuruck (?:zu|zur|zum)|retour (?:a|au|aux)|назад (?:к|до)"
    r"|вернуться к|повернутися до|torna (?:a|al|alla|all|ai)|volver a|powrot do)(?:\W|$)")
# cheap test on the raw href before resolving it (what urls.is_document can accept)
# (a file name then a version's id: a document library's ``report.pdf/3f1c…``)
DOCUMENT_HINT = re.compile(r"\.\w{2,4}(?:/[\da-f-]+/?)?(?:$|[?#&])|download=true|/files/",
                           re.I)
NODE_CLASS = re.compile(r"(?:^|\s)(?:page-node-|node-|postid-)(\d{2,9})(?:\s|$)")
CONTENT_TYPES_FOLDED = frozenset(fold(t) for t in CONTENT_TYPES)
LINK_ROW = re.compile(r"\s[·|•]\s")
TRAIL = re.compile(r"\s[/›»>|]\s")
WIDGET_HEADINGS_FOLDED = frozenset(fold(t) for t in WIDGET_HEADINGS)
ATTACHMENT_HEADINGS_FOLDED = frozenset(fold(t) for t in (*ATTACHMENT_HEADINGS,
                                                        *DIGITAL_OBJECT_HEADINGS))
# where the body ends: a related box, or the attached documents' block
BODY_END_HEADINGS = WIDGET_HEADINGS_FOLDED | ATTACHMENT_HEADINGS_FOLDED | frozenset(
    fold(t) for t in OTHER_NEWS_HEADINGS)
NOT_BODY_LINES_FOLDED = frozenset(fold(t) for t in NOT_BODY_LINES)
# the words that make a line an editorial note on a speech's text, in each language, so
# that the note's other wordings count too ("Fa fede solo il testo pronunciato", "Only
# the spoken word counts"): a short line holding them is no text of the speech
_EDITORIAL_NOTE = re.compile(
    r"\bagainst delivery\b|\bas delivered\b|\bspoken word\b|gesprochene wort|\bfait foi\b"
    r"|\bfa fede\b|\bcot[eé]j\w*|\bvale lo (?:pronunciado|dicho)\b"
    r"|(?:свер|провер)\w* .*произнес|(?:звір|перевір)\w* .*виголош"
    r"|(?:sprawdz|obowiazuj)\w* .*wygłosz")
_NOTE_WORDS = 8


def is_editorial_note(text: str) -> bool:
    """A line printed with a speech about its text ("Check against delivery", "Es gilt
    das gesprochene Wort", …): a few words, one of the notes' wordings among them."""
    folded = fold(text)
    return folded in NOT_BODY_LINES_FOLDED or (
        len(folded.split()) <= _NOTE_WORDS and bool(_EDITORIAL_NOTE.search(folded)))


_CHANGE_LABELS = frozenset(fold(t) for t in CHANGE_LABELS)


def is_change_line(text: str, language: str | None) -> bool:
    """A line that is a "last changed" label and its date and nothing more
    ("Zuletzt geändert: 20. März 2023", "Last updated 3 May 2024"): the page's
    information, no sentence of the text."""
    shown = text.strip()
    if len(shown) > 80:
        return False
    label, colon, rest = shown.partition(":")
    if not colon:
        found = fold(shown)
        label = next((w for w in _CHANGE_LABELS if found.startswith(w + " ")), "")
        rest = " ".join(shown.split()[len(label.split()):])
    if fold(label.strip()) not in _CHANGE_LABELS:
        return False
    rest = rest.strip()
    # the editor named before the date in brackets: "Last edited: admin (2014-06-14 09:15)"
    edited = _EDITOR_THEN_DATE.match(rest)
    return parse_date(edited["date"] if edited else rest, language) is not None


# a forum's edit line after its label: the editor's name (a word or few) and the date
_EDITOR_THEN_DATE = re.compile(r"^\S+(?:\s\S+){0,2}\s*\((?P<date>[^()]{6,40})\)$")


# what a document's link says of the file beside its title: "(PDF, 182 KB)", "[DOCX 1,2 MB]"
# the file's format as a word or its program's name ("MS Word", "Adobe Acrobat")
FILE_FACTS = re.compile(r"^[\s(\[–—-]*(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|"
                        r"(?:ms\s+|microsoft\s+)?(?:word|excel|powerpoint)|"
                        r"(?:adobe\s+)?(?:acrobat|reader))?[\s,;:·|]*"
                        r"(?:\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|[кмг]б|ko|mo|o|bytes?))?[\s)\].]*$",
                        re.I)


# the longest line that may be a structure's name and nothing more
_ISSUER_LINE_CHARS = 160


def is_issuer_line(text: str) -> bool:
    """A line whose whole text is a known issuing structure's name (pandoc's author line
    in the title block, ``<p class="author">``): who issued the item, neither its lead
    nor a sentence of its text.  The organisation's own name is none (the site's)."""
    return len(text) <= _ISSUER_LINE_CHARS and "\n" not in text and \
        bool(structure_id(text)) and not is_organisation(text)


# an address printed as text in a reference: a web address or a DOI
_PRINTED_ADDRESS = re.compile(r"(?:https?://|(?<!\w)doi:\s*10\.)\S", re.I)


def is_citation_of(text: str, headline: str) -> bool:
    """``text`` cites the item: it holds the whole headline and a printed address (a
    repository's or a journal's "cite as" box: "Author, 2023, "Headline", https://doi.org/
    …, Publisher, V1"), a reference for the reader to copy, neither the lead nor text."""
    head, folded = fold(headline), fold(text)
    return len(head.split()) >= 3 and head in folded and folded != head \
        and _PRINTED_ADDRESS.search(text) is not None
