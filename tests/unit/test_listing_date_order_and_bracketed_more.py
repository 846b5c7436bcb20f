"""A listing's dates printed by one script in one order (an OpenACS news index, month
first), and read-more links in brackets ("[more…]", "[leggi tutto]"); each test fails
without its rule, on small pages written for it."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.dates import in_one_order
from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.listing_titles import says_read_more

_URL = "https://www.osce.org/news/"
_ENTRY = ("<div class='item'><span class='d'>{date}</span> – <a href='/news/item?item_id={n}'>"
          "{title}</a><br><p>{teaser} <a href='/news/item?item_id={n}'>{more}</a></p></div>")


def _entries(rows: list[tuple[str, str]], more: str = "[more…]",
             lang: str = "en") -> list[dict[str, Any]]:
    body = "".join(_ENTRY.format(date=date, n=800 + i, title=title, more=more,
                                 teaser="Delegates met in Vienna to review the year's work "
                                        "and agreed on the next steps together.")
                   for i, (date, title) in enumerate(rows))
    doc = Document(url=_URL, text=f"<html lang='{lang}'><body>{body}</body></html>")
    return ListingPage(doc).entries()


# ------------------------------------------------------------- one order of slashed dates
_MONTH_FIRST = [("06/17/2003", "Police cadets end their course in Idrizovo"),
                ("06/12/2003", "Representative concerned over arrests of reporters"),
                ("06/05/2003", "High Commissioner visits schools in Riga")]


def test_a_listings_slashed_dates_follow_the_order_one_of_them_proves() -> None:
    assert [e["issued_on"] for e in _entries(_MONTH_FIRST)] == [
        "2003-06-17", "2003-06-12", "2003-06-05"]


@pytest.mark.parametrize(("texts", "read"), [
    (["06/17/2003", "06/12/2003"], ["2003-06-17", "2003-06-12"]),
    # a day first one among them: no order proven, each as read alone
    (["06/17/2003", "17/06/2003", "06/12/2003"], ["06/17/2003", "17/06/2003", "06/12/2003"]),
    # nothing proves month first
    (["06/12/2003", "05/12/2003"], ["06/12/2003", "05/12/2003"]),
    # dotted dates are day first
    (["06.17.2003", "06.12.2003"], ["06.17.2003", "06.12.2003"]),
    ([None, "06/13/2003", "14 June 2003", "06/01/2003"],
     [None, "2003-06-13", "14 June 2003", "2003-06-01"]),
])
def test_in_one_order(texts: list[str | None], read: list[str | None]) -> None:
    assert in_one_order(texts) == read


# ---------------------------------------------------------------- bracketed read-more links
@pytest.mark.parametrize(("text", "says"), [
    ("[more…]", True), ("[leggi tutto]", True), ("(read more)", True), ("[more...]", True),
    ("[Video] Chairman visits Kyiv", False), ("(More than 300 observers)", False),
])
def test_a_read_more_phrase_in_brackets_is_one(text: str, says: bool) -> None:
    assert says_read_more(text) is says


def test_a_bracketed_read_more_link_is_no_part_of_the_teaser() -> None:
    entries = _entries([("14.11.2007", "La Presidenza presenta le priorità")],
                       more="[leggi tutto]", lang="it")
    assert entries[0]["summary"] == ("Delegates met in Vienna to review the year's work "
                                     "and agreed on the next steps together.")
