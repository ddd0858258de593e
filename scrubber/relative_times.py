"""Relative times as pages write them in post stamps, teaser grids and bylines ("3 days ago",
"5m ago", "1周前", "11个月前", "3日前", "2시간 전", "vor 3 Tagen", "il y a 2 jours",
"hace 5 horas", "3 дня назад"): one table per language, read by every pass
that looks for them (:mod:`scrubber.posts`, :mod:`scrubber.grids`,
:mod:`scrubber.headline_shape`), each anchoring it as it needs."""

from __future__ import annotations

#: A count and its unit, per language (as data); the units of English are matched whatever
#: their case by the passes that read lower-cased lines.
RELATIVE_TIMES: dict[str, str] = {
    # (abbreviations with their full stop: "3 hr. ago", "2 mo. ago", "1 yr. ago")
    "en": r"\d+\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|mos?"
          r"|months?|yrs?|years?)\.?\s+ago\b",
    "zh": r"\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个?月|個月|年)前|刚刚|剛剛",
    "ja": r"\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前",
    "ko": r"\d+\s*(?:초|분|시간|일|주|개월|년)\s*전",
    # (The word before the count may open the stamp, capitalised: "Vor 3 Tagen".)
    "de": r"(?i:vor)\s+\d+\s*(?i:sek(?:unden?)?|min(?:uten?)?|std|stunden?|tag(?:en)?|wochen?"
          r"|monat(?:en)?|jahr(?:en)?)\b",
    "fr": r"(?i:il\s+y\s+a)\s+\d+\s*(?i:s|sec(?:ondes?)?|min(?:utes?)?|h|heures?|jours?"
          r"|semaines?|mois|ans?)\b",
    "es": r"(?i:hace)\s+\d+\s*(?i:s|seg(?:undos?)?|min(?:utos?)?|h|horas?|d[ií]as?|semanas?"
          r"|mes(?:es)?|años?)\b",
    "pt": r"(?i:há)\s+\d+\s*(?i:s|seg(?:undos?)?|min(?:utos?)?|h|horas?|dias?|semanas?"
          r"|m[eê]s(?:es)?|anos?)\b",
    "it": r"\d+\s*(?i:secondi|minuti|ore|giorni|settimane|mesi|anni|minuto|ora|giorno"
          r"|settimana|mese|anno)\s+fa\b",
    "ru": r"\d+\s*(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юьи]"
          r"|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад",
}
#: Any of them, as one alternation (a run of digits entered at its first digit: a search
#: stays linear on a long run of digits).
RELATIVE_TIME = r"(?<!\d)(?:" + "|".join(RELATIVE_TIMES.values()) + ")"
