"""The reader comment thread of an HTML page, read from its markup into separate comments.

Comment systems mark up threads in a handful of stock ways: WordPress (`ol.commentlist` of
`li.comment`, replies in nested `ul.children`), Blogger (`dl#comments-block` of `dt`/`dd` pairs,
or threaded `li.comment` blocks), TypePad and Movable Type (`div#comment-<id>.comment`), the
Disqus and Livefyre server-side renderings (`dsq-comment-<n>`, `lf_comment_<n>`), schema.org
`Comment` microdata, and forum engines (phpBB, vBulletin, XenForo, Discourse) whose replies are
the posts after the first. Each comment is one element whose id or class says "comment"; replies
are such elements nested inside another, which gives the reply depth. Older and home-grown
systems are read from what they repeat: a box opened by an empty `<a name="comment-123">`
(JomComment, Blogger classic, DotNetNuke), sibling elements sharing a comment class or a
numbered comment id (`div.blogComment`, JComments' `comment-item-6`), and Tumblr's notes with
commentary.

`extract_thread` reads the comments and removes the thread, its headings and the comment form from
the tree, so the body extractor that runs afterwards cannot pick up a single comment sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cinesift.extract.boilerplate import is_boilerplate_line
from cinesift.model import Comment

__all__ = ["block_text", "comments_from_text", "extract_thread", "normalize_date"]

# Elements that may be (or contain) one comment; filtered precisely in Python below.
_CANDIDATES = (
    "[id*=comment i], [class*=comment i], [id*=dsq i], [itemtype*=Comment], [itemprop=comment],"
    " [id^=c], a[name], ol[class*=comment i] > li, ul[class*=comment i] > li,"
    " ol[id*=comment i] > li, ul[id*=comment i] > li, ol.notes > li.note"
)
# An id naming one comment carries its number: comment-123, li-comment-123, div-comment-123,
# comment_inner_123, lf_comment_123, dsq-comment-123, TypePad's comment-6a00d8...
_ITEM_ID = re.compile(r"(?i)comment\D{0,14}?(?P<key>\d{3,}|[0-9a-f]{16,})")
# Blogger (dt#c123…), Movable Type and TypePad (div#c123…, <a name="c123…"> before a comment).
_BLOGGER_ID = re.compile(r"^(?:c|Blog\d+_cmt-)(?P<key>\d{5,})$")
# Abbreviated ids of home-grown templates (com_37914, cmt-2231) and the bare comment number
# Blogger's classic templates put in an empty <a name="6461113152049819139"> inside each comment.
_SHORT_ID = re.compile(r"(?i)^(?:com|cmt|comm)[-_]?(?P<key>\d{3,})$")
_ANCHOR_ID = re.compile(r"^(?P<key>\d{15,})$")
_HIDDEN = re.compile(r"(?i)display\s*:\s*none")
_NUMBERED_ID = re.compile(r"^[a-z_-]*comment[a-z_-]*\d+$")
# A class naming one comment, whatever the template's prefix (blogComment, jc_comment): the word
# "comment" last, or followed by a word that says "one item". Part classes (comment-body,
# comment-meta, comment-count ...), "commentBox" (as often the form as a comment) and plural
# container classes do not match, except the bare "comments" that some templates give each one.
_GROUP_CLASS = re.compile(
    r"(?i)^(?:[a-z0-9]*[_-]?comment(?:[_-]?(?:item|entry|block|single|container|holder|row"
    r"|wrap(?:per)?))?|comments)$"
)
_POSTED_BY = re.compile(
    r"(?i)^(?:posted|written|comment(?:ed)?)\s+by\s*:?\s*(?P<author>.+?)"
    r"(?:(?:\s+(?:at|on|\||@|-|:)\s+|\s*,\s+(?=(?:[a-z]{3,9}\.?\s+)?\d))(?P<date>.*?))?"
    r"\s*(?:\|.*)?$"
)
# DotNetNuke and some blog engines turn it round: "posted on <date> by <author>".
_POSTED_ON = re.compile(r"(?i)^posted\s+on\s+(?P<date>.+?)\s+by\s*:?\s*(?P<author>.+?)\s*$")
_POSTED_HINT = re.compile(r"(?i)\b(?:posted|written|commented)\s+(?:by|on)\b")
_ITEM_CLASSES = frozenset(
    {
        "comment",
        "comment-item",
        "comment_item",
        "commentitem",
        "single-comment",
        "comment-single",
        "commentpost",
        "post-comment",
        "dsq-comment",
        "lf_comment_container",
        "usercomment",
        "user-comment",
        "media-comment",
        "comment-wrap",
    }
)
# Lists whose every item is a comment, whatever the items' own classes say.
_LIST_CLASSES = frozenset(
    {"commentlist", "comment-list", "comments-list", "comment_list", "commentslist", "comments"}
)
# Forum engines: a thread is a list of posts; the first is the article, the rest are replies.
_FORUM_POST = (
    "[id^=post_message_], div.post.has-profile, div.postbody, article.message, li.message,"
    " div.topic-post, li.postcontainer, [itemtype*=DiscussionForumPosting]"
)
_FORUM_CONTENT = (
    ".bbWrapper",
    ".message-body",
    ".messageText",
    ".postbody .content",
    "[id^=post_message_]",
    ".cooked",
    ".post-content",
    ".post_body",
    ".content",
)
_FORUM_AUTHOR = (
    ".message-name .username",
    ".username",
    ".postauthor",
    ".post-author",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    ".author",
    ".names",
)
_FORUM_FURNITURE = (
    ".message-user, .message-attribution, .message-footer, .message-signature, .signature,"
    " .postprofile, .userinfo, .user-info, .postfoot, .post-footer, .post-controls,"
    " .topic-meta-data, .post-menu-area, .postbit-footer, .userinfo_extra, .usertitle,"
    " .actionBar, .reactionsBar"
)

# Ancestors that hold widgets ("Recent comments" lists), never the thread itself.
_WIDGET_TOKEN = re.compile(
    r"(?i)recent|popular|latest|most[-_]?(?:commented|discussed|read)|top[-_]?comments|^side-?bar"
)

_AUTHOR = (
    "cite.fn",
    ".fn",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    ".comment-author-name",
    ".comment_author",
    ".commentauthor",
    ".comment-author",
    ".comment-name",
    ".comment_name",
    ".commenter",
    ".commenter-name",
    ".dsq-comment-header cite",
    ".user-name",
    ".username",
    ".author",
    ".user",
    ".name",
    # home-grown templates name the part after what it holds: MtnCommentAccountName, poster-name
    "[class*=accountname i]",
    "[class*=username i]",
    "[class*=authorname i]",
    "[class*=author-name i]",
    "[class*=postername i]",
    "cite",
)
_DATE = (
    "time",
    "[itemprop=dateCreated]",
    "[itemprop=datePublished]",
    ".comment-date",
    ".comment_date",
    ".commentdate",
    ".comment-time",
    ".comment_time",
    ".comment-timestamp",
    ".datetime",
    ".timestamp",
    ".date",
    ".published",
    ".commentmetadata",
    ".comment-meta",
    ".comment_meta",
    ".comment-footer",
)
# Parts of a comment that are not what the reader wrote.
_FURNITURE = (
    "script, style, noscript, form, textarea, input, button, select, svg, img, iframe,"
    " .reply, .comment-reply, .comment-reply-link, .reply-link, .comment-actions,"
    " .comment-tools, .comment-edit-link, .edit-link, .comment-links, .avatar, .comment-avatar,"
    " .says, .comment-awaiting-moderation, .comment-vote, .comment-votes, .rate-comment,"
    " .comment-share, .comment_share, .comment-like, .comment-permalink, .comment-count,"
    " .comment-number, .comment_num, .commentnum, .comment-delete, .moderation"
)
# Comment forms and thread furniture removed from the page whatever else is found.
_FORMS = (
    "#respond, .comment-respond, #commentform, #comment-form, .comment-form, #comments-open,"
    " .comments-open, #comment-form-wrapper, #reply-title, .comment-reply-title, #disqus_thread,"
    " #postcomment, .post-comment-form, #comment-editor, .comment-policy, #commentsForm,"
    " form[id*=comment i], form[action*=comment i], form[class*=comment i]"
)

_BLOCK = frozenset(
    "p div br li ul ol dl dt dd blockquote pre h1 h2 h3 h4 h5 h6 tr table thead tbody section"
    " article header footer aside nav hr address figure figcaption details summary main".split()
)
_SKIP_TEXT = frozenset(
    "script style noscript template svg iframe object embed form textarea select button input"
    " head title".split()
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_AUTHOR_NOISE = re.compile(
    r"(?i)^\s*(?:posted|written|comment(?:ed)?)\s+by\s*:?\s*|\s*(?:says|said|wrote|writes)\s*"
    r"(?:\.{3}|…|:)?\s*$|\s*(?:on|at|\||-|–)\s*$"
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        )
    )
    for m in names
}
_ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)")
_MDY = re.compile(
    r"(?i)\b(?P<mon>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
)
_DMY = re.compile(
    r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>[a-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d|\d\d)\b")


def normalize_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) for the common written forms, or None when none is found."""
    if not value:
        return None
    if m := _ISO_DATE.search(value):
        return f"{m['y']}-{m['m']}-{m['d']}"
    for pattern in (_MDY, _DMY):
        m = pattern.search(value)
        if m and m["mon"].lower() in _MONTHS and 1 <= int(m["d"]) <= 31:
            return f"{m['y']}-{_MONTHS[m['mon'].lower()]:02d}-{int(m['d']):02d}"
    if m := _NUMERIC.search(value):
        # US blogs write month first; a first number above 12 can only be a day.
        first, second = int(m["a"]), int(m["b"])
        month, day = (second, first) if first > 12 else (first, second)
        year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year}-{month:02d}-{day:02d}"
    return None


