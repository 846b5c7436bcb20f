"""A field of work written as a chip with an icon before its name (a card's facts line:
``<span><i class="icon" aria-hidden="true"></i>Выборы</span>``): the icon shows no words,
the chip is the field's name alone (scraper/extract/pages/tags.py ``bare_names``), and its
words are no teaser."""

from __future__ import annotations

from scraper.extract.extraction import extract

PAGE = """<html lang="ru"><head><title>Пресс-релизы</title></head><body><main>
<h1>Пресс-релизы</h1><div class="list">
<a class="cell" href="/ru/mission-to-moldova/811308"><div class="meta">
<time datetime="2022-02-14">14 февраля 2022 г.</time></div>
<h3>В Кишинэу обсудили роль наблюдателей на местных выборах</h3>
<div class="facts"><span class="issuer"><i class="ic" aria-hidden="true"></i>Миссия
ОБСЕ в Молдове</span><span class="topic"><i class="ic" aria-hidden="true"></i>Выборы</span>
</div></a>
<a class="cell" href="/ru/programme-office-in-bishkek/811302"><div class="meta">
<time datetime="2022-01-31">31 января 2022 г.</time></div>
<h3>В Оше открылся консультационный центр для женщин-предпринимателей</h3>
<div class="facts"><span class="issuer"><i class="ic" aria-hidden="true"></i>Программный
офис ОБСЕ в Бишкеке</span><span class="topic"><i class="ic" aria-hidden="true"></i>Гендерное
равенство</span><span class="topic"><i class="ic" aria-hidden="true"></i>Экономическая
деятельность</span></div></a>
</div></main></body></html>"""


def test_a_chip_with_an_icon_before_its_name_is_a_field_of_work_and_no_teaser() -> None:
    entries = extract(PAGE.encode(), "https://www.osce.org/ru/press-releases",
                      "listing").records
    assert [(e["fields_of_work"], e["summary"]) for e in entries] == [
        (["Выборы"], None),
        (["Гендерное равенство", "Экономическая деятельность"], None)]
