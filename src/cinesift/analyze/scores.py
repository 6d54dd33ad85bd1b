"""Explicit score extraction: every rating a text states, normalised to 0-100, and whose it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cinesift.model import Score, Span

__all__ = [
    "LETTER_GRADES",
    "choose_review_score",
    "classify_label",
    "comment_score",
    "find_scores",
    "review_part",
]

# Metacritic's conversion table, so letter grades sit on the same 0-100 axis as fractions.
LETTER_GRADES: dict[str, float] = {
    "A+": 100,
    "A": 100,
    "A-": 91,
    "B+": 83,
    "B": 75,
    "B-": 67,
    "C+": 58,
    "C": 50,
    "C-": 42,
    "D+": 33,
    "D": 25,
    "D-": 16,
    "F": 0,
}

_WORD_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "hundred": 100,
    "a hundred": 100,
}

# Labels that name the reviewer's overall verdict; anything else labelled is a sub-score.
_OVERALL_WORDS = (
    r"rating|ratings|score|verdict|grade|vote|mark|overall|total|final|bottom\s+line|tl;?\s*dr"
    r"|conclusion|summary|in\s+short|in\s+a\s+nutshell|report\s+card|review|rated"
)
_OVERALL_LABEL = re.compile(
    rf"(?i)(?:^|[\s|(\[*•-])(?:(?:my|our|the|final|overall|total|personal|official)\s+){{0,3}}"
    rf"(?:{_OVERALL_WORDS})$"
)
_MY_LABEL = re.compile(
    r"(?i)\b(?:my|our)\s+(?:final\s+|overall\s+)?(?:rating|score|grade|vote|verdict)\b[^.!?\n]{0,40}$"
)
# Aspect names a reviewer scores separately; the key is the normalised label.
_ASPECTS = {
    "acting": "acting",
    "performances": "acting",
    "performance": "acting",
    "cast": "acting",
    "story": "story",
    "plot": "story",
    "script": "script",
    "screenplay": "script",
    "writing": "script",
    "dialogue": "script",
    "direction": "direction",
    "directing": "direction",
    "director": "direction",
    "cinematography": "visuals",
    "visuals": "visuals",
    "visual effects": "effects",
    "effects": "effects",
    "special effects": "effects",
    "sfx": "effects",
    "vfx": "effects",
    "cg": "effects",
    "cgi": "effects",
    "music": "music",
    "soundtrack": "music",
    "sound": "sound",
    "editing": "editing",
    "pacing": "pacing",
    "characters": "characters",
    "characterisation": "characters",
    "characterization": "characters",
    "action": "action",
    "humor": "humor",
    "humour": "humor",
    "comedy": "humor",
    "romance": "romance",
    "horror": "horror",
    "scares": "horror",
    "gore": "gore",
    "suspense": "suspense",
    "atmosphere": "atmosphere",
    "production": "production",
    "production values": "production",
    "production design": "production",
    "costumes": "production",
    "animation": "visuals",
    "entertainment": "entertainment",
    "entertainment value": "entertainment",
    "fun": "entertainment",
    "fun factor": "entertainment",
    "rewatchability": "rewatchability",
    "rewatch value": "rewatchability",
    "re-watchability": "rewatchability",
    "replay value": "rewatchability",
    "emotion": "emotion",
    "emotional impact": "emotion",
    "originality": "originality",
    "ending": "ending",
    "villain": "villain",
    "eye candy": "eye candy",
    "sex": "sex",
    "nudity": "nudity",
    "violence": "violence",
}
_ASPECT_LABEL = re.compile(
    r"(?i)(?:^|[\s|(\[*•,;.-])("
    + "|".join(sorted((re.escape(a) for a in _ASPECTS), key=len, reverse=True))
    + r")$"
)

_NUM_DIGIT = r"\d{1,3}(?:[.,]\d{1,2})?"
_HALF = r"(?:\s*½|\s+1/2|\s+and\s+a\s+half)"
_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_NUM = rf"(?:{_NUM_DIGIT}{_HALF}?|½|{_WORD}{_HALF}?|half\s+a|a\s+half)"
_DEN = r"(?:100|10|5|4|ten|five|four|a\s+hundred|hundred)"
_FULL_GLYPHS = "★✭✮✯⭐✪"
_EMPTY_GLYPHS = "☆✩✰"
_GRADE = r"[A-DF][+\-−]?"

_SLASH = re.compile(
    rf"(?P<num>{_NUM_DIGIT}(?:[ \t]*½)?)(?:[ \t]*-[ \t]*(?P<num2>{_NUM_DIGIT}))?[ \t]*/[ \t]*"
    r"(?P<den>100|10|5|4)(?![\w/]|[.,:]\d)(?P<unit>\s*stars?\b)?"
)
_OUT_OF = re.compile(
    rf"(?i)(?P<num>{_NUM})[ \t]*(?P<unit>(?:-[ \t]*)?stars?[ \t]*)?\(?[ \t]*"
    r"(?P<of>out\s+of|outta|of)[ \t]+"
    rf"(?:a\s+(?:possible|maximum|max)\s+(?:of\s+)?)?(?P<den>{_DEN}\b|\*{{1,5}}|[{_FULL_GLYPHS}]{{1,5}})"
    r"(?:\s*\))?(?P<unit2>\s*stars?\b)?"
)
_STARS = re.compile(rf"(?i)(?P<num>{_NUM})\s*(?P<hyphen>-\s*)?(?P<unit>stars?)\b")
_GLYPHS = re.compile(
    rf"(?=[{_FULL_GLYPHS}{_EMPTY_GLYPHS}])(?P<full>[{_FULL_GLYPHS}]*)(?P<half>½|\s?1/2)?"
    rf"(?P<empty>[{_EMPTY_GLYPHS}]*)"
    rf"(?:\s*\(?\s*(?:out\s+of|of|/)\s*(?P<den>[45]\b|10\b|(?i:four|five|ten)\b|"
    rf"[{_FULL_GLYPHS}{_EMPTY_GLYPHS}]{{4,10}})\s*\)?)?"
)
_ASTERISKS = re.compile(
    r"(?<![\w*])(?P<full>\*{1,5})(?P<half>\s*½|\s*1/2)?"
    r"(?:\s*\(?\s*(?:out\s+of|of|/|from)\s*(?P<den>\*{1,5}|[45]\b|(?i:four|five)\b)\)?)?(?![\w*])"
)
# A grade token, then (looking back from it) the label that names it.
_GRADE_TOKEN = re.compile(rf"(?<![\w+\-−])(?P<grade>{_GRADE})(?![\w+\-−])(?!\s+[a-z])")
_GRADE_WORDS = re.compile(r"(?i)grade|rating|overall|score|verdict|mark|final|total|review|my\b")
_GRADE_LABEL = re.compile(
    r"(?P<label>[A-Za-z][\w' ]{0,30}?)(?P<sep>\s*(?::\s*|\s+[–—-]\s+|(?i:\s+is\s+)|\s+))$"
)
_VERB_GRADE = re.compile(
    r"(?i:\b(?:give|gives|giving|rate|rating|grade|grading|gets?|earns?|deserves?)\s+"
    r"(?:it|this(?:\s+(?:one|film|movie))?)?\s*(?:an?\s+)?"
    r"(?:(?:solid|strong|weak|low|high|generous|firm|clear|very|easy|respectable)\s+)?)"
    rf"(?P<grade>{_GRADE})(?![\w+\-−])(?=\s*[.!,;]|\s*$|\s+(?i:from|for)\s+me\b)"
)
_FOR_ME_GRADE = re.compile(rf"(?<![\w-])(?P<grade>{_GRADE})(?![\w+\-−])(?=\s+(?:for|from)\s+me\b)")
_CLOSING_GRADE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))[ \t]*\(?(?P<grade>{_GRADE})\)?[ \t]*[.!]?[ \t]*$", re.M
)
_SCALED_LABEL = re.compile(
    r"(?i)(?P<label>rating|score|grade|verdict|overall|mark)\s*\(\s*(?:out\s+of|/)\s*"
    r"(?P<den>100|10|5|4)\s*\)\s*[:=–—-]?\s*(?P<num>\d{1,3}(?:[.,]\d{1,2})?)(?![\d/]|[.,]\d)"
)
_PERCENT = re.compile(
    r"(?i)(?P<label>(?:(?:my|our|final|overall|total)\s+){0,2}(?:score|rating|verdict|grade))"
    r"\s*[:=–—-]\s*(?P<num>\d{1,3}(?:\.\d)?)\s*%"
)

# Words that may follow a score without making it a count ("8/10 from me", "4/5 stars").
_RATED_THINGS = frozenset(
    "film movie flick picture rating review show series effort performance experience".split()
)
_FOLLOW_OK = frozenset(
    """stars star from for would and but is was it its it's at on overall though maybe
    really still even so too then with without me easily tops max maximum at best at most
    plus minus if because as in this that which yes definitely only just all round or
    possible points point rating score verdict grade out of again wow""".split()
)
# Sentences that mention another rater: the number there is someone else's verdict.
_OTHER_RATER = re.compile(
    r"(?i)\b(?:imdb|ebert|siskel|maltin|kael|critics?|critic's|rotten\s+tomatoes|tomatometer|"
    r"metacritic|metascore|letterboxd|cinemascore|users?|voters?|votes|readers?|"
    r"average\s+(?:user\s+)?(?:rating|score|of)|(?:was|were|is|been|being)\s+(?:given|rated|awarded)|"
    r"readers'|audiences?|viewers|reviewers|colleague|variety|empire|guardian|herald|"
    r"(?:new\s+york|la|l\.a\.|financial|sunday|the)\s+times|"
    r"telegraph|daily\s+mail|newspaper|magazine|rolling\s+stone|new\s+york\s+times|nyt|"
    r"washington\s+post|hollywood\s+reporter|indiewire|vulture|new\s+yorker|total\s+film|"
    r"sight\s+and\s+sound|av\s+club|ign|collider|evening\s+standard|"
    r"time\s+out|little\s+white\s+lies|kermode|bradshaw|travers|people\s+(?:keep|say|gave|give|rate)|"
    r"(?:everyone|everybody|anyone|anybody|someone|somebody|nobody)\s+(?:\w+\s+){0,2}"
    r"(?:give|gives|gave|rate|rates|rated|vote|votes|voted|thinks?|says?|said)|"
    r"they\s+(?:all\s+)?(?:give|gave|rate|rated)|others|other\s+people|majority|"
    r"you\s+people|you\s+guys|people\s+(?:could|would|might|think|thought|say|said|keep|gave|"
    r"give|giving|rate|rated|rating|voted|who)|\d+\s*%\s+of|commenters?|posters?|reviewer|"
    r"most\s+people|consensus|aggregate|"
    r"based\s+on\s+\d)\b"
)
_FILM_SUBJECT = re.compile(
    r"(?i)^\W*(?:overall,?\s+|so\s+|all\s+in\s+all,?\s+)?(?:it|this|that|the\s+(?:film|movie|show)|"
    r"this\s+(?:one|film|movie|show|version|episode))\s*$"
)
_OTHER_RATER_AFTER = re.compile(
    r"(?i)\W{0,3}(?:(?:on|at|from|by|according\s+to|among|with|per)\s+(?:the\s+)?(?:imdb|rotten|"
    r"metacritic|letterboxd|amazon|google|netflix|goodreads|critics|users|readers|viewers|"
    r"audiences?|voters|\d)|\(?\s*(?:imdb|rt|"
    r"metacritic|letterboxd)\b|\(?based\s+on\s+\d|\(?\d[\d,.]*\s*(?:votes|ratings|reviews)\b)"
)
_OWN_RATING = re.compile(r"(?i)\b(?:my|i\s+(?:give|gave|rate|rated|vote|voted))\b")
# Openers that are not a subject: "Overall, give it 7/10", "So yeah, I gave it".
_FILLER = re.compile(
    r"(?i)\b(?:overall|so|yeah|well|ok|okay|anyway|honestly|all\s+in\s+all|in\s+all|in\s+the\s+end|"
    r"in\s+short|and|then|just|still|would|will|should|can|definitely|probably|easily)\b"
)
_SUBJECT_I = re.compile(r"(?i)\b(?:i|i'd|i'm|i've|i'll|we|we'd|we've|we're|and\s+me|me\s+and)\b")
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'd|i'm|i've|i'll|my|me|we|our)\b")
_THIRD_PERSON_VERB = re.compile(
    r"(?i)\b(?:gave|gives|rated|rates|awarded|awards|called|calls|voted|votes|scored|scores|"
    r"saying|says)\b"
)
_HYPOTHETICAL = re.compile(
    r"(?i)(?:\b(?:would|could|should|might|may)(?:n't|\s+not)?(?:\s+\w+){0,2}\s+(?:have|of)\b"
    r"[^.!?\n]{0,40}"
    r"|\b(?:negative|minus)\s+|(?<=[ \t])-"
    r"|\b(?:potential|potentially|would-be|from\s+being|instead\s+of|rather\s+than)\s+(?:an?\s+)?"
    r"|\b(?:if|unless|whether|wonder|asking|ask\s+me|between)\b[^.!?\n,]{0,50}"
    r"|\bin\s+an?\s+(?:perfect|better|different|ideal)\s+world\b[^.!?\n]{0,50}"
    r"|\b(?:below|above|under|over|beneath|at\s+least|at\s+most|(?<!no\s)(?<!nothing\s)(?:more|less|higher|lower)\s+than)"
    r"\s+(?:an?\s+)?"
    r"|\b(?:it|this|film|movie|show|series)\s+(?:currently\s+|only\s+|still\s+)?"
    r"(?:has|had|holds|held)\s+(?:currently\s+|only\s+|still\s+)?(?:got\s+)?(?:an?\s+)?"
    r"(?:meagre|meager|measly|mere|low|high|current|average|overall|paltry|dismal|poor|lowly|"
    r"respectable|decent|solid|whopping)?\s*"
    r"|\b(?:not|isn't|wasn't|ain't|no|never|far\s+from|hardly|(?<!no\smore\s)(?<!no\sless\s)than|nor|neither)\s+"
    r"(?:even\s+|quite\s+|exactly\s+|really\s+)?(?:an?\s+)?|\bor\s+an?\s+)$"
)
_OTHER_FILM = re.compile(
    r"(?i)\b(?:unlike|compared\s+(?:to|with)|(?:which|that)\s+(?:i|we)\s+(?:gave|rated|scored)"
    r"|(?:gave|rated|scored)\s+(?:the|his|her|their|its)\s+(?:first|last|previous|original|earlier|"
    r"prior|other|next|book's|director's)\b"
    r"|(?:the|his|her|their|its|director's|book's)\s+(?:first|last|previous|original|earlier|prior|"
    r"other|next)\s+(?:one|film|movie|entry|adaptation|installment|instalment|part|outing|effort)"
    r"|\bthe\s+original\s+(?:was|is|got|gets|had|earned)|back\s+in\s+\d{4}|years\s+ago"
    r"|\bfirst\s+(?:rated|gave|scored)|previously\s+reviewed"
    r"|(?:rated|gave|give|scored)\s+(?:that|the\s+other)\s+one)\b"
)
_IN_STORY = re.compile(
    r"(?i)\b(?:exams?|tests?|quiz|homework|spelling\s+bee|maths?\s+(?:test|paper)|bowling|darts|"
    r"gymnast\w*|judges?|judging|scorecards?|contestants?|diving|dive|figure\s+skating|"
    r"talent\s+show|competition|tournament|match|game\s+show)\b"
)
_EARLIER_AFTER = re.compile(
    r"(?i)[^.!?;\n]{0,30}?\b(?:years\s+ago|last\s+(?:year|month|time)|back\s+in\s+\d{4}|in\s+(?:19|20)\d\d"
    r"|the\s+first\s+time\s+(?:round|around|i\s+saw)|at\s+the\s+time)\b"
)
_NOT_A_SCORE_BEFORE = re.compile(
    r"(?i)(?:\b(?:episode|episodes|ep\.?|part|chapter|season|series|disc|disk|volume|vol\.?|page|"
    r"no\.?|number|top|rank|ranked|track|round|step|game|day|week|book|issue|act|reel|"
    r"scene|aged?|ages|size|gauge|ratio)|#)\s*$"
)
_DATE_BEFORE = re.compile(
    r"(?i)\b(?:on|since|until|till|by|from|dated|released|release|opens?|opening|aired|airs|"
    r"date|posted|updated?|published|premieres?|premiered|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\s*\(?$"
)
_COUNT_NOUNS = frozenset(
    """people persons friends viewers critics times movies films cases kids children women men
    americans dentists doctors cats dogs users reviewers episodes scenes songs shows jokes
    minutes hours days weeks years nominations awards categories votes students customers""".split()
)
_RATING_VERB = re.compile(
    r"(?i)\b(?:give|gives|gave|giving|rate|rated|rating|score|scored|grade|graded|vote|voted|"
    r"deserves?|earns?|earned|gets?|got|award|awarded|worth|put\s+it\s+at|i'd\s+say|call\s+it|"
    r"comes\s+in\s+at|my|for\s+me|from\s+me)\b"
)
# A reader-comment thread, a reader-rating box or a list of other reviews begins here: scores
# below this line belong to someone else (or to another film).
_THREAD_START = re.compile(
    r"(?im)^[ \t]*(?:\d+\s+(?:comments?|responses?|replies|thoughts|reviews)\b.*"
    r"|(?:reader|user|audience|member)s?'?\s+(?:reviews?|ratings?|comments?)\b.*"
    r"|(?:comments?|responses?|replies)\s*(?:\(\d+\))?\s*:?|leave\s+a\s+(?:reply|comment)\b.*|what\s+did\s+you\s+think\b.*"
    r"|rate\s+(?:it|this)\b.*|related\s+(?:reviews|posts|articles)\b.*|recent\s+(?:posts|reviews)\b.*"
    r"|you\s+may\s+also\s+like\b.*|more\s+reviews\b.*|also\s+reviewed\b.*"
    r"|responses?\s+to\s+.*|\d+\s+thoughts\s+on\b.*|discussion\s*(?:\(\d+\))?:?"
    r"|(?:join|start)\s+the\s+(?:discussion|conversation)\b.*|(?:add|post|leave)\s+a\s+comment\b.*"
    r"|[^\n]{1,40}?\s+(?:says|said|wrote)\s*:.*|reply|(?:post\s+|reply\s+)?#\s?(?:[2-9]|\d{2,}))$"
)


@dataclass(frozen=True)
class _Candidate:
    """A score found in a text plus the cues the chooser weighs."""

    score: Score
    start: int
    end: int
    labelled: bool = False
    strength: int = 0
    rejected: bool = (
        False  # kept while overlaps are resolved, so "than 4 out of 4 stars" hides "4 stars"
    )


def review_part(text: str) -> str:
    """The text before the first reader-comment or related-reviews marker: the reviewer's part."""
    m = _THREAD_START.search(text)
    return text[: m.start()] if m else text


