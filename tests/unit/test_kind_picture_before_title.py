"""An item's title is the first of its entry's links to it that shows words: a card
linking its picture to the item before its title is announced by that title, so the
introduction above the cards is no article of the headline (a newsletter's issue: a
greeting, then the stories, each a picture, a title, its facts and a teaser)."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.kind import classify

_STORY = (
    "<div class='item'>"
    "<div class='pic'><a href='https://www.osce.org/secretariat/{n}'>"
    "<img src='/i{n}.jpg' alt=''></a></div>"
    "<div class='title'><a href='https://www.osce.org/secretariat/{n}'>"
    "Story number {n} of the week</a></div>"
    "<div class='meta'>Press release · 2 June 2021</div>"
    "<div class='teaser'>A teaser of this story, long enough to be read as one: it says "
    "what happened, where and who took part in it.</div></div>")

_PAGE = (
    "<html lang='en'><head><title>Weekly letter</title></head><body>"
    "<header><a href='/'>Home</a></header><main>"
    "<h1>Trafficking online, small arms and youth councils</h1>"
    "<div class='content'><div class='intro'>Dear readers,<br><br>in this issue we look at "
    "the conference of the Alliance against Trafficking in Persons in Vienna, report on new "
    "projects of our field operations in South-Eastern Europe and Central Asia and let "
    "young members of local councils tell what they want to change. Enjoy the read and "
    "write to us with your questions.</div>"
    + "".join(_STORY.format(n=n) for n in range(827501, 827506))
    + "</div></main></body></html>")


def test_cards_linking_their_picture_first_make_a_listing() -> None:
    doc = Document.from_bytes(_PAGE.encode(), "https://www.osce.org/newsletter/23")
    verdict = classify(doc)
    assert verdict.kind == "listing", verdict.reason
