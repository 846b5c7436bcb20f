"""Bodies of old editors' pages: a Dreamweaver cell holding the headline and the text,
the text's runs parted by ``<br><br>`` with ``<font size="3"><b>`` lines as headings,
and a FrontPage article whose headings are paragraphs in bold, larger type
(``<p><b><font size="4">``), its text in ``<font size=2>``, ``&nbsp;`` spacers between."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

P1 = ("БИШКЕК, 12 марта 2004 г. – Центр ОБСЕ в Бишкеке провёл двухдневный семинар для "
      "журналистов из всех областей страны, посвящённый свободе СМИ.")
P2 = ("В семинаре приняли участие более сорока представителей печатных и электронных СМИ, "
      "а также сотрудники государственных органов.")
P3 = ("Участники обсудили законодательство о средствах массовой информации, доступ к "
      "информации и защиту источников журналистов.")
P4 = ("По итогам семинара Центр планирует подготовить рекомендации для парламента и провести "
      "ещё две встречи в регионах.")


def _blocks(html: str, url: str) -> list[tuple[str, str]]:
    record: dict[str, Any] = extract(html.encode(), url).records[0]
    return [(b["type"], b["text"]) for b in record["body_blocks"]]


def _dreamweaver(after: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>ОБСЕ - Новости</title></head>"
            "<body><table width='760'><tr><td width='180' class='menu'>"
            "<a href='/ru/index.html'>Главная</a><br><a href='/ru/news.html'>Новости</a></td>"
            "<td valign='top'><span class='date'>12.03.2004</span><br>"
            "<span class='title'><b>Семинар по вопросам свободы СМИ прошёл в Бишкеке</b>"
            f"</span><br><br><span class='text'>{P1}<br><br>{P2}<br><br>"
            "<font size='3'><b>Основные темы обсуждения</b></font><br><br>"
            f"{P3}<br><br><font size='3'><b>Дальнейшие шаги</b></font><br><br>{P4}</span>"
            f"{after}</td></tr></table></body></html>")


def test_cell_runs_after_the_headline_and_bold_sized_lines_as_headings() -> None:
    assert _blocks(_dreamweaver(), "https://www.osce.org/ru/bishkek/12345") == [
        ("paragraph", P1), ("paragraph", P2), ("heading", "Основные темы обсуждения"),
        ("paragraph", P3), ("heading", "Дальнейшие шаги"), ("paragraph", P4)]


def test_labelled_document_line_in_the_cell_is_no_text() -> None:
    line = ("<br><br><font size='1'>Документ: <a href='/documents/2004/03/1455_ru.pdf'>"
            "Программа семинара</a> (PDF, 48 Кб)</font>")
    blocks = _blocks(_dreamweaver(line), "https://www.osce.org/ru/bishkek/12345")
    assert blocks[-1] == ("paragraph", P4)


FP1 = ("WARSZAWA, 15 marca 2005 r. – Biuro Instytucji Demokratycznych i Praw Człowieka "
       "zorganizowało trzydniowe szkolenie dla obserwatorów wyborów z dwunastu państw.")
FP2 = "Uczestnicy poznali metodologię obserwacji oraz zasady współpracy z komisjami."
FP3 = "Szkolenie prowadzili doświadczeni eksperci Biura."
FP4 = ("Pierwszego dnia omówiono standardy międzynarodowe dotyczące wyborów "
       "demokratycznych oraz rolę obserwatorów.")


def _p(text: str) -> str:
    return f"<p class=MsoNormal><font face=Arial size=2>{text}</font></p>\n"


def test_bold_larger_paragraph_is_a_heading_and_spacers_give_no_block() -> None:
    page = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
            "<meta name=GENERATOR content='Microsoft FrontPage 6.0'>"
            "<title>Misja OBWE - Aktualności</title></head><body lang=PL><table><tr>"
            "<td width='20%'><p><a href='/pl/index.htm'>Strona główna</a><br>"
            "<a href='/pl/kontakt.htm'>Kontakt</a></p></td><td>"
            "<p class=MsoNormal><b><font face=Arial size=5>Szkolenie dla obserwatorów wyborów"
            " w Warszawie</font></b></p>" + _p("15 marca 2005") + _p(FP1) + _p("&nbsp;")
            + _p(f"{FP2}<br>\n{FP3}") + _p("&nbsp;")
            + "<p><b><font face=Arial size='4'>Program szkolenia</font></b></p>\n"
            + _p(FP4) + _p("&nbsp;")
            # bold in the text's own size is no heading: an emphasised short line
            + "<p><b><font face=Arial size=2>Zapraszamy do kontaktu</font></b></p>"
            + "</td></tr></table></body></html>")
    assert _blocks(page, "https://www.osce.org/pl/odihr/54321") == [
        ("paragraph", FP1), ("paragraph", f"{FP2}\n{FP3}"), ("heading", "Program szkolenia"),
        ("paragraph", FP4), ("paragraph", "Zapraszamy do kontaktu")]
