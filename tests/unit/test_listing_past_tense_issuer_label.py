"""A Polish line of facts may label the issuer with the bare past tense, "wydał:"
("issued", as Serbian's "Izdao:"), not only "Wydane przez": its value is the issuer."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

URL = "https://www.osce.org/pl/aktualnosci/"


def _entries(facts: str) -> list[dict[str, Any]]:
    posts = "".join(
        f"<p><b><a href='https://www.osce.org/pl/odihr/{n}'>Szkolenie obserwatorów "
        f"wyborów w Warszawie nr {n}</a></b><br>Dwudziestu sześciu kandydatów rozpoczęło "
        f"w Warszawie tygodniowe szkolenie.<br><font size='-1'>{facts}</font></p>"
        for n in (828721, 828722, 828723))
    doc = Document(url=URL, text=f"<html lang='pl'><body><h3>środa, 21 maja 2008</h3>"
                                 f"{posts}</body></html>")
    return ListingPage(doc).entries()


def test_the_bare_past_tense_labels_the_issuer() -> None:
    entries = _entries("typ: Aktualność | wydał: Biuro Instytucji Demokratycznych i Praw "
                       "Człowieka OBWE | tematy: <a href='/pl/elections'>Wybory</a>")
    assert [e["issued_by"] for e in entries] == [
        ["Biuro Instytucji Demokratycznych i Praw Człowieka OBWE"]] * 3
    assert [e["fields_of_work"] for e in entries] == [["Wybory"]] * 3


def test_two_issuers_after_the_past_tense_label() -> None:
    entries = _entries("wydała: Urzędujący Przewodniczący OBWE, Misja OBWE w Mołdawii | "
                       "tematy: <a href='/pl/elections'>Wybory</a>")
    assert entries[0]["issued_by"] == ["Urzędujący Przewodniczący OBWE",
                                       "Misja OBWE w Mołdawii"]
