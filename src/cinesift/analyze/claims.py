"""Factual claims in a review, normalised: release, country, genre, runtime, box office, awards,
remakes, working titles, character ages, cast and director, each pointing at its sentence.

Rules read one sentence at a time and work on cased web text as well as the lower-cased,
tokenised text of older review corpora ("running time : 110 mins ."). Each rule fires only on
wording that states a fact; opinions ("40 minutes too long"), predictions ("will be
nominated"), budgets, story dates and the reviewer's own life are left out on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cinesift.analyze.sentences import split_sentences
from cinesift.model import Claim, Span

__all__ = ["KINDS", "find_claims", "sentence_claims"]

KINDS = (
    "release",
    "country",
    "genre",
    "runtime",
    "box_office",
    "award",
    "remake",
    "working_title",
    "age",
    "cast",
    "director",
)
FILM = "film"  # subject of a claim about the film the review is about

_YEAR = r"(?:19[0-9]{2}|20[0-3][0-9])"
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = r"(?:" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70})
_NUMBER_WORDS.update({"eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100})
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_TENS = r"(?:twenty|thirty|forty|fifty)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
}
_ORDINAL = r"(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"

_NATIONALITIES = {
    "south korean": "South Korea",
    "korean": "South Korea",
    "north korean": "North Korea",
    "american": "United States",
    "british": "United Kingdom",
    "english": "United Kingdom",
    "scottish": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "west german": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "japanese": "Japan",
    "chinese": "China",
    "hong kong": "Hong Kong",
    "taiwanese": "Taiwan",
    "indian": "India",
    "australian": "Australia",
    "canadian": "Canada",
    "mexican": "Mexico",
    "russian": "Russia",
    "soviet": "Soviet Union",
    "swedish": "Sweden",
    "danish": "Denmark",
    "norwegian": "Norway",
    "finnish": "Finland",
    "dutch": "Netherlands",
    "belgian": "Belgium",
    "irish": "Ireland",
    "polish": "Poland",
    "czech": "Czech Republic",
    "hungarian": "Hungary",
    "greek": "Greece",
    "turkish": "Turkey",
    "iranian": "Iran",
    "israeli": "Israel",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "cuban": "Cuba",
    "thai": "Thailand",
    "filipino": "Philippines",
    "philippine": "Philippines",
    "indonesian": "Indonesia",
    "vietnamese": "Vietnam",
    "new zealand": "New Zealand",
    "south african": "South Africa",
    "egyptian": "Egypt",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "portuguese": "Portugal",
    "icelandic": "Iceland",
    "romanian": "Romania",
    "serbian": "Serbia",
    "bosnian": "Bosnia and Herzegovina",
    "yugoslav": "Yugoslavia",
    "yugoslavian": "Yugoslavia",
}
_NAT = r"(?:" + "|".join(sorted(map(re.escape, _NATIONALITIES), key=len, reverse=True)) + r")"
_GENRES = sorted(
    """romantic comedy|romantic drama|romantic thriller|black comedy|dark comedy|crime drama|
costume drama|period drama|family drama|courtroom drama|war drama|political thriller|
psychological thriller|erotic thriller|action thriller|action comedy|teen comedy|sex comedy|
screwball comedy|comedy-drama|comedy drama|dramedy|science fiction|science-fiction|sci-fi|
film noir|neo-noir|mockumentary|documentary|musical|western|giallo|melodrama|horror|thriller|
comedy|drama|romance|fantasy|satire|biopic|slasher|war film|action film|animated film|
martial arts film|disaster film|spy film|heist film|road movie|buddy comedy|buddy movie|
coming-of-age drama|historical drama|epic|action-comedy|action comedy|docu-drama|
docudrama|murder mystery|mystery thriller|musical comedy|crime thriller|horror comedy|
action drama|action-drama""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
# "horror/comedy", "action-drama", "horror/fantasy/thriller": genre words joined as written
_GENRE_WORD = (
    r"(?:horror|comedy|drama|thriller|action|fantasy|romance|crime|mystery|adventure|musical|"
    r"western|sci-fi|war|satire|suspense|romantic|family)"
)
_GENRE_COMPOUND = rf"(?:{_GENRE_WORD}(?:\s*/\s*|-){_GENRE_WORD}(?:(?:\s*/\s*|-){_GENRE_WORD})*\b)"
_GENRE = r"(?:" + _GENRE_COMPOUND + "|" + "|".join(re.escape(g) for g in _GENRES) + r")"
_FILM_NOUN = (
    r"(?:film|movie|picture|flick|feature|production|comedy|drama|thriller|documentary|"
    r"melodrama|western|musical|romance|giallo|epic|cartoon|classic|hit|horror\s+film)"
)


def _number(text: str) -> int | None:
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if text in ("a", "an"):
        return 1  # "an hour and forty minutes"
    tens, _, units = re.sub(r"[\s-]+", " ", text).partition(" ")
    if units and tens in _NUMBER_WORDS and units in _NUMBER_WORDS:
        return _NUMBER_WORDS[tens] + _NUMBER_WORDS[units]  # "forty five"
    return _NUMBER_WORDS.get(text)


# ---------------------------------------------------------------------------------------------
# Names in cased or lower-cased text
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\"|“|”|[^\w\s]")
_PARTICLES = frozenset("de da di del della van von der den du le la of bin al o'".split())
_HONORIFICS = frozenset(
    """mr mrs ms miss dr sir dame lord lady father sister brother sergeant sgt captain capt
    major colonel col lieutenant lt detective det officer professor prof judge sheriff agent
    king queen prince princess uncle aunt""".split()
)
_NOT_NAME = frozenset(
    """a an the this that these those his her its their my our your he she it they we you i
him them me us who whom whose which what when where why how there here then than and or but
nor so yet for of in on at to from by with without about as into onto over under after
before during while is are was were be been being am do does did have has had will would can
could shall should may might must not no nor never also only just even still very too
himself herself itself themselves myself yourself one ones someone somebody anyone everyone
nobody something anything nothing everything all some any each every both either neither
other another such same own many much more most few less least several
film films movie movies picture pictures character characters role roles cast story
actor actress director writer producer man woman boy girl men women child kid father mother
starring producers screenplay cinematography editor rated
son daughter brother sister wife husband friend family villain hero heroine guy lady
i'll i'm i'd i've
""".split()
)


def _is_name_word(word: str, relaxed: bool = False) -> bool:
    if re.search(r"(?:'s|’s|s'|s’)$", word):
        return False  # a possessive opens a description ("ann's other daughter")
    if re.search(r"(?i)n['’]t$", word):
        return False  # "Wasn't" opening a sentence is no name
    lowered = word.lower().strip(".'’")
    if not lowered or not lowered[0].isalpha():
        return False
    if lowered in _NOT_NAME:
        return False
    if word[:1].isupper() or relaxed:
        return True  # cased text: capitals carry the signal; the stoplist above guards them
    return lowered not in _COMMON


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _is_cased(text: str) -> bool:
    """Cased text writes names with capitals; lower-cased corpora carry no capitals at all."""
    return bool(re.search(r"[A-Z]", text)) and not text.isupper()


def _text_at(toks: list[_Tok], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) else ""


def _name_forward(
    text: str, pos: int, max_words: int = 4, relaxed: bool = False
) -> tuple[int, int] | None:
    """The name that starts at `pos` (after spaces): name words, inner particles, a quoted
    nickname ("eddie " fingers " coyle"), initials ("george v . higgins")."""
    toks = _tokens(text[pos:])
    cased = _is_cased(text)
    words: list[_Tok] = []
    i = 0
    while i < len(toks) and sum(w.text != "." for w in words) < max_words:
        t = toks[i]
        if i == 0 and text[pos : pos + t.start].strip():
            break
        if t.start > 0 and text[pos + t.start - 1 : pos + t.start] == "-":
            break  # "101-year-old"
        if (
            (words or t.text not in ("a", "i"))
            and len(t.text) == 1
            and t.text.isalpha()
            and i + 2 < len(toks)
            and toks[i + 1].text == "."
            and _is_name_word(toks[i + 2].text)
        ):
            # an initial is checked first: alone, "l" would pass as a name word and the name
            # would stop at its full stop ("james l . brooks")
            words.extend(toks[i : i + 2])  # "michael j . fox"
            i += 2
            continue
        if (_is_name_word(t.text, relaxed) and (relaxed or not cased or t.text[:1].isupper())) or (
            words and i + 1 < len(toks) and _inner_capital(t, words[-1], toks[i + 1])
        ):
            words.append(t)
            i += 1
            continue
        if words and t.text.lower() in _PARTICLES and _is_name_word(_text_at(toks, i + 1)):
            words.append(t)
            i += 1
            continue
        if (
            words
            and t.text in '"“'
            and _text_at(toks, i + 2) in '"”'
            and _text_at(toks, i + 1)[:1].isalpha()
            and _is_name_word(_text_at(toks, i + 3))
        ):
            words.extend(toks[i : i + 4])  # a quoted nickname: eddie " fingers " coyle
            i += 4
            continue
        stem = re.sub(r"(?:'s|’s)$", "", t.text)
        if words and stem != t.text and _is_name_word(stem) and (not cased or stem[:1].isupper()):
            # "Jennifer Hudson's": the name ends with the possessive's stem
            words.append(_Tok(stem, t.start, t.start + len(stem)))
        break
    while words and words[-1].text.lower() in _PARTICLES:
        words.pop()
    if not words:
        return None
    end = pos + words[-1].end
    last = words[-1].text
    if last.endswith(".") and len(last.rstrip(".")) > 2 and last.lower() not in _NAME_ABBREVIATIONS:
        end -= 1  # "as the adult Ye-sung.": the sentence's full stop, not an abbreviation
    return pos + words[0].start, end


_NAME_ABBREVIATIONS = frozenset({"jr.", "sr.", "bros.", "esq.", "ltd.", "inc.", "co."})


def _name_backward(text: str, end: int, max_words: int = 3) -> tuple[int, int] | None:
    """The name that ends at `end` (before spaces), read right to left."""
    toks = _tokens(text[:end])
    cased = _is_cased(text)
    if not toks or text[toks[-1].end : end].strip():
        return None
    words: list[_Tok] = []
    i = len(toks) - 1
    # a title before a full name does not count as one of its words ("sergeant sarah brown")
    while i >= 0 and (
        len(words) < max_words
        or (words and toks[i].text.lower().rstrip(".") in _HONORIFICS)
        or (words and toks[i].text == "." and i > 0 and toks[i - 1].text.lower() in _HONORIFICS)
    ):
        t = toks[i]
        if t.text == "." and words and i > 0 and toks[i - 1].text.lower() in _HONORIFICS:
            t = _Tok(text[toks[i - 1].start : t.end], toks[i - 1].start, t.end)  # "dr . nick"
            i -= 1
        if t.text.lower().rstrip(". ") in _HONORIFICS and words:
            before = toks[i - 1].text.lower() if i > 0 else ""
            if before not in _NOT_NAME:  # "father karras", not "his father"
                words.append(t)
            break
        if (
            t.text in '"”'
            and words
            and i >= 3
            and toks[i - 2].text in '"“'
            and toks[i - 1].text[:1].isalpha()
            and _is_name_word(toks[i - 3].text)
        ):
            words.extend([t, toks[i - 1], toks[i - 2], toks[i - 3]])
            i -= 4
            continue
        if text[t.start - 1 : t.start] == "-" and not t.text[:1].isupper():
            break
        if words and i > 0 and _inner_capital(t, toks[i - 1], words[-1]):
            words.append(t)
            i -= 1
            continue
        if not _is_name_word(t.text) or (cased and not t.text[:1].isupper()):
            if t.text.lower() in _PARTICLES and words and i > 0 and _is_name_word(toks[i - 1].text):
                words.append(t)
                i -= 1
                continue
            break
        words.append(t)
        i -= 1
    if not words:
        return None
    words.reverse()
    return words[0].start, words[-1].end


def _inner_capital(word: _Tok, left: _Tok, right: _Tok) -> bool:
    """A short capitalised word between two capitalised name words is a syllable of the name
    ("Kal So Won"), whatever it means in English."""
    return (
        len(word.text) <= 3
        and word.text[:1].isupper()
        and word.text[1:].islower()
        and all(t.text[:1].isupper() and _is_name_word(t.text) for t in (left, right))
    )


def _subject_name(text: str) -> tuple[int, int] | None:
    """The name that opens a clause: the sentence start, skipping a leading conjunction."""
    m = re.match(r"\s*(?:(?:and|but|also|then|so|meanwhile)\s+|[-•*]\s*)?", text, re.I)
    return _name_forward(text, m.end() if m else 0)


def _clean_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title.strip(" \t,.;:\"“”'‘’")).strip()
    # a quote left open once the ends are trimmed ('John Boorman's "Point Blank') is dropped
    if title.count('"') % 2 or title.count("“") != title.count("”"):
        title = re.sub(r"\s+", " ", re.sub(r"[\"“”]", " ", title)).strip()
    return title


def _quoted(text: str) -> str | None:
    m = re.search(r"[\"“]\s*([^\"“”]{1,80}?)\s*[\"”]", text)
    return _clean_title(m.group(1)) if m else None


# ---------------------------------------------------------------------------------------------
# One rule per kind. Each yields (kind, subject, value, as_of).
# ---------------------------------------------------------------------------------------------

Found = tuple[str, str, str, str | None]

_DURATION = re.compile(
    rf"""(?ix)(?<![\d.])(?:
      (?P<h>\d|one|two|three|four|\ban?)\s*(?:hours?|hrs?\.?)\s*(?:,\s*|and\s+)?
        (?P<hm>\d{{1,2}}|{_TENS}[\s-]+{_UNITS}|{_NUM})\s*(?:minutes?|mins?\b\.?|m\b)
    | (?P<m>\d{{2,3}}|{_NUM})(?P<odd>\s+odd)?(?:\s*-\s*|\s+)(?:minutes?|mins?\b\.?|min\b\.?)
    | (?P<oh>\d)\s*(?:hours?|hrs?\.?)\b(?!\s*(?:and|,)?\s*\d)
    | (?P<ch>\d)\s*:\s*(?P<cm>[0-5]\d)\b
    )"""
)
_RUNTIME_BEFORE = re.compile(
    r"""(?ix)(?:
      (?:running\s*time|run\s*time|runtime|length)\s*(?::|of|is|was|at|-)?\s*
        (?:(?:a|an|just|only|about|around|roughly|nearly|almost|over|under|some|relatively|
        mere|scant|bloated|brisk|whopping|short|long|lean|skinny|well-used|but|,)\s*){0,4}
    | \b(?:runs|ran|running|lasts|lasted|clocks\s+in\s+at|clocking\s+in\s+at|clocks\s+in|
        comes\s+in\s+at|weighs\s+in\s+at)\s+
        (?:(?:at|a|an|just|only|about|around|roughly|nearly|almost|over|under|some|relatively|
        mere|scant|bloated|brisk|whopping|short|long|lean|skinny)\s+){0,4}
    | \b(?:film|movie|picture|it)\s+(?:is|was)\s+(?:(?:only|just|about|a\s+mere|very\s+short
        \s+at\s+only|short\s+at|long\s+at)\s+)?
    | \bat\s+(?:only|just|a\s+mere)\s+
    )$"""
)
_RUNTIME_AFTER = re.compile(
    r"(?i)^\s*(?:-\s*)?(?:long\b(?!er)|running\s+time|runtime|length\b|film\b|movie\b|feature\b)"
)
_NOT_RUNTIME_BEFORE = re.compile(
    r"(?i)\b(?:first|last|next|other|final|opening|closing|extra|additional|every|another|"
    r"few|the|its|those|these|in|for|about\s+two|than)\s+$"
)


# A bare "N minutes" of feature length is the film's length unless the words around it make
# it a part of the film ("the last 80 minutes"), a point in it ("90 minutes into") or time
# spent elsewhere ("we waited 90 minutes").
_NOT_FEATURE_BEFORE = re.compile(
    r"(?i)(?:\b(?:first|last|final|opening|closing|other|next|extra|additional|every|another|"
    r"few|than|within|after|before|spent|spend|spending|waited|wait|waiting|queued|drive|"
    r"walk|ride|flight|trip|later|each|per|more|less|those|these|between|(?<!\$)\d+(?:\s+(?:and|or|to))?)|"
    r"[-–—/])\s+$"
)
_NOT_FEATURE_AFTER = re.compile(
    r"(?i)^\s*(?:into|later|earlier|ago|before|after|longer|shorter|too|more|less|each|per|"
    r"a\s+(?:day|week|night)|away|from|of\s+(?:my|your|our|his|her|their)(?!\s+li(?:fe|ves)\b)|"
    r"to\s+(?!spare)|"
    r"or\s+so\s+(?:in|into)|in\s+(?:line|traffic|the\s+(?:lobby|car|queue)))\b"
)


def _feature_length(m: re.Match[str], minutes: int, before: str, after: str) -> bool:
    # "2 hours and 19 minutes of pure torture": hours and minutes together are rarely
    # anything but the film's length
    if not (m.group("m") or m.group("h")) or not 60 <= minutes <= 240:
        return False
    if _NOT_FEATURE_BEFORE.search(before[-30:]) or _NOT_FEATURE_AFTER.match(after):
        return False
    # a hypothetical cut ("imagine the trilogy in 90 minutes") or a serial's episode
    return not re.search(
        r"(?i)\b(?:imagine|if|suppose|would|could|episode|episodes|series|season|show|shows)\b",
        before,
    )


def _runtime(s: str) -> Iterator[Found]:
    for m in _DURATION.finditer(s):
        before, after = s[: m.start()], s[m.end() :]
        if m.group("h"):
            minutes = 60 * (_number(m.group("h")) or 0) + (_number(m.group("hm")) or 0)
        elif m.group("m"):
            minutes = _number(m.group("m")) or 0
        elif m.group("oh"):
            minutes = 60 * int(m.group("oh"))
        else:
            minutes = 60 * int(m.group("ch")) + int(m.group("cm"))
        stated = bool(_RUNTIME_BEFORE.search(before[-70:]))
        if m.group("oh") or m.group("ch"):
            if not re.search(
                r"(?i)(?:running\s*(?:time|length)|runtime|length)\s*:?\s*$", before[-30:]
            ) and not (m.group("oh") and _RUNTIME_BEFORE.search(before[-70:])):
                continue
        elif not stated and _feature_length(m, minutes, before, after):
            pass  # "the shortest 90 minutes you'll ever spend", "at 109 mins it drags"
        elif not stated:
            alone = not re.search(r"[^\W\d_]", before) and not re.search(r"\w", after)
            hyphen_noun = re.match(r"(?i)\s*(?:running\s+time|runtime|length)", after)
            follows = _RUNTIME_AFTER.match(after) and not _NOT_RUNTIME_BEFORE.search(before)
            if not (alone or hyphen_noun or follows):
                continue
            bare_noun = follows and re.match(r"(?i)\s*(?:film|movie|feature)", after)
            if bare_noun and "-" not in m.group():
                continue  # "an 81-minute film" states a runtime, "90 minutes film" is rare
        if not 30 <= minutes <= 400:
            continue
        yield "runtime", FILM, f"{minutes} min", None
    # hours in words or halves: "runs two and a half hours", "a two-hour movie"
    for m in re.finditer(
        r"(?i)(?<![\w.-])(?P<n>one|two|three|four|\d)(?P<half>\s+and\s+a\s+half|\.5)?"
        r"(?:\s*-\s*|\s+)(?P<unit>hours?)\b(?!\s*(?:and|,)?\s*(?:\d|one|two|three|four|five|"
        r"ten|twenty|thirty|forty|fifty)\b)",
        s,
    ):
        if m.group("n").isdigit() and not m.group("half"):
            continue  # the duration pattern above reads these
        minutes = 60 * (_number(m.group("n")) or 0) + (30 if m.group("half") else 0)
        before, after = s[: m.start()], s[m.end() :]
        stated = _RUNTIME_BEFORE.search(before[-70:])
        noun = "-" in m.group() and re.match(
            r"(?i)\s*(?:long\s+)?(?:film|movie|epic|feature|running\s+time|runtime)\b", after
        )
        if (stated or noun) and not _NOT_RUNTIME_BEFORE.search(before) and 30 <= minutes <= 400:
            yield "runtime", FILM, f"{minutes} min", None


_RELEASE_VERB = re.compile(
    rf"""(?ix)(?<!re-)(?<!re)\b(?P<verb>released|premiered|debuted|came\s+out|opened|produced|
        made|filmed|shot)\b(?P<mid>[^.;!?]{{0,50}}?)\b
        (?:(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*)?)?(?P<y>{_YEAR})\b"""
)
_NOT_RELEASE_MID = re.compile(
    r"(?i)\b(?:dvd|video|vhs|blu-?ray|tv|television|cable|home\s+video|laserdisc|re-?release|"
    r"soundtrack|album|book|novel|play|game|record|since|before|after|when\s+i|until)\b"
)


