"""Comment threads in the markup of home-grown and older comment systems, read and cut out."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cinesift.extract.comments import extract_thread
from cinesift.extract.html import extract_html

ARTICLE = (
    "<h1>Harbour Lights review</h1>"
    "<div class='entry'><p>Harbour Lights is a slow, patient film about a ferry crew waiting out"
    " a winter storm, and it earns every minute of its running time with small gestures.</p>"
    "<p>The lead gives a performance of real restraint; the score never tells you what to feel,"
    " and the final shot of the empty quay is the best image I have seen this year.</p></div>"
)


def page(thread: str, article: str = ARTICLE, wrapper: str = "<div id='main'>{}</div>") -> str:
    return (
        "<html><head><title>Harbour Lights review</title></head><body>"
        + wrapper.format(article + thread)
        + "</body></html>"
    )


# (thread markup, expected comments as (author or None, start of text), a line of it that must
# not reach the body)
THREADS = {
    "anchor-opens-each-comment-box": (
        "<div id='jc_commentsDiv'>"
        "<div class='jomentry1' id='pc_5501'><a name='comment-5501' id='comment-5501'></a>"
        "<span class='jc_comment_title'>Loved it</span><br>"
        "<span class='small'>written by Odile, March 3, 2023</span><br>"
        "<div class='comment-text'>The quay shot stayed with me all week long.</div></div>"
        "<div class='jomentry2' id='pc_5502'><a name='comment-5502' id='comment-5502'></a>"
        "<span class='small'>written by Bram, March 4, 2023</span><br>"
        "<div class='comment-text'>Too slow for me, but the music carried it.</div></div>"
        "</div>",
        [("Odile", "Loved it"), ("Bram", "Too slow for me")],
        "The quay shot stayed with me",
    ),
    # Movable Type and TypePad: a bare numbered anchor or box under a "Comments" heading, the
    # text, then a "Posted by:" line; nothing in the markup of the comment itself says "comment".
    "numbered-anchors-under-a-comments-heading": (
        "<h2><a id='comments'></a>Comments</h2>"
        "<a id='c64426688'></a><p>The storm is all sound design, and it works on a big screen.</p>"
        "<p class='posted'>Posted by: <a href='/m'>Mara</a> | April 6, 2023 at 09:12 AM</p>"
        "<a id='c64426702'></a><p>Saw it at the festival; the crowd went quiet at the end.</p>"
        "<p class='posted'>Posted by: <a href='/t'>Teo</a> | April 6, 2023 at 11:40 AM</p>",
        [("Mara", "The storm is all sound design"), ("Teo", "Saw it at the festival")],
        "the crowd went quiet at the end",
    ),
    "numbered-boxes-then-posted-lines": (
        "<h2 id='comments'>Comments</h2>"
        "<div id='c115775'><p>I went in expecting a disaster film, got a chamber piece.</p></div>"
        "<p class='posted'>Posted by: <a href='/w'>Wil</a> at October 28, 2022 02:30 PM</p>"
        "<div id='c115779'><p>The ferry captain deserved more scenes than he got.</p></div>"
        "<p class='posted'>Posted by: <a href='/j'>June</a> at October 28, 2022 03:05 PM</p>",
        [("Wil", "I went in expecting"), ("June", "The ferry captain")],
        "got a chamber piece",
    ),
    "repeated-comment-class": (
        "<div class='blogComments'><b>Comments:</b>"
        "<div class='blogComment'><a name='7351118273665012345'></a>"
        "I saw it twice and the second time the ending made sense to me.<br>"
        "<div class='byline'>posted by <a href='/u/1'>Tamsin</a> : 11:58 AM</div></div>"
        "<div class='blogComment'><a name='7351118273665012399'></a>"
        "Does anyone know if it comes out on disc this spring?<br>"
        "<div class='byline'>posted by <a href='/u/2'>Kofi</a> : 2:27 PM</div></div>"
        "</div>",
        [("Tamsin", "I saw it twice"), ("Kofi", "Does anyone know")],
        "the second time the ending made sense",
    ),
    "each-comment-classed-comments": (
        "<div class='COMMENTS'><p>A brave choice to leave the storm off screen.</p>"
        "<div id='COMMENTBY'>Posted by: <a href='/a'>Rosa</a> on Oct 31, 2022 6:44 AM</div>"
        "</div>"
        "<div class='COMMENTS'><p>The ferry captain deserved more scenes.</p>"
        "<div id='COMMENTBY'>Posted by: <a href='/b'>Lev</a> on Nov 3, 2022 9:12 AM</div></div>",
        [("Rosa", "A brave choice"), ("Lev", "The ferry captain")],
        "A brave choice to leave the storm off screen",
    ),
    "short-comment-ids": (
        "<div id='comment_tpl'><h2>2 users responded</h2>"
        "<div class='coms' id='com_37914'><span class='blod-user'>Progress said,</span>"
        "<div class='blod-text'><p>The cinematography alone is worth the ticket.</p></div></div>"
        "<div class='coms' id='com_37915'><span class='blod-user'>Jules said,</span>"
        "<div class='blod-text'><p>I found the pacing hard going after the first hour.</p>"
        "</div></div></div>",
        [(None, "Progress said"), (None, "Jules said")],
        "The cinematography alone is worth the ticket",
    ),
    "ids-numbered-from-one": (
        "<div id='comments-list' class='comments-list'>"
        "<div id='comment-item-1' class='odd'><div class='comment-box'><b>Ama</b>"
        "<div class='comment-body'>Finally a storm film without a single explosion.</div>"
        "</div></div>"
        "<div id='comment-item-2' class='even'><div class='comment-box'><b>Nils</b>"
        "<div class='comment-body'>My father worked those ferries; it rang true.</div>"
        "</div></div></div>",
        [(None, "Ama"), (None, "Nils")],
        "My father worked those ferries",
    ),
    "text-inside-the-meta-box": (
        "<ol class='commentlist'><li class='comment' id='li-comment-369525'>"
        "<div id='comment-369525'><div class='comment-meta commentmetadata comment_text'>"
        "<div class='comment_date'>11.05.12 at 3:13 pm</div>"
        "<div class='comment_author'>Iris Lund</div>"
        "<div class='comment-body'><p>Short and kind: the best film of the festival.</p></div>"
        "</div></div></li></ol>",
        [("Iris Lund", "Short and kind")],
        "the best film of the festival",
    ),
    "tumblr-notes": (
        "<div class='notecontainer'><ol class='notes'>"
        "<li class='note like tumblelog_amber without_commentary'>"
        "<span class='action'><a href='/a'>amber</a> liked this</span></li>"
        "<li class='note reblog tumblelog_quill with_commentary'>"
        "<span class='action'><a href='/q'>quill</a> reblogged this and added:</span>"
        "<blockquote>Still thinking about that last shot of the quay.</blockquote></li>"
        "</ol></div>",
        [(None, "quill reblogged this")],
        "Still thinking about that last shot",
    ),
}


@pytest.mark.parametrize("name", THREADS)
def test_comments_thread_is_read_and_cut_from_the_body(name):
    thread, expected, comment_line = THREADS[name]
    result = extract_html(page(thread))
    assert "Harbour Lights is a slow, patient film" in result.body
    assert comment_line not in result.body
    assert len(result.comments) == len(expected)
    for comment, (author, start) in zip(result.comments, expected, strict=True):
        assert comment.text.startswith(start) or (comment.author or "").startswith(start), comment
        if author is not None:
            assert comment.author == author
    assert comment_line in "\n".join(c.text for c in result.comments)


def test_comments_tumblr_likes_are_neither_comments_nor_body():
    thread = THREADS["tumblr-notes"][0]
    result = extract_html(page(thread))
    assert "liked this" not in result.body
    assert all("liked this" not in c.text for c in result.comments)


def test_comments_blogger_post_anchor_does_not_make_the_post_a_comment():
    article = "<div class='post hentry'><a name='6461113152049819139'></a>" + ARTICLE + "</div>"
    result = extract_html(page("", article=article))
    assert result.comments == []
    assert "Harbour Lights is a slow, patient film" in result.body


def test_comments_sidebar_layout_class_on_the_main_column_is_not_a_widget():
    thread = (
        "<ol class='commentlist'><li class='comment' id='comment-4411'>"
        "<cite class='fn'>Mara</cite><p>The storm is all sound design, and it works.</p></li>"
        "<li class='comment' id='comment-4412'>"
        "<cite class='fn'>Teo</cite><p>Saw it at the festival; the crowd went quiet.</p></li></ol>"
    )
    wrapper = "<div id='body_main' class='sidebar'>{}</div><div class='sidebar'>Ads</div>"
    result = extract_html(page(thread, wrapper=wrapper))
    assert [c.author for c in result.comments] == ["Mara", "Teo"]
    assert "the crowd went quiet" not in result.body


def test_comments_post_meta_box_classed_comment_is_not_a_comment():
    article = (
        "<div class='Comment'>Written by Ines Varga - <a href='#comments'>One Comment</a></div>"
        + ARTICLE
        + "<div class='Comment'>Published on March 2nd, 2023 - <a href='#c'>One Comment</a></div>"
    )
    thread = (
        "<ol class='commentlist'><li id='comment-309282'><cite>Joan</cite>"
        "<p>We watched it on a rainy Sunday and it fit perfectly.</p></li></ol>"
    )
    result = extract_html(page(thread, article=article))
    assert [c.author for c in result.comments] == ["Joan"]


@pytest.mark.parametrize(
    "thread",
    [
        # Two comment-form boxes, one for signed-in readers and one for blocked ones.
        "<div class='commentBox unblockedUser'><p>Your comments will show your real name."
        " Why use your real name? It keeps the discussion civil.</p></div>"
        "<div class='commentBox blockedUser'><p>Your access to comments has been disabled."
        " Contact the community team if you think this is a mistake.</p></div>",
        # Hidden templates a script fills in and shows.
        "<article class='p_comment' style='display:none;'><p>{name} responded: {text}"
        " placeholder for the comment a reader will write</p></article>"
        "<article class='p_comment' style='display: none'><p>{name} responded: {text}</p>"
        "</article>",
    ],
)
def test_comments_form_boxes_and_hidden_templates_are_not_comments(thread):
    assert extract_thread(LexborHTMLParser(page(thread))) == []


@pytest.mark.parametrize(
    "block",
    [
        # TYPO3 gives each content block of an article an id "c" + number ...
        "<div id='c{n}' class='frame frame-default frame-type-text'><p>{text}</p></div>",
        # ... or opens it with an empty anchor of that id.
        "<a id='c{n}' class='anchorLink'></a>"
        "<div class='frame frame-type-text'><p>{text}</p></div>",
    ],
)
def test_comments_numbered_content_blocks_are_the_article_not_a_thread(block):
    paragraphs = [
        "Harbour Lights is a slow, patient film about a ferry crew waiting out a winter storm.",
        "The lead gives a performance of real restraint; the score never tells you what to feel.",
        "The final shot of the empty quay is the best image I have seen this year, and it lingers.",
    ]
    article = "<h1>Harbour Lights review</h1>" + "".join(
        block.format(n=78769 + i, text=text) for i, text in enumerate(paragraphs)
    )
    result = extract_html(page("", article=article))
    assert result.comments == []
    for text in paragraphs:
        assert text in result.body


def _post(number: int, author: str, text: str) -> str:
    return (
        f"<div class='ForumComment'><div class='ForumCommentAvatar' id='Comment{number}'></div>"
        f"<div class='ForumCommentBody'><span class='ForumCommentAccountName'>{author}</span>"
        f"<p>{text}</p></div></div>"
    )


def test_comments_posts_numbered_on_an_empty_avatar_box_are_whole_posts():
    opening = (
        "Harbour Lights is a slow, patient film about a ferry crew waiting out a winter storm,"
        " and it earns every minute of its running time with small, exact gestures."
    )
    thread = (
        "<div class='nav'><a href='/'>Forum</a> &gt; <a href='/films'>Films</a></div>"
        + _post(6702386, "quill", opening)
        + _post(6702399, "Mara", "The storm is all sound design, and it works on a big screen.")
        + _post(6702402, "Teo", "Saw it at the festival; the crowd went quiet at the end.")
        + "<div class='comment-form'><div id='comment_error6702410'></div>"
        "<p>Remember to keep your posts clean and on topic, please.</p><textarea></textarea></div>"
    )
    html = "<html><head><title>Harbour Lights</title></head><body>" + thread + "</body></html>"
    comments = extract_thread(LexborHTMLParser(html))
    assert [c.author for c in comments] == ["quill", "Mara", "Teo"]
    assert [c.text.split("\n")[-1] for c in comments] == [
        opening,
        "The storm is all sound design, and it works on a big screen.",
        "Saw it at the festival; the crowd went quiet at the end.",
    ]
    assert all("keep your posts clean" not in c.text for c in comments)
