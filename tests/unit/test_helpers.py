"""Pure helpers as tables of inputs and outputs."""

from __future__ import annotations

import pytest

from scraper.extract import dateline, urls
from scraper.extract.dates import parse_date, with_year
from scraper.extract.identities import field_of_work_id
from scraper.extract.language import detect
from scraper.extract.pages.common import strip_site_name
from scraper.extract.text import clean, clean_block, fold, split_values, unique


@pytest.mark.parametrize(("raw", "expected"), [
    ("  Issued\u00a0on:  ", "Issued on:"),
    ("a\u200bb", "ab"),
    ("Cafe\u0301", "Café"),                      # NFC
    ("line\none\ttwo", "line one two"),
    ("", ""),
    (None, ""),
])
def test_clean(raw: str | None, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_block_keeps_single_line_breaks() -> None:
    assert clean_block("contact:  \n  Press  Section\n\n") == "contact:\nPress Section"


def test_clean_block_drops_c1_controls() -> None:
    # text decoded twice ends in U+0085, white space to str.strip's eyes but to no reader
    assert clean_block("\u00d1\u0085 \u00d1\u0085") == "\u00d1 \u00d1"


@pytest.mark.parametrize(("raw", "expected"), [
    ("Issued\u00a0On :", "issued on"),
    ("ISSUED BY", "issued by"),
    ("Ámbitos de trabajo:", "ambitos de trabajo"),
    ("Domaines d’activité", "domaines d'activite"),
    ("Направления деятельности：", "направления деятельности"),
    ("Молодёжь", "молодежь"),
    ("Cyber–ICT", "cyber-ict"),
])
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("OSCE Chairpersonship, OSCE Secretariat, Transnational Threats Department",
     ["OSCE Chairpersonship", "OSCE Secretariat", "Transnational Threats Department"]),
    ("OSCE Office in Yerevan (closed); Policing", ["OSCE Office in Yerevan (closed)", "Policing"]),
    ("Office (Yerevan, closed), Youth", ["Office (Yerevan, closed)", "Youth"]),
    ("A\nB\n\nC", ["A", "B", "C"]),
    (" , ", []),
])
def test_split_values(raw: str, expected: list[str]) -> None:
    assert split_values(raw) == expected


def test_unique_keeps_first_spelling() -> None:
    assert unique(["Youth", "youth", "Migration", "Youth"]) == ["Youth", "Migration"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("26 April 2015", "en", "2015-04-26"),
    ("Monday, 26 April 2015", "en", "2015-04-26"),
    ("September 21, 2021", "en", "2021-09-21"),
    ("12 февраля 2025 г.", "ru", "2025-02-12"),
    ("12\u00a0февраля\u00a02025\u00a0г.", "ru", "2025-02-12"),
    ("12. Februar 2025", "de", "2025-02-12"),
    ("3. März 2016", "de", "2016-03-03"),
    ("12 février 2025", "fr", "2025-02-12"),
    ("1er mars 2024", "fr", "2024-03-01"),
    ("12 febbraio 2025", "it", "2025-02-12"),
    ("1º febbraio 2024", "it", "2024-02-01"),       # the day as an ordinal
    ("1º de marzo de 2024", "es", "2024-03-01"),
    ("12 de febrero de 2025", "es", "2025-02-12"),
    ("21.09.2021", "de", "2021-09-21"),
    ("2021-09-23T10:00:00+02:00", "en", "2021-09-23"),
    ("2021-09-23", None, "2021-09-23"),
    ("26 April 2015", "ru", "2015-04-26"),     # English fallback on any page
    # vague, impossible or not a date at all: None, never a guess
    ("31 February 2021", "en", None),
    ("TBC", "en", None),
    ("Spring 2022", "en", None),
    ("2022", "en", None),
    ("12 July", "en", None),
    ("yesterday", "en", None),
    ("2021-13-45", "en", None),
    ("", "en", None),
    (None, "en", None),
    ("x" * 500, "en", None),
])
def test_parse_date(text: str | None, lang: str | None, expected: str | None) -> None:
    assert parse_date(text, lang) == expected


