"""A sign-up box: a form asking for the reader's e-mail address and a line or two
inviting to it ("Iscriviti alla nostra newsletter settimanale…", "Sign up for our
newsletter"), set at the end of an article.  The invitation is the form's words, no
text of the item, whatever box holds the two (the form alone is a widget already)."""

from __future__ import annotations

from typing import Any

from scraper.extract.classes import tag

# the most words the invitation takes beside its form (a heading and a sentence or two)
_INVITATION_CHARS = 300
_INVITATION_BLOCKS = 3
_TEXT_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "div", "span", "strong", "label"})


def is_signup_box(el: Any) -> bool:
    """``el`` holds one form that asks for an e-mail address, and beside it no more than
    a few short lines of text."""
    if tag(el) not in ("div", "section"):
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    forms = [c for c in children if tag(c) == "form"]
    if len(forms) != 1 or not forms[0].xpath(
            ".//input[translate(@type, 'EMAIL', 'email') = 'email']"):
        return False
    others = [c for c in children if c is not forms[0]]
    if len(others) > _INVITATION_BLOCKS or any(tag(c) not in _TEXT_TAGS for c in others):
        return False
    said = sum(len(" ".join("".join(c.itertext()).split())) for c in others) + \
        len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in children)
    return 0 < said <= _INVITATION_CHARS
