"""Tables for the normalizer: raw page values in, written values out, problems counted."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from scrapy import Spider
from scrapy.utils.test import get_crawler

from pipelines.normalize import NormalizePipeline
from scraper.extract.identities import field_of_work_id
from scraper.extract.items import LISTING_FIELDS, NAVIGATION_FIELDS, NEWS_FIELDS, PageRecord
from scraper.extract.normalize import (
    content_hash,
    normalize_listing_entry,
    normalize_navigation,
    normalize_news,
)
from scraper.extract.pages.fields import RawRecord

URL = "https://www.osce.org/secretariat/499851"


def news(**raw: Any) -> tuple[dict[str, Any], list[str]]:
    return normalize_news({"url": URL, **raw})


@pytest.mark.parametrize(("raw", "expected"), [
    ("  Border\u00a0management   training ", "Border management training"),
    ("Line\none", "Line one"),
    ("Zero\u200bwidth\u00ad soft", "Zerowidth soft"),
    ("Cafe\u0301 de l'OSCE", "Café de l'OSCE"),                  # decomposed → NFC
    ("Thin\u2009space\u202fand ideographic\u3000gap", "Thin space and ideographic gap"),
    ("", None),
    ("   \u00a0 ", None),
    (None, None),
    (42, None),
])
def test_text_fields(raw: Any, expected: str | None) -> None:
    record, _ = news(title=raw, summary=raw, content_type=raw)
    assert record["title"] == record["summary"] == record["content_type"] == expected
    if expected:
        assert unicodedata.is_normalized("NFC", expected)


@pytest.mark.parametrize(("raw", "expected"), [
    ("First paragraph.\n\n\n\nSecond  one.", "First paragraph.\n\nSecond one."),
    ("Line one \n line two\n\nNext", "Line one\nline two\n\nNext"),
    ("\n\n  \n\nOnly\u00a0this\n\n", "Only this"),
    ("  \n\n ", None),
])
def test_body(raw: str, expected: str | None) -> None:
    assert news(body=raw)[0]["body"] == expected


@pytest.mark.parametrize(("raw", "language", "expected"), [
    ("17 January 2025", "en", "2025-01-17"),
    ("January 17, 2025", "en", "2025-01-17"),
    ("12 февраля 2025 г.", "ru", "2025-02-12"),
    ("3. März 2016", "de", "2016-03-03"),
    ("14 juin 2025", "fr", "2025-06-14"),
    ("5 marzo 2024", "it", "2024-03-05"),
    ("21 de abril de 2022", "es", "2022-04-21"),
    ("12.02.2025", "ru", "2025-02-12"),
    ("2025-02-12T10:00:00+01:00", None, "2025-02-12"),
    ("2025-02-12", "de", "2025-02-12"),
])
def test_issued_on(raw: str, language: str | None, expected: str) -> None:
    record, problems = news(issued_on=raw, language=language)
    assert record["issued_on"] == expected
    assert problems == []


@pytest.mark.parametrize(("raw", "language"), [
    ("2025-02-30", "en"),           # no such day
    ("31.04.2025", "de"),
    ("yesterday", "en"),            # relative dates are not dates of a record
    ("February 2025", "en"),        # no day
    ("12 February", "en"),          # no year
    ("1 January 1850", "en"),       # before the OSCE
])
def test_issued_on_that_is_not_a_date_stays_missing_and_is_reported(raw: str,
                                                                   language: str) -> None:
    record, problems = news(issued_on=raw, language=language)
    assert record["issued_on"] is None
    assert problems == [f"issued_on: {raw!r} is not a date"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("OSCE Chairpersonship, OSCE Secretariat", ["OSCE Chairpersonship", "OSCE Secretariat"]),
    ("A; B\nC | D", ["A", "B", "C", "D"]),
    (["  A ", "B", "a", "B\u00a0"], ["A", "B"]),                  # trimmed, de-duplicated, in order
    ("OSCE Mission (Skopje, closed), ODIHR", ["OSCE Mission (Skopje, closed)", "ODIHR"]),
    ("", []),
    (None, []),
    ([None, 3, ""], []),
])
def test_issuers_split_trimmed_deduplicated(raw: Any, expected: list[str]) -> None:
    assert news(issued_by=raw)[0]["issued_by"] == expected


@pytest.mark.parametrize(("name", "slug"), [
    ("Border management", "border-management"),
    ("Управление границами", "border-management"),
    ("Grenzmanagement", "border-management"),
    ("Gestion des frontières", "border-management"),
    ("Gestione delle frontiere", "border-management"),
    ("Gestión de fronteras", "border-management"),
    ("  HUMAN   RIGHTS ", "human-rights"),
    ("Droits de l’homme", "human-rights"),           # typographic apostrophe
    ("Молодёжь", "youth"),
    ("Молодежь", "youth"),
    ("Cyber/ICT Security", "cyber-ict-security"),
    ("Cyber - ICT security", "cyber-ict-security"),
    ("Élections", "elections"),
    ("Piracy", None),
])
def test_field_of_work_ids_in_six_languages(name: str, slug: str | None) -> None:
    assert field_of_work_id(name) == slug


def test_each_field_of_work_keeps_its_label_beside_its_id_or_null() -> None:
    record, problems = news(fields_of_work="Buena gobernanza, Lucha contra la corrupción, "
                                           "Actividades económicas")
    # the unknown label in the middle gets null in its place: nothing shifts
    assert record["fields_of_work"] == [
        {"label": "Buena gobernanza", "id": "good-governance"},
        {"label": "Lucha contra la corrupción", "id": None},
        {"label": "Actividades económicas", "id": "economic-activities"}]
    assert problems == ["fields_of_work: unknown field of work 'Lucha contra la corrupción'"]


@pytest.mark.parametrize("secretariat", [
    "OSCE Secretariat", "Секретариат ОБСЕ", "OSZE-Sekretariat", "Secrétariat de l’OSCE",
    "Segretariato dell'OSCE", "Secretaría de la OSCE"])
def test_the_secretariat_has_one_id_in_six_languages(secretariat: str) -> None:
    record, problems = news(issued_by=[secretariat, "Friends of the OSCE"])
    assert record["issued_by"] == [secretariat, "Friends of the OSCE"]
    assert record["issued_by_ids"] == ["secretariat", None]          # aligned, null kept
    assert problems == ["issued_by: unknown structure 'Friends of the OSCE'"]


@pytest.mark.parametrize(("label", "expected"), [
    ("Press release", "press-release"), ("Пресс-релиз", "press-release"),
    ("Communiqué de presse", "press-release"), ("News Item", "news"),
    ("Daily report", "daily-report"), (None, None)])
def test_content_type_id_from_the_label_in_any_language(label: str | None,
                                                         expected: str | None) -> None:
    record, problems = news(content_type=label)
    assert record["content_type_id"] == expected
    assert problems == []


def test_an_unknown_content_type_keeps_its_label_and_is_reported() -> None:
    record, problems = news(content_type="Gazette")
    assert (record["content_type"], record["content_type_id"]) == ("Gazette", None)
    assert problems == ["content_type: unknown content type 'Gazette'"]


@pytest.mark.parametrize(("raw", "key"), [
    ({"node_id": "585420", "translations": {"en": "https://www.osce.org/chairpersonship/585420"}},
     "585420"),
    # versions as separate nodes that list each other: every one gets the smallest id
    ({"node_id": "700", "translations": {"ru": "https://www.osce.org/ru/node/650",
                                         "de": "https://www.osce.org/de/odihr/720"}}, "650"),
    ({"node_id": None, "translations": {"en": "https://www.osce.org/odihr/12"}}, "12"),
    ({"node_id": None, "translations": {}}, None),
])
def test_translation_key(raw: dict[str, Any], key: str | None) -> None:
    assert news(**raw)[0]["translation_key"] == key


def test_content_hash_depends_on_the_content_not_on_the_fetch() -> None:
    raw = {"url": URL, "title": "T", "body": "One.\n\nTwo.", "fields_of_work": "Youth"}
    first, _ = normalize_news(raw, fetched_at="2026-01-01T00:00:00Z", run_id="a")
    again, _ = normalize_news(raw, fetched_at="2026-06-01T12:00:00Z", run_id="b")
    changed, _ = normalize_news({**raw, "body": "One.\n\nThree."})
    assert first["content_hash"] == again["content_hash"] == content_hash(first)
    assert len(first["content_hash"]) == 64
    assert changed["content_hash"] != first["content_hash"]
    assert (again["fetched_at"], again["run_id"]) == ("2026-06-01T12:00:00Z", "b")


def test_a_saved_page_has_no_fetch_time_or_run() -> None:
    record, _ = news(title="T")
    assert (record["fetched_at"], record["run_id"]) == (None, None)
    assert record["content_hash"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("HTTPS://WWW.OSCE.ORG:443/secretariat/499851#top", "https://www.osce.org/secretariat/499851"),
    ("http://osce.org:80/ru/odihr/1?x=1", "http://osce.org/ru/odihr/1?x=1"),
    ("https://www.osce.org/files/f/documents/a b.pdf",
     "https://www.osce.org/files/f/documents/a%20b.pdf"),
    ("  https://www.osce.org/odihr/1  ", "https://www.osce.org/odihr/1"),
    ("", None),
    (None, None),
])
def test_urls_canonical(raw: Any, expected: str | None) -> None:
    record, _ = normalize_news({"url": raw, "attachments": [{"url": raw, "title": " A "}],
                                "translations": {"RU": raw}})
    assert record["url"] == expected
    assert record["attachments"] == ([{"url": expected, "title": "A"}] if expected else [])
    assert record["translations"] == ({"ru": expected} if expected else {})


def test_language_lower_case_and_provenance_only_for_filled_fields() -> None:
    record, _ = news(language="EN", title="T", provenance={"title": "h1", "summary": "lead"})
    assert record["language"] == "en"
    assert record["provenance"] == {"title": "h1"}


@pytest.mark.parametrize(("raw", "issued", "expected"), [
    ({"place": " VIENNA ", "date": "20 January 2020"}, None, {"place": "VIENNA",
                                                              "date": "2020-01-20"}),
    ({"place": "VIENNA", "date": "20 January"}, "2020-01-21", {"place": "VIENNA",
                                                               "date": "2020-01-20"}),
    ({"place": "VIENNA", "date": "20 January"}, None, {"place": "VIENNA", "date": None}),
    ({"place": "VIENNA"}, None, {"place": "VIENNA", "date": None}),
    ({"place": "  "}, None, None),
    ("VIENNA", None, None),
])
def test_dateline(raw: Any, issued: str | None, expected: Any) -> None:
    assert news(dateline=raw, issued_on=issued, language="en")[0]["dateline"] == expected


def test_every_news_key_in_schema_order_even_from_an_empty_page() -> None:
    record, problems = normalize_news({})
    assert list(record) == NEWS_FIELDS
    assert record["url"] is None
    assert problems == []


@pytest.mark.parametrize(("raw", "expected"), [
    ({"name": " Arms\u00a0control ", "url": "https://www.OSCE.org/arms-control",
      "path": [" Our work ", ""]},
     {"name": "Arms control", "url": "https://www.osce.org/arms-control", "path": ["Our work"]}),
    ({"name": "Arms control", "url": "HTTPS://WWW.OSCE.ORG/arms-control#x", "path": [],
      "source_url": "https://www.osce.org/"},
     {"name": "Arms control", "url": "https://www.osce.org/arms-control", "path": [],
      "source_url": "https://www.osce.org/"}),
])
def test_navigation(raw: dict[str, Any], expected: dict[str, Any]) -> None:
    record, problems = normalize_navigation(raw)
    assert record == expected
    assert list(record) == [k for k in NAVIGATION_FIELDS if k in record]
    assert problems == []


def test_listing_entry() -> None:
    record, problems = normalize_listing_entry(
        {"url": "https://www.osce.org/odihr/1#x", "title": " T ", "issued_on": "14 juin 2025",
         "issued_by": "ODIHR, ODIHR", "fields_of_work": ["Élections"], "summary": ""}, "fr")
    assert record == {"url": "https://www.osce.org/odihr/1", "title": "T",
                      "issued_on": "2025-06-14", "content_type": None, "issued_by": ["ODIHR"],
                      "fields_of_work": ["Élections"], "summary": None}
    assert list(record) == LISTING_FIELDS
    assert problems == []


def test_pipeline_counts_problems_and_keeps_the_crawl_fields() -> None:
    crawler = get_crawler(Spider)
    pipeline = NormalizePipeline.from_crawler(crawler)
    raw = RawRecord({"url": URL, "fields_of_work": "Piracy, Youth", "issued_on": "soon"},
                    warnings=["title: no headline"])
    item = pipeline.process_item(PageRecord("news", raw, fetched_url=URL))
    assert [f["id"] for f in item.record["fields_of_work"]] == [None, "youth"]
    # fetch metadata: the pipeline's time (UTC, Z) and the crawl's run id
    assert item.record["fetched_at"].endswith("Z")
    assert item.record["run_id"] == crawler.stats.get_value("osce/run_id")
    assert item.kind == "news"
    assert item.fetched_url == URL
    assert item.problems[0] == "title: no headline"
    assert len(item.problems) == 3
    assert crawler.stats is not None
    assert crawler.stats.get_value("osce/normalize/fields_of_work") == 1
    assert crawler.stats.get_value("osce/normalize/issued_on") == 1
