"""Which film a page reviews: title cleaned of site furniture, variants normalised, year found."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from cinesift.model import FilmRef, film_key, normalise_title

__all__ = [
    "clean_title",
    "film_key",
    "identify_film",
    "marks_a_film",
    "normalise_title",
    "parse_film_arg",
    "schema_types",
    "speaks_of_film",
]

_YEAR = r"(?:19[0-9]{2}|20[0-9]{2})"
_TITLE_YEAR = re.compile(rf"^(?P<title>.+?)\s*[(\[]\s*(?P<year>{_YEAR})\s*[)\]]")
_TITLE_FURNITURE = re.compile(
    r"""(?ix)
    ^\s*(?:(?:movie|film)\s+)?review\s*[:\-–—|]\s*     # "Review: X", "Movie review – X"
    | ^\s*[\[(][^\])]*review[^\])]*[\])]\s*             # "[Review] X"
    | \s*[:\-–—|]?\s*\b(?:(?:a\s+)?(?:korean|k-|chinese|japanese|hollywood|indian|thai)\s*)?
      (?:movie|film)\s+review\b.*$                       # "X Movie Review ..."
    | \s*[:\-–—|]\s*(?:a\s+)?review\b.*$                 # "X – review"
    | \s+review\s*$
    | \s*\b(?:korean|chinese|japanese|thai|indian|hollywood)\s+(?:movie|film|drama)\s*$
    | \s*\[[^\]]*\]\s*$                                  # "[Korean Movie]"
    """
)
_SITE_SUFFIX = re.compile(r"\s+[|–—]\s+[^|–—]{2,60}$|\s+-\s+[^-]{2,40}$")


# Words of film and television. The strong ones hardly occur elsewhere; the weak ones do
# ("series", "stars", "role", "watch", "performance"), so in a text they count only when they
# are not rare. The check turns away pages that plainly are about something else, such as a
# blog's about page or a news story on another subject that a crawl brought in.
_STRONG_FILM_WORDS = re.compile(
    r"""(?ix)\b(?:
        films? | film-?mak\w* | movies? | cinemas? | cinema\w+ | screenplays? | screenwrit\w*
      | trailers? | sequels? | prequels? | remakes? | biopics? | blockbusters? | documentar\w+
      | oscars? | hollywood | bollywood | nollywood | directorial | directed\s+by | starring
      | co-?stars? | actors? | actress\w* | on-?screen | box[- ]office | running\s+time
      | runtime | imdb | dvds? | blu-?rays? | netflix | sitcoms?
    )\b"""
)
_WEAK_FILM_WORDS = re.compile(
    r"""(?ix)\b(?:
        screen\w* | direct(?:ed|or|ors|ing) | stars? | starr\w+ | acting | cast | casting
      | performances? | scenes? | plot | characters? | script\w* | storyline | soundtrack
      | genre | horror | comed\w+ | thrillers? | drama\w* | animat\w+ | premiere\w*
      | viewers? | audiences? | roles? | watch(?:ed|ing|es)? | theat(?:er|re)s? | episodes?
      | series | seasons?
    )\b"""
)
_WORDS_PER_WEAK_WORD = 200  # a text with no strong word needs a weak one every 200 words
_REVIEW_WORD = re.compile(r"(?i)\breview")


def speaks_of_film(names: Iterable[str | None], texts: Iterable[str | None]) -> bool:
    """True when the page's names (title, address) use any word of film or call the page a
    review, or its texts use a strong film word or weak ones often enough."""
    for name in names:
        if name and (
            _REVIEW_WORD.search(name)
            or _STRONG_FILM_WORDS.search(name)
            or _WEAK_FILM_WORDS.search(name)
        ):
            return True
    texts = [text for text in texts if text]
    if any(_STRONG_FILM_WORDS.search(text) for text in texts):
        return True  # most film pages stop here, at the first strong word of the body
    weak = sum(len(_WEAK_FILM_WORDS.findall(text)) for text in texts)
    return weak > 0 and weak * _WORDS_PER_WEAK_WORD >= sum(len(text.split()) for text in texts)


_FILM_TYPES = frozenset({"movie", "movieseries", "tvseries", "tvseason", "tvepisode"})


def schema_types(item: dict[str, Any]) -> set[str]:
    """An item's schema.org types, lower-case and without prefix ("Movie", "schema:Movie" and
    "http://schema.org/Movie" are all "movie"); extruct's non-uniform microdata says "type"."""
    kind = item.get("@type") or item.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for k in kinds if k}


def marks_a_film(item: Any) -> bool:
    """A schema.org Movie or show, or a review whose reviewed item is one."""
    if not isinstance(item, dict):
        return False
    return bool(schema_types(item) & _FILM_TYPES) or marks_a_film(item.get("itemReviewed"))


def parse_film_arg(value: str) -> FilmRef:
    """`--film "Title (Year)"` or `--film Title`."""
    m = _TITLE_YEAR.match(value.strip())
    if m:
        return FilmRef(m.group("title").strip(), int(m.group("year")))
    return FilmRef(value.strip())


