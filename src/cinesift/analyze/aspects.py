"""Aspect opinions: which parts of a film a review praises or pans, with the sentences as evidence.

Each sentence is read clause by clause: cue words name an aspect ("the acting", "the score"),
nearby opinion words from a small hand-written lexicon say which way it leans, with negation
("not funny") and contrast ("great acting, but the story drags") handled locally. When a clause
holds no opinion word, the sentence polarity the sentiment model gives decides. Text may be raw
web prose or the lower-cased, tokenised text of the Cornell corpora ("the film 's score , though");
both are normalised to one token stream.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cinesift.analyze.scores import find_scores
from cinesift.model import AspectOpinion, Mention, Span, score_band


@dataclass(frozen=True)
class AspectDef:
    """One aspect of a film: what it covers and the words that name it.

    A cue is a word or a phrase (space-separated words); a trailing `*` matches any ending
    ("perform*" covers performance, performances, performer). `exclude` lists phrases in which a
    cue word means something else ("in the direction of", "in conclusion").
    """

    name: str
    description: str
    cues: tuple[str, ...]
    exclude: tuple[str, ...] = ()


def _aspect(name: str, description: str, cues: str, exclude: str = "") -> AspectDef:
    split = lambda s: tuple(c.strip() for c in s.split(",") if c.strip())  # noqa: E731
    return AspectDef(name, description, split(cues), split(exclude))


ASPECTS: dict[str, AspectDef] = {
    a.name: a
    for a in (
        _aspect(
            "acting",
            "The performances: actors, cast, casting, how roles are played.",
            "acting, acted, act, actor*, actress*, perform*, cast, casting, miscast, ensemble, "
            "portray*, role, roles, overacting, overacts, overacted, over-acting, "
            "chemistry, leads, co-star*, supporting players, turn as, good job, great job, fine "
            "job, "
            "excellent job, terrific job, wonderful job, amazing job, superb job, solid job, "
            "decent job, poor job, bad job, terrible job, job as, thespian*, cameo*, star turn, "
            "turns in, screen presence, "
            "line readings, line delivery, hams it up, hamming, mugging, mugs, underplays, "
            "underplayed, supporting cast, lead actor, lead actress, acting chops, plays it",
            "act of, act as, acts of, performance art, plays out, played out, cast of characters, "
            "co-starring role, gender roles, played by, role model*",
        ),
        _aspect(
            "story",
            "The plot: premise, storyline, twists, the ending and how it resolves.",
            "story, stories, storyline*, plot, plots, plotting, plotline*, narrative*, premise, "
            "tale, twist*, ending, endings, climax, finale, subplot*, storytelling, plot holes, "
            "source material, scenario, resolution, denouement, conclusion, plot twist*, "
            "plot points, predictable, predictability, implausible, implausibility, far-fetched, "
            "farfetched, contrived, contrivance*, plot device*, third act, final act, last act, "
            "storyteller*, twists and turns, outcome, cliche, cliches, cliché, clichés, cliched, "
            "clichéd, rip-off, ripoff, knock-off, unbelievable, plausible, plausibility, "
            "believability, formulaic",
            "true story, love story, ending up, never-ending, unending, in conclusion, "
            "conclusion of, conclusion that, predictable way, rest of the story, "
            "long story short, the story goes, cover story, another story, different story, "
            "same old story, success story, story of my life",
        ),
        _aspect(
            "characters",
            "The characters as written: depth, likability, relationships, development.",
            "character, characters, characterization*, characterisation*, protagonist*, "
            "heroine, villain*, antagonist*, relationship, relationships, "
            "one-dimensional, two-dimensional, cardboard, stereotype*, caricature*, hero, heroes, "
            "villains, sidekick*, archetype*, one-note",
            "character actor*",
        ),
        _aspect(
            "emotion",
            "The feelings it stirs: moving, touching, a tearjerker, or manipulative and sappy.",
            "emotion, emotions, emotional, emotionally, moving, touching, touched, tearjerker*, "
            "tear-jerker*, tear jerker*, tears, teary, cry, cried, crying, weep*, sob, sobbing, "
            "heartbreaking, heart-breaking, heartwarming, heart-warming, heart-wrenching, "
            "heartwrenching, gut-wrenching, heartfelt, heartstrings, poignant, poignancy, "
            "sentimental, sentimentality, manipulative, mawkish, schmaltz*, sappy, "
            "melodramatic, melodrama, tissue*, feel-good, uplifting, affecting, breaks your heart, "
            "break your heart, sad, saddest, tearful, heart flutter, roller coaster, emotional "
            "core, moved, weepy, weepie, tearjerking, tear-jerking, choked up, lump in, "
            "heart-tugging, tugs at, tug at, wrenching, cathartic, maudlin, syrupy, treacly, "
            "cloying, saccharine, emotive, heartache, goosebumps, misty-eyed, hankies, hanky, "
            "heart-rending, heartrending",
            "moving to, moving from, moving in, moving on, moving into, moving out, moving away, "
            "moving forward, moving along, moving around, moving back, moving up, touching on, "
            "touching upon, cry for, crying out, cry out",
        ),
        _aspect(
            "humour",
            "The comedy: humour, jokes, gags, whether it is funny.",
            "humor, humour, humorous, humorless, humourless, funny, funnier, funniest, unfunny, "
            "the comedy is, the comedy was, comedy here, its comedy, comedic, comic touch*, "
            "comic moments, comic relief, comic timing, comic scenes, comic bits, comic "
            "potential, comical, joke, jokes, gag, gags, laugh, laughs, laughed, "
            "laughing, laughter, hilarious, hilariously, hilarity, wit, witty, amusing, "
            "slapstick, chuckle*, giggle*, pun, puns, laugh-out-loud, uproarious*, riotous*, "
            "droll, "
            "deadpan, satire, satirical, parody, spoof, farce, farcical, zinger*, quip*, "
            "wisecrack*, guffaw*, belly laugh*, witticism*, hysterical, hysterically, jokey, "
            "punchline*, punch line*, hoot, wry, wryly, chortle*, howler*",
            "comic book*, comic-book*, comic strip*, funny thing, funny how, laughing stock",
        ),
        _aspect(
            "direction",
            "The director's hand: staging, control, vision.",
            "direction, directed, director, directors, directing, directorial, filmmaker*, "
            "filmmaking, film-making, helmed, helmer, helming, auteur, editing, edited, editor, "
            "staging, staged, directs, helms, mise-en-scene, mise en scene, "
            "craftsmanship, jump cuts, montage*, tone, handled with, behind the camera",
            "direction of, directions, art direction, directed by, directed to",
        ),
        _aspect(
            "writing",
            "The script: screenplay, dialogue, lines, the writers.",
            "writing, written, writer, writers, screenplay*, script, scripts, scripted, "
            "dialogue, dialogues, dialog, lines, screenwriter*, scriptwriter*, screenwriting, "
            "underwritten, overwritten, one-liner*, scripting, penned, co-written, wordplay, "
            "banter, "
            "exposition, expository, monologue*, writing is, writing was, lines of dialogue",
            "along the lines, lines up, lined, line up, written by, written all over, has written, "
            "had written, writer director, writer producer, writing a review, writing "
            "this review, "
            "writing about",
        ),
        _aspect(
            "music",
            "The music: score, soundtrack, songs.",
            "music, musical score, score, soundtrack*, song, songs, composer, tunes, orchestral, "
            "theme song, scored, melod*, ballad*, tune, musical numbers, musical "
            "sequences, orchestration, singing, lyrics, songwriting",
            "score points, score a, scores a, to score, score of, melodrama*, melodramatic",
        ),
        _aspect(
            "visuals",
            "How it looks: cinematography, camera, imagery, animation.",
            "visual, visuals, visually, cinematography, cinematographer, camera, camerawork, "
            "camera work, photography, photographed, imagery, images, shots, lighting, "
            "beautifully shot, well shot, shot beautifully, lushly, scenery, look great, "
            "looks great, animation, animated, color palette, colour palette, framing, best "
            "looking, "
            "good looking, great looking, best-looking, good-looking, great-looking, eye candy, "
            "eye-candy, the look, lensed, lensing, cinematographic, compositions, palette, "
            "widescreen, visual style, visual flair, eye-popping, camera movements, tracking "
            "shot*, long takes, to look at, photographic, look of the film, "
            "gorgeously shot, handsomely shot, stunningly shot, lovingly shot, well-shot",
            "visual effects, camera crew, animated film, framing device, framing story",
        ),
        _aspect(
            "pacing",
            "Pace and length: brisk or slow, tight or overlong.",
            "pace, paced, pacing, slow, slow-moving, sluggish, drags, drag, dragged, "
            "dragging, overlong, too long, overly long, long-winded, running time, runtime, "
            "length, brisk, briskly, fast-paced, moves along, moves quickly, bloated, tedious, "
            "plodding, padded, boring, bored, dull, tiresome, lags, languid, leisurely, "
            "interminable, overstays, outstays, wears out its welcome, drawn-out, drawn out, "
            "lengthy, rushed, hurried, zips, zippy, breezy, breakneck, momentum, bogged down, "
            "slow going, slow-going, glacial, glacially, sags, sagging, bores, boredom, "
            "snoozer, soporific, monotonous, uneventful, slog, tedium, fast-moving, "
            "never lets up, lumbering, minutes too long",
            "mentally slow, slow-witted, slow motion, slow-motion, slowly realizes, slowly begins, "
            "drag queen*, in drag, slow down, slows down, rushed to, rushed into, rushed off, "
            "rushes to, hurried to",
        ),
        _aspect(
            "message",
            "What it says: themes, message, morals, social commentary.",
            "message, messages, theme, themes, thematic*, moral, morals, meaning, statement, "
            "commentary, lesson, lessons, preachy, allegory, subtext, metaphor*, insightful, "
            "thought-provoking, sermon*, moraliz*, moralis*, moralistic, allegorical, "
            "social commentary, has to say, says about, philosophical, profound, profundity",
            "theme song, theme park*, mature themes, adult themes, make a statement",
        ),
        _aspect(
            "production",
            "Craft and budget: sets, effects, costumes, make-up, production values.",
            "production, production values, production design, effects, special effects, "
            "visual effects, effects work, sets, set design, costume*, makeup, make-up, cgi, "
            "computer-generated, budget, art direction, sound design, stunt, stunts, stuntwork, "
            "sfx, fx, digital effects, creature effects, "
            "computer graphics, miniatures, prosthetic*, props, wardrobe, period detail, "
            "sound effects, pyrotechnics, production designer",
            "production company, production of, into production, production numbers, "
            "in production, low budget, big budget, high budget, low-budget, big-budget, "
            "sets out, sets up, sets off, sets in, sets about, "
            "sets his, sets her, sets their, sets the, sets a, sets an, sets its, sets fire, "
            "sets forth, sets sail, sets him, effects of, effects on, effects that",
        ),
    )
}

# Opinion words, valence in [-2, 2]. Hand-written for film criticism; kept small on purpose:
# words that only mean something in one aspect (e.g. "wooden") still read the same everywhere.
_POSITIVE = {
    2.0: "excellent superb brilliant brilliantly wonderful wonderfully amazing amazingly perfect "
    "perfectly fantastic terrific outstanding masterful masterfully masterpiece flawless "
    "remarkable extraordinary exceptional magnificent marvelous marvellous stunning stunningly "
    "breathtaking superbly phenomenal incredible immaculately impeccable sublime glorious "
    "best finest greatest hilarious dazzling spectacular mesmerizing riveting unforgettable",
    1.0: "good great fine strong solid impressive impressed memorable beautiful beautifully "
    "gorgeous effective effectively nice nicely enjoyable entertaining engaging compelling "
    "gripping fun clever cleverly smart intelligent intelligently witty charming delightful "
    "lovely likable likeable sympathetic believable believably convincing convincingly credible "
    "natural authentic original fresh inventive creative imaginative interesting fascinating "
    "powerful moving touching poignant heartfelt heartwarming heart-warming affecting funny "
    "amusing sharp tight taut crisp slick polished elegant graceful subtle subtly nuanced rich "
    "deep complex layered satisfying rewarding worth recommended recommend love loved loves "
    "lovable enjoyed enjoy enjoys liked admire admired appreciate appreciated adore adored "
    "captivating "
    "lush vivid striking inspired inspiring energetic lively vibrant brisk fast-paced "
    "well-acted well-written well-made well-crafted well-done well-developed well-drawn "
    "well-paced engrossing absorbing thoughtful insightful intriguing haunting evocative "
    "atmospheric authentic charismatic commanding endearing tender warm uplifting refreshing "
    "ingenious inventive honest sincere sensitive competent skillful skilful skillfully skilled "
    "talented gifted superior better highlight highlights praise terrifically hilariously "
    "humorous wins winning cute sweet pleasant pleasing pleasure treat stylish stylishly "
    "accomplished confident assured deft deftly seamless seamlessly gem joy laugh laughs decent "
    "capable gratifying catchy innovative impressiveness shines shine shone sympathized glued "
    "reliable invigorating likeability likability terrific awesome fresh "
    "masterly virtuoso bravura luminous radiant exhilarating thrilling electrifying rousing "
    "stirring transcendent exquisite exquisitely pitch-perfect spot-on understated restrained "
    "crackling snappy zippy sparkling sparkles astonishing astounding suspenseful seductive "
    "beguiling enchanting magical irresistible lovingly handsome handsomely lavish sumptuous "
    "ravishing commendable admirable admirably laudable incisive perceptive shrewd "
    "sophisticated resonant side-splitting rollicking delicious deliciously kudos bravo "
    "spellbinding enthralling affectingly charmingly wittily hysterically laugh-out-loud "
    "crackles crackle "
    "tear-jerker tearjerker touched cried tears cry crying sobbing wept laughter heartbreaking "
    "heart-breaking heart-wrenching heartwrenching welcome majestic majesty intrigued "
    "unpredictable",
}
_POSITIVE[0.5] = "adequate passable serviceable okay watchable works acceptable reasonable"
_NEGATIVE = {
    2.0: "terrible terribly awful awfully horrible horribly dreadful dreadfully worst atrocious "
    "abysmal pathetic unwatchable excruciating painful painfully disastrous disaster abominable "
    "appalling insufferable unbearable embarrassing garbage crap trash stinks sucks",
    1.0: "bad badly poor poorly weak weakly lame dull dully boring bored bores tedious tiresome "
    "slow sluggish drags drag dragged dragging overlong bland flat wooden stiff stilted forced "
    "contrived predictable cliched clichéd cliche cliché clichés cliches trite hackneyed "
    "formulaic stale derivative unoriginal generic silly stupid dumb idiotic ridiculous absurd "
    "laughable pointless mess messy muddled confusing confused incoherent convoluted uneven "
    "sloppy clumsy clumsily heavy-handed preachy manipulative mawkish sappy schmaltzy "
    "melodramatic overwrought overblown pretentious shallow thin one-dimensional "
    "two-dimensional cardboard unlikable unlikeable annoying irritating obnoxious grating "
    "unfunny humorless humourless waste wasted wastes fails fail failed failure disappointing "
    "disappointment disappointed mediocre forgettable lackluster lacklustre uninspired "
    "lifeless unconvincing implausible miscast overacting overacts overacted over-acting hammy "
    "cheesy cheap tacky ugly awkward awkwardly worse problem problems flaw flaws flawed fault "
    "faults lacks lacking lack missing hate hated dislike disliked bloated plodding padded "
    "overlong long-winded tired tiring empty hollow lifeless listless limp bizarre "
    "unnecessary uninteresting unappealing unpleasant mindless inept incompetent amateurish "
    "annoyingly obvious heavy-handedly overdone overwrought overbearing exaggerated "
    "distracting sluggishly meandering aimless dumbed shoddy unimpressive worthless wrong "
    "undeveloped underdeveloped underwritten sketchy bore yawn snooze sentimental "
    "sentimentality schmaltz cloying saccharine gratuitous excessive mishandled misguided "
    "ludicrous inane vapid banal uncompelling lamest less-compelling preposterous stereotyped "
    "stereotypical contradictory illogical boredom disinterest meaningless irrelevant campy "
    "flags flagging loses drawback predictably routine stupidly dumber weaker weakest "
    "turgid leaden ponderous clunky clunker stodgy rote by-the-numbers paint-by-numbers "
    "perfunctory middling so-so tepid lukewarm anemic bloodless flimsy threadbare paper-thin "
    "nonsensical unintelligible risible groan-inducing cringe cringeworthy cringe-worthy shrill "
    "strident smug self-indulgent pompous portentous pedestrian humdrum drab dreary dismal "
    "lousy rubbish dud misfire misfires botched bungled squandered squanders underused "
    "underutilized phony phoney artificial shopworn overused histrionic scenery-chewing "
    "mannered charmless joyless witless soulless inert mind-numbing insipid vacuous "
    "superficial facile glib simplistic syrupy treacly intrusive jarring choppy disjointed "
    "haphazard slapdash hokey corny creaky unmemorable undistinguished unremarkable flaccid "
    "toothless unsatisfying frustrating frustratingly irritatingly tediously interminable "
    "lumbering monotonous soporific letdown let-down misstep missteps sub-par subpar "
    "substandard second-rate uninvolving uninspiring unengaging "
    "horrid horrendous hideous woeful feeble dire tenuous spiteful grainy murky muddy "
    "undermines undermine undermined undercuts unsuccessfully unsuccessful ineffective "
    "ineffectual groans groan groaner wasteland miserably miserable mistake mistakes "
    "nonsense incomprehensible unimaginative uninventive unexciting unfocused half-baked "
    "half-hearted halfhearted ill-conceived misjudged laborious labored laboured strained "
    "unnatural unrealistic unbelievable far-fetched farfetched rip-off ripoff knock-off "
    "tasteless distasteful offensive repellent brainless overrated overstuffed nuisance "
    "sorely dim-witted lethargic listlessly unconvincingly sloppily detract detracts "
    "disappoints unmoving holes plagiarize plagiarized plagiarism repetitive repetitious "
    "improbable improbably",
}
_LEXICON: dict[str, float] = {}
for _value, _words in _POSITIVE.items():
    _LEXICON.update(dict.fromkeys(_words.split(), _value))
for _value, _words in _NEGATIVE.items():
    _LEXICON.update(dict.fromkeys(_words.split(), -_value))
# Multi-word opinion phrases, matched before single words.
_PHRASES: dict[tuple[str, ...], float] = {
    tuple(p.split()): v
    for p, v in {
        "too long": -1.0,
        "hats off": 1.5,
        "one dimensional": -1.0,
        "loses its appeal": -1.0,
        "hits the bullseye": 1.0,
        "no substance": -1.0,
        "too slow": -1.0,
        "too much": -0.7,
        "falls flat": -1.0,
        "fall flat": -1.0,
        "fell flat": -1.0,
        "over the top": -0.7,
        "a must": 1.0,
        "must see": 1.5,
        "must-see": 1.5,
        "stand out": 1.0,
        "stands out": 1.0,
        "stood out": 1.0,
        "standout": 1.0,
        "works well": 1.0,
        "well done": 1.0,
        "well acted": 1.0,
        "well written": 1.0,
        "well made": 1.0,
        "well paced": 1.0,
        "well shot": 1.0,
        "well worth": 1.5,
        "top notch": 1.5,
        "top-notch": 1.5,
        "first rate": 1.5,
        "first-rate": 1.5,
        "second rate": -1.0,
        "second-rate": -1.0,
        "breaks your heart": 1.0,
        "break your heart": 1.0,
        "makes no sense": -1.0,
        "make no sense": -1.0,
        "no sense": -1.0,
        "not much": -0.7,
        "a waste": -1.5,
        "at its best": 1.0,
        "at their best": 1.0,
        "at his best": 1.0,
        "at her best": 1.0,
        "pays off": 1.0,
        "paid off": 1.0,
        "out of his depth": -1.0,
        "out of her depth": -1.0,
        "out of their depth": -1.0,
        "to be desired": -1.0,
        "does not work": -1.0,
        "did not work": -1.0,
        "do not work": -1.0,
        "up to snuff": 1.0,
        "up to par": 1.0,
        "not saying much": -1.0,
        "too many": -0.7,
        "hard to believe": -1.0,
        "hard to follow": -1.0,
        "hard to care": -1.0,
        "hard to swallow": -1.0,
        "difficult to follow": -1.0,
        "difficult to believe": -1.0,
        "does little to": -1.0,
        "do little to": -1.0,
        "did little to": -1.0,
        "leaves much to": -1.0,
        "works against": -1.0,
        "work against": -1.0,
        "at best": -1.0,
        "too few": -0.7,
        "rings false": -1.0,
        "ring false": -1.0,
    }.items()
}
# Phrases indexed by their first word: the lookup runs once per token of every sentence.
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], float]]] = {}
for _words, _v in _PHRASES.items():
    _PHRASES_BY_FIRST.setdefault(_words[0], []).append((_words, _v))
_NEGATORS = frozenset("not no never hardly barely without nothing neither nor none cannot".split())
_INTENSIFIERS = {
    "very": 1.3,
    "really": 1.3,
    "so": 1.2,
    "extremely": 1.5,
    "incredibly": 1.5,
    "truly": 1.3,
    "absolutely": 1.5,
    "quite": 1.1,
    "highly": 1.3,
    "most": 1.2,
    "totally": 1.4,
    "utterly": 1.5,
    "simply": 1.2,
    "somewhat": 0.6,
    "slightly": 0.5,
    "fairly": 0.8,
    "rather": 0.8,
    "mildly": 0.6,
    "particularly": 1.2,
    "especially": 1.2,
    "genuinely": 1.2,
    "consistently": 1.2,
    "thoroughly": 1.3,
    "deliciously": 1.2,
    "painfully": 1.3,
    "surprisingly": 1.1,
    "too": 1.0,
}
# Words that open a new clause whose opinion should not leak into the previous one.
_CONTRAST = frozenset(
    "but however although though yet whereas while despite except unfortunately".split()
)
# Weight of the clause after a contrast when falling back to the whole sentence: "X, but Y"
# means Y is what the writer settles on.
_AFTER_CONTRAST_WEIGHT = 1.5
_CLAUSE_BREAK = frozenset(";:")
_NEGATION_WINDOW = 4
_NEGATED_SCALE = 0.7  # "not bad" is weaker praise than "good"
# A sentence polarity probability this far from 0.5 counts as an opinion on its own.
_MODEL_MARGIN = 0.15

_TOKEN = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*|[.,;:!?()]", re.IGNORECASE)


@dataclass(frozen=True)
class _Hit:
    aspect: str
    start: int  # token index of the cue
    end: int  # one past its last token


def tokens_of(text: str) -> list[str]:
    """Lower-cased word tokens with clitics normalised: "film 's" and "film's" both give "film",
    "isn't" and "is n't" both give "is not"."""
    return [t.lower() for t in _cased_tokens(text)]


def _cased_tokens(text: str) -> list[str]:
    """The tokens of `tokens_of`, keeping their case (a capital can mark a name)."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"\bca\s?n't\b", "can not", text, flags=re.IGNORECASE)
    text = re.sub(r"\bwo\s?n't\b", "will not", text, flags=re.IGNORECASE)
    text = re.sub(r"\s?n't\b", " not", text, flags=re.IGNORECASE)
    text = re.sub(r"\s?'(s|re|ve|ll|d|m)\b", "", text, flags=re.IGNORECASE)
    text = text.replace("--", " , ")
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if "-" in token and token.lower() not in _KNOWN_HYPHENATED:
            out.extend(part for part in token.split("-") if part)
        else:
            out.append(token)
    return out


