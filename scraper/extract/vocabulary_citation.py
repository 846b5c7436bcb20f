"""How a page offers to cite itself (a block of :mod:`scraper.extract.vocabulary`, kept
apart to keep that module short; imported from there)."""

from __future__ import annotations

# The heading of a "how to cite" box after an item's text (journal and repository
# templates: Janeway's, OJS's, Dataverse's, Zenodo's "Cite as"): a reference to the
# item for the reader to copy, its headline and address again, no text of it
CITATION_HEADINGS: tuple[str, ...] = (
    "How to cite", "How to cite this article", "How to cite this item", "Cite this",
    "Cite this article", "Cite as", "Suggested citation", "Recommended citation",
    "Zitiervorschlag", "Zitierweise", "Zitieren", "Empfohlene Zitierweise",
    "Comment citer", "Citer cet article", "Pour citer cet article", "Citation recommandée",
    "Come citare", "Citazione consigliata", "Cómo citar", "Cómo citar este artículo",
    "Citación recomendada", "Как цитировать", "Как цитировать эту статью",
    "Як цитувати", "Як цитувати цю статтю", "Jak cytować",
    "Jak cytować ten artykuł", "Sugerowane cytowanie",
)
