"""Listing mechanisms that page designs showed: a news script that writes the item's
type into its title ("MEDIA ADVISORY: Headline") shows no other type; a table of one
dated row per record holds rows of documents (linking to no item) that are no line of
the entry above; a ``<dl>`` entry's ``<dd>`` closed by a "more" link to the entry's own
item is the entry's teaser."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_types import typed_title


def _listing(body: str, lang: str = "en",
             url: str = "https://www.osce.org/cgi-bin/news.cgi?action=list") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def test_typed_title_splits_only_a_known_type() -> None:
    assert typed_title("MEDIA ADVISORY: Council to meet on borders") == (
        "MEDIA ADVISORY", "Council to meet on borders")
    assert typed_title("Photo opportunity: signing of an agreement") is None
    assert typed_title("Women's Day: the OSCE reaffirms its commitment") is None


def _row(day: str, node: int, title: str, issuer: str) -> str:
    return (f"<tr><td>{day}</td><td><a href='news.cgi?id={node}'>{title}</a></td>"
            f"<td>{issuer}</td></tr>")


def test_a_table_of_typed_titles_and_document_rows() -> None:
    rows = "".join([
        _row("31.03.2003", 3251, "PRESS RELEASE: Chairman urges restraint in the region",
             "OSCE Chairmanship"),
        _row("27.03.2003", 3247, "MEDIA ADVISORY: Council to hold a special meeting",
             "OSCE Secretariat"),
        _row("25.03.2003", 3244, "Mission hosts a round table on media legislation",
             "ODIHR"),
        # a document's row: dated like the others, linking to no item
        ("<tr><td>10.03.2003</td><td><a href='/documents/ar2002_en.pdf'>Annual Report"
         "</a></td><td>OSCE Parliamentary Assembly</td></tr>"),
        _row("07.03.2003", 3221, "PRESS RELEASE: Women's Day: commitment to equality",
             "OSCE Secretariat"),
    ])
    body = ("<table><tr><th>Date</th><th>Title</th><th>Issued by</th></tr>"
            f"{rows}</table>")
    records = _listing(body).records
    assert [(r["title"], r["content_type"], r["issued_by"], r["issued_on"])
            for r in records] == [
        ("Chairman urges restraint in the region", "PRESS RELEASE", ["OSCE Chairmanship"],
         "2003-03-31"),
        ("Council to hold a special meeting", "MEDIA ADVISORY", ["OSCE Secretariat"],
         "2003-03-27"),
        ("Mission hosts a round table on media legislation", None, ["ODIHR"],
         "2003-03-25"),
        ("Women's Day: commitment to equality", "PRESS RELEASE", ["OSCE Secretariat"],
         "2003-03-07"),
    ]


def _group(day: str, node: int, title: str, teaser: str, issuer: str) -> str:
    return (f"<dt><font size='1'>{day} &middot; Communiqué de presse</font><br>"
            f"<a href='../item/{node}.html'><b>{title}</b></a></dt>"
            f"<dd><font size='2'>{teaser} <a href='../item/{node}.html'>suite&nbsp;&raquo;"
            f"</a></font><br><font size='1'>Publié par&nbsp;: {issuer}</font></dd>"
            "<dd>&nbsp;</dd>")


def test_a_dd_closed_by_its_own_items_more_link_is_the_entrys() -> None:
    body = "<dl>" + _group(
        "28 mai 2004", 8431, "Le Président entame une visite en Asie centrale",
        "Le Président en exercice entame lundi une visite de cinq jours dans la région.",
        "Présidence de l'OSCE") + _group(
        "26 mai 2004", 8427, "Le BIDDH forme de futurs observateurs électoraux",
        "Une trentaine d'experts ont suivi cette semaine un cours à Varsovie.",
        "Mission de l'OSCE au Kosovo") + "</dl>"
    records = _listing(body, "fr", "https://www.osce.org/fr/actualites/index.html").records
    assert [(r["issued_on"], r["summary"], r["issued_by"]) for r in records] == [
        ("2004-05-28",
         "Le Président en exercice entame lundi une visite de cinq jours dans la région.",
         ["Présidence de l'OSCE"]),
        ("2004-05-26", "Une trentaine d'experts ont suivi cette semaine un cours à Varsovie.",
         ["Mission de l'OSCE au Kosovo"]),
    ]
