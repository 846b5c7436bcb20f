"""An entry written as sibling boxes (a news script's headline table, then a table of
its labels, teaser and footer, both linking the item) is one entry; a link to the
item's comments is an action, no teaser; labels in the languages of the Central Asian
and South Caucasus field operations (Tajik "Навъи мавод", "Мо дар куҷо кор мекунем",
"Мо чӣ кор мекунем") are labels, and a Tajik "Муфассал..." is a read-more link."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from scraper.extract.label_words import label_index
from scraper.extract.text import fold


def _records(body: str, url: str, lang: str) -> list[dict[str, Any]]:
    html = f"<html lang='{lang}'><head><title>News</title></head><body>{body}</body></html>"
    return list(extract(html.encode(), url, "listing").records)


def _fusion_entry(n: int, title: str, kind: str, day: str) -> str:
    return (f"<table><tr><td><a href='news.php?readmore={n}'>{title}</a>"
            "</td></tr></table>"
            "<table><tr><td><table>"
            f"<tr><td><strong>Тип матеріалу:</strong></td><td>{kind}</td></tr>"
            "<tr><td><strong>Де ми працюємо:</strong></td><td><a href='where.php?cat=10'>"
            "Координатор проектів ОБСЄ в Україні</a></td></tr></table>"
            "<div>Тридцять суддів з Києва, Харкова та Одеси взяли участь у тренінгу.</div>"
            "</td></tr><tr><td>Додав <a href='profile.php?lookup=1'>"
            f"admin</a> {day} 10:15 · <a href='news.php?readmore={n}#comments'>"
            f"3 коментарів</a> · <a href='news.php?readmore={n}'>Детальніше</a>"
            "</td></tr></table>")


def test_boxes_after_an_entry_linking_its_item_alone_are_the_entry() -> None:
    body = ("<div id='main'>"
            + _fusion_entry(1482, "Тренінг для суддів з питань свободи медіа",
                            "Прес-реліз", "27.03.2015")
            + _fusion_entry(1479, "Останні новини від Спеціальної моніторингової місії",
                            "Щоденний звіт", "26.03.2015")
            + "</div>")
    records = _records(body, "https://www.osce.org/uk/news.php?rowstart=20", "uk")
    assert [(r["content_type"], r["issued_on"]) for r in records] == [
        ("Прес-реліз", "2015-03-27"), ("Щоденний звіт", "2015-03-26")]


def _maxsite_entry(n: int, tags: str) -> str:
    return (f"<div class='page_only'><h1><a href='/tg/page/{n}'>Семинар оид ба пешгирии "
            "шиканҷа баргузор шуд</a></h1>"
            "<div class='page_meta'><span>Навъи мавод: Хабар</span><br><span>Мо дар куҷо "
            "кор мекунем: <a href='/tg/where/dushanbe'>Дафтари САҲА дар Тоҷикистон</a>"
            "</span><br><span>Мо чӣ кор мекунем: <a href='/tg/what/1'>Ҳуқуқи инсон</a>"
            "</span></div><div><p>Прокуророн ва ҳимоятгарон механизмҳои миллиро муҳокима "
            f"карданд. <a href='/tg/page/{n}' class='more'>Муфассал...</a></p></div>"
            f"<div class='info-bottom'><span>Барчаспҳо: <a href='/tg/tag/x'>{tags}</a></span> "
            f"<span><a href='/tg/page/{n}#comments'>Шарҳҳо (0)</a></span></div></div>")


def test_tajik_labels_read_and_read_more_and_comments_link_no_teaser() -> None:
    body = "<div id='main'>" + _maxsite_entry(598122, "ҳуқуқи инсон") \
        + _maxsite_entry(598184, "иқлим") + "</div>"
    first = _records(body, "https://www.osce.org/tg/category/akhbor/next/4", "tg")[0]
    assert (first["content_type"], first["issued_by"], first["fields_of_work"]) == (
        "Хабар", ["Дафтари САҲА дар Тоҷикистон"], ["Ҳуқуқи инсон"])
    assert first["summary"] == \
        "Прокуророн ва ҳимоятгарон механизмҳои миллиро муҳокима карданд."


def test_regional_labels_are_in_the_label_index() -> None:
    index = label_index()
    assert index[fold("Мо дар куҷо кор мекунем")][0] == "issued_by"
    assert index[fold("Biz nima qilamiz")][0] == "fields_of_work"
    assert index[fold("Նյութի տեսակ")][0] == "content_type"
