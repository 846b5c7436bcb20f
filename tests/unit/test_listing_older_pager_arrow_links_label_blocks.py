"""A pager's "Older press releases →" and French "Suite >>", an entry's "Read the press
release →" under a plain-text heading, and a teaser under an entry's lines of labels
(listing_pager.py, listing_titles.py, label_regions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.listing_pager import is_next_text, is_older_text


def _page(url: str, body: str, lang: str = "en") -> ListingPage:
    return ListingPage(Document(url=url, text=f"<html lang='{lang}'><body>{body}</body></html>"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Older press releases →", True),
    ("« Ältere Pressemitteilungen", True),
    ("Communiqués plus anciens", True),
    ("Более ранние пресс-релизы", True),
    ("Newer press releases", False),
    ("Older and newer ways of monitoring the ceasefire on the line", False),
])
def test_is_older_text(text: str, expected: bool) -> None:
    assert is_older_text(text) is expected


def test_suite_is_a_french_pager_word() -> None:
    assert is_next_text("Suite >>")


_ROWS = "".join(
    f"<div><h3><a href='/secretariat/6760{i}'>Headline number {i} of the press releases</a>"
    f"</h3><p>A teaser of the item, long enough to read as one sentence.</p></div>"
    for i in range(10, 13))


def test_an_older_items_link_of_the_listing_is_the_next_page() -> None:
    # the docs theme's own prev/next cards lead to other pages, with no pager's words
    page = _page("https://www.osce.org/newsroom/press-releases", f"""<main>{_ROWS}
        <p><a href="/newsroom/press-releases/page-2">Older press releases →</a></p></main>
        <div id="pagination"><a href="/newsroom">Overview</a>
        <a href="/newsroom/statements">Statements</a></div>""")
    found = page.next_page
    assert found is not None
    assert found.value == "https://www.osce.org/newsroom/press-releases/page-2"


def test_an_older_words_link_to_another_archive_is_no_pager() -> None:
    page = _page("https://www.osce.org/newsroom/press-releases",
                 f"<main>{_ROWS}</main><aside><a href='/archive'>Older news archive</a></aside>")
    assert page.next_page is None


def test_suite_leads_to_the_next_page() -> None:
    page = _page("https://www.osce.org/fr/press_rel/2001/index.html", f"""{_ROWS}
        <table><tr><td><font color="#999999">&lt;&lt; Précédent</font></td>
        <td><a href="index2.html">Suite &gt;&gt;</a></td></tr></table>""", lang="fr")
    found = page.next_page
    assert found is not None
    assert found.value == "https://www.osce.org/fr/press_rel/2001/index2.html"


def _entries(body: str) -> list[dict[str, Any]]:
    return _page("https://www.osce.org/newsroom/press-releases", f"<main>{body}</main>").entries()


def test_a_link_pointing_on_with_an_arrow_leaves_the_title_to_the_plain_heading() -> None:
    entries = _entries("".join(
        f"<div><h3>Media freedom representative concerned about draft law number {i}</h3>"
        f"<p>The draft would oblige outlets receiving any foreign grant to register.</p>"
        f"<p><a href='/fom/67611{i}'>Read the press release →</a></p></div>"
        for i in range(3)))
    assert [e["title"] for e in entries] == [
        f"Media freedom representative concerned about draft law number {i}" for i in range(3)]
    assert {e["summary"] for e in entries} == {
        "The draft would oblige outlets receiving any foreign grant to register."}


def test_a_teaser_under_many_lines_of_labels_is_the_summary() -> None:
    # four labelled lines leave room for a short teaser's words: its paragraph is a
    # block of its own all the same, no label's line
    row = """<table><tr><td>
      <a href="/ru/item/1528{i}.html"><b>Вывезена партия боеприпасов {i}</b></a><br>
      <font>Дата публикации: 27 июня 2005 г. | Тип материала: Новость</font><br>
      <font>Где мы работаем: <a href="/ru/moldova/">Миссия ОБСЕ в Молдове</a></font><br>
      <font>Что мы делаем: <a href="/ru/arms-control/">Контроль над вооружениями</a></font>
      <p><font>Наблюдатели проверили погрузку эшелона со склада в Колбасне.</font></p>
    </td></tr></table>"""
    page = ListingPage(Document(
        url="https://www.osce.org/ru/press_rel/2005/list.html",
        text="<html lang='ru'><body>" + "".join(row.format(i=i) for i in range(3))
        + "</body></html>"))
    assert {e["summary"] for e in page.entries()} == {
        "Наблюдатели проверили погрузку эшелона со склада в Колбасне."}


def test_an_older_words_link_asking_another_question_of_the_script_is_no_pager() -> None:
    # the same script's archive module, and the listing sorted the other way
    page = _page("https://www.osce.org/ru/modules.php?name=News", f"""<main>{_ROWS}
        <a href="modules.php?name=Stories_Archive">Старые статьи</a>
        <a href="modules.php?name=News&amp;sort=date%20asc">Старые статьи сначала</a></main>""",
                 lang="ru")
    assert page.next_page is None
