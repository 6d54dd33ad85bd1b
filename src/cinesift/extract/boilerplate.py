"""Stock phrases of site furniture (comment forms, share bars, widgets, author boxes) as patterns.

Shared by the HTML and the plain-text extractors: a line that matches is never review body and
never a reader comment. The patterns come from the wording that blog engines, comment systems and
page builders print by default, so they are anchored to whole lines and stay short; a sentence a
critic wrote that merely contains "share this" must not match. Only the site's notices
(disclosures, reprint warnings, sign-up calls) may run to a few hundred characters.
"""

from __future__ import annotations

import re

__all__ = [
    "BOILERPLATE_LINE",
    "COMMENT_FORM_LINE",
    "NOTICE_LINE",
    "SECTION_HEADING",
    "THREAD_HEADING",
    "is_boilerplate_line",
    "is_comment_form_line",
    "is_section_heading",
    "is_thread_heading",
]

# Comment forms: WordPress, WordPress.com (Jetpack), Blogger, TypePad, Disqus, forum reply boxes.
COMMENT_FORM_LINE = re.compile(
    r"""(?ix)^(?:
        leave\s+a\s+(?:reply|comment|response)(?:\s+to\s+.*)?(?:\s+cancel\s+reply)?
      | (?:post|add|write|submit)\s+(?:a|your|new)\s+(?:comment|reply|response)s?
      | (?:post\s+)?comment\b.{0,3}\s*$
      | cancel\s+reply | reply\s+to\s+this\s+comment | click\s+here\s+to\s+cancel\s+reply\.?
      | your\s+email\s+address\s+will\s+not\s+be\s+published\b.*
      | required\s+fields\s+are\s+marked\b.*
      | you\s+are\s+commenting\s+using\s+your\b.*
      | you\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:post\s+a\s+)?comment\b.*
      | (?:log|sign)\s+in\s+to\s+(?:reply|comment)\b.*
      | notify\s+me\s+of\s+(?:new\s+|follow-?up\s+)?(?:comments|posts|replies)\b.*
      | save\s+my\s+name,?\s+email,?\s+and\s+website\b.*
      | this\s+site\s+uses\s+akismet\b.*
      | learn\s+how\s+your\s+comment\s+data\s+is\s+processed\.?
      | (?:name|e-?mail|website|url|comment)\s*(?:\(required\))?\s*\*?\s*:?
      | fill\s+in\s+your\s+details\s+below\b.*
      | (?:change|log\s+out)\s*/?\s*(?:change)?\s*\)?
      | choose\s+an\s+identity | comment\s+as\s*:.*
      | note\s*:\s*only\s+a\s+member\s+of\s+this\s+blog\s+may\s+post\s+a\s+comment\.?
      | subscribe\s+to\s*:?\s*post\s+comments\s*\(atom\)
      | allowed\s+html\s+tags\b.* | you\s+may\s+use\s+these\s+html\s+tags\b.*
      | (?:anti-)?spam\s+protection\b.* | \d+\s*[+x×]\s*\d+\s*=\s*\??
    )\s*$"""
)

# "12 thoughts on “Title”", "3 Responses to ...", "Comments (4)", "One comment".
THREAD_HEADING = re.compile(
    r"""(?ix)^(?:
        (?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+
        (?:thoughts?|comments?|responses?|replies|reactions?|opinions?)
        (?:\s+(?:on|to|for)\b.*)?:?
      | (?:reader\s+|user\s+)?(?:comments?|responses|replies|discussion|reactions)
        (?:\s*\(\d+\))?\s*:?
      | (?:what\s+(?:people|readers|others)\s+(?:are\s+)?say(?:ing)?|join\s+the\s+discussion).*
      | show\s+(?:all\s+)?\d*\s*comments?.*
      | (?:load|view|see)\s+(?:more|all|older|newer)\s+comments?.*
    )\s*$"""
)

