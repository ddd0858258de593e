"""Relative times as pages write them in post stamps, teaser grids and bylines ("3 days ago",
"5m ago", "1周前", "11个月前", "3日前", "2시간 전"): one table per language, read by every pass
that looks for them (:mod:`scrubber.posts`, :mod:`scrubber.grids`,
:mod:`scrubber.headline_shape`), each anchoring it as it needs."""

from __future__ import annotations

#: A count and its unit, per language (as data); the units of English are matched whatever
#: their case by the passes that read lower-cased lines.
RELATIVE_TIMES: dict[str, str] = {
    "en": r"\d+\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?"
          r"|years?)\s+ago\b",
    "zh": r"\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个?月|個月|年)前|刚刚|剛剛",
    "ja": r"\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前",
    "ko": r"\d+\s*(?:초|분|시간|일|주|개월|년)\s*전",
}
#: Any of them, as one alternation (a run of digits entered at its first digit: a search
#: stays linear on a long run of digits).
RELATIVE_TIME = r"(?<!\d)(?:" + "|".join(RELATIVE_TIMES.values()) + ")"
