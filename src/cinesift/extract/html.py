"""HTML pages to review body, reader comments and page metadata.

The page is parsed once with lexbor. The comment thread is read from its markup and removed
from the tree (with comment forms), then trafilatura extracts the main text from what is left, so
no comment sentence can reach the body. Tables that lay out the whole page become plain blocks
first; when the page holds one post container, lines from outside it are dropped. A verdict box
set beside the text ("Our verdict: ...") is the critic's summing-up and joins the body. Metadata
comes from the page head, the byline markup and schema.org items (read with extruct only when the
page carries any).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from selectolax.lexbor import LexborHTMLParser, LexborNode
from trafilatura.utils import load_html

from cinesift.extract.boilerplate import is_boilerplate_line, is_section_heading, is_thread_heading
from cinesift.extract.comments import comments_from_text, extract_thread, normalize_date
from cinesift.extract.film import schema_types
from cinesift.model import Comment
from cinesift.settings import Options

__all__ = ["HtmlExtraction", "extract_html"]


@dataclass
class HtmlExtraction:
    """What one HTML page yields before analysis: body, comments and metadata."""

    body: str  # main text, paragraphs separated by "\n\n"
    comments: list[Comment] = field(default_factory=list)
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date
    language: str | None = None
    structured: list[dict[str, Any]] = field(default_factory=list)  # each with a "syntax" key


_SPACES = re.compile(r"\s+")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—·»:]|-{1,2})\s+")
_BYLINE = (
    "[itemprop=author] [itemprop=name]",
    "[data-author]",
    ".message-name .username",
    ".postprofile .username",
    ".author .username",
    "[data-hook=user-name]",
    ".post-author a",
    "[rel=author]",
    ".byline .author",
    ".entry-author .fn",
    ".author.vcard .fn",
    ".post-author .fn",
    ".byline",
    ".entry-author",
    ".post-author",
    ".author-name",
    ".article-author",
    ".author",
)
_BYLINE_NOISE = re.compile(r"(?i)^\s*(?:posted|written|reviewed)?\s*by\s*:?\s*|\s+(?:on|at)\s*$")
# Words of links and labels that sit where a byline does but name nobody.
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:view|archive|posts?|more|about|profile|comments?|read|follow|subscribe|share)\b|[→»›|@]"
)
_ARTICLE_TYPES = frozenset(
    {
        "review",
        "criticreview",
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "webpage",
        "socialmediaposting",
        "discussionforumposting",
        "posting",
    }
)


def extract_html(html: str, url: str | None = None, options: Options = Options()) -> HtmlExtraction:  # noqa: B008 - Options is frozen
    """Body, reader comments and metadata of one decoded HTML page.

    With `options.include_comments` off the thread is still cut out of the body, only not
    returned.
    """
    tree = LexborHTMLParser(html)
    head = _head_metadata(tree)
    # Read before the thread goes: a forum's opening-post date sits in markup removed with it.
    visible_date = _visible_date(tree)
    comments = extract_thread(tree)
    # Before the rating boxes lose their class names, which mark the verdict boxes too.
    verdicts = _verdict_boxes(tree)
    _keep_rating_lines(tree)
    container = _article_text(tree)
    # One lxml parse of the pruned page serves both extruct and trafilatura.
    pruned = load_html(tree.html or html)
    structured = _structured(pruned, html, url) if pruned is not None else []
    if pruned is not None:
        _unwrap_layout_tables(pruned)
    # trafilatura's own comment pass stays on: it prunes comment blocks our markup rules missed.
    document = (
        trafilatura.bare_extraction(
            pruned,
            url=url,
            include_comments=True,
            include_tables=True,
            with_metadata=False,
            favor_precision=False,  # precision mode cost recall on blogs with short posts
        )
        if pruned is not None
        else None
    )
    text = (document.text or "") if document is not None else ""
    body = _with_verdicts(_clean_body(text, head.get("title"), container), verdicts)
    if not comments and document is not None and getattr(document, "comments", None):
        comments = comments_from_text(document.comments)
    title = head.get("title")
    author = head.get("author")
    date = head.get("date")
    site = head.get("site")
    for item in structured:
        kind = schema_types(item)
        if not kind & _ARTICLE_TYPES:
            continue
        title = title or _str(item.get("headline")) or _str(item.get("name"))
        author = author or _person(item.get("author"))
        date = date or normalize_date(_str(item.get("datePublished")))
        site = site or _person(item.get("publisher"))
    if author and not _looks_like_name(author):
        author = None
    author = author or _byline(tree)
    date = date or visible_date
    if site is None and url:
        host = urlsplit(url).hostname or ""
        site = host.removeprefix("www.") or None
    language = head.get("language")
    if language is None and body:
        from cinesift.extract.language import detect_language

        language = detect_language(body)
    return HtmlExtraction(
        body=body,
        comments=comments if options.include_comments else [],
        title=_clean_title(title, site),
        site=site,
        author=author,
        date=date,
        language=language,
        structured=structured,
    )


_RATING_CLASS = "[class*=rating], [class*=score], [class*=verdict], [class*=grade], [class*=stars]"
_RATING_TEXT = re.compile(
    r"""(?ix)^(?:(?:my|our|final|the)\s+)?(?:rating|score|verdict|grade|overall)\b.{0,25}?(?:\d|[★☆*]|\b[A-F][+-]?\s*$)
    | ^[★☆½*\s]+$ | ^\d{1,3}(?:\.\d)?\s*(?:/|out\s+of)\s*\d{1,3}\b"""
)


def _keep_rating_lines(tree: LexborHTMLParser) -> None:
    """Let the reviewer's own rating line through: trafilatura drops "rating" classes as widgets.

    Only short boxes inside the article whose text reads like a rating lose the class name; the
    rating widgets of sidebars stay where they are (outside the article, they are cut anyway).
    """
    for node in tree.css(_RATING_CLASS):
        text = _SPACES.sub(" ", node.text()).strip()
        if (
            node.tag in ("p", "div", "span", "strong", "li", "td", "h3", "h4")
            and 0 < len(text) <= 120
            and _RATING_TEXT.search(text)
        ):
            del node.attrs["class"]


_VERDICT_BOX = "[class*=verdict i]"
_VERDICT_HEADINGS = "h1, h2, h3, h4, h5, h6, .title, [class*=heading i], [class*=label i]"
# Ancestors that hold other pages' teasers: a verdict there is another review's.
_TEASER_TOKEN = re.compile(r"(?i)side-?bar|widget|related|recent|popular|promo|teaser|more-")


def _verdict_boxes(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """The one-line verdicts that review templates set in a box of their own.

    News and magazine reviews put "Our verdict: <one sentence>" in a box beside the text, which
    main-text extraction drops with the other boxes, though it is the critic's summing-up.
    Returns (text, squashed page text up to the box) for each distinct verdict, in page order.
    """
    page: str | None = None  # the whole page squashed, read only when a verdict is found
    found: list[tuple[str, str]] = []
    taken: set[str] = set()
    for node in tree.css(_VERDICT_BOX):
        # The innermost box is the verdict; one around it also holds the score dial and links.
        inner = [n for n in node.css(_VERDICT_BOX) if n.mem_id != node.mem_id]
        if _has_teaser_ancestor(node) or any(len(n.text().strip()) >= 20 for n in inner):
            continue
        text = _SPACES.sub(" ", node.text(separator=" ")).strip()
        for heading in node.css(_VERDICT_HEADINGS):
            # "Our Verdict" labels the box; a heading that carries the rating is kept.
            label = _SPACES.sub(" ", heading.text(separator=" ")).strip()
            is_label = label and len(label) <= 30 and text.startswith(label)
            if is_label and not _RATING_TEXT.search(label):
                text = text[len(label) :].strip()
        words = _squashed(text)
        if not 20 <= len(text) <= 400 or len(text.split()) < 5 or words in taken:
            continue
        taken.add(words)
        if page is None:
            page = _squashed(tree.body.text(separator=" ")) if tree.body is not None else ""
        at = page.find(words)
        found.append((text, page[:at] if at >= 0 else page))
    return found


def _has_teaser_ancestor(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        ident = f"{parent.attributes.get('id') or ''} {parent.attributes.get('class') or ''}"
        if _TEASER_TOKEN.search(ident):
            return True
        parent = parent.parent
    return False


def _with_verdicts(body: str, verdicts: list[tuple[str, str]]) -> str:
    """The body with the verdict boxes it lacks, above or below it as they stand on the page."""
    if not body or not verdicts:
        return body
    squashed = _squashed(body)
    first = _squashed(body.split("\n\n", 1)[0])[:60]
    above: list[str] = []
    below: list[str] = []
    for text, preceding in verdicts:
        if _squashed(text) in squashed:
            continue
        (above if first and first not in preceding else below).append(text)
    return "\n\n".join([*above, body, *below])


# Where blog engines and news templates put the post's own text; the first that the page holds
# once, with some text in it, marks the article. Ordered from the narrowest to the widest.
_ARTICLE_CONTAINERS = (
    "[itemprop=articleBody]",
    "[itemprop=reviewBody]",
    ".entry-content",
    ".post-body",
    ".post-content",
    ".article-body",
    ".article-content",
    ".story-body",
    ".post-entry",
    ".entry-body",
    ".postbody",
    ".post-text",
)
_WORDS = re.compile(r"\w+")


def _squashed(text: str) -> str:
    """Words only, run together: trafilatura and the DOM space and punctuate a text differently."""
    return "".join(_WORDS.findall(text.lower()))


def _article_text(tree: LexborHTMLParser) -> tuple[str, str] | None:
    """The squashed text of the page's one post container and of the block around it.

    The block around it holds what news templates set just outside the body: the standfirst,
    the rating box. None when the page has no single container with some text in it.
    """
    for selector in _ARTICLE_CONTAINERS:
        nodes = tree.css(selector)
        if len(nodes) != 1:
            continue
        text = _squashed(nodes[0].text(separator=" "))
        if len(text) >= 100:
            around = nodes[0].parent
            return text, _squashed(around.text(separator=" ")) if around is not None else text
    return None


def _inside_article(
    paragraphs: list[str], container: tuple[str, str], title: str | None = None
) -> list[str]:
    """The paragraphs that come from the post container, when they hold most of its text.

    trafilatura keeps blurbs next to a short post (the blog's "about" box, a bio, a sidebar
    list); the post container says which lines are the post. The reviewer's rating line may sit
    in a box of its own beside the text, so it stays, and so does the standfirst: sentences set
    right above the text, often the critic's verdict in a line, which news templates print
    outside the body's box. When the extraction missed most of the container, the container is
    not the article as trafilatura saw it and nothing is dropped.
    """
    body, around = container
    squashed = [_squashed(p) for p in paragraphs]
    in_body = [words in body for words in squashed]
    kept = sum(len(words) for words, inside in zip(squashed, in_body, strict=True) if inside)
    if kept < 0.5 * len(body):
        return paragraphs
    keep = [
        words in around or bool(_RATING_TEXT.search(p))
        for p, words in zip(paragraphs, squashed, strict=True)
    ]
    first = next((i for i, words in enumerate(squashed) if words and in_body[i]), 0)
    for index in range(first - 1, -1, -1):
        line = paragraphs[index]
        if title and _echoes_title(line, title):
            continue  # the headline: dropped with the other echoes of the title
        if keep[index] or len(line.split()) < _STANDFIRST_WORDS:
            break
        keep[index] = True
    return [p for p, kept_line in zip(paragraphs, keep, strict=True) if kept_line]


_STANDFIRST_WORDS = 12  # a sentence, not a caption, a kicker or a link


_CELL_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "blockquote", "ul", "ol", "table"})


def _unwrap_layout_tables(root: HtmlElement) -> None:
    """Turn tables that lay out a whole page into plain blocks.

    Older sites set the page in a table (menu cell, content cell, sidebar cell); extracted as a
    table, its cells come out as one run-on row with the menu and sidebar glued to the article.
    A cell that holds paragraphs and headings with a few hundred characters is layout, not data:
    a data table (cast list, scores) has short cells without blocks in them.
    """
    for table in list(root.iter("table")):
        # Its own rows and cells only: a table nested in a cell is judged on its own.
        parts = [
            part
            for part in table.iter("thead", "tbody", "tfoot", "tr", "td", "th")
            if next(part.iterancestors("table"), None) is table
        ]
        if any(part.tag in ("td", "th") and _is_layout_cell(part) for part in parts):
            for part in (table, *parts):
                part.tag = "div"


def _is_layout_cell(cell: HtmlElement) -> bool:
    if not any(child.tag in _CELL_BLOCKS for child in cell.iter()):
        return False
    return len(cell.text_content()) >= 400


def _clean_body(
    text: str, title: str | None = None, container: tuple[str, str] | None = None
) -> str:
    """Paragraphs of the extracted text, site furniture lines dropped, trailing widgets cut."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    total = sum(len(line) for line in lines)
    paragraphs: list[str] = []
    seen = 0
    for line in lines:
        seen += len(line)
        if is_section_heading(line) or is_thread_heading(line):
            # "Share this:", "Related posts", "3 thoughts on …" below most of the text: the
            # article ended above. Near the top they are toolbars ("5 Comments", "Share"); a
            # heading after a few paragraphs of text ends the article even when a long
            # slideshow or link list follows it.
            if seen > total * 0.6 or (len(paragraphs) >= 3 and seen - len(line) >= 1500):
                break
            continue
        if not is_boilerplate_line(line):
            paragraphs.append(line)
    if container:
        paragraphs = _inside_article(paragraphs, container, title)
    if title and len(paragraphs) > 1:
        # The headline is the page's title, not its text: drop it where the extraction kept it
        # above the article, and where a forum prints the thread title again under the post.
        # Above the article a masthead may echo the site half of the title before the headline.
        for index in (-1, 0, 0):
            if len(paragraphs) > 1 and _echoes_title(paragraphs[index], title):
                paragraphs.pop(index)
    return "\n\n".join(paragraphs)


