"""A small offline language check: CineSift reads English reviews and says so for the rest."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to a in is it that this was for with as but on movie film not be are you i "
        "his her he she they have so at by an all".split()
    ),
    "de": frozenset(
        "der die und das ist nicht ein eine ich mit den auch sich zu von dem im".split()
    ),
    "fr": frozenset(
        "le la les et est un une des du que qui pas je dans pour sur avec ce il".split()
    ),
    "es": frozenset("el la los las y es un una que de en no por con para se lo su del".split()),
    "it": frozenset("il la e di che un una non per con del della sono è gli le ma".split()),
    "pt": frozenset("o a os as e de que um uma não em para com do da se por mais".split()),
    "nl": frozenset("de het een en van is niet dat ik met voor op zijn er maar".split()),
    "id": frozenset("yang dan di ini itu dengan untuk tidak dari ada aku saya film ke".split()),
    "pl": frozenset("i w nie na się z że do jest to jak o co ale po".split()),
}
# Scripts that mark a non-English page when they carry most of its letters.
_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to say."""
    sample = text[:20000]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 40:
        return None
    for code, script in _SCRIPTS:
        if len(script.findall(sample)) > letters * 0.3:
            return code
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 12:
        return None
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] < len(words) * 0.05:
        return None
    # English wins ties: its stopwords are short and shared with Dutch and others.
    if counts["en"] >= counts[best] * 0.8:
        return "en"
    return best