def _release(s: str) -> Iterator[Found]:
    for m in _RELEASE_VERB.finditer(s):
        verb = m.group("verb").lower()
        mid = m.group("mid")
        if re.match(r"\s*(?:'s|’s)", s[m.end() :]):
            continue  # "made an impression in 1997's the game": the year dates another title
        if _NOT_RELEASE_MID.search(mid) or _NOT_RELEASE_MID.search(
            s[max(0, m.start() - 25) : m.start()]
        ):
            continue
        if verb in ("made", "filmed", "shot") and not re.search(r"(?i)\bin\s*$", mid):
            continue
        if mid.strip() and not re.search(r"(?i)\b(?:in|on|of|year|during|at)\b", mid):
            continue
        if verb in ("filmed", "shot"):
            continue  # when it was shot is not when it came out
        year = m.group("y")
        value = year
        if m.group("month") and m.group("day"):
            month = _month_number(m.group("month"))
            value = f"{year}-{month:02d}-{int(m.group('day')):02d}"
        head = s[: m.start()]
        subject = (
            _quoted(head[-80:])
            if re.search(r"[\"”]\s*(?:,\s*)?(?:which\s+|was\s+|is\s+)*$", head)
            else None
        )
        yield "release", subject or FILM, value, None
    # "1988's " mistic pizza "", "1993's " the piano , ""
    for m in re.finditer(
        rf"(?i)\b(?P<y>{_YEAR})\s*'s\s+(?:[\w-]+\s+){{0,2}}?[\"“]\s*(?P<t>[^\"“”]+?)\s*[\"”]", s
    ):
        yield "release", _clean_title(m.group("t")), m.group("y"), None
    # '" it's alive " ( 1974 )', 'Miracle in Cell No. 7 (2013)', 'eyes wide shot ( 1999 )'
    for m in re.finditer(rf"\(\s*(?P<y>{_YEAR})\s*\)", s):
        head = s[: m.start()].rstrip()
        if not head or re.search(r"(?i)(?:\bin|\bof|\bsince|\bfrom|\buntil)\s*$", head):
            continue
        title = None
        quotes = [q.start() for q in re.finditer(r"[\"“”']", head)]
        if head.endswith(('"', "”", "'")) and len(quotes) >= 2:
            title = _clean_title(head[quotes[-2] + 1 : quotes[-1]])
        elif _is_cased(s) and (capitalised := _title_before(s, len(head))):
            title = capitalised  # cased text: the title is its run of capitalised words
        else:
            # the title is the run of words before the year, back to a clause boundary
            run = re.search(
                r"(?i)(?:^|[,.;:!?(\[]|\b(?:in|like|as|see|than|and|or|with|of|from|review)\s)"
                r"\s*((?:[\w'’.-]+\s*){1,7})$",
                head,
            )
            if run and not re.search(r"(?i)\b(?:future|past|year|years|ago)\s*$", run.group(1)):
                title = _clean_title(run.group(1))
            elif run:
                continue  # "ten years in the future ( 2007 )": a story date
        yield "release", title or FILM, m.group("y"), None
    # "( boogie nights , 1997 )": an earlier film in a filmography aside
    for m in re.finditer(rf"\(\s*(?P<t>[^(),\d]{{2,40}}?)\s*,\s*(?P<y>{_YEAR})\s*\)", s):
        yield "release", _clean_title(m.group("t")), m.group("y"), None
    # "the superb 1978 sci-fi classic " invasion of the body snatchers , ""; a header line
    # "2013 South Korean comedy-drama film"
    for m in re.finditer(
        rf"(?ix)(?:^|\b(?:the|a|an|his|her|their|this)\s+(?:[\w-]+\s+){{0,2}}?)(?P<y>{_YEAR})\s+"
        rf"(?:{_NAT}\s+)?(?:{_GENRE}\s+|(?P<words>(?:[a-z][\w-]*\s+){{1,2}}))?{_FILM_NOUN}\b(?!s)"
        rf"(?P<tail>\s*,?\s*[\"“][^\"”]+[\"”])?",
        s,
    ):
        if m.group("words"):
            # "the classic 1974 car chase movie Gone in 60 Seconds": free words before the
            # noun need a capitalised title after it
            start = len(s) - len(s[m.end() :].lstrip())
            named = _title_after(s, start) if _is_cased(s) else None
            if named and named[:1].isupper() and re.match(r"(?i)(?:the|a|an)\b", m.group()):
                yield "release", named, m.group("y"), None
            continue
        title = _quoted(m.group("tail")) if m.group("tail") else None
        at_start = not s[: m.start()].strip(" -•*\t")
        if title or (at_start and m.start("y") == m.start()):
            yield "release", title or FILM, m.group("y"), None
            continue
        if re.match(r"(?i)this\b", m.group()):
            yield "release", FILM, m.group("y"), None  # "this 1997 film"
            continue
        head = s[: m.start()]
        if re.match(r"(?i)an?\s", m.group()) and re.search(
            r"(?i)(?:,\s*[\"”]?|[\"”]\s*,|\b(?:is|was|it's|it’s))\s*$", head
        ):
            # an apposition or a predicate: '"Watch on the Rhine," a 1943 film', "X is a
            # 1991 film"; the title is the quoted one before, else the reviewed film
            quoted = (
                _quoted(head[-80:]) if re.search(r"[\"”]\s*,?\s*(?:is|was)?\s*$", head) else None
            )
            yield "release", quoted or FILM, m.group("y"), None
            continue
        named = _title_after(s, m.end())  # "the classic 1964 film the umbrellas of cherbourg"
        if named and re.match(r"(?i)(?:the|a|an)\b", m.group()):
            yield "release", named, m.group("y"), None
    # "This 1986 Italian-French remake of ...", "in its 1986 release": the film's own year
    for m in re.finditer(
        rf"(?i)\b(?:this|its)\s+(?:[\w-]+\s+)?(?P<y>{_YEAR})\s+(?:{_NAT}(?:\s*-\s*{_NAT})?\s+)?"
        r"(?:remake|sequel|version|release|adaptation|production)\b(?!s)",
        s,
    ):
        if not re.search(r"(?i)\b(?:dvd|video|re-?release|restored|director's)\b", m.group()):
            yield "release", FILM, m.group("y"), None
    # "the hitman , 1991 action thriller directed by ...": a bare apposition
    for m in re.finditer(
        rf"(?i),\s*(?P<y>{_YEAR})\s+(?:{_NAT}\s+)?(?:{_GENRE}\s+|[a-z][\w-]*\s+)?{_FILM_NOUN}\b(?!s)",
        s,
    ):
        yield "release", FILM, m.group("y"), None
    # "was a huge box office hit in 1989": the year it was in cinemas
    for m in re.finditer(
        rf"(?i)\b(?:was|became)\s+(?:\(\s*[\w\s]+\)\s+)?(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:hit|flop|success|smash|blockbuster|bomb|sleeper)\s+in\s+(?P<y>{_YEAR})\b",
        s,
    ):
        if not _NOT_RELEASE_MID.search(m.group()):
            yield "release", FILM, m.group("y"), None
    # "since 1989's the little mermaid", "1996's Twister"
    for m in re.finditer(rf"(?i)\b(?P<y>{_YEAR})\s*(?:'s|’s)\s+(?![\"“])", s):
        if re.search(r"(?i)\b(?:the|of\s+the|in\s+the|early|late|mid)\s*-?\s*$", s[: m.start()]):
            continue  # "the 1930's": a decade
        named = _title_after(s, m.end())
        if named and re.search(
            rf"(?i)\b(?:{_FILM_NOUN}|movies|films|winner|winners|blockbusters?|hits|releases?|"
            rf"crop|entry|entries|offering|offerings)$",
            named,
        ):
            continue  # "1996's alien invasion movie": a description, not a title
        if named:
            yield "release", named, m.group("y"), None
    # "the dogs of war , 1980 adaptation of ...", "Twister, the 1996 film"
    for m in re.finditer(
        rf"(?i)\s*,\s*(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?P<y>{_YEAR})\s+(?:{_NAT}\s+)?"
        rf"(?:{_GENRE}\s+)?(?:{_FILM_NOUN}|adaptation|remake|version|sequel)\b",
        s,
    ):
        named = _title_before(s, m.start())
        if named:
            yield "release", named, m.group("y"), None
    # a credit line: "date released : 12/94", "Release date: June 5, 1998"
    for m in re.finditer(
        r"(?i)\b(?:date\s+released|release\s+date|released|u\.\s*s\.\s+release\s+date|"
        r"opening\s+date)\s*:\s*",
        s,
    ):
        rest = s[m.end() : m.end() + 30]
        short = re.match(r"(\d{1,2})\s*/\s*(?:\d{1,2}\s*/\s*)?(\d{2}|\d{4})\b", rest)
        full = re.match(
            rf"(?i)(?:(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*)?)?"
            rf"(?P<y>{_YEAR})\b",
            rest,
        )
        if short:
            year = short.group(2)
            if len(year) == 2:
                year = ("19" if int(year) > 30 else "20") + year
            yield "release", FILM, year, None
        elif full:
            yield "release", FILM, _date_value(full), None
    # "opens nationwide on July 2", "released on june 5": a day without a year
    for m in re.finditer(
        rf"(?i)\b(?:opens|opened|opening|released|premieres|premiered|debuts|arrives|hits)\s+"
        rf"(?:(?:nationwide|wide|everywhere|in\s+(?:theaters|theatres|cinemas)|in\s+the\s+us|"
        rf"in\s+the\s+u\.s\.)\s+)*(?:on\s+)?(?:(?:friday|monday|tuesday|wednesday|thursday|"
        rf"saturday|sunday)\s*,?\s*)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?!\s*,?\s*(?:{_YEAR}|\d))",
        s,
    ):
        if _NOT_RELEASE_MID.search(s[max(0, m.start() - 25) : m.end()]):
            continue
        month = _month_number(m.group("month"))
        yield "release", FILM, f"{month:02d}-{int(m.group('day')):02d}", None


def _date_value(m: re.Match[str]) -> str:
    if m.group("month") and m.group("day"):
        month = _month_number(m.group("month"))
        return f"{m.group('y')}-{month:02d}-{int(m.group('day')):02d}"
    return m.group("y")


_TITLE_STOP = re.compile(
    r"(?i)\s*(?:$|[,.;:!?()\[\]\-–—\"“”]|\s(?:is|was|were|are|which|that|who|where|when|"
    r"starring|stars|directed|by|with|and|but|has|had|have|as|from|for|in|on|at|to|or|"
    r"did|does|do|also|still|remains|became|becomes|made|makes|than|while|because|if)\b)"
)


_NOT_TITLE_START = re.compile(
    r"(?i)^(?:best|worst|biggest|top|most|crop|summer|winter|spring|fall|other|big|finest|"
    r"greatest|academy|oscars?|golden|cannes|sundance|festival|film|movie|season|box|hit|"
    r"release|version|remake|sequel|class|new|year|ceremony|awards?)\b"
)


def _title_before(s: str, end: int) -> str | None:
    """An unquoted title that ends at `end`: capitalised words in cased text; in lower-cased
    text the words back to a verb or a clause break."""
    head = s[max(0, end - 80) : end]
    if _is_cased(s):
        run = re.search(
            r"(?:(?:The|A|An)\s+)?[A-Z0-9][\w'’:-]*(?:\s+(?:(?:of|the|and|in|a|an|on|to|for|at|"
            r"from|with|under|than)\s+){0,2}[A-Z0-9][\w'’:-]*)*$",
            head,
        )
        title = _clean_title(run.group()) if run else None
    else:
        words = head.split()
        taken: list[str] = []
        while words and len(taken) < 7:
            word = words.pop()
            if re.fullmatch(r"[,.;:!?()\"“”]", word) or _TITLE_STOP.fullmatch(" " + word):
                break
            taken.insert(0, word)
        title = _clean_title(" ".join(taken)) if 0 < len(taken) <= 6 else None
    if not title or _NOT_TITLE_START.match(title) or title.lower() in _NOT_NAME:
        return None
    return title


def _title_after(s: str, pos: int) -> str | None:
    """An unquoted title right after `pos`: a run of capitalised words in cased text, the
    words up to a clause break in lower-cased text."""
    rest = s[pos : pos + 80]
    if _is_cased(s):
        run = re.match(
            r"(?:(?:The|A|An)\s+)?[A-Z0-9][\w'’:-]*(?:\s+(?:(?:of|the|and|in|a|on|to|for)\s+)?"
            r"[A-Z0-9][\w'’:-]*)*",
            rest,
        )
        if run is None or _NOT_TITLE_START.match(run.group()):
            return None
        return _clean_title(run.group())
    stop = _TITLE_STOP.search(" " + rest[:60])
    words = (" " + rest)[: stop.start()].split() if stop else []
    if not words or len(words) > 6 or _NOT_TITLE_START.match(" ".join(words)):
        return None
    if words[0] in _NOT_NAME - {"the", "a", "an"} or words[-1] in ("the", "a", "an", "of"):
        return None
    if words[0] in _COMMON and words[0] not in ("the", "a", "an") and len(words) == 1:
        return None  # "1998's best" is no title
    return _clean_title(" ".join(words))


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTHS].index(key) + 1


_COUNTRY = re.compile(
    rf"""(?ix)(?:^|\b(?P<det>a|an|the|this|that|its|another|one)\s+)
        (?P<adj>(?:[\w'-]+\s+){{0,4}}?)(?P<nat>{_NAT})(?:\s*-\s*(?P<nat2>{_NAT}))?\s+
        (?:[\w-]+\s+){{0,2}}?(?P<noun>film|movie|picture|production|comedy|drama|thriller|
        flick|feature|documentary|cartoon|animation|western|musical|romance|giallo|melodrama|
        epic|horror|co-production|remake|version)\b(?!s|\s+(?:industry|history|market|multiplex|theaters?|
        company|companies|distributors?|
        theatres?|studios?|audiences?|fans?|screens?|culture|business|stars?|buffs?|critics?|
        goers?|makers?|scene|circles?|festivals?|directors?|actors?|actresses|producers?|writers?|
        institutes?|institution|academy|archives?|council|board|society|school|fund|awards?))"""
)


def _country(s: str) -> Iterator[Found]:
    for m in _COUNTRY.finditer(s):
        adj = m.group("adj").lower()
        if re.search(r"\b(?:more|less|most|like|than|typical|typically|usual)\b", adj):
            continue
        if re.search(r"(?i)\b(?:language|dubbed|dubbing|subtitled|speaking)\b", m.group()):
            continue  # "the English language version": a language, not where it was made
        if re.search(
            r"(?i)\b(?:like|than|unlike|as\s+if)\s*$",
            s[max(0, m.start() - 12) : m.start()],
        ):
            continue
        if not m.group("det") and m.start() > 0 and s[: m.start()].strip(' -•*"“'):
            continue
        if re.match(r"\s+than\b", s[m.end() :]):
            continue
        original = re.search(
            r"(?i)\b(?:remake|version|sequel)\s+(?:of|to)\s*$", s[: m.start()]
        ) or re.search(r"\b(?:remake|version|sequel)\b", adj)
        if original:
            # "a remake of the 1971 british production": the original's country, which the
            # remake rule gives to the original's title when one follows
            continue
        if m.group("noun").lower() in ("remake", "version") and (
            m.group("det") or ""
        ).lower() not in ("", "the", "this"):
            continue
        country = _NATIONALITIES[m.group("nat").lower()]
        tail = s[m.end() : m.end() + 60]
        title = _quoted(tail) if re.match(r"\s*,?\s*[\"“]", tail) else None
        yield "country", title or FILM, country, None
        if m.group("nat2"):  # "this 1986 Italian-French remake": a co-production
            yield "country", title or FILM, _NATIONALITIES[m.group("nat2").lower()], None
    # "one of the French films of the decade", "this and other British films"
    for m in re.finditer(
        rf"(?i)\b(?:one\s+(?:of\s+)?(?:the|my|our)|this\s+and\s+other)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<nat>{_NAT})\s+(?:films|movies|pictures)\b",
        s,
    ):
        yield "country", FILM, _NATIONALITIES[m.group("nat").lower()], None
    # "like two other French films, Vidocq and City of Lost Children": this film is one too,
    # and so is each title listed
    for m in re.finditer(
        rf"(?i)\bother\s+(?:[\w-]+\s+)?(?P<nat>{_NAT})\s+(?:films|movies|pictures)\b", s
    ):
        if re.search(r"(?i)\b(?:unlike|than)\s+(?:\w+\s+){0,2}$", s[: m.start()]):
            continue
        if re.search(
            r"(?i)\b(?:seen|appeared|starred|acted|worked|featured)\s+(?:\w+\s+){0,2}$",
            s[: m.start()],
        ):
            continue  # "an actor seen on other French films": his career, not this film
        country = _NATIONALITIES[m.group("nat").lower()]
        yield "country", FILM, country, None
        listed = re.match(
            r"\s*,\s*(?:(?:like|such\s+as|including)\s+)?([^.;:()]{2,120})", s[m.end() :]
        )
        if listed and _is_cased(s):
            for title in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", listed.group(1)):
                if not re.fullmatch(
                    r"(?:[A-Z0-9][\w'’:-]*|of|the|a|an|in|and)(?:\s+\S+){0,5}", title
                ):
                    break
                if not all(
                    w[:1].isupper() or w in ("of", "the", "a", "an", "in") for w in title.split()
                ):
                    break
                yield "country", title, country, None
    # "the biggest flop in British film history": a record among a country's films
    for m in re.finditer(
        rf"(?i)\b(?:\w+est|most\s+\w+|first|only)\s+(?:[\w-]+\s+){{0,3}}?(?:in|of)\s+"
        rf"(?P<nat>{_NAT})\s+(?:film|movie|cinema(?:tic)?|box[\s-]office)\s+history\b",
        s,
    ):
        if not re.search(r"(?i)\b(?:if|would|could|might|may|will)\b", s[: m.start()]):
            yield "country", FILM, _NATIONALITIES[m.group("nat").lower()], None
    # "was made in Germany in 1913"
    for m in re.finditer(
        r"(?i)\b(?:was|were)\s+(?:made|produced)\s+(?:entirely\s+)?in\s+(?P<c>(?-i:[A-Z][a-z]+"
        r"(?:\s+[A-Z][a-z]+)?))\b",
        s,
    ):
        country = m.group("c")
        if country in _NATIONALITIES.values():
            yield "country", FILM, country, None
    for m in re.finditer(rf"(?i)\(\s*{_YEAR}\s*\)\s*(?P<nat>{_NAT})\s+(?:film|movie)\b", s):
        yield "country", FILM, _NATIONALITIES[m.group("nat").lower()], None


# A credit block ends with where and when the film was made: "music by caleb sampson
# u . s . , 1997", "starring milla jovovich france/usa , 1999"
_COUNTRY_NAMES = {c.lower(): c for c in _NATIONALITIES.values()} | {
    "usa": "United States",
    "us": "United States",
    "u . s .": "United States",
    "u.s.": "United States",
    "u . s . a .": "United States",
    "u.s.a.": "United States",
    "uk": "United Kingdom",
    "u . k .": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "england": "United Kingdom",
}
_COUNTRY_NAME = "|".join(sorted(map(re.escape, _COUNTRY_NAMES), key=len, reverse=True))
_CREDIT_ORIGIN = re.compile(
    rf"(?i)\b(?:by|starring)\s+[^,]{{2,60}}?\s(?P<c>(?:{_COUNTRY_NAME})(?:\s*[/-]\s*"
    rf"(?:{_COUNTRY_NAME}))*)\s*,\s*(?P<y>{_YEAR})\s*[-–—=*]*\s*$"
)


def _credit_origin(s: str) -> Iterator[Found]:
    m = _CREDIT_ORIGIN.search(s)
    if m is None or not re.search(r"(?i)\b(?:directed|written|starring|music)\b", s):
        return
    for name in re.split(r"\s*[/-]\s*(?=\w)", m.group("c")):
        country = _COUNTRY_NAMES.get(" ".join(name.lower().split()))
        if country:
            yield "country", FILM, country, None
    yield "release", FILM, m.group("y"), None


_GENRE_PATTERNS = (
    # "is a well acted romantic drama", "it's a fabulous giallo"
    re.compile(
        rf"(?ix)\b(?:is|was|'s|’s|remains|claims\s+to\s+be|billed\s+as)\s+"
        r"(?:(?:basically|essentially|really|simply|primarily|mainly|mostly|actually|"
        r"definitely|clearly|above\s+all)\s+)?(?:a|an)\s+"
        rf"(?:[\"“]\s*)?(?:[\w-]+\s+){{0,3}}?(?P<g>{_GENRE})\b"
        r"(?!\s+(?:market|fans?|genre|elements?|movies|films|aspects?|parts?|scenes?|into|"
        r"than|-))"
    ),
    # "an italian crime drama", "the castle , an australian comedy by rob sitch"
    re.compile(
        rf"(?ix)\b(?:a|an|the|this)\s+(?:[\w-]+\s+){{0,2}}?{_NAT}\s+(?:[\w-]+\s+)??(?P<g>{_GENRE})"
        r"\b(?!\s+(?:market|fans?|genre|industry|into|than))"
    ),
    # "the lavish costume drama makes ...", "a 1997 comedy by ..."
    re.compile(
        rf"(?ix)(?:^|,\s*)(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<g>{_GENRE})\s+"
        r"(?:by|from|about|starring|directed|makes|made|is|was|that|which|,)"
    ),
    # "2013 South Korean comedy-drama film", "1978 sci-fi classic"
    re.compile(rf"(?ix)\b{_YEAR}\s+(?:{_NAT}\s+)?(?P<g>{_GENRE})\s+(?:film|movie|classic)\b"),
    # "the most successful , highest-grossing romantic comedy in history"
    re.compile(
        rf"(?ix)\b(?:highest[\s-]grossing|most\s+successful)\s+(?P<g>{_GENRE})\s+"
        r"(?:in\s+history|of\s+all\s+time|ever)"
    ),
)


# words that make a genre word a modifier of another noun ("horror fans", "comedy bits")
_GENRE_NOT_HEAD = (
    r"(?!\s*-|\s+(?:market|fans?|genre|elements?|movies|films|flicks|aspects?|parts?|scenes?|"
    r"into|than|stars?|actors?|actress(?:es)?|directors?|writers?|icons?|legends?|veterans?|"
    r"sequences?|numbers?|routines?|moments?|bits?|conventions?|cliches?|clichés?|tropes?|"
    r"fare|territory|roots|background|experience|credentials|chops|skills?|timing|relief|"
    r"industry|history|buff|buffs|company|series|show|element|vibe|feel|overtones?|tone|"
    r"story|tale|scale|proportions|length|team|troupe|duo|style|attempt|subgenre)\b)"
)
# a modifier word before a genre: not a function word that would let the match run across
# a clause ("a certain timing that's mandatory in comedy")
_GENRE_MOD = (
    r"(?:(?!(?:in|of|at|on|to|for|with|about|that|that's|which|who|when|is|was|the|this|"
    r"than|from|and|or)\b)[\w-]+)"
)
_GENRE_PLURALS = {
    "musicals": "musical",
    "westerns": "western",
    "thrillers": "thriller",
    "comedies": "comedy",
    "dramas": "drama",
    "melodramas": "melodrama",
    "documentaries": "documentary",
}
_GENRE_HEAD_PATTERNS = (
    # "a preposterous but incredibly fun action thriller directed by", "a taut, atmospheric
    # thriller making full use of"
    re.compile(
        rf"(?ix)(?:^|[,;:]\s*|\b(?:is|was|'s|’s|remains|becomes)\s+)(?:a|an)\s+"
        rf"(?:{_GENRE_MOD}(?:\s*,)?\s+(?:but\s+|and\s+|yet\s+)?){{0,5}}?(?P<g>{_GENRE})"
        rf"(?:\s+(?:film|movie|pic|picture|flick|opus|yarn|entry|offering|outing))?(?=\s*(?:$|[,.;:!?(]|(?:directed|from|by|"
        rf"starring|about|that|which|with|making|set|based|in\s+(?:which|the\s+vein))\b))"
    ),
    # "this ho-hum horror pic", "this TV docu-drama"
    re.compile(
        rf"(?ix)\bthis\s+(?:{_GENRE_MOD}\s+){{0,3}}?(?P<g>{_GENRE})"
        rf"(?:\s+(?:film|movie|pic|picture|flick))?\b{_GENRE_NOT_HEAD}"
    ),
    # "michael lehmann's action-comedy was ...": not "fox's animated film anastasia", where
    # the genre belongs to the title that follows
    re.compile(
        r"(?ix)(?<!\bthat)(?<!\bit)(?<!\bthere)(?<!\bhe)(?<!\bshe)(?<!\bwhat)(?<!\bwho)"
        rf"(?<!\bhere)(?<!\blet)(?:'s|’s)\s+(?:{_GENRE_MOD}(?:\s*,)?\s+(?:and\s+|but\s+)?){{0,3}}?(?P<g>{_GENRE})"
        rf"(?:\s+(?:film|movie|pic|picture|flick))?"
        r"(?=\s*(?:$|[,.;:!?(]|(?:is|was|has|had|starts|begins|opens|makes|tells|takes)\b))"
    ),
    # "Gritty, dusty western from director Richard Brooks"
    re.compile(
        rf"(?ix)^\s*(?:[\w-]+\s*,?\s+(?:and\s+)?){{0,3}}?(?P<g>{_GENRE})"
        rf"(?:\s+(?:film|movie|pic|picture|flick))?\s+(?:from|by|directed\s+by)\s"
    ),
    # "remains among the best of the French film noir genre", "a fine entry in the slasher
    # genre": the film counted as one of the genre
    re.compile(
        rf"(?ix)\b(?:example|entry|classic|best|finest|ranks|member|gem|addition|staple|"
        rf"belongs|belonging)\s+(?:of|to|in)\s+the\s+(?:{_GENRE_MOD}\s+){{0,2}}?(?P<g>{_GENRE})"
        r"\s+genre\b"
    ),
    # "one of those no budget horror films", "one of the first of the best musicals"
    re.compile(
        rf"(?ix)\bone\s+(?:of\s+(?:the|those|these)\s+)+(?:[\w-]+\s+){{0,4}}?"
        rf"(?:(?P<g>{_GENRE})\s+(?:films|movies|flicks|pictures)|"
        rf"(?P<gp>{'|'.join(_GENRE_PLURALS)}))\b"
    ),
)


_QUALIFIED_HEADS = frozenset({"comedy", "drama", "thriller", "musical", "horror", "mystery"})
_GENRE_QUALIFIERS = re.compile(
    r"(?i)(?<![\w-])((?:(?:light|familial|family|backstage|slapstick|screwball|teen|sex|"
    r"musical|black|dark|romantic|psychological|erotic|political|supernatural|"
    r"coming-of-age|courtroom|costume|period|domestic|social|legal|medical|spy|heist|"
    r"gangster|prison|sports?|military|techno|domestic|police|detective)\s+)+)$"
)


def _genre(s: str) -> Iterator[Found]:
    seen: set[str] = set()
    for pattern in _GENRE_PATTERNS + _GENRE_HEAD_PATTERNS:
        for m in pattern.finditer(s):
            plural = m.groupdict().get("gp")
            genre = _GENRE_PLURALS[plural.lower()] if plural else m.group("g").lower()
            g_at = m.start("gp") if plural else m.start("g")
            if genre in seen:
                continue
            before = s[max(0, m.start() - 25) : m.start()].lower()
            if re.search(r"\b(?:like|than|not|into|as)\s*$", before) or re.search(
                r"\b(?:if|whether|what|unless)\b|\b(?:could|would|should|might)\s+(?:have\s+)?be",
                before,
            ):
                continue  # a comparison, a condition, a question or what it might have been
            if re.search(
                r"(?i)\b(?:of|bit|lot|touch|dash|hint|kind|sort|type|elements?|mix|side)\s+"
                r"(?:[\w-]+\s+)?$",
                s[m.start() : g_at],
            ):
                continue  # "a bit of romance"
            tail = s[m.end() : m.end() + 60]
            title = _quoted(tail) if re.match(r"\s*,?\s*[\"“]", tail) else None
            seen.add(genre)
            # a compound genre is kept whole ("light comedy", "backstage musical comedy"):
            # the qualifiers that name a kind of comedy or drama, not a judgement of it
            qualifier = _GENRE_QUALIFIERS.search(s, max(0, g_at - 40), g_at)
            if qualifier and not plural and genre.split()[-1] in _QUALIFIED_HEADS:
                genre = f"{' '.join(qualifier.group(1).lower().split())} {genre}"
                seen.add(genre)
            # the genre as written, without the noun: "animated film" -> "animated"
            genre = re.sub(r"\s+film$", "", genre)
            yield "genre", title or FILM, genre, None


_DIRECTOR_NOUNS = r"(?:director|filmmaker|film-maker|helmer|auteur|actor-turned-director)"
_NOT_DIRECTOR_AFTER = re.compile(
    r"(?i)^\s*(?:of\s+photography|'s\s+cut|’s\s+cut|s\b|'s|’s|of\b|has|had|is|was|who|and|"
    r"can|could|should|would|will|does|did)"
)


def _names_list(s: str, pos: int) -> list[tuple[int, int]]:
    """One or more names from `pos`: "ron clements and john musker"."""
    names = []
    while True:
        span = _name_forward(s, pos)
        if span is None:
            break
        names.append(span)
        m = re.match(r"\s*(?:,\s*)?(?:and|&)\s+", s[span[1] :])
        if not m:
            break
        pos = span[1] + m.end()
    return names


