"""A line of facts under a listing entry's title ("Press release | 12 February 2025 |
OSCE Mission to Serbia"): where it parts into pieces, whether it is one, and what is
left of it once its values are read.  Apart from :mod:`.listing_facts` because the rows
reader (:mod:`.listing_rows`) and the listing page read lines of facts too."""

from __future__ import annotations

import re

from scraper.extract.identities import structure_id
from scraper.extract.label_words import is_label_lines, label_of, match_label_start
from scraper.extract.text import BARS, split_values

# between the facts of a meta line: a bar or bullet, or a spaced slash, dash or hyphen
META_SEPARATOR = re.compile(rf"\s*[{BARS}]\s*|\s+[/–—-]\s+")


def leftover(text: str) -> bool:
    """What is left of a line of facts once its values are read: label words and
    separators ("| Publicado por: | ,"), or labels with their values written as text
    ("· Herausgegeben von: OSZE-Mission im Kosovo · Arbeitsbereiche:"), or the issuers
    a separator parted from the date read before them ("· OSZE-Mission in Serbien")."""
    pieces = [p.strip(" ,;:：") for p in META_SEPARATOR.split(text)]
    return all(not p or label_of(p) or is_label_lines(p) or (
        len(pieces) > 1 and all(structure_id(v) for v in split_values(p))) for p in pieces)


def meta_pieces(text: str) -> list[str] | None:
    """"Press release | 12 February 2025" → its pieces; None for anything else.  A piece
    is a short fact, or known structures' names however long ("10-Mar-2006 · Office of
    the Co-ordinator of OSCE Economic and Environmental Activities", "A, B"), or a label,
    its colon and its values ("30 kwietnia 2019 r. · Komunikat prasowy · Wydane przez:
    Biuro Instytucji Demokratycznych i Praw Człowieka OBWE": the labels read them)."""
    if not text or len(text) > 300:
        return None
    pieces = [p for p in META_SEPARATOR.split(text) if p]
    if not 2 <= len(pieces) <= 5 or any(
            len(p) > 60 and not all(structure_id(v) for v in split_values(p))
            and not _labelled_fact(p) for p in pieces):
        return None
    return pieces


def _labelled_fact(piece: str) -> bool:
    """A piece of a line of facts that is a label, its colon and a value ("Wydane przez:
    Biuro …"), no sentence."""
    found = match_label_start(piece)
    return found is not None and found[3] and bool(found[2].strip())
