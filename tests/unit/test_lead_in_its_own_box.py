"""A lead alone in a box of its own under the headline's byline (an article template
that writes the lead and the text from two fields side by side, a share row and a picture
between them), the description repeating it word for word, is the summary and no body;
the text's first paragraph (a dateline before the same words) stays."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

URL = "https://www.osce.org/it/mission-to-bosnia-and-herzegovina/900002"
LEAD = ("Oltre cento studenti delle scuole di tre città si sono confrontati per due giorni "
        "sul modo di superare la divisione delle classi.")
FIRST = "MOSTAR, 14 giugno – " + LEAD
SECOND = ("Il forum ha riunito ragazze e ragazzi che frequentano istituti in cui, pur "
          "condividendo lo stesso edificio, seguono programmi diversi.")
THIRD = ("Divisi in gruppi misti, i partecipanti hanno lavorato con facilitatori e "
         "insegnanti volontari su tre temi della vita scolastica.")
MORE = ("Al termine dei lavori, gli studenti hanno approvato un documento comune con le loro "
        "raccomandazioni, che sarà presentato nel corso dell’estate.")

def _page(description: str = LEAD, lead_box: str = f"<div><p>{LEAD}</p></div>",
          after: str = "") -> str:
    return (
        "<html lang='it'><head><title>Forum</title>"
        f"<meta name='description' content='{description}'/></head><body>"
        "<div class='article'>"
        "<div><h1>Gli studenti discutono insieme il futuro dell’istruzione</h1></div>"
        "<div class='byline'><span class='date'>Pubblicato il <time "
        "datetime='2022-06-14T11:20:00+02:00'>14/06/2022</time></span> <span>|</span> "
        "<span><a href='/it/aree/bosnia'>Bosnia-Erzegovina</a></span></div>"
        f"{lead_box}"
        "<div class='share-row'><a href='https://www.facebook.com/sharer'>Facebook</a> "
        "<a href='https://twitter.com/intent'>Twitter</a></div>"
        "<div class='picture'><img src='/a.jpg' alt='Studenti'/>"
        "<p class='credits'>Foto: OSCE / Edin</p></div>"
        f"<div><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"
        f"<div><p>{MORE}</p></div>{after}"
        "</div></body></html>")


def _news(page: str) -> Any:
    return extract(page.encode(), URL, "news").records[0]


def test_a_lead_alone_in_its_box_under_the_byline_is_the_summary() -> None:
    record = _news(_page())
    assert record["summary"] == LEAD
    assert record["body"].split("\n\n")[0] == FIRST
    assert LEAD not in [b["text"] for b in record["body_blocks"]]
    assert record["dateline"] == {"place": "MOSTAR", "date": "2022-06-14"}


def test_a_box_the_description_does_not_repeat_is_no_lead() -> None:
    # a description of other words names no paragraph the lead
    record = _news(_page(description="Un forum a Mostar."))
    assert record["summary"] is None


def test_a_first_paragraph_sharing_its_box_with_the_text_is_no_lead() -> None:
    # the description copied from the text's opening: the paragraph is the text's own
    record = _news(_page(lead_box=f"<div><p>{LEAD}</p><p>{SECOND} Altro.</p></div>"))
    assert record["summary"] is None
