"""Everything the extractor knows about the site's wording, in one place.

Adding a language or a newly seen wording is adding a row here, not code.
Matching is done on :func:`scraper.extract.text.fold` forms (case, accents, dashes,
apostrophes and non-breaking spaces folded), so rows are written as shown.
"""

from __future__ import annotations

from scraper.extract.text import fold
from scraper.extract.vocabulary_citation import CITATION_HEADINGS
from scraper.extract.vocabulary_controls import CLOSE_TEXTS as CLOSE_TEXTS
from scraper.extract.vocabulary_controls import LOAD_MORE_TEXTS as LOAD_MORE_TEXTS
from scraper.extract.vocabulary_controls import LOAD_VERBS as LOAD_VERBS
from scraper.extract.vocabulary_controls import MENU_TOGGLE_TEXTS as MENU_TOGGLE_TEXTS
from scraper.extract.vocabulary_controls import MORE_WORDS as MORE_WORDS
from scraper.extract.vocabulary_regional import REGIONAL_LABELS

LANGUAGES = ("en", "ru", "de", "fr", "it", "es")

# a language named in a switcher's link, in its own words or its code ("Русский", "RU")
LANGUAGE_NAMES = frozenset(fold(w) for w in (
    "English", "Français", "Deutsch", "Italiano", "Русский", "Español", "Українська",
    "Shqip", "Српски", "Srpski", "Македонски", "EN", "FR", "DE", "IT", "RU", "ES",
    "Polski", "Română", "Türkçe", "Қазақша", "Кыргызча", "Тоҷикӣ", "O'zbekcha",
    "Հայերեն", "ქართული", "Azərbaycanca", "Crnogorski", "Bosanski", "Hrvatski",
    "Български", "Čeština", "Magyar", "UK", "UA", "PL", "RO", "TR", "SQ", "SR", "MK",
    # a language named in the page's own (English) words: an older site's "Russian"
    # area or link beside "Français" and "Deutsch"
    "French", "German", "Italian", "Russian", "Spanish", "Ukrainian", "Polish",
    "Albanian", "Serbian", "Macedonian", "Romanian", "Turkish"))

# The generic topic words among the fields-of-work labels ("Topics", "Темы", "Themen"):
# shown, they label the item's fields; spoken only (a screen-reader-only "Topics" over a
# row of tag pills) they name the row for assistive technology, no labelled group, and
# the row is read as unlabelled tag links (see scraper.extract.labels._collect)
GENERIC_TOPIC_LABELS: tuple[str, ...] = (
    "Topic", "Topics", "Topic(s)", "Tag", "Tags", "Тема", "Темы", "Тематика", "Теги",
    "Thema", "Themen", "Schlagwörter", "Sujet", "Sujets", "Sujet(s)", "Thème", "Thèmes",
    "Thème(s)", "Thématique", "Thématiques", "Argomento", "Argomenti", "Tema", "Temi",
    "Tematica", "Temas", "Temática", "Теми", "Temat", "Tematy", "Tagi", "Teme", "Теме",
    "Oznake", "Ознаке",
    # Tajik (MaxSite's "Барчаспҳо:" over an entry's tag links)
    "Барчаспҳо",
)