@pytest.mark.parametrize(("text", "year", "lang", "expected"), [
    ("12 July", 2024, "en", "2024-07-12"),
    ("12 luglio", 2024, "it", "2024-07-12"),
    ("12 July", None, "en", None),
    ("31 February", 2021, "en", None),
])
def test_with_year(text: str, year: int | None, lang: str, expected: str | None) -> None:
    assert with_year(text, year, lang) == expected


@pytest.mark.parametrize(("text", "place", "date"), [
    ("VIENNA, 20 January 2020 – The OSCE", "VIENNA", "20 January 2020"),
    ("BELGRADE, 25 April 2015- The", "BELGRADE", "25 April 2015"),
    ("HELSINKI, 17 January 2025 — The", "HELSINKI", "17 January 2025"),
    ("WARSAW/VIENNA, 14 May 2019 – The", "WARSAW/VIENNA", "14 May 2019"),
    ("VIENNA / BERLIN, 4 June 2018 – The", "VIENNA / BERLIN", "4 June 2018"),
    ("STRASBOURG, VIENNA, WARSAW, 21 March 2011 – x", "STRASBOURG, VIENNA, WARSAW",
     "21 March 2011"),
    ("TIRANA / BRUSSELS / GENEVA – 6 October 2020. The", "TIRANA / BRUSSELS / GENEVA",
     "6 October 2020"),
    ("VALLETTA/VIENNA, 12 July – The", "VALLETTA/VIENNA", "12 July"),
    ("OSH, Kyrgyzstan, 14 March 2006- The", "OSH, Kyrgyzstan", "14 March 2006"),
    ("MITROVO POLJE, 19 October 2001 (OSCE)- The", "MITROVO POLJE", "19 October 2001"),
    ("NEW YORK CITY, 28 September 2015 The OSCE", "NEW YORK CITY", "28 September 2015"),
    ("ВЕНА, 12 февраля 2025 г. – ОБСЕ", "ВЕНА", "12 февраля 2025 г."),
    ("WIEN, 12. Februar 2025 – Die", "WIEN", "12. Februar 2025"),
    ("MADRID, 12 de febrero de 2025 – El", "MADRID", "12 de febrero de 2025"),
    ("LA VALLETTA/VIENNA, 12 luglio – La", "LA VALLETTA/VIENNA", "12 luglio"),
    # date first, the place in title case between dashes (Canada.ca news releases)
    ("March 12, 2024 – Vienna – Border", "Vienna", "March 12, 2024"),
    ("12 March 2024 – Ottawa, Ontario – The", "Ottawa, Ontario", "12 March 2024"),
    ("March 12, 2024 – Bosnia and Herzegovina – The", "Bosnia and Herzegovina",
     "March 12, 2024"),
])
def test_dateline_found(text: str, place: str, date: str) -> None:
    assert dateline.find(text) == dateline.RawDateline(place, date)


@pytest.mark.parametrize("text", [
    "Current transnational threats and challenges for border agencies",
    "The OSCE, 12 May 2020 – x",
    "In Vienna, 12 May 2020 – x",
    "March 12, 2024 – the OSCE said – x",
    "March 12, 2024 – Vienna hosted the meeting",
    "",
    "VIENNA",
])
def test_dateline_absent(text: str) -> None:
    assert dateline.find(text) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.osce.org/secretariat/499851", "499851"),
    ("https://www.osce.org/ru/odihr/412771/", "412771"),
    ("https://www.osce.org/node/499851", "499851"),
    ("https://www.osce.org/mission-to-serbia/446231", "446231"),
    # an id-then-title permalink (Textpattern's section/id/title): the title follows
    ("https://www.osce.org/it/odihr/498127/elezioni-parlamentari-ben-gestite", "498127"),
    # one word after the number is another page of the item's, not its title
    ("https://bulletin.osce.org/p/561940/comments", None),
    # a date archive's year before a title is no node
    ("https://www.osce.org/news/2021/elections-well-run", None),
    ("https://www.osce.org/files/f/documents/1/2/512345.pdf", None),
    ("https://www.osce.org/press-releases?page=2", None),
    ("https://www.osce.org/border-management", None),
    # Drupal's other entities are numbered too: an issuer's term page is no item
    ("http://www.osce.org/ru/taxonomy/term/300", None),
    ("https://www.osce.org/user/12", None),
    (None, None),
])
def test_node_id(url: str | None, expected: str | None) -> None:
    assert urls.node_id(url) == expected


