"""Stock site-furniture lines are recognised; sentences a critic wrote are not."""

from __future__ import annotations

import pytest

from cinesift.extract.boilerplate import (
    is_boilerplate_line,
    is_comment_form_line,
    is_section_heading,
    is_thread_heading,
)


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "Leave a Reply to Tobias Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "You are commenting using your WordPress.com account. ( Log Out / Change )",
        "You are commenting using your Twitter account.",
        "Notify me of new comments via email.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post a Comment",
        "Post Comment",
        "Recent Posts",
        "Related posts",
        "Share this:",
        "Like this:",
        "About the author",
        "12 thoughts on “The Lighthouse Keeper’s Daughter”",
        "3 Responses to Iron Orchard",
        "One comment",
        "Comments (4)",
        "2 comments:",
        "Reply",
        "Reply ↓",
        "Like Reply",
        "Like · Reply · Report",
        "Twitter | Facebook",
        "Newer Post Older Post Home",
        "Top of page",
        "See All",
        "1,024 views",
        "© 2024 Frame Rate Weekly",
        "#2",
        "Related articles...",
        "About the author: Ines Varga reviews films for the weekend paper and lives in Graz.",
        "Read more: The festival's ten best debuts",
        "See also: Our interview with the director",
        "Follow Frame Rate Weekly on Twitter and Instagram @framerate",
        "Photo credit: Studio handout",
        "Credit:",
        "Updated: March 3, 2024",
        "Category : Reviews",
        "Subscribe now to our weekend edition for the full story.",
        "To read the full article, please subscribe to Frame Rate Weekly.",
        "Never miss the latest reviews by signing up to our newsletter.",
        "Sign up for our newsletter to get the week's best reviews in your inbox",
        "(Credit: Studio handout / Frame Rate Weekly)",
        # Notices long enough to pass for text.
        "This post contains affiliate links. If you buy a Blu-ray through them, we may earn a"
        " small commission at no cost to you, which keeps Frame Rate Weekly running.",
        "We recommend the best releases through an independent process, and distributors do not"
        " influence our picks. We may receive compensation if you visit partners we recommend.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "© 2024, Frame Rate Weekly. This review is the copyrighted property of Frame Rate Weekly."
        " Written permission must be obtained before reprint in online or print media.",
        "We want to hear what you think about this review. Submit a letter to the editor.",
        "- Please understand that comments are moderated and it is not always possible to"
        " publish all that have been submitted.",
        "For the latest reviews download the Frame Rate Weekly app for iOS and Android.",
        "Follow Frame Rate Weekly on Twitter and Instagram @framerate and on Facebook"
        " @FrameRateWeekly. Send us a message on WhatsApp or email us at letters@example.org"
        " or editors@example.org with your own verdict on this week's releases.",
        "Frame Rate Weekly Newsletter",
        "Sign up to get the best reviews of the week, as picked by the editors.",
        "Get Frame Rate Weekly's Daily Edition by email and never miss a review Free Sign Up",
    ],
)
def test_boilerplate_recognises_site_furniture(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "The storm sequence is a masterclass in tension.",
        "I would share this film with anyone who loves quiet dramas.",
        "Recent posts on this blog have been too kind to sequels, so here goes.",
        "My Rating: 8/10",
        "Like the first film, the sequel never lets up.",
        "Comments from the director at the premiere suggested a longer cut exists.",
        "Reply to the critics who hated it: watch it twice.",
        "Home is where the story starts, and where it ends.",
        "About the author of the novel, the film says nothing at all.",
        "I read more into the ending than the film perhaps intends.",
        "Follow the money, the film says, and it follows it on foot.",
        "The credits roll over a shot of the empty quay.",
        "Subscribe to the idea that every sequel is worse and this one will surprise you.",
        "She signs up for the army to get away from home, and the film follows her there.",
        "He writes a letter to the editor of the town paper, and the town turns on him.",
        "The comments are moderated by a bored clerk, which is the film's best running joke.",
        "I may earn nothing from saying so, but this is the best film of the year.",
        "The copyright holder refused permission, so the film was never released on video.",
        "She downloads the app on her iPhone and the horror begins in earnest.",
        "The newsletter she edits is the film's funniest running gag.",
        "Sign up for the tour of the set if you can; the film makes you want to see it.",
    ],
)
def test_boilerplate_leaves_review_sentences_alone(line):
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("check", "line", "expected"),
    [
        (is_comment_form_line, "Your email address will not be published.", True),
        (is_comment_form_line, "Recent Posts", False),
        (is_thread_heading, "5 thoughts on “Salt and Static”", True),
        (is_thread_heading, "Five thoughts about the ending of Salt and Static follow.", False),
        (is_section_heading, "You may also like", True),
        (is_section_heading, "Explore Related Content", True),
        (is_section_heading, "Related on HuffPost:", True),
        (is_section_heading, "Related on the set the mood was tense", False),
        (is_section_heading, "You may also like the sequel more than I did.", False),
    ],
)
def test_boilerplate_kinds(check, line, expected):
    assert check(line) is expected
