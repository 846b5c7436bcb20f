"""A line labelled as the item's attachment ("Приложение: <a>…</a> (PDF, 112 КБ)",
"Attachment: …", "Pièce jointe : …") standing right after the item's text: its document
links are the item's attachments, wherever the page draws the line (a print view puts it
after the text's box, outside the element holding headline and text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scraper.extract.pages.common import is_descendant
from scraper.extract.pages.news.hints import FILE_FACTS
from scraper.extract.structure import is_block, tag
from scraper.extract.text import fold
from scraper.extract.vocabulary_not_body import ATTACHMENT_HEADINGS

# what a line opens with when it gives the item's attached documents, in the six languages
# and their neighbours (singular and plural), beside the attachment blocks' headings
_ATTACHMENT_LABELS = frozenset(fold(w) for w in (
    *ATTACHMENT_HEADINGS,
    "Attachment", "Attachments", "Attached", "Attached file", "Attached files", "Annex",
    "Приложение", "Приложения", "Вложение", "Вложения", "Прикрепленный файл",
    "Прикрепленные файлы", "Документ", "Файл",
    "Anhang", "Anhänge", "Anlage", "Anlagen", "Datei", "Dateien", "Dokument",
    "Pièce jointe", "Pièces jointes", "Fichier joint", "Fichiers joints", "Annexe",
    "Allegato", "Allegati", "File allegato", "File allegati",
    "Adjunto", "Adjuntos", "Archivo adjunto", "Archivos adjuntos", "Anexo", "Anexos",
    "Додаток", "Додатки", "Вкладення", "Файли",
    "Załącznik", "Załączniki", "Plik", "Pliki",
))
_LABEL_END = " :：-–—"
# the label an e-mail archive sets under an attached file's link for what the message
# says of the part (MIME's Content-Description: "Description: Adobe PDF document")
_DESCRIPTION_LABELS = frozenset(fold(w) for w in (
    "Description", "Content-Description", "Описание", "Beschreibung", "Descrizione",
    "Descripción", "Opis", "Опис",
))
# the longest description of a file that is no sentence of the text
_DESCRIPTION_CHARS = 120
# text nodes looked at between the item's text and the line (white space, other lines)
_LOOK_BACK = 40
_SKIPPED_TEXT = frozenset({"script", "style", "noscript", "template"})


def labelled_line(a: Any) -> Any:
    """The line (nearest block) holding link ``a`` when what it says before its first
    link is an attachment label and nothing more; None otherwise."""
    line = next((x for x in [a, *a.iterancestors()] if x is not a and is_block(x)), None)
    if line is None or tag(line) in ("body", "html"):
        return None
    return line if is_attachment_label(" ".join(_text_before_link(line))) else None


def is_attachment_label(text: str) -> bool:
    """``text`` is an attachment label and nothing more ("Документ:", "Anhang –")."""
    return fold(text).strip().rstrip(_LABEL_END).strip() in _ATTACHMENT_LABELS


def is_file_description(text: str) -> bool:
    """``text`` is one line, a description label and what it says of an attached file
    ("Description: Adobe PDF document", under the file's link): the file's facts."""
    label, colon, value = text.strip().partition(":")
    return bool(colon) and "\n" not in text.strip() and \
        fold(label).strip() in _DESCRIPTION_LABELS and \
        0 < len(value.strip()) <= _DESCRIPTION_CHARS


def follows_text(line: Any, scope: Any) -> bool:
    """``line`` comes right after the element holding the item's text: nothing shown
    stands between them but white space and other labelled attachment lines."""
    if scope is None or is_descendant(scope, line):
        return False
    for n, text in enumerate(reversed(line.xpath("preceding::text()"))):
        if n >= _LOOK_BACK:
            return False
        owner = text.getparent()
        if owner is None:
            continue
        if is_descendant(owner, scope) and not (text.is_tail and owner is scope):
            return True          # reached the item's text
        if not text.strip() or (not text.is_tail and tag(owner) in _SKIPPED_TEXT):
            continue
        if not _in_labelled_line(owner.getparent() if text.is_tail else owner):
            return False
    return False


def _in_labelled_line(el: Any) -> bool:
    """``el`` stands in a line labelled as an attachment (another such line before)."""
    if el is None:
        return False
    line = next((x for x in [el, *el.iterancestors()] if is_block(x)), None)
    first = next(line.iter("a"), None) if line is not None else None
    return first is not None and labelled_line(first) is line


def _text_before_link(el: Any) -> list[str]:
    """The texts of ``el`` before its first link, in order."""
    out: list[str] = []

    def walk(node: Any) -> bool:
        if node.text and isinstance(node.tag, str):
            out.append(node.text)
        for child in node:
            if tag(child) == "a":
                return True
            if isinstance(child.tag, str) and walk(child):
                return True
            if child.tail:
                out.append(child.tail)
        return False

    walk(el)
    return out


def is_labelled_file_list(lines: list[str], links: list[tuple[str, str]],
                          is_document: Callable[[str], bool]) -> bool:
    """A block's ``lines`` are an attachment label ("Załączniki:") over lines each of
    one document's link and what it says of the file ("Pełny tekst (PDF, 96 KB)");
    ``links`` are the block's links as (shown words, address): the item's attachments
    set out after its text, no paragraph of it."""
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) < 2 or not is_attachment_label(lines[0]):
        return False
    for line in lines[1:]:
        hit = next(((shown, href) for shown, href in links
                    if shown and line.startswith(shown)), None)
        if hit is None or not is_document(hit[1]) or \
                not FILE_FACTS.match(line[len(hit[0]):]):
            return False
    return True
