"""People and characters named in a review: mentions with roles, cast links and name aliases.

Two halves. `same_person`, `is_part_of` and `group_names` decide whether two spellings name
one person (romanised East Asian names spelt many ways, typos, given-name-only mentions),
guarded so that different people with similar names stay apart. `find_people` finds the
mentions in a review body, gives each a role from its context, links actors to the
characters they play, and fills `canonical` from the groups within the page.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from cinesift.model import Mention, Span

__all__ = [
    "NameForm",
    "canonical_choice",
    "find_people",
    "group_names",
    "is_part_of",
    "levenshtein",
    "parse_name",
    "same_person",
]

# ---------------------------------------------------------------------------------------------
# Name forms and alias rules
# ---------------------------------------------------------------------------------------------

# One romanised surname, several spellings (Revised Romanisation, McCune-Reischauer, the
# spellings people choose for themselves, pinyin and Wade-Giles). Tokens of a row compare equal.
_SURNAME_ROWS = (
    "lee yi rhee rhie ri",
    "park pak bak",
    "choi choe chwe",
    "kim gim",
    "jung jeong chung cheong",
    "jun jeon chun chon",
    "youn yoon yun",
    "ryu ryoo rhyu yoo yu",
    "kang gang",
    "cho jo",
    "shin sin",
    "oh o",
    "seo suh",
    "kwon gwon",
    "ahn an",
    "lim im rim",
    "noh roh no",
    "moon mun",
    "bae pae",
    "baek paek paik",
    "koo ku gu",
    "hwang",
    "song",
    "han",
    "jang chang zhang cheung",
    "ha",
    "ma",
    "bong",
    "gong kong",
    "nam",
    "heo huh",
    "yoo",
    "son sohn",
    "chen chan",
    "zhou chow chou",
    "liu lau",
    "leung liang",
    "wang wong",
)
_SURNAME_CLASS: dict[str, str] = {}
for _row in _SURNAME_ROWS:
    _words = _row.split()
    for _w in _words:
        _SURNAME_CLASS.setdefault(_w, "§" + _words[0])

_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof mister madam".split())
# Vowel spellings that romanisations use for one sound; folded before any comparison.
_VOWEL_FOLDS = (("eo", "u"), ("oo", "u"), ("eu", "u"), ("ou", "u"), ("uh", "u"), ("shi", "si"))


@dataclass(frozen=True)
class NameForm:
    """A name reduced for comparison: tokens of folded syllables, surname spellings merged."""

    text: str
    tokens: tuple[tuple[str, ...], ...]

    # Cached: name comparison asks for these hundreds of thousands of times per batch.
    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple("".join(t) for t in self.tokens)

    @cached_property
    def joined(self) -> str:
        return "".join(self.keys)


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _fold_syllable(syllable: str, whole_word: bool, inner: bool = False) -> str:
    # Surname spellings are merged only for a whole word: "Yi" is Lee, the "yi" of "Zi-yi" is not.
    if whole_word and syllable in _SURNAME_CLASS:
        return _SURNAME_CLASS[syllable]
    for old, new in _VOWEL_FOLDS:
        syllable = syllable.replace(old, new)
    if syllable.startswith("wu"):  # Woo-sik / U-sik
        syllable = syllable[1:]
    if len(syllable) >= 2 and syllable.endswith("ah"):  # Min-ah / Min-a
        syllable = syllable[:-1]
    if inner:
        # McCune-Reischauer writes k/t/p/ch where Revised Romanisation has g/d/b/j (Dong-kun).
        for old, new in (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b")):
            if syllable.startswith(old):
                syllable = new + syllable[len(old) :]
                break
    return syllable


@lru_cache(maxsize=4096)
def parse_name(name: str) -> NameForm:
    """Comparison form of a name: case, accents, honorifics, qualifiers and spellings folded."""
    text = re.sub(r"\([^)]*\)|\{[^}]*\}", " ", name)  # "Ye-sung (Child)"
    text = _ascii(text).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    raw = [t for t in re.split(r"[\s.,]+", text) if t and re.search(r"[a-z]", t)]
    while raw and raw[0] in _HONORIFICS:
        raw = raw[1:]
    words = [re.sub(r"[^a-z-]", "", t).strip("-") for t in raw]
    words = [w for w in words if w]
    # "Ryu Seung Ryong", "Tony Leung Chiu Wai": a surname then two short syllables is one
    # surname and a two-syllable given name written with a space instead of a hyphen.
    if (
        len(words) >= 3
        and words[-3] in _SURNAME_CLASS
        and all("-" not in w and len(w) <= 5 for w in words[-2:])
    ):
        words = [*words[:-2], words[-2] + "-" + words[-1]]
    tokens = []
    for w in words:
        parts = [s for s in w.split("-") if s]
        tokens.append(tuple(_fold_syllable(s, len(parts) == 1, i > 0) for i, s in enumerate(parts)))
    return NameForm(name, tuple(tokens))


def levenshtein(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
        if min(prev) > limit:
            return limit + 1
    return prev[-1]


def _token_slip(a: tuple[str, ...], b: tuple[str, ...], allowance: int) -> bool:
    """Is token b a misspelling of token a (not a different name)?"""
    if a == b or "".join(a) == "".join(b):
        return True
    if any(s.startswith("§") for s in a + b):
        return False  # surnames match by table only: Jun and Jung are different names
    if len(a) > 1 and len(a) == len(b):
        # Syllables of a given name: one syllable may slip by one letter ("So-wan", "Soo-won"),
        # but short syllables are names of their own ("Chan-ok" is not "Chan-wook").
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        if len(diffs) != 1:
            return False
        x, y = diffs[0]
        if min(len(x), len(y)) < 3 or x[0] != y[0] or levenshtein(x, y, 1) > 1:
            return False
        # A wrong vowel is a slip ("So-wan"); adding or dropping a letter in a short syllable
        # makes another syllable ("Min-jun" is not "Min-jung").
        return len(x) == len(y) or min(len(x), len(y)) >= 5
    ja, jb = "".join(a), "".join(b)
    if min(len(ja), len(jb)) < 5 or ja[0] != jb[0]:
        return False
    return levenshtein(ja, jb, allowance) <= allowance


def _tokens_match(a: NameForm, b: NameForm, rotate: bool) -> bool:
    ta, tb = a.tokens, b.tokens
    if len(ta) != len(tb):
        return False
    orders = [tb]
    if rotate and len(tb) >= 2:
        orders += [(*tb[1:], tb[0]), (tb[-1], *tb[:-1])]  # "Seung-ryong Ryu" / "Ryu Seung-ryong"
    for order in orders:
        slips = 0
        for x, y in zip(ta, order, strict=True):
            if x == y or "".join(x) == "".join(y):
                continue
            slips += 1
            exact_rest = sum(1 for p, q in zip(ta, order, strict=True) if p == q)
            # More agreeing tokens leave room for a bigger slip in the last one.
            allowance = 2 if len(ta) >= 3 and exact_rest >= 2 else 1
            if slips > 1 or not _token_slip(x, y, allowance):
                break
        else:
            return True
    return False


def same_person(a: str, b: str) -> bool:
    """Do two full spellings name the same person (variants, surname tables, typos)?"""
    fa, fb = parse_name(a), parse_name(b)
    if not fa.tokens or not fb.tokens:
        return False
    if fa.keys == fb.keys or fa.joined == fb.joined:
        return True
    if len(fa.tokens) == len(fb.tokens):
        return _tokens_match(fa, fb, rotate=True)
    # Different token counts: only a different split of the same letters ("Ye Seung"/"Yesung").
    if len(fa.tokens) >= 2 and len(fb.tokens) >= 2:
        for order in (fb.keys, (*fb.keys[1:], fb.keys[0]), (fb.keys[-1], *fb.keys[:-1])):
            if "".join(order) == fa.joined:
                return True
        ja, jb = fa.joined, fb.joined
        initials = any(len(k) == 1 for k in fa.keys + fb.keys)  # "Michael B. Jordan"
        if min(len(ja), len(jb)) >= 8 and fa.keys[0] == fb.keys[0] and not initials:
            return levenshtein(ja, jb, 1) <= 1  # "Syngman Rhee" / "Seung-man Rhee" style slips
    return False


def is_part_of(part: str, full: str, exact: bool = True) -> bool:
    """Is `part` a shorter mention of `full`: given name only, surname only, or a leading or
    trailing run of its words ("Yong-gu" of "Lee Yong-gu", "Andy Lau" of "Andy Lau Tak-wah")?
    """
    fp, ff = parse_name(part), parse_name(full)
    m = len(ff.tokens)
    if not fp.tokens or len(fp.joined) >= len(ff.joined):
        return False
    # Leading and trailing runs of whole words: "Song Kang" is not a run of "Song Kang-ho".
    for k in range(1, m):
        for run in (ff.tokens[:k], ff.tokens[m - k :]):
            if "".join("".join(t) for t in run) == fp.joined:
                return True
            if (
                not exact
                and k == 1
                and len(fp.tokens) == 1
                and _token_slip(run[0], fp.tokens[0], 1)
            ):
                return True
    return False


def _name_weight(name: str) -> tuple[int, int, int]:
    form = parse_name(name)
    has_case = int(name != name.lower() and name != name.upper())
    hyphen = int(bool(re.search(r"[A-Za-z]-[a-z]", name)))
    return (sum(len(t) for t in form.tokens), has_case, hyphen)


def canonical_choice(names: Counter[str] | Iterable[str]) -> str:
    """The display name of a group: the fullest, properly cased, most used spelling."""
    counts = names if isinstance(names, Counter) else Counter(names)
    order = {name: i for i, name in enumerate(counts)}
    return max(counts, key=lambda n: (*_name_weight(n), counts[n], -order[n]))


def group_names(names: Iterable[str]) -> list[list[str]]:
    """Partition names into people. Full names join when `same_person`; a shorter mention
    joins the one group holding a longer name it is part of, and stays alone when two groups
    could claim it ("Emma" beside Emma Stone and Emma Watson)."""
    unique = list(dict.fromkeys(n for n in names if parse_name(n).tokens))
    ordered = sorted(unique, key=lambda n: (-_syllables(n), -len(parse_name(n).joined)))
    groups: list[list[str]] = []
    for name in ordered:
        target = _find_group(name, groups)
        if target is None:
            groups.append([name])
        else:
            target.append(name)
    position = {n: i for i, n in enumerate(unique)}
    groups = [sorted(g, key=position.__getitem__) for g in groups]
    return sorted(groups, key=lambda g: position[g[0]])


def _same_letters(a: str, b: str) -> bool:
    fa, fb = parse_name(a), parse_name(b)
    return fa.joined == fb.joined or sorted(fa.keys) == sorted(fb.keys)


def _syllables(name: str) -> int:
    return sum(len(t) for t in parse_name(name).tokens)


def _find_group(name: str, groups: list[list[str]]) -> list[str] | None:
    spelled = [g for g in groups if any(_same_letters(name, member) for member in g)]
    if len(spelled) == 1:
        return spelled[0]
    same = [g for g in groups if any(same_person(name, member) for member in g)]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        return None
    for exact in (True, False):
        part = [
            g
            for g in groups
            if any(is_part_of(name, member, exact) for member in g) and not _claims_other(name, g)
        ]
        if len(part) == 1:
            return part[0]
        if len(part) > 1:
            return None
    return None


def _claims_other(name: str, group: list[str]) -> bool:
    # A group whose longest name is itself a short form cannot take another short form.
    longest = max(group, key=lambda n: len(parse_name(n).joined))
    return len(parse_name(longest).joined) <= len(parse_name(name).joined)


# ---------------------------------------------------------------------------------------------
# Finding mentions in a review body
# ---------------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_TOKEN = (
    rf"(?:[{_UP}][{_LOW}]*['’][{_UP}][{_LOW}]+"  # O'Brien
    rf"|(?:Mc|Mac|De|Di|La|Le|Van)[{_UP}][{_LOW}]+"  # McKellen, DiCaprio
    rf"|[{_UP}][{_LOW}]+(?:-[{_UP}{_LOW}][{_LOW}]+)*"  # Yong-gu, Seung-ryong
    rf"|[{_UP}]{{2,}}(?=\s+[{_UP}][{_LOW}])"  # RYU Seung-ryong
    rf"|[{_UP}]\.)"  # initials
)
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|du|le|la|bin|al|dos|das)"
_NAME = re.compile(rf"(?<![\w'’-]){_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_TOKEN}){{0,3}}(?![\w-])")

# Capitalised words that are not names: sentence starters, function words, calendar, places,
# peoples, institutions and the common nouns review pages capitalise.
_NOT_NAMES = frozenset(
    """