# field -> language -> label synonyms (as displayed on the site, without colon)
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "issued_on": {
        "en": ("Issued on", "Publishing date", "Publication date", "Date published",
               "Published on", "Date of publication", "Date", "Published", "Posted on"),
        "ru": ("Дата публикации", "Опубликовано", "Дата выпуска", "Дата"),
        # the bare participle too: a byline's "publié 21/05/2025" (Plone, many blogs)
        "de": ("Veröffentlicht am", "Datum der Veröffentlichung", "Veröffentlichungsdatum",
               "Herausgegeben am", "Datum", "Veröffentlicht"),
        "fr": ("Publié le", "Date de publication", "Date de parution", "Date", "Publié",
               "Publiée"),
        "it": ("Pubblicato il", "Data di pubblicazione", "Data", "Pubblicato"),
        "es": ("Publicado el", "Fecha de publicación", "Fecha", "Publicado"),
        "uk": ("Дата публікації", "Опубліковано", "Дата"),
        "pl": ("Data publikacji", "Opublikowano", "Data wydania"),
        "sq": ("Publikuar më", "Data e publikimit", "Publikuar"),
        # the languages of the site's South-East European field operations' pages (/sr/,
        # /mk/, /bs/, /hr/, /cnr/): Serbian in both its scripts, Macedonian, Bosnian,
        # Croatian and Montenegrin (their shared words written once, first by Serbian)
        "sr": ("Datum objavljivanja", "Objavljeno dana", "Objavljeno", "Datum",
               "Датум објављивања", "Објављено дана", "Објављено", "Датум"),
        "hr": ("Datum objave", "Objavljeno"),
        "mk": ("Датум на објавување", "Објавено на", "Објавено"),
    },
    "issued_by": {
        # "Source: ODIHR" on older archives: the structure that issued the text; the
        # site's own word for an issuer, "OSCE structure" ("Структура ОБСЄ: …")
        "en": ("Issued by", "Where we are", "Issuer", "Issuers", "Published by", "Source",
               "Publisher", "OSCE structure", "OSCE structures"),
        "ru": ("Кем опубликовано", "Где мы работаем", "Кем выпущено", "Автор публикации",
               "Кто опубликовал", "Источник", "Издатель", "Структура ОБСЕ",
               "Структуры ОБСЕ"),
        "de": ("Herausgegeben von", "Wo wir tätig sind", "Veröffentlicht von", "Herausgeber",
               "Quelle", "OSZE-Struktur", "OSZE-Strukturen"),
        "fr": ("Publié par", "Où nous travaillons", "Émis par", "Source", "Éditeur",
               "Structure de l'OSCE", "Structures de l'OSCE"),
        "it": ("Pubblicato da", "Dove operiamo", "Emesso da", "Fonte", "Editore",
               "Struttura OSCE", "Strutture OSCE"),
        "es": ("Publicado por", "Dónde estamos", "Dónde trabajamos", "Emitido por", "Fuente",
               "Editor", "Estructura de la OSCE", "Estructuras de la OSCE"),
        "uk": ("Ким опубліковано", "Де ми працюємо", "Видано", "Ким видано",
               "Хто опублікував", "Джерело", "Видавець", "Структура ОБСЄ",
               "Структури ОБСЄ"),
        # the bare past tense, "issued", as Serbian's "Izdao" ("wydał: ODIHR"); a public
        # information register's (BIP's "Metryczka") "entity making the information
        # available", the body that issues it (who wrote or posted it are persons)
        "pl": ("Wydane przez", "Opublikowane przez", "Gdzie działamy", "Źródło", "Wydawca",
               "Wydał", "Wydała", "Wydało", "Podmiot udostępniający informację",
               "Podmiot udostępniający"),
        "sq": ("Publikuar nga", "Lëshuar nga", "Ku jemi", "Burimi", "Burim",
               "Struktura e OSBE-së", "Strukturat e OSBE-së"),
        "sr": ("Objavio", "Objavila", "Objavilo", "Izdao", "Izdavač", "Izvor", "Gde radimo",
               "Struktura OEBS-a", "Strukture OEBS-a", "Објавио", "Објавила", "Објавило",
               "Издао", "Издавач", "Извор", "Где радимо", "Структура ОЕБС-а",
               "Структуре ОЕБС-а"),
        "bs": ("Gdje radimo", "Struktura OSCE-a", "Strukture OSCE-a"),
        "hr": ("Struktura OESS-a", "Strukture OESS-a"),
        "mk": ("Објавено од", "Издадено од", "Издавач", "Извор", "Каде работиме",
               "Структура на ОБСЕ", "Структури на ОБСЕ"),
    },
    "fields_of_work": {
        # a news script's topics ("Topic: Elections", PHP-Nuke's "Тема:") are its fields;
        # a blog's custom-field line may say the first word alone ("Obszary: Wybory"),
        # where that word names no region
        "en": ("Fields of work", "What we do", "Field of work", "Fields of activity", "Topic",
               "Topics", "Topic(s)"),
        "ru": ("Направления деятельности", "Что мы делаем", "Направление деятельности",
               "Области деятельности", "Сферы деятельности", "Направления работы", "Тема",
               "Темы", "Тематика"),
        "de": ("Arbeitsbereiche", "Was wir tun", "Arbeitsbereich", "Tätigkeitsbereiche",
               "Arbeitsfelder", "Thema", "Themen", "Arbeitsgebiete", "Bereiche"),
        "fr": ("Domaines d'activité", "Ce que nous faisons", "Domaine d'activité",
               "Domaines de travail", "Sujet", "Sujets", "Sujet(s)", "Thème", "Thèmes",
               "Thème(s)", "Thématique", "Thématiques", "Domaines"),
        "it": ("Settori di attività", "Cosa facciamo", "Settore di attività", "Ambiti di lavoro",
               "Argomento", "Argomenti", "Tema", "Temi", "Tematica", "Ambiti", "Settori"),
        "es": ("Ámbitos de trabajo", "Qué hacemos", "Ámbito de trabajo", "Áreas de trabajo",
               "Tema", "Temas", "Temática", "Ámbitos"),
        "uk": ("Напрями діяльності", "Що ми робимо", "Напрями роботи", "Сфери діяльності",
               "Сфера діяльності", "Тема", "Теми"),
        "pl": ("Obszary działalności", "Obszar działalności", "Obszary działań", "Obszar działań",
               "Obszary działania", "Obszar działania", "Czym się zajmujemy", "Temat", "Tematy",
               "Obszary", "Obszar", "Dziedziny"),
        "sq": ("Fushat e punës", "Fusha e punës", "Çfarë bëjmë", "Temat"),
        "sr": ("Oblasti rada", "Oblast rada", "Šta radimo", "Teme", "Области рада",
               "Област рада", "Шта радимо", "Теме"),
        "hr": ("Područja rada", "Područje rada", "Što radimo"),
        "mk": ("Области на работа", "Област на работа", "Што правиме"),
    },
    "content_type": {
        "en": ("Content type", "Type"),
        "ru": ("Тип материала", "Тип контента", "Тип"),
        "de": ("Inhaltstyp", "Art des Inhalts", "Typ"),
        "fr": ("Type de contenu", "Type"),
        "it": ("Tipo di contenuto", "Tipo"),
        "es": ("Tipo de contenido", "Tipo"),
        "uk": ("Тип матеріалу", "Тип"),
        "pl": ("Typ treści", "Rodzaj treści", "Typ materiału", "Rodzaj materiału", "Rodzaj",
               "Typ"),
        "sq": ("Lloji i përmbajtjes", "Lloji i materialit", "Lloji"),
        "sr": ("Vrsta sadržaja", "Tip sadržaja", "Vrsta", "Врста садржаја", "Тип садржаја",
               "Врста"),
        "mk": ("Вид на содржина", "Тип на содржина", "Вид"),
    },
    # a byline's writer ("geschrieben von OSZE-Vorsitz", "Опубликовал admin"), written
    # without a colon: an issuer when it names known structures, else a site's user.
    # Drupal's "Submitted by <user> on <date>" line ("Soumis par redaction_web le jeu,
    # 06/14/2018 - 10:30") is one: its date the entry's, none of it a teaser
    # a blog script's author line too (PluXml's "Rédigé par", "Автор:")
    "byline": {
        "en": ("Written by", "Posted by", "Submitted by"),
        "ru": ("Опубликовал", "Автор"),
        "de": ("Geschrieben von", "Verfasst von"),
        "fr": ("Écrit par", "Posté par", "Soumis par", "Rédigé par"),
        "it": ("Scritto da", "Inviato da", "Redatto da"),
        "es": ("Escrito por", "Enviado por", "Redactado por"),
        "uk": ("Опублікував", "Автор"),
        "pl": ("Napisane przez", "Autor"),
    },
    # listing-only labels (statement listings); recognised so their values do not
    # leak into neighbouring fields
    "location": {
        "en": ("Location", "Locations"),
        "ru": ("Место", "Местоположение"),
        "de": ("Ort", "Orte"),
        "fr": ("Lieu", "Lieux"),
        "it": ("Luogo", "Luoghi"),
        "es": ("Lugar", "Lugares"),
    },
    # an older portal's category ("Категория: Пресс-релизы"): the content type, when its
    # value names no field of work or structure (see labels.best)
    "category": {
        "en": ("Category", "Categories"),
        "ru": ("Категория", "Рубрика"),
        "de": ("Kategorie", "Rubrik"),
        "fr": ("Catégorie", "Rubrique"),
        "it": ("Categoria", "Rubrica"),
        "es": ("Categoría", "Sección"),
        "uk": ("Категорія", "Рубрика"),
        "pl": ("Kategoria", "Dział"),
        "sr": ("Kategorija", "Rubrika", "Категорија", "Рубрика"),
    },
    # a lead printed as a labelled fact among the item's others (a catalogue's record:
    # "Анотація: <the lead>", "Abstract: …"); with a colon only, a heading "Summary"
    # in the text labels nothing (see scraper.extract.labels.find_labels)
    "summary": {
        "en": ("Summary", "Abstract"),
        "ru": ("Аннотация", "Резюме"),
        "de": ("Zusammenfassung", "Kurzfassung"),
        "fr": ("Résumé",),
        "it": ("Sommario", "Riassunto"),
        "es": ("Resumen",),
        "uk": ("Анотація", "Резюме"),
        "pl": ("Streszczenie",),
    },
    "collections": {
        "en": ("Collections", "Collection"),
        "ru": ("Коллекции",),
        "de": ("Sammlungen",),
        "fr": ("Collections",),
        "it": ("Collezioni",),
        "es": ("Colecciones",),
    },
}

