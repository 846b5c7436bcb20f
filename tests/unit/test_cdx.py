"""Capture indexes: queries, answers, which captures a back-fill reads; the history
spider's arguments; merging live and archived records."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.crawl import cdx
from scraper.crawl.args import ArgumentError
from scraper.crawl.history import HistoryArgs, read_warc_record
from scraper.devsite.archive import surt
from scraper.output.merge import merge

PAGE = "https://www.osce.org/secretariat/499851"


def cap(ts: str, digest: str = "A", status: int | None = 200, url: str = PAGE,
        mime: str = "text/html") -> cdx.Capture:
    return cdx.Capture(surt(url), ts, url, mime, status, digest)


def test_site_queries_cover_every_language_prefix_once() -> None:
    queries = cdx.site_queries()
    assert [q.prefix for q in queries] == ["osce.org/", "osce.org/ru/", "osce.org/de/",
                                           "osce.org/fr/", "osce.org/it/", "osce.org/es/"]
    english = queries[0]
    assert english.exclude is not None
    url = cdx.wayback_query("https://web.archive.org/cdx/search/cdx", english, "2005-01-01",
                            "2020-12-31", 5000, "org,osce)/x 2019")
    params = parse_qsl(urlsplit(url).query)
    assert ("from", "20050101") in params
    assert ("to", "20201231") in params
    assert ("resumeKey", "org,osce)/x 2019") in params
    assert ("filter", f"!original:{english.exclude}") in params
    assert ("filter", "statuscode:200") in params


def test_wayback_answers_with_and_without_a_resume_key() -> None:
    header = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
    row = ["org,osce)/secretariat/499851", "20190304123456", PAGE, "text/html", "200", "D1",
           "5120"]
    rows, resume = cdx.parse_wayback(json.dumps([header, row, ["bad"], [], ["KEY 1"]]))
    assert resume == "KEY 1"
    assert rows == [cdx.Capture("org,osce)/secretariat/499851", "20190304123456", PAGE,
                                "text/html", 200, "D1")]
    assert cdx.parse_wayback(json.dumps([header, row]))[1] is None
    assert cdx.parse_wayback("") == ([], None)
    assert cdx.parse_wayback("[]") == ([], None)
    with pytest.raises(ValueError, match="not a JSON list"):
        cdx.parse_wayback('{"error": "x"}')


def test_commoncrawl_answers() -> None:
    line = {"urlkey": "org,osce)/ru/odihr/1", "timestamp": "20210304000000",
            "url": "https://www.osce.org/ru/odihr/1", "mime": "text/html", "status": "200",
            "digest": "D", "length": "900", "offset": "1234",
            "filename": "crawl-data/CC-MAIN-2021-10/segments/1/warc/a.warc.gz"}
    text = json.dumps(line) + "\nnot json\n" + json.dumps({**line, "length": ""}) + "\n"
    (only,) = cdx.parse_commoncrawl(text)
    assert (only.offset, only.length, only.filename) == (1234, 900, line["filename"])
    assert cdx.parse_num_pages('{"pages": 3, "pageSize": 5}') == 3
    assert cdx.crawls_between([{"id": "CC-MAIN-2013-20"}, {"id": "CC-MAIN-2021-43"},
                               {"id": "CC-MAIN-2024-10"}, {"id": "other"}],
                              "2014-01-01", "2023-12-31") == ["CC-MAIN-2021-43"]


@pytest.mark.parametrize(("url", "news"), [
    (PAGE, True),
    ("http://osce.org/ru/odihr/12345/", True),
    ("https://www.osce.org/node/499851", True),
    ("https://www.osce.org/press-releases", False),
    ("https://www.osce.org/secretariat/499851/amp", False),
    ("https://www.osce.org/files/f/documents/1/2/499851.pdf", False),
    # what the extractor reads as a node is news in an archive index too
    ("https://www.osce.org/it/odihr/498127/elezioni-ben-gestite", True),
    ("https://www.osce.org/odihr/elections/montenegro/546912", True),
    ("https://www.osce.org/secretariat/499851?page=2", False),
    ("https://example.org/secretariat/499851", False),
])
def test_news_addresses(url: str, news: bool) -> None:
    assert cdx.is_news(cap("20190101000000", url=url)) is news


def test_the_latest_200_capture_of_each_page_up_to_until() -> None:
    captures = [cap("20150101000000", "A"), cap("20190101000000", "B"),
                cap("20210101000000", "A"), cap("20230101000000", "C", status=404),
                cap("20240101000000", "D", mime="application/pdf"),
                cap("20220101000000", "E")]
    assert [c.timestamp for c in cdx.choose(captures, None, None)] == ["20220101000000"]
    assert [c.timestamp for c in cdx.choose(captures, None, "2021-06-30")] == \
        ["20210101000000"]
    assert cdx.choose(captures, "2025-01-01", None) == []


def test_every_distinct_content_once_its_first_capture() -> None:
    captures = [cap("20210101000000", "A"), cap("20150101000000", "A"),
                cap("20190101000000", "B"), cap("20190101000000", "B")]
    assert [(c.timestamp, c.digest) for c in cdx.choose(captures, None, None, every=True)] == \
        [("20150101000000", "A"), ("20190101000000", "B")]


def test_a_node_and_its_alias_are_one_page() -> None:
    alias = cap("20190101000000", "A")
    node = cap("20200101000000", "A", url="https://www.osce.org/node/499851")
    other_language = cap("20200101000000", "A", url="https://www.osce.org/ru/secretariat/499851")
    chosen = cdx.choose([alias, node, other_language], None, None)
    assert [c.original for c in chosen] == [node.original, other_language.original]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"source": "tape"}, "source"),
    ({"captures": "some"}, "captures"),
    ({"since": "2020-01-01", "until": "2019-01-01"}, "after"),
    ({"archive": "ftp://x"}, "archive"),
    ({"crawls": "2019"}, "crawls"),
    ({"languages": "xx"}, "languages"),
    ({"start_url": "https://www.osce.org/"}, "unknown"),
])
def test_bad_history_arguments(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ArgumentError, match=message):
        HistoryArgs.parse(**kwargs)


def test_history_arguments() -> None:
    args = HistoryArgs.parse(source="commoncrawl", captures="all", languages="ru",
                             index="http://127.0.0.1:9/x", data="http://127.0.0.1:9")
    assert args.every
    assert args.start_urls == ["http://127.0.0.1:9", "http://127.0.0.1:9"]
    assert [q.prefix for q in args.queries] == ["osce.org/ru/"]
    assert HistoryArgs.parse().start_urls == ["https://web.archive.org"]


def test_a_warc_record_read_from_its_byte_range() -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    offsets = []
    for n, body in enumerate((b"<html>one</html>", b"<html>two</html>")):
        offsets.append(out.tell())          # each record is a gzip member of its own
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"{PAGE}?{n}", "response",
                                                      payload=io.BytesIO(body),
                                                      length=len(body), http_headers=http))
    data = out.getvalue()
    # the second record's byte range, where a CDX line's offset points (not a search for
    # gzip's magic bytes, which the first member's compressed bytes may hold by chance)
    first_end = offsets[1]
    page = read_warc_record(data[first_end:])
    assert (page.target, page.status, page.body) == (f"{PAGE}?1", 200, b"<html>two</html>")
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    with pytest.raises(ValueError, match="no WARC response"):
        read_warc_record(b"")


# ---------------------------------------------------------------------------- merging
def _record(title: str, **extra: Any) -> dict[str, Any]:
    return {"url": PAGE, "node_id": "499851", "language": "en", "content_type": None,
            "content_type_id": None, "title": title, "summary": None, "issued_on": None,
            "issued_by": [], "issued_by_ids": [], "fields_of_work": [], "body": None,
            "body_blocks": [], "dateline": None, "attachments": [], "translations": {},
            "translation_key": "499851", "provenance": {}, "fetched_at": None,
            "run_id": None, "content_hash": None, **extra}


def _archived(title: str, at: str) -> dict[str, Any]:
    return _record(title, source="wayback", archived_at=at,
                   archive_url=f"https://web.archive.org/web/{at[:4]}0101000000/{PAGE}")


def _write(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _titles(path: Path) -> list[tuple[str, str | None]]:
    return [(r["title"], r.get("archived_at"))
            for r in (json.loads(x) for x in path.read_text("utf-8").splitlines())]


def test_live_wins_whatever_the_order_then_the_latest_capture(tmp_path: Path) -> None:
    old = _archived("Old", "2015-01-01T00:00:00Z")
    new = _archived("New", "2021-01-01T00:00:00Z")
    live = _write(tmp_path / "live.jsonl", _record("Live"))
    archived = _write(tmp_path / "archived.jsonl", new, old)
    out = tmp_path / "out.jsonl"
    for order in ([live, archived], [archived, live]):
        assert merge(order, out).kept == 1
        assert _titles(out) == [("Live", None)]
    assert merge([archived], out).kept == 1
    assert _titles(out) == [("New", "2021-01-01T00:00:00Z")]


def test_versions_keep_each_earlier_content_once(tmp_path: Path) -> None:
    first = _archived("Draft", "2015-01-01T00:00:00Z")
    same = _archived("Draft", "2016-01-01T00:00:00Z")
    now = _archived("Final", "2021-01-01T00:00:00Z")
    archived = _write(tmp_path / "archived.jsonl", now, same, first)
    live = _write(tmp_path / "live.jsonl", _record("Final"))
    out = tmp_path / "out.jsonl"
    result = merge([archived, live], out, versions=True)
    assert (result.kept, result.versions) == (2, 1)
    assert sorted(_titles(out), key=str) == [("Draft", "2015-01-01T00:00:00Z"),
                                             ("Final", None)]
    assert "1 earlier versions kept" in result.summary()