def find_scores(text: str, field: str = "body") -> list[Score]:
    """Every explicit score candidate in `text`, in reading order, with its evidence span."""
    return [c.score for c in _candidates(text, field)]


def choose_review_score(
    body: str, title: str | None, markup: list[Score]
) -> tuple[Score | None, list[Score]]:
    """The reviewer's overall score (or None) and the labelled sub-scores (aspect scores).

    Order of trust: an explicitly labelled overall score in the text, then the page's
    structured review rating, then markup stars, then the strongest unlabelled score (title,
    closing lines, rating verbs). With sub-scores but no overall, no overall is invented.
    """
    own = review_part(body)
    body_cands = _candidates(own, "body")
    title_cands = _candidates(title, "title") if title else []
    subs = [c.score for c in body_cands if c.score.label not in (None, "overall")]
    subs += [s for s in markup if s.label not in (None, "overall", "review", "audience", "markup")]

    overall = [c for c in body_cands if c.score.label == "overall"]
    if overall:
        # "Rating: 3/10 (Grade: F)": one verdict written twice on a line; the first is primary
        line_start = _line_start(own, overall[-1].start)
        return next(c for c in overall if c.start >= line_start).score, subs
    titled = [c for c in title_cands if c.score.label == "overall"]
    if titled:
        return titled[0].score, subs
    for label in ("overall", "review"):
        picked = [s for s in markup if s.label == label]
        if picked:
            return picked[0], subs
    stars = [s for s in markup if s.label == "markup"]
    if stars and len({round(s.normalized) for s in stars}) == 1:
        return stars[0], subs

    loose = [c for c in body_cands + title_cands if c.score.label is None]
    if subs:
        # Sub-scores without an overall: only a verdict on its own line right after (or right
        # before) the scorecard counts as the overall one.
        sub_cands = [c for c in body_cands if c.score.label not in (None, "overall")]
        first_sub = min((c.start for c in sub_cands), default=0)
        last_sub = max((c.end for c in sub_cands), default=0)
        loose = [
            c
            for c in loose
            if _in_field(c, "body")
            and c.strength >= 3
            and (
                c.start > last_sub
                or (own.count("\n", c.end, first_sub) <= 2 and _alone_on_line(own, c))
            )
        ]
    if not loose:
        return None, subs
    last_in_body = max((c.start for c in loose if _in_field(c, "body")), default=-1)

    def weight(c: _Candidate) -> tuple[int, bool, int]:
        closing = 2 if c.start == last_in_body else 0  # the last word on the film is the verdict
        return (c.strength + closing, _in_field(c, "title"), c.start)

    best = max(loose, key=weight)
    return best.score, subs


