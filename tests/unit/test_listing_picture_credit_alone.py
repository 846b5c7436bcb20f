"""A picture's credit in the site's own form standing alone under a card's image
("OSCE/Jane Doe": the organisation, a slash, a photographer's name) is no issuer of the
entry and no part of its teaser."""

from __future__ import annotations

from scraper.extract.extraction import extract
from scraper.extract.pages.news.hints import is_organisation_credit

CARD = """<article class="card"><div class="card__image"><img src="/files/{n}.jpg" alt="">
<span class="card__credit">{credit}</span></div>
<div class="card__body"><span class="card__type">Press release</span>
<time datetime="2022-03-1{n}">1{n} March 2022</time>
<h3><a href="/hcnm/82207{n}">High Commissioner visits the region number {n}</a></h3>
<div class="card__issuer"><a href="/hcnm">OSCE High Commissioner on National Minorities</a></div>
<div class="card__teaser"><p>The High Commissioner met the authorities and representatives
of national minorities to discuss education policy number {n}.</p></div></div></article>"""


def _page(credit: str) -> bytes:
    cards = "".join(CARD.format(n=n, credit=credit) for n in range(1, 4))
    return f"<html><body><main><h1>Press releases</h1>{cards}</main></body></html>".encode()


def test_a_credit_alone_under_a_cards_picture_is_no_issuer_nor_teaser() -> None:
    got = extract(_page("OSCE/Jane Doe"), "https://www.osce.org/press-releases", "listing")
    assert len(got.records) == 3
    for record in got.records:
        assert record["issued_by"] == ["OSCE High Commissioner on National Minorities"]
        assert record["summary"] is not None
        assert "Jane Doe" not in record["summary"]


def test_only_a_persons_name_after_the_slash_makes_a_credit() -> None:
    assert is_organisation_credit("OSZE/Jonathan Perfect")
    assert is_organisation_credit("ОБСЕ/Ион Попа")
    assert not is_organisation_credit("OSCE/ODIHR")
    assert not is_organisation_credit("OSCE/Secretariat")
    assert not is_organisation_credit("OSCE/Mission to Skopje")