def _echoes_title(line: str, title: str) -> bool:
    line = _SPACES.sub(" ", line).strip().lower()
    headline = _SPACES.sub(" ", title).strip().lower()
    if line == headline:
        return True
    # "Blog name: Headline" and "Headline | Site" titles carry the headline at either end.
    return len(line) > 15 and (headline.startswith(line) or headline.endswith(line))


def _meta(tree: LexborHTMLParser, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{key}"]')
            if node is not None:
                content = _SPACES.sub(" ", node.attributes.get("content") or "").strip()
                if content:
                    return content
    return None


def _head_metadata(tree: LexborHTMLParser) -> dict[str, str | None]:
    title = _meta(tree, "og:title", "twitter:title", "dc.title", "DC.title")
    if title is None:
        node = tree.css_first("title")
        title = _SPACES.sub(" ", node.text()).strip() if node is not None else None
        if not title:
            h1 = tree.css_first("h1")
            title = _SPACES.sub(" ", h1.text()).strip() if h1 is not None else None
    author = _meta(tree, "author", "article:author", "dc.creator", "DC.creator", "byl")
    if author and (author.startswith("http") or "/" in author):
        author = None
    date = normalize_date(
        _meta(
            tree,
            "article:published_time",
            "datePublished",
            "date",
            "dc.date",
            "DC.date",
            "pubdate",
            "publish-date",
            "og:published_time",
        )
    )
    language = None
    html_node = tree.css_first("html")
    if html_node is not None:
        language = html_node.attributes.get("lang") or html_node.attributes.get("xml:lang")
    language = language or _meta(tree, "og:locale", "content-language", "language")
    if language is None:
        node = tree.css_first('meta[http-equiv="content-language" i]')
        language = node.attributes.get("content") if node is not None else None
    if language:
        language = re.split(r"[-_,; ]", language.strip().lower(), maxsplit=1)[0] or None
    return {
        "title": title or None,
        "site": _meta(tree, "og:site_name", "application-name"),
        "author": _BYLINE_NOISE.sub("", author).strip() if author else None,
        "date": date,
        "language": language,
    }


def _byline(tree: LexborHTMLParser) -> str | None:
    for selector in _BYLINE:
        node = tree.css_first(selector)
        if node is None:
            continue
        text = node.attributes.get("data-author") or node.text()
        text = _BYLINE_NOISE.sub("", _SPACES.sub(" ", text).strip()).strip()
        if _looks_like_name(text) and not is_boilerplate_line(text):
            return text
    return None


def _looks_like_name(text: str) -> bool:
    """A person's name or a user handle: a few words, no link or label words, few digits."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not 1 < len(text) <= 60 or _NOT_A_NAME.search(text):
        return False
    return sum(ch.isdigit() for ch in text) <= 4


def _visible_date(tree: LexborHTMLParser) -> str | None:
    for selector in ("time[datetime]", "[itemprop=datePublished]", "abbr.published", ".published"):
        node = tree.css_first(selector)
        if node is None:
            continue
        for value in (
            node.attributes.get("datetime"),
            node.attributes.get("content"),
            node.attributes.get("title"),
            node.text(),
        ):
            date = normalize_date(value)
            if date:
                return date
    return None


def _clean_title(title: str | None, site: str | None) -> str | None:
    """The headline without the " | Site name" most pages append to <title>."""
    if not title:
        return None
    title = _SPACES.sub(" ", title).strip()
    if site and title.lower().startswith(site.lower() + ":"):
        # Blogger writes "Blog name: Post title".
        title = title[len(site) + 1 :].strip()
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        if site and parts[-1].strip().lower() == site.lower():
            parts = parts[:-1]
        elif site and parts[0].strip().lower() == site.lower():
            parts = parts[1:]
        return " – ".join(p.strip() for p in parts if p.strip()) or title
    return title


def _structured(tree: HtmlElement, html: str, url: str | None) -> list[dict[str, Any]]:
    """schema.org items of the page, one flat list, each tagged with the syntax it came in."""
    syntaxes = [
        syntax
        for syntax, marker in (("json-ld", "application/ld+json"), ("microdata", "itemscope"))
        if marker in html
    ]
    data: dict[str, Any] = {}
    import extruct

    if syntaxes:
        data = extruct.extract(tree, base_url=url, syntaxes=syntaxes, uniform=True, errors="ignore")
    if "typeof=" in html and "schema.org" in html and ("vocab=" in html or "prefix=" in html):
        # RDFa needs its own DOM parse and is slow: only for pages that type things in it.
        data["rdfa"] = extruct.extract(
            html, base_url=url, syntaxes=["rdfa"], uniform=True, errors="ignore"
        ).get("rdfa")
    items: list[dict[str, Any]] = []
    for syntax in ("json-ld", "microdata", "rdfa"):
        for item in data.get(syntax) or []:
            for flat in _flatten(item):
                if syntax == "rdfa" and not flat.get("@type"):
                    continue  # bare Open Graph triples, not schema.org items
                items.append({**flat, "syntax": syntax})
    return items


def _flatten(item: Any) -> list[dict[str, Any]]:
    if isinstance(item, list):
        return [flat for sub in item for flat in _flatten(sub)]
    if not isinstance(item, dict):
        return []
    if "@graph" in item:
        return _flatten(item["@graph"])
    return [item]


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        value = _SPACES.sub(" ", value).strip()
        return value or None
    return None


def _person(value: Any) -> str | None:
    """A name out of a schema.org Person/Organization, a list of them, or a plain string."""
    if isinstance(value, list):
        names = [n for n in (_person(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _str(value.get("name"))
    return _str(value)