def _alone_on_line(text: str, cand: _Candidate) -> bool:
    line = text[_line_start(text, cand.start) : _line_end(text, cand.end)]
    return line.strip(" \t*_-–—()[]") == text[cand.start : cand.end]


def _in_field(cand: _Candidate, field: str) -> bool:
    return cand.score.evidence is not None and cand.score.evidence.field == field


def comment_score(text: str, field: str) -> Score | None:
    """The score a reader comment states for the film, or None."""
    cands = [c for c in _candidates(text, field) if c.score.label in (None, "overall")]
    if not cands:
        return None
    labelled = [c for c in cands if c.labelled]
    if labelled:
        return labelled[-1].score
    return max(cands, key=lambda c: (c.strength, c.start)).score


# --- candidate finding -------------------------------------------------------------------


def _candidates(text: str, field: str) -> list[_Candidate]:
    if not text:
        return []
    found: list[_Candidate] = []
    for finder in (
        _scaled_label_scores,
        _percent_scores,
        _letter_scores,
        _slash_scores,
        _out_of_scores,
        _star_word_scores,
        _glyph_scores,
        _asterisk_scores,
    ):
        found.extend(finder(text, field))
    # Longest match wins where two readings overlap ("4/5 stars" over "5 stars").
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for cand in found:
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    kept = _drop_lists(text, [c for c in kept if not c.rejected])
    labelled = [_with_label(text, c, kept[i - 1].end if i else 0) for i, c in enumerate(kept)]
    return _scorecard(text, labelled)


