"""The shared state of a news page's fields."""

from __future__ import annotations

from abc import ABC, abstractmethod
from functools import cached_property
from typing import Any

from scraper.extract.blocks import Block, linearize
from scraper.extract.document import Document
from scraper.extract.label_regions import label_regions
from scraper.extract.labels import LabelValue, find_labels, present
from scraper.extract.pages.common import (
    Found,
    lowest_common_ancestor,
)
from scraper.extract.structure import tag


class NewsPageBase(ABC):
    """What every concern of a news page shares: the document, parsed once, its labels,
    its text blocks and its JSON-LD articles; and the few anchors one concern's signals
    ask of another's (declared here, defined by their own mixin)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc.without_scripts
        self.warnings: list[str] = list(doc.warnings)

    # ------------------------------------------------------------------ shared state
    @cached_property
    def labels(self) -> dict[str, list[LabelValue]]:
        return find_labels(self.doc.root, self.doc.order)

    @cached_property
    def label_block(self) -> list[LabelValue]:
        return sorted(present(self.labels), key=lambda lv: lv.order)

    @cached_property
    def label_elements(self) -> set[Any]:
        """Labels, values and label lines: never title, summary or body."""
        return label_regions(self.label_block)

    @cached_property
    def blocks(self) -> list[Block]:
        return linearize(self.doc.root, self.doc.order)

    @cached_property
    def articles(self) -> list[dict[str, Any]]:
        return self.doc.jsonld_articles()

    def _in_labels(self, el: Any) -> bool:
        node = el
        while node is not None:
            if node in self.label_elements:
                return True
            node = node.getparent()
        return False

    def _article_root(self) -> Any:
        """The element holding the headline and the body (the body alone when they
        share nothing below ``<body>``); None without a body."""
        container = self.body_container
        if container is None:
            return None
        if self.title_el is None:
            return container
        lca = lowest_common_ancestor(self.title_el, container)
        if lca is None or tag(lca) in ("html", "body"):
            return container
        # the <article> they stand in is the whole item, its footer of tags included
        # (WordPress's ``footer.entry-footer`` beside ``div.entry-content-wrap``)
        return next((el for el in [lca, *lca.iterancestors()] if tag(el) == "article"), lca)

    def _after(self, el: Any) -> int:
        """Document position just past ``el`` and its descendants."""
        last = el
        for last in el.iter():  # noqa: B007 - the last descendant is what we want
            pass
        return self.doc.order.get(last, 0)

    # ------------------------------------------------------------------ anchors
    # each defined by its concern's mixin (identity, headline, header, body); declared here so that
    # one concern's signals can ask another's
    @property
    @abstractmethod
    def url(self) -> Found: ...

    @property
    @abstractmethod
    def node_id(self) -> Found | None: ...

    @property
    @abstractmethod
    def lang(self) -> str: ...

    @property
    @abstractmethod
    def title_el(self) -> Any: ...

    @property
    @abstractmethod
    def title_prefix(self) -> tuple[str, str] | None: ...

    @property
    @abstractmethod
    def title_kicker(self) -> Any: ...

    @property
    @abstractmethod
    def _content_type(self) -> tuple[Found | None, Any]: ...

    @property
    @abstractmethod
    def _summary(self) -> tuple[Found | None, Any]: ...

    @property
    @abstractmethod
    def body_container(self) -> Any: ...

    @property
    @abstractmethod
    def body_units(self) -> list[Block]: ...

    @abstractmethod
    def _in_body(self, el: Any) -> bool: ...

    @abstractmethod
    def _in_widget(self, el: Any) -> bool: ...