# the same labels in the languages of the field operations in Central Asia and the
# South Caucasus (scraper.extract.vocabulary_regional)
for _field, _per_language in REGIONAL_LABELS.items():
    LABELS[_field].update(_per_language)

# Type labels seen above titles (any language); a short line matching one of these
# is a type label even when nothing else marks it.
CONTENT_TYPES: tuple[str, ...] = (
    "News Item", "News item", "News", "Press release", "Press statement", "Statement",
    "Daily report", "Spot report", "Weekly report", "Report", "Feature story", "Story",
    "Interview", "Op-ed", "Speech",
    "Новость", "Новости", "Пресс-релиз", "Заявление для прессы", "Заявление",
    "Ежедневный отчет", "Ежедневный доклад", "Оперативный отчет", "Еженедельный отчет",
    "Nachricht", "Nachrichten", "Pressemitteilung", "Presseerklärung", "Erklärung",
    "Tagesbericht", "Wochenbericht",
    "Actualité", "Actualités", "Communiqué de presse", "Déclaration à la presse",
    "Déclaration", "Rapport quotidien", "Rapport hebdomadaire",
    "Notizia", "Notizie", "Comunicato stampa", "Dichiarazione alla stampa", "Dichiarazione",
    "Noticia", "Noticias", "Comunicado de prensa", "Declaración a la prensa", "Declaración",
    "Informe diario", "Informe semanal",
    "Новина", "Новини", "Пресреліз", "Прес-реліз", "Заява для преси", "Заява", "Промова",
    "Щоденний звіт", "Aktualność", "Aktualności", "Wiadomość", "Komunikat prasowy",
    "Oświadczenie prasowe", "Oświadczenie", "Przemówienie", "Raport dzienny",
    "Выступление", "Rede", "Discours", "Discorso", "Discurso",
)

