"""Everything the extractor knows about the site's wording, in one place.

Adding a language or a newly seen wording is adding a row here, not code.
Matching is done on :func:`scraper.extract.text.fold` forms (case, accents, dashes,
apostrophes and non-breaking spaces folded), so rows are written as shown.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "de", "fr", "it", "es")

# field -> language -> label synonyms (as displayed on the site, without colon)
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "issued_on": {
        "en": ("Issued on", "Publishing date", "Publication date", "Date published",
               "Published on", "Date of publication"),
        "ru": ("Дата публикации", "Опубликовано", "Дата выпуска"),
        "de": ("Veröffentlicht am", "Datum der Veröffentlichung", "Veröffentlichungsdatum",
               "Herausgegeben am"),
        "fr": ("Publié le", "Date de publication", "Date de parution"),
        "it": ("Pubblicato il", "Data di pubblicazione"),
        "es": ("Publicado el", "Fecha de publicación"),
        "uk": ("Дата публікації", "Опубліковано"),
        "pl": ("Data publikacji", "Opublikowano", "Data wydania"),
    },
    "issued_by": {
        "en": ("Issued by", "Where we are", "Issuer", "Issuers", "Published by"),
        "ru": ("Кем опубликовано", "Где мы работаем", "Кем выпущено", "Автор публикации"),
        "de": ("Herausgegeben von", "Wo wir tätig sind", "Veröffentlicht von", "Herausgeber"),
        "fr": ("Publié par", "Où nous travaillons", "Émis par"),
        "it": ("Pubblicato da", "Dove operiamo", "Emesso da"),
        "es": ("Publicado por", "Dónde estamos", "Dónde trabajamos", "Emitido por"),
        "uk": ("Ким опубліковано", "Де ми працюємо"),
        "pl": ("Wydane przez", "Opublikowane przez", "Gdzie działamy"),
    },
    "fields_of_work": {
        "en": ("Fields of work", "What we do", "Field of work", "Fields of activity"),
        "ru": ("Направления деятельности", "Что мы делаем", "Направление деятельности",
               "Области деятельности", "Сферы деятельности"),
        "de": ("Arbeitsbereiche", "Was wir tun", "Arbeitsbereich", "Tätigkeitsbereiche"),
        "fr": ("Domaines d'activité", "Ce que nous faisons", "Domaine d'activité",
               "Domaines de travail"),
        "it": ("Settori di attività", "Cosa facciamo", "Settore di attività", "Ambiti di lavoro"),
        "es": ("Ámbitos de trabajo", "Qué hacemos", "Ámbito de trabajo", "Áreas de trabajo"),
        "uk": ("Напрями діяльності", "Що ми робимо"),
        "pl": ("Obszary działalności", "Obszar działalności", "Czym się zajmujemy"),
    },
    "content_type": {
        "en": ("Content type", "Type"),
        "ru": ("Тип материала", "Тип контента", "Тип"),
        "de": ("Inhaltstyp", "Art des Inhalts", "Typ"),
        "fr": ("Type de contenu", "Type"),
        "it": ("Tipo di contenuto", "Tipo"),
        "es": ("Tipo de contenido", "Tipo"),
        "uk": ("Тип матеріалу",),
        "pl": ("Typ treści", "Rodzaj treści"),
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
    "collections": {
        "en": ("Collections", "Collection"),
        "ru": ("Коллекции",),
        "de": ("Sammlungen",),
        "fr": ("Collections",),
        "it": ("Collezioni",),
        "es": ("Colecciones",),
    },
}

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

# Headings that open widgets after an article (related items, sharing, tags).
# Everything from such a heading on is not body text.
WIDGET_HEADINGS: tuple[str, ...] = (
    "Related", "Related news", "Related content", "Related stories", "Related items",
    "Related articles", "See also", "Read more", "Read also", "More news", "Latest news",
    "Share", "Share this", "Share this page", "Share this article", "Follow us", "Tags",
    "Связанные материалы", "Похожие материалы", "Читайте также", "См. также", "Поделиться",
    "Другие новости", "Последние новости",
    "Ähnliche Inhalte", "Verwandte Inhalte", "Verwandte Nachrichten", "Siehe auch",
    "Weitere Nachrichten", "Teilen", "Das könnte Sie auch interessieren",
    "Articles connexes", "Contenus associés", "Voir aussi", "À lire aussi", "Partager",
    "Actualités associées", "Dernières actualités",
    "Notizie correlate", "Contenuti correlati", "Vedi anche", "Leggi anche", "Condividi",
    "Noticias relacionadas", "Contenido relacionado", "Ver también", "Lea también",
    "Compartir",
    # sidebars beside a listing
    "Most read", "Most popular", "Popular", "Featured", "Trending", "Самое читаемое",
    "Популярное", "Meistgelesen", "Am meisten gelesen", "Beliebt", "Les plus lus",
    "Les plus lues", "À la une", "I più letti", "Più letti", "In evidenza", "Lo más leído",
    "Más leídos", "Más leído", "Destacados", "Lo más visto",
    "Powiązane treści", "Zobacz także", "Zobacz też", "Udostępnij",
    "Пов'язані матеріали", "Дивіться також", "Див. також", "Поділитися",
)

# Headings of the block of attached documents after an item's text: the body ends there
# (the documents are the item's attachments, not its text)
ATTACHMENT_HEADINGS: tuple[str, ...] = (
    "Documents", "Attachments", "Attachment", "Downloads", "Related documents", "Files",
    "Документы", "Вложения", "Файлы", "Dokumente", "Anhänge", "Anhang", "Downloads",
    "Pièces jointes", "Documents joints", "Téléchargements", "Documenti", "Allegati",
    "Documentos", "Adjuntos", "Descargas", "Dokumenty", "Załączniki", "Документи",
    "Додатки",
)

# Editorial notes printed with a speech or statement that are not part of its text
NOT_BODY_LINES: tuple[str, ...] = (
    "Check against delivery", "Check against delivery!", "Please check against delivery",
    "Проверить при произнесении", "Сверить с произнесенным текстом",
    "Сверять с фактически произнесенным текстом",
    "Es gilt das gesprochene Wort", "Seul le prononcé fait foi",
    "Seul le texte prononcé fait foi", "Fa fede il testo pronunciato",
    "Solo fa fede il discorso pronunciato", "Cotejar con el discurso pronunciado",
    "Sólo vale lo pronunciado", "Solo vale lo pronunciado",
    "Sprawdzić z wygłoszonym tekstem", "Obowiązuje wersja wygłoszona",
    "Звіряти з виголошеним текстом",
)

# Links that lead to the next listing page, by their visible text or aria-label.
NEXT_PAGE_TEXTS: tuple[str, ...] = (
    "next", "next page", "next ›", "next »", "›", "»", "→", ">", ">>", "older", "older posts",
    "следующая", "следующая страница", "далее", "вперед", "след.",
    "nächste", "nächste seite", "weiter", "vor",
    "suivant", "suivante", "page suivante",
    "successivo", "successiva", "pagina successiva", "avanti",
    "siguiente", "página siguiente",
    "наступна", "наступна сторінка", "далі", "następna", "następna strona", "dalej",
)

# Links that only lead on to an item ("Read more"): never the item's title
READ_MORE_TEXTS: tuple[str, ...] = (
    "read more", "more", "continue reading", "read the full story", "full story", "details",
    "подробнее", "читать далее", "читать дальше", "далее", "подробно",
    "weiterlesen", "mehr", "mehr lesen", "zum artikel", "lire la suite", "en savoir plus",
    "lire plus", "suite", "leggi di piu", "leggi tutto", "continua a leggere", "leggi",
    "leer mas", "seguir leyendo", "ver mas", "czytaj dalej", "wiecej", "czytaj wiecej",
    "детальніше", "читати далі", "докладніше", "більше",
)

# "Load more" controls of infinite-scroll listings: the next page when they carry one
LOAD_MORE_TEXTS: tuple[str, ...] = (
    "load more", "show more", "more news", "more", "load more news", "show more news",
    "показать еще", "показать больше", "загрузить еще", "еще новости",
    "mehr laden", "mehr anzeigen", "weitere laden", "weitere meldungen", "mehr",
    "afficher plus", "charger plus", "voir plus", "plus d'actualites", "afficher plus d'actualites",
    "carica altri", "mostra altri", "altre notizie", "cargar mas", "ver mas", "mostrar mas",
    "cargar mas noticias", "pokaz wiecej", "zaladuj wiecej", "показати ще", "завантажити ще",
)

# The 23 fields of work (site menu order): stable slug -> names per language.
FIELDS_OF_WORK: dict[str, dict[str, tuple[str, ...]]] = {
    "arms-control": {
        "en": ("Arms control",), "ru": ("Контроль над вооружениями",),
        "de": ("Rüstungskontrolle",), "fr": ("Maîtrise des armements", "Contrôle des armements"),
        "it": ("Controllo degli armamenti",), "es": ("Control de armamentos", "Control de armas"),
    },
    "border-management": {
        "en": ("Border management", "Border security and management"),
        "ru": ("Управление границами", "Пограничный контроль", "Охрана и управление границами"),
        "de": ("Grenzmanagement", "Grenzsicherheit und -management"),
        "fr": ("Gestion des frontières",),
        "it": ("Gestione delle frontiere", "Gestione dei confini"),
        "es": ("Gestión de fronteras", "Gestión fronteriza"),
    },
    "combating-trafficking-in-human-beings": {
        "en": ("Combating trafficking in human beings", "Combating human trafficking",
               "Trafficking in human beings"),
        "ru": ("Борьба с торговлей людьми", "Противодействие торговле людьми"),
        "de": ("Bekämpfung des Menschenhandels", "Menschenhandel bekämpfen"),
        "fr": ("Lutte contre la traite des êtres humains", "Lutte contre la traite des personnes"),
        "it": ("Lotta alla tratta di esseri umani", "Lotta contro la tratta di esseri umani"),
        "es": ("Lucha contra la trata de personas", "Lucha contra la trata de seres humanos"),
    },
    "conflict-prevention-and-resolution": {
        "en": ("Conflict prevention and resolution",),
        "ru": ("Предотвращение и урегулирование конфликтов",),
        "de": ("Konfliktverhütung und -beilegung", "Konfliktprävention und -lösung",
               "Konfliktverhütung und Konfliktbeilegung"),
        "fr": ("Prévention et règlement des conflits", "Prévention et résolution des conflits"),
        "it": ("Prevenzione e risoluzione dei conflitti",),
        "es": ("Prevención y resolución de conflictos",),
    },
    "countering-terrorism": {
        "en": ("Countering terrorism", "Counter-terrorism"),
        "ru": ("Противодействие терроризму", "Борьба с терроризмом"),
        "de": ("Terrorismusbekämpfung", "Bekämpfung des Terrorismus"),
        "fr": ("Lutte contre le terrorisme",),
        "it": ("Lotta al terrorismo", "Contrasto al terrorismo", "Antiterrorismo"),
        "es": ("Lucha contra el terrorismo", "Lucha antiterrorista"),
    },
    "cyber-ict-security": {
        "en": ("Cyber/ICT Security", "Cyber/ICT security", "Cyber security", "ICT security"),
        "ru": ("Кибербезопасность/безопасность ИКТ", "Кибер/ИКТ безопасность",
               "Кибербезопасность", "Безопасность ИКТ"),
        "de": ("Cyber-/IKT-Sicherheit", "Cyber/IKT-Sicherheit", "Cybersicherheit"),
        "fr": ("Cybersécurité/sécurité des TIC", "Cybersécurité", "Sécurité des TIC"),
        "it": ("Sicurezza informatica/TIC", "Sicurezza informatica", "Sicurezza cibernetica/TIC"),
        "es": ("Ciberseguridad/seguridad de las TIC", "Ciberseguridad", "Seguridad de las TIC"),
    },
    "democratization": {
        "en": ("Democratization", "Democratisation"), "ru": ("Демократизация",),
        "de": ("Demokratisierung",), "fr": ("Démocratisation",),
        "it": ("Democratizzazione",), "es": ("Democratización",),
    },
    "economic-activities": {
        "en": ("Economic activities",), "ru": ("Экономическая деятельность",),
        "de": ("Wirtschaftliche Aktivitäten", "Wirtschaftliche Tätigkeiten"),
        "fr": ("Activités économiques",), "it": ("Attività economiche",),
        "es": ("Actividades económicas",),
    },
    "education": {
        "en": ("Education",), "ru": ("Образование",), "de": ("Bildung",),
        "fr": ("Éducation",), "it": ("Istruzione", "Educazione"), "es": ("Educación",),
    },
    "elections": {
        "en": ("Elections",), "ru": ("Выборы",), "de": ("Wahlen",),
        "fr": ("Élections",), "it": ("Elezioni",), "es": ("Elecciones",),
    },
    "environmental-activities": {
        "en": ("Environmental activities",),
        "ru": ("Экологическая деятельность", "Природоохранная деятельность"),
        "de": ("Umweltaktivitäten", "Umweltbezogene Aktivitäten", "Umwelttätigkeiten"),
        "fr": ("Activités environnementales",), "it": ("Attività ambientali",),
        "es": ("Actividades medioambientales", "Actividades ambientales"),
    },
    "gender-equality": {
        "en": ("Gender equality",), "ru": ("Гендерное равенство",),
        "de": ("Gleichstellung der Geschlechter", "Geschlechtergleichstellung",
               "Geschlechtergerechtigkeit"),
        "fr": ("Égalité des genres", "Égalité entre les femmes et les hommes",
               "Égalité des sexes"),
        "it": ("Parità di genere", "Uguaglianza di genere"),
        "es": ("Igualdad de género",),
    },
    "good-governance": {
        "en": ("Good governance",), "ru": ("Надлежащее управление", "Благое управление"),
        "de": ("Verantwortungsvolle Staatsführung", "Gute Regierungsführung"),
        "fr": ("Bonne gouvernance",), "it": ("Buon governo", "Buona governance"),
        "es": ("Buena gobernanza", "Buen gobierno"),
    },
    "human-rights": {
        "en": ("Human rights",), "ru": ("Права человека",), "de": ("Menschenrechte",),
        "fr": ("Droits de l'homme", "Droits humains"), "it": ("Diritti umani",),
        "es": ("Derechos humanos",),
    },
    "media-freedom-and-development": {
        "en": ("Media freedom and development", "Media freedom", "Safety of journalists"),
        "ru": ("Свобода и развитие СМИ", "Свобода СМИ", "Свобода и развитие средств массовой информации"),
        "de": ("Medienfreiheit und -entwicklung", "Medienfreiheit und Medienentwicklung",
               "Medienfreiheit"),
        "fr": ("Liberté et développement des médias", "Liberté des médias"),
        "it": ("Libertà e sviluppo dei media", "Libertà dei media"),
        "es": ("Libertad y desarrollo de los medios de comunicación",
               "Libertad y desarrollo de los medios", "Libertad de los medios de comunicación"),
    },
    "migration": {
        "en": ("Migration",), "ru": ("Миграция",), "de": ("Migration",),
        "fr": ("Migration", "Migrations"), "it": ("Migrazione",), "es": ("Migración",),
    },
    "national-minority-issues": {
        "en": ("National minority issues", "National minorities"),
        "ru": ("Вопросы национальных меньшинств", "Национальные меньшинства"),
        "de": ("Fragen nationaler Minderheiten", "Nationale Minderheiten"),
        "fr": ("Questions relatives aux minorités nationales", "Minorités nationales"),
        "it": ("Questioni relative alle minoranze nazionali", "Minoranze nazionali"),
        "es": ("Cuestiones de minorías nacionales", "Minorías nacionales"),
    },
    "policing": {
        "en": ("Policing",),
        "ru": ("Деятельность полиции", "Полицейская деятельность", "Работа полиции"),
        "de": ("Polizeiarbeit",), "fr": ("Activités policières", "Police", "Maintien de l'ordre"),
        "it": ("Attività di polizia", "Polizia"), "es": ("Actividades policiales", "Policía"),
    },
    "reform-and-co-operation-in-the-security-sector": {
        "en": ("Reform and co-operation in the security sector",
               "Reform and cooperation in the security sector", "Security sector reform"),
        "ru": ("Реформа и сотрудничество в секторе безопасности",),
        "de": ("Reform und Zusammenarbeit im Sicherheitssektor", "Reform des Sicherheitssektors"),
        "fr": ("Réforme et coopération dans le secteur de la sécurité",),
        "it": ("Riforma e cooperazione nel settore della sicurezza",),
        "es": ("Reforma y cooperación en el sector de la seguridad",),
    },
    "roma-and-sinti": {
        "en": ("Roma and Sinti",), "ru": ("Рома и синти", "Рома и синти"),
        "de": ("Roma und Sinti",), "fr": ("Roms et Sintis", "Roms et Sinti"),
        "it": ("Rom e Sinti",), "es": ("Romaníes y sinti", "Roma y sinti", "Gitanos y sinti"),
    },
    "rule-of-law": {
        "en": ("Rule of law",), "ru": ("Верховенство права", "Верховенство закона"),
        "de": ("Rechtsstaatlichkeit",), "fr": ("État de droit",),
        "it": ("Stato di diritto",), "es": ("Estado de derecho",),
    },
    "tolerance-and-non-discrimination": {
        "en": ("Tolerance and non-discrimination",),
        "ru": ("Толерантность и недискриминация", "Терпимость и недискриминация"),
        "de": ("Toleranz und Nichtdiskriminierung",),
        "fr": ("Tolérance et non-discrimination",),
        "it": ("Tolleranza e non discriminazione",),
        "es": ("Tolerancia y no discriminación",),
    },
    "youth": {
        "en": ("Youth",), "ru": ("Молодежь", "Молодёжь"), "de": ("Jugend",),
        "fr": ("Jeunesse", "Jeunes"), "it": ("Giovani", "Gioventù"),
        "es": ("Juventud", "Jóvenes"),
    },
}

# Ukrainian and Polish names of the fields of work (pages of the Kyiv and Warsaw
# offices), merged into FIELDS_OF_WORK below
_FIELDS_OF_WORK_UK_PL: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "arms-control": (("Контроль над озброєннями",), ("Kontrola zbrojeń",)),
    "border-management": (("Управління кордонами",), ("Zarządzanie granicami",)),
    "combating-trafficking-in-human-beings": (
        ("Протидія торгівлі людьми", "Боротьба з торгівлею людьми"),
        ("Zwalczanie handlu ludźmi",)),
    "conflict-prevention-and-resolution": (
        ("Запобігання та врегулювання конфліктів", "Запобігання конфліктам та їх врегулювання"),
        ("Zapobieganie konfliktom i ich rozwiązywanie",)),
    "countering-terrorism": (("Протидія тероризму",), ("Przeciwdziałanie terroryzmowi",
                                                       "Zwalczanie terroryzmu")),
    "cyber-ict-security": (("Кібербезпека/безпека ІКТ", "Кібербезпека"),
                           ("Cyberbezpieczeństwo/bezpieczeństwo ICT", "Cyberbezpieczeństwo")),
    "democratization": (("Демократизація",), ("Demokratyzacja",)),
    "economic-activities": (("Економічна діяльність",), ("Działalność gospodarcza",)),
    "education": (("Освіта",), ("Edukacja",)),
    "elections": (("Вибори",), ("Wybory",)),
    "environmental-activities": (("Екологічна діяльність",), ("Działalność środowiskowa",
                                                               "Ochrona środowiska")),
    "gender-equality": (("Гендерна рівність",), ("Równość płci",)),
    "good-governance": (("Належне врядування",), ("Dobre rządzenie",)),
    "human-rights": (("Права людини",), ("Prawa człowieka",)),
    "media-freedom-and-development": (("Свобода і розвиток ЗМІ", "Свобода та розвиток ЗМІ"),
                                      ("Wolność i rozwój mediów",)),
    "migration": (("Міграція",), ("Migracja",)),
    "national-minority-issues": (("Питання національних меншин",),
                                 ("Kwestie mniejszości narodowych",)),
    "policing": (("Діяльність поліції",), ("Działalność policji",)),
    "reform-and-co-operation-in-the-security-sector": (
        ("Реформа і співпраця в секторі безпеки", "Реформа та співпраця в секторі безпеки"),
        ("Reforma i współpraca w sektorze bezpieczeństwa",)),
    "roma-and-sinti": (("Роми та синті",), ("Romowie i Sinti",)),
    "rule-of-law": (("Верховенство права",), ("Praworządność", "Rządy prawa")),
    "tolerance-and-non-discrimination": (("Толерантність і недискримінація",
                                          "Толерантність та недискримінація"),
                                         ("Tolerancja i niedyskryminacja",)),
    "youth": (("Молодь",), ("Młodzież",)),
}
for _slug, (_uk, _pl) in _FIELDS_OF_WORK_UK_PL.items():
    FIELDS_OF_WORK[_slug] = {**FIELDS_OF_WORK[_slug], "uk": _uk, "pl": _pl}
