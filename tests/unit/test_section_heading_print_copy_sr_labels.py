"""Mechanisms of hold-out sets 83/87: a section name's <h1> over the post's own
headline, a "by <poster> - <date>" byline, print-only copies and permalink glyphs kept
out of values, Jive's screen-reader class, Albanian and Polish labels and language."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract
from scraper.extract.language import detect
from scraper.extract.visible import hidden_kind, visible_text

TEXT = ("<p>ASHGABAT, 14 March 2023 – A five-day course on risk analysis for 24 officers "
        "of the State Border Service, organized by the OSCE Centre, concluded today.</p>"
        "<p>The course introduced participants to the methodology for strategic and "
        "operational risk analysis at border crossing points along the border.</p>")


def _record(html: str, url: str = "https://www.osce.org/centre-in-ashgabat/1") -> dict[str, Any]:
    return extract(html.encode(), url).records[0]


def _forum(h1: str, title: str) -> str:
    return (f"<html lang='en'><head><title>{title} | OSCE</title></head><body>"
            f"<h1>{h1}</h1><h2>Centre in Ashgabat news</h2>"
            "<article><h3>Border officers trained in risk analysis at the Turkmen border</h3>"
            "<div>by <a href='/user/1'>Press Officer</a> - <time datetime='2023-03-14'>"
            "Tuesday, 14 March 2023, 4:12 PM</time></div>"
            "<dl><dt>Issued by</dt><dd>OSCE Centre in Ashgabat</dd></dl>"
            f"<div>{TEXT}</div></article></body></html>")


def test_section_h1_gives_way_to_the_heading_the_title_names() -> None:
    html = _forum("OSCE Newsroom", "OSCE Newsroom: Centre in Ashgabat news: Border officers "
                  "trained in risk analysis at the Turkmen border")
    record = _record(html)
    assert record["title"] == "Border officers trained in risk analysis at the Turkmen border"


def test_h1_not_named_by_title_stays_the_headline() -> None:
    html = _forum("Training for border officers concludes in Ashgabat",
                  "Training for border officers concludes in Ashgabat")
    assert _record(html)["title"] == "Training for border officers concludes in Ashgabat"


def test_dashed_byline_is_no_lead() -> None:
    html = _forum("OSCE Newsroom", "OSCE Newsroom: Border officers trained in risk analysis "
                  "at the Turkmen border")
    assert not (_record(html)["summary"] or "").startswith("by ")


@pytest.mark.parametrize("cls", ["onlyprint", "visible-print", "print-only"])
def test_print_only_copy_is_not_rendered(cls: str) -> None:
    html = (f"<html lang='en'><head><title>Talks on water | OSCE</title></head><body>"
            f"<div class='{cls}'><h1>Print copy title that differs</h1></div>"
            "<p>Press release</p><h1>Talks on water</h1>" + TEXT + "</body></html>")
    record = _record(html)
    assert record["title"] == "Talks on water"
    assert "Print copy" not in record["body"]


@pytest.mark.parametrize(("glyph", "shown"), [("#", False), ("¶", False), ("more", True)])
def test_permalink_glyph_is_no_text(glyph: str, shown: bool) -> None:
    from lxml import html as lh
    el = lh.fromstring(f"<h2>Next steps<a class='x' href='#next-steps'>{glyph}</a></h2>")
    assert (glyph in visible_text(el)) is shown
    assert (hidden_kind(el[0]) is None) is shown


def test_jive_508_label_is_screen_reader_only() -> None:
    from lxml import html as lh
    el = lh.fromstring("<header><span class='j-508-label'>Wpis na blogu</span>"
                       "<h1>Raport</h1></header>")
    assert hidden_kind(el[0]) == "screen-reader-only"
    assert visible_text(el) == "Raport"


def test_albanian_field_list_labels() -> None:
    html = ("<html lang='sq'><head><title>Trajnim për komisionerët | OSBE</title></head><body>"
            "<h1>Trajnim për komisionerët<a class='headerlink' href='#t'>#</a></h1>"
            "<dl class='field-list'><dt>Publikuar më<span class='colon'>:</span></dt>"
            "<dd><p>18 prill 2023</p></dd><dt>Publikuar nga<span class='colon'>:</span></dt>"
            "<dd><p>Prania e OSBE-së në Shqipëri</p></dd></dl>"
            "<p>Prania e OSBE-së në Shqipëri përfundoi sot një cikël trajnimesh për më shumë "
            "se 300 anëtarë të komisioneve zgjedhore në dhjetë qarqe të vendit.</p>"
            "<p>Trajnimet, që zgjatën tre javë, u fokusuan në procedurat e numërimit të "
            "votave dhe në trajtimin e ankesave.</p></body></html>")
    record = _record(html, "https://www.osce.org/sq/presence-in-albania/1")
    assert record["title"] == "Trajnim për komisionerët"
    assert record["issued_on"] == "2023-04-18"
    assert record["issued_by"] == ["Prania e OSBE-së në Shqipëri"]
    assert record["language"] == "sq"


@pytest.mark.parametrize(("text", "lang"), [
    (("Prania e OSBE-së në Shqipëri, në bashkëpunim me Komisionin Qendror të Zgjedhjeve, "
     "përfundoi sot një cikël trajnimesh për më shumë se 300 anëtarë të komisioneve."), "sq"),
    (("Misja OBWE w Warszawie zorganizowała szkolenie dla sędziów, które zostało "
     "przeprowadzone przez ekspertów oraz przedstawicieli ministerstwa na prośbę władz."), "pl"),
    (("Il corso, organizzato dalla Missione, si è concluso oggi a Roma con la partecipazione "
     "di giudici e procuratori della regione e degli esperti del Consiglio."), "it"),
])
def test_detect_albanian_polish_italian(text: str, lang: str) -> None:
    assert detect(text)[0] == lang