# Headings of a box of the newest items ("Latest articles", "Derniers articles"): a news
# script's side block beside a listing, but a CMS's section page heads its own list of
# items with the same words (SPIP's Zpip ``<h2>Derniers articles</h2>`` over
# ``ul.liste-items``).  A widget's heading, unless the page lists its items nowhere else.
LATEST_HEADINGS: tuple[str, ...] = (
    "Latest news", "Latest articles", "Последние новости", "Dernières actualités",
    "Neueste Meldungen", "Neueste Nachrichten", "Neueste Beiträge",
    "Dernières nouvelles", "Derniers articles", "Ultime notizie", "Ultimi articoli",
    "Últimas noticias", "Последние статьи", "Останні новини", "Najnowsze wiadomości",
    # a portal's side box of what was added last (Plone's and Zope CMF's "What's new")
    "What's new", "New on the site", "New on this site", "Новое на сайте", "Что нового",
    "Neu auf der Website", "Nouveau sur le site", "Novità sul sito", "Nuevo en el sitio",
    "Нове на сайті", "Nowości w serwisie",
    # a blog engine's side box of its last posts (WordPress's, Mezzanine's, Hexo's
    # "Recent Posts" widget)
    "Recent posts", "Latest posts", "Recent articles", "Recent news", "Recent entries",
    "Articles récents", "Derniers billets", "Publications récentes", "Aktuelle Beiträge",
    "Neueste Artikel", "Articoli recenti", "Post recenti", "Entradas recientes",
    "Publicaciones recientes", "Свежие записи", "Последние записи", "Последние публикации",
    "Останні записи", "Нещодавні записи", "Ostatnie wpisy", "Najnowsze wpisy",
)

