"""A newsletter's invitation set beside its e-mail form ("Iscriviti alla nostra
newsletter…") is the form's words, no text of the item; a box beside a form asking no
e-mail address (a search box) keeps its text."""

from __future__ import annotations

from typing import Any

from tests.pages import news_record

TEXT = ("<p>Il forum ha riunito ragazze e ragazzi che frequentano istituti in cui, pur "
        "condividendo lo stesso edificio, seguono programmi diversi.</p>"
        "<p>Divisi in gruppi misti, i partecipanti hanno lavorato con facilitatori e "
        "insegnanti volontari su tre temi della vita scolastica.</p>")
MORE = ("<p>Diversi partecipanti hanno raccontato di aver conosciuto per la prima volta, "
        "durante il forum, coetanei che frequentano lo stesso edificio.</p>")
LAST = ("Al termine dei lavori, gli studenti hanno approvato un documento comune con le loro "
        "raccomandazioni, che sarà presentato nel corso dell’estate.")
INVITE = ("Ti è stato utile questo articolo? Iscriviti alla nostra newsletter settimanale "
          "per ricevere le notizie.")


def _news(box: str) -> Any:
    return news_record(
        "<div class='article'><h1>Gli studenti discutono il futuro dell’istruzione</h1>"
        f"<div>{TEXT}</div><div>{MORE}<p>{LAST}</p></div>{box}</div>",
        "https://www.osce.org/it/mission-to-bosnia-and-herzegovina/900003", "it")


def test_the_invitation_beside_a_newsletter_form_is_no_text() -> None:
    record = _news(
        f"<div class='box-x'><p><strong>{INVITE}</strong></p>"
        "<form action='/it/newsletter/subscribe' method='post'>"
        "<input type='email' name='email'/><input type='submit' value='Iscriviti'/>"
        "</form></div>")
    assert record["body"].split("\n\n")[-1] == LAST
    assert INVITE not in record["body"]


def test_a_box_with_a_search_form_keeps_its_text() -> None:
    # a form asking no e-mail address (a search box) makes no invitation of its text
    record = _news(f"<div class='box-x'><p>{INVITE}</p>"
                   "<form action='/it/search'><input type='text' name='q'/></form></div>")
    assert INVITE in record["body"]