def clean_title(page_title: str, site: str | None = None) -> tuple[str, int | None]:
    """Strip "Review:", site names and "(2013)" furniture from a headline; return (title, year)."""
    title = page_title.strip()
    if site and title.lower().endswith(site.lower()) and len(title) > len(site) + 3:
        title = title[: -len(site)].rstrip(" |–—-:")
    title = _SITE_SUFFIX.sub("", title) if _SITE_SUFFIX.search(title) and len(title) > 25 else title
    year = None
    m = _TITLE_YEAR.match(title)
    if m:
        title, year = m.group("title"), int(m.group("year"))
    for _ in range(3):
        stripped = _TITLE_FURNITURE.sub("", title).strip(" :-–—|\"'“”‘’")
        if stripped == title or not stripped:
            break
        title = stripped
    m = _TITLE_YEAR.match(title)
    if m:
        title, year = m.group("title").strip(), year or int(m.group("year"))
    return title.strip(" :-–—|\"'“”‘’"), year


def identify_film(
    title: str | None,
    body: str,
    structured: list[dict[str, Any]] | None = None,
    site: str | None = None,
) -> FilmRef | None:
    """The film a page reviews, from structured data first, then the headline, then the body."""
    for item in structured or []:
        reviewed = item.get("itemReviewed")
        if isinstance(reviewed, dict) and reviewed.get("name"):
            year = _year_of(reviewed.get("dateCreated") or reviewed.get("datePublished"))
            name, title_year = clean_title(str(reviewed["name"]))
            return FilmRef(name, year or title_year or _year_near(body, name))
        if "movie" in schema_types(item) and item.get("name"):
            name, title_year = clean_title(str(item["name"]))
            return FilmRef(name, _year_of(item.get("dateCreated")) or title_year)
    if title:
        name, year = clean_title(title, site)
        name = _title_within_headline(name, body)
        if _SPEAKS.search(name) and year is None:
            return None  # "DON'T SEE THIS MOVIE": a verdict for a headline, no title in it
        if name and len(name) <= 120:
            return FilmRef(_canonical_spelling(name, body), year or _year_near(body, name))
    return None


# A headline that speaks of "this movie" is a sentence, not a title, unless a year in brackets
# marks it as one ("This Movie Is Broken (2010)").
_SPEAKS = re.compile(r"(?i)\b(?:this|that)\s+(?:movie|film|flick)\b")

_SMALL_WORDS = frozenset(
    "a an and the of in on at to for with why how what my our your is was it i we you this "
    "that these those but or so yet if when then than as from by get finally watched watching "
    "review reviews defence defense".split()
)


def _title_within_headline(headline: str, body: str) -> str:
    """The film's title inside a headline like "Why Miracle in Cell No.7 Stays With You".

    A headline the body repeats is taken whole. Otherwise the longest run of the headline's
    words that the body names, capitalised, is the title (a single word must recur).
    """
    words = headline.split()
    if body.lstrip().startswith(headline):  # the headline echoed at the top is no evidence
        body = body.lstrip()[len(headline) :]
    if not words or _mentions(headline, body) >= 1:
        return headline
    best: tuple[int, int, str] | None = None
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            run = [w.strip(".,:;!?()'\"“”‘’") for w in words[i:j]]
            if not run[0][:1].isupper() and not run[0][:1].isdigit():
                continue
            if run[0].lower() in _SMALL_WORDS or run[-1].lower() in _SMALL_WORDS:
                continue
            if not any(len(w) >= 3 and w.isalpha() for w in run):
                continue  # "7" or "No. 7" alone is no title
            text = " ".join(run)
            count = _mentions(text, body, capitalised=True)
            needed = 2 if len(run) == 1 else 1  # one word ("Cats") must recur to count
            if count >= needed and (best is None or (len(run), count) > best[:2]):
                best = (len(run), count, text)
    return best[2] if best else headline


def _mentions(title: str, body: str, capitalised: bool = False) -> int:
    """How often the body names the title, allowing "No.7"/"No. 7" and case variants.

    With `capitalised`, only mentions that start with a capital letter count, so the common
    word "cell" does not pass for the title "Cell".
    """
    parts = [re.escape(p) for p in re.findall(r"\w+", title)]
    if not parts:
        return 0
    pattern = re.compile(r"(?<!\w)" + r"\W*".join(parts) + r"(?!\w)", re.I)
    return sum(1 for m in pattern.finditer(body) if not capitalised or m.group(0)[0].isupper())


def _canonical_spelling(name: str, body: str) -> str:
    """Prefer the spelling the page itself uses most for the same normalised title."""
    norm = normalise_title(name)
    if not norm:
        return name
    words = norm.split()
    pattern = re.compile(r"\b" + r"[\s\W]*".join(re.escape(w) for w in words) + r"\b", re.I)
    spellings = Counter(
        m.group(0)
        for m in pattern.finditer(body)
        if m.group(0).count("(") == m.group(0).count(")")  # not "(DEA) officials" cut in half
    )
    spellings[name] += 1
    best, _ = spellings.most_common(1)[0]
    return best if any(ch.isupper() for ch in best) else name


def _year_of(value: Any) -> int | None:
    m = re.search(_YEAR, str(value or ""))
    return int(m.group(0)) if m else None


def _year_near(body: str, name: str) -> int | None:
    """A year written right after the title, "Parasite (2019)", counts as the film's year."""
    norm_words = normalise_title(name).split()
    if not norm_words:
        return None
    pattern = re.compile(
        r"[\s\W]*".join(re.escape(w) for w in norm_words) + rf"\W{{0,3}}\s*[(\[]({_YEAR})[)\]]",
        re.I,
    )
    m = pattern.search(body[:5000])
    return int(m.group(1)) if m else None
