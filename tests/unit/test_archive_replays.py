"""Replays of web archives other than the Wayback Machine (Archive-It, pywb, archive.today)
are read as the original page, like a Wayback capture: their addresses, their inserts and
banners undone, every link rewritten to ``/<collection>/<timestamp>/<original>`` given back
as the original address."""

from __future__ import annotations

import pytest

from scraper.extract.archive import parse_playback_url, timestamp_iso, unarchive
from scraper.extract.document import Document
from scraper.extract.extraction import extract

TS = "20220316081544"
ORIGINAL = "https://www.osce.org/de/press-releases?page=2"


@pytest.mark.parametrize(("url", "expected"), [
    (f"https://wayback.archive-it.org/5621/{TS}/https://www.osce.org/secretariat",
     ("5621", TS, "", "https://www.osce.org/secretariat")),
    (f"https://webarchiv.example.at/osce/{TS}im_/https://www.osce.org/a.png",
     ("osce", TS, "im_", "https://www.osce.org/a.png")),
    ("https://archive.ph/2019.03.12-101522/https://www.osce.org/fr/press-releases?page=1",
     ("", "2019.03.12-101522", "", "https://www.osce.org/fr/press-releases?page=1")),
    # a site's own file path with a year in it is no capture
    ("https://www.osce.org/files/2019/report.pdf", None),
    ("https://www.osce.org/files/20190304123456/www.osce.org/x", None),
])
def test_replay_addresses(url: str, expected: tuple[str, str, str, str] | None) -> None:
    parsed = parse_playback_url(url)
    got = None if parsed is None else (parsed.collection, parsed.timestamp, parsed.modifier,
                                       parsed.original)
    assert got == expected


def test_archive_today_timestamps() -> None:
    assert timestamp_iso("2019.03.12-101522") == "2019-03-12T10:15:22Z"


PYWB = f"""<html><head>
<!-- WB Insert -->
<script>wbinfo = {{}}; wbinfo.url = "{ORIGINAL}"; wbinfo.timestamp = "{TS}";
wbinfo.prefix = decodeURI("https://webarchiv.example.at/osce/");</script>
<script src='https://webarchiv.example.at/static/wombat.js'> </script>
<!-- End WB Insert -->
<title>Pressemitteilungen</title></head><body>
<div id="_wb_frame_top_banner"><div>Archivierte Seite ·
<a href="https://webarchiv.example.at/osce/*/{ORIGINAL}">Alle Aufnahmen</a></div></div>
<main><h2><a href="/osce/{TS}/https://www.osce.org/de/hcnm/822076">Hoher Kommissar besorgt</a></h2>
<time datetime="2022-03-11">11. März 2022</time></main>
<ul class="pager"><li><a rel="next"
href="/osce/{TS}/https://www.osce.org/de/press-releases?page=3">Nächste Seite</a></li></ul>
</body></html>"""


def test_a_pywb_replay_is_the_original_page() -> None:
    url = f"https://webarchiv.example.at/osce/{TS}/{ORIGINAL}"
    text, capture = unarchive(PYWB, url)
    assert capture is not None
    assert (capture.original_url, capture.archived_at, capture.archive_url) == (
        ORIGINAL, "2022-03-16T08:15:44Z", url)
    for trace in ("wbinfo", "wombat", "_wb_frame_top_banner", "Alle Aufnahmen", "/osce/"):
        assert trace not in text, trace
    assert 'href="https://www.osce.org/de/hcnm/822076"' in text
    got = extract(PYWB.encode(), url, "listing")
    assert [r["url"] for r in got.records] == ["https://www.osce.org/de/hcnm/822076"]
    assert got.next_page == "https://www.osce.org/de/press-releases?page=3"


def test_a_saved_pywb_page_says_itself_what_it_is_a_replay_of() -> None:
    doc = Document.from_bytes(PYWB.encode(), "file:///saved/page.html")
    assert doc.capture is not None
    assert doc.url == ORIGINAL
    assert doc.capture.archived_at == "2022-03-16T08:15:44Z"
    assert 'href="https://www.osce.org/de/hcnm/822076"' in doc.text


def test_an_archive_it_replay_gives_the_original_menu_addresses() -> None:
    page = f"""<html><head></head><body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>var wbPrefix = "https://wayback.archive-it.org/5621/";</script>
<div id="wm-ipp"><a href="https://archive-it.org/collections/5621">OSCE Websites</a></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<nav id="main-menu"><ul class="menu">
<li><a href="/5621/{TS}/https://www.osce.org/who-we-are">Who we are</a></li>
<li><a href="https://wayback.archive-it.org/5621/{TS}/http://www.oscepa.org/">
Parliamentary Assembly</a></li>
</ul></nav><main><h1>Secretariat</h1></main></body></html>"""
    got = extract(page.encode(), f"https://wayback.archive-it.org/5621/{TS}/"
                  "https://www.osce.org/secretariat", "navigation")
    assert [r["url"] for r in got.records] == ["https://www.osce.org/who-we-are",
                                               "http://www.oscepa.org/"]


def test_archive_today_header_gives_no_links() -> None:
    original = "https://www.osce.org/fr/press-releases?page=1"
    page = f"""<html><head></head><body>
<center><div id="HEADER"><table><tr>
<td><a href="https://archive.ph/">archive.today<br/>webpage capture</a></td>
<td><a href="/2019.03.19-083010/{original}">next→</a></td></tr></table></div></center>
<div><p>Saved page</p><a href="https://www.osce.org/fr/press-releases?page=2">suivant ›</a></div>
</body></html>"""
    text, capture = unarchive(page, f"https://archive.ph/2019.03.12-101522/{original}")
    assert capture is not None
    assert (capture.original_url, capture.archived_at) == (original, "2019-03-12T10:15:22Z")
    assert "archive.today" not in text
    assert "next→" not in text
    assert "Saved page" in text


def test_a_site_header_named_header_is_kept() -> None:
    page = ('<html><body><div id="HEADER"><a href="/fr/news">Actualités</a></div>'
            "<p>Text</p></body></html>")
    text, _ = unarchive(page, "https://archive.ph/2019.03.12-101522/https://www.osce.org/fr")
    assert "Actualités" in text
