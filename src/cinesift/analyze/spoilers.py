"""Spoilers: sentences that give away the plot beyond its set-up, and the author's own warnings.

A sentence is "major" when it tells how things end: a death, a twist, who survives, the
resolution ("in the end he fails", "they eventually marry"); "set-up" when it narrates plot past
the premise without settling it ("turns out to be", "ends up"); "warning" when the author warns
("spoiler alert", "[spoilers]"). Several plot-narrating sentences in a row form a recap block,
reported once with a span over the whole block. Talk *about* the ending ("the ending is weak")
is opinion, not a spoiler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from cinesift.analyze.aspects import opinion_words, sentence_aspects, tokens_of
from cinesift.model import Span, Spoiler

_WARNING = re.compile(
    r"spoiler\s*(?:alert|warning)|spoilers?\s*(?:ahead|follow|below|throughout)"
    r"|\[\s*spoilers?\s*\]|\(\s*spoilers?\s*\)|\*\s*spoilers?\s*\*"
    r"|contains?\s+(?:\w+\s+){0,2}spoilers|(?:warning|caution|note)\s*:\s*(?:\w+\s+){0,8}spoilers?"
    r"|be\s+(?:considered\s+)?spoilers|major\s+spoilers?|minor\s+spoilers?",
    re.IGNORECASE,
)

# The patterns below read the lower-cased token stream (`plain`), so they need no IGNORECASE,
# which costs time on patterns with many alternatives.
# A death of someone in the story, told as an event (not "nearly dies", not backstory).
_KILL_VERBS = (
    r"(?:killed|murdered|executed|slain|assassinated|crucified|beheaded|stabbed to death"
    r"|shot dead|shot and killed|strangled|poisoned|drowned|hanged|eaten|electrocuted)"
)
_DEATH = re.compile(
    r"\b(?:kills?|killing|killed)\s+(?:himself|herself|themselves)\b"
    r"|\b(?:commits?|committed|committing)\s+suicide\b|\btakes? (?:his|her) own life\b"
    r"|\b(?:is|gets?|got|was)\s+(?:\w+\s+)?" + _KILL_VERBS + r"\b"
    r"|\b(?:his|her|their)\s+\w+\s+(?:are|were|get|got)\s+(?:\w+\s+)?" + _KILL_VERBS + r"\b"
    r"|\b(?:kills?|killing|killed|murders?|murdered|shoots?|stabs?|stabbed|strangles?"
    r"|strangled|smothers?|smothered|poisons?|poisoned)\s+(?:him|her|his|the|a|an|one of)\b"
    r"|\b(?:watches|watched|sees|saw|orders|ordered|witnesses|witnessed)\s+(?:\w+\s+){1,4}"
    r"(?:murdered|killed|executed)\b"
    r"|\b(?:his|her|their)\s+(?:\w+\s+)?suicide\b"
    r"|\b(?:dies|died)\b|\bdeath of (?:his|her|their|the)\b|\bdeathbed\b"
    r"|\b(?:sole|only|lone) survivor\b",
)
# Deaths that never happen in the story or happened before it: hypothetical, generic, figurative,
# backstory, a title; and nameless crowds, which are set-up at most.
_DEATH_NOT_EVENT = re.compile(
    r"\b(?:nearly|almost|who|which|that|if|or|whenever|always|recently|i|day|why|before|would"
    r"|could|might|may|will|to|should|must|someone|everyone|anyone|people|thousands|hundreds"
    r"|dozens|millions)\s+(?:\w+\s+){0,2}(?:dies|died|killed|murdered|was killed|gets killed)\b"
    r"|\b(?:died|dies)\s+(?:happy|healthy|young|laughing)\b|\bwho lives and who dies\b"
    r"|\b(?:has|have|had) been killed\b|\bnever dies\b|\bdies? hard\b|\bdied\s+(?:\w+\s+)?ago\b"
    r"|\b(?:murdered|kills?|killed)\s+(?:\w+\s+)?(?:dog|cat|pet|horse|bird|body)\b"
    # nobody dies, or it usually happens: a genre habit, not this story's event
    r"|\b(?:nobody|no one|none|usually|often|either|since|ever|until|apparently|seemingly"
    r"|presumably)\s+(?:\w+\s+){0,2}(?:dies|died|killed|murdered|gets killed)\b"
    # a death that is supposed, feared or conditional: "if his roommate commits suicide"
    r"|\b(?:if|presume|presumes|suspect|suspects|wonder|whether|rather|thinks|believes)\s+"
    r"(?:\S+\s+){0,6}(?:dies|died|killed|murdered|commits suicide|kills? (?:himself|herself))\b"
    r"|\b(?:died|killed|murdered|suicide)\s+or not\b"
    # an attempt or a wish is not a death: "tries to kill them", "nearly commits suicide"
    r"|\b(?:tries|try|trying|tried|attempts?|attempting|attempted|wants?|wanted|plans?|planning"
    r"|plotting|going|decides?|decided|hires?|hired|bother|out)\s+(?:\w+\s+)?to (?:kill|murder"
    r"|shoot|stab|poison|strangle)\b"
    r"|\b(?:nearly|almost)\s+(?:commits suicide|kills? (?:himself|herself))\b"
    r"|\b(?:not|never)\s+(?:\w+\s+)?(?:get|gets|be)\s+(?:killed|murdered)\b"
    # a death the story starts from: "has died", mourning, "years before"
    r"|\b(?:has|have)\s+(?:recently\s+|just\s+)?died\b"
    r"|\b(?:lament\w*|mourn\w*|griev\w*|avenge\w*|since|following)\s+(?:\w+\s+)?the death of\b"
    # film-making, not murder: "knows how to shoot a flick"
    r"|\bshoots?\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:flick|film|movie|scenes?|picture"
    r"|footage|sequence)\b"
    # the charge the story starts from: "wrongly convicted of killing a child"
    r"|\b(?:accused|convicted|suspected|charged|framed|arrested|blamed|jailed|imprisoned|tried"
    r"|sentenced)\s+(?:of|with|for)\s+(?:\S+\s+){0,6}?(?:killing|murdering|murder|the death)\b"
    # "a man whose lover was murdered": backstory told in a relative clause
    r"|\bwhose\s+(?:\S+\s+){1,6}(?:died|killed|murdered)\b"
    # real-world and figurative deaths: a cast member, a genre, a film's fortunes
    r"|\b(?:died|dies|killed)\s+(?:\w+\s+){0,3}(?:filming|shooting|production|release)\b",
)
# Sentences where dying is a figure of speech about films ("lives and dies on its effects").
_FIGURATIVE_DEATH = re.compile(
    r"\blives and dies\b|\b(?:genre|career|franchise|word of mouth)\b"
    # backstory: the death is where the story starts
    r"|\byears (?:before|earlier|ago)\b"
    # real-world deaths of film-makers
    r"|\b(?:director|filmmaker|composer|screenwriter)\b(?:\s+\S+){0,12}\s+died\b"
)
# A death placed at the end of the story is the ending, whoever dies.
_DEATH_AT_END = re.compile(
    r"\b(?:dies|died|die|killed|murdered|sacrifices (?:his|her) life)\s+at the end\b"
)
# Deaths of a nameless someone ("a man kills himself", "one doctor is killed"): set-up.
_NAMELESS_DEATH = re.compile(
    r"^(?:\w+\s+){0,6}?(?:a|an|one|several|some|two|three|many)\s+(?!of\b)(?:\w+\s+){0,2}"
    r"(?:(?:is|are|was|were|gets?|got)\s+(?:\w+\s+)?(?:killed|murdered)|dies|died"
    r"|kills? (?:himself|herself)|commits suicide)\b",
)
# "was he killed by accident ?": a direct question asks, it does not tell.
_QUESTION = re.compile(
    r"^(?:is|was|are|were|will|would|does|did|do|can|could|has|have|who|what|how|why)\b.*\?\s*$",
    re.IGNORECASE,
)
# How it ends: an ending marker with a character of the story as its subject.
_ENDING = re.compile(
    r"^(?:and\s+|but\s+|so\s+|then\s+)?(?:in the end|at the end|by the end|at the finale"
    r"|ultimately ,)\s(?!, if\b|if\b)"
    r"|\bat the end of the (?:movie|film|picture|story)\b"
    r"|\b(?:the film|the movie|it) ends (?:with|when)\b|\bfinal (?:moments|scene|shot)\b"
    r"|\b(?:will be|is still|are still|stays?|remains?)\s+alive\b|\bsurvives\b(?! an? | it\b)"
    r"|\b(?:do|does|did)\s+not\s+(?:\w+\s+)?(?:survive|die)\b",
)
# How the story resolves, said outright.
_RESOLUTION = re.compile(
    r"\bends? up (?:dead|killed|married|marrying|together|in (?:jail|prison)|alone)\b"
    r"|\b(?:defeats|defeated|destroys|destroyed|kills|killed) the"
    r" (?:villain|monster|killer|alien)\b"
    r"|\b(?:is|are|gets?|got|was|were) reunited\b|\breunites? with\b"
    r"|\b(?:is|was) (?:found )?(?:innocent|guilty|acquitted|exonerated)\b"
    r"|\bclears? (?:his|her|their) (?:\w+ )?names?\b"
    # what the ending is, named: "the ending is the execution" (not "the ending is the best part")
    r"|\bthe (?:ending|finale|climax) is (?:the|his|her|their) (?!best|worst|most|only|same|least"
    r"|weakest|strongest|part|highlight|film|movie|one|kind|sort|type)\w+"
    # the last image or event, told outright: "the film closes on a balloon caught on the wall"
    r"|\b(?:the film|the movie|the story|it) (?:closes|ends|finishes) (?:on|with) (?:a|an|the|his"
    r"|her|their)\b"
    r"|\bwins? the (?:trial|case|war|battle|race|championship|tournament|election|title)\b"
    r"|\bhappily ever after\b|\bin a (?:\w+ )?twist ,"
    # which way it ends, told outright ("it even has a happy ending")
    r"|(?<!will )(?<!would )\b(?:has|have|had|gets?|got|to) an? (?:\w+ )?"
    r"(?:happy|upbeat|tragic|sad|bleak) ending\b",
)
_AT_LAST = r"\b(?:eventually|finally|ultimately|in the end)\s+(?:\w+\s+)?"
_EVENTUALLY = re.compile(
    _AT_LAST + r"(?:marr\w+|dies?|died|captured|caught|kills?|killed|wins?|won|loses?|lost"
    r"|escapes?|escaped|reunit\w+|succeeds?|fails?|failed|saves?|saved|confess\w*|arrested"
    r"|acquitted|freed|released|executed)\b",
)
_KIN = (
    r"(?:father|mother|son|daughter|brother|sister|twin|wife|husband|lover|killer|murderer"
    r"|culprit|villain|traitor|mole|spy|double agent|ghost|alien|robot|android|vampire|impostor"
    r"|imposter|dream|hallucination|figment|fake|dead)"
)
_TWIST = re.compile(
    r"\bturns out to be (?:(?:his|her|their|the|a|an)\s+)?(?:\w+\s+){0,2}"
    + _KIN
    + r"\b|\bwas dead all along\b|\bhad been dead\b|\b(?:is|was) actually (?:his|her|their)\s+"
    + _KIN
    + r"\b|\bthe (?:killer|murderer|culprit) (?:turns out|is revealed|was revealed) to be\b"
    r"|\bturns out to be the one\b|\bthe twist is that\b"
    r"|\b(?:was|is) the (?:killer|murderer|culprit)\b|\ball along\b",
)
_SETUP = re.compile(
    r"\bturns? out\b|\bends? up\b|\bwinds? up\b|\breveal(?:s|ed)\b|\bby the time\b|\blater\b"
    r"|\beventually\b|\bfinally\b|\bthe climax\b|\bafter (?:he|she|they)\b|\bdiscovers?\b"
    r"|\blearns that\b|\bfinds out\b|\bkill(?:s|ed|ing)?\b|\bmurder(?:s|ed)?\b|\bdies\b|\bdied\b",
)
# Sentences about the ending as craft, not its content.
_ABOUT_ENDING = re.compile(
    r"\b(?:the|its|this|an?)\s+(?:\w+\s+)?(?:ending|finale|climax|conclusion)\s+(?:is|was|feels"
    r"|seems|comes)\b",
)
_FIRST_SECOND_PERSON = frozenset("i me my we us our you your i'm i've".split())
# Words of film criticism: a sentence using them talks about the film, not inside its story.
_CRITIC_WORDS = frozenset(
    "film films movie movies picture screen audience audiences viewer viewers scene scenes "
    "filmmakers sequel hollywood studio review critic performance performances acting actor "
    "actors actress cast casting director directed script screenplay cinematography plot plots "
    "plotline plotlines storyline subplot costuming costumes effects soundtrack dialogue".split()
)
_NARRATIVE_PRONOUNS = frozenset("he she they him her them his their".split())

# A recap block needs this many consecutive plot sentences ...
RECAP_MIN_SENTENCES = 4
# ... and at least this many characters.
RECAP_MIN_CHARS = 300


@dataclass(frozen=True)
class SpoilerCall:
    """The verdict on one sentence: how much plot it gives away ("none", "set-up", "major"),
    why, and whether the author wrote a spoiler warning in it."""

    severity: str
    reason: str
    warning: bool = False


def sentence_spoiler(text: str) -> SpoilerCall:
    """How much of the plot one sentence gives away, why, and whether it carries a warning."""
    call = _severity(text)
    if _WARNING.search(text):
        return SpoilerCall(call.severity, call.reason, warning=True)
    return call


def _severity(text: str) -> SpoilerCall:
    plain = " ".join(tokens_of(text))
    if _QUESTION.search(text.strip()):
        return _setup_or_none(plain)
    if _DEATH_AT_END.search(plain) and not _FIGURATIVE_DEATH.search(plain):
        return SpoilerCall("major", "a death at the end")
    if _death_event(plain):
        if _NAMELESS_DEATH.search(plain):
            return SpoilerCall("set-up", "a nameless death")
        return SpoilerCall("major", "a death")
    if _TWIST.search(plain):
        return SpoilerCall("major", "a twist")
    if (_EVENTUALLY.search(plain) or _RESOLUTION.search(plain)) and not _viewer_speaks(plain):
        if (
            _VIEWER_OUTCOME.search(plain)
            and not _RESOLUTION.search(plain)
            and not _someone_in(text)
        ):
            # "everyone is stuck indoors, and curiosity finally won": no one in the story acts
            return _setup_or_none(plain, text)
        return SpoilerCall("major", "the outcome")
    if (
        _ENDING.search(plain)
        and not _ABOUT_ENDING.search(plain)
        and _is_narrative(plain)
        and _has_character(text, plain)
    ):
        return SpoilerCall("major", "the ending")
    return _setup_or_none(plain, text)


def _setup_or_none(plain: str, text: str | None = None) -> SpoilerCall:
    if _SETUP.search(plain) and _is_narrative(plain) and (text is None or _someone_in(text)):
        return SpoilerCall("set-up", "plot beyond the premise")
    return SpoilerCall("none", "")


def _death_event(plain: str) -> bool:
    """A death told as an event of the story: some death cue not inside a non-event phrase."""
    deaths = list(_DEATH.finditer(plain))
    # most sentences name no death: skip the costly veto patterns for them
    if not deaths or _FIGURATIVE_DEATH.search(plain):
        return False
    vetoed = [m.span() for m in _DEATH_NOT_EVENT.finditer(plain)]
    return any(
        not any(start < m.end() and m.start() < end for start, end in vetoed) for m in deaths
    )


def _viewer_speaks(plain: str) -> bool:
    """ "I finally caught up with it": the reviewer's own story, not the film's."""
    return plain.split()[:1] in (["i"], ["we"]) or " i finally " in f" {plain} "


def _someone_in(text: str) -> bool:
    """Does a person of the story appear: a pronoun for one, or a name after the first word?"""
    if text == text.lower():
        return True  # lower-cased corpora lose the capitals of names: assume someone
    words = tokens_of(text)
    return _names_someone(text, words) or any(w in _STORY_PEOPLE for w in words)


def _names_someone(text: str, words: list[str]) -> bool:
    """A pronoun for a person, or a capitalised name after the sentence's first word.

    In a sentence about the film ("It tries to be all four genres and ends up none of them")
    a counted "them" counts things, not people."""
    about_film = (
        bool(words)
        and words[0] in ("it", "this", "the")
        and (words[0] != "the" or words[1:2] in (["film"], ["movie"]))
    )
    return any(
        w in _NARRATIVE_PRONOUNS
        and not (
            about_film
            and w == "them"
            and i >= 2
            and words[i - 1] == "of"
            and words[i - 2] in _COUNTING
        )
        for i, w in enumerate(words)
    ) or bool(re.search(r"(?<=\s)[A-Z][a-z]+", text))


_COUNTING = frozenset(
    "none all any each both either neither some most many few several one two three four".split()
)


# Outcomes a viewer's evening can have as well as a story: "curiosity finally won".
_VIEWER_OUTCOME = re.compile(_AT_LAST + r"(?:wins?|won|loses?|lost|succeeds?|fails?|failed)\b")
# People a story is told about by their part in it rather than their name.
_STORY_PEOPLE = frozenset(
    "hero heroine villain detective cop killer murderer father mother son daughter brother "
    "sister husband wife boy girl man woman kid child couple family lovers friends gang "
    "prisoner prisoners soldier soldiers captain king queen prince princess".split()
)


def _has_character(text: str, plain: str) -> bool:
    """Is someone in the story the subject (a pronoun or a capitalised name), not the film?"""
    # "at the end of the film" names the film only to say where in it
    words = _END_OF_FILM.sub(" ", plain).split()
    if any(w in _CRITIC_WORDS for w in words):
        return False
    if text == text.lower():
        # lower-cased corpora lose the capital of a name: any subject but the film will do
        return len(words) >= 5
    return _names_someone(text, words)


_END_OF_FILM = re.compile(r"\b(?:at|by) the end of the (?:movie|film|picture|story)\b")


def _is_narrative(plain: str) -> bool:
    """Does the sentence tell the story (third person, few opinion words) rather than judge it?"""
    words = plain.split()
    if any(w in _FIRST_SECOND_PERSON for w in words):
        return False
    opinion = sum(abs(o.value) for o in opinion_words(words))
    return opinion < 1.5


def is_plot_sentence(text: str) -> bool:
    """A sentence that narrates plot: third-person story telling with no judgement in it."""
    words = tokens_of(text)
    if len(words) < 5 or any(w in _FIRST_SECOND_PERSON or w in _CRITIC_WORDS for w in words):
        return False
    narrative = any(w in _NARRATIVE_PRONOUNS for w in words) or bool(
        re.search(r"\b[A-Z][a-z]+\b", text[1:])
    )
    # the aspect reading costs the most, so it runs last and only for narrative sentences
    return (
        narrative
        and sum(abs(o.value) for o in opinion_words(words)) < 1.5
        and not sentence_aspects(text)  # talk about the film, not the story
    )


def find_spoilers(body: str, sentences: list[Span]) -> list[Spoiler]:
    """Spoiler passages of one review body, in order and not overlapping.

    Runs of plot sentences (at least `RECAP_MIN_SENTENCES`, `RECAP_MIN_CHARS` long) become one
    "plot recap block" spoiler, "major" when a sentence inside it is; other sentences are
    flagged on their own.
    """
    calls = [sentence_spoiler(span.of(body)) for span in sentences]
    plot = [
        not call.warning and (is_plot_sentence(span.of(body)) or call.severity != "none")
        for span, call in zip(sentences, calls, strict=True)
    ]
    found: list[Spoiler] = []
    i = 0
    while i < len(sentences):
        j = i
        while j < len(sentences) and plot[j]:
            j += 1
        block = sentences[i:j]
        if (
            len(block) >= RECAP_MIN_SENTENCES
            and block[-1].end - block[0].start >= RECAP_MIN_CHARS
            and block[0].field == block[-1].field
        ):
            major = any(c.severity == "major" for c in calls[i:j])
            found.append(
                Spoiler(
                    Span(block[0].start, block[-1].end, block[0].field),
                    "major" if major else "set-up",
                    "plot recap block",
                )
            )
            i = j
            continue
        call = calls[i]
        if call.warning:
            found.append(Spoiler(sentences[i], "warning", "spoiler warning"))
        if call.severity in ("set-up", "major"):
            severity: Literal["set-up", "major"] = "major" if call.severity == "major" else "set-up"
            found.append(Spoiler(sentences[i], severity, call.reason))
        i += 1
    return found