def _director(s: str) -> Iterator[Found]:
    seen: set[str] = set()

    def emit(span: tuple[int, int], subject: str = FILM) -> Iterator[Found]:
        name = _clean_title(s[span[0] : span[1]])
        if not re.search(r"[^\W\d_]{2}", name):
            return  # "writer/director m .": an initial cut off by the sentence splitter
        if name and name.lower() not in seen:
            seen.add(name.lower())
            yield "director", subject, name, None

    for m in re.finditer(
        r"(?i)\b(?:(?:co-)?directed\s+(?:and\s+\w+\s+)?|direction\s+|helmed\s+|"
        r"(?:written|produced|scripted)\s*,?\s+(?:(?:produced|written|edited)\s*,?\s+)?"
        r"and\s+directed\s+)by\s*:?\s+",
        s,
    ):
        pos = m.end()
        rest = s[pos : pos + 90]
        head = s[: m.start()]
        if re.search(r"(?i)[\w\"”')]\s+as\s+$", head):
            continue  # "a cross between two films as directed by X": a simile
        if re.search(r"(?i)\b(?:would|could|might|will)\s+(?:be|have\s+been)\b[^,.;:]*$", head):
            continue  # "there would be a sequel directed by X": a film still to come
        if re.search(
            r"(?i)\b(?:films|movies|pictures|comedies|dramas|thrillers|westerns|musicals|"
            r"flicks|features|ones)\s+(?:(?:all|mostly|each|both)\s+)?$",
            head,
        ):
            continue  # "80's movies directed by X": other, unnamed films
        lead = re.match(
            rf"(?i)(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){{0,5}}?"
            rf"(?:{_DIRECTOR_NOUNS}|actress|actor|writer|comedian|auteur|pioneer|legend|"
            rf"master|maestro|veteran|newcomer|first-timer|novelist|photographer|animator|"
            rf"specialist|expert|stylist|craftsman|journeyman|virtuoso|visionary|genius|"
            rf"husband|wife|brother|sister|son|daughter|father|mother|partner|collaborator)"
            rf"\s*,?\s+|(?i:the\s+(?:[\w-]+\s+){{0,2}}?(?:eye|eyes|hand|hands|vision|"
            rf"touch)\s+of\s+)",
            rest,
        )
        possessive = re.match(r"(?i)(?:[\w-]+\s+){0,2}[\w-]+\s*(?:'s|’s)\s+(?=\w)", rest)
        siblings = re.match(r"(?i)the\s+((?:[\w'’-]+\s+)?[\w'’-]+\s+(?:brothers|sisters))\b", rest)
        if siblings:
            # "directed by the wachowski brothers": a team named by its family name
            yield from emit((pos + siblings.start(1), pos + siblings.end(1)))
            continue
        if lead:
            pos += lead.end()
        elif possessive and not re.match(r"(?i)(?:the|a|an)\b", rest):
            pos += possessive.end()  # "directed by 42 up's michael apted"
        elif _is_cased(s) and (
            adjective := re.match(r"(?:the|a|an)\s+(?:[a-z][\w-]+\s+){1,2}(?=[A-Z])", rest)
        ):
            pos += adjective.end()  # "directed by the acclaimed Ang Lee"
        elif re.match(r"(?i)(?:the|a|an|one|someone|somebody|his|her|their|its)\b", rest):
            continue
        names = _names_list(s, pos)
        if len(names) == 1 and not _is_cased(s) and " " not in s[names[0][0] : names[0][1]]:
            # lower-cased text: a surname that is also a word ("richard rich") still ends the
            # name when a clause break follows it
            longer = _name_forward(s, pos, max_words=2, relaxed=True)
            if longer and re.match(
                r"\s*(?:$|[,.;:()]|(?:and|who|with|is|was|from)\b)", s[longer[1] :]
            ):
                names = [longer]
        for span in names:
            yield from emit(span)
    # "a young director named george lucas", "the directorial debut of actor john smith"
    named_cues = ("named", "called", "debut")
    for m in (
        re.finditer(
            rf"(?i)\b(?:{_DIRECTOR_NOUNS}\s+(?:named|called)|(?:feature\s+)?directorial\s+"
            r"debut\s+of)\s+",
            s,
        )
        if any(cue in s.lower() for cue in named_cues)
        else ()
    ):
        if re.search(r"(?i)\b(?:if|like|any|every|some)\s+(?:[\w-]+\s+){0,2}$", s[: m.start()]):
            continue  # "like a director named ...": no particular person
        rest = s[m.end() : m.end() + 90]
        lead = re.match(
            rf"(?i)(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_DIRECTOR_NOUNS}|actor|actress|writer|comedian|"
            r"novelist|photographer|cinematographer|editor|producer|animator|critic|"
            r"screenwriter|playwright|musician|singer|star)\s*,?\s+",
            rest,
        )
        pos = m.end() + (lead.end() if lead else 0)
        if re.match(r"(?i)(?:the|a|an|his|her|their|its|one)\b", s[pos:]):
            continue
        span = _name_forward(s, pos)
        # cased text: a capital; lower-cased text: a full name
        if span and (s[span[0]].isupper() if _is_cased(s) else " " in s[span[0] : span[1]]):
            yield from emit(span)
    # "the skillful direction of Carol Reed": cased text only, where the capital marks a name
    if _is_cased(s):
        for m in re.finditer(r"\bdirection\s+of\s+(?=[A-Z])", s):
            if re.search(
                r"(?i)(?:\b(?:in|from|towards?)\s+the|\b(?:stunt|art|music|musical|action|fight|"
                r"dance|camera|photography|new|general|same|opposite|right|wrong))\s+$",
                s[max(0, m.start() - 30) : m.start()],
            ):
                continue  # a heading ("in the direction of South America") or another craft
            for span in _names_list(s, m.end()):
                yield from emit(span)
    # a credit line: "director : satyajit ray producer : ...", "Writer/Director: Robert Rodriguez",
    # "director-george lucas"
    for m in re.finditer(
        rf"(?i)\b(?:{_DIRECTOR_NOUNS}s?(?:\s*/\s*(?:writer|screenwriter|producer))?|directed\s+by)"
        rf"\s*(?::|-(?!\s*(?:turned|writer|"
        rf"producer|actor|actress|star|screenwriter)))\s*",
        s,
    ):
        if re.search(
            r"(?i)\b(?:assistant|art|casting|music|unit|photography|executive|managing)\s*$",
            s[max(0, m.start() - 20) : m.start()],
        ):
            continue
        for span in _names_list(s, m.end()):
            yield from emit(span)
    # "director doug liman's film", "writer and director audrey wells's guinevere"
    for m in re.finditer(
        rf"(?i)\b{_DIRECTOR_NOUNS}(?:\s*(?:and|/)\s*(?:co-?)?(?:writer|screenwriter|producer))?"
        rf"\s+(?P<name>(?:[\w.-]+\s+){{0,2}}?[\w.-]+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s",
        s,
    ):
        head = s[max(0, m.start() - 30) : m.start()].lower()
        if re.search(
            r"\b(?:assistant|art|casting|music|unit|photography|executive|the|a|an|this|that|"
            r"his|her|their|its|whose)\s*$",
            head,
        ):
            continue
        name = m.group("name")
        words = name.split()
        if len(words) > 3 or not all(_is_name_word(w, relaxed=True) for w in words):
            continue
        if _is_cased(s) and not all(w[:1].isupper() for w in words):
            continue
        if not _is_cased(s) and len(words) == 1 and words[0].lower() in _COMMON:
            continue
        if re.match(r"(?i)(?:previous|earlier|last|next|other|first|second)\b", s[m.end() :]):
            continue  # "director X's previous movie, "Y"": another film, credited further on
        yield from emit((m.start("name"), m.end("name")))
    # "john pasquin directs with careful precision", "rob morrow writes , directs and stars"
    for m in re.finditer(
        r"(?i)\s+(?:(?:writes|wrote|co-wrote)\s*,?\s+(?:and\s+)?)?(?:directs|directed|helms|"
        r"helmed)\b(?!\s+by)",
        s,
    ):
        span = _name_backward(s, m.start())
        if span is None:
            continue
        before = s[: span[0]]
        if not re.search(r"(?i)(?:^|[,;:(\-–—]|\band|\bbut|\bwhile)\s*$", before):
            continue  # the name must open its clause
        name = s[span[0] : span[1]]
        if re.search(r"(?i)\b(?:directs|helms)\b", m.group()) is None and not re.match(
            r"\s+(?:the|this|it)\b", s[m.end() :]
        ):
            continue  # "X directed" needs its object: "mctiernan directed the film"
        if len(name.split()) < 2 and not _is_cased(s) and name.lower() in _COMMON:
            continue
        yield from emit(span)
    # "Greydon Clark , director of ANGEL'S REVENGE": a credit for another film
    for m in re.finditer(
        rf"(?i)\s*,\s*(?:the\s+)?(?:[\w-]+\s+)?{_DIRECTOR_NOUNS}\s+of\s+(?P<t>[\"“]?[^,.;()]{{2,50}})",
        s,
    ):
        span = _name_backward(s, m.start())
        if span is None or re.search(r"(?i)(?:'s|’s|s')$", s[span[0] : span[1]]):
            continue
        title = _clean_title(re.split(r"(?i)\s(?:and|who|which|is|was|has)\s", m.group("t"))[0])
        if title:
            yield from emit(span, title)
    for m in re.finditer(rf"(?i)\b{_DIRECTOR_NOUNS}\s*,?\s+", s):
        head = s[max(0, m.start() - 30) : m.start()].lower()
        if re.search(
            r"\b(?:assistant|art|casting|music|musical|unit|photography|program|school|funeral|"
            r"museum|creative|managing|executive|project|camp|choir|theat(?:er|re)|artistic|"
            r"festival|marketing|sales|medical|research|finance|technical)\s*$",
            head,
        ):
            continue
        if (
            re.search(r"(?i)\b(?:the|a|an|this|that)\s+$", head)
            and not re.search(
                r"(?:'s|’s)\s+(?:writer\s+and\s+)?$|\bwriter\s+and\s+$|\bby\s+(?:[\w-]+\s+)*$",
                head,
            )
            and not re.search(r"(?i)(?:commercial|music-video|canadian|veteran|famed)\s*$", head)
        ):
            continue  # "the director has ...": no name follows
        if re.search(
            r"\b(?:son|daughter|father|mother|brother|sister|wife|husband|widow|nephew|niece|"
            r"grandson|granddaughter|friend|student|protege|protégé)\s+of\s+(?:the\s+)?"
            r"(?:[\w-]+\s+)?(?:[\w-]+/)?$",
            head,
        ):
            continue  # "son of writer/director lawrence kasdan": a relative's trade
        if _NOT_DIRECTOR_AFTER.match(s[m.end() - 1 :]) or _NOT_DIRECTOR_AFTER.match(s[m.end() :]):
            continue
        span = _name_forward(s, m.end(), max_words=3)
        if span is None:
            continue
        after = s[span[1] :]
        boundary = re.match(
            r"\s*(?:$|[,.;:()\-–—!?]|who\b|'s\b|’s\b|and\b|has\b|is\b|was\b|"
            r"does\b|did\b|in\b|with\b|makes\b|made\b|gives\b|keeps\b)",
            after,
        )
        if not boundary and len(s[span[0] : span[1]].split()) < 2:
            continue
        yield from emit(span)
    for m in re.finditer(
        r"(?i)\b(?:film|movie|comedy|drama|thriller|picture|documentary|feature)\s+by\s+", s
    ):
        if re.search(
            r"(?i)\b(?:based\s+on|adapted\s+from|script|screenplay|novel|book|play)\b",
            s[max(0, m.start() - 30) : m.start()],
        ):
            continue
        span = _name_forward(s, m.end(), max_words=3)
        if span:
            yield from emit(span)
    for m in re.finditer(r"(?:'s|’s)\s+[\"“]\s*(?P<t>[^\"“”]{1,60})[\"”]", s):
        # a person's possessive before a quoted title: Spielberg's "The Color Purple"; the
        # credit is for that title (the fact sheet folds it into the film when they match)
        near = (s[max(0, m.start() - 40) : m.start()] + " " + s[m.end() : m.end() + 60]).lower()
        if re.search(
            r"\b(?:novel|book|play|story|stories|poem|comic|song|adaptation|version|"
            r"re-?telling|of|disney|studios?|pictures|performance|sings?|sung|singing|number|"
            r"rendition|solo|aria|ballad|track|voice|album|band|cd|lyrics|listen\w*|put\s+on)\b",
            near,
        ) or re.search(
            # an actor's title as often as a director's: 'X's "Memory" ...; she plays'
            r"(?i)\b(?:plays|played|playing|roles?|characters?|portrayal|stars|starring|starred|"
            r"actor|actress)\b",
            s[max(0, m.start() - 40) : m.start()] + " " + s[m.end() : m.end() + 35],
        ):
            continue
        if _is_cased(s) and m.group("t").strip()[:1].islower():
            continue  # 'Rukh's "house"': a word in quotes, not a title
        span = _name_backward(s, m.start(), max_words=2)
        if span and s[span[0] : span[0] + 1].isupper():
            yield from emit(span, _clean_title(m.group("t")) or FILM)
    for m in re.finditer(
        r"(?i)(?:'s|’s)\s+(?:(?:first|second|third|latest|new|last|final|debut|only)\s+"
        r"(?:and\s+\w+\s+)?)?(?:directing|directorial)\s+(?:gig|effort|debut|job|outing|feature)",
        s,
    ):
        span = _name_backward(s, m.start())
        if span:
            yield from emit(span)
    # "Ringo Starr of the Beatles [who directed it]", "John Doe, who also directed the film,"
    for m in re.finditer(
        r"(?i)\s*[\[(,]\s*who\s+(?:also\s+)?(?:co-)?directed\s+(?:it|this(?:\s+(?:film|movie|one))?|"
        r"the\s+(?:film|movie|picture))\s*[\]),]",
        s,
    ):
        head = s[: m.start()]
        of_group = re.search(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+$", head)
        span = _name_backward(s, of_group.start() if of_group else m.start())
        if span and (not _is_cased(s) or s[span[0]].isupper()):
            yield from emit(span)
    # "the new film from Wes Anderson", "the latest offering from director ang lee"
    lowered = s.lower()
    for m in re.finditer(
        r"(?i)\b(?:new|newest|latest|recent|last|first|next|debut)\s+(?:[\w-]+\s+)?(?:film|movie|"
        rf"feature|picture|effort|offering|project|outing|release)\s+from\s+(?P<noun>(?:the\s+)?"
        rf"(?:[\w-]+\s+)?{_DIRECTOR_NOUNS}\s+)?",
        s if any(cue in lowered for cue in _FROM_NOUNS) else "",
    ):
        span = _name_forward(s, m.end(), max_words=3)
        if span is None:
            continue
        words = s[span[0] : span[1]].split()
        if _NOT_DIRECTOR_OWNER.match(words[-1]) or words[0].lower() in _NOT_NAME:
            continue  # "the new film from Pixar", "the latest picture from the studio"
        if _is_cased(s) and (
            not all(w[:1].isupper() for w in words)
            or any(len(w) > 2 and w.isupper() for w in words)
        ):
            continue  # "from MARCH OF THE PENGUINS filmmaker ...": a title in capitals
        if not m.group("noun") and (
            not re.search(r"(?i)direct|film-?maker|auteur|helm", s)
            or (not _is_cased(s) and len(words) < 2)
        ):
            continue  # "the new movie from Adam Sandler" may be a star's: the sentence must
            # speak of directing
        yield from emit(span)
    yield from _possessive_director(s, emit)
    yield from _possessive_title(s, emit)
    yield from _filmography_credits(s)


# "Directed by Wes Craven who is better known for his horror films such as The Last House on
# the Left (1972), A Nightmare on Elm Street (1984)": the director's earlier titles, listed
_FILMOGRAPHY = re.compile(
    rf"(?i)\b(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<g>{_GENRE})\s+)?"
    r"(?:films|movies|pictures|features)\s*,?\s+(?:such\s+as|like|including)\s+"
)


def _filmography_credits(s: str) -> Iterator[Found]:
    if not _is_cased(s):
        return  # titles are found by their capitals
    credit = re.search(r"(?i)\b(?:directed|helmed)\s+by\s+", s)
    listing = _FILMOGRAPHY.search(s)
    if credit is None or listing is None or listing.start() < credit.end():
        return
    director = _name_forward(s, credit.end())
    if director is None or not s[director[0]].isupper():
        return
    between = s[director[1] : listing.start()]
    if not re.match(r"(?i)\s*,?\s*(?:who|whose)\b", between) or re.search(r"[.;]", between):
        return  # the list must be that person's: "X who is known for his films such as"
    name = s[director[0] : director[1]]
    rest = s[listing.end() : listing.end() + 400]
    expected = 0
    for title in re.finditer(
        rf"(?P<t>(?:(?:The|A|An)\s+)?[A-Z0-9][\w'’:-]*(?:\s+(?:(?:of|the|and|in|a|on|to|for|"
        rf"under|at)\s+)*[A-Z0-9][\w'’:-]*)*)\s*\(\s*{_YEAR}\s*\)\s*(?P<sep>,\s*(?:and\s+)?|&\s*|"
        rf"and\s+)?",
        rest,
    ):
        if title.start() != expected:
            break  # the list ends where its titles stop following one another
        expected = title.end()
        yield "director", _clean_title(title.group("t")), name, None
        if listing.group("g"):  # "his horror films such as ...": each title's genre
            yield "genre", _clean_title(title.group("t")), listing.group("g").lower(), None
        if not title.group("sep"):
            break


# A person's possessive before a noun for a film is a director's credit ("burton's film",
# "kurosawa's 1961 classic yojimbo"); a studio's or a country's is not, nor is a star's vehicle.
_POSSESSIVE_FILM = re.compile(
    rf"""(?ix)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?P<mods>(?:(?!(?:and|or|but|the|a|an)\b)[\w-]+\s+){{0,2}}?)
    (?:(?P<y>{_YEAR})\s+(?:[\w-]+\s+)??)?
    (?P<noun>film|movie|picture|feature|flick|debut|classic|masterpiece|opus|comedy|
    action-comedy|drama|thriller|western|musical|documentary|epic|version|sequel|remake|
    follow-up|direction|directing|venture|effort|outing|offering|
    latest(?=\s*(?:[,.;:!?()\"“”]|$|is\b|was\b|has\b)))\b(?!s)
    # the noun must head its phrase: not "musical score", "picture of", "classic novel"
    (?!\s*-|\s+(?:of|reviews?|stars?|careers?|buffs?|critics?|scores?|numbers?|sequences?|
    theat(?:er|re)s?|house|rights|tickets?|night|posters?|trailers?|industry|business|fans?|
    humou?r|style|touch|moments?|scenes?|elements?|roles?|performances?|acting|novels?|
    books?|story|stories|plays?|talents?|interludes?|cues?|themes?)\b)"""
)
# "the new film from X": the nouns that introduce a maker with "from"
_FROM_NOUNS = tuple(
    f"{noun} from"
    for noun in (
        "film", "movie", "feature", "picture", "effort", "offering", "project", "outing",
        "release",
    )
)  # fmt: skip
# nouns that a star's possessive takes as readily as a director's: kept only when the sentence
# speaks of directing or names the film in quotes
_LOOSE_FILM_NOUNS = frozenset({"venture", "effort", "outing", "offering", "latest"})


def _partner_credit(s: str, span: tuple[int, int], subject: str) -> Iterator[Found]:
    """The first of a pair that shares a possessive: "roland emmerich and dean devlin's",
    "joel and ethan coen's" (one family name for both)."""
    pair = re.search(r"\s+(?:and|&)\s+$", s[max(0, span[0] - 6) : span[0]])
    if pair is None:
        return
    other = _name_backward(s, span[0] - len(pair.group()), max_words=3)
    if other is None:
        return
    first, second = s[other[0] : other[1]].split(), s[span[0] : span[1]].split()
    if _is_cased(s) and not all(w[:1].isupper() for w in first):
        return
    if any(w.lower() in _NOT_NAME or w.lower() in _COMMON for w in first[:1]):
        return
    if len(first) >= 2:
        yield "director", subject, " ".join(first), None
    elif len(second) >= 2 and re.search(r"(?:^|[,;:(\"“”]|\bwith)\s*$", s[: other[0]]):
        # one given name alone before the pair's family name: "joel and ethan coen"
        yield "director", subject, f"{first[0]} {second[-1]}", None


_NOT_DIRECTOR_OWNER = re.compile(
    r"(?i)^(?:disney|pixar|miramax|dreamworks|paramount|universal|warner|columbia|fox|mgm|"
    r"tristar|sony|lionsgate|orion|touchstone|hollywood|bollywood|america|britain|england|"
    r"france|italy|japan|china|india|korea|germany|spain|year|today|week|season|summer|"
    r"decade|century|studio|festival|director|novel|book|writer|author|audience)$"
)


# The rest of a sentence that shows the possessive's owner acting in the film: a star's film.
_PERFORMS_IN = re.compile(
    r"""(?ix)\b(?:he|she)\s+(?:plays|played|stars|starred|shines|shone)\b(?!\s+with)
    | \b(?:he|she)\s+(?:gives|gave)\s+(?:\w+\s+){0,3}?(?:performance|turn)\b
    | \b(?:her|his)\s+(?:performance|role|acting|turn)\b
    | \b(?:is|was)\s+(?:\w+\s+)?(?:wonderful|great|good|superb|terrific|excellent|brilliant|
    fine|fantastic|convincing|believable|radiant|luminous|lovely|marvell?ous)
    \s+(?:in\s+(?:it|this|the\s+(?:role|part|lead))|as\s+\w|here)\b"""
)


def _possessive_director(
    s: str, emit: Callable[[tuple[int, int], str], Iterator[Found]]
) -> Iterator[Found]:
    cased = _is_cased(s)
    for m in _POSSESSIVE_FILM.finditer(s):
        mods = m.group("mods").lower()
        if re.search(
            r"\b(?:starring|star|acting|screen|big-screen|film|movie|co-starring)\b", mods
        ):
            continue  # "decarlo's starring debut", "the novel's film version"
        if re.search(
            r"(?i)\b(?:stage|broadway|theat(?:re|er)|radio|tv|television|opera|concert|ballet)\b",
            m.group(),
        ):
            continue  # "Andrew Lloyd Webber's 1981 stage musical": not a film of his
        span = _name_backward(s, m.start(), max_words=3)
        if span is None:
            continue
        name = s[span[0] : span[1]]
        if not cased and re.match(r"[a-z]+(?:ing|ed|ous|ive|ful|al)\s", name):
            # lower-cased text: a verb or an adjective is no first name ("mistaking francis")
            span = (span[0] + name.index(" ") + 1, span[1])
            name = s[span[0] : span[1]]
        last = name.split()[-1].lower()
        if _NOT_DIRECTOR_OWNER.match(last) or last in _NOT_NAME:
            continue
        if cased and not all(w[:1].isupper() for w in name.split()):
            continue
        if not cased and len(name.split()) == 1 and last in _COMMON:
            continue
        if m.group("noun").lower() in ("sequel", "remake", "follow-up") and (
            len(name.split()) < 2 or any(w.lower() in _COMMON for w in name.split())
        ):
            continue  # a film's own sequel ("Alien's sequel"): only a full name directs one
        head = s[max(0, span[0] - 40) : span[0]].lower()
        if re.search(r"\b(?:the|a|an|this|that|its)\s+$", head):
            continue  # "the director's film": a noun, not a name
        if re.search(r"\b(?:star|stars|starring|actor|actress|co-star|vehicle)\b[\w\s,]*$", head):
            continue  # an actor's film is not theirs to direct
        if m.group("noun").lower() not in ("direction", "directing") and _PERFORMS_IN.search(
            s[m.end() :]
        ):
            continue  # "Norma Shearer's last movie, and she is wonderful in it": a star's
        title = None
        tail = s[m.end() : m.end() + 80]
        quoted = re.match(r"\s*,?\s*[\"“]\s*([^\"“”]{1,60}?)\s*[\"”]", tail)
        if (
            m.group("noun").lower() in _LOOSE_FILM_NOUNS
            and not (
                re.search(r"(?i)direct|film-?maker|auteur|helm", s)
                or quoted
                # "" the big lebowski , " joel and ethan coen's first venture": an appositive title
                or re.search(
                    r"[\"”]\s*,?\s*(?:[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|&)\s+)?$",
                    s[max(0, span[0] - 30) : span[0]],
                )
            )
        ):
            continue  # "jackie chan's latest transition": a star's as often as a director's
        if quoted:
            title = _clean_title(quoted.group(1))
        elif m.group("noun").lower() in ("classic", "masterpiece", "film", "movie", "version"):
            after = re.match(r"\s*,\s*", tail)
            if cased or after or m.group("y"):
                start = m.end() + (after.end() if after else len(tail) - len(tail.lstrip()))
                title = _title_after(s, start)
                if title and cased and not title[:1].isupper():
                    title = None
                if (
                    title
                    and not cased
                    and not re.match(
                        r"\s*(?:$|[,.;:!?()])", s[start + s[start:].find(title) + len(title) :]
                    )
                ):
                    title = None  # lower-cased text: the title is an aside closed by a comma
        if title and m.group("y"):
            yield "release", title, m.group("y"), None
        yield from emit(span, title or FILM)
        yield from _partner_credit(s, span, title or FILM)


# A full name's possessive right before a title credits that title to the person ("John
# Boorman's Point Blank", "amy heckerling's " clueless ""); the title shows itself by its
# quotes or its capitals, and the name must be a full name, so that "Shakespeare's Othello" and
# "Hudson's Academy Award" are left alone.
_POSSESSIVE_TITLE_CASED = re.compile(
    r"(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:(?P<q>[\"“])\s*(?P<qt>[^\"“”]{1,60}?)\s*[\"”]|"
    r"(?P<t>(?:(?:The|A|An)\s+)?[A-Z0-9][\w'’:&-]*(?:\s+(?:(?:[a-z]{1,3}|&)\s+){0,2}"
    r"[A-Z0-9][\w'’:-]*){0,6})(?P<l>))"
)
_POSSESSIVE_TITLE_LOWER = re.compile(
    r"(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:(?P<q>[\"“])\s*(?P<qt>[^\"“”]{1,60}?)\s*[\"”]|(?P<t>)"
    # lower-cased text: the words up to a clause break, kept only after a word for a film
    r"(?P<l>[a-z0-9][\w&'’-]*(?:\s+[\w&'’-]+){0,4})(?=\s*(?:[,.;:!?()]|$)))"
)
# a word for a film right before the owner: "a loose remake of john boorman's point blank",
# "starring in amy heckerling's " clueless "", "a movie, Barry Levinson's The Natural"
_FILM_BEFORE_OWNER = re.compile(
    r"(?i)\b(?:films?|movies?|remake\s+of|remade\s+(?:as|into)|version\s+of|sequel\s+to|"
    r"clip\s+from|(?:starring|starred|appear(?:s|ed|ing)?|role|cameo)\s+in)\s*[,:]?\s*"
    r"(?:(?:like|as)\s+)?$"
)
# what a possessive before a title may belong to besides a director: a writer's book, a
# singer's song, a studio, a star's vehicle
_NOT_TITLE_OWNER_NEAR = re.compile(
    r"(?i)\b(?:novels?|books?|plays?|story|stories|poems?|comics?|songs?|adaptations?|"
    r"adapted|version|re-?telling|based|written|author|writer|novelist|playwright|poet|"
    r"disney|studios?|performances?|sings?|sung|singing|albums?|records?|track|tv|"
    r"television|series|show|episodes?|stars?|starring|starred|actor|actress|vehicle|"
    r"character|role|plays|played|opera|ballet|music|score|painting|lyrics?|ballad|cd|"
    r"band|put\s+on|listen|listening|hits?|single)\b"
)


_NOT_TITLE_WORLD = re.compile(
    r"(?i)\b(?:songs?|soundtrack|album|band|singer|lyrics|novels?|books?|author|novelist|"
    r"read|reading|poem|poet|comics?|tv|television|series|episodes?|stage|theat(?:er|re)|"
    r"character|role|portrayal|plays|played|playing)\b"
)


def _possessive_title(
    s: str, emit: Callable[[tuple[int, int], str], Iterator[Found]]
) -> Iterator[Found]:
    cased = _is_cased(s)
    # cased text marks a title by its capitals, lower-cased text cannot
    for m in (_POSSESSIVE_TITLE_CASED if cased else _POSSESSIVE_TITLE_LOWER).finditer(s):
        title = _clean_title(m.group("qt") or m.group("t") or m.group("l") or "")
        if not title or _CEREMONY.match(title) or title.lower() in _NOT_NAME:
            continue  # "Great Expectations' Golden Globe"
        if m.group("t") and re.match(r"\s*(?:'s|’s|-)", s[m.end() :]):
            continue  # "Dawson's Creek-like", "the Million Dollar Man's BOSS's"
        span = _name_backward(s, m.start(), max_words=3)
        if span is None:
            continue
        words = s[span[0] : span[1]].split()
        if len(words) < 2 or (cased and not all(w[:1].isupper() for w in words)):
            continue  # only a full name: a single surname may be an author or a character
        if any(w.lower() in _NOT_NAME or _NOT_DIRECTOR_OWNER.match(w) for w in words):
            continue
        if not cased and any(w in _COMMON for w in words):
            continue
        film_before = _FILM_BEFORE_OWNER.search(s, max(0, span[0] - 30), span[0])
        if m.group("l") and film_before is None:
            continue
        if re.search(r"(?i)\b(?:movie|film|screen|stage)\s+version\s+of\s*$", s[: span[0]]):
            continue  # "this movie version of Frank Loesser's Guys and Dolls": a stage work
        if m.group("t") and re.search(r"\s(?:in|as)\s+(?:The\s+)?[A-Z]", title):
            continue  # "Bette Davis's Margo Channing in All About Eve": a role in a film
        head_end = film_before.start() if film_before else span[0]
        near = s[max(0, span[0] - 40) : head_end] + " " + s[m.end() : m.end() + 40]
        if _NOT_TITLE_OWNER_NEAR.search(near) or (
            film_before is None
            and re.search(
                r"(?i)\b(?:of|the|a|an|this|that|his|her|their|about|on|by|in)\s+$",
                s[max(0, span[0] - 10) : span[0]],
            )
        ):
            continue  # "an adaptation of joseph conrad's " heart of darkness "", "the film's"
        if (cased and not title[:1].isupper() and not title[:1].isdigit()) or title.isdigit():
            continue  # "Von Trier's "follower"": a word in quotes, not a title
        if re.match(r"\s+(?:films?|movies?|pictures?|series|studios?|company)\b", s[m.end() :]):
            continue  # "Roger Corman's New World films": a company or a series
        if _CEREMONY.search(" ".join(words)) or re.match(
            r"(?i)(?:like|unlike|as|with|from|than|for|and|but|or|if|see|in|on)$", words[0]
        ):
            continue  # "Like BRUTE FORCE's Jules Dassin": the possessive is the title's
        if _NOT_TITLE_WORLD.search(s):
            continue  # a song, a book or a show in the sentence: the owner may be its author
        if not (
            re.match(rf"\s*(?:\(\s*|,\s*|of\s+){_YEAR}\b", s[m.end() :])
            or re.search(r"(?i)direct|film-?maker|auteur|helm", s)
            or film_before
            or (
                m.group("q")
                and re.search(
                    r"(?i)\b(?:films?|movies?|pictures?|flicks?|remake|remade|version|clip|classic|"
                    # in the same clause: "a proper dance film, and X's "Y"" is not X's film
                    r"cinema|homage)\b(?:(?!\b(?:and|but|while|whereas|or)\b)[^.;:!?]){0,25}$",
                    s[max(0, span[0] - 50) : span[0]],
                )
            )
        ):
            continue  # capitals or quotes alone also mark a character ("Emily Watson's Natalia")
        yield from emit(span, title)
        # "Walter Salles and Daniela Thomas' Loin du 16ème": a pair shares the credit
        pair = re.search(r"\s+(?:and|&)\s+$", s[max(0, span[0] - 6) : span[0]])
        if pair:
            other = _name_backward(s, span[0] - len(pair.group()), max_words=3)
            if other and len(s[other[0] : other[1]].split()) >= 2:
                yield from emit(other, title)


_CAST_CUE_BEFORE_AS = re.compile(
    r"(?ix)\b(?:stars|starred|starring|co-stars?|appears|appeared|is\s+cast|was\s+cast|cast|"
    r"roles?|parts?|performances?|turns?|acting|portrayals?|work|job|outing)\s+$"
)
# What a plot summary calls a character before the name, and a script's stage direction
# ("Enter Paul (Vincent Cassel)"); titles such as "captain" belong to the name.
_OCCUPATION = (
    r"(?:enter|programmer|journalist|reporter|detective|agent|cop|officer|lawyer|attorney|"
    r"student|scientist|writer|novelist|author|photographer|hacker|pilot|soldier|salesman|"
    r"businessman|farmer|waitress|widow|widower|orphan|teenager|boxer|singer|dancer|stripper|"
    r"hooker|prostitute|assassin|thief|killer|hitman|mobster|gangster|cowboy|moonshiner|"
    r"housewife|mercenary|smuggler|con\s*man|ex-con|convict|inmate|rookie|veteran)"
)
_CHAR_QUALIFIER = r"(?:child|adult|young|younger|old|older|teen|teenage|kid)"
_NOT_CAST_BEFORE = re.compile(
    r"(?i)\b(?:written|script(?:ed)?|screenplay|produced|directed|music|score|edited|"
    r"photographed)\s+by\b(?:(?!\bstarring\b|\bstars\b)[^.;,])*$"
)


def _character_after(s: str, pos: int) -> tuple[str, int] | None:
    years = re.match(rf"(?i)\s*(?:a\s+)?{_NUM}[\s-]+years?[\s-]+old\s+(?=\w)", s[pos:])
    if years:
        pos += years.end()  # "as nine-year-old violet": the age is the age rule's business
    label = re.match(r"\s*([a-z][\w-]*)\s+(?=[A-Z])", s[pos:])
    if (
        label
        and _is_cased(s)
        and label.group(1) not in _NOT_NAME
        and label.group(1) not in _PARTICLES
        and not re.match(rf"(?i){_CHAR_QUALIFIER}$", label.group(1))
    ):
        pos += label.end()  # "as stoolie Moe": a lower-case label before the name
    aged = re.match(rf"(?i)\s*(?:the\s+)?({_CHAR_QUALIFIER}|grown-up)\s+(?=\w)", s[pos:])
    if aged and _is_cased(s) and aged.group(1)[0].isupper():
        aged = None  # "as Old Deuteronomy", "as Young Bess": a capital makes it part of the name
    if aged:
        found = _character_after(s, pos + aged.end())
        if found is None or "(" in found[0]:
            return found
        age = aged.group(1).lower()
        return f"{found[0]} ({_age_word(age)})", found[1]  # "as the adult Ye-sung"
    kin = re.match(
        r"(?i)\s*(?:(?:his|her|their|[\w'’-]+(?:'s|’s))\s+)(?:[\w-]+\s+){0,2}?(?:wife|husband|"
        r"son|daughter|brother|sister|mother|father|girlfriend|boyfriend|fiancée?|partner|"
        r"boss|lover|mistress)\s+(?=\w)",
        s[pos:],
    )
    if kin:
        # "as neary's long-suffering wife ronnie": a described relation, then the name
        span = _name_forward(s, pos + kin.end())
        if span and re.match(r"\s*(?:$|[,.;:!?()\-–—]|(?:and|who|is|was|in)\b)", s[span[1] :]):
            return s[span[0] : span[1]], span[1]
        return None
    epithet = re.match(r"\s*the\s+([a-z][\w-]*)\s+(?=\w)", s[pos:])
    if epithet and (_is_cased(s) or epithet.group(1) in _COMMON):
        # "as the shallow Cedric", "as the miserable jean valjean ;": an epithet, then the
        # name; lower-cased text needs two rare words closed by a clause break
        span = _name_forward(s, pos + epithet.end())
        if span and (
            s[span[0]].isupper()
            if _is_cased(s)
            else (
                len(s[span[0] : span[1]].split()) == 2
                and not set(s[span[0] : span[1]].split()) & _COMMON
                and re.match(r"\s*(?:$|[,.;:!?])", s[span[1] :])
            )
        ):
            return s[span[0] : span[1]], span[1]
        return None
    if re.match(
        r"(?i)\s*(?:a|an|the|his|her|their|its|one|himself|herself|itself|themselves)\b", s[pos:]
    ):
        return None
    span = _name_forward(s, pos)
    if span is None:
        return None
    after = s[span[1] :]
    if re.match(r"\s*(?:'s|’s)", after):
        return None  # "as rudy's unlicensed co-counsel": a described role
    name = s[span[0] : span[1]]
    qualifier = re.match(rf"(?i)\s*[(\[]?\s*({_CHAR_QUALIFIER})\b\s*[)\]]?", after)
    if qualifier:
        name = f"{name} ({_age_word(qualifier.group(1))})"
    return name, span[1]


def _age_word(word: str) -> str:
    """One word per age of a role: "young Ye-sung" and "Ye-sung (child)" are one role."""
    word = word.lower()
    if word in ("young", "younger", "little", "kid", "child"):
        return "child"
    if word in ("grown-up", "older", "elder", "adult", "old"):
        return "adult"
    return "teen" if word.startswith("teen") else word


def _cast(s: str) -> Iterator[Found]:
    seen: set[tuple[str, str]] = set()

    def emit(actor: str, character: str) -> Iterator[Found]:
        actor, character = _clean_title(actor), character.strip(" ,.;:")
        key = (actor.lower(), character.lower())
        if re.search(r"(?i)\b(?:award|oscar|winner|nominee|newcomer|veteran)", actor):
            return
        if actor and character and key not in seen and actor.lower() != character.lower():
            seen.add(key)
            yield "cast", actor, character, None

    # "ACTOR as CHARACTER" and "ACTOR stars as / has a role as CHARACTER"
    for m in re.finditer(r"(?i)(?<![\w'-])as\s+", s):
        head = s[: m.start()]
        if _NOT_CAST_BEFORE.search(head[-60:]):
            continue
        found = _character_after(s, m.end())
        if found is None:
            continue
        character = found[0]
        if re.search(r"(?i)\bas\s+[\w-]+\s*$", head):
            continue  # "as flashy as"
        actor = _name_backward(s, len(head.rstrip()))
        if actor is not None and head.rstrip().endswith(s[actor[0] : actor[1]]):
            if re.search(
                r"(?i)\b(?:such|known|well|same|so|just|much|long|far|soon)\s*$", s[: actor[0]]
            ) or re.search(
                r"(?i)\b(?:known|titled|called|named|released|marketed|sold)\s+(?:\w+\s+){0,2}$",
                s[: actor[0]],
            ):
                continue
            actor_name = s[actor[0] : actor[1]]
            if (
                actor_name.islower()
                and len(actor_name.split()) < 2
                and _subject_name(head) != actor
            ):
                continue  # "emerges as ...": one lower-case word is no proof of a name
            yield from emit(actor_name, character)
            continue
        praised = _subject_name(head)
        if (
            praised
            and re.fullmatch(
                r"(?i)\s+(?:is|was|are|were)\s+(?:(?!as\b|the\b|a\b|an\b)[\w-]+\s+){1,3}",
                head[praised[1] :],
            )
            and (not _is_cased(s) or s[praised[0]].isupper())
            and not re.search(r"(?i)\b(?:known|seen|such|same|so|just|cast)\s+$", head)
        ):
            # "Julie Christie is also very good as Gertrude"
            yield from emit(s[praised[0] : praised[1]], character)
            continue
        if _CAST_CUE_BEFORE_AS.search(head) or re.search(r"\)\s*$", head):
            possessive = re.search(
                r"(?i)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:acting|performance|turn|portrayal|work)\s+$",
                head,
            )
            clause = re.search(r"(?i).*(?:[;:]|,\s*(?:and|but|while|whereas)\s+)", head)
            actor = (
                _name_backward(s, possessive.start())
                if possessive
                else _subject_name(head[clause.end() :] if clause else head)
            )
            if actor and clause and not possessive:
                actor = (actor[0] + clause.end(), actor[1] + clause.end())
            if actor:
                yield from emit(s[actor[0] : actor[1]], character)
    # "ACTOR plays CHARACTER", "plays the chauffeur , hoke", "plays a loser named "Sarah ...""
    for m in re.finditer(
        r"(?i)\b(?:plays|played|portrays|portrayed|is\s+playing|(?<=for\s)(?:playing|portraying))\s+",
        s,
    ):
        rest = s[m.end() :]
        character = None
        if re.match(r"(?i)(?:himself|herself|itself|second\s+fiddle|along|it\b)", rest):
            continue
        direct = _character_after(s, m.end())
        if direct and not re.match(r"(?i)(?:the|a|an)\b", rest):
            character = direct[0]
        else:
            described = re.match(
                r"(?i)(?:the|a|an|[\w'’-]+(?:'s|’s))\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,\s*",
                rest,
            )
            named = re.search(r"(?i)\bnamed\s+[\"“]?", rest[:80])
            if described:
                found = _character_after(s, m.end() + described.end())
                if found and re.match(r"\s*(?:$|[,.;:!?)])", s[found[1] :]):
                    character = found[0]
            elif named:
                found = _character_after(s, m.end() + named.end())
                character = found[0] if found else None
        if not character:
            continue
        head = s[: m.start()]
        actor = _name_backward(s, len(head.rstrip()))
        if actor is None or not head.rstrip().endswith(s[actor[0] : actor[1]]):
            actor = _subject_name(head)
        if actor:
            yield from emit(s[actor[0] : actor[1]], character)
    # "the speech-impaired marie , played in a precious performance by cinematic newcomer ,
    # 5-year-old hallie kate eisenberg": the character first, then the actor
    lowered = s.lower()
    for m in re.finditer(
        r"(?i)[,(]\s*(?:who\s+is\s+|who's\s+)?(?:played|voiced)\s+(?:[\w-]+\s+){0,5}?by\s+",
        s if "played" in lowered or "voiced" in lowered else "",
    ):
        character = _name_backward(s, m.start(), max_words=3)
        if character is None or "respectively" in s[m.start() : m.end() + 60].lower():
            continue  # "(played respectively by A, B and C)": one name per character
        while " " in s[character[0] : character[1]] and (
            s[character[0] : s.index(" ", character[0])].lower() in _PARTICLES
        ):
            character = (s.index(" ", character[0]) + 1, character[1])  # "of free-spirited kayley"
        if len(s[character[0] : character[1]].strip(". ")) < 3 or re.search(
            r"(?i)\b(?:another|other|one|some|any|every)\s+$", s[: character[0]]
        ):
            continue  # "Campbell, Jr. (played by", "another hitman ( played by"
        if _DETERMINED.search(s[: character[0]]):
            if " " not in s[character[0] : character[1]]:
                continue  # "the boss , played by ...": an unnamed role
            # "the speech-impaired marie": a description before the name
            character = (s.rindex(" ", character[0], character[1]) + 1, character[1])
        if (
            not _is_cased(s)
            and " " not in s[character[0] : character[1]]
            and s[character[0] : character[1]].lower() in _COMMON
        ):
            continue  # "a guidance counselor ( played by ...": a job, not a name
        lead = re.match(
            rf"(?i)(?:(?:[\w-]+\s+){{0,3}}?(?:newcomer|veteran|actor|actress|star|comedian)"
            rf"\s*,?\s+)?(?:(?:a\s+)?{_NUM}[\s-]+years?[\s-]+old\s+)?",
            s[m.end() :],
        )
        actor = _name_forward(s, m.end() + (lead.end() if lead else 0))
        if actor and re.match(r"(?:\s+[\w.-]+)?(?:'s|’s)", s[actor[1] :]):
            continue  # "played by goldie hawn's daughter": a described actor
        if (
            actor
            and "(" in m.group()
            and not re.match(r"\s*(?:$|[-,.;:!?)\]]|(?:and|in|who|as|with)\b)", s[actor[1] :])
        ):
            continue  # "(played by Aussie divine lady Sigrid Thornton)": a word, not the name
        if actor:
            yield from emit(s[actor[0] : actor[1]], s[character[0] : character[1]])
    if "voice" in s.lower():
        yield from _voice_roles(s, emit)
    # "the role of CHARACTER is played (well) by ACTOR"
    for m in re.finditer(r"(?i)\brole\s+of\s+", s):
        found = _character_after(s, m.end())
        if found is None:
            continue
        by = re.match(
            r"(?i)\s*,?\s*(?:is|was)\s+(?:[\w-]+\s+){0,3}?(?:played|taken|filled)\s+"
            r"(?:[\w-]+\s+){0,3}?by\s+",
            s[found[1] :],
        )
        actor = _name_forward(s, found[1] + by.end()) if by else None
        if actor:
            yield from emit(s[actor[0] : actor[1]], found[0])
    # "ACTOR in the (central) role of CHARACTER"
    for m in re.finditer(r"(?i)\bin\s+the\s+(?:[\w-]+\s+)?role\s+of\s+", s):
        found = _character_after(s, m.end())
        actor = _name_backward(
            s, m.start() - 1 if s[m.start() - 1 : m.start()] == " " else m.start()
        )
        if found and actor:
            yield from emit(s[actor[0] : actor[1]], found[0])
    # "CHARACTER ( ACTOR )" in a plot summary; "ACTOR (CHARACTER)" in a starring list
    for m in re.finditer(r"[(\[{]\s*([^()\[\]{}]{2,120}?)\s*[)\]}]", s):
        inside = m.group(1)
        # "(Golden Globe winning, and Oscar nominated Dudley Moore)": the honours are the
        # award rule's business; "(Conchata Ferrell, who has never ...)": a comment follows
        comment = re.search(
            r"(?i)\s*,\s*(?:who|whose|doing|playing|here|also|as\s+always|of\s+course|winner|"
            r"nominee|fresh|best\s+known|star\s+of)\b.*$|"
            # "( broderick looking about 17 years old )": a remark on the actor's looks
            r"\s+(?:looking|sounding|sporting|wearing|channell?ing)\b.*$",
            inside,
        )
        if comment:
            inside = inside[: comment.start()]
        inside = re.sub(
            r"(?i)^(?:newcomer|debutante?|first-timer|veteran)\s+|\s*[*†]+$", "", inside
        )
        voice = re.match(r"(?i)(?:the\s+)?voice\s+(?:of\s+|by\s+)|voiced\s+by\s+", inside)
        if voice:
            inside = inside[voice.end() :]  # "Draco (the voice of Sean Connery)"
        honours = re.match(r"(?i).*\b(?:winning|winner|nominated|nominee)\s+(?=\S)", inside)
        if honours:
            inside = inside[honours.end() :]
        if len(inside) > 60:
            continue
        if re.search(r"\d|(?i:\bas\b|\bfrom\b|\bin\b|\bof\b|\baka\b|a\.k\.a|\bknown\b)", inside):
            continue
        if not _is_cased(s) and " " not in inside.strip() and inside.strip().lower() in _COMMON:
            continue  # "the weinstein brothers ( money )": a word, not a name
        if _is_cased(s) and not all(w[:1].isupper() for w in inside.split() if w.isalpha()):
            continue  # "(TV theater section)"
        if re.search(
            r"(?i)\b(?:pictures|films|studios|entertainment|dreamworks|paramount|"
            r"miramax|disney|universal|warner|columbia|fox|mgm|tristar|sony|"
            r"lionsgate|orion|touchstone|gramercy|polygram|artisan|dimension|"
            r"releasing|classics|home\s+video)\b",
            inside,
        ):
            continue
        head = s[: m.start()]
        if _NOT_CAST_BEFORE.search(head[-60:]):
            continue
        inner_lead = re.match(r"(?i)(?:a|an|the)\s+(?:[\w-]+\s+)*?(?=\S+\s+\S+\s*$)", inside)
        inner = _name_forward(inside, inner_lead.end() if inner_lead else 0, relaxed=True)
        if inner is None or inside[inner[1] :].strip():
            continue
        if re.fullmatch(rf"(?i){_CHAR_QUALIFIER}", inside.strip()):
            continue  # "Ye-sung (Adult)": the age of the role, not an actor
        outer = _name_backward(s, len(head.rstrip()), max_words=2)
        if outer is None or not head.rstrip().endswith(s[outer[0] : outer[1]]):
            continue
        before_outer = s[: outer[0]].rstrip().lower()
        if (
            re.search(r"\b(?:a|an|the|his|her|their|its|my|our|your)$", before_outer)
            and len(s[outer[0] : outer[1]].split()) < 2
        ):
            continue  # "a man ( rufus sewell )", "his father ( ralph cotterill )": unnamed
        if (
            len(s[outer[0] : outer[1]].split()) < 2
            and not _is_cased(s)
            and (
                s[outer[0] : outer[1]].lower() in _COMMON
                or re.search(r"(?i)\byears?[\s-]+old$", before_outer)
            )
        ):
            continue  # "his 105 year old boss ( orsen bean )": a described role
        outer_name = s[outer[0] : outer[1]]
        if outer_name.split()[0].lower() in _PARTICLES:
            longer = _name_backward(s, len(head.rstrip()), max_words=3)
            if longer and head.rstrip().endswith(s[longer[0] : longer[1]]):
                outer_name = s[longer[0] : longer[1]]  # "cruella de vil ( glenn close )"
        job = re.match(rf"(?i){_OCCUPATION}\s+(?=\S+$)", outer_name)
        if job:
            outer_name = outer_name[job.end() :]  # "computer programmer neo ( keanu reeves )"
        kin = re.match(r"(?i)(?:father|sister|brother)\s+(?=\S)", outer_name)
        if kin and re.search(
            r"(?i)(?:\b(?:his|her|their|its|my|a|the)|'s|’s)\s+(?:[\w-]+\s+)?$", s[: outer[0]]
        ):
            outer_name = outer_name[kin.end() :]  # "her shy brother scott ( liu )"
        inner_name = inside[inner[0] : inner[1]]
        aged = re.match(
            r"(?i)(grown-up|adult|young|younger|older|teenage|little)\s+(.+)", outer_name
        )
        if aged:  # "the grown-up Ye-sung (Park Shin-hye)"
            age = _age_word(aged.group(1))
            outer_name = f"{aged.group(2)} ({age})"
        if re.search(
            r"(?i)\b(?:starring|stars|featuring|cast\s+(?:of|includes))\b[^.]*$", head
        ) or (
            not voice
            and _ACTOR_CUES.search(s) is not None
            and _known_as_actor(s, outer_name, m.start())
            and not _known_as_actor(s, inner_name, m.start())
        ):
            yield from emit(outer_name, inner_name)
        else:
            yield from emit(inner_name, outer_name)


_ACTOR_CUES = re.compile(
    r"(?i)\b(?:actor|actress|co-star|star|newcomer|performer|plays|played|stars|starred|"
    r"co-stars|voices|portrays|portrayed|performance|acting|turn)\b"
)


def _known_as_actor(s: str, name: str, bracket_at: int) -> bool:
    """Whether the sentence calls `name` an actor outside the bracket at `bracket_at`: "actor
    joseph cross", "cross plays", "cross , who stars": then "joseph cross ( joshua beal )"
    puts the actor first."""
    words = [re.escape(w) for w in name.split()]
    if not words or s.lower().count(name.split()[-1].lower()) < 2:
        return False  # named once, in the bracket pair itself
    who = rf"(?:{' '.join(words)}|{words[-1]})"
    for m in re.finditer(
        rf"(?i)\b(?:actor|actress|star|co-star|newcomer|performer)\s+(?:[\w-]+\s+)?{who}\b|"
        rf"\b{who}\s*,?\s+(?:who\s+)?(?:also\s+)?(?:plays|played|stars|starred|co-stars|voices|"
        rf"portrays|portrayed)\b|\b{who}(?:'s|’s)\s+(?:[\w-]+\s+)?(?:performance|acting|turn)\b",
        s,
    ):
        if not m.start() <= bracket_at <= m.end() + 3:
            return True
    return False


def _voice_roles(s: str, emit: Callable[[str, str], Iterator[Found]]) -> Iterator[Found]:
    """Voice casting: "sean connery voices draco", "provides the voice of the dragon, draco",
    "as voiced by sean connery , " draco "" (the actor, then the character)."""
    for m in re.finditer(
        r"(?i)\s+(?:voices|voiced|(?:provides|provided|lends|lent|supplies|supplied)\s+(?:the\s+|"
        r"his\s+|her\s+)?voices?\s+(?:of|for|to))\s+(?!by\b)",
        s,
    ):
        actor = _name_backward(s, m.start())
        found = _character_after(s, m.end())
        if actor is None or found is None:
            continue
        if re.search(r"(?i)\b(?:the|a|an|his|her|their)\s+$", s[: actor[0]]):
            continue  # "the dragon voices": a described role, not an actor
        if _is_cased(s) and not s[actor[0]].isupper():
            continue
        yield from emit(s[actor[0] : actor[1]], found[0])
    for m in re.finditer(r"(?i)\bas\s+voiced\s+by\s+", s):
        actor = _name_forward(s, m.end())
        if actor is None:
            continue
        after = re.match(r"\s*,\s*[\"“]?\s*", s[actor[1] :])
        found = _character_after(s, actor[1] + after.end()) if after else None
        if found:
            yield from emit(s[actor[0] : actor[1]], found[0])


_AGE = re.compile(
    rf"(?i)(?<![\w-])(?P<n>\d{{1,3}}|{_NUM})(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old\b"
)
_NOT_AGE_BEFORE = re.compile(
    r"(?i)\b(?:my|our|your|every|like\s+a|for\s+a|than\s+a|any|i'?m\s+a|i\s+am\s+a|as\s+a|"
    r"the\s+\d+|typical)\s+(?:[\w-]+\s+)?$"
)


def _age(s: str) -> Iterator[Found]:
    for m in _AGE.finditer(s):
        years = _number(m.group("n"))
        if years is None or years > 120:
            continue
        head = s[: m.start()]
        if re.search(r"[A-Z]ear", m.group()) and _is_cased(s):
            continue  # "The 40 Year-Old Virgin": capitals make it a title
        if _NOT_AGE_BEFORE.search(head[-30:]) or re.search(r"(?i)\bi\b[^,.;]*$", head[-25:]):
            continue
        tail = s[m.end() :]
        if re.match(r"(?i)\s*[\w-]*s\b(?<!ss)(?<!us)", tail) and re.match(
            r"(?i)\s*(?:boys|girls|kids|children|men|women|twins|sons|daughters|students|"
            r"people|teens|teenagers|virgin)\b",
            tail,
        ):
            continue
        subject = None
        # "her 7 years old daughter, Ye Seung"; "a 51-year-old , small-time hood , eddie ..."
        follow = re.match(
            r"(?i)\s*,?\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]*\s*[,;:]\s*(?=\S)|\s*[,;:]\s*(?=\S)", tail
        )
        attributive = re.search(
            r"(?i)\b(?:a|an|the|his|her|their|its|this|one)\s+(?:[\w-]+\s+)?$", head
        )
        kin_first = re.match(
            r"(?i)\s*(?:son|daughter|girl|boy|brother|sister|niece|nephew|child|kid|"
            r"grandson|granddaughter|orphan)\s+(?=[A-Z])",
            tail,
        )
        if follow and attributive and not kin_first:
            span = _name_forward(s, m.end() + follow.end())
            if span:
                subject = s[span[0] : span[1]]
        if subject is None:
            # "rose calvert ( gloria stuart )"; in cased text a capital is proof enough: "the
            # 70-year-old Allen"; lower-cased text needs a full name
            span = _name_forward(s, m.end())
            if span and (
                re.match(r"\s*\(", s[span[1] :])
                or (
                    _is_cased(s)
                    and s[span[0]].isupper()
                    and s[span[0] : span[1]].lower() not in _NATIONALITIES
                    and re.match(_NAME_THEN, s[span[1] :])
                )
                or (not _is_cased(s) and len(s[span[0] : span[1]].split()) >= 2)
                or (
                    # "a bloody 8-year-old paulina ?": a lone rare word closed by a clause
                    # break, after a determiner that makes the age describe it
                    not _is_cased(s)
                    and len(s[span[0] : span[1]]) >= 4
                    and attributive
                    and re.match(r"\s*(?:$|[,.;:()!?])", s[span[1] :])
                )
            ):
                subject = s[span[0] : span[1]]
        if subject is None and _is_cased(s):
            # "the twelve years old illiterate Maria (Fernanda Carvalho)": lower-case words
            # describe, the capitalised name with its actor in brackets is the character
            described = re.match(r"\s*(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", tail)
            span = _name_forward(s, m.end() + described.end()) if described else None
            if span and re.match(r"\s*\(", s[span[1] :]):
                subject = s[span[0] : span[1]]
        if subject is None:
            # "Ye-sung , who is only a 7-year-old", "steven as a 16-year-old", "juarez was
            # about 18 years old"
            told = re.search(
                r"(?i)(?:\s*[,)]\s*(?:who\s+is|who\s+was|who's)\s+|\s+(?:is|was|turns|turned|"
                r"becomes|became|as)\s+)(?:(?:about|only|just|barely|nearly|almost|now|already|"
                r"a|an|supposed\s+to\s+be|meant\s+to\s+be)\s+){0,2}$",
                head,
            )
            if told:
                end = told.start()
                closed = s[end:].lstrip(" ,").startswith(")") or s[:end].endswith(")")
                if closed and "(" in s[:end]:
                    end = s.rindex("(", 0, end)  # the character, not the actor in brackets
                    end = len(s[:end].rstrip())
                span = _name_backward(s, end)
                apposition = re.search(r"\s*,\s*[^,]{3,60}?\s*,\s*$", head[: told.start() + 1])
                if span is None and apposition:
                    # "jake kasdan , son of writer/director lawrence kasdan , is only 22"
                    span = _name_backward(s, apposition.start())
                if (
                    span
                    and not _NOT_AGE_OWNER.search(s[max(0, span[0] - 12) : span[0]])
                    and not _DETERMINED.search(s[: span[0]])
                ):
                    subject = s[span[0] : span[1]]
        if subject is None:
            # "his 6-year-old daughter Ye-sung (Kal So-won)": a kin noun, then the name
            kin = re.match(
                r"(?i)\s*(?:son|daughter|girl|boy|brother|sister|niece|nephew|child|kid|"
                r"grandson|granddaughter|orphan|wife|husband|girlfriend|boyfriend|fianc[ée]e?|"
                r"bride|mother|father|mom|dad|stepdaughter|stepson)\s*,?\s+",
                tail,
            )
            span = _name_forward(s, m.end() + kin.end()) if kin else None
            if span and (
                s[span[0]].isupper()
                or (not _is_cased(s) and re.match(r"\s*(?:$|[,.;:()!?])", s[span[1] :]))
            ):
                subject = s[span[0] : span[1]]
        if subject is None:
            # "euphegenia doubtfire , a matronly 65-year-old englishwoman"
            appositive = re.search(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", head)
            if appositive:
                span = _name_backward(s, appositive.start())
                if span:
                    subject = s[span[0] : span[1]]
        if subject is None:
            continue
        if subject.lower().split()[0] in ("i", "he", "she", "they", "we", "you"):
            continue
        yield "age", _clean_title(subject), str(years), None
    # "Ye-sung, aged 6,", "devon ( age 10 )", "Ye-sung, who is 7,"
    for m in re.finditer(
        rf"(?i)(?:\s*,\s*(?:aged?|who\s+is|who's|now)\s+|\s*\(\s*aged?\s+)"
        rf"(?P<n>\d{{1,2}}|{_NUM})(?=\s*(?:[,);:]|\.(?!\d)|$|(?:and|when|at|in)\b))",
        s,
    ):
        years = _number(m.group("n"))
        if years is None or years < 1:
            continue
        span = _name_backward(s, m.start())
        if span is None or _NOT_AGE_OWNER.search(s[max(0, span[0] - 12) : span[0]]):
            continue  # "my son jeffrey , age 9": the reviewer's family
        if _DETERMINED.search(s[: span[0]]) or re.match(
            r"(?i)[\s)]*and\s+(?:i|me)\b", s[m.end() :]
        ):
            continue  # "the program , now 15", "jeffrey ( age 7 ) and i"
        subject = s[span[0] : span[1]]
        if subject.lower().split()[0] in ("i", "he", "she", "they", "we", "you", "it"):
            continue
        if _is_cased(s) and not subject[:1].isupper():
            continue
        yield "age", _clean_title(subject), str(years), None


# what may follow a name in running text: a verb, a clause break; not a noun ("French boys")
_NAME_THEN = re.compile(
    r"\s*(?:$|[,.;:()!?\-–—]|(?:is|was|has|had|who|and|in|at|with|plays|played|gets|got|"
    r"becomes|lives|returns|finds|meets|falls|must|can|could|would|will|does|did|tries|"
    r"wants|decides|runs|goes|comes|makes)\b)"
)
_DETERMINED = re.compile(r"(?i)\b(?:the|a|an|this|that|these|those|its|his|her|their)\s+$")
_NOT_AGE_OWNER = re.compile(r"(?i)\b(?:my|our|your|i|me)\b[\w\s'-]*$")


_CEREMONY = re.compile(
    r"""(?ix)(?P<ed>(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d(?:\s*(?:'s|’s))?)\s+(?:annual\s+)?)?
    (?P<c>academy\s+awards?|oscars?(?![\w-]*\s*(?:worth|recognition|
        throne|buzz|contender|calibre|caliber|material|bait|season|night|winner\s+(?:turf|
        territory|material)))(?!worthy)
    |c[ée]sars?(?:\s+awards?)?(?=\s|[,.;:)]|$)|national\s+board\s+of\s+review
    |(?:new\s+york|los\s+angeles|boston|chicago)\s+film\s+critics(?:\s+circle)?(?:\s+awards?)?
    |golden\s+globes?|blue\s+dragon\s+films?(?:\s+awards?)?|baftas?(?:\s+awards?)?|emmys?
    |palme\s+d['’]or|independent\s+spirit\s+awards?|screen\s+actors\s+guild\s+awards?|razzies?
    |grand\s+bell\s+awards?|baeksang\s+arts\s+awards?|golden\s+(?:bear|lion|horse)
    |audience\s+(?:favorite|favourite|choice)\s+award
    |(?:[a-z]+\s+){1,3}film\s+festival(?!s)
    |(?:the\s+)?(?:cannes|sundance|berlin|venice|toronto)(?=\s+(?:festival|grand\s+jury|jury))
    )"""
)
_WON = (
    r"(?:won|wins|win|winning|winner|winners|received|receives|awarded|took\s+home|picked\s+up|"
    r"earned|garnered|swept|scooped|captured|took|got|gets|bagged|nabbed|collected|grabbed|"
    r"copped|claimed|honou?red\s+with|recipient\s+of)"
)
_NOMINATED = (
    r"(?:nominated|nomination|nominations|nominee|nominees|up\s+for|"
    r"compete[sd]?\s+for|competing\s+for|in\s+competition\s+for)"
)
_NOT_AWARD = re.compile(
    r"(?i)\b(?:will|would|could|should|might|may|deserves?|deserved|deservedly|worthy|"
    r"didn'?t|did\s+not|doesn'?t|does\s+not|don'?t|won'?t|can'?t|cannot|hasn'?t|haven'?t|"
    r"wouldn'?t|couldn'?t|shouldn'?t|aren'?t|weren'?t|never|not|wasn'?t|isn'?t|hope|hopefully|"
    r"chance|likely|predict|if|bet|whether|wish|wishes|wanted|want|gonna|destined|"
    # "this is going (to) win": the window ends at the cue, so "going" may close it
    r"going(?=\s+to\b|\s*$))\b|\w'd\b|\w['’]ll(?=\s+(?:\w+\s+)?(?:be|get|win|take)\b)"
)
_CATEGORY = re.compile(
    r"""(?ix)(?:\b(?:for|as|including)\s+)?[\"“]?\s*(?:the\s+)?(?P<cat>best[\s-]+(?:supporting[\s-]+)?
    (?:actor|actress|picture|film|director|directing|screenplay|original\s+screenplay|adapted
    \s+screenplay|documentary(?:\s+feature)?|foreign(?:[\s-]language)?\s+film|cinematography|
    editing|film\s+editing|score|original\s+score|song|original\s+song|visual\s+effects|
    animated\s+feature|makeup|costume\s+design|art\s+direction|sound|supporting\s+actor|
    supporting\s+actress|ensemble)(?:\s*\(\s*(?:drama|comedy|musical\s+or\s+comedy|
    comedy\s+or\s+musical)\s*\))?)
    |(?P<named>(?:audience\s+(?:choice|favorite|favourite)\s+award)\s+for\s+(?:[a-z]+\s+){0,3}
    (?:movie|film|picture))
    |for\s+(?:his|her|their|its)\s+(?P<own>original\s+screenplay|adapted\s+screenplay|
    screenplay|score|direction|cinematography|editing)
    |for\s+(?:(?:a|the|his|her|their)\s+)?(?:best\s+)?(?P<role>supporting\s+(?:role|part|turn))"""
)


def _title_case(text: str) -> str:
    small = {"for", "of", "or", "and", "the", "in", "a"}
    words = re.sub(r"[\s-]+", " ", text.strip()).split(" ")
    return " ".join(w if w in small and i else w[:1].upper() + w[1:] for i, w in enumerate(words))


_FESTIVAL_PRIZES = {
    "palme": ("Cannes Film Festival", "Palme d'Or"),
    "golden bear": ("Berlin International Film Festival", "Golden Bear"),
    "golden lion": ("Venice Film Festival", "Golden Lion"),
}


def _festival_of_prize(raw: str) -> tuple[str, list[str | None]] | None:
    """A festival's top prize is a category of that festival: "won the palme d'or"."""
    text = " ".join(raw.lower().split())
    for start, (festival, prize) in _FESTIVAL_PRIZES.items():
        if text.startswith(start):
            return festival, [prize]
    return None


def _ceremony_name(raw: str) -> str:
    text = " ".join(raw.lower().split())
    if text.startswith(("academy", "oscar")):
        return "Academy Award"
    if text.startswith(("cesar", "césar")):
        return "César Award"
    if text.startswith("national board"):
        return "National Board of Review"
    if "film critics" in text:
        return _title_case(re.sub(r"\s+awards?$", "", text))
    if text.startswith("golden globe"):
        return "Golden Globe"
    if text.startswith("blue dragon"):
        return "Blue Dragon Film Awards"
    if text.startswith("bafta"):
        return "BAFTA Award"
    if text.startswith("emmy"):
        return "Emmy Award"
    if text.startswith("razz"):
        return "Golden Raspberry Award"
    if "film festival" in text:
        words = text.split()
        while words and words[0] in ("the", "a", "at", "in", "this", "that", "last"):
            words = words[1:]
        return _title_case(" ".join(words))
    return _title_case(text)


def _award(s: str) -> Iterator[Found]:
    seen: set[tuple[str, str]] = set()
    last: tuple[str, str, str, int, int] | None = None
    taken = 0  # a prize named as the category of an earlier ceremony is not a ceremony itself
    for m in _CEREMONY.finditer(s):
        if m.start() < taken:
            continue
        window_before = s[max(0, m.start() - 70) : m.start()]
        window_after = s[m.end() : m.end() + 40]
        ceremony_text = m.group("c").lower()
        inline = re.search(rf"(?i){_WON}|{_NOMINATED}|-winning|-nominated", m.group())
        # "academy award nods", "Oscar and Golden Globe winning": a status after the name,
        # shared by a second ceremony joined with "and"
        compound = re.match(
            r"(?i)(?:\s+(?:and|&)\s+(?:the\s+)?(?:[A-Za-z][\w'’]*\s+){0,3}?[A-Za-z][\w'’]*?)?"
            r"\s*[-\s]*(winning|winners?|wins?|nominated|nominees?|nominations?|nods?)\b",
            window_after,
        )
        if compound and re.search(r"(?i)\b(?:not|never|no)\b|n't\b", compound.group()):
            compound = None  # "up for the Academy Awards and did not win"
        if re.search(
            r"(?i)(?:\b(?:equivalent|version|answer)\s+(?:of|to)|\blike|\bthan)\s+(?:an?\s+|the\s+)?$",
            window_before,
        ):
            continue  # "cesars ( french equivalent of oscars )", "look like academy award winning"
        possessed = re.search(r"[A-Za-z.-]+(?:'s|’s)\s+$", window_before)
        cues = [
            (c.end(), c.group().lower())
            for c in re.finditer(rf"(?i)\b(?:{_WON}|{_NOMINATED})\b", window_before)
        ]
        status = None
        if compound:
            status = "won" if compound.group(1).lower().startswith("win") else "nominated"
        elif cues:
            cue = cues[-1][1]
            status = "nominated" if re.match(_NOMINATED, cue) else "won"
            # the clause between the cue and the ceremony must not be cut by a full stop
            if re.search(r"[.;!?]", window_before[cues[-1][0] :]):
                status = None
        elif inline:
            status = "won"
        else:
            after = re.match(rf"(?i)\s*(?:\w+\s+){{0,2}}?\b({_WON}|{_NOMINATED})\b", window_after)
            if after and "film festival" not in ceremony_text:
                status = "nominated" if re.match(_NOMINATED, after.group(1)) else "won"
            elif (
                possessed
                and not re.match(r"(?i)(?:its|his|her|their|it|one|film|movie)'", possessed.group())
                and not re.match(
                    r"(?i)\s*(?:nod|nomination|hopes?|chances?|buzz|campaign|bid|run|race|"
                    r"dreams?|odds|prospects?)\b",
                    window_after,
                )
            ):
                status = "won"  # "Hudson's Academy Award is a joke": the person holds it
        held = re.search(
            r"(?i)\bdeserved\s+(?:his|her|their|its|that)\s+[\"“']?\s*$", window_before
        )
        if status is None and held:
            status = "won"  # "he deserved that Golden Globe": the one he won
        if status is None:
            continue
        if (
            compound
            and compound.group(1).lower().startswith("nod")
            and _NOT_AWARD.search(s[: m.start()])
        ):
            continue  # "he won't be nominated ... when they hand out the oscar nods"
        if (
            compound
            and compound.group(1).lower().startswith("nomination")
            and _NOT_AWARD.search(
                # "may have directed her into a nomination" looks back at one that happened
                re.sub(
                    r"(?i)\b(?:may|might|must)\s+have\b",
                    " ",
                    re.split(r"[,.;:!?]", window_before)[-1],
                )
            )
        ):
            continue  # "she deserves a supporting actress oscar nomination": a wish
        if cues and not compound and _NOT_AWARD.search(window_before[cues[-1][0] :]):
            continue  # "winners from ..., inevitable oscars": a prediction after the cue
        honoured = re.match(
            r"(?i)\s*-?\s*(?:winning|nominated)?\s*(?:[\w-]+\s+)?(?:actors?|actress(?:es)?|"
            r"performers?|directors?|writers?|screenwriters?|composers?|stars?|legends?|"
            r"veterans?)\b(?P<after>\s*,?\s*\S*)",
            s[m.end() :],
        )
        if honoured:
            named = _name_forward(s, m.end() + honoured.start("after"))
            if named is None or (
                s[named[0]].islower() if _is_cased(s) else len(s[named[0] : named[1]].split()) < 2
            ):
                continue  # "two academy award winning performers": unnamed people, not the film
        if (
            cues
            and not compound
            and re.search(
                r"(?i)\b(?:inevitabl[ey]|sure\s+to|bound\s+to|expected|predicted)\b",
                window_before[cues[-1][0] :],
            )
        ):
            continue
        cue_at = len(window_before)
        if cues and not compound:
            cue_at = cues[-1][0] - len(cues[-1][1])
        negation_window = re.sub(
            r"(?i)\bnot\s+(?:to\s+(?:ignore|mention|forget|overlook)|only)\b|"
            r"\bnot\s+least\b|\bnot\s+since\b",
            " ",
            window_before[max(0, cue_at - 25) : cue_at],
        )
        if _NOT_AWARD.search(negation_window) and not held:
            continue
        if "film festival" in ceremony_text and status == "won":
            pass
        elif "film festival" in ceremony_text:
            continue
        edition = ""
        if m.group("ed"):
            edition = re.sub(r"\s*(?:'s|’s)", "", m.group("ed")).split()[0] + " "
        cat = None
        if re.match(r"(?i)audience", ceremony_text) and re.match(
            r"(?i)\s+for\s+(?:[\w-]+\s+){0,3}?(?:movie|film|picture)\s+(?:at|in)\s+(?:the\s+)?\S",
            s[m.end() :],
        ):
            continue  # the prize of a ceremony named next: it becomes that ceremony's category
        prize = re.search(
            r"(?i)(audience\s+(?:choice|favou?rite)\s+award(?:\s+for\s+(?:[\w-]+\s+){0,3}?"
            r"(?:movie|film|picture))?)\s+(?:at|in)\s+(?:the\s+)?$",
            s[max(0, m.start() - 90) : m.start()],
        )
        before_cat = prize or re.search(
            r"(?i)(best[\s-]+(?:[\w-]+\s+){0,2}?(?:actor|actress|picture|director|screenplay))\s+"
            r"(?:(?:honou?r|award|prize|trophy|statuette)\s+)?(?:at|in)\s+(?:the\s+)?$",
            s[max(0, m.start() - 60) : m.start()],
        )
        if before_cat is None:
            before_cat = re.search(
                r"(?i)\b(best[\s-]+(?:(?!(?:best|at|the|in|for|of|a|an|and|to|this|his|her|"
                r"its|their|an?)\b)[\w-]+\s+){1,4}?)(?:\s*-\s*)?$",
                s[max(0, m.start() - 50) : m.start()],
            )
        if before_cat is None:
            # "academy award winning script": the craft honoured follows the compound
            # "academy award winning script", "Onna White's Oscar-winning choreography"
            inline_status = re.search(r"(?i)(?:winning|nominated)", m.group())
            craft = re.match(
                r"(?i)\s*-?\s*"
                + (r"" if inline_status else r"(?:winning|nominated)\s+")
                + r"(?:(?!supporting)[\w-]+\s+)?(?P<craft>script|screenplay|score|music|song|"
                r"cinematography|editing|make-?up|costumes?|visual\s+effects|special\s+effects|"
                r"sound|art\s+direction|choreography|supporting\s+(?:work|turn|performance|role))\b",
                s[m.end() :],
            )
            if craft:
                before_cat = craft
        year_after = re.match(rf"\s+(?:in|of)\s+(?P<y>{_YEAR})\b", s[m.end() :])
        if year_after and not edition:
            edition = year_after.group("y") + " "
        cat_from = m.end() + (year_after.end() if year_after else 0)
        cm = _CATEGORY.search(s[cat_from : cat_from + 70])
        if cm and re.sub(
            r"(?i)\b(?:nominations?|awards?|statuettes?|winners?|nominees?|for|as|including|a|an|"
            r"the)\b|[\s,\"“]",
            "",
            s[cat_from : cat_from + cm.start()],
        ):
            cm = None  # the category must follow the ceremony directly
        if before_cat is not None and before_cat.groupdict().get("craft"):
            cat = re.sub(r"(?i)^script$", "screenplay", before_cat.group("craft").lower())
            cat = re.sub(r"^supporting\s+\w+$", "supporting role", " ".join(cat.split()))
        elif before_cat:
            cat = _title_case(before_cat.group(1).strip(" -"))
        elif cm:
            if cm.group("own"):
                cat = _title_case("best " + cm.group("own"))
            elif cm.group("role"):
                cat = "Best Supporting Role"  # the actor's or the actress's award
            elif cm.group("cat"):
                cat = _title_case(cm.group("cat").replace("(", "(").strip())
                cat = re.sub(r"\(\s*(\w)", lambda x: "(" + x.group(1).upper(), cat)
                cat = re.sub(r"\s*\)\s*", ")", re.sub(r"\s*\(\s*", " (", cat))
            else:
                cat = _title_case(cm.group("named"))
        if cat is None:
            generic = _GENERIC_CATEGORY.match(s[cat_from : cat_from + 80])
            if generic:
                cat = _title_case(generic.group(1))
        cats: list[str | None] = [cat]
        if cat is None:
            cats = _crafts(s[cat_from : cat_from + 160]) or [None]
        if cats == [None]:
            cats = [_shared_category(s, cat_from)]
        if cm:
            taken = m.end() + cm.end()
            # "including best picture and best director": one award per category listed
            rest = s[taken : taken + 120]
            while more := re.match(
                r"(?i)\s*(?:,\s*(?:and\s+)?|and\s+)(best(?:[\s-]+(?!(?:for|in|at|and|of|with|"
                r"that|this|which|but|by|from|on|to|the|best)\b)[a-z][\w-]*){1,4})",
                rest,
            ):
                cats.append(_title_case(more.group(1)))
                rest = rest[more.end() :]
                taken = taken + more.end()
        ceremony = _ceremony_name(m.group("c"))
        national = re.search(rf"(?i)\b({_NAT})\s+$", s[max(0, m.start() - 20) : m.start()])
        if ceremony == "Academy Award" and national and national.group(1).lower() != "american":
            ceremony = f"{_title_case(national.group(1).lower())} Academy Award"  # not the Oscars
        festival = _festival_of_prize(m.group("c"))
        if festival:
            ceremony, cats = festival  # the prize names its festival
        if ceremony.lower().startswith("audience") and cat and cat.lower().startswith("audience"):
            continue  # the prize itself, named as the category of another ceremony
        subject = _award_subject(s, m.start())
        if subject == FILM and last and not _CEREMONY_LIST_GLUE.sub("", s[last[4] : m.start()]):
            subject = last[2]  # one list of honours, one person: "an Oscar, a Golden Globe"
        subject = re.sub(r"(?<=\w\w)\.$", "", subject)  # "Katina Paxinou." ends a sentence
        for category in cats:
            value = f"{status}: {edition}{ceremony}" + (f", {category}" if category else "")
            if (subject, value) in seen:
                continue
            seen.add((subject, value))
            yield "award", subject, value, None
        last = (ceremony, edition, subject, m.end() if not cm else taken, m.end())
    if last is None:
        return
    # "It won the BAFTA for Best Comedy Series, and it was nominated for Best Design and Best
    # Make Up": a later clause names categories of the same ceremony
    ceremony, edition, subject, end, _ = last
    rest = s[end:]
    for m in re.finditer(rf"(?i)\b({_WON}|{_NOMINATED})\s+(?:for|as)\s+(?=best\b)", rest):
        if _CEREMONY.search(rest[: m.start()]) or _NOT_AWARD.search(rest[: m.start()][-30:]):
            break
        status = "nominated" if re.match(_NOMINATED, m.group(1)) else "won"
        listed = rest[m.end() :]
        while cat := re.match(
            r"(?i)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)?(best(?:[\s-]+(?!(?:and|for|at|in|"
            r"of|with|but|the|it|its|was|is|best)\b)[a-z][\w-]*){1,3})",
            listed,
        ):
            listed = listed[cat.end() :]
            value = f"{status}: {edition}{ceremony}, {_title_case(cat.group(1))}"
            if (subject, value) not in seen:
                seen.add((subject, value))
                yield "award", subject, value, None


# the words that may join ceremonies of one list: "an Oscar, a Golden Globe and the BAFTA"
_CEREMONY_LIST_GLUE = re.compile(
    r"(?i)\b(?:and|as\s+well\s+as|plus|also|both|an?|the|awards?|prizes?|nominations?|each)\b|"
    r"[\s,&()]"
)


def _shared_category(s: str, end: int) -> str | None:
    """The category named once after a list of ceremonies, shared by each of them: "winning
    an Oscar, a Golden Globe, and the New York Film Critics for Best Actor"."""
    rest = s[end : end + 160]
    if "best" not in rest.lower():
        return None
    last = None
    for m in _CEREMONY.finditer(rest):
        if _CEREMONY_LIST_GLUE.sub("", rest[last.end() if last else 0 : m.start()]):
            break
        last = m
    # "the Academy Award (as well as the Golden Globe) as best actor", "11 Oscars (even Best
    # Picture)": brackets and commas may close the list before its category
    gap = re.compile(r"[\s),(]*(?:(?:even|including|notably)\s+)?").match(
        rest, last.end() if last else 0
    )
    cm = _CATEGORY.match(rest, gap.end() if gap else 0)
    if cm is None or not cm.group("cat"):
        return None
    return _title_case(cm.group("cat"))


# "for best movie comedy", "as best foreign film": a category outside the fixed list
_GENERIC_CATEGORY = re.compile(
    r"""(?ix)^\s*(?:nominations?\s+|awards?\s+|statuettes?\s+)?(?:that\s+year\s+)?
    (?:for|as|in)\s+(?:the\s+)?[\"“]?\s*(best(?:[\s-]+(?!(?:for|in|at|and|of|with|that|this|
    which|but|by|from|on|to)\b)[a-z][\w-]*){1,4})"""
)
_CRAFT = (
    r"(?:music|score|editing|sets|set\s+design|cinematography|photography|costumes?|"
    r"costume\s+design|screenplay|script|song|make-?up|(?:visual|special|sound)\s+effects|"
    r"sound(?:\s+effects)?(?:\s+editing)?|art\s+direction)"
)


def _crafts(after: str) -> list[str | None]:
    """Crafts honoured in one list after the ceremony: "three oscars for X's music, Y's
    editing and Z's sets" is one award per craft."""
    m = re.match(r"(?i)\s*(?:that\s+year\s+)?for\s+", after)
    if not m:
        return []
    found: list[str | None] = []
    for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", after[m.end() :])[:4]:
        craft = re.search(rf"(?i)(?:^|\s){_CRAFT}\s*$", item.strip(" .;"))
        if craft is None:
            break
        if re.search(r"(?i)^(?:his|her|their|its)\b", item.strip()):
            break  # "for his score" is the fixed category list's business
        found.append(" ".join(craft.group().lower().split()))
    return found


_HONOURED = re.compile(
    r"(?i)[\w' -]{3,40}?[\s-]+(?:winning|winners?|nominated|nominees?)(?:\s*,)?\s+"
    r"(?:(?:actor|actress|director|filmmaker|writer|screenwriter|composer|cinematographer|producer|star|"
    r"legend|veteran)\s+)?"
)
# one more honour of a chain: ", and BAFTA nominated "
_HONOURED_LINK = re.compile(
    r"(?i),?\s*(?:and\s+)?[\w' -]{2,40}?[\s-]+(?:winning|winner|nominated|nominee)\s+"
)


def _award_subject(s: str, ceremony_at: int) -> str:
    """The person honoured when the clause names one ("jon voight", "marisa tomei won"),
    else the film."""
    head = s[:ceremony_at]
    after = s[ceremony_at:]
    # "oscar-winning actor george c . scott", "two-time oscar winner jodie foster"
    # "Oscar and Golden Globe winning, and BAFTA nominated Sir John Gielgud": honours in a
    # chain before the name
    named = _HONOURED.match(after)
    chained = 0
    while named and (link := _HONOURED_LINK.match(after, named.end() + chained)):
        chained = link.end() - named.end()
    if named:
        span = _name_forward(s, ceremony_at + named.end() + chained, max_words=4)
        if span and (not _is_cased(s) or s[span[0]].isupper()):
            return s[span[0] : span[1]]
    # "Leonardo DiCaprio's astonishing Oscar-nominated supporting work"
    owner = re.search(r"(?i)([\w.-]+)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:[a-z][\w-]*\s+){0,2}$", head)
    if owner and re.match(
        r"(?i)[\w' -]{3,30}?[\s-]+(?:winning|nominated)\s+(?:[\w-]+\s+)?(?:turn|performance|"
        r"role|work|portrayal|score|script|screenplay|choreography|music|songs?|cinematography|"
        r"editing|costumes?|direction)\b",
        after,
    ):
        span = _name_backward(s, owner.end(1))
        if span:
            return s[span[0] : span[1]]
    m = re.search(r"(?i)\b(?:nominee|winner)\s+$", head[-30:])
    if m:
        span = _name_forward(s, ceremony_at)
        if span:
            return s[span[0] : span[1]]
    m = re.search(
        rf"(?i)(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){{0,2}})\s+(?:was\s+|is\s+|has\s+been\s+|"
        rf"had\s+been\s+|also\s+)?(?:{_WON}|{_NOMINATED})\b[^,.;]*$",
        head,
    )
    if m:
        span = _name_backward(s, m.end("who"))
        if span and s[span[0] : span[1]].lower() not in ("it", "film", "movie"):
            return s[span[0] : span[1]]
    # "Lukas pulled an award hat trick in 1943 winning an Oscar": the person the sentence
    # opens with, when no film, pronoun or other name stands between it and the cue
    cue = list(re.finditer(rf"(?i)\b(?:{_WON}|{_NOMINATED})\b", head))
    opener = _subject_name(s) if cue and _is_cased(s) else None
    if (
        opener
        and s[opener[0]].isupper()
        and opener[1] <= cue[-1].start()
        and not re.match(r"\s*(?:'s|’s|,)", s[opener[1] :])
    ):
        between = s[opener[1] : cue[-1].start()]
        if not re.search(
            r"(?i)\b(?:films?|movies?|pictures?|it|its|this|that|which|who|whose|and|but|seldom|"
            r"rarely|"
            r"or|he|she|they)\b|[.;:!?\"“(]",
            between,
        ) and not re.search(r"\b[A-Z]", between):
            return s[opener[0] : opener[1]]
    return FILM


_WORK_NOUN = re.compile(
    r"(?i)\b(?:novels?|novellas?|books?|best-?sellers?|plays?|musicals?|story|stories|short|comics?|"
    r"comic-book|graphic|manga|series|sitcom|show|shows|cartoons?|films?|movies?|pictures?|"
    r"characters?|poems?|memoirs?|articles?|games?|opera|ballet|fairy|tale|legend|myth|saga|"
    r"screenplays?|script|original|classic|hit|version|remake|sequel|trilogy|franchise)\b"
)


def _names_a_work(s: str, pos: int, work: str) -> bool:
    """ "Based on X" is a source work when X is quoted, a capitalised title or names a kind
    of work ("the novel by russell banks"); otherwise it is an idea or a premise."""
    if re.match(r"\s*(?:[\w'’.-]+\s+){0,4}?[\"“']", s[pos:]) or _WORK_NOUN.search(work):
        return True
    return bool(re.match(r"(?:(?:the|a|an)\s+)?[A-Z]", work))


_WORK_STOP = re.compile(
    # a full stop after a lone letter is an initial ("l . ron hubbard's novel")
    r"(?i)\s*(?:[,;:!?()\[\]]|(?<!\b[a-z])(?<!\b[a-z]\s)\.|\s-\s|\s?--|—|\sand\s+\w+ed\b|\band\s+(?:is|was|has|had|it|its|stars|starring|the\s+film|"
    r"directed|written)\b|\bwho\b|\bstarring\b|\bthat\s+(?:is|was)\b|\bin\s+name\s+only\b|"
    r"\bthan\b|\bdirected\b|\bwritten\b|\bthat\s+(?:i|we|you|he|she|they)\b|"
    r"\bthis\s+(?:film|movie)\b|\bis\s+(?:a|an|the)\b|"
    # the next field of a credit line, and a verb that ends the title's noun phrase
    r"\s(?:cinematography|music|producers?|editor|screenplay|starring|director|rated|"
    r"released\s+by|running\s+(?:time|length))\b|"
    r"\s(?:can|could|will|would|should|may|might|must|is|was|were|are)\s|"
    # a finite verb whose subject is the work ends its noun phrase ("a comic book makes it")
    r"\s(?:makes|goes|does|seems|looks|feels|turns)\s|"
    r"\bthat(?:'s|’s)\s)"
)
_NOT_WORK = re.compile(
    r"(?i)^(?:an?\s+|the\s+)?(?:true|real|actual|real-life|life|true-life)\b|^(?:events|facts|"
    r"history|rumou?rs?|reality|truth|experience|something|anything|nothing|someone|it|this|"
    r"that)\b|^an?\s+(?:[\w-]+\s+){0,2}original$|^some\s+(?:old|other|kind|sort)\b|"
    r"^another(?:\s+[\w-]+){0,3}\s+(?:film|movie|picture|classic|one)s?$|"
    # a year alone ("the most absurd remake of 1998") or a bare verb ("a sequel to see")
    rf"^{_YEAR}\W*$|^(?:see|watch|be|have|do|get|come|follow|make)$|"
    # a performance is what a rating is based on, not a source
    r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:performance|acting|work|turn|looks)$|"
    # the copy a disc is made from: "taken from a VHS source", "from a 35mm print"
    r"\b(?:source|print|master|transfer|copy|tape)$"
)
# real events are no source work ("a Nebraska multiple murder in the 1950's")
_EVENT_NOUN = re.compile(
    r"(?i)\b(?:murders?|killings?|case|incidents?|events?|crimes?|massacres?|disasters?|"
    r"scandals?|shootings?|kidnappings?|robber(?:y|ies)|trials?|accidents?|wars?|battles?)\b"
)


# "a remake of a french movie , the wages of fear ,", "the 1949 film noir, "Criss Cross."":
# a described film, then its title set off by a comma
_APPOSITIVE_WORK = re.compile(
    rf"""(?ix)\s*(?:a|an|the)\s+(?P<desc>(?:[\w"“”'-]+\s+){{0,6}}?)
    (?P<noun>film|movie|picture|flick|classic|hit|{_GENRE})\s*,\s*[\"“]?\s*
    (?P<t>[^,.;\"“”]{{2,60}}?)\s*(?:[,.;(\"”]|$)"""
)


def _work_after(s: str, pos: int) -> str | None:
    rest = s[pos:]
    quoted = re.match(r"\s*(?:[\w'’.-]+\s+){0,4}?[\"“]\s*([^\"“”]+?)\s*[\"”]", rest)
    if quoted and not re.match(
        r"\s*(?:$|[,.;:)!?]|(?:and|by|which|is|was|in|with|from|that)\b)", rest[quoted.end() :]
    ):
        quoted = None  # '" classic " japanese monster movie': quotes around a word, not a title
    if quoted:
        if not re.search(r"(?i)\bby\b|\bof\b|'s\b|’s\b", rest[: quoted.start(1)]):
            return _clean_title(quoted.group(1))
        return _clean_title(rest[: quoted.end()])  # "bram stoker's " dracula ""
    generic = _APPOSITIVE_WORK.match(rest)
    if generic and not re.match(
        r"(?i)(?:and|but|or|so|yet|it|its|which|who|that|this|i|we|you|he|she|they)\b",
        generic.group("t"),
    ):
        return _clean_title(
            generic.group("t")
        )  # "a remake of a french movie , the wages of fear ,"
    stop = _WORK_STOP.search(rest)
    work = rest[: stop.start()] if stop else rest
    work = work.strip()
    if quoted and len(work) > len(quoted.group()) + 5:
        work = rest[: quoted.end()].strip()
    words = work.split()
    if not words or len(words) > 14:
        words = words[:14]
    while words and words[-1].lower() in ("and", "or", "but", "which", "that", "who"):
        words.pop()  # "a sequel to Cronenberg's Scanners and should be seen"
    work = " ".join(words)
    if not work or _NOT_WORK.search(work):
        return None
    if re.fullmatch(
        r"(?i)(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:film|movie|picture|one)", work
    ) and not re.search(r"(?i)\b(?:short|student|silent|animated|tv|television)\s+\w+$", work):
        return None  # "a successful original movie" names no work; "a short film" does
    return work


def _remake(s: str) -> Iterator[Found]:
    patterns = (
        r"(?i)\b(?P<rel>remake|re-make|sequel|prequel|adaptation|re-?telling|follow-up|"
        r"spin-off|update)\s+(?:of|to)\s+",
        r"(?i)\b(?P<rel>based|adapted|taken)\s+(?:up)?(?:on|from)\s+",
        r"(?i)\b(?P<rel>film\s+version|screen\s+version|movie\s+version|version)\s+of\s+",
    )
    seen: set[str] = set()
    for pattern in patterns:
        for m in re.finditer(pattern, s):
            head = s[: m.start()]
            rel = m.group("rel").lower()
            if re.search(r"(?i)(?:\bnot|n't|\bnever|\bno|\bnor)\b[^,.;]{0,25}$", head):
                continue
            if re.search(r"(?i)\beither\b", head):
                continue  # "it is either a) a remake of X; b) ...": alternatives, not a fact
            if re.search(
                r"(?i)\b(?:making|make|makes|made|want|wanted|need|plans?|planned)\s+"
                r"(?:(?:this|it)\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+)?$",
                head,
            ):
                continue
            if re.search(
                r"(?i)\b(?:audition(?:s|ed|ing)?\s+for|dodged?|avoid(?:s|ed)?|escaped?|spared|"
                r"brought\s+us|gave\s+us)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$",
                head,
            ):
                continue  # a remake avoided or imagined, or an earlier film of someone else
            if re.search(
                r"(?i)\b(?:last\s+seen|seen|worked(?:\s+together)?|starred|appeared|"
                r"acted|also\s+directed|who\s+directed)\s+(?:in|on)\s+(?:the|a|an)?\s*"
                r"(?:[\w-]+\s+){0,2}$",
                head,
            ):
                continue
            if rel in ("version",) and not re.search(
                r"(?i)\b(?:film|screen|movie|cinematic|big-screen)\s+$", head
            ):
                continue
            if re.search(r"(?i)\blike\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", head):
                continue  # "like a remake of X": a simile
            if re.search(
                r"(?i)\b(?:solely|purely|partly|partially|mainly|mostly|merely|only|just|"
                r"entirely|largely)\s+$",
                head,
            ):
                continue  # "a 2 out of 10 solely based on her performance": a reason
            if re.search(
                r"(?i)\b(?:see|saw|seen|watch|watched|before|after|of|from|than|with|like|"
                r"unlike|and|or)\s+the\s+(?:[\w-]+\s+){0,2}$",
                head,
            ):
                continue  # "see the equally awful remake of X": another film named in passing
            if rel in ("based", "adapted") and re.search(r"(?i)\bscreenplay,?\s+$", head):
                continue  # the award category "Screenplay Based on Material ..."
            if rel == "taken" and not re.search(r"(?i)\b(?:is|was|story|script)\s+$", head):
                continue
            if rel in ("remake", "re-make") and re.match(
                r"(?i)\s*this\s+(?:movie|film|one)\b", s[m.end() :]
            ):
                # "Lost and Delirious is a remake of this movie": this film was remade as X
                remade = _title_before(s, m.start())
                named = re.search(r"(?i)\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", head)
                if named:
                    remade = _title_before(s, named.start())
                if remade and remade.lower() not in seen:
                    seen.add(remade.lower())
                    yield "remake", FILM, remade, None
                continue
            work = _work_after(s, m.end())
            if not work:
                continue
            if rel in ("based", "adapted", "taken") and not _names_a_work(s, m.end(), work):
                continue  # "based on a false assumption", "taken from his wish"
            if rel in ("based", "adapted", "taken") and (
                (_EVENT_NOUN.search(work) and not _WORK_NOUN.search(work))
                or re.fullmatch(r"(?i)(?:[\w-]+\s+)?[\w-]+s", work)
            ):
                continue  # a real event, or a kind of work in general ("based on video games")
            entitled = re.match(
                r"(?i)((?:the|a|an)\s+(?:[\w-]+\s+)?(?:novel|book|play|story|comic|poem))\s+"
                r"(?:entitled|titled|called)\s*,?\s*[\"“'‘]\s*([^\"“”'’]{2,60}?)\s*[\"”'’]",
                s[m.end() :],
            )
            if entitled:
                work = _clean_title(entitled.group(2))  # "the novel entitled, 'Make room'"
            # "the 1934 film death takes a holiday": the related title after its year
            dated = re.match(
                rf"(?i)^(?:the|a|an)\s+(?P<y>{_YEAR})\s+(?:[\w-]+\s+)?(?:film|movie|hit|version)"
                r"\s+(?P<t>(?!of\b)[^,]+)$",
                work,
            )
            if dated and not re.fullmatch(rf"(?i){_GENRE}|\w+", dated.group("t").strip()):
                work = _clean_title(dated.group("t"))
                yield "release", work, dated.group("y"), None
            described = _APPOSITIVE_WORK.match(s, m.end())
            if described and _clean_title(described.group("t")) == work:
                yield from _described_work(work, described)
            tail = s[m.end() : m.end() + 120]
            hit = re.match(
                rf"(?i)\s*the\s+(?P<y>{_YEAR})\s+\w+\s*[\"“]\s*(?P<t>[^\"”]+?)\s*[\"”]", tail
            )
            if hit:
                yield "release", _clean_title(hit.group("t")), hit.group("y"), None
            if work.lower() in seen:
                continue
            seen.add(work.lower())
            yield "remake", FILM, work, None
    yield from _sources_named(s, _SOURCE_MADE_INTO, seen)
    # "another recent elmore leonard adaptation , " jackie brown , "": the author's work is
    # the source of the title named, and "another" makes this film one too
    for m in re.finditer(
        r"(?i)\b(?P<det>another|an?|the)\s+(?:(?:recent|new|latest|faithful|loose|big-screen|"
        r"screen|film|movie)\s+)*(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)\s+adaptation\b"
        r"(?P<tail>\s*,?\s*[\"“][^\"“”]{1,60}[\"”])?",
        s,
    ):
        who = _name_forward(s, m.start("who"))
        if who is None or who[1] != m.end("who") or len(m.group("who").split()) < 2:
            continue  # a person's full name, not "a loose adaptation"
        work = s[who[0] : who[1]]
        if m.group("tail"):
            yield "remake", _quoted(m.group("tail")) or FILM, work, None
        if m.group("det").lower() == "another" or not m.group("tail"):
            yield "remake", FILM, work, None
    yield from _sources_named(s, _SOURCE_BEFORE_BASED_ON, seen)
    for m in re.finditer(rf"(?i)\b(?:re-?made|remade)\s+(?:in\s+{_YEAR}\s+)?as\s+", s):
        if _NOT_AWARD.search(s[max(0, m.start() - 30) : m.start()]):
            continue  # "should be remade as ...": a wish
        tail = s[m.end() : m.end() + 80]
        remade = _quoted(tail) if re.match(r"\s*[\"“]", tail) else None
        if remade is None and _is_cased(s):
            remade = _title_after(s, m.end())
            if remade and not remade[:1].isupper():
                remade = None
        if remade and remade.lower() not in seen:
            seen.add(remade.lower())
            yield "remake", FILM, remade, None
    for m in re.finditer(
        r"(?i)\b(?:was|were|has\s+been|got)\s+(?:also\s+)?(?:adapted|remade)\s+in\s+"
        r"(?P<place>(?:the\s+)?(?-i:[A-Z]\w+(?:\s+[A-Z]\w+)?))",
        s,
    ):
        yield "remake", FILM, f"remade in {m.group('place')}", None


def _described_work(title: str, described: re.Match[str]) -> Iterator[Found]:
    """ "the 1954 japanese monster movie , godzilla": the year, country and genre said of it."""
    desc = described.group("desc").lower()
    year = re.search(rf"\b{_YEAR}\b", desc)
    if year:
        yield "release", title, year.group(), None
    nat = re.search(rf"\b{_NAT}\b", desc)
    if nat:
        yield "country", title, _NATIONALITIES[nat.group()], None
    genre = re.fullmatch(_GENRE, described.group("noun").lower())
    if genre:
        yield "genre", title, genre.group(), None


# Source works named before the film is said to come from them: (pattern with a `w` group,
# whether an event noun in the match means a real event rather than a work).
_SOURCE_MADE_INTO = (
    # "the book , primary colors , has been made into a movie"
    (
        re.compile(
            r"(?i)\b(?P<w>(?:the|a|an)\s+(?:[\w-]+\s+)?(?:novel|book|play|musical|comic|story|"
            r"short\s+story|series|memoir|best-?seller)(?:\s*,\s*[^,;.]{2,50}?\s*,)?)\s*,?\s+"
            r"(?:has\s+been|had\s+been|was|is|got|were)\s+(?:now\s+|finally\s+|also\s+)?"
            r"(?:made|turned|adapted)\s+into\s+(?:a|an|this|the)\s+(?:[\w-]+\s+)?(?:movie|film)\b"
        ),
        False,
    ),
)
_SOURCE_BEFORE_BASED_ON = (
    # "the video game this crap is based on", "the novel this movie was based on"
    (
        re.compile(
            r"(?i)(?<!of\s)\b(?P<w>the\s+(?:[\w-]+\s+)?(?:novel|book|video\s+game|game|play|"
            r"short\s+story|story|comic|comic\s+book|series|musical|memoir|poem))\s+"
            r"(?:that\s+|which\s+)?(?:this|the|it)(?:\s+[\w-]+)?\s+(?:is|was|were)\s+"
            r"(?:loosely\s+)?based\s+(?:on|upon)\b"
        ),
        False,
    ),
    # "the saturday night live sketch on which the movie was based": the source named first
    (
        re.compile(
            r"(?i)\b(?P<w>the\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:up)?on\s+which\s+"
            r"(?:this|the|it)(?:\s+(?:film|movie|picture|story|script|screenplay))?\s+"
            r"(?:is|was|were)\s+(?:\w+ly\s+)?based\b"
        ),
        True,
    ),
)


def _sources_named(
    s: str, patterns: tuple[tuple[re.Pattern[str], bool], ...], seen: set[str]
) -> Iterator[Found]:
    """Remake claims for the source works the patterns name, each work once per sentence."""
    for pattern, events_are_not_works in patterns:
        for m in pattern.finditer(s):
            work = _clean_title(m.group("w"))
            if work.lower() in seen or (events_are_not_works and _EVENT_NOUN.search(work)):
                continue
            seen.add(work.lower())
            yield "remake", FILM, work, None


def _working_title(s: str) -> Iterator[Found]:
    patterns = (
        r"(?i)\bworking\s+title(?:\s+(?:for|of)\s+(?:[\w'’-]+\s+){1,5}?(?:was|is|:)|"
        r"\s*(?:(?:there|then|here|originally)\s+)?(?:was|is|:|of)(?!\s+changed))?\s*",
        r"(?i)\b(?:originally|initially|first)\s+(?:titled|called|named|entitled|known\s+as)\s+",
        r"(?i)\boriginal\s+title\s*(?:was|is|:|,)\s*",
    )
    seen: set[str] = set()
    for pattern in patterns:
        for m in re.finditer(pattern, s):
            if re.search(r"(?i)\b(?:us|u\.s\.|american|english|international)\s+$", s[: m.start()]):
                continue
            rest = s[m.end() :]
            if re.match(r"(?i)\s*(?:was\s+)?changed\b", rest):
                continue  # "working title was changed to X": X is the final title
            quoted = re.match(r"\s*[\"“‘']\s*([^\"“”‘’']+?)\s*[\"”’']", rest)
            if quoted:
                title = _clean_title(quoted.group(1))
            else:
                stop = re.search(
                    r"\s*(?:[.,;()\[\]{}!?]|\s(?:and|but|which|became|was|is)\s)", rest
                )
                title = _clean_title(rest[: stop.start()] if stop else rest)
                if len(title.split()) > 8:
                    continue
            if title and title.lower() not in seen:
                seen.add(title.lower())
                yield "working_title", FILM, title, None
    for m in re.finditer(
        r"(?i)(?:^|[,(:]\s*(?:incidentally\s*,\s*)?)(?P<t>[^,()]{2,50}?)\s+was\s+the\s+"
        r"(?:film|movie|picture)(?:'s|’s)\s+(?:original|working)\s+title",
        s,
    ):
        title = _clean_title(m.group("t"))
        if title.lower() not in seen:
            seen.add(title.lower())
            yield "working_title", FILM, title, None


_MONEY = re.compile(
    r"""(?ix)(?:us\s*)?\$\s*(?P<num>\d{1,3}(?:\s*,\s*\d{3})+|\d+(?:\.\d+)?)
    (?:\s*-?\s*(?P<mult>million|billion|thousand|mil\b|m\b|bn\b))?"""
)
_GROSS_CUE = re.compile(
    r"(?i)\b(?:gross(?:ed|es|ing)?|earn(?:ed|ing|s)?|made|make|makes|making|box[\s-]?office|took\s+in|"
    r"taken\s+in|raked|haul|topping|topped|reached|in\s+theaters|in\s+theatres|domestic|"
    r"domestically|worldwide|ticket\s+sales|receipts|smash|hit|sales|opening\s+weekend|"
    r"in\s+the\s+states|returns)\b"
)
_NOT_GROSS = re.compile(
    r"(?i)\b(?:budget|cost|costs|costing|spent|spend|price|tag|paid|pay|salary|salaries|bought|"
    r"fee|fine|bail|ticket|tickets|admission|equals|for|worth|lost|lose|recoup|per)\b"
)
_NOT_GROSS_AFTER = re.compile(
    r"(?i)^\s*(?:-\s*)?(?:[\w-]+\s+)?(?:superstars?|stars?|actors?|paychecks?|deals?|contracts?|"
    r"budgets?|salar(?:y|ies)|price|production|movies?\s+star|(?:dollars?\s+)?(?:movie|film|"
    r"picture|epic|blockbuster|extravaganza)\b)"
)
_PREDICT = re.compile(r"(?i)\b(?:will|would|could|should|might|may|probably|likely)\s+\w+\s*$")


def _box_office(s: str) -> Iterator[Found]:
    as_of = _as_of(s)
    for m in _MONEY.finditer(s):
        before = s[max(0, m.start() - 60) : m.start()]
        after = s[m.end() : m.end() + 40]
        if not (_GROSS_CUE.search(before) or _GROSS_CUE.search(after)):
            continue
        if _NOT_GROSS.search(before[-30:]) or _NOT_GROSS.search(after[:25]):
            continue
        if _NOT_GROSS_AFTER.match(after):
            continue
        if _PREDICT.search(before[-40:]):
            continue
        if not _GROSS_CUE.search(before):
            cue = _GROSS_CUE.search(after)
            if cue and _MONEY.search(after, cue.end()):
                continue  # "this $123 million stink bomb grossed $260 million": the budget
        num = re.sub(r"\s*,\s*", ",", m.group("num"))
        mult = (m.group("mult") or "").lower()
        mult = {"m": "million", "mil": "million", "bn": "billion"}.get(mult, mult)
        value = f"${num}" + (f" {mult}" if mult else "")
        yield "box_office", FILM, value, as_of
    # "over nine million dollars": the amount in words, with the box office named in the
    # sentence
    dollars = (
        re.finditer(
            rf"(?i)\b(?P<n>\d+(?:\.\d+)?|{_NUM})\s+(?P<mult>million|billion)\s+dollars\b", s
        )
        if "dollars" in s.lower()
        else ()
    )
    for m in dollars:
        before = s[max(0, m.start() - 120) : m.start()]
        if not _GROSS_CUE.search(before) or _NOT_GROSS.search(before[-40:]):
            continue
        if _NOT_GROSS_AFTER.match(s[m.end() :]) or _PREDICT.search(before[-40:]):
            continue
        number = m.group("n") if m.group("n")[0].isdigit() else str(_number(m.group("n")))
        yield "box_office", FILM, f"${number} {m.group('mult').lower()}", as_of
    for m in re.finditer(
        r"(?ix)(?:(?:ticket\s+sales|admissions|attendance|tickets\s+sold)\s+(?:reached|of|hit|"
        r"topped|surpassed|passed|exceeded|totall?ed|crossed)\s+(?:over\s+|more\s+than\s+)?"
        r"(?P<a>\d+(?:\.\d+)?)\s*(?P<am>million|thousand)?)"
        r"|(?:(?P<b>\d+(?:\.\d+)?)\s*(?P<bm>million|thousand)?\s+(?:admissions|tickets\s+sold|"
        r"moviegoers|viewers\s+in\s+theaters|spectators))",
        s,
    ):
        num = m.group("a") or m.group("b")
        mult = m.group("am") or m.group("bm") or ""
        yield "box_office", FILM, f"{num} {mult} admissions".replace("  ", " "), as_of
    for m in re.finditer(
        rf"(?ix)\bthe\s+(?P<ord>{_ORDINAL})\s*[\s-]\s*(?P<what>(?:highest|largest|biggest|"
        r"most\s+successful|top)[\s-]+(?:[\w-]+\s+){0,2}?(?:grossing|earning|box\s+office|"
        r"selling|hit)[^,.;()]{0,60})",
        s,
    ):
        rank = _ORDINALS.get(m.group("ord").lower()) or int(re.sub(r"\D", "", m.group("ord")))
        what = " ".join(m.group("what").split()).strip()
        yield "box_office", FILM, f"rank {rank}: {what}", as_of
    for m in re.finditer(
        r"(?ix)\bthe\s+(?:most\s+successful\s*,\s*)?(?P<what>highest[\s-]grossing\s+[^,.;]{3,60}"
        r"(?:of\s+all\s+time|in\s+history|ever|of\s+the\s+year|of\s+\d{4}))",
        s,
    ):
        if re.search(r"(?i)\bone\s+of\s+$", s[: m.start()]):
            continue
        what = " ".join(m.group("what").split())
        yield "box_office", FILM, f"rank 1: {what}", as_of


def _as_of(s: str) -> str | None:
    m = re.search(
        rf"(?i)\b(?:on|as\s+of|by|through|until)\s+(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s*,?\s*)?(?P<y>{_YEAR})\b",
        s,
    )
    if not m:
        return None
    month = _month_number(m.group("month"))
    if m.group("day"):
        return f"{m.group('y')}-{month:02d}-{int(m.group('day')):02d}"
    return f"{m.group('y')}-{month:02d}"


_RULES = (
    _runtime,
    _release,
    _country,
    _genre,
    _director,
    _cast,
    _age,
    _award,
    _remake,
    _working_title,
    _box_office,
    _credit_origin,
)
_DIGITS = tuple("0123456789")
# Cheap keyword gates: a rule runs only when the lower-cased sentence holds one of the words
# every one of its patterns needs, which spares most sentences most regular expressions.
_GATES = {
    _runtime: ("min", "hour", "hr", ":"),
    _release: _DIGITS,
    _country: tuple(_NATIONALITIES) + tuple({c.lower() for c in _NATIONALITIES.values()}),
    _genre: tuple(g.lower() for g in _GENRES) + tuple(_GENRE_PLURALS),
    _director: (
        "direct", "helm", "filmmaker", "film-maker", "auteur", "by", "'", "’", "film from",
        "movie from", "feature from", "picture from", "effort from", "offering from",
        "project from", "outing from", "release from",
    ),
    _age: ("year", "age", "who", "now"),
    _award: (
        "academy", "oscar", "golden", "dragon", "bafta", "emmy", "palme", "spirit", "guild",
        "razz", "bell", "baeksang", "audience", "festival", "cannes", "sundance", "berlin",
        "venice", "toronto", "sar", "board", "critics",
    ),
    _remake: (
        "remake", "re-make", "re-made", "sequel", "prequel", "adaptation", "telling", "follow-up",
        "spin-off", "update", "based", "adapted", "taken", "version", "remade", "into",
    ),
    _working_title: ("title", "called", "named", "known as"),
    _credit_origin: ("directed by", "starring"),
    _box_office: ("$", "highest", "largest", "biggest", "successful", "top", "dollars", *_DIGITS),
}  # fmt: skip


def sentence_claims(sentence: str) -> list[Found]:
    """Every (kind, subject, value, as_of) one sentence states, without duplicates."""
    # In cased text a name is capitalised: lower-case words found where a name should be
    # ("a developmental disability, a bright 6-year-old") are descriptions.
    cased = _is_cased(sentence)
    found: list[Found] = []
    lowered = sentence.lower()
    for rule in _RULES:
        gate = _GATES.get(rule)
        if gate is not None and not any(word in lowered for word in gate):
            continue
        for claim in rule(sentence):
            kind, subject, value, _ = claim
            names = {"cast": (subject, value), "age": (subject,), "director": (value,)}
            if cased and not all(re.search(r"[A-Z]", n) for n in names.get(kind, ())):
                continue
            if kind == "cast" and subject.lower() in _NOT_ACTORS:
                continue
            if kind == "award" and _CEREMONY.fullmatch(subject):
                claim = (kind, FILM, value, claim[3])
            if claim not in found:
                found.append(claim)
    return found


_NOT_ACTORS = frozenset(_NATIONALITIES) | {"english", "mandarin", "cantonese", "hindi"}


def find_claims(body: str, film_title: str | None = None) -> list[Claim]:
    """Factual claims of a review body; each claim's span is the sentence that states it.

    Subjects: "film" for the film under review (or `film_title` when given), another title
    as written, the actor for `cast` (value: the character), the character for `age`.
    """
    claims: list[Claim] = []
    for span in split_sentences(body):
        sentence = body[span.start : span.end]
        for kind, subject, value, as_of in sentence_claims(sentence):
            if subject == FILM and film_title:
                subject = film_title
            claims.append(Claim(kind, subject, value, Span(span.start, span.end), as_of))
    actors = {c.subject.lower() for c in claims if c.kind == "cast"}
    return [c for c in claims if not (c.kind == "director" and _stars_in(c, body, actors))]


def _stars_in(claim: Claim, body: str, actors: set[str]) -> bool:
    """A director credit read off a possessive alone ("Tom Hanks's latest film") for someone
    the same review casts in a part: the star's film, not a film they directed."""
    if claim.value.lower() not in actors:
        return False
    sentence = body[claim.span.start : claim.span.end]
    return not re.search(r"(?i)direct|helm|film-?maker", sentence)


# The 3000 most frequent words of the IMDb training reviews that are written in lower case at
# least 90% of the time outside sentence starts: words a lower-cased text uses as words, not
# as names. A lower-case token outside this list may be a name.
_COMMON = frozenset(
    """
abandon abandoned abilities ability able aboard abomination abortion abound about above abroad
abrupt abruptly absence absent absolute absolutely absorbed absorbing abstract absurd absurdity
abundance abuse abused abusive abysmal accent accents accept acceptable acceptance accepted
accepting accepts access accessible accident accidental accidentally acclaim acclaimed
accompanied accompanying accomplish accomplished accomplishment according account accounts
accuracy accurate accurately accused achieve achieved achievement achievements achieves acid
acknowledge acquired across act acted acting action actions active activities activity actor
actors actress actresses acts actual actually ad adapt adaptation adaptations adapted adaption
add added addict addicted addiction adding addition additional address addressed adds adequate
admirable admiration admire admired admirer admission admit admits admitted admittedly
adolescent adopted adorable adore ads adult adultery adults advance advanced advances advantage
adventure advertised advertising advice advise advised aesthetic affair affect affected
affecting affection affects afford aforementioned afraid after aftermath afternoon afterward
afterwards again against aged agency agenda agents ages aggressive aging ago agony agree agreed
agrees ahead aid aided aim aimed aiming ain air aircraft aired airing aka akin ala alarm alas
albeit album alcohol alcoholic alienation alike alive all alleged allow allowed allowing allows
almost alone along alongside alot already alright also alter alternate alternative although
altogether always am amateur amateurish amazed amazing amazingly ambiance ambiguity ambiguous
ambition ambitions ambitious amidst among amongst amoral amount amounts ample amused amusement
amusing an analysis ancient and anger angles angry angst anguish animals animated animation
animations announced annoy annoyance annoyed annoying another answer answered answers antagonist
anthology anti anticipated anticipation antics anxious any anybody anymore anyone anything
anytime anyway anyways anywhere apart apartment apocalyptic appalling apparent apparently appeal
appealing appeals appear appearance appearances appeared appearing appears applaud applause
applied applies apply appreciate appreciated appreciation approach approached approaches
approaching appropriate appropriately apt architect are area areas aren arguably argue arguing
argument arguments arm armed armor arms around arranged array arrest arrested arrival arrive
arrived arrives arriving arrogance arrogant art article artificial artist artistic artistry
artists arts artsy artwork arty as ashamed aside ask asked asking asks asleep aspect aspects
aspiring ass assassin assassination assembled asset assigned assignment assistance assistant
associate associated associates assume assumed assumes assuming assure assured astonishing
astounding at athletic atmosphere atmospheric atrocious atrocity attached attack attacked
attacking attacks attempt attempted attempting attempts attend attendant attended attending
attention attitude attitudes attract attracted attraction attractive attributes audience
audiences audio aura auteur authentic authenticity author authorities authority authors auto
autobiography automatic automatically available avenge average avid avoid avoided avoiding
avoids awaiting awake awarded aware awareness away awe awesome awful awfully awfulness awhile
awkward awry babes back backdrop backed background backgrounds backs backwards backwoods bad
baddie baddies badly badness bag baked balance balanced bald banal bands bang bank banned banter
bar bare barely bargain barrel bartender base baseball based basement bashing basic basically
basis bath bathroom bats battle battles battling be bearable beard bearing beat beaten beating
beats beautiful beautifully beauty became because become becomes becoming bed bedroom been beer
before beforehand befriends beg began begging begin beginning begins begs begun behave behaving
behavior behaviour behind behold being beings belief beliefs believability believable believe
believed believer believes believing belly belong belongs beloved below belt beneath benefit
benefits bent beside besides best bet betrayal betrayed better between beyond bias biased bigger
biggest bike biker billed billing bills bimbo biography biopic birth bit bitch bitchy biting
bits bitten bitter bittersweet bizarre blackmail blah blame blamed blames bland blast blatant
blatantly bleak bleeding blend blew blind block blockbusters bloke blond bloodshed bloody blow
blowing blown blows board boards boasts bodies body bold bomb bombed bombs bones bonus boobs
book books boost boot border borders bore bored boredom boring borrow borrowed bosses both
bother bothered bothering bothers bottle bottom bought boundaries bounty bout box boxer boxing
boy boyfriend brainless brains brat brave bread break breaking breaks breast breasts breath
breathe breathing breathtaking brick brides brief briefly bright brilliance brilliant
brilliantly bring bringing brings broad broadcast broke brooding brother brought brow brunette
brush brutal brutality brutally bucks buddies budding budget budgets buff buffs build building
buildings builds built bulk bullet bullets bullies bumbling bunch buried burn burned burnt burst
bus business businessman bust but butchered butt button buy buying buys by cab cable cake
caliber call called calling calls calm camcorder came cameo cameos camera cameras campaign
camping campus campy can canceled cancelled cancer cannibals cannot cant cap capable capacity
capital capitalism captivated captivating captive capture captured captures capturing car card
cardboard cards care cared career careers careful carefully cares caretaker caricature
caricatures caring carpet carried carries carry carrying cars cartoon cartoonish cartoons case
cases cash cast casted casting casts casual catch catches catching catchy categories category
cats cattle caught cause caused causes causing cave ceiling celebrate celebrated celebration
celebrities celebrity cell cells celluloid cemetery censors censorship centered centers cents
centuries cerebral ceremony certain certainly chain chair challenge challenged challenges
challenging chance chances change changed changes changing channels chaos chaotic character
characterisation characteristic characteristics characterization characterizations characters
charge charged charges charisma charismatic charm charming charms chased chases chasing chat
cheap cheaply cheat cheated cheating check checked checking cheek cheer cheerful cheering cheese
cheesiness cheesy chemical chemistry chess chest chew chewing chick child childhood childish
children chilling chills chock choice choices choir choose chooses choosing chopped choppy chops
choreographed choreography chose chosen chuckle chuckles cigarette cinema cinemas cinematic
cinematographer cinematography circa circles circumstances cities citizens civilians
civilization clad claim claimed claiming claims clarity class classes classic classical classics
classmates classy claustrophobic clean cleaning clear clearly clerk clever cleverly cliche
cliched cliches client climactic climate climatic climax climb climbing clip clips clone close
closed closely closer closest closing closure cloth clothes clothing clouds clue clueless clues
clumsy clunky co coach coal coat cocaine coffee coherent cohesive coincidence collaboration
collapse collar colleague colleagues collect collection collective college colony colored
colorful colors colour colours com coma combat combination combine combined combines combining
come comeback comedian comedians comedic comedies comedy comes comfort comfortable comic comical
comics coming commanding commendable comment commentary commented commenting comments commercial
commercials commit commitment commits committed committing common communicate communication
community companies companion comparable compare compared comparing comparison comparisons
compassion compelled compelling compensate compete competent competition complain complained
complaining complaint complaints complete completed completely complex complexity complicated
complications compliment composed composer composition compositions comprehend comprised
compromise computer computers con conceived concentrate concentration concept concepts concern
concerned concerning concerns concert conclude conclusion conclusions condemned condition
conditions confess confession confidence confident confined confines confirmed conflict
conflicted conflicts confront confrontation confronted confronts confuse confused confusing
confusion connect connected connection connections conniving cons conscience conscious
consciousness consequence consequences conservative consider considerable considerably
consideration considered considering considers consist consistent consistently consists
conspiracy constant constantly constraints constructed construction consumed contact contain
contained containing contains contemporary contempt content contest contestant contestants
context continent continually continue continued continues continuing continuity continuously
contract contrary contrast contribute contributed contributes contribution contrived control
controlled controlling controls controversial controversy convenient conveniently conventional
conventions conversation conversations convey conveyed conveying conveys convict convicted
conviction convince convinced convinces convincing convincingly convoluted cooking cool coolest
cop cope copied copies cops copy core corny corporate correct correctly correctness corrupt
corruption cost costs costume costumes couch could couldn counter counterparts counting
countless countries country countryside counts coup couple coupled couples courage courageous
course courtesy courtroom cousin cover covered covering covers cow cowardly crack cracking
cracks craft crafted crap crappy crash crashed crashes crashing crazed crazy cream create
created creates creating creation creations creative creativity creator creators creature
creatures credibility credible credit credited credits creepy crew cried cries crime crimes
criminal criminals cringe cringing crippled crisp critic critical criticism criticisms criticize
criticized critics critique crooked cross crossed crosses crossing crowd crowded crucial crude
cruelty crush crushed crying cue cult cultural culture cultures cunning curiosity curious
curiously current currently cursed customers cut cute cuts cutting cycle cynical cynicism damage
damaged damn dancers dances dancing danger dangerous dare daring darker darn dashing date dated
dating daughter daughters daylight days daytime dazzling deaf deal dealer dealing deals dealt
deaths debate debt debut decade decades deceased decency decent decide decided decidedly decides
deciding decision decisions deck decline dedicated dedication deeds deemed deep deeper deepest
deeply defeat defeated defend defending defies define defined defining definite definitely
definition definitive defy degree deleted deliberate deliberately delicate delicious deliciously
delight delighted delightful delightfully deliver delivered delivering delivers delivery
demanding demands demeanor demented demise demonic demonstrate demonstrated demonstrates
denouement deny denying departure depend depending depends depict depicted depicting depiction
depictions depicts depressed depressing depth depths deranged derivative derived describe
described describes describing description desert deserted deserve deserved deserves deserving
design designed designer designs desire desired desires desk despair desperate desperately
desperation despicable despise despite destined destiny destroy destroyed destroying destroys
destruction destructive detached detail detailed details determination determine determined
detract devastating develop developed developing development developments develops device
devices devoid devoted devotion dialog dialogs dialogue dialogues dictator did didn died dies
difference differences different differently difficult difficulties difficulty dig digging
digital dignity dilemma dim dimension dimensional diner dinner dire direct directed directing
direction directions directly director directorial directors directs dirt disabled disagree
disappear disappeared disappears disappoint disappointed disappointing disappointment
disappoints disaster disasters disastrous disbelief discipline discover discovered discovering
discovers discuss discussed discussing discussion disease disgrace disguise disguised disgust
disgusted disgusting disjointed dislike disliked dismal dismiss disorder display displayed
displaying displays disregard distance distant distinct distinction distinctive distinctly
distorted distract distracted distracting distraction distributed distribution disturbed
disturbing dive diverse diversity diving divorced do doctors document documentaries documentary
dodgy does doesn doing dollars domestic dominate dominated don done dont doomed door dopey dose
doses double doubt doubts down downbeat downhill downright downs dozen dozens drab drag dragged
dragging drags drain drama dramas dramatic dramatically drastically draw drawing drawings drawn
draws dread dreadful dreaming dreams dreamy dreary dreck dress dressed dresses dressing drift
drink drinking drinks drive drivel driven drives driving drop dropped dropping drops drove
drowned drowning drug drugged drugs drummer drunk drunken dry dub dubbed dubbing dubious due
dull dumb dumbest dump dumped duo duration during dust duty dying dynamic dynamics dysfunctional
each eager eagerly ear earlier earliest early earn earned earnest earns ears ease easier easily
easy eat eaten eating eats eccentric echo echoes economic economy edges edgy edit edited editing
editor educated education educational eerie effect effective effectively effects efficient
effort effortlessly efforts ego eight eighties either elaborate elder elderly elected electric
electricity elegant element elements elephants elevator eleven else elsewhere em embarrassed
embarrassing embarrassingly embarrassment embrace emerge emerges emotion emotional emotionally
emotions empathy emphasis emphasize employed employee employees empty en enchanting encounter
encountered encounters encourage encouraged encourages end endearing ended ending endings
endless endlessly ends endure enduring enemies energetic energy engage engaged engagement
engaging engineer engrossing enhance enhanced enigmatic enjoy enjoyable enjoyed enjoying
enjoyment enjoys enormous enormously enough ensemble ensue ensues ensure entered entering enters
entertain entertained entertaining entertainment entertains enthralling enthusiasm enthusiastic
entire entirely entirety entitled entrance entries entry environment epic epics episode episodes
epitome equal equally equipment equivalent era erotic error errors escape escaped escapes
escaping especially espionage esquire essence essential essentially establish established
establishing establishment estate estranged et etc ethnic even event events eventual eventually
ever every everybody everyday everyone everything everywhere evidence evident evidently evoke
evokes evolution ex exact exactly exaggerated examination examine example examples excellence
excellent excellently excels except exception exceptional exceptionally exceptions excess
excessive exchange excited excitement exciting exclusively excruciating excruciatingly excuse
excuses executed execution executives exercise exist existed existence existent existing exists
exit exotic expect expectation expectations expected expecting expects expedition expense
expensive experience experienced experiences experiencing experimental experiments expert
expertly explain explained explaining explains explanation explanations explicit explode
explodes exploding exploit exploitation exploitative exploited exploits exploration explore
explored explores exploring explosion explosions explosive expose exposed exposition exposure
expressed expresses expression expressions exquisite extended extensive extent exterior extra
extraordinarily extraordinary extreme extremely eyes fabric fabulous face faced faces facial
facility facing fact factor factors facts factual fade faded fades fail failed failing fails
failure failures faint fair fairly fairness faithful fake fall fallen falling falls false fame
famed familiar families family famous fan fanatic fancy fans fantasies fantastic fantasy far
farce fare fart fascinated fascinating fascination fashion fashioned fashions fast faster fatale
fate father fault faults faux favor favorite favorites favour favourite favourites fears feat
feature featured features featuring fed feeble feeding feel feeling feelings feels feet fell
fellow felt female females feminine feminist femme fence fest festivals fetched fetish few fewer
fiasco fictional fierce fiery fifteen fifty fight fighters fighting fights figure figured
figures file fill filled filler filling fills film filmed filming filmmaker filmmakers
filmmaking filmography films filthy final finale finally financial find finding finds fine
finely finest finger fingers finish finished finishes finishing fired fires firing firm firmly
first fishing fit fits fitting five fix fixed flag flair flamboyant flame flames flashback
flashbacks flashes flashing flashy flat flavor flaw flawed flawless flaws flesh fleshed flick
flicks flies flimsy flip floating floor flop flow flowing flows fluff fluid fly flying focus
focused focuses focusing fodder foil folk folks follow followed followers following follows fond
food fooled foolish footage football for forced forces forcing foreboding foreign foremost
forever forget forgets forgettable forgetting forgive forgiven forgiveness forgot forgotten form
format formed former forms formula formulaic forth forties fortunate fortunately fortune forty
forward fought foul found four fragile frame frames framing franchise frankly frantic fraud
freak freaked freaking freaky free frequent frequently fresh friend friendly friends friendship
fright frightened frightening from front frontal frozen frustrated frustrating frustration fuel
fulfill fulfilling full fully fun function functions fundamental funding funeral funky funnier
funniest funny fur furniture further fuss future futuristic gag gags gain gained gal gambling
game gang gangster gangsters gap gaps garage garbage gas gather gathered gathering gave gay gays
gear geek gem gems gender generally generate generated generation generations generic generous
genius genre genres gentle gently genuine genuinely gestures get gets getting ghastly ghetto
ghostly ghosts gift gifted gigantic gimmick girl girlfriend girlfriends girls give given gives
giving glad glamorous glance glaring glasses glimpse glimpses gloomy glorious glossy glow
glowing glued go goal goals goers goes going goings gone gonna good goodness goods goofy gore
gorgeous gory got gotta gotten government grab grabbed grabs gradually grainy grandfather
granted graphic graphics grasp grateful grating gratuitous gravity great greater greatest
greatly greatness greed grew grief grin gripping grisly gritty gross grossly grotesque ground
groundbreaking grounds group groups grow growing grown grows growth gruesome gruff guarantee
guaranteed guards guess guessed guessing guests guilt guilty guitar guns gusto gut guts guy guys
habit hack hackneyed had hadn hair haired hairy half halfway hallucinations ham hammy hand
handed handful handicapped handle handled handles handling hands handsome hang hanging hangs
hapless happen happened happening happenings happens happier happily happy hard hardcore
hardened harder hardly harm harmless harrowing harsh has hasn hate hated hateful hates hating
hatred hats haunt have haven having havoc he head headache headed heading heads healing health
healthy heap hear heard hearing hears heart heartbreaking hearted heartfelt heartless
heartwarming heavily heavy heck heels height heist held helicopter helmet help helped helpful
helping helpless helps hence henchman henchmen her herd here hero heroes heroic heroin heroine
herrings hers herself hide hideous hides hiding high highest highlight highlights highly
hilarious hilariously hilarity him himself hint hinted hints hip hippie hire hired hires his
historic historical historically history hit hits hitting hokey hold holding holds hole holes
homage home homeless homes hometown homicidal homosexual homosexuality honest honestly honesty
hook hooked hooker hoot hope hoped hopefully hopeless hopelessly hopes hoping horny horrendous
horrible horribly horrid horrific horrified horrifying horror horrors horses hospital host
hostage hostile hot hour hours household houses housewife how however http huge hugely huh human
humanity humans humble humor humorous humour hundred hundreds hungry hunted hurts husband
husbands hybrid hype hyped hyper hypnotic hysterical hysterically icon iconic icons icy idea
ideal idealistic ideals ideas identical identified identify identities identity idiot idiotic
idiots ie if ignorance ignorant ignore ignored ignores ignoring ill illegal illness illogical
illustrate image imagery images imaginable imaginary imagination imaginative imagine imagined
imagining imdb imitate imitating imitation immature immediate immediately immense immensely
immigrant immigrants immortal impending implausible implied implies imply importance important
importantly impossible impress impressed impression impressions impressive imprisoned improbable
improve improved improvement in inability inaccuracies inaccurate inadvertently inane
inappropriate incapable incest incestuous incident incidental incidentally incidents inclined
include included includes including inclusion incoherent incompetent incomprehensible
inconsistencies inconsistent incorrect increase increasing increasingly incredible incredibly
indeed independent indicate indication indie indifferent individual individuals inducing
indulgent industrial industry inept inevitable inevitably inexperienced inexplicable
inexplicably infamous infected inferior infinitely influence influenced influences influential
info inform information informative informed informs ing ingenious ingredients inhabit
inhabitants inherent initial initially injured injury injustice inmates inner innocence innocent
innovative ins insane insanity insert inserted inside insight insightful insights insipid insist
insists inspiration inspirational inspire inspired inspiring installment instance instances
instant instantly instead instincts institution insult insulting insults insurance intact
integrity intellectual intellectually intelligence intelligent intelligently intend intended
intense intensely intensity intent intention intentional intentionally inter interact
interaction interactions interest interested interesting interests interior interplay
interpretation interpretations interrupted interview interviewed interviews intimate into
intricate intrigue intrigued intriguing intro introduce introduced introduces introducing
introduction invented invention inventive invested investigate investigating investigation
investigator investment invite invited invites involve involved involvement involves involving
ironic ironically irony irrational irrelevant irritated irritating is ish isn isolated isolation
issue issues it item its itself jaded jail jarring jaw jealous jealousy jerky jewelry job jobs
join joined joining joins joint joke jokes joking journalist joy judged judgement judging
judgment jump jumped jumping jumps junk just justification justified justify juvenile keen keep
keeping keeps kept key keys kick kicked kicking kicks kid kidding kidnap kidnapped kidnapping
kidnaps kids killed killing killings kills kind kinda kindly kinds kissing kitchen knees knew
knife knock knocked knocking knocks know knowing knowledge known knows kudos label labeled labor
laced lack lacked lacking lackluster lacks laid lame landed landing landmark lands landscape
language languages large largely larger laser last lasted lasting lasts late lately later latest
latter laugh laughable laughably laughed laughing laughs laughter launch launched lavish lawn
laws lawyer lay layered layers laying lays lazy lead leader leaders leading leads leaps learn
learned learns least leather leave leaves leaving led left leg legal legendary legitimate legs
lend lends length lengthy lens less lesser lesson lessons let letdown lets letters letting level
levels liberties library license lie lies life lifeless lifestyle lift lifted lifts light
lighter lighthearted lighting lights likable like likeable liked likely likes likewise liking
limit limitations limited limits limp line linear liner liners lines lingering link linked lip
list listed listen listened listening lit literal literally literary literature little live
lived lively lives ll load loaded loads local locale locals locate located location locations
locked logic logical lol loneliness lonely loner long longer longest longing look looked looking
looks loose loosely lose loser losers loses losing loss lot lots loud lousy lovable love loved
lovely lover lovers loves loving low lower lowest loyal loyalty luck luckily lucky ludicrous
lunatic lunch lure lurid lurking lush lust luxury lying lyrics machines macho made madman
magazines magic magical magically magnificent maid main mainly mainstream maintain maintaining
maintains major majority make maker makers makes makeup making male males manage managed manager
manages managing manic manipulate manipulated manipulation manipulative mankind manner mannered
mannerisms mansion many map marked market marketing marks marriage married marries marry
marrying martial marvelous masked mass masses massive masterful masterfully mastermind
masterpiece masterpieces match matched matches material mates matter matters mature maturity
maximum may maybe mayhem me meal mean meandering meaning meaningful meaningless means meant
meantime measure mechanic mechanical media medical medicine medieval mediocre mediocrity medium
meet meeting meets mega melancholy melodrama melodramatic melt member members memorable memories
memory menacing mental mentality mentally mention mentioned mentioning mentions mentor mercy
mere merely merit merits mesmerizing mess message messages messed messy met metaphor methods mid
middle midget midst might mild mildly military milk mill millions mind minded mindless minds
mine mini minimal minimum miniseries minor mins minus minute minutes miraculously mirrors
miscast miserable miserably misery misfortune misguided misleading missed misses missile missing
mistake mistaken mistakes misunderstood mix mixed mixes mixing mixture mobster mock mocking mode
model models moderately modern modest moment moments momentum mon monastery money monks
monologue monologues monotonous montage month months mood moral morality morally morals morbid
more moron moronic morons most mostly mother mothers motion motions motivated motivation
motivations motive motives motorcycle mouth mouthed mouths move moved movement movements moves
movie movies moving much mud muddled multi multiple mundane murder murdered murderer murderers
murdering murderous murders murky music musical musicals musician musicians must mustache mute
mutual my myself mysterious mysteriously mystical myth mythical mythology nails naive name named
namely names narrated narration narrative narrator narrow nasty natives natural naturally nature
natured naughty nauseating near nearby nearest nearly neat neatly necessarily necessary
necessity neck need needed needing needless needlessly needs negative neglected neighbor
neighborhood neighbors neither nephew nerd nerdy nerve nerves nervous net networks neurotic
never nevertheless newcomer newer newly news newspaper next nice nicely niece nifty nightclub
nightmares nightmarish ninety no nobody nod noir noise noises nominated nomination nominations
non none nonetheless nonexistent nonsense nonsensical nor normal normally nose nostalgia
nostalgic not notable notably notch note noted noteworthy nothing notice noticeable noticed
notices noting notion notions novel novelist novels novelty now nowadays nowhere nt nuanced
nuances nuclear nude nudity number numbers numbing numerous nun nut nuts nutshell object
objective objects obligatory oblivion oblivious obnoxious obscure obscurity observation
observations observe observed obsessed obsession obsessive obstacles obtain obvious obviously
occasion occasional occasionally occasions occult occupied occur occurred occurs odd oddly odds
of off offbeat offend offended offense offensive offer offered offering offers officers official
officially officials offs often oil ok okay ol old older oldest olds ominous on once one ones
ongoing online only onto open opened opening openly opens operate operating operation opinion
opinions opportunities opportunity opposed opposite opposition optimism optimistic option or
ordeal order ordered orders ordinary organization organized oriented origin original originality
originally originals origins orphan other others otherwise ought our ourselves out outcome
outdated outfit outfits outing outlandish outlaw outline outrageous outrageously outright outs
outset outside outstanding over overacting overall overbearing overblown overcome overdone
overlong overlooked overly overrated overs overshadowed overtly overtones overwhelming
overwrought owes own owned owner owners owns pace paced pacing package packed packs pad padded
padding pages paid pain painful painfully pains paint painted painter painting paintings paints
pair paired pairing pale pals pans pants paper papers par paragraph parallel parallels paranoia
paranoid parent parents parking parodies parody part partially participants participate
particular particularly parties partly partner partners parts pass passable passed passengers
passes passing passion passionate past path pathetic pathos paths patience patient patients
patriotic pattern pause pay paycheck paying payoff pays peaceful peak peculiar pedestrian peers
pen penalty penned people per perceived percent perception perfect perfection perfectly perform
performance performances performed performer performers performing performs perhaps peril period
periods permanent person persona personal personalities personality personally persons
perspective perspectives perverse perverted petty phase phenomenal phenomenon philosophical
philosophy phone phones phony photo photograph photographed photographer photographs photography
photos phrase physical physically physics pick picked picking picks picture piece pieces pile
pilot pilots pin pistol pitched pitiful pity pivotal place placed placement places plague
plagued plain plane planes planned planning plans plant plastic plate platform plausible play
played player players playful playing plays playwright pleasant pleasantly please pleased
pleasing pleasure pleasures plenty plight plodding plot plots plotted plotting plug plus pocket
poem poet poetic poetry poignant point pointed pointing pointless points poker polar policeman
policemen policy polished political politically politician politicians politics pompous pool
poor poorly pop popcorn popped popping pops popular popularity populated population porn porno
pornographic pornography portion portions portrait portray portrayal portrayals portrayed
portraying portrays pose poses posing position positive positively possess possessed possesses
possession possibilities possibility possible possibly post posted poster posters pot potent
potential potentially pound poverty powered powerful practical practically practice praise
praised prank pray pre preaching preachy precious precise precisely predecessor predecessors
predict predictability predictable predictably predicted prefer preferred prefers pregnant
prejudices premiere premiered premise prepare prepared preparing preposterous prequel presence
present presentation presented presenting presents press pressed pressure presumably presume
pretend pretending pretends pretentious pretty prevent preview previews previous previously prey
priceless priest priests primarily primary primitive principals principles print prior prison
prisoners probably problem problems proceed proceedings proceeds process produce produced
producer producers produces producing product production products profanity profession
professional profile profit profound profoundly program programme programming programs progress
progressed progresses progression projects prolific prologue prolonged prominent promise
promised promises promising promote promoted promoting promptly prone proof prop propaganda
proper properly property proportions props prostitute prostitutes prostitution protagonist
protagonists protect protection protective protest proud proudly prove proved proves provide
provided provides providing proving provocative provoking pseudo psyche psychedelic psychiatrist
psychic psychological psychologist psychology psychopath psychotic pub public publicity
published pull pulled pulling pulls pun punch punches punishment puppets puppy purchase
purchased pure purely purpose purposes purse pursue pursued pursuing pursuit push pushed pushes
put puts putting puzzle puzzled quaint qualify qualities quality quarter quasi quest question
questionable questioning questions quick quickly quiet quietly quintessential quirks quirky quit
quite quote quotes race races racial racing racism racist radiation radical raging raid rainy
raise raised raises rambling rampant ran ranch random randomly range ranging rank ranks rant rap
rape raped rapes rapid rapidly rapist rare rarely rat rate rated rates rather rating ratings
ratio rational rats raunchy rave ravishing re reach reached reaches reaching react reaction
reactions read readers readily reading reads ready real realise realised realises realism
realistic realistically realities reality realization realize realized realizes realizing really
realm reason reasonable reasonably reasoning reasons rebellious rebels recall receive received
receives receiving recent recently reckless recognition recognizable recognize recognized
recommend recommendation recommended record recorded recording recover recurring recycled redeem
redeeming redneck reduced redundant refer reference references referred referring refers reflect
reflected reflection reflects refreshing refuse refused refuses regard regarded regarding
regardless regards regime register regret regular regularly rehash reject rejected rejects
relate related relates relating relation relations relationship relationships relative
relatively relatives relax relaxed relaxing release released releases releasing relentless
relentlessly relevance relevant reliable relief relies religion religious reluctant reluctantly
rely relying remade remain remainder remained remaining remains remake remakes remark remarkable
remarkably remarks remember remembered remembering remembers remind reminded reminder reminding
reminds reminiscent remote remotely remove removed rendered rendering rendition rent rental
rented renting repeat repeated repeatedly repeating repeats repetitive replace replaced
replacing replies reported reporter reports represent representation representative represented
representing represents repressed repulsive reputation require required requires rescue rescued
research resemblance resemble resembles resembling reserved residents resist resistance
resolution resolve resolved resort resources respect respectable respected respective
respectively respects respond responds response responsibility responsible rest restaurant
restored restrained result resulted resulting results resume retarded retired retirement
retrieve retro returned returning reunite reunited reveal revealed revealing reveals revelation
revenge reverse review reviewed reviewer reviewers reviewing reviews revival revolutionary
revolves revolving reward rewarded rewarding rhyme rich richly rid ridden ride rides ridiculous
ridiculously riding rifle right righteous rightly riot rip ripoff ripped ripping rips rise rises
risk ritual rival rivalry rivals riveting robbed robbers robbery robbing robotic robots rockets
rocks rogue role roles rolled roller romance romances romantic romp roof room roommate rooms
rooting roots rope rotten rotting rough roughly round rounded rounds rousing route routine
routines rubber rubbish rude ruin ruined ruining ruins ruled run running runs rural rushed
ruthless sack sacrifice sacrifices sad sadistic sadly sadness safe safely safety said sailor
sake sale sales salesman salvage same sane sanity sappy sarcasm sarcastic sat satire satirical
satisfaction satisfactory satisfied satisfy satisfying save saved saves saw say saying says
scale scandal scare scared scares scarier scariest scary scattered scenario scenarios scene
scenery scenes schedule scheme scheming schlock school schools scientific scientist scientists
scope score scored scores scratch scratching screaming screams screen screened screening
screenplay screenplays screens screenwriter screenwriters screw screwball screwed script
scripted scripting scripts scriptwriter se search searched searching seasoned seasons seat seats
second secondary seconds secretly secrets section sections secure security seduce seductive see
seedy seeing seek seeking seeks seem seemed seeming seemingly seems seen sees segment segments
seldom selected selection self selfish sell selling sells semblance semi send sending sends
sensation sensational sense senseless senses sensibilities sensible sensitive sensitivity
sensual sent sentence sentences sentiment sentimental sentimentality separate separated sequel
sequels sequence sequences serial serials series serious seriously seriousness servant servants
serve served serves serving session set sets setting settings settle settled setup several
severe severely sex sexist sexual sexuality sexually sexy sh shades shadows shady shake shaking
shaky shallow shame shameful shameless shape shaped share shared shares sharing sharp she shed
sheep sheer shelf shelter shelves shift shifts shine shines ship ships shirt shirts shock
shocked shocker shocking shockingly shocks shoddy shoot shooting shootout shoots shopping short
shortcomings shorter shortly shorts shot shotgun shots should shoulder shoulders shouldn shout
shouting shoved show showcase showcases showdown showed shower showing shown shows shred shrill
shy sibling siblings sick sickening sickness side sided sidekick sides sight sights sign
signature signed significance significant significantly signs silent silliness silly similar
similarities similarity similarly simple simpler simplicity simplistic simply simultaneously
since sincere sincerely sincerity sing singer singers singing single sings sinister sink sinking
sinks sins sister sit sitcom sitcoms site sites sits sitting situation situations six size sized
skeptical sketch sketches skill skilled skills skin skinny skit skits slap slapped slapstick
slash slasher slashers slaughtered slave slavery slaves sleaze sleazy sleep sleeping sleeps
slept slice slick slide slight slightest slightly slimy slip slips sloppy slow slower slowly
slut small smaller smart smash smell smile smiles smiling smoke smoking smug sneak snuff so soap
sober soccer social socially society soft sold soldiers sole solely solid solution solve solved
some somebody someday somehow someone something somethings sometime sometimes somewhat somewhere
son song songs soon sooner sophisticated sophistication sore sorely sorrow sorry sort sorts
sought soul sound sounded sounding sounds soundtrack sour source sources spaceship span spare
speak speaking speaks special specially specific specifically spectacle spectacular speech
speeches spell spelled spells spend spending spends spent spies spin spine spiral spiritual
spite splendid split spoil spoiled spoiling spoke spoken spontaneous spoof spoofs spooky sport
sporting sports spot spotlight spots spotted spread spree stab stabbed stabbing stabs staff
stage staged stages staging stairs stake stale stalked stalking stance stand standard standards
standing standout standpoint stands stardom stare stares staring stark starred starring stars
start started starters starting startling starts stated statement statements static stating
station stations statue status stay stayed staying stays steady steal stealing steals steam
steaming steer stellar step stepmother steps stereotype stereotyped stereotypes stereotypical
stick sticking sticks stiff still stilted stink stinker stinks stirring stock stolen stomach
stoned stood stop stopped stopping stops store stores stories story storyline storytelling
straight straightforward strained stranded strange strangely strangers stream strength strengths
stress stretch stretched stricken strict strictly strike striking string stripper stroke strong
stronger strongest strongly struck structure structured struggle struggles struggling strung
stuck student students studied studio study studying stuff stuffed stumble stumbled stumbles
stunned stunning stunningly stunt stunts stupid stupidity style styles stylish stylized suave
sub subdued subject subjected subjects sublime submarine subplot subplots subsequent
subsequently substance substantial substitute subtext subtitles subtle subtlety subtly suburban
subway succeed succeeded succeeds success successful successfully succession such suck sucked
sucker sucking sucks sudden suddenly suffer suffered suffering suffers suffice sufficient
suggest suggested suggesting suggestion suggests suicide suitable suitably suited suits sum
summary summed sums sung sunk superb superbly superficial superfluous superior supermarket
supernatural supply support supported supporting supportive suppose supposed supposedly sure
surely surface surfing surgery surprise surprised surprises surprising surprisingly surreal
surrounded surrounding surroundings survival survive survived survives surviving suspect
suspected suspend suspense suspenseful suspension suspicion suspicious sustain swallow swear
swearing sweat sweeping sweet swept swimming swinging switch switched switches switching symbol
symbolic symbolism symbols sympathetic sympathize sympathy sync synopsis system systems table
tables taboo tacked tackle tacky tactics tad take taken takes taking tale talent talented
talents talk talked talking talks talky tame tape taped target targeted targets task taste
tasteless tastes taught taut tax tea teach teacher teachers teaches teaching team teams tear
tears tech technical technically technique techniques technology tedious tedium teen teenage
teenager teenagers teens teeth television tell telling tells temper tempted ten tend tended
tendency tender tends tense tension term terms terrible terribly terrific terrified terrifying
territory terrorism terrorist terrorists testing text than thank thankfully thanks that thats
the theaters theatres theatrical their them theme themed themes themselves then theories theory
therapy there thereby therefore thereof these they thick thieves thing things think thinking
thinks third thirds thirty this tho thoroughly those though thought thoughtful thoughts thousand
thousands thread threads threat threatened threatening threatens three threw thrill thrilled
thriller thrillers thrilling thrills throat throats through throughout throw throwing thrown
throws thru thrust thug thugs thumb thumbs thus ticket tickets tie tied tight tightly till time
timed timeless times timing tip tire tired tiresome title titled titles tits titular to today
todays toe together toilet token told tolerable tolerance tolerate ton toned tones tongue tons
too took tool tools top topic topics topless tops torment tormented torn torture tortured
torturing tossed total totally touch touched touches touching tough tour tourist toward towards
town towns toys trace track tracking tracks trademark tradition traditional traditions tragedy
tragic trailer train trained training traits transfer transformation transformed transforms
transition translate translated transparent transplant transport transported trapped traps trash
trashy trauma traumatic travel traveled traveling travels travesty treat treated treatment
treats trees tremendous tremendously trend trial trials triangle tribe tribute trick tricked
tricks tried tries trigger trio trip tripe trite triumph trivial troops trouble troubled
troubles truck true truly trust trusted truth truths try trying tune tuned turd turmoil turn
turned turning turns turtle tv twenty twice twins twist twisted twists two type types typical
typically ugly ultimate ultimately ultra un unable unanswered unappealing unattractive unaware
unbearable unbelievable unbelievably uncanny uncertain unclear uncomfortable unconscious
unconventional unconvincing uncredited uncut undead undeniably under undercover underdeveloped
underlying underneath underrated understand understandable understanding understands understated
understatement understood underwater underwear undoubtedly uneasy uneven unexpected unexpectedly
unexplained unfair unfamiliar unfold unfolding unfolds unforgettable unfortunate unfortunately
unfunny unhappy uniform uniformly uniforms unimaginative uninspired uninspiring unintentional
unintentionally uninteresting unique unknown unless unlikable unlike unlikeable unlikely
unnatural unnecessarily unnecessary unnerving unoriginal unpleasant unpredictable unravel unreal
unrealistic unrelated unsatisfying unsettling unstable unsure unsuspecting unsympathetic until
unusual unusually unwatchable unwilling up upbeat upbringing upcoming update updated uplifting
upon upper ups upset upside upstairs uptight urge urgency us use used useful useless user users
uses using usual usually utter utterly vague vaguely vain valid valuable value values vapid
variation varied variety various varying vast vastly ve vehicle vehicles vein vengeance venture
verbal verge versa version versions very vet veteran veterans via vibe vibrant vicious victim
victims victory video videos view viewed viewer viewers viewing viewings viewpoint views
vigilante vignettes vile villain villainous villains vintage violence violent violently
virginity virtual virtually virtue virus visceral visible vision visions visit visited visiting
visits visual visually visuals vital vivid vividly vocal voice voiced voices void vomit vote
voted votes vulgar vulnerable wacky wait waited waiting waitress wake wakes walk walked walking
walks wall walls wander wandering wanders wanna wannabe want wanted wanting wants wardrobe
warehouse warm warming warmth warn warned warning warns warrant wartime was wash washed wasn
waste wasted wastes wasting watch watchable watched watcher watches watching water way ways we
weak weaker weakest weakness weaknesses wealth wealthy weapons wear wearing wears weary weather
web website week weekly weeks weight weird weirdness welcome well went were weren wet what
whatever whats whatsoever wheel wheelchair when whenever where whereas wherever whether which
while whilst whimsical whining whiny who whoever whole wholesome wholly whom whose why wicked
wide widely wider widow widowed widower wielding wife wig wilderness wildly will willing
willingly win window windows winds winners winning wins wiped wisdom wise wisely wish wished
wishes wishing wit witches with within without witness witnessed witnesses witnessing witted
witty woefully woman women won wonder wondered wonderful wonderfully wondering wonders wont
wooden word words wore work worked worker workers working works worm worn worried worry worrying
worse worship worst worth worthless worthwhile worthy would wouldn wound wounded wounds wrap
wrapped wreck wrenching wrestler wretched write writer writers writes writing written wrong
wrongly wrote www ya yarn yawn yeah year years yell yelling yells yes yesterday yet you young
younger youngest youngsters your yours yourself youth youthful zoom
""".split()
)