def _compile_cues() -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], list[tuple[str, ...]]]:
    """Index cues by their first word; a `*` cue is indexed under its stem with a marker."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    excludes: list[tuple[str, ...]] = []
    for aspect in ASPECTS.values():
        for cue in aspect.cues:
            words = tuple(cue.split())
            index.setdefault(words[0].rstrip("*"), []).append((words, aspect.name))
        excludes.extend(tuple(e.split()) for e in aspect.exclude)
    return index, excludes


_CUE_INDEX, _EXCLUDES = _compile_cues()
# Hyphenated words the cues and lexicon know whole; others are split ("genuinely-funny").
_KNOWN_HYPHENATED = frozenset(
    [w for w in _LEXICON if "-" in w]
    + [w for a in ASPECTS.values() for c in a.cues + a.exclude for w in c.split() if "-" in w]
    + [w for p in _PHRASES for w in p if "-" in w]
)
_STEMS = sorted({k for k, v in _CUE_INDEX.items() if any(w[0].endswith("*") for w, _ in v)})


def _word_matches(pattern: str, token: str) -> bool:
    if pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    return token == pattern


def _phrase_at(tokens: Sequence[str], i: int, words: Sequence[str]) -> bool:
    return i + len(words) <= len(tokens) and all(
        _word_matches(w, tokens[i + k]) for k, w in enumerate(words)
    )


def _excluded(tokens: Sequence[str], i: int, end: int) -> bool:
    """Is the cue at tokens[i:end] part of an excluded phrase ("in the direction of")?"""
    # only phrases that can start at one of the tokens up to the cue (indexed by first word)
    for start in range(max(0, i - _LONGEST_EXCLUDE + 1), i + 1):
        for phrase in _EXCLUDES_BY_FIRST.get(tokens[start], ()) + _STARRED_EXCLUDES:
            if start + len(phrase) > i and _phrase_at(tokens, start, phrase):
                return True
    return False


_EXCLUDES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in _EXCLUDES:
    if not _phrase[0].endswith("*"):
        _EXCLUDES_BY_FIRST[_phrase[0]] = (*_EXCLUDES_BY_FIRST.get(_phrase[0], ()), _phrase)
_STARRED_EXCLUDES = tuple(p for p in _EXCLUDES if p[0].endswith("*"))
_LONGEST_EXCLUDE = max(len(p) for p in _EXCLUDES)


def find_cues(tokens: Sequence[str]) -> list[_Hit]:
    """Aspect cues in a token list, longest phrase first, no overlaps."""
    hits: list[_Hit] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        candidates = list(_CUE_INDEX.get(token, ()))
        for stem in _STEMS:
            if token.startswith(stem) and token != stem:
                candidates.extend(c for c in _CUE_INDEX[stem] if c[0][0].endswith("*"))
        best: tuple[int, list[str]] = (0, [])
        for words, aspect in candidates:
            if _phrase_at(tokens, i, words):
                if len(words) > best[0]:
                    best = (len(words), [aspect])
                elif len(words) == best[0] and aspect not in best[1]:
                    best[1].append(aspect)
        if best[0] and not _excluded(tokens, i, i + best[0]):
            hits.extend(_Hit(aspect, i, i + best[0]) for aspect in best[1])
            i += best[0]
        else:
            i += 1
    return hits


@dataclass(frozen=True)
class _Opinion:
    position: int
    value: float


def opinion_words(tokens: Sequence[str]) -> list[_Opinion]:
    """Opinion words with negation and intensifiers applied, at their token positions."""
    found: list[_Opinion] = []
    i = 0
    while i < len(tokens):
        value = None
        width = 1
        for phrase, v in _PHRASES_BY_FIRST.get(tokens[i], ()):
            if len(phrase) > 1 and _phrase_at(tokens, i, phrase):
                value, width = v, len(phrase)
                break
        if value is None:
            value = _LEXICON.get(tokens[i])
            if value is not None and tokens[i] == "works" and _next(tokens, i) in _JOB_PREPOSITIONS:
                value = None  # "he works as a writer": a job, not a verdict
        if value is None and tokens[i] == "well" and _well_judges(tokens, i):
            value = 1.0
        if value is None and tokens[i] in _RESCUE and _rescue_fails(tokens, i):
            found.append(_Opinion(i, -1.0))
            i += 1
            continue
        reach = _RETRACTING.get(tuple(tokens[i : i + width])) if width > 1 else None
        if value is not None and reach is not None:
            # "fine ( and that is not saying much )", "passable at best": the praise just
            # given is taken back
            found = [
                _Opinion(o.position, -o.value * _NEGATED_SCALE)
                if o.value > 0 and i - o.position <= reach
                else o
                for o in found
            ]
        if value is not None:
            value *= _modifier(tokens, i, value > 0)
            found.append(_Opinion(i, value))
        i += width
    return found


# "not even a fine cast can save it", "nothing can redeem this": the film is past rescue.
_RESCUE = frozenset("save saves salvage salvages redeem redeems rescue rescues".split())


def _rescue_fails(tokens: Sequence[str], i: int) -> bool:
    for k in range(i - 1, max(-1, i - 8), -1):
        if tokens[k] in _CONTRAST or tokens[k] in ".;:!?":
            return False
        if tokens[k] in _NEGATORS:
            return True
    return False


# Phrases that take back the praise before them, and how many tokens back they reach.
_RETRACTING = {("not", "saying", "much"): 12, ("at", "best"): 3}
_JOB_PREPOSITIONS = frozenset("as at in for with on from".split())


def _next(tokens: Sequence[str], i: int) -> str:
    return tokens[i + 1] if i + 1 < len(tokens) else ""


# "well" is praise only after a verb of doing: "works well", "fares well", "well acted".
_WELL_AFTER = frozenset(
    "works work worked fares fared done acted written made crafted handled played plays does did "
    "cast directed paced shot executed".split()
)


def _well_judges(tokens: Sequence[str], i: int) -> bool:
    k = i - 1
    while k >= 0 and tokens[k] in _INTENSIFIERS:
        k -= 1
    return (k >= 0 and tokens[k] in _WELL_AFTER) or (
        i + 1 < len(tokens) and tokens[i + 1] in _WELL_AFTER
    )


def _modifier(tokens: Sequence[str], i: int, positive: bool = True) -> float:
    """Scale for the opinion word at i: intensifiers before it, and negation within a window."""
    scale = 1.0
    if i > 0 and tokens[i - 1] in _INTENSIFIERS:
        scale *= _INTENSIFIERS[tokens[i - 1]]
    k = i - 1
    words = 0
    while k >= 0 and words < _NEGATION_WINDOW:
        token = tokens[k]
        if (
            positive
            and token == ","
            and k > 0
            and (tokens[k - 1] in _LEXICON or tokens[k - 2 : k - 1] == ["neither"])
        ):
            # a list of praise ("neither erotic , funny or ...") shares the negator; a list of
            # faults denied ("no stupid , stereotypical ... characters") is too often irony
            k -= 1
            continue
        if token in _CONTRAST or token in ",.;:!?":
            break
        if tokens[k : k + 3] == ["nothing", "short", "of"]:
            return scale * 1.5  # "nothing short of astonishing"
        if token in _NEGATORS or token in _LACKING or _little(tokens, k):
            # "not only good but great" is not a negation, nor is "no less wonderful"
            if k + 1 < len(tokens) and tokens[k + 1] in ("only", "just", "merely", "less"):
                break
            return -scale * _NEGATED_SCALE
        if positive and token == "only" and k > 0 and tokens[k - 1] in ("the", "one", "few"):
            # "the only good laugh": praise of one exception counts against the rest
            return -scale * _NEGATED_SCALE
        words += 1
        k -= 1
    if _COUNTERFACTUAL and _wished_for(tokens, i):
        return -scale * _NEGATED_SCALE
    return scale


def _little(tokens: Sequence[str], k: int) -> bool:
    """ "little room for any wit", "offers little charm"; "a little slow" is only a hedge."""
    return (
        tokens[k] == "little"
        and (k == 0 or tokens[k - 1] not in ("a", "the", "little"))
        and _next(tokens, k) != "from"
    )


# "lacks any real suspense", "devoid of wit": praise the film does not have
_LACKING = frozenset("lacks lacking lack lacked devoid absence".split())
_COUNTERFACTUAL = True
_MODALS = frozenset("could would should might".split())


def _wished_for(tokens: Sequence[str], i: int) -> bool:
    """ "it could have been a moving film": praise of what the film is not."""
    for k in range(i - 1, max(0, i - 6), -1):
        if tokens[k] in _CONTRAST or tokens[k] in ",.;:!?":
            return False
        if tokens[k] in ("have", "of") and tokens[k - 1] in _MODALS:
            return True
    return False


def _clauses(tokens: Sequence[str]) -> list[int]:
    """Clause number of each token: a contrast word or ";" starts a new clause.

    "although X, Y": the comma after an "although" clause also ends it.
    """
    clause = 0
    ids: list[int] = []
    concessive = False
    for k, token in enumerate(tokens):
        if (token in _CONTRAST and k > 0) or token in _CLAUSE_BREAK:
            clause += 1
            concessive = token in ("although", "though", "while", "whereas", "despite")
        elif token in _CONTRAST:
            concessive = token in ("although", "though", "while", "whereas", "despite")
        elif token == "," and concessive:
            clause += 1
            concessive = False
        ids.append(clause)
    return ids


def _squash(x: float) -> float:
    return math.tanh(abs(x) / 1.5)


# Opinion words further than this many tokens from a cue are not read as about it ...
_WINDOW = 10
# ... and each comma between them halves their weight (a list or a new clause is likely).
_COMMA_DISCOUNT = 0.5
# A cue with no opinion near it takes the whole sentence's lean only in short sentences;
# in long ones that lean is usually about something else.
_SHORT_SENTENCE = 200
# Each side must hold this share of a cue's opinion for the cue to read "mixed".
_LOCAL_MIXED_SHARE = 0.35
# Across cues of one aspect, the weaker side must reach this share of the stronger for "mixed".
_BALANCE = 0.6
# Film talk where a feeling is the praise: "a real tear-jerker", "I cried".
_DEFAULT_POSITIVE = frozenset({"emotion"})
_NOT_A_ROLE = frozenset(
    "is was are were well if much though long soon far such usual always ever expected it he she "
    "they we you i one to in of for".split()
)
_COPULA = frozenset("is was are were be been being seems seemed looks looked".split())
_ACTING_VERBS = frozenset("shines shine shone excels excel excelled".split())


_BORROW_ALONE = False
_ORPHAN_WEIGHT = 1.0
_MODEL_WEIGHT = 0.5
# A sentence model this sure (p below 0.15 or above 0.85) also tips cues in sentences that
# judge several aspects, and overrides the default praise of a feeling ("gutted of emotion").
_STRONG_LEAN = 0.35
# Cue words that name a genre or a thing in passing far more often than they judge it.
_WEAK_CUES = frozenset(
    "comedy comedies comic emotions roles role lines director directors writer writers "
    "effects costume costumes editing edited editor character characters music song songs "
    "story stories tale plot ending climax cast theme themes message".split()
)
# "the plot revolves around ...": a cue followed by these words introduces a synopsis.
_SYNOPSIS_VERBS = frozenset(
    "revolves centres centers concerns follows involves focuses begins opens starts "
    "unfolds deals tells".split()
)


_SYNOPSIS_HEADS = [
    [head, ":"] for head in ("plot", "synopsis", "premise", "story", "summary", "setup")
] + [["the", head, ":"] for head in ("plot", "premise", "story", "setup")]
# "the story of a man who ...", "a tale about ...": a cue that introduces the plot, not a verdict
_STORY_INTRO = frozenset("story stories tale tales".split())


def _introduces_plot(tokens: Sequence[str], hit: _Hit, opinions: list[_Opinion]) -> bool:
    if tokens[hit.start] not in _STORY_INTRO or _next(tokens, hit.end - 1) not in ("of", "about"):
        return False
    # "a good story about ..." still judges it
    return not any(hit.start - 3 <= o.position < hit.start for o in opinions)


def _bare_mention(tokens: Sequence[str], hit: _Hit) -> bool:
    following = tokens[hit.end] if hit.end < len(tokens) else ""
    if following in _SYNOPSIS_VERBS or (
        following == "is" and hit.end + 1 < len(tokens) and tokens[hit.end + 1] == "about"
    ):
        return True
    return _WEAK_ONLY and tokens[hit.start] in _WEAK_CUES


_WEAK_ONLY = False


def _acting_as(tokens: Sequence[str], opinions: list[_Opinion]) -> list[_Hit]:
    """ "X is wonderful as the father", "she shines as Y": a judged performance in a role."""
    hits = []
    for o in opinions:
        k = o.position
        before = k - 1
        while before >= 0 and tokens[before] in _INTENSIFIERS:
            before -= 1
        judged = tokens[k] in _ACTING_VERBS or (before >= 0 and tokens[before] in _COPULA)
        if not judged or (before >= 1 and tokens[before - 1] == "as"):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j] in (",", "too", "also", "especially"):
            j += 1
        if j + 1 < len(tokens) and tokens[j] == "as" and tokens[j + 1] not in _NOT_A_ROLE:
            hits.append(_Hit("acting", k, k + 1))
    return hits


_ONE_WORD_NAMES = 1
_HEDGES = frozenset("also just actually certainly definitely probably again".split())
# Words that cannot head the name of a person being judged ("the film is great", "it was fun").
_NOT_PERSON = frozenset(
    "the a an this that these those it its there here what which who whom everything nothing "
    "something anything everyone all each both film movie picture story plot script it's "
    "i you we they one some most much many more less there's and or but so if as to of in on "
    "at by for with from not no life love death action violence sex suspense tension war time "
    "everybody nobody someone anyone".split()
)


def _judged_person(tokens: Sequence[str], opinions: list[_Opinion]) -> list[_Hit]:
    """ "kirk douglas is adequate", "she was amazing": a person judged at the head of a clause.

    In a review, an actor's name (or he/she) followed by a verdict is a verdict on the acting.
    """
    hits = []
    for o in opinions:
        if any(len(words) == 1 for words, _ in _CUE_INDEX.get(tokens[o.position], ())):
            continue  # "he was actually funny" judges the humour, which its own cue reports
        k = o.position - 1
        while k >= 0 and (tokens[k] in _INTENSIFIERS or tokens[k] in _HEDGES):
            k -= 1
        if k < 1 or tokens[k] not in ("is", "was") or _next(tokens, o.position) == "known":
            continue  # "X is best known for ...": fame, not a verdict
        head = k - 1
        start = head
        while start > 0 and tokens[start - 1] not in ",;:.!?(" and head - start < 3:
            start -= 1
        subject = tokens[start : head + 1]
        if start > 0 and tokens[start - 1] not in ",;:.!?(":
            continue  # not at the head of a clause
        if subject in (["he"], ["she"]) or (
            _ONE_WORD_NAMES <= len(subject) <= 3
            and not any(w in _NOT_PERSON or not w.isalpha() for w in subject)
            and not any(w in _CUE_INDEX or w in _LEXICON for w in subject)
        ):
            hits.append(_Hit("acting", o.position, o.position + 1))
    return hits


# Words that are a cue on their own ("a boring film") but only qualify a nearby cue
# ("dull characters", "a tedious script").
_QUALIFYING = {
    "pacing": frozenset("boring bored dull tedious tiresome".split()),
    # "a cliched script", "predictable characters": the staleness of that other thing
    "story": frozenset(
        "cliche cliché cliched clichéd formulaic predictable unbelievable contrived".split()
    ),
}


def _qualifies_other_cue(hit: _Hit, hits: list[_Hit], tokens: Sequence[str]) -> bool:
    if tokens[hit.start] not in _QUALIFYING.get(hit.aspect, ()):
        return False
    return any(
        other.aspect != hit.aspect and _distance(hit.start, other.start, other.end) <= 2
        for other in hits
    )


def _cast_as(cased: Sequence[str]) -> list[_Hit]:
    """ "Kal So Won as Ye Seung": an actor named with the role they play (capitalised text)."""
    hits = []
    for k in range(2, len(cased) - 1):
        if (
            cased[k] == "as"
            and cased[k - 1][:1].isupper()
            and cased[k - 2][:1].isupper()
            and cased[k + 1][:1].isupper()
        ):
            hits.append(_Hit("acting", k, k + 1))
    return hits


def _cue_opinion(
    hit: _Hit,
    opinions: list[_Opinion],
    clause_of: list[int],
    commas: list[int],
    cue_positions: list[tuple[int, int]],
) -> tuple[float, float]:
    """(positive, negative) opinion mass for one cue: words of its clause nearest to it."""
    clause = clause_of[hit.start]
    same_clause = [(s, e) for s, e in cue_positions if clause_of[s] == clause]
    cue_clauses = {clause_of[s] for s, _ in cue_positions}
    positive = negative = 0.0
    for o in opinions:
        distance = _distance(o.position, hit.start, hit.end)
        if clause_of[o.position] == clause:
            if distance > _WINDOW:
                continue
            if distance > min(_distance(o.position, s, e) for s, e in same_clause):
                continue  # it belongs to a nearer cue
            scale = 1.0
        elif clause_of[o.position] not in cue_clauses:
            # a clause with opinion but no cue ("X has witty lines, but it is all style")
            # speaks of the nearest cue in the sentence
            if distance > min(_distance(o.position, s, e) for s, e in cue_positions):
                continue
            scale = _ORPHAN_WEIGHT
        else:
            continue
        low, high = sorted((o.position, hit.start))
        crossed = commas[high] - commas[low]
        weight = scale * (_COMMA_DISCOUNT**crossed) / (1.0 + 0.1 * distance)
        if o.value > 0:
            positive += o.value * weight
        else:
            negative -= o.value * weight
    return positive, negative


_SPEC_LINE_TOKENS = 10


def sentence_aspects(
    text: str, sentence_positive: float | None = None
) -> list[tuple[str, str, float]]:
    """Aspects one sentence gives an opinion on: (aspect, polarity, strength 0..1).

    Polarity is "positive", "negative" or "mixed" (praise and blame for the same aspect); an
    aspect mentioned without any opinion (plot description, "the film is directed by X") is not
    reported. `sentence_positive` is the probability the sentence is positive, from the
    sentiment model, or None.
    """
    cased = _cased_tokens(text)
    tokens = [t.lower() for t in cased]
    opinions = opinion_words(tokens)
    if not opinions and ":" in tokens[1:4] and len(tokens) <= _SPEC_LINE_TOKENS:
        # "Running time: 128 minutes", "Music: Ok-jin Lee": a credit line, no opinion; but
        # "Acting: 4/5" is a sub-score, and its band is the opinion
        hits = find_cues(tokens[: tokens.index(":")])
        scores = find_scores(text) if hits else []
        if not scores:
            return []
        normalized = scores[0].normalized
        return [(hits[0].aspect, score_band(normalized), round(abs(normalized - 50) / 50, 3))]
    if tokens[:2] in _SYNOPSIS_HEADS or tokens[:3] in _SYNOPSIS_HEADS:
        return []  # "plot : a man ...": a synopsis tells the story, it does not judge it
    acting = _acting_as(tokens, opinions) + _judged_person(tokens, opinions) + _cast_as(cased)
    taken = {h.start for h in acting}
    hits = [h for h in find_cues(tokens) if h.start not in taken] + acting
    hits = [
        h
        for h in hits
        if not _qualifies_other_cue(h, hits, tokens) and not _introduces_plot(tokens, h, opinions)
    ]
    if not hits:
        return []
    clause_of = _clauses(tokens)
    commas = [0] * (len(tokens) + 1)
    for k, token in enumerate(tokens):
        commas[k + 1] = commas[k] + (token == ",")
    last_clause = clause_of[-1] if clause_of else 0
    # Whole-sentence lexicon score, the later clause of a contrast weighing more.
    sentence_score = sum(
        o.value * (_AFTER_CONTRAST_WEIGHT if clause_of[o.position] == last_clause > 0 else 1.0)
        for o in opinions
    )
    model_lean = 0.0 if sentence_positive is None else sentence_positive - 0.5
    words = sum(1 for t in tokens if t[0].isalnum())
    cue_positions = [(h.start, h.end) for h in hits]

    masses = [_cue_opinion(h, opinions, clause_of, commas, cue_positions) for h in hits]

    any_local = any(p + n > 1e-9 for p, n in masses)
    per_aspect: dict[str, list[tuple[str, float]]] = {}
    for hit, (positive, negative) in zip(hits, masses, strict=True):
        # A cue with no opinion of its own borrows the sentence's lean only when no other cue
        # has one (then the lean is about that other thing) and it is not a bare mention.
        may_borrow = not (_BORROW_ALONE and any_local) and not _bare_mention(tokens, hit)
        local = positive - negative
        polarity: str | None = None
        strength = 0.0
        if positive + negative > 1e-9:
            if min(positive, negative) >= _LOCAL_MIXED_SHARE * max(positive, negative):
                polarity, strength = "mixed", _squash(positive + negative)
            else:
                if sentence_positive is not None and (
                    len({h.aspect for h in hits}) == 1 or abs(model_lean) > _STRONG_LEAN
                ):
                    local += _MODEL_WEIGHT * 2 * model_lean
                polarity = "positive" if local >= 0 else "negative"
                strength = _squash(local)
            if sentence_positive is not None and polarity != "mixed":
                agree = (model_lean > 0) == (polarity == "positive")
                strength = 0.7 * strength + 0.3 * (2 * abs(model_lean) if agree else 0.0)
        elif hit.aspect in _DEFAULT_POSITIVE and model_lean > -_STRONG_LEAN:
            polarity, strength = "positive", 0.5
        elif may_borrow and words <= _SHORT_SENTENCE and abs(sentence_score) > 1e-9:
            polarity = "positive" if sentence_score > 0 else "negative"
            strength = 0.6 * _squash(sentence_score)
        elif may_borrow and abs(model_lean) > _MODEL_MARGIN and words <= _SHORT_SENTENCE:
            polarity = "positive" if model_lean > 0 else "negative"
            strength = 2 * abs(model_lean) * 0.6
        if polarity is not None:
            # the clause after a contrast is the verdict the writer settles on
            weight = _AFTER_CONTRAST_WEIGHT if clause_of[hit.start] == last_clause > 0 else 1.0
            per_aspect.setdefault(hit.aspect, []).append((polarity, strength * weight))

    results = []
    for aspect, calls in per_aspect.items():
        # praise and blame for one aspect in one sentence ("pleasant music, but poor songs"):
        # the stronger side wins unless the two are close to balanced
        sides = {"positive": 0.0, "negative": 0.0, "mixed": 0.0}
        for p, st in calls:
            sides[p] += st
        ranked = sorted(sides.items(), key=lambda kv: -kv[1])
        polarity = ranked[0][0]
        if sides["mixed"] or (
            sides["positive"]
            and sides["negative"]
            and min(sides["positive"], sides["negative"]) >= _BALANCE * max(sides.values())
        ):
            polarity = "mixed"
        strength = max(s for _, s in calls)
        results.append((aspect, polarity, round(min(1.0, strength), 3)))
    return results


def _distance(position: int, start: int, end: int) -> int:
    if start <= position < end:
        return 0
    return start - position if position < start else position - end + 1


# --- per review ----------------------------------------------------------------------------

# Aspects a named person can carry; other aspects get a person only when none of these is there.
_PERSON_ASPECTS = frozenset({"acting", "characters", "direction", "writing", "music"})
_NAME = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)?(?:\s+[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)?){1,3}\b"
)
_NOT_NAME_START = frozenset(
    "The A An This That These Those His Her Their Its My Our Your I It He She They We You "
    "In On At For And But Or If When While Although Though Every Each All Some One Hats "
    "Oh Ah Well So Just Even Also Yes No Director Actor Actress Writer Star Stars Mr Mrs Ms "
    "Dr".split()
)


def _names_in(text: str) -> list[str]:
    """Capitalised multi-word names ("Ryu Seung Ryong", "Kal So-won") in a sentence."""
    names = []
    for m in _NAME.finditer(text):
        if text[max(0, m.start() - 3) : m.start()] == "as ":
            continue  # "Kal So Won as Ye Seung": the role, not a person
        words = m.group().split()
        while words and words[0] in _NOT_NAME_START:
            words = words[1:]
        if len(words) >= 2:
            names.append(" ".join(words))
    return names


def review_aspects(
    body: str,
    sentences: list[Span],
    sentence_positive: list[float | None],
    people: list[Mention] | None = None,
) -> list[AspectOpinion]:
    """Aspect -> polarity ("positive", "negative" or "mixed") and strength for one review.

    Evidence is the spans of the sentences that speak of the aspect; people named in those
    sentences (from `people` mentions, else capitalised names) are linked to the aspect.
    """
    found: dict[str, list[tuple[str, float, Span, tuple[str, ...]]]] = {}
    for index, span in enumerate(sentences):
        text = span.of(body)
        positive = sentence_positive[index] if index < len(sentence_positive) else None
        per_sentence = sentence_aspects(text, positive)
        if not per_sentence:
            continue
        names = _people_in(span, text, people)
        carriers = {a for a, _, _ in per_sentence if a in _PERSON_ASPECTS}
        for aspect, polarity, strength in per_sentence:
            linked = names if (not carriers or aspect in carriers) else ()
            found.setdefault(aspect, []).append((polarity, strength, span, linked))
    opinions = [_summarise(aspect, items) for aspect, items in found.items()]
    return sorted(opinions, key=lambda o: (-len(o.evidence), -o.strength, o.aspect))


def _people_in(span: Span, text: str, people: list[Mention] | None) -> tuple[str, ...]:
    names: list[str] = []
    if people:
        for mention in people:
            if mention.span.field == span.field and (
                mention.span.start < span.end and span.start < mention.span.end
            ):
                names.append(mention.canonical or mention.name)
    if not names:
        names = _names_in(text)
    return tuple(dict.fromkeys(names))


# Each side must hold at least this share of the evidence for a review to be "mixed" on an aspect.
_MIXED_SHARE = 0.3


def _summarise(aspect: str, items: list[tuple[str, float, Span, tuple[str, ...]]]) -> AspectOpinion:
    positive = sum(s for p, s, _, _ in items if p == "positive")
    negative = sum(s for p, s, _, _ in items if p == "negative")
    total = positive + negative
    if total and min(positive, negative) / total >= _MIXED_SHARE:
        polarity = "mixed"
        strength = total / len(items)
    else:
        polarity = "positive" if positive >= negative else "negative"
        # mean strength, discounted by the share of the evidence that disagrees
        strength = max(positive, negative) / len(items)
    people = tuple(dict.fromkeys(n for _, _, _, names in items for n in names))
    return AspectOpinion(
        aspect=aspect,
        polarity=polarity,
        strength=round(min(1.0, strength), 3),
        evidence=tuple(span for _, _, span, _ in items),
        people=people,
    )
