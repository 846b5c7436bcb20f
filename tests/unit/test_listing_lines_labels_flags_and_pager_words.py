"""Listing designs: what an entry's lines, labels, flags and pager words say (commits
1e16355, b58429d, fb0c64b, ccc9904, e35a3d2), one test for each mechanism, on small
pages written for them."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.labels import find_labels
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.listing_pager import is_next_text
from scraper.extract.structure import is_chrome_element
from scraper.extract.visible import visible_text


def _doc(body: str, url: str, lang: str = "en") -> Document:
    return Document(url=url, text=f"<html lang='{lang}'><body>{body}</body></html>")


def _entries(body: str, url: str, lang: str = "en") -> list[dict[str, Any]]:
    return ListingPage(_doc(body, url, lang)).entries()


def _field(entries: list[dict[str, Any]], name: str) -> list[Any]:
    return [e[name] for e in entries]


# ------------------------------------------------------------------ 1e16355

def test_another_page_of_the_same_search_is_no_entry() -> None:
    entries = _entries(
        "<h1>Suchergebnisse</h1><ol class='treffer'>"
        "<li><a href='/de/odihr/elections/571204'>Beobachter legen ihren Zwischenbericht vor"
        "</a></li>"
        "<li><a href='/de/odihr/elections/571188'>Langzeitbeobachter im ganzen Land im Einsatz</a>"
        "</li></ol><p>Treffer 1-20 von 412. "
        "<a href='/de/suche.php?suchbegriff=wahlen&amp;p=21'>Treffer 21-40</a></p>",
        "https://www.osce.org/de/suche.php?suchbegriff=wahlen&p=1", "de")
    assert _field(entries, "url") == ["https://www.osce.org/de/odihr/elections/571204",
                                      "https://www.osce.org/de/odihr/elections/571188"]


def test_the_item_address_shown_without_its_scheme_is_no_teaser() -> None:
    hit = ("<div class='hit'><h3><a href='https://www.osce.org/ru/odihr/{n}'>{title}</a></h3>"
           "<p>{teaser}</p><div class='url'>www.osce.org/ru/odihr/{n}</div></div>")
    entries = _entries(
        "<h1>Результаты поиска</h1>"
        + hit.format(n=481234, title="БДИПЧ открывает миссию по наблюдению за выборами",
                     teaser="Миссия будет следить за подготовкой к выборам и за ходом "
                            "голосования.")
        + hit.format(n=481102, title="Наблюдатели представили предварительные выводы",
                     teaser="Выводы были представлены на пресс-конференции в столице."),
        "https://www.osce.org/ru/search?q=выборы", "ru")
    assert _field(entries, "summary") == [
        "Миссия будет следить за подготовкой к выборам и за ходом голосования.",
        "Выводы были представлены на пресс-конференции в столице."]


def test_a_button_joining_a_loading_verb_to_more_words_is_the_next_page() -> None:
    page = ListingPage(_doc(
        "<h1>Pressemitteilungen</h1><ul>"
        "<li><a href='/de/secretariat/573310'>Generalsekretär besucht Zentralasien</a></li>"
        "<li><a href='/de/secretariat/573297'>Neue Leitlinien zum Grenzschutz</a></li></ul>"
        "<button class='btn' data-url='/de/newsroom?page=2'>Weitere Meldungen laden</button>",
        "https://www.osce.org/de/newsroom", "de"))
    assert page.next_page is not None
    assert page.next_page.value == "https://www.osce.org/de/newsroom?page=2"


def test_a_known_type_wins_over_a_pinned_badge_before_it() -> None:
    entries = _entries(
        "<h1>Actualités</h1>"
        "<div class='card'><span class='badge'>Épinglé</span> "
        "<span class='label'>Communiqué de presse</span>"
        "<h3><a href='/fr/chairpersonship/574410'>La Présidence appelle au dialogue</a></h3></div>"
        "<div class='card'><span class='label'>Communiqué de presse</span>"
        "<h3><a href='/fr/chairpersonship/574377'>Réunion ministérielle à Malte</a></h3></div>",
        "https://www.osce.org/fr/newsroom", "fr")
    assert _field(entries, "content_type") == ["Communiqué de presse"] * 2


def test_an_article_bounds_its_entry_inside_a_box_of_other_lines() -> None:
    article = ("<article><h3><a href='/it/mission-to-serbia/{n}'>{title}</a></h3>"
               "<p>{teaser}</p></article>")
    entries = _entries(
        "<h1>Notizie</h1><section class='top'>"
        "<p>Le storie più importanti della settimana scelte dalla redazione.</p>"
        + article.format(n=575120, title="La Missione sostiene i giovani giornalisti",
                         teaser="Venti giornalisti hanno seguito un corso di tre giorni.")
        + "</section><section>"
        + article.format(n=575101, title="Formazione per la polizia locale",
                         teaser="Il corso ha riguardato la prevenzione dei reati d'odio.")
        + "</section>",
        "https://www.osce.org/it/news", "it")
    assert _field(entries, "summary") == [
        "Venti giornalisti hanno seguito un corso di tre giorni.",
        "Il corso ha riguardato la prevenzione dei reati d'odio."]


def test_a_header_class_worn_by_every_entry_is_no_page_header() -> None:
    # entries as plain boxes (no <article> saying they are content), Movable Type's way
    post = ("<div class='asset'><div class='asset-header'><h2><a href='/secretariat/{n}'>"
            "Entry {n}</a></h2></div><p>Some words about the entry.</p></div>")
    doc = _doc("<div class='site-header'><a href='/'>OSCE</a></div>"
               + "".join(post.format(n=n) for n in (576001, 576002, 576003)),
               "https://www.osce.org/blog")
    site_header, first_entry_header = doc.root.xpath("//div[contains(@class, 'header')]")[:2]
    assert is_chrome_element(site_header)
    assert not is_chrome_element(first_entry_header)


# ------------------------------------------------------------------ b58429d

def test_a_line_of_facts_parted_by_its_elements_gives_the_date() -> None:
    item = ("<div class='item'><h3><a href='/es/odihr/{n}'>{title}</a></h3><div class='meta'>"
            "<span>Comunicado de prensa</span> {date} · <span>Viena</span></div></div>")
    entries = _entries(
        "<h1>Noticias</h1>"
        + item.format(n=576230, title="Observadores visitan centros de votación",
                      date="14 de febrero de 2025")
        + item.format(n=576219, title="Taller sobre libertad de reunión",
                      date="11 de febrero de 2025"),
        "https://www.osce.org/es/noticias", "es")
    assert _field(entries, "issued_on") == ["14 de febrero de 2025", "11 de febrero de 2025"]


def test_a_line_of_facts_may_name_several_long_issuers() -> None:
    entries = _entries(
        "<h1>Publications</h1><div class='row'><h3><a href='/oceea/577340'>Water governance in "
        "Central Asia: a regional workshop</a></h3><div class='meta'>3 March 2025 · Office of "
        "the Co-ordinator of OSCE Economic and Environmental Activities, OSCE Programme Office "
        "in Bishkek</div></div><div class='row'><h3><a href='/oceea/577311'>Experts discuss "
        "energy security in Vienna</a></h3><div class='meta'>27 February 2025 · OSCE "
        "Secretariat</div></div>",
        "https://www.osce.org/publications")
    assert entries[0]["issued_by"] == [
        "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
        "OSCE Programme Office in Bishkek"]
    assert entries[0]["issued_on"] == "3 March 2025"
    assert entries[0]["summary"] is None


def test_a_card_that_is_one_link_takes_its_title_line_by_class_or_first_words() -> None:
    entries = _entries(
        "<h1>Aktualności</h1><div class='grid'>"
        "<a class='card' href='/pl/odihr/578801'><div class='card-date'>12 marca 2025</div>"
        "<div class='card-title'>Obserwatorzy przedstawiają wstępne wnioski</div>"
        "<div class='card-text'>Misja działała w kraju przez sześć tygodni przed "
        "głosowaniem.</div></a>"
        "<a class='card' href='/pl/odihr/578790'><div>10 marca 2025 / Komunikat prasowy</div>"
        "<div>Szkolenie dla sędziów w zakresie przestępstw z nienawiści</div>"
        "<div>Uczestnicy poznali metody rozpoznawania motywu uprzedzeń.</div></a></div>",
        "https://www.osce.org/pl/aktualnosci", "pl")
    assert _field(entries, "title") == ["Obserwatorzy przedstawiają wstępne wnioski",
                                        "Szkolenie dla sędziów w zakresie przestępstw z nienawiści"]
    assert _field(entries, "summary") == [
        "Misja działała w kraju przez sześć tygodni przed głosowaniem.",
        "Uczestnicy poznali metody rozpoznawania motywu uprzedzeń."]


def test_a_content_type_of_the_identities_table_is_a_type() -> None:
    row = ("<li><h3><a href='/fr/secretariat/{n}'>{title}</a></h3>"
           "<p class='info'>{kind} | {date}</p></li>")
    entries = _entries(
        "<h1>Salle de presse</h1><ul class='list'>"
        + row.format(n=579120, title="Conférence annuelle sur la sécurité",
                     kind="Avis aux médias", date="4 avril 2025")
        + row.format(n=579104, title="Le Secrétaire général se rend à Tirana",
                     kind="Communiqué de presse", date="2 avril 2025") + "</ul>",
        "https://www.osce.org/fr/newsroom", "fr")
    assert _field(entries, "content_type") == ["Avis aux médias", "Communiqué de presse"]


def test_phrase_formatting_stays_inside_its_word() -> None:
    doc = _doc("<p>Le 50<sup>e</sup> anniversaire des observations électorale<mark>s</mark>"
               " du <b>BIDDH</b></p>", "https://www.osce.org/fr/x/1", "fr")
    assert visible_text(doc.root.xpath("//p")[0]) == \
        "Le 50e anniversaire des observations électorales du BIDDH"


# ------------------------------------------------------------------ fb0c64b

def test_a_label_value_ends_at_a_bar_before_a_fact_of_another_kind() -> None:
    entries = _entries(
        "<h1>Meldungen</h1><div class='teaser'><h3><a href='/de/mission-to-moldova/580212'>"
        "Workshop zur Wahlbeobachtung in Chișinău</a></h3><div class='meta'>Herausgegeben von: "
        "<span>OSCE Mission to Moldova</span> | <a class='tag' href='/de/gender-equality'>"
        "Gleichstellung</a></div></div>"
        "<div class='teaser'><h3><a href='/de/mission-to-moldova/580198'>Schulung für "
        "Grenzbeamte</a></h3><div class='meta'>Arbeitsbereiche: <a class='tag' "
        "href='/de/border-management'>Grenzmanagement</a> · <a class='tag' "
        "href='/de/policing'>Polizeiarbeit</a></div></div>",
        "https://www.osce.org/de/meldungen", "de")
    assert _field(entries, "issued_by") == [["OSCE Mission to Moldova"], []]
    # links of one kind parted by bullets stay one value
    assert _field(entries, "fields_of_work") == [["Gleichstellung"],
                                                 ["Grenzmanagement", "Polizeiarbeit"]]


def test_a_label_in_a_links_tail_leaves_the_link_to_the_label_before() -> None:
    nota = ("<div class='nota'><h3><a href='/es/mission-to-bosnia-and-herzegovina/{n}'>{title}"
            "</a></h3><p class='datos'>Publicado por: <a href='/es/mission-to-bosnia-and-"
            "herzegovina'>Misión de la OSCE en Bosnia y Herzegovina</a> · Fecha: {date}</p></div>")
    entries = _entries(
        "<h1>Noticias</h1>"
        + nota.format(n=581340, title="Debate sobre la reforma educativa en Sarajevo",
                      date="9 de mayo de 2025")
        + nota.format(n=581322, title="Jóvenes líderes se reúnen en Mostar",
                      date="6 de mayo de 2025"),
        "https://www.osce.org/es/noticias", "es")
    assert _field(entries, "issued_by") == [["Misión de la OSCE en Bosnia y Herzegovina"]] * 2
    assert _field(entries, "issued_on") == ["9 de mayo de 2025", "6 de mayo de 2025"]


def test_label_words_and_separators_left_of_a_line_of_facts_are_no_teaser() -> None:
    post = ("<div class='post'><h3><a href='/es/mission-to-montenegro/{n}'>{title}</a></h3>"
            "<div class='meta'><time datetime='{iso}'>{date}</time> | Publicado por: "
            "<a class='autor' href='/es/mission-to-montenegro'>Misión de la OSCE en "
            "Montenegro</a> | <a class='cat' href='/es/elections'>Elecciones</a>, "
            "<a class='cat' href='/es/good-governance'>Buena gobernanza</a>, <a class='cat' "
            "href='/es/media-freedom-and-development'>Libertad y desarrollo de los medios de "
            "comunicación</a></div></div>")
    entries = _entries(
        "<h1>Noticias</h1>"
        + post.format(n=582410, title="Apoyo a la reforma del sistema electoral",
                      iso="2025-05-12", date="12 de mayo de 2025")
        + post.format(n=582397, title="Curso para mediadores comunitarios",
                      iso="2025-05-09", date="9 de mayo de 2025"),
        "https://www.osce.org/es/noticias", "es")
    assert _field(entries, "summary") == [None, None]      # not "| Publicado por: | , ,"
    assert _field(entries, "issued_by") == [["Misión de la OSCE en Montenegro"]] * 2
    assert entries[0]["fields_of_work"] == [
        "Elecciones", "Buena gobernanza", "Libertad y desarrollo de los medios de comunicación"]


def test_a_dl_groups_date_title_and_teaser_of_one_entry() -> None:
    group = ("<dt>{date}</dt><dd class='title'><a href='/uk/project-co-ordinator-in-ukraine/{n}'>"
             "{title}</a></dd><dd class='lead'>{teaser}</dd>")
    entries = _entries(
        "<h1>Новини</h1><dl class='news'>"
        + group.format(date="14.03.2025", n=583120, title="Семінар для суддів з питань медіації",
                       teaser="Учасники обговорили, як медіація допомагає вирішувати спори.")
        + group.format(date="11.03.2025", n=583101, title="Нові посібники для місцевої влади",
                       teaser="Посібники пояснюють, як залучати громадян до рішень.")
        + "</dl>",
        "https://www.osce.org/uk/news", "uk")
    assert _field(entries, "issued_on") == ["14.03.2025", "11.03.2025"]
    assert _field(entries, "summary") == [
        "Учасники обговорили, як медіація допомагає вирішувати спори.",
        "Посібники пояснюють, як залучати громадян до рішень."]


def test_the_lines_after_a_heading_belong_to_its_entry() -> None:
    entries = _entries(
        "<h1>News archive</h1><div class='archive'>"
        "<h4><a href='/mission-to-skopje/584210'>Mission supports a new law on free legal aid"
        "</a></h4><p>The draft was discussed with lawyers and civil society in Skopje.</p>"
        "<p class='small'>20 March 2025</p>"
        "<h4><a href='/mission-to-skopje/584199'>Police academy graduates its first cadets</a>"
        "</h4><p>The cadets were trained in community policing and human rights.</p>"
        "<p class='small'>18 March 2025</p></div>",
        "https://www.osce.org/news")
    assert _field(entries, "issued_on") == ["20 March 2025", "18 March 2025"]
    assert _field(entries, "summary") == [
        "The draft was discussed with lawyers and civil society in Skopje.",
        "The cadets were trained in community policing and human rights."]


def test_a_widget_heading_in_a_table_row_of_its_own_opens_a_sidebar() -> None:
    entries = _entries(
        "<h1>Новости</h1><table><tr><td valign='top'>"
        "<p><a href='/ru/secretariat/585301'>Генеральный секретарь посетил Центральную Азию</a></p>"
        "<p><a href='/ru/secretariat/585288'>Эксперты обсудили безопасность на дорогах</a></p>"
        "</td><td valign='top'><table class='side'><tr><td><b>Самое читаемое</b></td></tr>"
        "<tr><td><a href='/ru/secretariat/412007'>Доклад о свободе собраний</a></td></tr>"
        "</table></td></tr></table>",
        "https://www.osce.org/ru/news", "ru")
    assert _field(entries, "url") == ["https://www.osce.org/ru/secretariat/585301",
                                      "https://www.osce.org/ru/secretariat/585288"]


def test_a_featured_box_before_the_first_entry_is_the_listings_top() -> None:
    entries = _entries(
        "<h1>Newsroom</h1><section><h2>Featured</h2><div class='card'><h3>"
        "<a href='/hcnm/586420'>High Commissioner visits minority schools</a></h3></div></section>"
        "<section><h2>Press releases</h2><ul>"
        "<li><a href='/hcnm/586401'>Language policy round table held in Tbilisi</a></li>"
        "<li><a href='/hcnm/586388'>New recommendations on minority participation</a></li>"
        "</ul></section><section><h2>Featured</h2><div class='card'><h3>"
        "<a href='/hcnm/501122'>The Ljubljana Guidelines at ten</a></h3></div></section>",
        "https://www.osce.org/newsroom")
    # the "Featured" box after the entries stays a sidebar
    assert _field(entries, "url") == ["https://www.osce.org/hcnm/586420",
                                      "https://www.osce.org/hcnm/586401",
                                      "https://www.osce.org/hcnm/586388"]


def test_a_known_type_before_a_label_in_its_tail_is_the_type() -> None:
    entry = ("<div class='entry'><h3><a href='/oceea/{n}'>{title}</a></h3><div class='meta'>"
             "<i>{kind}</i> · Issued by: <a href='/oceea'>Office of the Co-ordinator of OSCE "
             "Economic and Environmental Activities</a></div></div>")
    entries = _entries(
        "<h1>News</h1>"
        + entry.format(n=587510, title="Forum on green ports opens in Constanța",
                       kind="Press release")
        + entry.format(n=587497, title="Workshop on climate risks in the Western Balkans",
                       kind="Feature story"),
        "https://www.osce.org/news")
    assert _field(entries, "content_type") == ["Press release", "Feature story"]


def test_older_posts_behind_a_back_arrow_are_the_next_page() -> None:
    for text in ("« Articles plus anciens", "← Ältere Beiträge", "« Entradas anteriores",
                 "‹ Старые записи", "« Starsze wpisy"):
        assert is_next_text(text), text
    assert not is_next_text("« Précédent")


# ------------------------------------------------------------------ ccc9904

def test_a_labels_own_colon_in_an_element_is_no_value() -> None:
    doc = _doc("<h1>Rapport</h1><dl class='infos'>"
               "<dt>Publié par<span class='sep'>&nbsp;:</span></dt>"
               "<dd>Mission de l'OSCE en Serbie</dd>"
               "<dt>Date de publication<span class='sep'>&nbsp;:</span></dt><dd>3 juin 2025</dd>"
               "</dl>", "https://www.osce.org/fr/mission-to-serbia/588610", "fr")
    found = find_labels(doc.root, doc.order)
    assert [lv.text for lv in found["issued_by"]] == ["Mission de l'OSCE en Serbie"]
    assert [lv.text for lv in found["issued_on"]] == ["3 juin 2025"]


def test_a_featured_flag_is_no_content_type() -> None:
    entries = _entries(
        "<h1>Noticias</h1><div class='card'><span class='badge'>Destacado</span>"
        "<h3><a href='/es/secretariat/589710'>La OSCE presenta su informe anual</a></h3></div>"
        "<div class='card'><h3><a href='/es/secretariat/589702'>Reunión de expertos en "
        "ciberseguridad</a></h3></div>",
        "https://www.osce.org/es/noticias", "es")
    assert _field(entries, "content_type") == [None, None]


def test_the_link_its_class_calls_the_title_wins_over_a_longer_linked_subtitle() -> None:
    teaser = ("<div class='teaser'><a class='teaser-title' href='/de/rfom/{n}'>{title}</a> "
              "<a class='teaser-sub' href='/de/rfom/{n}'>{sub}</a></div>")
    entries = _entries(
        "<h1>Aktuelles</h1>"
        + teaser.format(n=590810, title="Medienfreiheit in Zentralasien",
                        sub="Die Beauftragte ruft zum Schutz unabhängiger Journalisten auf")
        + teaser.format(n=590799, title="Sicherheit von Journalistinnen",
                        sub="Neue Empfehlungen gegen Bedrohungen im Netz vorgestellt"),
        "https://www.osce.org/de/aktuelles", "de")
    assert _field(entries, "title") == ["Medienfreiheit in Zentralasien",
                                        "Sicherheit von Journalistinnen"]


def test_a_subtitle_linked_to_the_entrys_own_item_is_its_teaser() -> None:
    teaser = ("<div class='teaser'><h3><a href='/de/rfom/{n}'>{title}</a></h3>"
              "<p><a href='/de/rfom/{n}'>{sub}</a></p></div>")
    entries = _entries(
        "<h1>Aktuelles</h1>"
        + teaser.format(n=590810, title="Medienfreiheit in Zentralasien",
                        sub="Die Beauftragte ruft zum Schutz unabhängiger Journalisten auf")
        + teaser.format(n=590799, title="Sicherheit von Journalistinnen",
                        sub="Neue Empfehlungen gegen Bedrohungen im Netz vorgestellt"),
        "https://www.osce.org/de/aktuelles", "de")
    assert _field(entries, "summary") == [
        "Die Beauftragte ruft zum Schutz unabhängiger Journalisten auf",
        "Neue Empfehlungen gegen Bedrohungen im Netz vorgestellt"]


def test_names_run_together_in_a_box_are_issuers_even_off_site() -> None:
    entries = _entries(
        "<h1>Eventos</h1><div class='evento'><h3><a href='/es/odihr/591910'>Conferencia "
        "regional sobre elecciones inclusivas</a></h3><div class='organizan'>"
        "<a href='https://www.oscepa.org/'>Asamblea Parlamentaria de la OSCE</a>, "
        "<a href='https://www.osce.org/es/odihr'>OIDDH</a> y "
        "<a href='https://www.osce.org/es/hcnm'>Alto Comisionado de la OSCE para las Minorías "
        "Nacionales</a></div></div>"
        "<div class='evento'><h3><a href='/es/odihr/591897'>Mesa redonda sobre observación "
        "electoral</a></h3><div class='organizan'><a href='https://www.osce.org/es/odihr'>"
        "OIDDH</a></div></div>",
        "https://www.osce.org/es/eventos", "es")
    assert _field(entries, "issued_by") == [
        ["Asamblea Parlamentaria de la OSCE", "OIDDH",
         "Alto Comisionado de la OSCE para las Minorías Nacionales"], ["OIDDH"]]


# ------------------------------------------------------------------ e35a3d2

def test_a_line_of_facts_inside_a_box_is_read_there_in_its_order() -> None:
    event = ("<div class='event'><h3><a href='/odihr/{n}'>{title}</a></h3><div class='meta'>"
             "<a href='/secretariat'>OSCE Secretariat</a><p class='facts'>{facts}</p></div></div>")
    entries = _entries(
        "<h1>Events</h1>"
        + event.format(n=592010, title="Round table on minority languages in the media",
                       facts="5 June 2025 · ODIHR · OSCE High Commissioner on National "
                             "Minorities")
        + event.format(n=592001, title="Training for election administrators",
                       facts="2 June 2025 · ODIHR"),
        "https://www.osce.org/events")
    assert _field(entries, "issued_by") == [
        ["OSCE Secretariat", "ODIHR", "OSCE High Commissioner on National Minorities"],
        ["OSCE Secretariat", "ODIHR"]]


def test_a_featured_box_after_a_sidebar_only_is_the_listings_top() -> None:
    entries = _entries(
        "<aside class='colonne'><h2>Les plus lus</h2><ul><li><a href='/fr/odihr/481990'>"
        "Rapport final sur les élections législatives</a></li></ul></aside>"
        "<main><h1>Actualités</h1><section><h2>À la une</h2><div class='carte'><h3>"
        "<a href='/fr/odihr/593110'>Le BIDDH déploie une mission d'observation</a></h3></div>"
        "</section><section><h2>Communiqués</h2><ul>"
        "<li><a href='/fr/odihr/593102'>Séminaire sur le financement des campagnes</a></li>"
        "<li><a href='/fr/odihr/593095'>Les observateurs rencontrent les partis</a></li>"
        "</ul></section></main>",
        "https://www.osce.org/fr/actualites", "fr")
    assert _field(entries, "url") == ["https://www.osce.org/fr/odihr/593110",
                                      "https://www.osce.org/fr/odihr/593102",
                                      "https://www.osce.org/fr/odihr/593095"]


def test_a_read_more_about_the_item_link_is_no_teaser() -> None:
    news = ("<div class='novyna'><h3><a href='/uk/project-co-ordinator-in-ukraine/{n}'>{title}"
            "</a></h3><p>{teaser}</p><p><a href='/uk/project-co-ordinator-in-ukraine/{n}'>"
            "Детальніше про {about}</a></p></div>")
    entries = _entries(
        "<h1>Новини</h1>"
        + news.format(n=594210, title="Семінар для суддів у Львові", about="семінар у Львові",
                      teaser="Судді обговорили практику справ про домашнє насильство.")
        + news.format(n=594197, title="Нові курси для прокурорів", about="нові курси",
                      teaser="Курси допоможуть прокурорам працювати з цифровими доказами."),
        "https://www.osce.org/uk/news", "uk")
    assert _field(entries, "summary") == [
        "Судді обговорили практику справ про домашнє насильство.",
        "Курси допоможуть прокурорам працювати з цифровими доказами."]