# A table column of the date of a topic's most recent post or change, not of its
# publication (forum and bulletin-board topic lists: Discourse's "Activity", phpBB's
# "Dernier message", vBulletin's "Last Post"): no entry's date is read there.
LAST_ACTIVITY_HEADINGS: tuple[str, ...] = (
    "Activity", "Last activity", "Last post", "Last reply", "Latest post", "Last updated",
    "Updated", "Last modified", "Dernier message", "Dernière activité", "Mis à jour",
    "Letzter Beitrag", "Letzte Aktivität", "Aktualisiert", "Последнее сообщение",
    "Активность", "Обновлено", "Último mensaje", "Última actividad", "Actualizado",
    "Ultimo messaggio", "Ultima attività", "Aggiornato",
)
# the columns of LAST_ACTIVITY_HEADINGS that date a topic's last post (no edit, no
# "activity"): under a replies column counting 0 the last post is the first, its date
# the topic's (PunBB's read-only board); Discourse's "Activity" stays no posting date
LAST_POST_HEADINGS: tuple[str, ...] = (
    "Last post", "Latest post", "Dernier message", "Letzter Beitrag",
    "Последнее сообщение", "Último mensaje", "Ultimo messaggio",
)
# A table column of the entries' headlines ("Title", "Titolo"): where the link to a row's
# item stands in another column (a record list linking its number, "KB0012419"), the
# cell under it is the entry's title.
TITLE_COLUMN_HEADINGS: tuple[str, ...] = (
    "Title", "Headline", "Titre", "Titel", "Überschrift", "Titolo", "Título", "Titulo",
    "Tytuł", "Заголовок", "Название", "Назва", "Naslov", "Titull", "Başlık",
)
# a forum's column counting a topic's replies
REPLIES_HEADINGS: tuple[str, ...] = (
    "Replies", "Answers", "Réponses", "Antworten", "Ответы", "Ответов", "Risposte",
    "Respuestas", "Odpowiedzi", "Відповіді",
)

