"""Pages saved by web archives read as the original: addresses, capture times, every
page object (news, listing, navigation) through a Wayback playback."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.devsite.fixtures import all_fixtures
from scraper.devsite.wayback import playback
from scraper.extract.archive import parse_playback_url, timestamp_iso, unarchive, unrewrite
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from tests import fixture_runs
from tests.sampling import spread

TS = "20190304123456"
ORIGINAL = "https://www.osce.org/secretariat/499851"


@pytest.mark.parametrize(("url", "expected"), [
    (f"https://web.archive.org/web/{TS}/{ORIGINAL}", (TS, "", ORIGINAL)),
    (f"https://web.archive.org/web/{TS}id_/{ORIGINAL}", (TS, "id_", ORIGINAL)),
    (f"http://web.archive.org/web/{TS}im_/http://www.osce.org/a.png",
     (TS, "im_", "http://www.osce.org/a.png")),
    (f"http://127.0.0.1:8080/web/{TS}/{ORIGINAL}?x=1", (TS, "", f"{ORIGINAL}?x=1")),
    ("https://web.archive.org/web/2019/https:/www.osce.org/x", ("2019", "", "https://www.osce.org/x")),
    ("https://web.archive.org/web/20190304000000/www.osce.org/x",
     ("20190304000000", "", "http://www.osce.org/x")),
    (ORIGINAL, None),
    ("https://web.archive.org/web/*/https://www.osce.org/*", None),
    ("https://www.osce.org/web/abc/page", None),
    # what follows the timestamp is no web address: no capture's (a mangled saved page)
    (f"https://web.archive.org/web/{TS}/https://[www.osce.org/x", None),
])
def test_playback_urls(url: str, expected: tuple[str, str, str] | None) -> None:
    parsed = parse_playback_url(url)
    got = None if parsed is None else (parsed.timestamp, parsed.modifier, parsed.original)
    assert got == expected


@pytest.mark.parametrize(("ts", "iso"), [
    ("20190304123456", "2019-03-04T12:34:56Z"),
    ("2019", "2019-01-01T00:00:00Z"),
    ("201903", "2019-03-01T00:00:00Z"),
    ("20190230000000", None),
])
def test_timestamps(ts: str, iso: str | None) -> None:
    assert timestamp_iso(ts) == iso


@pytest.mark.parametrize(("text", "expected"), [
    (f'<a href="https://web.archive.org/web/{TS}/{ORIGINAL}">', f'<a href="{ORIGINAL}">'),
    (f'<img src="//web.archive.org/web/{TS}im_/https://www.osce.org/a.jpg">',
     '<img src="https://www.osce.org/a.jpg">'),
    (f'<a href="/web/{TS}/https://www.osce.org/ru/odihr/1">', '<a href="https://www.osce.org/ru/odihr/1">'),
    (f"<div style=\"background:url('/web/{TS}im_/https://www.osce.org/b.png')\">",
     "<div style=\"background:url('https://www.osce.org/b.png')\">"),
    (f"<p>see /web/{TS}/https://www.osce.org/ in the text</p>",
     "<p>see https://www.osce.org/ in the text</p>"),
    ("<p>the /web/ folder</p>", "<p>the /web/ folder</p>"),
])
def test_unrewrite(text: str, expected: str) -> None:
    assert unrewrite(text, {"https://web.archive.org"}) == expected


def test_a_page_that_is_no_capture_is_left_alone() -> None:
    text = '<html><body><a href="/web/20190101/x">x</a></body></html>'
    assert unarchive(text, ORIGINAL) == (text, None)


def test_playback_is_undone_toolbar_scripts_and_styles_gone() -> None:
    page = (b'<html><head><title>T</title></head><body><p>Text</p><a href="/node/1">n</a>'
            b"</body></html>")
    text, capture = unarchive(playback(page, ORIGINAL, TS).decode("latin-1"),
                              f"https://web.archive.org/web/{TS}/{ORIGINAL}")
    assert capture is not None
    assert (capture.original_url, capture.archived_at, capture.archive_url) == \
        (ORIGINAL, "2019-03-04T12:34:56Z", f"https://web.archive.org/web/{TS}/{ORIGINAL}")
    for trace in ("wm-ipp", "__wm", "_static", "archive.org", "athena", "RufflePlayer"):
        assert trace not in text.split("FILE ARCHIVED ON")[0], trace
    assert '<a href="https://www.osce.org/node/1">' in text


def test_a_saved_playback_page_says_itself_what_it_is_a_capture_of() -> None:
    page = playback(b"<html><head></head><body><h1>T</h1></body></html>", ORIGINAL, TS)
    doc = Document.from_bytes(page, "file:///saved/page.html")
    assert doc.capture is not None
    assert doc.url == ORIGINAL
    assert doc.capture.archived_at == "2019-03-04T12:34:56Z"
    assert doc.capture.archive_url == f"https://web.archive.org/web/{TS}/{ORIGINAL}"
    # without the archive's script, the closing comment still gives the time
    bare = page.replace(b"__wm.wombat(", b"void(")
    doc = Document.from_bytes(bare, "file:///saved/page.html")
    assert doc.capture is not None
    assert (doc.url, doc.capture.archived_at) == ("file:///saved/page.html",
                                                  "2019-03-04T12:34:56Z")


def test_raw_capture_is_the_original_with_the_capture_fields() -> None:
    fx = next(f for f in all_fixtures(kinds=("news",)) if f.name == "cur-seed-border-management")
    raw = extract(fx.html_path.read_bytes(), f"https://web.archive.org/web/{TS}id_/{fx.url}").records[0]
    assert raw == {**fx.expected, "source": "wayback", "archived_at": "2019-03-04T12:34:56Z",
                   "archive_url": f"https://web.archive.org/web/{TS}/{fx.url}"}



# a fixture that is itself a capture (its address is an archive's playback: the Wayback
# Machine's, archive.today's, Archive-It's, whatever its design's name) is left out: the
# Wayback Machine does not capture another archive's playback
@pytest.mark.parametrize("fx", spread([f for f in all_fixtures(kinds=("listing", "navigation"))
                                       if f.meta.get("design") != "wayback"
                                       and parse_playback_url(f.url) is None], 8),
                         ids=lambda f: f"{f.kind}/{f.name}")
def test_listings_and_menus_read_from_a_capture_equal_the_originals(fx: Any) -> None:
    """The Document undoes the archive, so every page object benefits."""
    # captured on the day the fixture was: relative dates ("Вчера, 09:05") read alike
    ts = fx.meta["captured_on"].replace("-", "") + "120000"
    page = playback(fx.html_path.read_bytes(), fx.url, ts)
    got = extract(page, f"https://web.archive.org/web/{ts}/{fx.url}", fx.kind,
                  fx.meta.get("headers"))
    original = fixture_runs.run(fx)
    assert got.records == original.records
    assert got.next_page == original.next_page
