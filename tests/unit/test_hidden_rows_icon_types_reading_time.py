"""A data table's collapsed detail row (``style="display: none"``) gives its entry no
teaser; an icon font's ligature ("event" before a date) is no type label; a news
page's reading time ("Час читання: 3 хв") is no body line."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit


def _records(body: str, url: str, kind: str, lang: str) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>OSCE</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, kind).records


def test_a_collapsed_detail_row_gives_no_teaser() -> None:
    rows = "".join(
        f"<tr><td><time datetime='2023-11-2{i}'>2{i}/11/2023</time></td>"
        f"<td><a href='/es/secretariat/80274{i}'>La OSCE reúne a expertos número {i}</a></td>"
        f"<td>Noticia</td></tr>"
        f"<tr class='expanded-row' style='display: none;'><td colspan='3'><p>Más de sesenta "
        f"funcionarios compartieron experiencias sobre el control número {i}.</p></td></tr>"
        for i in range(3))
    table = (f"<main><table><thead><tr><th>Fecha</th><th>Título</th><th>Tipo</th></tr>"
             f"</thead><tbody>{rows}</tbody></table></main>")
    records = _records(table, "https://www.osce.org/es/press-releases", "listing", "es")
    assert [r["summary"] for r in records] == [None, None, None]
    assert [r["content_type"] for r in records] == ["Noticia"] * 3


def test_an_icon_ligature_before_the_date_is_no_type() -> None:
    cards = "".join(
        f"<div class='card'><div class='chips'><span class='chip'><i class='icon "
        f"material-icons' aria-hidden='true'>event</i><time datetime='2022-06-2{i}'>2{i} giu "
        f"2022</time></span>{'<span class=chip>Notizia</span>' if i else ''}</div>"
        f"<h3><a href='/it/mission-to-serbia/80251{i}'>La Missione sostiene i giornalisti "
        f"numero {i}</a></h3><p>Trenta giornalisti hanno partecipato a un laboratorio {i}.</p>"
        f"</div>" for i in range(3))
    records = _records(f"<main>{cards}</main>", "https://www.osce.org/it/press-releases",
                       "listing", "it")
    assert [r["content_type"] for r in records] == [None, "Notizia", "Notizia"]


def test_a_reading_time_line_is_no_body() -> None:
    text = ("КИЇВ, 14 вересня 2021 року — Понад сорок суддів місцевих судів взяли участь у "
            "дводенному тренінгу щодо розгляду справ про домашнє насильство.")
    more = ("Тренерами виступили судді, які мають досвід розгляду таких справ, а також "
            "представники Національної поліції та Урядового уповноваженого з питань "
            "гендерної політики.")
    body = (f"<main><article><section class='border-bottom'><h1>Судді вдосконалили навички"
            f"</h1><ul class='item-meta'><li><span>Опубліковано:</span> <time "
            f"datetime='2021-09-15'>15 вересня 2021</time></li></ul>"
            f"<figure><img src='/files/a.jpg' alt=''><figcaption>Учасники тренінгу, Київ."
            f"</figcaption></figure><div class='row'><div class='col'><span class='text-muted "
            f"small'><i class='far fa-clock' aria-hidden='true'></i>Час читання: 3 хв</span>"
            f"</div><div class='col share-row'><span>Поділитися:</span><a href='https://www."
            f"facebook.com/sharer/sharer.php?u=x'>Facebook</a></div></div></section>"
            f"<div class='article-body'><p>{text}</p><p>Учасники тренінгу опрацювали зміни "
            f"до законодавства, що набули чинності протягом останніх двох років.</p></div>"
            f"<aside class='card'><h5>Підпишіться на нашу розсилку</h5><p>Щотижневий "
            f"дайджест новин.</p></aside><div class='article-body'><p>{more}</p>"
            f"<blockquote><p>{more}</p></blockquote><p>{more}</p></div></article></main>")
    record = _records(body, "https://www.osce.org/uk/project-coordinator-in-ukraine/802114",
                      "news", "uk")[0]
    assert "Час читання" not in record["body"]
    assert record["body"].startswith("КИЇВ")
    assert record["dateline"] == {"place": "КИЇВ", "date": "2021-09-14"}