a an the this that these those there here then than it its it's i i'm i've i'd i'll me my
mine we our you your he him his she her hers they them their who whom whose what which when
where why how if so but and or nor yet for of in on at to from by with without about as into
onto over under after before during while because though although unless until since also
just only even still very really quite too much many more most some any all every each no
not none both either neither one two three four five six seven eight nine ten first second
third last next other another such same well yes oh ah wow ok okay hey hello hi dear gosh damn
please thank thanks sorry argh ugh hmm lol omg haha yeah yay alas anyway besides however
overall finally firstly secondly lastly meanwhile moreover nevertheless otherwise perhaps
maybe sadly luckily unfortunately fortunately honestly basically actually clearly surely
definitely absolutely certainly obviously hopefully apparently instead indeed now today
tomorrow yesterday tonight always never often sometimes everyone everybody everything
someone somebody something anyone anybody anything nobody nothing people person man woman
men women boy girl child children kid kids adult adults baby father mother daughter son
brother sister dad mom mum papa mama family wife husband friend friends uncle aunt grandma
grandpa king queen prince princess lord god jesus christ heaven hell devil
monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
sept oct nov dec turkish philippine swedish danish norwegian dutch irish polish greek
brazilian iranian israeli soviet january february march april may
june july august september october november december spring summer autumn fall winter
christmas easter halloween thanksgiving valentine
america american americans england english britain british uk usa us korea korean koreans
south north east west japan japanese china chinese hong kong taiwan taiwanese india indian
france french germany german italy italian spain spanish canada canadian australia
australian mexico mexican russia russian philippines filipino filipina pinoy indonesia
indonesian thailand thai vietnam vietnamese europe european asia asian africa african
hollywood bollywood broadway london paris tokyo seoul beijing shanghai manila jakarta
new york los angeles california texas york
movie movies film films cinema cinemas theater theatre theaters show series season episode
drama dramas comedy thriller horror romance action review reviews reviewer rating ratings
score verdict plot story storyline synopsis summary conclusion introduction spoiler spoilers
trailer poster cast crew director directors actor actors actress actresses character
characters scene scenes sequel prequel remake part chapter volume vol no number cell award
awards academy oscar oscars golden globe globes festival prize emmy emmys bafta cannes
sundance venice berlin toronto imdb wikipedia youtube netflix disney pixar marvel dc hbo amazon
prime google facebook twitter instagram tiktok blog blogger post posts comment comments reply
share like subscribe follow home page menu search contact about tags category categories
read more watch watched watching see saw seen love loved hate hated recommended recommend
must best worst great good bad nice awesome amazing beautiful funny touching sad saddest
happy cute sweet perfect brilliant excellent terrible horrible boring interesting emotional
heartwarming heartbreaking well-worth heart-wrenching tear-jerker father-daughter
mother-daughter father-son mother-son
is are was were be been being am do does did done have has had having get got make made
go goes went gone come came take took give gave tell told say said let keep try tried enjoy
imagine note notes update updated edit edited copyright rights reserved all
chief police prisoner prisoners officer detective captain doctor professor teacher
student students judge lawyer soldier general colonel sergeant
""".split()
)
_INSTITUTION_WORDS = frozenset(
    """award awards academy festival prize films film movie movies pictures studios studio
