"""A body printed in two copies of the same text component (the second a closing line
or two), a file's line opened by a wordless icon link, a line of links closing the
text (a blog service's signature) and a wordless raw-download link beside a named
file link: what is text and what is an attachment."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

_URL = "https://www.osce.org/de/secretary-general/738373"
_HEAD = ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
         "<title>Rede | OSZE</title></head><body><main><article>"
         "<h1>Rede der Generalsekretärin zur Frühwarnung</h1>")
_TEXT = ("<p>WIEN, 9. März 2023 – Die Generalsekretärin sprach vor den Delegationen der "
         "Teilnehmerstaaten über die Frühwarnung in der Organisation.</p>"
         "<p>Frühwarnung ist keine technische Übung, sondern eine politische Verantwortung, "
         "die alle Staaten gemeinsam tragen und die Vertrauen voraussetzt.</p>")
_TAIL = "</article></main></body></html>"


def _record(html: str) -> dict[str, Any]:
    return extract(html.encode(), _URL).records[0]


def test_second_copy_of_the_text_component_continues_the_text() -> None:
    page = (_HEAD + "<div class='body'><div class='trix-content'>" + _TEXT + "</div>"
            "<div class='trix-content'><div>Die OSZE hat die Werkzeuge, und wir sollten "
            "sie nutzen, solange noch Zeit dafür ist.<br><br>Vielen Dank.</div></div>"
            "</div>" + _TAIL)
    blocks = [b["text"] for b in _record(page)["body_blocks"]]
    assert blocks[-2:] == [("Die OSZE hat die Werkzeuge, und wir sollten sie nutzen, "
                            "solange noch Zeit dafür ist."), "Vielen Dank."]


def test_file_line_opened_by_an_icon_link_is_no_text() -> None:
    pdf = "/files/documents/7/3/78019.pdf"
    page = (_HEAD + "<div class='post'>" + _TEXT + f"<div><a href='{pdf}'><img alt='Pdf' "
            f"src='/pdf.png'></a> <a href='{pdf}'>rede-2023.pdf</a> <span>(86 KB)</span> "
            f"<a href='{pdf}'>Herunterladen</a></div></div>" + _TAIL)
    record = _record(page)
    assert "rede-2023.pdf" not in record["body"]
    assert [a["title"] for a in record["attachments"]] == ["rede-2023.pdf"]


def test_line_of_links_closing_the_text_is_no_text() -> None:
    page = (_HEAD + "<div class='post'>" + _TEXT + "<p><a href='http://blog.example.com'>"
            "Posted via email</a> from <a href='/de/odihr'>OBWE / ODIHR</a></p></div>" + _TAIL)
    assert not _record(page)["body"].endswith("OBWE / ODIHR")


def test_wordless_raw_link_beside_the_named_file_is_no_attachment() -> None:
    page = (_HEAD + "<div class='post'>" + _TEXT + "</div><div class='attachments'>"
            "<a href='/de/attachment/wiki/r/bericht.pdf'>bericht.pdf</a>"
            "<a href='/de/raw-attachment/wiki/r/bericht.pdf' title='Herunterladen'>\u200b</a>"
            "</div>" + _TAIL)
    assert _record(page)["attachments"] == [
        {"url": "https://www.osce.org/de/attachment/wiki/r/bericht.pdf", "title": "bericht.pdf"}]


def test_related_and_download_headings_end_the_text() -> None:
    for heading in ("Dokumente zum Herunterladen", "Схоже"):
        page = (_HEAD + "<div class='inhalt'>" + _TEXT + f"<div><h4>{heading}</h4><ul>"
                "<li><a href='/de/a.html'>Ministerrat endet</a></li>"
                "<li><a href='/de/b.html'>Treffen auf Korfu</a></li></ul></div></div>" + _TAIL)
        assert "Korfu" not in _record(page)["body"], heading
