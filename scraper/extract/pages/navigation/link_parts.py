"""The parts of a menu link's words that are no part of its name: the description a
mega menu prints under the link's title (``<span class="desc">…</span>``)."""

from __future__ import annotations

from typing import Any

from scraper.extract.classes import TOKEN_SPLIT
from scraper.extract.pages.navigation.hints import DESCRIPTION_TOKENS
from scraper.extract.structure import class_tokens


def is_description(el: Any) -> bool:
    """A class of ``el`` calls it the description a menu prints under a link's title
    (:data:`DESCRIPTION_TOKENS`).  A BEM element's class (``block__element--modifier``)
    says what the element is by its element part alone: ``wien-teaser__title`` is the
    title of a teaser card, no teaser text; ``menu-link__desc`` is a description."""
    classes = el.get("class") or ""
    if "__" not in classes:
        return bool(class_tokens(el) & DESCRIPTION_TOKENS)
    parts = [c.rsplit("__", 1)[1].split("--", 1)[0] if "__" in c else c
             for c in classes.split()]
    words = {w.lower() for w in TOKEN_SPLIT.split(" ".join([*parts, el.get("id") or ""])) if w}
    return bool(words & DESCRIPTION_TOKENS)
