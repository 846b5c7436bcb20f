"""The publication labels in the languages of the field operations in Central Asia and
the South Caucasus (a block of :mod:`scraper.extract.vocabulary`, kept apart so that
each language is a block of its own; merged into its ``LABELS`` there)."""

from __future__ import annotations

# The same labels in the languages of the field operations in Central Asia and the South
# Caucasus, where the site publishes too (Tajik, Kyrgyz, Kazakh, Uzbek in both scripts,
# Turkmen, Azerbaijani, Armenian, Georgian): their own words for "Where we work", "What
# we do", "Type of material" and "Date of publication".  Kept apart from LABELS (and
# merged into it below) so that a language is a block of its own.
REGIONAL_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "issued_on": {
        "tg": ("Санаи нашр", "Санаи интишор"),
        "ky": ("Жарыяланган күнү",),
        "kk": ("Жарияланған күні",),
        "uz": ("Nashr sanasi", "Нашр санаси"),
        "tk": ("Neşir edilen senesi",),
        "az": ("Dərc tarixi",),
        "hy": ("Հրապարակման ամսաթիվ",),
        "ka": ("გამოქვეყნების თარიღი",),
    },
    "issued_by": {
        "tg": ("Мо дар куҷо кор мекунем",),
        "ky": ("Биз кайда иштейбиз",),
        "kk": ("Біз қайда жұмыс істейміз",),
        "uz": ("Biz qayerda ishlaymiz", "Биз қаерда ишлаймиз"),
        "tk": ("Biz nirede işleýäris",),
        "az": ("Harada işləyirik", "Biz harada işləyirik"),
        "hy": ("Որտեղ ենք աշխատում",),
        "ka": ("სად ვმუშაობთ",),
    },
    "fields_of_work": {
        "tg": ("Мо чӣ кор мекунем", "Соҳаҳои фаъолият", "Самтҳои фаъолият"),
        "ky": ("Биз эмне кылабыз",),
        "kk": ("Біз не істейміз",),
        "uz": ("Biz nima qilamiz", "Биз нима қиламиз"),
        "tk": ("Biz näme edýäris",),
        "az": ("Nə edirik", "Biz nə edirik"),
        "hy": ("Ինչ ենք անում",),
        "ka": ("რას ვაკეთებთ",),
    },
    "content_type": {
        "tg": ("Навъи мавод", "Намуди мавод"),
        "ky": ("Материалдын түрү",),
        "kk": ("Материал түрі",),
        "uz": ("Material turi", "Материал тури"),
        "tk": ("Material görnüşi",),
        "az": ("Material növü",),
        "hy": ("Նյութի տեսակ",),
        "ka": ("მასალის ტიპი",),
    },
}