def _scorecard(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Name the rows of a scorecard: "Chemistry: 8/10" beside "Acting: 9/10" is an aspect too."""
    generic: dict[int, str] = {}
    for i, cand in enumerate(cands):
        if cand.score.label is not None:
            continue
        line_start = _line_start(text, cand.start)
        prev_end = max(line_start, min(cands[i - 1].end, cand.start)) if i else line_start
        m = _GENERIC_LABEL.search(text[prev_end : cand.start])
        if m and len(m.group(1).split()) <= 4:
            generic[i] = m.group(1).strip().lower()
    rows = len(generic) + sum(1 for c in cands if c.score.label not in (None, "overall"))
    if rows < 2:
        return cands
    return [
        replace(c, score=replace(c.score, label=generic[i]), labelled=True) if i in generic else c
        for i, c in enumerate(cands)
    ]


def _make(
    text: str,
    start: int,
    end: int,
    value: float,
    scale: int | str,
    field: str,
    normalized: float | None = None,
) -> _Candidate | None:
    raw = text[start:end].strip()
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    start += lead
    end = start + len(raw)
    if normalized is None:
        if not isinstance(scale, int | float) or value < 0 or value > scale:
            return None
        normalized = 100.0 * value / scale
    return _Candidate(
        Score(raw=raw, normalized=float(normalized), scale=scale, evidence=Span(start, end, field)),
        start,
        end,
    )


def _parse_number(token: str) -> float | None:
    token = re.sub(r"\s+", " ", token.strip().lower())
    half = 0.0
    for tail in (" and a half", " 1/2", "½"):
        if token.endswith(tail):
            token = token[: -len(tail)].strip()
            half = 0.5
            break
    if token in ("", "half a", "a half"):
        return half or 0.5
    if token in _WORD_NUMBERS:
        return _WORD_NUMBERS[token] + half
    try:
        return float(token.replace(",", ".")) + half
    except ValueError:
        return None


def _parse_den(token: str) -> int | None:
    token = re.sub(r"\s+", " ", token.strip().lower())
    if set(token) <= set("*" + _FULL_GLYPHS + _EMPTY_GLYPHS):
        return len(token)
    if token in _WORD_NUMBERS:
        return int(_WORD_NUMBERS[token])
    return int(token) if token.isdigit() else None


_WINDOW = 160


def _ahead(text: str, end: int) -> str:
    """A bounded look at the text after `end`; a NUL stands for "more text follows"."""
    window = text[end : end + _WINDOW]
    return window + "\x00" if end + _WINDOW < len(text) else window


def _behind(text: str, start: int) -> str:
    return text[max(0, start - _WINDOW) : start]


def _line_start(text: str, start: int) -> int:
    """Start of the line holding `start` (searched within a bounded distance: pages can be long)."""
    floor = max(0, start - 2000)
    return max(text.rfind("\n", floor, start) + 1, floor)


def _line_end(text: str, end: int) -> int:
    found = text.find("\n", end, end + 2000)
    return found if found >= 0 else min(len(text), end + 2000)


def _clause_before(text: str, start: int, limit: int = 120) -> str:
    """Text from the start of the clause that holds `start` up to it ("but" opens a clause)."""
    window = text[max(0, start - limit) : start]
    cut = max(window.rfind(ch) for ch in ".!?;\n")
    # a decimal point ("8.1") is not a clause end
    while cut > 0 and window[cut] == "." and cut + 1 < len(window) and window[cut + 1].isdigit():
        cut = max(window.rfind(ch, 0, cut) for ch in ".!?;\n")
    clause = window[cut + 1 :] if cut >= 0 else window
    buts = list(re.finditer(r"(?i)\bbut\b", clause))
    return clause[buts[-1].end() :] if buts else clause


def _sentence_after(text: str, end: int, limit: int = 60) -> str:
    window = text[end : end + limit]
    m = re.search(r"[.!?;\n](?!\d)", window)
    return window[: m.start()] if m else window


def _next_word(text: str, end: int) -> str:
    m = re.match(r"[ \t]*\(?([A-Za-z][A-Za-z'-]*)", _ahead(text, end))
    return m.group(1) if m else ""


def _rejected(text: str, start: int, end: int, *, slash: bool = False) -> bool:
    """Context that makes a score-shaped number not the writer's own score."""
    clause = _clause_before(text, start)
    after = _sentence_after(text, end)
    near = text[max(0, start - 40) : start]
    other_rater = _OTHER_RATER.search(clause) or _OTHER_RATER_AFTER.match(after)
    if other_rater and not _OWN_RATING.search(clause):
        return True
    verbs = list(_THIRD_PERSON_VERB.finditer(clause))
    verb = verbs[-1] if verbs else None
    subject = clause[: verb.start()] if verb is not None else ""
    if (
        verb is not None
        and _FILLER.sub("", subject).strip(" \t(\"',.-–—:")
        and not _SUBJECT_I.search(subject)
        and not _FILM_SUBJECT.search(subject)
        and not (
            # "Tremors 4 rates a 3 out of 10": the film rates, no one rates it
            verb.group(0).lower() in ("rates", "scores")
            and re.fullmatch(
                r"\s*(?:an?\s+)?(?:solid\s+|mere\s+|high\s+|low\s+)?", clause[verb.end() :]
            )
        )
    ):
        return True  # "Ebert gave it", "The Herald gave it": someone else's verdict
    if _HYPOTHETICAL.search(clause[-90:]):
        return True
    if _OTHER_FILM.search(clause) or _EARLIER_AFTER.match(after):
        return True
    if _IN_STORY.search(clause) or _IN_STORY.search(after):
        return True  # an exam's 10/10, a judge's card, a bowling split: scores inside the plot
    if re.search(r"(?i)\b(?:your|his|her|their)\s*$", clause):
        return True  # "your 9/10": the score of the person addressed
    if re.search(r"(?i)\bmy\s*$", clause) and re.match(r"\s+for\s+[A-Z]", _ahead(text, end)):
        return True  # "my 8/10 for Aftersun": a score quoted for another film
    if _NOT_A_SCORE_BEFORE.search(near) or re.search(r"[«‹←]\s*$", near):
        return True  # "Episode 3/10", pagination "« 1/5 »"
    if slash and _DATE_BEFORE.search(near):
        return True
    bold = re.search(r"\*\Z", text[max(0, start - 1) : start]) and _ahead(text, end).startswith("*")
    if not bold and re.search(
        r"\d[-–.,]\s*\Z|[\w/*]\Z|(?:^|\s)[.,]\Z", text[max(0, start - 2) : start]
    ):
        return True  # "1/5/2020", ".5 out of 10", "**1/4"
    if re.search(r"\?", after) or re.search(r"^\s*\?", _ahead(text, end)):
        return True  # a question ("is it a 10/10?") states no score
    if _quoted(clause) and re.search(
        r"(?i)\b(?:called|calls|said|says|wrote|writes|reads|poster|quote|quoted|dubbed)\b",
        clause + " " + after,
    ):
        return True
    if _quoted(clause) and re.search(
        r"['\"”’]\s*(?:\([A-Z][^)]{0,40}\)|[–—-]\s*[A-Z])", after + text[end : end + 60]
    ):
        return True  # a pull-quote with its source: "'★★★★★ A triumph' (Daily Mail)"
    following = re.match(r"[ \t]*([A-Za-z'-]+)(?:[ \t]+([A-Za-z'-]+))?", _ahead(text, end))
    if following and any((w or "").lower() in _COUNT_NOUNS for w in following.groups()):
        return True  # "9 out of 10 people", "9 out of 10 horror films"
    # "40% of", "2 of the": a share of something, not a verdict
    return bool(
        re.match(
            r"\s*%|\s+of\s+(?:the|my|them|us|those|these|its|his|her|their)\b", _ahead(text, end)
        )
    )


def _quoted(clause: str) -> bool:
    opened = False
    for m in re.finditer(r"""(?:(?<=^)|(?<=[\s(]))['"“‘]|['"”’](?=[\s,.;:!?)]|$)""", clause):
        opened = m.group(0) in "\"“'‘" and not (opened and m.group(0) in "\"'")
    return opened


def _strength(text: str, start: int, end: int) -> int:
    """How clearly the position and wording make this the writer's own verdict."""
    strength = 0
    clause = _clause_before(text, start)
    if _RATING_VERB.search(clause) or re.match(r"(?i)\s*(?:from|for)\s+me\b", _ahead(text, end)):
        strength += 2
    line_start = _line_start(text, start)
    line_end = _line_end(text, end)
    line = text[line_start:line_end]
    if len(line.strip()) <= (end - start) + 16:
        strength += 2  # on a line of its own
    if len(text) - end <= 400 and len(text[end:].strip()) <= 80:
        strength += 2  # the closing words
    if re.match(r"\s*[\n.!]|\s*$", _ahead(text, end)):
        strength += 1
    return strength


def _accept(text: str, cand: _Candidate | None, *, slash: bool = False) -> _Candidate | None:
    if cand is None:
        return None
    if _rejected(text, cand.start, cand.end, slash=slash):
        return replace(cand, rejected=True)
    return replace(cand, strength=_strength(text, cand.start, cand.end))


def _slash_scores(text: str, field: str) -> list[_Candidate]:
    out = []
    for m in _SLASH.finditer(text):
        num = _parse_number(m["num"])
        den = int(m["den"])
        if num is None:
            continue
        if m["num2"]:
            hi = _parse_number(m["num2"])
            if hi is None or hi <= num:
                continue
            num = (num + hi) / 2  # "8-9/10": the reviewer's range, read as its midpoint
        if num > den:
            continue
        word = _next_word(text, m.end()).lower()
        follow_ok = not word or word in _FOLLOW_OK or m["unit"]
        if den in (4, 5, 20) and not follow_ok:
            continue  # "3/4 profile", "1/5 of the film"
        if re.search(r"(?i)\bthe\s*$", _behind(text, m.start())) and not follow_ok:
            continue  # "the 7/10 split"
        if den == 4 and "." not in m["num"] and not m["unit"]:
            before = _clause_before(text, m.start())
            closing = _strength(text, m.start(), m.end()) >= 2
            if not (closing or _RATING_VERB.search(before)):
                continue
        cand = _accept(text, _make(text, m.start(), m.end(), num, den, field), slash=True)
        if cand:
            out.append(cand)
    return out


def _out_of_scores(text: str, field: str) -> list[_Candidate]:
    out = []
    for m in _OUT_OF.finditer(text):
        num = _parse_number(m["num"])
        den = _parse_den(m["den"])
        if num is None or den is None or den not in (4, 5, 10, 100) or num > den:
            continue
        starred = bool(m["unit"] or m["unit2"]) or m["den"][0] in "*" + _FULL_GLYPHS
        if m["of"].lower() == "of" and not starred:
            clause = _clause_before(text, m.start())
            if not (
                _RATING_VERB.search(clause) or re.match(r"\s*[.!)\n]|\s*$", _ahead(text, m.end()))
            ):
                continue  # "one of 10 best": only "I rate it 6 of 10" reads as a score
        if m["unit"] and "-" in m["unit"]:
            continue
        if re.match(r"\s+[A-Z][a-z]+s\b", _ahead(text, m.end())):
            continue  # "8 Out of 10 Cats": a title
        cand = _accept(text, _make(text, m.start(), m.end(), num, den, field))
        if cand:
            out.append(cand)
    return out


def _star_word_scores(text: str, field: str) -> list[_Candidate]:
    out = []
    for m in _STARS.finditer(text):
        num = _parse_number(m["num"])
        if num is None or num > 10:
            continue
        before = _behind(text, m.start())
        after = _ahead(text, m.end())
        clause = _clause_before(text, m.start())
        rating_context = bool(_RATING_VERB.search(clause)) or bool(
            re.search(r"(?i)(?:rating|score|verdict|review|grade)\s*[:=–—-]?\s*$", clause)
        )
        if m["hyphen"] and not re.match(r"\s*[.!,;)\n]|\s*$", after):
            continue  # "a five-star film", "5-star hotel"
        if re.search(
            r"(?i)\b(?:the|these|those|both|its|their|his|her|all|big|lead|guest|two\s+lead)\s*$",
            before,
        ):
            continue  # "the two stars": actors
        if (
            re.match(r"(?i)\s+(?:of|in|from\s+the|who|were|are|as|on|at|to)\b", after)
            and not rating_context
        ):
            continue
        word = _next_word(text, m.end()).lower()
        adjectival = word and word not in _FOLLOW_OK and not re.match(r"\s*[.!,;:)\n]", after)
        if adjectival and (word not in _RATED_THINGS or not rating_context):
            continue  # "a four star motel"; only "a two star film" with a verdict verb
        if re.search(r"(?i)(?:out\s+of|outta|of|/)\s*$", before):
            continue  # the maximum of "3+ outta 5 stars", not a score of its own
        scale = 5 if num <= 5 else 10
        cand = _accept(text, _make(text, m.start(), m.end(), num, scale, field))
        if cand:
            out.append(cand)
    return out


def _glyph_scores(text: str, field: str) -> list[_Candidate]:
    out = []
    runs = list(_GLYPHS.finditer(text))
    runs = [m for m in runs if m["full"] or m["empty"]]
    for m in runs:
        full = len(m["full"])
        half = 0.5 if m["half"] else 0.0
        empty = len(m["empty"])
        if not full and not half:
            continue  # an empty rate-it widget
        line_start = _line_start(text, m.start())
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if sum(1 for r in runs if line_start <= r.start() < line_start + len(line)) >= 3:
            continue  # a histogram of readers' ratings
        if full == 1 and not half and not empty and not m["den"]:
            prefix = text[line_start : m.start()]
            if not re.search(r"(?i)(?:rating|score|verdict|stars?)\s*[:=–—-]?\s*$", prefix):
                continue  # a single decorative star
        if re.match(r"\s*\d+(?:\.\d+)?\s*%", _ahead(text, m.end())):
            continue
        if m["den"]:
            den = _parse_den(m["den"])
        elif empty:
            den = full + (1 if half else 0) + empty
        else:
            den = 5 if full + half <= 5 else 10
        if den is None or den < 4:
            continue
        cand = _accept(text, _make(text, m.start(), m.end(), full + half, den, field))
        if cand:
            out.append(cand)
    return out


def _asterisk_scores(text: str, field: str) -> list[_Candidate]:
    out = []
    for m in _ASTERISKS.finditer(text):
        full = len(m["full"])
        half = 0.5 if m["half"] else 0.0
        line_start = _line_start(text, m.start())
        prefix = text[line_start : m.start()]
        labelled = re.search(r"(?i)(?:rating|score|verdict|stars?)\s*[:=–—-]?\s*$", prefix)
        if not (m["den"] or half or labelled):
            continue  # "***" is a separator, "s***" a censored word
        den = _parse_den(m["den"]) if m["den"] else 5  # stars with no stated maximum: out of 5
        if den not in (4, 5):
            continue
        cand = _accept(text, _make(text, m.start(), m.end(), full + half, den, field))
        if cand:
            out.append(cand)
    return out


def _grade_candidate(text: str, start: int, end: int, grade: str, field: str) -> _Candidate | None:
    key = grade.replace("−", "-")
    if key not in LETTER_GRADES:
        return None
    return _make(text, start, end, 0, "letter", field, normalized=LETTER_GRADES[key])


def _letter_scores(text: str, field: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in _GRADE_TOKEN.finditer(text):
        lm = _GRADE_LABEL.search(text[max(0, m.start() - 40) : m.start()])
        if lm is None:
            continue
        if ":" not in lm["sep"] and not _GRADE_WORDS.search(lm["label"]):
            continue  # "a B", "Side B": only a labelled letter is a grade
        label = classify_label(lm["label"].strip(), separated=True)
        if label is None:
            continue
        sep = lm["sep"]
        if label != "overall" and ":" not in sep:
            continue
        if not sep.strip() and not re.search(
            r"(?i)(?:grade|rating|overall|score)$", lm["label"].strip()
        ):
            continue
        cand = _grade_candidate(text, m.start("grade"), m.end("grade"), m["grade"], field)
        cand = _accept(text, cand)
        if cand:
            out.append(replace(cand, labelled=True))
    for pattern in (_VERB_GRADE, _FOR_ME_GRADE):
        for m in pattern.finditer(text):
            cand = _accept(
                text, _grade_candidate(text, m.start("grade"), m.end("grade"), m["grade"], field)
            )
            if cand:
                out.append(cand)
    tail = _closing_offset(text)
    for m in _CLOSING_GRADE.finditer(text):
        if m.start("grade") < tail:
            continue
        cand = _accept(
            text, _grade_candidate(text, m.start("grade"), m.end("grade"), m["grade"], field)
        )
        if cand:
            out.append(cand)
    return out


def _closing_offset(text: str, lines: int = 3) -> int:
    """Offset where the last few non-empty lines begin."""
    stripped = text.rstrip()
    pos = len(stripped)
    for _ in range(lines):
        nl = stripped.rfind("\n", 0, pos)
        while nl > 0 and not stripped[stripped.rfind("\n", 0, nl) + 1 : nl].strip():
            nl = stripped.rfind("\n", 0, nl)
        if nl < 0:
            return 0
        pos = nl
    return pos


def _scaled_label_scores(text: str, field: str) -> list[_Candidate]:
    out = []
    for m in _SCALED_LABEL.finditer(text):
        num = _parse_number(m["num"])
        cand = _make(text, m.start("num"), m.end("num"), num or 0, int(m["den"]), field)
        cand = _accept(text, cand) if num is not None else None
        if cand:
            out.append(replace(cand, labelled=True))
    return out


def _percent_scores(text: str, field: str) -> list[_Candidate]:
    out = []
    for m in _PERCENT.finditer(text):
        num = float(m["num"])
        cand = _accept(text, _make(text, m.start("num"), m.end(), num, 100, field))
        if cand:
            out.append(replace(cand, labelled=True))
    return out


# --- labels ------------------------------------------------------------------------------


def classify_label(label: str, *, separated: bool) -> str | None:
    """'overall', an aspect name, or None for a phrase that labels no score."""
    label = re.sub(r"\s+", " ", label.strip(" \t|*•-–—([")).lower()
    if not label:
        return None
    aspect_rating = re.search(r"\b([a-z][a-z -]*?)[ -](?:rating|score|grade|mark)$", label)
    if aspect_rating and aspect_rating.group(1).strip() in _ASPECTS:
        return _ASPECTS[aspect_rating.group(1).strip()]  # "Music rating: 10/10" scores one aspect
    if _MY_LABEL.search(label):
        return "overall"
    if _OVERALL_LABEL.search(" " + label):
        return "overall"
    m = _ASPECT_LABEL.search(" " + label)
    if m and separated:
        return _ASPECTS[m.group(1).lower()]
    wise = re.search(r"\b([a-z]+)-wise$", label)
    if wise:
        return _ASPECTS.get(wise.group(1), wise.group(1))  # "music-wise 10 out of 10"
    return None


def _with_label(text: str, cand: _Candidate, previous_end: int) -> _Candidate:
    """Attach the label written just before a score on its line (or alone on the line above)."""
    if cand.labelled and cand.score.label:
        return cand
    line_start = _line_start(text, cand.start)
    prev_end = max(line_start, min(previous_end, cand.start))
    prefix = text[prev_end : cand.start]
    if prev_end > line_start:
        trailing = _TRAILING_LABEL.match(prefix)  # the previous score's own label, not ours
        prefix = prefix[trailing.end() :] if trailing else prefix
    prefix = re.sub(
        r"(?i)[\s(\[]*(?:\b(?:is|of|a|an|at|solid|strong|clear|just)\b[\s(\[]*)*$", "", prefix
    )
    separated = bool(re.search(r"[:=–—|-]\s*$", prefix)) or not prefix.strip(" \t:=–—|-,;.")
    stripped = prefix.rstrip(" \t:=–—|-,;.")
    label: str | None = None
    short = len(stripped.split()) <= 5
    if stripped.strip():
        if _MY_LABEL.search(stripped):
            label = "overall"
        elif separated or short:
            words = stripped.split(",")[-1].split(".")[-1]
            label = classify_label(words, separated=separated)
            if label == "overall" and not separated and not short:
                label = None
    elif line_start > 0:
        prev_line = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
        if prev_line and len(prev_line.split()) <= 4:
            label = classify_label(prev_line.rstrip(":"), separated=True)
    if label is None:
        # a label written after the score: "4/10 overall", "6/10 Nostalgia score"
        after = _TRAILING_LABEL.match(_ahead(text, cand.end))
        if after and after["overall"]:
            label = "overall"
        elif after and after["aspect"].lower() not in ("my", "the", "a", "final", "overall"):
            aspect = after["aspect"].lower()
            label = _ASPECTS.get(aspect, aspect)
    if cand.labelled and label is None:
        label = "overall"
    if label is None:
        return cand
    return replace(
        cand, score=replace(cand.score, label=label), labelled=True, strength=cand.strength + 4
    )


_TRAILING_LABEL = re.compile(
    r"[ \t]+(?:(?P<overall>(?i:overall|in\s+total|total|all\s+told))\b"
    r"|(?P<aspect>[A-Za-z][\w-]*)[ \t]+(?i:score|rating)\b)"
)
_GENERIC_LABEL = re.compile(
    r"(?:^|(?<=[\s,;.|*•/-]))([A-Z][\w'&-]*(?:\s[A-Za-z][\w'&-]*){0,3})\s*(?::|\s[–—-])\s*$"
)


def _drop_lists(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Drop runs of several scores after different names on one line ("A (9/10), B (8/10)")."""
    by_line: dict[int, list[_Candidate]] = {}
    for c in cands:
        by_line.setdefault(_line_start(text, c.start), []).append(c)
    dropped: set[int] = set()
    for line_cands in by_line.values():
        if len(line_cands) < 2:
            continue
        parens = [c for c in line_cands if text[c.start - 1 : c.start] == "("]
        if len(parens) >= 2:
            dropped.update(id(c) for c in line_cands)
    return [c for c in cands if id(c) not in dropped]