def block_text(node: LexborNode) -> str:
    """The node's visible text with one line per block element, spaces collapsed."""
    parts: list[str] = []
    _walk(node, parts)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(node: LexborNode, parts: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            parts.append((child.text_content or "").replace("\n", " "))
        elif tag in _SKIP_TEXT or tag == "-comment":
            continue
        elif tag in _BLOCK:
            parts.append("\n")
            _walk(child, parts)
            parts.append("\n")
        else:
            _walk(child, parts)


def _ident(node: LexborNode) -> str:
    """The node's id and classes, lower-cased, for substring tests."""
    return f"{node.attributes.get('id') or ''} {node.attributes.get('class') or ''}".lower()


def _tokens(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").lower().split()


_PART_CLASS = re.compile(r"(?i)comment.*[-_](?:content|body|text|meta|header|footer|actions)$")


def _item_key(node: LexborNode) -> str | None:
    """The comment number a node's id carries, or None when the node does not name a comment."""
    ident = node.attributes.get("id") or ""
    if node.tag == "a":
        # An empty anchor marks where a comment starts (Movable Type, JomComment, Blogger).
        if node.text(deep=True).strip():
            return None
        for name in (ident, node.attributes.get("name") or ""):
            m = _ITEM_ID.search(name) or _SHORT_ID.match(name)
            if m:
                return m["key"]
            m = _BLOGGER_ID.match(name)
            if m and (len(m["key"]) >= 15 or _near_comment_markup(node)):
                return m["key"]
            # Blogger also opens each post with a bare-number anchor: only a comment box counts.
            m = _ANCHOR_ID.match(name)
            if m and node.parent is not None and "comment" in _ident(node.parent):
                return m["key"]
        return None
    if not ident:
        return None
    m = _ITEM_ID.search(ident) or _SHORT_ID.match(ident)
    if m:
        return m["key"]
    m = _BLOGGER_ID.match(ident)
    # TYPO3 gives every content block of an article an id like "c78769": a bare "c" + number
    # names a comment only inside markup that says "comment" (Blogger's dt.comment-author).
    return m["key"] if m and _near_comment_markup(node) else None


def _near_comment_markup(node: LexborNode, levels: int = 4) -> bool:
    """Whether a node with a bare numbered id sits in a comment thread's markup.

    Movable Type and TypePad number each comment so (`<a id="c64426688">` then the text and a
    "Posted by:" line, under a "Comments" heading); TYPO3 numbers every content block of an
    article the same way, in markup that never says "comment".
    """
    if node.tag != "a" and node.css_first("[class*=comment i]") is not None:
        return True
    following = node.next
    while following is not None and following.tag in ("-text", "-comment"):
        following = following.next
    if following is not None and ("comment" in _ident(following) or "posted" in _tokens(following)):
        return True
    previous = node.prev
    while previous is not None:
        if previous.tag in ("h1", "h2", "h3", "h4"):
            heading = f"{_ident(previous)} {previous.text(deep=True)}".lower()
            if "comment" in heading:
                return True
            break
        previous = previous.prev
    current: LexborNode | None = node
    while current is not None and levels >= 0:
        if "comment" in _ident(current):
            return True
        current, levels = current.parent, levels - 1
    return False


_NOT_ITEM_TAGS = frozenset(
    "form textarea input span img script h1 h2 h3 h4 a time small em strong b i label".split()
)


def _is_item(node: LexborNode, grouped: set[int] | frozenset[int] = frozenset()) -> bool:
    if node.tag == "a":
        return _item_key(node) is not None
    if node.tag in _NOT_ITEM_TAGS:
        return False
    if _item_key(node) is not None or node.mem_id in grouped:
        return True
    tokens = _tokens(node)
    if node.tag == "li" and "note" in tokens:
        # Tumblr notes: a reblog with the reblogger's words, or a reply, is a reader comment;
        # bare likes and reblogs are furniture, removed with the list.
        return bool({"with_commentary", "reply", "answer"}.intersection(tokens))
    if _ITEM_CLASSES.intersection(tokens):
        # "comment" beside "ast-comment-content": a part of a comment (its text), not one.
        return not any(_PART_CLASS.search(t) for t in tokens if t not in _ITEM_CLASSES)
    itemtype = node.attributes.get("itemtype") or ""
    if itemtype.endswith(("/Comment", "/UserComments")) or node.attributes.get("itemprop") == (
        "comment"
    ):
        return True
    parent = node.parent
    return (
        node.tag == "li"
        and parent is not None
        and parent.tag in ("ol", "ul")
        and bool(_LIST_CLASSES.intersection(_tokens(parent)) or _is_list_id(parent))
    )


def _following(node: LexborNode, empty_anchor: bool) -> list[LexborNode]:
    """Siblings after a Movable Type comment marker that belong to the same comment."""
    taken: list[LexborNode] = []
    sibling = node.next
    while sibling is not None:
        if sibling.tag in ("-text", "-comment"):
            sibling = sibling.next
            continue
        if _item_key(sibling) is not None or sibling.tag in _STOP_TAGS:
            break
        text = sibling.text(deep=True).strip()
        posted = "posted" in (sibling.attributes.get("class") or "") or bool(_POSTED_BY.match(text))
        if not empty_anchor and not posted:
            break
        taken.append(sibling)
        if posted:
            break
        sibling = sibling.next
    return taken


_STOP_TAGS = frozenset({"h1", "h2", "h3", "h4", "form", "dt", "script", "iframe"})


def _sibling_groups(tree: LexborHTMLParser) -> set[int]:
    """Elements that share a comment class with a sibling: the items of a home-grown thread.

    Templates that no list of class names foresees (div.blogComment, div.comments for each
    comment) still repeat the same class on every comment; two or more siblings carrying it,
    one of them with a sentence of text, make a thread.
    """
    groups: dict[tuple[int, str], list[LexborNode]] = {}
    visited: set[int] = set()
    keyed: list[LexborNode] = []
    for node in tree.css("[class*=comment i], [id*=comment i]"):
        parent = node.parent
        # lexbor returns a node once per selector of the list that it matches.
        if node.tag in _NOT_ITEM_TAGS or parent is None or node.mem_id in visited:
            continue
        visited.add(node.mem_id)
        if _HIDDEN.search(node.attributes.get("style") or ""):
            continue  # a template for comments the page's script will add, not one shown
        if node.tag != "a" and _item_key(node) is not None:
            keyed.append(node)
        for token in (node.attributes.get("class") or "").split():
            if _GROUP_CLASS.match(token):
                groups.setdefault((parent.mem_id, token.lower()), []).append(node)
        # Ids numbered from 1 (JComments' comment-item-6) are too short for _ITEM_ID alone.
        ident = (node.attributes.get("id") or "").lower()
        if _NUMBERED_ID.match(ident):
            groups.setdefault((parent.mem_id, "#" + ident.rstrip("0123456789")), []).append(node)
    members: dict[int, list[LexborNode]] = {}
    for nodes in groups.values():
        if len(nodes) >= 2 and any(len(n.text(deep=True).strip()) >= 40 for n in nodes):
            for n in nodes:
                members.setdefault(n.mem_id, nodes)
    # A member that holds comments of another kind is a thread's box (Blogger's div.comments
    # beside another div.comments), not a comment: its group is dropped. The same class nested
    # in itself is a reply.
    nodes = {n.mem_id: n for group in members.values() for n in group}
    dropped: set[int] = set()
    for node in [*keyed, *nodes.values()]:
        own = members.get(node.mem_id)
        ancestor = node.parent
        while ancestor is not None:
            group = members.get(ancestor.mem_id)
            if group is not None and group is not own:
                dropped.update(m.mem_id for m in group)
            ancestor = ancestor.parent
    return set(members) - dropped


_COUNT_LINE = re.compile(
    r"(?i)(?:^|[-|·•]\s*)(?:\d+|no|one)\s+(?:comments?|responses?|replies)\s*(?:»)?$"
)


def _is_post_meta(node: LexborNode) -> bool:
    """A post's byline box classed "comment" for its "5 Comments" link, which no comment holds."""
    return any(_COUNT_LINE.search(line) for line in block_text(node).split("\n")[:6])


def _lead_anchor_parent(anchor: LexborNode) -> LexborNode | None:
    """The element a comment anchor opens, when the anchor is its first child and its only one.

    JomComment, Blogger's classic templates and many home-grown threads put an empty
    <a name="comment-123"> at the top of each comment's box; the box is then the comment.
    """
    parent = anchor.parent
    if (
        parent is None
        or parent.tag in ("body", "html", "td", "form")
        or parent.tag in _NOT_ITEM_TAGS
    ):
        return None
    first = next(
        (c for c in parent.iter() if c.tag not in ("-text", "-comment", "br")),
        None,
    )
    if first is None or first.mem_id != anchor.mem_id:
        return None
    anchors = {a.mem_id for a in parent.css("a[name], a[id]") if _item_key(a) is not None}
    return parent if len(anchors) == 1 else None


def _box_of_empty_part(node: LexborNode, key: str) -> LexborNode | None:
    """The comment box around an empty element that carries the comment's number.

    Some forums number an empty part of each post (the avatar box, a spacer) rather than the
    post; the post is the nearest enclosing element whose class says "comment" and that holds
    text and no other comment's number. None when the numbered element has text of its own.
    """
    if len(node.text(deep=True).strip()) >= 20:
        return None
    parent, levels = node.parent, 3
    while parent is not None and levels and parent.tag not in ("body", "html"):
        # One comment's box by its class (MtnComment, comment-item), never a form or a list.
        if (
            any(_GROUP_CLASS.match(t) or t in _ITEM_CLASSES for t in _tokens(parent))
            and len(parent.text(deep=True).strip()) >= 20
        ):
            if parent.css_first("form, textarea, input") is not None:
                return None
            keys = {
                k
                for n in parent.css("[id]")
                if n.mem_id != parent.mem_id and (k := _item_key(n)) is not None
            }
            return parent if keys <= {key} else None
        parent, levels = parent.parent, levels - 1
    return None


def _is_list_id(node: LexborNode) -> bool:
    return (node.attributes.get("id") or "").lower() in _LIST_CLASSES


def _in_widget(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        for token in [*_tokens(parent), (parent.attributes.get("id") or "").lower()]:
            # A "with sidebar" layout class on the block that holds the headline is the page's
            # main column, not a widget.
            if token and _WIDGET_TOKEN.search(token):
                return parent.css_first("h1") is None
        parent = parent.parent
    return False


@dataclass
class _Item:
    node: LexborNode
    key: str | None
    parent: _Item | None = None
    children: list[_Item] = field(default_factory=list)
    extra: list[LexborNode] = field(default_factory=list)  # dd siblings of a dt comment
    depth: int = 0
    forum: bool = False


def _collect_items(tree: LexborHTMLParser) -> list[_Item]:
    """Comment elements in document order, nested duplicates and widget lists left out."""
    seen: dict[int, _Item] = {}
    items: list[_Item] = []
    absorbed: set[int] = set()
    grouped = _sibling_groups(tree)
    for node in tree.css(_CANDIDATES):
        if node.mem_id in absorbed or node.mem_id in seen or not _is_item(node, grouped):
            continue
        key = _item_key(node)
        if key is None and _is_post_meta(node):
            continue
        item = _Item(node, key)
        # The element that holds the whole comment, when the numbered one is only its start (an
        # empty anchor) or an empty part of it (an avatar box).
        if node.tag == "a":
            box = _lead_anchor_parent(node)
        else:
            box = _box_of_empty_part(node, key) if key is not None else None
        if box is not None:
            if box.mem_id not in seen:
                item = _Item(box, key)
                seen[box.mem_id] = item
                items.append(item)
            continue
        if node.tag == "dt":
            # dt holds the author line, the dd siblings after it hold the comment itself.
            sibling = node.next
            while sibling is not None and sibling.tag != "dt":
                if sibling.tag == "dd":
                    item.extra.append(sibling)
                    absorbed.add(sibling.mem_id)
                sibling = sibling.next
        elif item.key is not None and (
            node.tag == "a"
            or _BLOGGER_ID.match(node.attributes.get("id") or node.attributes.get("name") or "")
        ):
            # Movable Type: an anchor or a div, then the text and a "Posted by" line as siblings.
            for sibling in _following(node, empty_anchor=node.tag == "a"):
                item.extra.append(sibling)
                absorbed.add(sibling.mem_id)
            if node.tag == "a" and not item.extra:
                continue
        seen[node.mem_id] = item
        items.append(item)
    if not items:
        return []
    kept: list[_Item] = []
    for item in items:
        ancestor = _nearest_item(item.node, seen)
        if ancestor is not None and item.key is not None and ancestor.key == item.key:
            # div#div-comment-12 inside li#comment-12: one comment, keep the outer element.
            del seen[item.node.mem_id]
            continue
        if ancestor is None and _in_widget(item.node):
            del seen[item.node.mem_id]
            continue
        kept.append(item)
    for item in kept:
        item.parent = _nearest_item(item.node, seen)
        if item.parent is not None:
            item.parent.children.append(item)
    # An element whose only text is its one nested comment is a wrapper of that comment; one
    # whose only text is several nested comments is a list of them, not a comment.
    dropped: set[int] = set()
    for item in reversed(kept):
        if not item.children:
            continue
        own = len(_squeezed(item.node)) - sum(len(_squeezed(c.node)) for c in item.children)
        if own < 20:
            if len(item.children) == 1:
                child = item.children[0]
                dropped.add(child.node.mem_id)
                item.children = child.children
                for grandchild in child.children:
                    grandchild.parent = item
            else:
                dropped.add(item.node.mem_id)
                for child in item.children:
                    child.parent = item.parent
                if item.parent is not None:
                    item.parent.children.extend(item.children)
    result = [item for item in kept if item.node.mem_id not in dropped]
    for item in result:
        depth, parent = 0, item.parent
        while parent is not None:
            if parent.node.mem_id not in dropped:
                depth += 1
            parent = parent.parent
        item.depth = depth
    return result


def _squeezed(node: LexborNode) -> str:
    return "".join((node.text(deep=True) or "").split())


def _nearest_item(node: LexborNode, seen: dict[int, _Item]) -> _Item | None:
    parent = node.parent
    while parent is not None:
        found = seen.get(parent.mem_id)
        if found is not None:
            return found
        parent = parent.parent
    return None


def _first_text(nodes: Iterable[LexborNode], selectors: tuple[str, ...], limit: int) -> str | None:
    for node in nodes:
        for selector in selectors:
            found = node.css_first(selector)
            if found is None:
                continue
            text = _SPACES.sub(" ", found.text(deep=True, separator=" ")).strip()
            if found.tag == "time" and found.attributes.get("datetime"):
                return found.attributes["datetime"]
            if text and len(text) <= limit:
                return text
    return None


def _clean_author(text: str | None) -> str | None:
    if not text:
        return None
    previous = None
    while previous != text:
        previous, text = text, _AUTHOR_NOISE.sub("", text).strip()
    return text if 0 < len(text) <= 60 else None


def _posted_line(
    parts: list[LexborNode], item_node: LexborNode
) -> tuple[LexborNode, re.Match[str]] | None:
    """The short "Posted by Ann on May 2" element of a comment and its match, if it has one.

    An extra part (a Movable Type sibling) may be that line itself; inside the comment's own
    element it is a descendant, never the whole comment.
    """
    for part in parts:
        if not _POSTED_HINT.search(part.text(deep=True, separator=" ")):
            continue
        # lexbor's css() lists the part itself too; the comment's own element is never the line.
        nodes = part.css("div, p, span, small, em, font, li, dd, footer")
        if part.mem_id != item_node.mem_id:
            nodes.insert(0, part)
        for node in nodes:
            if node.mem_id == item_node.mem_id:
                continue
            raw = node.text(deep=True)
            if len(raw) >= 200:
                continue
            text = _SPACES.sub(" ", raw).strip()
            posted = _POSTED_BY.match(text) or _POSTED_ON.match(text)
            if posted:
                return node, posted
    return None


def _read_item(item: _Item) -> Comment | None:
    parts = [item.node, *item.extra]
    if item.node.tag == "dt":
        # Blogger's dt holds nothing but "Name said...".
        author = _clean_author(_SPACES.sub(" ", item.node.text(deep=True)).strip()[:80])
        parts = item.extra
    elif item.node.tag == "a":
        author, parts = None, item.extra
    else:
        author = _clean_author(_first_text(parts, _AUTHOR, 80))
    raw_date = _first_text(parts, _DATE, 120)
    date = normalize_date(raw_date) or (raw_date if raw_date and len(raw_date) <= 40 else None)
    found_line = _posted_line(parts, item.node)
    if found_line is not None:
        line_node, posted = found_line
        author = author or _clean_author(posted["author"])
        date = date or normalize_date(posted["date"])
        parts = [p for p in parts if p.mem_id != line_node.mem_id]
        line_node.decompose()
    for part in parts:
        for selector in (*_AUTHOR[:-1], *_DATE):
            for found in part.css(selector):
                # Some themes put the comment's text inside its "comment-meta" box.
                if len(found.text(deep=True)) <= 160 and found.css_first(_TEXT_BLOCKS) is None:
                    found.decompose()
        for found in part.css(_FURNITURE):
            found.decompose()
    lines: list[str] = []
    for part in parts:
        lines.extend(
            line for line in block_text(part).split("\n") if not _is_meta_line(line, author)
        )
    text = "\n".join(lines).strip()
    if not text:
        return None
    return Comment(text=text, author=author, date=date, depth=item.depth)


_TEXT_BLOCKS = (
    "p, blockquote, ul, ol, [class*=comment-body], [class*=comment-text], [class*=comment_text],"
    " [class*=comment-content], [class*=comment_content]"
)
_NUMBER_LINE = re.compile(r"^#?\d{1,4}\.?$")


# Badges themes print beside a commenter's name.
_BADGE = re.compile(
    r"(?i)^\s*(?:post\s+author|author|admin(?:istrator)?|moderator|staff|verified|op|editor)\s*$"
)


def _is_meta_line(line: str, author: str | None) -> bool:
    """A comment's number, its author line ("Ann says:"), or stock furniture."""
    if _NUMBER_LINE.match(line) or is_boilerplate_line(line) or _BADGE.match(line):
        return True
    if author is not None and line.startswith(author) and _BADGE.match(line[len(author) :]):
        return True  # "Greg Allard Post author": the name with the theme's badge
    return author is not None and _clean_author(line) == author


def _forum_items(tree: LexborHTMLParser) -> list[_Item]:
    posts = [n for n in tree.css(_FORUM_POST) if not _in_widget(n)]
    # Keep outermost posts only: a post body inside a post container is the same post.
    ids = {n.mem_id for n in posts}
    outer = [n for n in posts if not _has_ancestor_in(n, ids)]
    if len(outer) < 2:
        return []
    return [_Item(n, None, forum=True) for n in outer]


def _read_forum_post(item: _Item) -> Comment | None:
    node = item.node
    author = node.attributes.get("data-author") or _clean_author(
        _first_text([node], _FORUM_AUTHOR, 80)
    )
    raw_date = _first_text([node], _DATE, 120)
    content = next((c for c in (node.css_first(s) for s in _FORUM_CONTENT) if c is not None), None)
    for found in (content or node).css(_FURNITURE + ", " + _FORUM_FURNITURE):
        found.decompose()
    lines = [
        line
        for line in block_text(content or node).split("\n")
        if not is_boilerplate_line(line) and line != author
    ]
    text = "\n".join(lines).strip()
    if not text:
        return None
    date = normalize_date(raw_date) or (raw_date if raw_date and len(raw_date) <= 40 else None)
    return Comment(text=text, author=author, date=date, depth=0)


def _strip_forum_furniture(node: LexborNode) -> None:
    """Leave only what the opening post's author wrote (no user card, post number, buttons)."""
    for found in node.css(_FORUM_FURNITURE):
        found.decompose()


def _has_ancestor_in(node: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def extract_thread(tree: LexborHTMLParser) -> list[Comment]:
    """Read the comment thread of a parsed page, in page order, and remove it from the tree.

    Also removes comment forms and the thread's headings ("5 thoughts on …") so that nothing of
    the comment section is left for the body extractor. Returns [] when the page has no thread
    that its markup shows (the caller may then fall back on text heuristics).
    """
    items = _collect_items(tree)
    if not items:
        forum = _forum_items(tree)
        if forum:
            # The opening post is the article: leave it in the tree for the body extractor.
            _strip_forum_furniture(forum[0].node)
            items = forum[1:]
    containers = _thread_containers(items)
    comments: list[Comment | None] = [None] * len(items)
    # Deepest and last first, so a comment's replies are gone before its own text is read.
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        comments[index] = _read_forum_post(item) if item.forum else _read_item(item)
        for part in item.extra:
            part.decompose()
        item.node.decompose()
    for container in containers:
        container.decompose()
    for form in tree.css(_FORMS):
        form.decompose()
    return [c for c in comments if c is not None]


def _thread_containers(items: list[_Item]) -> list[LexborNode]:
    """The elements around the top-level comments (headings, pagination, forms) to remove too."""
    containers: list[LexborNode] = []
    seen: set[int] = set()
    item_ids = {i.node.mem_id for i in items}
    for item in items:
        if item.depth:
            continue
        node = item.node.parent
        best = None
        while node is not None and node.tag not in ("body", "html", "main", "article"):
            ident = ((node.attributes.get("id") or "") + " " + " ".join(_tokens(node))).lower()
            # Tumblr's ol.notes holds the likes and bare reblogs beside the notes read as comments.
            if not any(
                w in ident for w in ("comment", "respon", "discussion", "replies", "dsq")
            ) and "notes" not in _tokens(node):
                if node.tag in ("ol", "ul", "dl"):
                    node = node.parent
                    continue
                break
            if _outside_text(node, item_ids) > 1500:
                break
            best = node
            node = node.parent
        if best is not None and best.mem_id not in seen:
            seen.add(best.mem_id)
            containers.append(best)
    # Drop containers nested in another one; decomposing the outer removes them.
    ids = {c.mem_id for c in containers}
    return [c for c in containers if not _has_ancestor_in(c, ids)]


def _outside_text(node: LexborNode, item_ids: set[int]) -> int:
    """Characters of text in node that are not inside any comment item."""
    total = 0
    for child in node.iter(include_text=True):
        if child.mem_id in item_ids:
            continue
        if child.tag == "-text":
            total += len((child.text_content or "").strip())
        elif child.tag not in _SKIP_TEXT and child.tag != "-comment":
            total += _outside_text(child, item_ids)
        if total > 1500:
            break
    return total


_COMMENT_HEAD = re.compile(
    r"""(?ix)^(?:
        (?P<author>[^\n]{1,60}?)\s+(?:says|said|wrote)\s*(?::|\.{3}|…)?\s*(?P<rest>.*)
      | (?:posted\s+by|by)\s*:?\s+(?P<author2>[^\n]{1,60}?)(?:\s+(?:on|at)\s+(?P<date2>.*))?
    )$"""
)
_DATE_ONLY = re.compile(
    r"(?i)^(?:on\s+)?[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:\s+(?:at|@)\s+.*)?$"
    r"|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.*$|^\d{4}-\d\d-\d\d.*$"
    r"|^\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}(?:\s+(?:at|@)\s+.*)?$"
)


def comments_from_text(text: str) -> list[Comment]:
    """Split a comment section that lost its markup into comments, one per paragraph.

    A line that is only an author ("Ann says:") or only a date opens the next comment, so a
    header line is never counted as a comment of its own.
    """
    comments: list[Comment] = []
    author: str | None = None
    date: str | None = None
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line or is_boilerplate_line(line):
            continue
        head = _COMMENT_HEAD.match(line)
        if head and (head["author"] or head["author2"]):
            author = _clean_author(head["author"] or head["author2"])
            rest = (head["rest"] or "").strip()
            if head["date2"]:
                date = normalize_date(head["date2"]) or date
            if not rest:
                continue
            line = rest
        if _DATE_ONLY.match(line):
            date = normalize_date(line)
            continue
        comments.append(Comment(text=line, author=author, date=date, depth=0))
        author = date = None
    return comments