# Headings that start a block of site furniture; everything under them is not the article.
SECTION_HEADING = re.compile(
    r"""(?ix)^(?:
        recent\s+(?:posts|articles|reviews|comments|entries) | popular\s+(?:posts|articles|reviews)
      | (?:explore\s+|more\s+)?related
        \s+(?:posts|articles|reviews|stories|content|reading|entries|coverage)
      | related\s+on\s+\S+(?:\s+\S+)?:   # "Related on HuffPost:"
      | you\s+(?:may|might)\s+also\s+(?:like|enjoy)(?:\s*:)? | more\s+from\b.* | read\s+next
      | share\s+this(?:\s*(?:post|article|review|page|story))?\s*:? | share\s+on\s*:?
      | like\s+this\s*:? | about\s+the\s+author\s*:? | about\s+me | follow\s+(?:me|us)\b.*
      | categories | archives | blog\s+archive | tags\s*:? | search\s+(?:this\s+blog|for\s*:)
      | newsletter | subscribe\b.{0,40} | sponsored\s+(?:links|content)
      | who\s+is\s+online | users\s+browsing\s+this\s+(?:forum|thread)\b.* | board\s+index
      | jump\s+to\s*:? | forum\s+statistics | members\s+online.*
    )\s*(?:\.{3}|…)?\s*$"""
)

# Single short lines a page prints around posts and comments.
BOILERPLATE_LINE = re.compile(
    r"""(?ix)^(?:
        top\s+of\s+page | bottom\s+of\s+page | back\s+to\s+top | skip\s+to\s+(?:main\s+)?content
      | see\s+all | read\s+more\b.{0,3} | continue\s+reading\b.{0,40} | [\d,.]+\s*[km]?\s+views?\b.*
      | (?:share|tweet|pin|email|print)\s*(?:this|it)?\s*:?
      | (?:facebook|twitter|x|pinterest|linkedin|reddit|tumblr|whatsapp|pocket|email|print)
        (?:\s*[|,·•/]\s*(?:facebook|twitter|x|pinterest|linkedin|reddit|tumblr|whatsapp|pocket|email|print))*
      | click\s+to\s+(?:share|email|print)\b.* | (?:like|reblog)\s+(?:this|loading\W*)?
      | loading\W* | be\s+the\s+first\s+to\s+like\s+this\.?
      | reply(?:\s*[↓→])? | (?:log\s+in\s+to\s+)?reply | report\s+(?:abuse|comment|this)
      | (?:permalink|delete|edit|quote|flag|like|dislike|reply|report|share|upvote|downvote)
        (?:\s*[|·•]?\s*(?:permalink|delete|edit|quote|flag|like|dislike|reply|report|share
        |upvote|downvote))* | \d+\s+likes? | \#\d{1,5}
      | (?:previous|next|prev|older|newer)\s+(?:post|article|entry|story)\s*:.{0,200}
      | (?:(?:newer|older)\s+(?:posts?|entries)|home|previous\s+post|next\s+post)
        (?:\s*[|·•]?\s*(?:(?:newer|older)\s+(?:posts?|entries)|home))*
      | posted\s+by\b.{0,80} | labels\s*:.{0,200}
      | (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+\w+\s+\d{1,2},\s+\d{4}
      | posted\s+in\b.{0,80} | filed\s+(?:under|in)\b.{0,80} | tagged\s*(?:with)?\s*:.{0,120}
      | powered\s+by\b.{0,40} | copyright\b.{0,80} | ©.{0,80} | all\s+rights\s+reserved\.?
      | about\s+the\s+author\s*:\s.{0,180}   # the author box's bio, printed on one line
      # Links to other stories set between paragraphs: "Read more: <headline>".
      | (?:read\s+more|also\s+read|read\s+also|see\s+also|related|more\s+on\s+this)\s*:\s*.{0,150}
      | \(?(?:photo|image|picture|video|header|featured\s+image)?\s*credits?\s*:.{0,80}
      | (?:last\s+)?(?:modified|updated)(?:\s+on)?\s*:\s*.{0,40}
      | categor(?:y|ies)\s*:.{0,120}
      # Paywall and newsletter boxes: a call to subscribe or sign up for more of the site.
      | (?:(?:please\s+)?subscribe|sign\s+up|register|download)\b.{0,80}
        \b(?:newsletter|full\s+story|inbox|edition|latest\s+(?:news|stories)|updates|app)\b.{0,80}
      | (?:to\s+(?:view|read)\s+the\s+full\s+(?:story|article)|never\s+miss\b).{0,120}
    )\s*$"""
)

