"""News, listing and kind mechanisms that university CMSs, component libraries, 2000s
portals, Nordic design systems and site-builder exports asked for; each test fails
without its mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.blocks import LIST_ITEM, QUOTE, block_type
from scraper.extract.dates import date_in_byline, parse_date
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.page_styles import page_never_shown_classes, parse_sheets
from scraper.extract.structure import class_tokens, is_widget
from scraper.extract.visible import hidden_kind

LONG = ("Die Wahlbeobachtungsmission hat am Montag in Kiew ihre vorläufigen Feststellungen "
        "vorgestellt; die Wahlen seien weitgehend im Einklang mit den Verpflichtungen "
        "abgehalten worden, hieß es in der Erklärung der Beobachter.")
MORE = ("Der Bericht empfiehlt, die Regeln für die Finanzierung der Wahlkampagnen zu "
        "überarbeiten und die Arbeit der Wahlkommissionen transparenter zu gestalten.")

LUNGO = ("L’Ufficio ha presentato a Varsavia un manuale aggiornato per l’osservazione della "
         "partecipazione delle donne ai processi elettorali, frutto di due anni di lavoro.")
ANCORA = ("Il documento sostituisce la versione pubblicata nel 2004 e tiene conto delle nuove "
          "forme di partecipazione politica, compresa la campagna sui social media.")


def _news(body: str, lang: str = "en", url: str = "https://www.osce.org/odihr/589412",
          head: str = "") -> dict[str, Any]:
    page = (f"<html lang='{lang}'><head><title>X</title>{head}</head><body>{body}"
            "</body></html>")
    return extract(page.encode(), url, "news").records[0]


def _listing(body: str, lang: str = "en", url: str = "https://www.osce.org/newsroom") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def _cards(inner: str, n: int = 3) -> str:
    return "<main><ul>" + "".join(f"<li>{inner.format(i=i)}</li>" for i in range(n)) + \
        "</ul></main>"


# ------------------------------------------------------------------ visible text
def test_a_class_the_pages_stylesheet_never_shows_is_hidden() -> None:
    sheet = (".copy{display:none} .panel{display:none} .open .panel{display:block} "
             "@media (max-width:600px){.wide{display:none}}")
    assert page_never_shown_classes(parse_sheets((sheet,))) == {"copy"}


def test_a_title_copy_hidden_by_the_pages_stylesheet_is_no_body() -> None:
    record = _news("<main><article><h1>Observers present a new handbook</h1>"
                   "<div class='text'><h3 class='graf-title'>Observers present a new handbook"
                   f"</h3><p>{LONG}</p><p>{MORE}</p></div></article></main>", "de",
                   head="<style>.graf-title { display: none; }</style>")
    assert record["body_blocks"][0]["type"] == "paragraph"


def test_edge_deliverys_section_settings_are_no_text() -> None:
    doc = Document(url="https://www.osce.org/", text="<div class='section-metadata'>x</div>")
    assert hidden_kind(doc.root.find(".//div")) is not None


def test_a_screen_reader_class_written_without_its_dashes() -> None:
    doc = Document(url="https://www.osce.org/",
                   text="<p><span class='veera-screenreader-text'>x</span></p>")
    assert hidden_kind(doc.root.find(".//span")) is not None


def test_a_modifier_naming_what_stands_beside_is_no_widget_word() -> None:
    doc = Document(url="https://www.osce.org/",
                   text=f"<div class='page-content-has-aside'><p>{LONG}</p></div>")
    box = doc.root.find(".//div")
    assert "aside" not in class_tokens(box)
    assert not is_widget(box)


# ------------------------------------------------------------------ news
def test_aria_roles_mark_list_items_and_quotes() -> None:
    doc = Document(url="https://www.osce.org/", text=(
        "<div role='list'><div role='listitem'><span>one</span></div></div>"
        "<div role='blockquote'><span>said</span></div>"))
    spans = doc.root.findall(".//span")
    assert [block_type(s) for s in spans] == [LIST_ITEM, QUOTE]


def test_a_date_label_followed_by_reading_time() -> None:
    record = _news("<main><article><h1>Manuale per l’osservazione elettorale</h1>"
                   "<div><span>Pubblicato il</span> <span>mercoledì 12 febbraio 2025</span> "
                   "<span aria-hidden='true'>·</span> <span>4 min di lettura</span></div>"
                   f"<div><p>{LUNGO}</p><p>{ANCORA}</p></div></article></main>", "it",
                   "https://www.osce.org/it/odihr/589412")
    assert record["issued_on"] == "2025-02-12"


def test_a_posters_byline_among_facts_dates_the_item_and_is_no_lead() -> None:
    record = _news("<table><tr><td class='newsheading'><b>Seminar für Mitglieder der "
                   "Wahlräte in Moldau</b></td></tr><tr><td><font size='1'>Hinzugefügt von "
                   "<a href='/user.php?id.7'>press_md</a> am Donnerstag, 15. März 2007 - "
                   "11:42:07 | Kommentare: 2 |</font></td></tr><tr><td>" + LONG + "<br><br>" +
                   MORE + "</td></tr></table>", "de", "https://www.osce.org/de/news.php?extend.4187")
    assert record["title"] == "Seminar für Mitglieder der Wahlräte in Moldau"
    assert record["issued_on"] == "2007-03-15"
    assert record["summary"] is None


def test_a_category_naming_a_type_is_the_content_type() -> None:
    body = ("<main><article><h1>Seminar für Mitglieder der Wahlräte</h1><p>15.03.2007 | "
            "Kategorie: <a href='/de/news.php?cat.3'>Pressemitteilungen</a> | Kommentare: "
            f"2 |</p><div><p>{LONG}</p><p>{MORE}</p></div></article></main>")
    assert _news(body, "de", "https://www.osce.org/de/odihr/4187")["content_type"] == \
        "Pressemitteilungen"


def test_a_category_naming_a_field_is_no_content_type() -> None:
    body = ("<main><article><h1>Seminar für Mitglieder der Wahlräte</h1><p>Kategorie: "
            f"<a href='/de/news.php?cat.3'>Wahlen</a></p><div><p>{LONG}</p><p>{MORE}</p>"
            "</div></article></main>")
    assert _news(body, "de", "https://www.osce.org/de/odihr/4187")["content_type"] is None


def test_the_dateline_opens_the_paragraph_after_a_repeated_lead() -> None:
    lead = "Il nuovo manuale aiuta le missioni a valutare gli ostacoli per le donne."
    record = _news(f"<main><article><h1>Nuovo manuale</h1><p class='lead'>{lead}</p>"
                   "<div><span>Pubblicato il</span> <span>12 febbraio 2025</span></div>"
                   f"<section><h4>{lead}</h4><p><strong>VARSAVIA, 11 febbraio 2025 –</strong> "
                   f"{LUNGO}</p><p>{ANCORA}</p></section></article></main>", "it",
                   "https://www.osce.org/it/odihr/589412")
    assert record["dateline"] == {"place": "VARSAVIA", "date": "2025-02-11"}


def test_an_avatars_initials_are_no_issuer() -> None:
    body = ("<main><article><h1>Cooperazione regionale</h1><table><tr><td>"
            "<span>Pubblicato da:</span><span><span class='avatar'>SO</span> "
            "<a href='/it/secretariat'>Segretariato OSCE</a></span></td></tr></table>"
            f"<div><p>{LUNGO}</p><p>{ANCORA}</p></div></article></main>")
    assert _news(body, "it", "https://www.osce.org/it/secretariat/589000")["issued_by"] == \
        ["Segretariato OSCE"]


# ------------------------------------------------------------------ dates
def test_a_date_in_figures_in_a_byline() -> None:
    line = "Veröffentlicht von webredaktion am 27.03.2006 16:05 (214 Mal gelesen)"
    assert parse_date(date_in_byline(line, "de"), "de") == "2006-03-27"
    assert parse_date("am 27.03.2006", "de") == "2006-03-27"


# ------------------------------------------------------------------ listings
def test_a_posters_name_linking_to_a_user_page_is_no_issuer() -> None:
    assert urls.is_user_page("http://www.osce.org/de/userinfo.php?uid=9")
    assert not urls.is_user_page("https://www.osce.org/secretariat")
    records = _listing(_cards(
        "<h3><a href='/de/odihr/1043{i}'>Wahlbeobachter legen Bericht vor</a></h3>"
        "<div>Veröffentlicht von <a href='/de/userinfo.php?uid=9'>webredaktion</a></div>"),
        "de", "https://www.osce.org/de/news").records
    assert {tuple(r["issued_by"]) for r in records} == {()}


def test_a_tag_listing_is_told_from_a_structures_page() -> None:
    assert urls.is_tag_page("https://www.osce.org/tagged/odihr")
    assert urls.is_tag_page("https://www.osce.org/ru/теги/бдипч")
    assert not urls.is_tag_page("https://www.osce.org/odihr")
    assert not urls.is_tag_page(None)


def test_a_type_value_ends_with_its_line() -> None:
    records = _listing(_cards(
        "<h3><a href='/es/odihr/2231{i}'>Curso sobre investigación financiera</a></h3>"
        "<p>Tipo: Noticia<br><a href='/es/odihr/2231{i}'>Leer más...</a> (2817 bytes más) "
        "| <a href='/es/odihr/2231{i}#comments'>Comentarios</a></p>"), "es",
        "https://www.osce.org/es/news").records
    assert {r["content_type"] for r in records} == {"Noticia"}


def test_a_chip_naming_a_field_holds_a_renderers_comment() -> None:
    records = _listing(_cards(
        "<a href='/ru/mission-to-moldova/58812{i}'><h2>Семинар по борьбе с торговлей "
        "людьми</h2><div><ion-chip><!--r.24-->Борьба с торговлей людьми</ion-chip></div>"
        "</a>"), "ru", "https://www.osce.org/ru/news").records
    assert [r["fields_of_work"] for r in records] == [["Борьба с торговлей людьми"]] * 3


# ------------------------------------------------------------------ hidden roots, badges, cards
def test_a_components_visually_hidden_root_hides_its_words() -> None:
    doc = Document(url="https://www.osce.org/",
                   text="<p><span class='mantine-VisuallyHidden-root'>x</span></p>")
    assert hidden_kind(doc.root.find(".//span")) is not None


def test_a_date_badge_takes_its_year_from_the_group_heading() -> None:
    items = "".join(
        f"<li><article><div><span>2{i}</span><span>Jan.</span></div><h3><a href='/de/odihr/"
        f"5612{i}0'>Fortbildung für Staatsanwälte Nummer {i}</a></h3></article></li>"
        for i in range(3))
    body = f"<main><section><h2>2024</h2><ol>{items}</ol></section></main>"
    records = _listing(body, "de", "https://www.osce.org/de/news").records
    assert [r["issued_on"] for r in records] == ["2024-01-20", "2024-01-21", "2024-01-22"]


def test_a_line_of_facts_parted_by_dashes_names_its_issuer() -> None:
    records = _listing(_cards(
        "<p><b><a href='/es/odihr/56021{i}'>La OIDDH presenta sus conclusiones</a></b></p>"
        "<p>19 de diciembre de 2023 – Comunicado de prensa – Misión de la OSCE en Serbia</p>"),
        "es", "https://www.osce.org/es/prensa").records
    assert [r["issued_by"] for r in records] == [["Misión de la OSCE en Serbia"]] * 3


def test_a_headline_split_into_two_links_is_one_title() -> None:
    records = _listing(_cards(
        "<p><b><a href='/es/mission-to-bosnia-and-herzegovina/55671{i}'>La Misión presenta "
        "la guía </a></b><b><i><a href='/es/mission-to-bosnia-and-herzegovina/55671{i}'>"
        "Escuelas para todos</a></i></b></p><p>Un texto breve sobre la guía y su uso en "
        "las escuelas del país.</p>"), "es", "https://www.osce.org/es/prensa").records
    assert {r["title"] for r in records} == {"La Misión presenta la guía Escuelas para todos"}


def test_a_sections_year_archive_is_no_item() -> None:
    assert urls.node_id("https://www.osce.org/es/prensa/2022") is None
    assert urls.node_id("https://www.osce.org/node/2022") == "2022"


def test_a_column_title_repeated_in_a_cell_is_no_value() -> None:
    rows = "".join(
        f"<tr><td><span class='col-title'>Título</span><a href='/es/odihr/5632{i}0'>Informe "
        f"final número {i}</a></td><td><span class='col-title'>Fecha</span>12/03/2024</td>"
        "<td><span class='col-title'>Emitido por</span><span aria-hidden='true'>—</span>"
        "<span class='sr-only'>Sin emisor</span></td></tr>" for i in range(3))
    body = ("<main><table><thead><tr><th>Título</th><th>Fecha</th><th>Emitido por</th>"
            "</tr></thead>"
            f"<tbody>{rows}</tbody></table></main>")
    records = _listing(body, "es", "https://www.osce.org/es/news").records
    assert {tuple(r["issued_by"]) for r in records} == {()}


def test_a_download_card_in_the_text_is_no_body() -> None:
    card = ("<div class='module'><div><a href='/files/f/documents/1/2/5512.pdf'>"
            "Zusammenfassung</a></div><div>PDF, 4 Seiten</div><div>Zusammenfassung.pdf</div>"
            "<div><a href='/files/f/documents/1/2/5512.pdf'>Download</a></div></div>")
    record = _news(f"<main><article><h1>Grenzbeamte beraten in Wien</h1><div><p>{LONG}</p>"
                   f"<p>{MORE}</p>{card}</div></article></main>", "de",
                   "https://www.osce.org/de/secretariat/586201")
    assert record["body"] == f"{LONG}\n\n{MORE}"


def test_a_subtitle_the_description_repeats_is_the_lead() -> None:
    lead = "Вторая история из нашей серии о людях, которые охраняют границы Центральной Азии."
    record = _news(f"<main><article><h1>Женщины на границе</h1><h2>{lead}</h2><div>"
                   "<p>Двадцать пять молодых активистов из пяти областей завершили пятидневную "
                   "школу молодых лидеров, организованную программным офисом.</p><p>Участники "
                   "изучили основы анализа конфликтов, медиации и ведения диалога.</p></div>"
                   "</article></main>", "ru", "https://www.osce.org/ru/secretariat/560001",
                   head=f"<meta name='description' content='{lead}'>")
    assert record["summary"] == lead


def test_a_tag_pages_link_names_no_issuer() -> None:
    record = _news(f"<main><article><h1>Una settimana con gli osservatori</h1><div>"
                   f"<p>{LUNGO}</p><p>{ANCORA}</p></div><footer><a href='/it/tagged/odihr'>"
                   "ODIHR</a></footer></article></main>", "it",
                   "https://www.osce.org/it/odihr/554870")
    assert record["issued_by"] == []