# Headings that open widgets after an article (related items, sharing, tags).
# Everything from such a heading on is not body text.
WIDGET_HEADINGS: tuple[str, ...] = (
    "Related", "Related news", "Related content", "Related stories", "Related items",
    "Related articles", "See also", "Read more", "Read also", "More news",
    "Share", "Share this", "Share this page", "Share this article", "Follow us", "Tags",
    "Связанные материалы", "Похожие материалы", "Читайте также", "См. также", "Поделиться",
    "Другие новости", "Поделиться статьей", "Поделиться новостью",
    "Ähnliche Inhalte", "Verwandte Inhalte", "Verwandte Nachrichten", "Siehe auch",
    "Weitere Nachrichten", "Teilen", "Artikel teilen", "Das könnte Sie auch interessieren",
    "Articles connexes", "Contenus associés", "Voir aussi", "À lire aussi", "Partager",
    "Actualités associées", "Sur le même sujet", "Sur le même thème", "Lire aussi",
    "Notizie correlate", "Contenuti correlati", "Vedi anche", "Leggi anche", "Condividi",
    "Noticias relacionadas", "Contenido relacionado", "Ver también", "Lea también",
    "Compartir", "Compartir este artículo", "Partager cet article", "Partager cette page",
    # sidebars beside a listing
    "Most read", "Most popular", "Popular", "Featured", "Trending", "Самое читаемое",
    "Популярное", "Meistgelesen", "Am meisten gelesen", "Beliebt", "Les plus lus",
    "Les plus lues", "Articles les plus lus", "Most read articles", "Most read stories",
    "Самые читаемые", "Meistgelesene Artikel", "Articoli più letti", "À la une", "I più letti", "Più letti", "In evidenza", "Lo más leído",
    "Más leídos", "Más leído", "Destacados", "Lo más visto",
    # a side box of what the editors recommend, in words addressed to the reader (a
    # text's "Recommendations" section is none)
    "We recommend", "Editor's picks", "Wir empfehlen", "Nous recommandons",
    "Vi consigliamo", "Recomendamos", "Рекомендуем", "Рекомендуємо", "Polecamy",
    "Powiązane treści", "Zobacz także", "Zobacz też", "Udostępnij",
    "Пов'язані матеріали", "Дивіться також", "Див. також", "Читайте також", "Поділитися",
    "Поширити",
    # Jetpack's "Related" in Ukrainian
    "Схоже", "Схожі записи",
    # "similar" items (Jetpack's "Articles similaires", a plugin's "Similar posts")
    "Similar articles", "Similar posts", "Similar news", "Similar stories", "Similar content",
    "Articles similaires", "Publications similaires", "Actualités similaires",
    "Contenus similaires", "Articoli simili", "Notizie simili", "Post simili",
    "Artículos similares", "Noticias similares", "Entradas similares",
    "Ähnliche Artikel", "Ähnliche Beiträge", "Ähnliche Nachrichten", "Ähnliche Meldungen",
    "Похожие статьи", "Похожие записи", "Похожие новости", "Схожі статті", "Схожі новини",
    "Схожі матеріали", "Podobne artykuły", "Podobne wpisy", "Podobne wiadomości",
    # news scripts' side blocks (PHP-Nuke, PostNuke, Mambo): the latest (LATEST_HEADINGS),
    # the most read today, the past articles
    *LATEST_HEADINGS,
    "Past articles", "Older articles", "Old articles",
    "Today's most read story", "Most read today", "Ältere Artikel", "Ältere Beiträge",
    "Heute meistgelesen", "Articles précédents", "Anciens articles",
    "Le plus lu aujourd'hui", "Articoli precedenti",
    "I più letti di oggi", "Artículos anteriores", "Lo más leído hoy",
    "Прошлые статьи", "Старые статьи", "Самая читаемая статья сегодня",
    "Самое читаемое сегодня", "Попередні статті", "Найчитаніше",
    "Starsze artykuły", "Najczęściej czytane",
    *CITATION_HEADINGS,
)

# Word stems that make a short heading a sidebar's, whatever its exact words: most read,
# popular, related, "see also" (folded: lower case, no accents)
WIDGET_STEMS: tuple[str, ...] = (
    "most read", "most viewed", "most visited", "popular", "related", "see also", "trending",
    "тренд", "tendenc", "tendance", "im trend",
    "читаем", "популярн", "связанн", "похожие", "см. также", "читайте также",
    "читан", "просматрива", "пов'язан", "дивіться також", "читайте також",
    "gelesen", "meistgesehen", "meistbesucht", "beliebt", "verwandt", "ahnliche", "siehe auch",
    "plus lu", "plus consult", "populaire", "connexe", "associe", "voir aussi",
    "piu lett", "piu vist", "popolar", "correlat", "vedi anche",
    "mas leid", "mas vist", "mas consultad", "relacionad", "ver tambien",
    "czytan", "ogladan", "popularn", "powiazan", "zobacz tez", "zobacz takze",
    # "similar" ones
    "similar", "similaire", "simili", "схож", "podobne",
)