entertainment productions production media cinema theatre theater channel network news
times post magazine university college school company corporation inc ltd records games
association society foundation institute committee council league church hospital prison
police department ministry government party bank airlines hotel restaurant street road avenue
district city county province state republic kingdom island islands river mountain lake
choice popular most best""".split()
)
_ROLE_QUALIFIER = r"(?:child|adult|young|younger|old|older|teen|teenage|kid|grown-up|elder)"
_AGE_WORDS = {
    "grown-up": "adult",
    "older": "adult",
    "elder": "adult",
    "old": "adult",
    "young": "child",
    "younger": "child",
    "kid": "child",
    "teenage": "teen",
}
_NOUN_KIN = (
    r"(?:father|mother|daughter|son|dad|mom|mum|wife|husband|girl|boy|man|woman|brother|sister|"
    r"friend|girlfriend|boyfriend|uncle|aunt|grandmother|grandfather|child|kid|baby|teacher|"
    r"hero|heroine|villain|lover|partner|widow|widower|cop|detective|officer|prisoner|inmate|"
    r"chief|boss|soldier|nurse|doctor|king|queen|prince|princess|student|guard|agent)"
)
_ACTOR_CONTEXT = re.compile(
    r"(?i)\b(?:actors?|actress(?:es)?|acting|acted|performances?|portray(?:s|ed|ing|al)?|"
    r"plays|played|playing|stars?|starred|starring|cast|casting|role|roles|co-star|debut)\b"
)
_DIRECTOR_BEFORE = re.compile(
    r"(?i)(?:directed\s+by|director|filmmaker|helmer|film\s+by|movie\s+by|directed\s+and\s+"
    r"written\s+by|written\s+and\s+directed\s+by)\s*[:,]?\s*$"
)
_DIRECTOR_AFTER = re.compile(r"(?i)^\s*(?:directed|directs|helmed|'s\s+direction)\b")
_REVIEWER_BEFORE = re.compile(
    r"(?i)(?:\bi'?m|\bi\s+am|my\s+name\s+is|reviewed\s+by|review\s+by|posted\s+by)\s+$"
)
_STARRING = re.compile(r"(?i)\b(?:starring|stars|co-starring|featuring|with\s+a\s+cast\s+of)\s+")


@dataclass
class _Found:
    start: int
    end: int
    name: str
    role: str | None = None
    strength: int = 0
    plays: str | None = None


_ROLE_STRENGTH = {"actor": 5, "director": 5, "character": 4, "reviewer": 3, "person": 0}
# A name alone in a sentence about acting is weaker evidence than a cast line or a kin word.
_WEAK_ACTOR = 2


def _sentence_starts(body: str, sentences: list[Span]) -> set[int]:
    starts = {0}
    for span in sentences:
        starts.add(span.start)
    for m in re.finditer(r"(?m)^[ \t]*(?:[-*•·▪●]|\d+[.)])?[ \t]*", body):
        starts.add(m.end())
    for m in re.finditer(r"[:\"“(\[]\s*", body):
        starts.add(m.end())
    return starts


def _title_spans(body: str, film_title: str | None) -> list[tuple[int, int]]:
    if not film_title:
        return []
    words = [re.escape(w) for w in re.findall(r"\w+", film_title)]
    if not words:
        return []
    pattern = r"\W*".join(words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, body, re.I)]


def _clean_candidate(body: str, start: int, end: int) -> tuple[int, int] | None:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", body[start:end])]
    words = [(start + s, start + e) for s, e in words]

    def word(i: int) -> str:
        return body[words[i][0] : words[i][1]].lower().strip("'’")

    # Trim sentence starters and other non-name words from both ends.
    if any(body[s:e].lower() in _INSTITUTION_WORDS for s, e in words[1:]):
        return None  # "Blue Dragon Films", "Audience Choice Award"
    while words and (word(0) in _NOT_NAMES or word(0).rstrip(".") in _HONORIFICS):
        if len(words) > 1 and word(0) in _SURNAME_CLASS and "-" in word(1):
            break  # "Oh Dal-su": a surname that is also an English word
        words = words[1:]
    while words and word(len(words) - 1) in _NOT_NAMES:
        words = words[:-1]
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    text = body[start:end]
    lowered = [w.lower() for w in text.split()]
    if any(w in _INSTITUTION_WORDS for w in lowered):
        return None
    if all(len(w) <= 2 and w.endswith(".") for w in text.split()):
        return None  # initials alone
    for w in lowered:
        parts = w.split("-")
        if len(parts) > 1 and all(p in _NOT_NAMES for p in parts):
            return None
    if text.isupper() and " " not in text:
        return None  # a shouted word, "REALLY"
    return start, end


def _candidates(body: str, film_title: str | None, starts: set[int]) -> list[_Found]:
    titles = _title_spans(body, film_title)
    found: list[_Found] = []
    for m in _NAME.finditer(body):
        cleaned = _clean_candidate(body, m.start(), m.end())
        if cleaned is None:
            continue
        start, end = cleaned
        if any(s <= start < e or s < end <= e for s, e in titles):
            continue
        after = body[end : end + 8]
        if re.match(r"\s*(?:No\.?|no\.|#)?\s*\d", after):
            continue  # "Cell No. 7", "Part 2"
        name = body[start:end]
        initial = any(start - 1 <= s <= start for s in starts) or start in starts
        found.append(_Found(start, end, name, strength=-1 if initial else 0))
    # A lone capitalised word that opens a sentence is a name only when the page also uses it
    # mid-sentence or inside a longer name ("Yong-Goo was ..." after "father; Yong-Goo").
    known_words = {
        parse_name(w).joined
        for f in found
        if f.strength == 0 or " " in f.name
        for w in f.name.split()
    }
    kept = []
    for f in found:
        if f.strength == -1:
            romanised = "-" in f.name and not any(
                p.lower() in _NOT_NAMES for p in f.name.split("-")
            )
            if " " not in f.name and not romanised and parse_name(f.name).joined not in known_words:
                continue
            f.strength = 0
        kept.append(f)
    return kept


def _set_role(f: _Found, role: str, plays: str | None = None) -> None:
    strength = _ROLE_STRENGTH[role] + (1 if plays else 0)
    if strength > f.strength or f.role is None:
        f.role, f.strength = role, strength
    if plays:
        f.plays = plays


def _cast_links(body: str, found: list[_Found]) -> None:
    """Cast lines: "X as Y", "X plays Y", "X stars as Y", "Y (X)" inside a starring list."""
    by_start = sorted(found, key=lambda f: f.start)
    for left, right in itertools.pairwise(by_start):
        between = body[left.end : right.start]
        link = re.fullmatch(
            r"\s+(?:as|plays|portrays|stars\s+as|starring\s+as|is\s+cast\s+as|was\s+cast\s+as|"
            r"in\s+the\s+role\s+of|plays\s+the\s+role\s+of)\s+"
            rf"(?:the\s+(?P<before>{_ROLE_QUALIFIER})\s+)?",
            between,
            re.I,
        )
        if link:
            qualifier = re.match(
                rf"\s*[(\[]?\s*({_ROLE_QUALIFIER})\b\s*[)\]]?", body[right.end :], re.I
            )
            character = right.name
            age = link.group("before") or (qualifier.group(1) if qualifier else None)
            if age:
                character = f"{right.name} ({_AGE_WORDS.get(age.lower(), age.lower())})"
            _set_role(left, "actor", character)
            _set_role(right, "character")
        elif re.fullmatch(r"\s*[(\[{]\s*(?:as\s+)?", between, re.I) and re.match(
            r"\s*[)\]}]", body[right.end :]
        ):
            # "Gregory Peck {King David}" in a starring list; "Karras (Jason Miller)" in plot.
            head = body[max(0, left.start - 200) : left.start]
            in_list = bool(_STARRING.search(head)) or between.strip().lower().endswith("as")
            actor, character = (left, right) if in_list else (right, left)
            _set_role(actor, "actor", character.name)
            _set_role(character, "character")
        elif re.fullmatch(r"\s*,?\s*(?:played|portrayed)\s+by\s+", between, re.I):
            _set_role(right, "actor", left.name)
            _set_role(left, "character")


def _context_roles(body: str, found: list[_Found], starts: set[int], sentences: list[Span]) -> None:
    for f in found:
        before = body[max(0, f.start - 60) : f.start]
        after = body[f.end : f.end + 80]
        if _DIRECTOR_BEFORE.search(before) or _DIRECTOR_AFTER.match(after):
            _set_role(f, "director")
            continue
        if _REVIEWER_BEFORE.search(before):
            _set_role(f, "reviewer")
            continue
        if re.search(
            rf"(?i)\b(?:{_NOUN_KIN}\s*[,;:]|plays|played|portrays|portrayed)\s*$", before
        ) or re.match(
            rf"(?i)\s*[,;:]\s*(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}{_NOUN_KIN}\b",
            after,
        ):
            _set_role(f, "character")
            continue
        if f.role is None:
            sentence = next((s for s in sentences if s.start <= f.start < s.end), None)
            if sentence and _ACTOR_CONTEXT.search(body[sentence.start : sentence.end]):
                others = [
                    g for g in found if g is not f and sentence.start <= g.start < sentence.end
                ]
                if not others and not re.search(
                    r"(?i)\b(?:plays|played|portrays|as|is|was)\s+$", before
                ):
                    f.role, f.strength = "actor", _WEAK_ACTOR


def _starring_lists(body: str, found: list[_Found]) -> None:
    for m in _STARRING.finditer(body):
        tail_end = body.find(".", m.end())
        tail_end = len(body) if tail_end < 0 else tail_end
        for f in found:
            if m.end() <= f.start < tail_end and f.role != "character":
                between = body[m.end() : f.start]
                listed = re.fullmatch(r"[\w\s,'’.-]*", between) and len(between) < 120
                if listed and (f.role is None or _ROLE_STRENGTH.get(f.role, 0) < 5):
                    _set_role(f, "actor", f.plays)


def _described_links(body: str, found: list[_Found]) -> None:
    """Link an actor to a character through a shared description: "Yong Goo, a mentally ill
    father" and "Ryu Seung Ryong ! His acting as a mentally ill father"."""
    descriptions: dict[str, str] = {}
    described_as = rf"((?:[\w-]+\s+){{0,3}}?{_NOUN_KIN})\b"
    for f in found:
        m = re.match(rf"(?i)\s*,\s*(?:an?|the)\s+{described_as}", body[f.end :])
        if m:
            descriptions.setdefault(" ".join(m.group(1).lower().split()), f.name)
    if not descriptions:
        return
    for m in re.finditer(
        rf"(?i)\b(?:acting|role|performance|turn|portrayal)\s+as\s+(?:an?|the)\s+{described_as}",
        body,
    ):
        described = " ".join(m.group(1).lower().split())
        character = descriptions.get(described)
        if character is None:
            continue
        actors = [f for f in found if f.end <= m.start() and f.role == "actor"]
        actors = [f for f in actors if m.start() - f.end < 120]
        if actors and actors[-1].plays is None:
            actors[-1].plays = character