@pytest.mark.parametrize(("base", "href", "expected"), [
    ("https://www.osce.org/a/1", "/b/2#top", "https://www.osce.org/b/2"),
    ("https://www.osce.org/a/1", "HTTPS://WWW.OSCE.ORG:443/x", "https://www.osce.org/x"),
    ("http://127.0.0.1:8080/a", "b?page=1", "http://127.0.0.1:8080/b?page=1"),
    ("https://www.osce.org/", "javascript:void(0)", None),
    ("https://www.osce.org/", "#", None),
    ("https://www.osce.org/", "mailto:press@osce.org", None),
    ("https://www.osce.org/", "  ", None),
    ("https://www.osce.org/", "hthttps://www.osce.org/x", None),     # a mangled scheme
    ("https://www.osce.org/", "ftp://files.osce.org/a.pdf", None),
    ("file:///tmp/page.html", "img/a.png", "file:///tmp/img/a.png"),
])
def test_absolute(base: str, href: str, expected: str | None) -> None:
    assert urls.absolute(base, href) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.osce.org/files/f/documents/1/2/512345.pdf", True),
    ("https://www.osce.org/files/f/documents/x/y/1.docx", True),
    ("https://www.osce.org/secretariat/512345?download=true", True),
    ("https://www.osce.org/secretariat/512345", False),
])
def test_is_document(url: str, expected: bool) -> None:
    assert urls.is_document(url) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Border management", "border-management"),
    ("border management", "border-management"),
    ("Combating human trafficking", "combating-trafficking-in-human-beings"),
    ("Управление границами", "border-management"),
    ("Cyber-/IKT-Sicherheit", "cyber-ict-security"),
    ("Domaines d’activité", None),
    ("Droits de l'homme", "human-rights"),
    ("Ámbitos de trabajo", None),
    ("Local self-government", None),
])
def test_field_of_work_id(name: str, expected: str | None) -> None:
    assert field_of_work_id(name) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("OSCE opens office | OSCE", "OSCE opens office"),
    ("Заголовок | ОБСЕ", "Заголовок"),
    ("Title – Organization for Security and Co-operation in Europe", "Title"),
    ("OSCE", ""),
    ("Border management in Central Asia", "Border management in Central Asia"),
    # the site named first: the last part is the headline, naming the OSCE or not
    ("OSZE - Pressemitteilung - OSZE-Mission begrüßt Fortschritte",
     "Pressemitteilung - OSZE-Mission begrüßt Fortschritte"),
    ("ОБСЄ :: Версія для друку :: Судді обговорили", "Версія для друку :: Судді обговорили"),
])
def test_strip_site_name(title: str, expected: str) -> None:
    assert strip_site_name(title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (("The OSCE organized a meeting of the border officials from the region and the "
     "experts discussed the new tool that was presented by the Secretariat."), "en"),
    (("L'OSCE a organisé une réunion des responsables des frontières de la région et les "
     "experts ont discuté du nouvel outil présenté par le Secrétariat pour les États."), "fr"),
    (("Die OSZE hat ein Treffen der Grenzbeamten aus der Region organisiert und die "
     "Experten haben das neue Instrument besprochen, das vom Sekretariat vorgestellt wurde."),
     "de"),
    (("ОБСЕ провела встречу пограничников из региона, и эксперты обсудили новый "
     "инструмент, который был представлен Секретариатом."), "ru"),
    ("short", None),
])
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect(text)[0] == expected
