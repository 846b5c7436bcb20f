"""Facts of news items that page designs showed: a CGI template's cell holds the
headline, a labels table and then the text in one ``<font>`` run parted by
``<br><br>`` (the text resumes after the nested table, so it stands after the
headline); a row of two utility links parted by one separator ends the text."""

from __future__ import annotations

from typing import Any

from scraper.extract.blocks import linearize
from scraper.extract.document import Document
from tests.pages import news_record

CGI_CELL = (
    "<table><tr><td width='150'><a href='/ru/'>Главная</a></td><td width='430'>"
    "<table><tr><td class='crumb'><a href='/ru/'>Главная</a> &gt; Новости</td></tr></table>"
    "<font size='4'><b>В Оше завершился семинар ОБСЕ для журналистов</b></font><br><br>"
    "<table bgcolor='#F2F2F2'>"
    "<tr><td><font size='1'><b>Тип материала:</b> Пресс-релиз</font></td></tr>"
    "<tr><td><font size='1'><b>Дата публикации:</b> 15.05.2003</font></td></tr>"
    "</table><br>"
    "<font size='2'>ОШ, 14 мая 2003 г. &ndash; Трехдневный семинар для журналистов южных "
    "областей, организованный Центром ОБСЕ, завершился сегодня в городе Ош.<br><br>"
    "В семинаре приняли участие более 30 журналистов из Оша, Джалал-Абада и Баткена, "
    "которые обсудили стандарты проверки фактов.<br><br>"
    "Следующий семинар запланирован на осень 2003 года в Бишкеке, сообщили в Центре.</font>"
    "<br><br><font size='1'><a href='javascript:window.print()'>Версия для печати</a> | "
    "<a href='/ru/news/'>Все новости</a></font>"
    "</td></tr></table>"
)


def _news(body: str) -> Any:
    return news_record(body, "https://www.osce.org/ru/cgi-bin/news.cgi", "ru")


def test_text_resuming_after_a_nested_table_stands_after_it() -> None:
    doc = Document(url="https://www.osce.org/x", text=f"<html><body>{CGI_CELL}</body></html>")
    blocks = linearize(doc.root, doc.order)
    table = doc.root.xpath("//table[@bgcolor]")[0]
    text = next(b for b in blocks if b.text.startswith("ОШ, 14 мая"))
    assert text.order > doc.order[table]


def test_a_cgi_cell_body_after_its_labels_table_is_the_body() -> None:
    record = _news(CGI_CELL)
    assert record["body"] is not None
    assert record["body"].startswith("ОШ, 14 мая 2003 г.")
    assert record["dateline"] == {"place": "ОШ", "date": "2003-05-14"}
    assert record["summary"] is None


def test_two_utility_links_parted_by_a_bar_are_no_body_text() -> None:
    record = _news(CGI_CELL)
    assert "Версия для печати" not in (record["body"] or "")


def test_a_paragraph_of_two_links_parted_by_a_bar_is_no_body_text() -> None:
    record = _news(
        "<h1>Border officers complete a leadership course in Dushanbe</h1><div>"
        "<p>Twenty-one border officers from Central Asia completed a three-week leadership "
        "course at the Border Management Staff College in Dushanbe today.</p>"
        "<p>The course covered strategic planning, human resources management and the "
        "co-operation between neighbouring border services of the region.</p>"
        "<p><a href='javascript:window.print()'>Print version</a> | "
        "<a href='/news/'>All press releases</a></p></div>")
    assert record["body"] is not None
    assert "Print version" not in record["body"]


EDITOR_PAGE = (
    "<main><header><h1>Mine action equipment handed over to rescuers</h1>"
    "<address><a rel='author'>Iryna Savchuk</a><time datetime='2024-10-15'>October 15, "
    "2024</time></address></header>"
    "<article class='tl_article_content'><h1>Mine action equipment handed over to "
    "rescuers<br></h1><address>Iryna Savchuk<br></address>"
    "<p>KYIV, 14 October – The OSCE Support Programme for Ukraine handed over modern "
    "demining equipment worth more than 1.2 million euros to the rescue service.</p>"
    "<p>The equipment includes metal detectors, protective gear and drones for surveying "
    "territories, and it goes to three regions of the country.</p>"
    "<aside>“Every cleared hectare is land returned to the community,” said the project "
    "co-ordinator at the handover ceremony.</aside>"
    "<p>The handover is part of a wider project implemented with the Ministry of Economy "
    "and the National Mine Action Authority of Ukraine.</p></article>"
    "<aside class='tl_article_buttons'><button>Edit</button></aside></main>"
)


def test_an_editor_copy_of_headline_and_byline_is_no_body() -> None:
    record = _news(EDITOR_PAGE)
    assert record["body_blocks"][0]["text"].startswith("KYIV, 14 October")
    assert record["dateline"] == {"place": "KYIV", "date": "2024-10-14"}


def test_a_bare_aside_among_the_paragraphs_is_a_pull_quote() -> None:
    record = _news(EDITOR_PAGE)
    quotes = [b["text"] for b in record["body_blocks"] if b["type"] == "quote"]
    assert len(quotes) == 1
    assert quotes[0].startswith("“Every cleared hectare")


def test_an_aside_with_links_stays_a_sidebar() -> None:
    record = _news(EDITOR_PAGE.replace(
        "<aside>“Every", "<aside><a href='/news/1'>Related: mine action</a> “Every"))
    assert all(b["type"] != "quote" for b in record["body_blocks"])
    assert "Every cleared hectare" not in record["body"]


def test_a_hashtag_category_inside_a_sentence_is_no_type() -> None:
    record = _news(
        "<article class='h-entry'><h2 id='title' class='p-name'>Safety of journalists "
        "online: experts meet in Vienna</h2><time class='dt-published' "
        "datetime='2024-06-04T07:45:12Z'>June 4, 2024</time><div class='e-content'>"
        "<p>Online attacks on journalists are growing, and they hit not only those "
        "affected but <a class='hashtag' href='/tag:MediaFreedom'><span>#</span>"
        "<span class='p-category'>MediaFreedom</span></a> as a whole, experts said.</p>"
        "<p>About forty experts from newsrooms, authorities and platforms met in Vienna "
        "to discuss how the attacks can be stopped.</p></div></article>")
    assert record["content_type"] is None