def find_people(
    body: str, film_title: str | None = None, sentences: list[Span] | None = None
) -> list[Mention]:
    """Mentions of people and characters in a review body, in text order.

    Roles: actor, character, director, reviewer, person (no evidence either way). Cast
    lines link an actor to a character through `plays`; `canonical` is the fullest spelling
    of the same person on the page, and roles spread to every mention of that person.
    `sentences` are the body's sentence spans when the caller has them already.
    """
    if sentences is None:
        from cinesift.analyze.sentences import split_sentences

        sentences = split_sentences(body)
    starts = _sentence_starts(body, sentences)
    found = _candidates(body, film_title, starts)
    if not found:
        return []
    _cast_links(body, found)
    _starring_lists(body, found)
    _context_roles(body, found, starts, sentences)
    groups = group_names(f.name for f in found)
    canonical: dict[str, str] = {}
    for group in groups:
        counts = Counter(f.name for f in found if f.name in group)
        choice = canonical_choice(counts)
        for name in group:
            canonical[name] = choice
    # The strongest evidence about a person decides the role of all their mentions.
    role_of: dict[str, tuple[int, str]] = {}
    plays_of: dict[str, str] = {}
    for f in found:
        key = canonical[f.name]
        if f.role and (key not in role_of or f.strength > role_of[key][0]):
            role_of[key] = (f.strength, f.role)
        if f.plays and key not in plays_of:
            plays_of[key] = f.plays
    for f in found:
        key = canonical[f.name]
        f.role = role_of.get(key, (0, "person"))[1]
        if f.role == "actor" and f.plays is None:
            f.plays = plays_of.get(key)
    _described_links(body, found)
    for f in found:
        key = canonical[f.name]
        if f.role == "actor" and f.plays:
            plays_of.setdefault(key, f.plays)
    mentions = []
    for f in found:
        key = canonical[f.name]
        plays = plays_of.get(key) if f.role == "actor" else None
        mentions.append(Mention(f.name, key, f.role or "person", Span(f.start, f.end), plays))
    return mentions
