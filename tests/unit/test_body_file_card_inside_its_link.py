"""A file card whose link wraps an icon and a box with the document's title (the title's
box a block of its own inside the link) is a line holding nothing but a link to a
document: the item's attachment, no body text."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="fr"><head><title>Allocution | OSCE</title>
<style>.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}</style>
</head><body><main><article>
<h1>Allocution au Forum régional sur l’eau</h1>
<div class="text">Je vous remercie de m’accueillir à Almaty pour ce forum, le troisième du
genre depuis 2018, et je remercie nos partenaires qui ont rendu cette rencontre possible.</div>
<div class="card"><a href="{href}"><svg aria-hidden="true"><path d="M0 0"/></svg>
<div class="card-info"><div class="card-name">Texte intégral de l’allocution (PDF)<span
class="sr-only"> (s’ouvre dans un nouvel onglet)</span></div></div></a></div>
<div class="text">Je vous souhaite des débats fructueux et me réjouis de poursuivre notre
coopération dans les années à venir. Je vous remercie.</div>

</article></main></body></html>"""


def _record(href: str) -> dict:
    page = _PAGE.format(href=href).encode()
    return extract(page, "https://www.osce.org/fr/oceea/829246").records[0]


def test_a_file_card_wrapped_in_its_link_is_no_body() -> None:
    record = _record("/files/f/documents/allocution.pdf")
    assert "Texte intégral" not in record["body"]
    assert len(record["body_blocks"]) == 2
    assert record["attachments"] == [{"url": "https://www.osce.org/files/f/documents/allocution.pdf",
                                      "title": "Texte intégral de l’allocution (PDF)"}]