# The organisation's own name, as the site shows it in each language: the site's name (a
# team switcher's or an app bar's "OSCE"), never an issuing structure or a menu group
# (Serbian and Montenegrin "OEBS"/"ОЕБС", Croatian "OESS", Albanian "OSBE"; Macedonian
# writes the Russian "ОБСЕ", Bosnian the English "OSCE")
ORGANISATION_NAMES: tuple[str, ...] = ("OSCE", "ОБСЕ", "OSZE", "ОБСЄ", "OBWE", "OEBS", "ОЕБС",
                                       "OESS", "OSBE")

# The site's groups of issuing structures, as its "Structures and institutions" menu
# names them: a blog filing each item under its issuer's group ("por … en Operaciones
# sobre el terreno", beside "en Secretaría") names who issued it, at the group's level
STRUCTURE_GROUPS: tuple[str, ...] = (
    "Field operations", "Institutions", "Полевые операции", "Институты", "Feldoperationen",
    "Institutionen", "Opérations de terrain", "Institutions", "Operazioni sul terreno",
    "Operazioni sul campo", "Istituzioni", "Operaciones sobre el terreno",
    "Operaciones de campo", "Instituciones", "Польові операції", "Інституції",
    "Operacje terenowe", "Instytucje")

# Links that lead to the next listing page, by their visible text or aria-label.
NEXT_PAGE_TEXTS: tuple[str, ...] = (
    "next", "next page", "next ›", "next »", "›", "»", "→", ">", ">>", "older", "older posts",
    "older news", "older entries", "older articles", "older stories", "earlier news",
    "следующая", "следующая страница", "далее", "вперед", "след.",
    "nächste", "nächste seite", "weiter", "vor",
    "suivant", "suivante", "page suivante", "suite",
    "successivo", "successiva", "pagina successiva", "avanti",
    "siguiente", "página siguiente",
    "наступна", "наступна сторінка", "далі", "następna", "następna strona", "dalej",
    # a blog's pager: the next page holds older posts
    "articles plus anciens", "entrées plus anciennes", "billets plus anciens",
    "ältere beiträge", "ältere einträge", "ältere artikel", "ältere meldungen",
    "ältere storys", "ältere stories", "ältere nachrichten",
    "post più vecchi", "articoli più vecchi", "articoli meno recenti",
    "entradas anteriores", "entradas más antiguas", "artículos anteriores",
    "starsze wpisy", "starsze posty", "starsze artykuły",
    "старые записи", "более ранние записи", "предыдущие записи",
    "старіші записи", "попередні записи",
)

# A listing's flag on an entry set apart, beside or instead of its type: never a type
FEATURED_FLAGS: tuple[str, ...] = (
    "featured", "pinned", "sticky", "top story", "highlight", "highlighted", "editor's pick",
    "à la une", "épinglé", "en vedette", "mis en avant", "hervorgehoben", "top-meldung",
    "angeheftet", "empfohlen", "in evidenza", "in primo piano", "fissato", "destacado",
    "fijado", "wyróżnione", "przypięte", "polecane", "закреплено", "главное", "важное",
    "рекомендуем", "рекомендуемые", "рекомендовані", "закріплено", "головне", "важливе",
    # the front page's lead item, set apart above the list ("Главная новость")
    "top news", "main news", "lead story", "hauptmeldung", "topthema", "actualité principale",
    "notizia principale", "noticia principal", "główna wiadomość",
    "главная новость", "главная тема", "головна новина", "головна тема",
)

# A menu entry's status flag, set apart after its name ("Podcasts <span>NEW</span>")
STATUS_FLAGS: tuple[str, ...] = (
    "new", "beta", "updated", "nouveau", "nouvelle", "nouveauté", "bêta", "neu", "neue",
    "neues", "nuovo", "nuova", "novità", "nuevo", "nueva", "novedad", "новое", "новый",
    "новая", "новинка", "новий", "нове", "нова", "бета", "nowość", "nowe", "nowy",
)

