"""An activity stream's lines (scraper/extract/pages/listing_permalinks.py): each line's
own number under the stream's address, linked only from its time and its controls, is a
record of the stream, no item; the item a line tells of is linked by its title.  The
line naming its poster (a member's page in a translated folder, /pl/czlonkowie/…) and
the time is no teaser (scraper/extract/urls.py ``is_user_page``)."""

from __future__ import annotations

from scraper.extract.extraction import extract

PAGE = """<html lang="pl"><head><title>Aktywność</title></head><body><main>
<h1>Aktywność</h1><ul class="stream">
<li><div class="head"><p><a href="/pl/czlonkowie/redakcja/">Redakcja</a> opublikował(a) nowy
wpis, <a href="/pl/odihr/810401">BIDH rozpoczyna obserwację wyborów w Serbii</a>
<a href="/pl/aktywnosc/p/6120/"><time datetime="2016-03-31">31 marca 2016</time></a></p></div>
<div class="inner"><p>Misja obserwacji wyborów oceni przygotowania do wyborów.</p></div>
<div class="meta"><a href="/pl/aktywnosc/p/6120/?ac=6120/">Komentarz <span>1</span></a>
<a href="/pl/aktywnosc/favorite/6120/?nonce=9f">Ulubione</a></div></li>
<li><div class="head"><p><a href="/pl/czlonkowie/marta-s/">Marta S.</a> opublikował(a)
aktualizację <a href="/pl/aktywnosc/p/6112/"><time datetime="2016-03-28">28 marca 2016</time>
</a></p></div>
<div class="inner"><p>Materiały ze szkolenia dla dziennikarzy są już w zakładce grupy.</p></div>
<div class="meta"><a href="/pl/aktywnosc/p/6112/?ac=6112/">Komentarz <span>0</span></a></div></li>
<li><div class="head"><p><a href="/pl/czlonkowie/redakcja/">Redakcja</a> opublikował(a) nowy
wpis, <a href="/pl/hcnm/810402">Wysoki Komisarz odwiedza Gruzję</a>
<a href="/pl/aktywnosc/p/6115/"><time datetime="2016-03-29">29 marca 2016</time></a></p></div>
<div class="inner"><p>Wizyta koncentruje się na nauczaniu języka państwowego w szkołach.</p></div>
<div class="meta"><a href="/pl/aktywnosc/p/6115/?ac=6115/">Komentarz <span>0</span></a></div></li>
</ul></main></body></html>"""


def test_a_stream_lists_the_items_its_lines_name_by_title_not_its_own_records() -> None:
    entries = extract(PAGE.encode(), "https://www.osce.org/pl/aktywnosc/", "listing").records
    assert [(e["url"], e["issued_on"], e["summary"]) for e in entries] == [
        ("https://www.osce.org/pl/odihr/810401", "2016-03-31",
         "Misja obserwacji wyborów oceni przygotowania do wyborów."),
        ("https://www.osce.org/pl/hcnm/810402", "2016-03-29",
         "Wizyta koncentruje się na nauczaniu języka państwowego w szkołach.")]


NEWSROOM = """<html lang="de"><head><title>Newsroom</title></head><body><main>
<h1>Newsroom</h1><ul>
<li><a href="/de/newsroom/751404/">Schulung für Richter in Kiew</a>
<a href="/de/newsroom/751404/"><time datetime="2021-03-01">1. März 2021</time></a></li>
<li><a href="/de/newsroom/751405/">Jugendforum in Skopje</a>
<a href="/de/newsroom/751405/"><time datetime="2021-03-02">2. März 2021</time></a></li>
</ul></main></body></html>"""


def test_items_under_the_listing_linked_by_their_titles_stay_items() -> None:
    entries = extract(NEWSROOM.encode(), "https://www.osce.org/de/newsroom/", "listing").records
    assert [e["url"] for e in entries] == ["https://www.osce.org/de/newsroom/751404/",
                                           "https://www.osce.org/de/newsroom/751405/"]
