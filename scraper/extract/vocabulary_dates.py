"""Words of dates, in the site's languages: a byline's "updated" labels, how long ago,
days named by their distance from today ("Вчера, 09:05") and weekdays.  A part of
:mod:`scraper.extract.vocabulary`: adding a wording is adding a row here, not code;
rows are written as shown, matching is on folded forms."""

from __future__ import annotations

# The words a byline prints before its dates, that it was published or last changed
# ("Опубликовано 14.08.2020, 15:20 Обновлено 17.08.2020, 09:05"; "Posted 12 May 2024 |
# Updated 14 May 2024"): with the issued-on labels, a byline's labels and no words of a
# sentence (see scraper.extract.dates.is_dated_byline)
UPDATED_LABELS: tuple[str, ...] = (
    "Updated", "Last updated", "Updated on", "Modified", "Last modified", "Posted",
    "Обновлено", "Изменено", "Последнее изменение", "Дата изменения", "Размещено",
    "Aktualisiert", "Aktualisiert am", "Zuletzt aktualisiert", "Geändert", "Zuletzt geändert",
    "Mis à jour", "Mis à jour le", "Modifié", "Modifié le", "Dernière modification",
    "Dernière mise à jour", "Aggiornato", "Aggiornato il", "Ultimo aggiornamento",
    "Ultima modifica",
    "Modificato", "Actualizado", "Actualizado el", "Última actualización", "Modificado",
    "Оновлено", "Змінено", "Останнє оновлення", "Zaktualizowano", "Aktualizacja",
    "Ostatnia aktualizacja", "Zmodyfikowano",
)
# how long ago, beside a byline's date ("3 дня назад", "2 hours ago", "vor 3 Tagen",
# "il y a 3 jours", "3 giorni fa", "hace 3 días", "3 дні тому", "3 dni temu")
AGO_BEFORE: tuple[str, ...] = ("vor", "il y a", "hace")
AGO_AFTER: tuple[str, ...] = ("ago", "назад", "fa", "тому", "temu")

# A day named by its distance from the day the page was served, as news scripts write
# their newest items' dates (DataLife Engine's "Сегодня, 14:20" and "Вчера, 09:05",
# phpBB's and many blogs' "Today at 09:05"): days back -> the words, written as shown
RELATIVE_DAYS: dict[int, tuple[str, ...]] = {
    0: ("today", "сегодня", "heute", "aujourd'hui", "oggi", "hoy", "сьогодні", "dzisiaj",
        "dziś"),
    1: ("yesterday", "вчера", "gestern", "hier", "ieri", "ayer", "вчора", "wczoraj"),
    2: ("позавчера", "vorgestern", "avant-hier", "l'altro ieri", "anteayer", "позавчора",
        "przedwczoraj"),
}
# weekdays' names and abbreviations, Monday first: a numeric date written after one
# ("jeu, 06/14/2018 - 10:30", Drupal's default "D, m/d/Y - H:i") is read in the order
# (day first or month first) that falls on that weekday
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon", "понедельник", "пн", "montag", "mo", "lundi", "lun", "lunedì", "lunes",
     "понеділок", "poniedziałek", "pon"),
    ("tuesday", "tue", "tues", "вторник", "вт", "dienstag", "di", "mardi", "mar", "martedì",
     "martes", "вівторок", "wtorek", "wt"),
    ("wednesday", "wed", "среда", "ср", "mittwoch", "mi", "mercredi", "mer", "mercoledì",
     "miércoles", "mié", "mie", "середа", "środa", "śr"),
    ("thursday", "thu", "thur", "thurs", "четверг", "чт", "donnerstag", "do", "jeudi", "jeu",
     "giovedì", "gio", "jueves", "jue", "четвер", "czwartek", "czw"),
    ("friday", "fri", "пятница", "пт", "freitag", "fr", "vendredi", "ven", "venerdì",
     "viernes", "vie", "пʼятниця", "п'ятниця", "piątek", "pt"),
    ("saturday", "sat", "суббота", "сб", "samstag", "sa", "samedi", "sam", "sabato", "sab",
     "sábado", "sáb", "субота", "sobota", "sob"),
    ("sunday", "sun", "воскресенье", "вс", "sonntag", "so", "dimanche", "dim", "domenica",
     "dom", "domingo", "неділя", "нд", "niedziela", "niedz", "nd"),
)
# the little words between such a day and its time ("Today at 14:20", "Вчера в 09:05",
# "Heute um 9:05", "Hier à 14h20", "Oggi alle 14:20", "Hoy a las 14:20", "Сьогодні о 14:20")
RELATIVE_DAY_LINKS: frozenset[str] = frozenset({
    "at", "в", "во", "um", "a", "alle", "las", "la", "o", "об", "о", "godz"})

# A byline's reading time and length, printed with its dates ("3 min read", "Lesezeit:
# 4 Minuten", "4 min di lettura", "3 minuty czytania (około 410 słów)"): the post's
# facts, no teaser.  The words of reading, of minutes, of words counted, and of
# "about" before a count, written as shown
READING_WORDS: tuple[str, ...] = (
    "read", "reading", "reading time", "read time", "time to read", "lesezeit",
    "lesedauer", "lesen", "lecture", "temps de lecture", "de lecture", "lettura",
    "di lettura", "tempo di lettura", "lectura", "de lectura", "tiempo de lectura",
    "чтения", "время чтения", "на чтение", "читання", "час читання", "на читання",
    "czytania", "czas czytania", "do czytania",
)
MINUTE_WORDS: tuple[str, ...] = (
    "min", "mins", "min.", "minute", "minutes", "minuten", "minuti", "minuto", "minutos",
    "мин", "мин.", "минута", "минуты", "минут", "хв", "хв.", "хвилина", "хвилини",
    "хвилин", "minuta", "minuty", "minut",
)
WORD_COUNT_WORDS: tuple[str, ...] = (
    "words", "word", "wörter", "worte", "mots", "parole", "palabras", "слов", "слова",
    "слів", "słów", "słowa",
)
ABOUT_WORDS: tuple[str, ...] = (
    "about", "approx.", "approximately", "around", "ca.", "circa", "environ", "etwa",
    "ungefähr", "około", "ok.", "alrededor de", "aproximadamente", "unas", "примерно",
    "около", "приблизно", "близько",
)