# Links that only lead on to an item ("Read more"): never the item's title
READ_MORE_TEXTS: tuple[str, ...] = (
    "read more", "more", "continue reading", "read the full story", "full story", "details",
    # a call to read the whole item, whatever it names after ("Read the full press
    # release on osce.org"), and WordPress's French "Continue reading"
    "read the full", "continuer la lecture",
    "подробнее", "читать далее", "читать дальше", "далее", "подробно",
    "weiterlesen", "mehr", "mehr lesen", "zum artikel", "ganze story", "ganzer artikel",
    "lire la suite", "en savoir plus",
    "lire plus", "suite", "leggi di piu", "leggi tutto", "continua a leggere", "leggi",
    "leer mas", "seguir leyendo", "ver mas", "czytaj dalej", "wiecej", "czytaj wiecej",
    "детальніше", "читати далі", "докладніше", "більше",
    "more information", "mas informacion", "plus d'informations", "mehr informationen",
    "maggiori informazioni", "wiecej informacji",
    # Tajik ("Муфассал...": in detail)
    "муфассал", "бештар",
    # Macedonian and Serbian ("Повеќе…": more)
    "повеќе", "прочитај повеќе", "опширније", "прочитајте више",
)
# the same, folded as the readers compare them (listing titles, labelled values)
READ_MORE_FOLDED = frozenset(fold(t) for t in READ_MORE_TEXTS)
# the one-word phrases of READ_MORE_TEXTS that say "read more" and nothing else, so that a
# link opening with one is a read-more link whatever words follow ("Подробнее о …"); the
# others open sentences too ("More than 300…", "Mehr als …", "Suite à …", "Details of
# …", "Далее …") and are a read-more link's only when they are its whole text, as a
# phrase of several words ("Read more", "Más información") always is
READ_MORE_SOLE_WORDS: tuple[str, ...] = (
    "weiterlesen", "подробнее", "детальніше", "докладніше",
)

# an entry's action links, written as a row below its teaser ("Permalink | Comments on
# this entry", "3 Comments · Share · Print"): what a reader can do with the item, never
# its summary; a count beside a word ("Comments (3)", "5 Kommentare") is left out first
ACTION_LINK_TEXTS: tuple[str, ...] = (
    "permalink", "permanent link", "link", "comment", "comments", "comments on this entry",
    "leave a comment", "add a comment", "add comment", "no comments", "reply", "share",
    "print", "email", "e-mail", "tweet", "trackback", "trackbacks",
    "постоянная ссылка", "ссылка", "комментарии", "комментарий", "комментировать",
    "оставить комментарий", "нет комментариев", "поделиться", "печать",
    "версия для печати", "ответить",
    "permanenter link", "kommentar", "kommentare", "kommentieren", "keine kommentare",
    "teilen", "drucken", "antworten",
    "lien permanent", "commentaire", "commentaires", "commenter", "laisser un commentaire",
    "aucun commentaire", "partager", "imprimer", "repondre",
    "link permanente", "commento", "commenti", "commenta", "lascia un commento",
    "nessun commento", "condividi", "stampa", "rispondi",
    "enlace permanente", "comentario", "comentarios", "comentar", "deja un comentario",
    "sin comentarios", "compartir", "imprimir", "responder",
    "постійне посилання", "коментар", "коментарі", "коментувати", "поділитися", "поширити",
    "друк",
    # Tajik
    "шарҳ", "шарҳҳо",
)

# a blog entry's word that its comments are closed (WordPress's "Comments Off" as its
# translations write it): a status beside the entry's facts, no teaser sentence
COMMENTS_CLOSED_TEXTS: tuple[str, ...] = (
    "comments off", "comments closed", "comments are closed", "commenti disabilitati",
    "commenti chiusi", "i commenti sono chiusi", "możliwość komentowania jest wyłączona",
    "komentarze wyłączone", "komentarze są wyłączone", "kommentare deaktiviert",
    "kommentare geschlossen", "kommentare sind geschlossen", "commentaires fermés",
    "les commentaires sont fermés", "comentarios desactivados", "comentarios cerrados",
    "los comentarios están cerrados", "комментарии отключены", "комментарии закрыты",
    "коментарі вимкнено", "коментарі закрито",
)

# The 23 fields of work, the issuing structures and the content types, with their
# names in six languages (and Ukrainian and Polish where pages show them), are data:
# scraper/extract/identities/*.json.
