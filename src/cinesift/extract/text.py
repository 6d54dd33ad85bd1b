"""Plain-text pages (saved from a browser, pasted, exported) to review body, comments and byline.

Pages saved as text keep their navigation, author boxes, comment threads and comment forms as
lines. Their structure survives only as indentation, list markers and a few stock phrases, which
is what this module reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cinesift.extract.boilerplate import is_boilerplate_line
from cinesift.model import Comment

_LIST_ITEM = re.compile(r"^(?P<marker>(?:\d{1,3}[.)])|[-*•·▪●◦])\s+(?P<rest>.*)$")
_THREAD_HEADING = re.compile(
    r"""(?ix)^(?:
        (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+
        (?:thoughts?|comments?|responses?|replies|reactions?)(?:\s+(?:on|to)\b.*)?
      | comments?(?:\s*\(\d+\))?:?
      | (?:reader\s+)?(?:comments|responses|discussion)\s*:?
    )\s*$"""
)
_ZERO_COMMENTS = re.compile(r"(?i)(?<!\d)(?:0|no)\s+comments?\s*$")
_PROMPT = re.compile(
    r"""(?ix)\b(?:what\s+do\s+you\s+think|share\s+your\s+(?:thoughts|feels|‘feels’|views)
        |let\s+me\s+know\s+(?:in\s+the\s+comments|what\s+you\s+think)
        |tell\s+(?:me|us)\s+in\s+the\s+comments|leave\s+your\s+thoughts|drop\s+a\s+comment)"""
)
# Everything after one of these lines belongs to the site, not the review.
_TRAILER = re.compile(
    r"""(?ix)^(?:recent\s+posts|related\s+(?:posts|articles|reviews)|you\s+may\s+also\s+like
        |more\s+from\b|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment
        |popular\s+posts|\d+\s+views?\b.*|see\s+all|bottom\s+of\s+page|subscribe\b.*
        |share\s+this\b.*|like\s+this:?|newer\s+post|older\s+post)\s*$"""
)
_RATING_LINE = re.compile(
    r"""(?ix)^(?:my\s+)?(?:rating|score|verdict|grade|overall)\b.{0,20}?
        (?:\d+(?:[.,]\d+)?\s*(?:/|out\s+of)\s*\d+|[★☆*]{2,}|[A-F][+-]?\s*$)"""
)
_BIO = re.compile(
    r"""(?x)^(?:(?i:hello|hi|hey)\b[^.!?]{0,30}[,.!]?\s*)?(?:(?i:I'?m|I\s+am|my\s+name\s+is)\s+
        (?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))[.,!]\s+.*
        \b(?i:blogger|writer|critic|reviewer|student|years?\s+old|from|love|lover|fan)\b"""
)
_BYLINE = re.compile(
    r"""(?x)^(?i:written\s+by|posted\s+by|review\s+by|reviewed\s+by|by|about\s+the\s+author:?)\s+
        (?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})\b(?:\s+(?:on|at|in)\b.*)?\s*$"""
)
_SIGNOFF = re.compile(r"^[-–—~]\s*(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})\s*$")
# Short capitalised lines at the top of a text page that are not the review's headline: spoiler
# warnings, labelled fields ("My Grade: F", "Cast: ...", "Rating: 8"), scores, sign-offs, notes.
_NOT_A_TITLE = re.compile(
    r"(?i)spoil"
    r"|^\W*(?:my\s+)?(?:rating|rate|grade|score|verdict|bottom\s+line|pros|cons|cast|starring"
    r"|director|directed|written|writer|producer|runtime|running\s+time|aspect\s+ratio|genre"
    r"|quality|story|acting|title|released?|eye\s+candy|summary|note|update)\b[^:]{0,20}:"
    r"|\b\d+(?:\.\d+)?\s*/\s*\d+\b|\bout\s+of\s+\d+\b"
    r"|^\W*(?:signed|a\s+review\s+by|reviewed\s+by|written\s+by|released\s+by|p\.\s?s\b"
    r"|originally\s+(?:written|posted))"
    r"|https?://|www\."
    r"|(?-i:^[A-Z][a-z]+(?:\s+[a-z]+){1,2}:\s)"  # "Sound format: Mono", a label in sentence case
    r"|^(?:director|producer|editor|music)\s+(?:of|by)\b"
    # a screening's day and time, a site's author field, a score in words
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bauthor\s*:|\bout\s+of\s+(?:ten|five|four)\b"
    r"|^(?:what\s+to\s+expect|the\s+verdict|final\s+thoughts|conclusion|introduction)\W*$"
)
_DATE_LINE = re.compile(
    r"""(?ix)^(?:updated|posted|published|posted\s+on|published\s+on|date)\s*:?\s*
        (?P<date>(?:\w+\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+\w+\s+\d{4})|(?:\d{4}-\d{2}-\d{2}))\s*$"""
)


@dataclass
class TextExtraction:
    body: str
    comments: list[Comment] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class _Line:
    indent: int
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def item(self) -> re.Match[str] | None:
        return _LIST_ITEM.match(self.text)


def extract_text(text: str) -> TextExtraction:
    """Split a text page into the review body, the reader comments, title, byline and date."""
    lines = [_Line(len(raw) - len(raw.lstrip()), raw.strip()) for raw in _expand(text)]
    end = _trailer_start(lines)
    thread_start, thread_end = _thread(lines, end)
    body_lines = lines[:thread_start]
    comments = _parse_comments(lines[thread_start:thread_end]) if thread_start < thread_end else []

    title, date, start = _head(body_lines)
    body_lines, author = _strip_tail(body_lines[start:])
    author = author or _byline(lines[:start])
    body = _join(line for line in body_lines if not is_boilerplate_line(line.text))
    return TextExtraction(body=body, comments=comments, title=title, author=author, date=date)


def _expand(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return [line.rstrip() for line in text.split("\n")]


def _trailer_start(lines: list[_Line]) -> int:
    for i, line in enumerate(lines):
        if not line.text:
            continue
        # "0 comments" ends a page anywhere; other trailers only past the head of the page,
        # where navigation reuses the same words ("Related posts" menus).
        if _ZERO_COMMENTS.search(line.text) or (_TRAILER.match(line.text) and i > len(lines) * 0.2):
            return i
    return len(lines)


def _thread(lines: list[_Line], end: int) -> tuple[int, int]:
    """Where the reader comment thread starts and ends, or (end, end) when there is none."""
    for i in range(end):
        if lines[i].text and _THREAD_HEADING.match(lines[i].text):
            return i, end
    # No heading: an indented run of list items that closes the page, right after a line that
    # ends a review (a rating, a bio, a call for comments).
    start = end
    i = end - 1
    while i >= 0 and (lines[i].blank or lines[i].indent >= 2):
        if lines[i].item and lines[i].indent >= 2:
            start = i
        i -= 1
    if start == end:
        return end, end
    previous = next((line for line in reversed(lines[:start]) if line.text), None)
    if previous is None:
        return end, end
    if (
        _RATING_LINE.match(previous.text)
        or _BIO.match(previous.text)
        or _PROMPT.search(previous.text)
        or _SIGNOFF.match(previous.text)
    ):
        # Start the thread right after that anchor: a call for comments is not review text.
        anchor = lines.index(previous, max(0, i))
        return (anchor if _PROMPT.search(previous.text) else start), end
    return end, end


def _parse_comments(lines: list[_Line]) -> list[Comment]:
    lines = [line for line in lines if not _THREAD_HEADING.match(line.text)]
    lines = [line for line in lines if not _PROMPT.search(line.text) or line.indent >= 2]
    items: list[tuple[int, list[_Line]]] = []
    for line in lines:
        if line.item:
            items.append((line.indent, [line]))
        elif items:
            items[-1][1].append(line)
    indents = sorted({indent for indent, _ in items})
    comments = []
    for indent, group in items:
        first = group[0].item
        assert first is not None
        head = first.group("rest").strip()
        rest = [line for line in group[1:] if line.text and not is_boilerplate_line(line.text)]
        author = None
        if rest and _looks_like_name(head) and rest[0].indent > group[0].indent:
            author, paragraphs = head, rest
        else:
            paragraphs = [_Line(indent, head), *rest]
        text = "\n".join(p.text for p in paragraphs).strip()
        if text:
            comments.append(Comment(text=text, author=author, depth=indents.index(indent)))
    return comments


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and not re.search(r"[.!?,:;]$", text) and len(text) <= 40


def _head(lines: list[_Line]) -> tuple[str | None, str | None, int]:
    """Title, date and where the review starts: after the short navigation and headline lines."""
    title = date = None
    start = 0
    for i, line in enumerate(lines[:40]):
        if line.blank:
            continue
        m = _DATE_LINE.match(line.text)
        if m:
            date = m.group("date")
            start = i + 1
            continue
        if _is_prose(line.text):
            start = i
            break
        longer = title is None or len(line.text.split()) > len(title.split())
        if longer and _could_be_title(line.text):
            title = line.text
        start = i + 1
    if title is None:
        # No headline above the text: a title-like line among the first ones counts only when
        # the text names it again ("Miracle in Cell No. 7" under an epigraph), so a sign-off,
        # a date or a verdict line ("Ten out of Ten") is not taken for the film.
        text = "\n".join(ln.text for ln in lines).lower()
        title = next(
            (
                ln.text
                for ln in lines[start : start + 12]
                if ln.text and _could_be_title(ln.text) and text.count(ln.text.lower()) >= 2
            ),
            None,
        )
    return title, date, start


def _is_prose(text: str) -> bool:
    words = text.split()
    if len(words) >= 4 and text[-1:] in '.!?…"”':
        return True
    return len(words) >= 12 or (len(words) >= 8 and not _titleish(text))


def _could_be_title(text: str) -> bool:
    """A headline candidate: title-like, and not a warning, labelled field, score or sign-off."""
    return _titleish(text) and not is_boilerplate_line(text) and not _NOT_A_TITLE.search(text)


def _titleish(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 12 or text[-1:] in ".!?,;:":
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= max(1, len(words) // 2) and len(words) >= 2


def _strip_tail(lines: list[_Line]) -> tuple[list[_Line], str | None]:
    """Drop the author box or bio that follows the review, keeping the reviewer's name."""
    author = None
    last_rating = max((i for i, ln in enumerate(lines) if _RATING_LINE.match(ln.text)), default=-1)
    for i in range(max(0, last_rating + 1), len(lines)):
        text = lines[i].text
        m = _BIO.match(text) or _BYLINE.match(text) or _SIGNOFF.match(text)
        if m:
            author = m.group("name")
            return lines[:i], author
    return lines, author


def _byline(lines: list[_Line]) -> str | None:
    for line in lines:
        m = _BYLINE.match(line.text)
        if m:
            return m.group("name")
    return None


def _join(lines) -> str:
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.blank:
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            paragraphs[-1].append(line.text)
    return "\n\n".join("\n".join(p) for p in paragraphs if p)