# Notices a site prints under every article, long enough to be taken for text: advertiser and
# affiliate disclosures, reprint warnings, letters-page and comment-policy boxes, calls to sign
# up or install the app. Each names what only the site says of itself.
NOTICE_LINE = re.compile(
    r"""(?ix)^[-–•*\s]*(?:
        (?:this|the)\s+(?:post|article|page|story)\s+(?:may\s+)?contains?\s+
        (?:affiliate\s+links|references\s+to\s+products|sponsored)\b.*
      | .{0,120}\b(?:we|i)\s+may\s+(?:receive|earn|get)\s+(?:a\s+)?(?:small\s+)?
        (?:compensation|commission)\b.*
      | as\s+an\s+amazon\s+associate\b.*
      | follow\s+.{1,60}?\s+on\s+(?:twitter|facebook|instagram|x|threads|bluesky)\b.*
      | .{0,120}\bis\s+the\s+copyrighted\s+property\s+of\b.*
      | (?:©|\(c\)|copyright)\b.{0,120}\b(?:permission|reprint|reproduc\w*|redistribut\w*)\b.*
      | .{0,80}\b(?:submit|send|write)\s+(?:us\s+)?(?:a|your)\s+letter\s+to\s+the\s+editor\b.*
      | we\s+want\s+to\s+hear\s+what\s+you\s+think\b.*
      | we\s+welcome\s+(?:reader\s+)?comments\b.* | (?:please\s+understand\s+that\s+)?comments
        \s+are\s+moderated\b.* | we\s+ask\s+that\s+comments\b.*
      | (?:for\s+the\s+latest\b.{0,80}\s)?download\s+(?:the|our)\b.{0,60}\bapps?\b.{0,40}
        \b(?:ios|android|iphone|google\s+play|app\s+store)\b.*
      | sign\s+up\s+to\s+(?:get|receive)\b.{0,150}
      | [\w'’&.\s]{1,40}\s+newsletter
      | .{0,150}\b(?:by\s+email|informed|daily\s+edition|newsletter)\b.{0,80}
        \b(?:free\s+)?sign\s+up(?:\s+(?:here|now|today))?[.!]?
    )\s*$"""
)

_PATTERNS = (BOILERPLATE_LINE, COMMENT_FORM_LINE, SECTION_HEADING, THREAD_HEADING)


def is_comment_form_line(line: str) -> bool:
    """True for a line of a comment form ("Leave a Reply", "You are commenting using…")."""
    return bool(COMMENT_FORM_LINE.match(line.strip()))


def is_thread_heading(line: str) -> bool:
    """True for a heading that opens a comment thread ("5 thoughts on “Title”")."""
    return bool(THREAD_HEADING.match(line.strip()))


def is_section_heading(line: str) -> bool:
    """True for a heading that opens a block of site furniture ("Recent Posts", "Share this")."""
    return bool(SECTION_HEADING.match(line.strip()))


def is_boilerplate_line(line: str) -> bool:
    """True when a whole line is site furniture: never review body, never a reader comment."""
    stripped = line.strip()
    if not stripped or len(stripped) > 400:
        return False
    if len(stripped) > 200:
        return bool(NOTICE_LINE.match(stripped))
    return any(p.match(stripped) for p in _PATTERNS) or bool(NOTICE_LINE.match(stripped))
