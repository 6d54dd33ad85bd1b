"""Factual claims: one rule per kind, the negatives each rule must refuse, and the seed pages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cinesift.analyze.claims import find_claims, sentence_claims
from cinesift.extract.text import extract_text


def _values(text: str, kind: str) -> list[str]:
    return [value for k, _subject, value, _as_of in sentence_claims(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("running time : 110 mins .", "runtime", "110 min"),
        ("running time : 2 hours 48 minutes .", "runtime", "168 min"),
        ("The film runs a brisk 94 minutes.", "runtime", "94 min"),
        ("It ends its brief 81-minute running time with a whimper.", "runtime", "81 min"),
        ("with a running time of 2 hours and 20 minutes , it drags .", "runtime", "140 min"),
        ("107 minutes .", "runtime", "107 min"),
        ("the film was released in 1972 and flopped .", "release", "1972"),
        ("It premiered at the Sundance Film Festival in early 1998.", "release", "1998"),
        ("It was released on June 24, 1985 in America.", "release", "1985-06-24"),
        ("eyes wide shut ( 1999 ) running time : 159 minutes", "release", "1999"),
        ('after 1988\'s well-received " mystic pizza " she shone .', "release", "1988"),
        ("a defiantly original australian movie about a man", "country", "Australia"),
        ("Miracle in Cell No. 7 (2013) Korean Movie", "country", "South Korea"),
        ("The Korean movie revolves around a father.", "country", "South Korea"),
        ("meet joe black is a well acted romantic drama .", "genre", "romantic drama"),
        ("an italian crime drama partially filmed in hamburg", "genre", "crime drama"),
        ("2013 South Korean comedy-drama film", "genre", "comedy-drama"),
        ("directed by ron clements and john musker , with voices", "director", "john musker"),
        (
            "as directed by commercial director tarsem singh , it dazzles",
            "director",
            "tarsem singh",
        ),
        (
            "This movie was directed by Canadian director Jeff Woolnough.",
            "director",
            "Jeff Woolnough",
        ),
        ("the castle , an australian comedy by rob sitch , is funny .", "director", "rob sitch"),
        ("bruce willis stars as malcolm , a child psychologist .", "cast", "malcolm"),
        ("Ryu Seung-ryong as Lee Yong-gu", "cast", "Lee Yong-gu"),
        ("I also adore Kal So Won as Ye Seung child !", "cast", "Ye Seung (child)"),
        ("lapaglia plays stevie dee , a suave mafioso .", "cast", "stevie dee"),
        ("Toni Collette plays Ann's other daughter, Nina.", "cast", "Nina"),
        ("william parrish ( anthony hopkins ) is a billionaire .", "cast", "william parrish"),
        ("starring Gregory Peck {King David}, Susan Hayward (Bathsheba).", "cast", "Bathsheba"),
        ("intrigues 101-year-old rose calvert ( gloria stuart ) , who", "age", "101"),
        ("her 7 years old daughter, Ye Seung, of course", "age", "7"),
        ("as euphegenia doubtfire , a matronly 65-year-old englishwoman .", "age", "65"),
        (
            "nominated for the 1938 academy award for best picture",
            "award",
            "nominated: 1938 Academy Award, Best Picture",
        ),
        (
            "It won the Oscar for Best Picture, but it bores.",
            "award",
            "won: Academy Award, Best Picture",
        ),
        (
            "marisa tomei won an oscar for best-supporting actress",
            "award",
            "won: Academy Award, Best Supporting Actress",
        ),
        (
            "Miracle in Cell No. 7 received an award in the 34th Blue Dragon Films as Audience "
            "Choice Award for Most Popular Movie.",
            "award",
            "won: 34th Blue Dragon Film Awards, Audience Choice Award for Most Popular Movie",
        ),
        (
            "scarface , a remake of the 1932 film of the same name , grips .",
            "remake",
            "the 1932 film of the same name",
        ),
        (
            'apocalypse now , based on the novel " hearts of darkness " , grips .',
            "remake",
            "hearts of darkness",
        ),
        (
            "based on the 1934 film death takes a holiday , meet joe black is long .",
            "remake",
            "death takes a holiday",
        ),
        ("this film was originally titled below utopia .", "working_title", "below utopia"),
        ("The film's early working title was December 23", "working_title", "December 23"),
        (
            'This film once carried the working title "Blouse Man" and flopped.',
            "working_title",
            "Blouse Man",
        ),
        (
            "the re-release has managed to make $40 million dollars , and is still going .",
            "box_office",
            "$40 million",
        ),
        ("to date it has earned in excess of us$130 million .", "box_office", "$130 million"),
        # phrasings beyond the gold set: credit lines, possessives, verbs of directing
        ("director : phillip noyce producers : robert evans", "director", "phillip noyce"),
        (
            "Writer/Director: Robert Rodriguez Starring: Antonio Banderas",
            "director",
            "Robert Rodriguez",
        ),
        ("it's easy to see why director doug liman's film works .", "director", "doug liman"),
        ("writer and director audrey wells's guinevere suffers .", "director", "audrey wells"),
        (
            "the leads are solid , and john pasquin directs with precision .",
            "director",
            "john pasquin",
        ),
        ("Spike Lee directs from a script by Richard Price.", "director", "Spike Lee"),
        ("the movie was helmed by john woo , who knows action .", "director", "john woo"),
        ("a film directed by animation pioneer Ralph Bakshi.", "director", "Ralph Bakshi"),
        ("This is from Greydon Clark, director of ANGEL'S REVENGE.", "director", "Greydon Clark"),
        ("written , produced , and directed by abbas kiarostami", "director", "abbas kiarostami"),
        (
            "Gielgud won the Best Supporting Actor Oscar for his performance.",
            "award",
            "won: Academy Award, Best Supporting Actor",
        ),
        (
            "It was nominated for a Golden Globe for best Movie Comedy.",
            "award",
            "nominated: Golden Globe, Best Movie Comedy",
        ),
        (
            "nominated for seven academy awards , including best picture and best director .",
            "award",
            "nominated: Academy Award, Best Director",
        ),
        ("McLaglen (for which he got an Oscar) shines.", "award", "won: Academy Award"),
        (
            "the film won the palme d'or at cannes .",
            "award",
            "won: Cannes Film Festival, Palme d'Or",
        ),
        (
            "the academy award winning script by horton foote",
            "award",
            "won: Academy Award, screenplay",
        ),
        (
            "winner of three oscars for korngold's music , dawson's editing and weyl's sets",
            "award",
            "won: Academy Award, editing",
        ),
        ("devon , the 10-year old protagonist .", "age", "10"),
        ("Juarez was about 18 years old at this time.", "age", "18"),
        ("Ye-sung, who is 7, visits her father.", "age", "7"),
        ("the story follows matilda , aged 6 , a precocious girl .", "age", "6"),
        ("the hero, Tom (age 10), runs away.", "age", "10"),
        ("what the 70-year old Allen is all about.", "age", "70"),
        ("since 1989's the little mermaid , songs matter .", "release", "1989"),
        ("Unlike 1996's Twister, this one has characters.", "release", "1996"),
        ("the dogs of war , 1980 adaptation of a novel , was bad .", "release", "1980"),
        ("the classic 1964 film the umbrellas of cherbourg is restored .", "release", "1964"),
        ("this 1997 film is a delight .", "release", "1997"),
        ("date released : 12/94 running length : 1 : 38", "release", "1994"),
        ("date released : 12/94 running length : 1 : 38", "runtime", "98 min"),
        ("the movie opens nationwide on july 2 .", "release", "07-02"),
        ("it runs two and a half hours .", "runtime", "150 min"),
        ("a two-hour movie about nothing .", "runtime", "120 min"),
    ],
)
def test_claims_rule_finds_value(text: str, kind: str, value: str) -> None:
    assert value in _values(text, kind), sentence_claims(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the other 79 minutes , though , are a drag .", "runtime"),
        ("for the first 30 minutes or so i was bored .", "runtime"),
        ("and the ending takes about 20 minutes longer than it should .", "runtime"),
        ("raging bull opens in 1941 when la motta fights .", "release"),
        ("Its about time that Gunga Din is released on DVD in 2004.", "release"),
        ("Saddest movie I ever watched in 2013.", "release"),
        ("many people dislike french films for their lack of closure .", "country"),
        ("a more british film than australian , sadly .", "country"),
        ("by german filmmaker werner herzog", "country"),
        ("it was written and directed by a guy who should have done better .", "director"),
        ("stephen dillane as a reporter is believable .", "cast"),
        ("a man ( rufus sewell ) is awakened in his bathtub .", "cast"),
        ("saving private ryan ( dreamworks ) running time : 2 hours", "cast"),
        ("Johnathan Schaech plays the villain, and is experienced.", "cast"),
        ("I'm a 24 years old part time blogger from Indonesia.", "age"),
        ("for my almost 9-year-old son it was different .", "age"),
        ("raping a 6-year old girl whose father is the chief police.", "age"),
        ("hanks will no doubt be nominated for an oscar for his performance .", "award"),
        ("he is worthy of oscar recognition .", "award"),
        ("it didn't win an Oscar, sadly .", "award"),
        ("hamburger hill , based on a true story , is not easy to watch .", "remake"),
        ("this can't be remake of something that you saw decades ago .", "remake"),
        ("costing around $85 million to make , the film must do well .", "box_office"),
        ("american pie 2 will earn several million at the box office .", "box_office"),
        ("the director's cut is long .", "director"),
        ("Poorly written and directed.", "director"),
        ("he directs the film with flair .", "director"),
        ("writer/director m .", "director"),
        ("Streetfight (aka Coonskin) is a cartoon.", "cast"),
        ("his 105 year old boss ( orsen bean ) hires him .", "cast"),
        ("my son jeffrey , age 9 , said it was fine .", "age"),
        ("jeffrey ( age 7 ) and i spent many nights reading it .", "age"),
        ("I just came back from The 40 Year-Old Virgin and laughed.", "age"),
        ("Tho 35 years old, Groove Tube looks like TV today!", "age"),
        ("the program is only 15 years old this time .", "age"),
        ("two pretty 14 year old French boys smile .", "age"),
        ("If his turn doesn't win a Best Actor Oscar, nothing will.", "award"),
        ("Every movie cannot be an academy award nominee.", "award"),
        ("1998's best films were all foreign .", "release"),
        ("The 1930's Rolls Royce limo hits you.", "release"),
        ("unlike 1996's alien invasion movie , the arrival , it bores .", "release"),
        ("the first two hours are fine .", "runtime"),
        ("we waited two hours in line .", "runtime"),
    ],
)
def test_claims_rule_refuses_non_claims(text: str, kind: str) -> None:
    assert _values(text, kind) == [], sentence_claims(text)


def test_claims_box_office_keeps_as_of_date_and_rank() -> None:
    text = (
        "On March 15, 2013, 52 days after its release, ticket sales reached 12.32 million, "
        "making it the fifth highest grossing Korean film of all time."
    )
    found = {(k, v, a) for k, _s, v, a in sentence_claims(text) if k == "box_office"}
    assert ("box_office", "12.32 million admissions", "2013-03-15") in found
    assert ("box_office", "rank 5: highest grossing Korean film of all time", "2013-03-15") in found


def test_claims_subjects_name_other_films_and_characters() -> None:
    found = sentence_claims('donald sutherland starred in 1994\'s " the puppet masters , " .')
    assert ("release", "the puppet masters", "1994", None) in found
    found = sentence_claims("her 7 years old daughter, Ye Seung, of course")
    assert ("age", "Ye Seung", "7", None) in found
    found = sentence_claims("Ryu Seung-ryong as Lee Yong-gu")
    assert ("cast", "Ryu Seung-ryong", "Lee Yong-gu", None) in found


def test_claims_find_claims_spans_are_sentences_and_title_replaces_film() -> None:
    body = "A great film. The film runs 127 minutes. It was released in 2013."
    claims = find_claims(body, film_title="Some Film")
    assert [(c.kind, c.subject, c.value) for c in claims] == [
        ("runtime", "Some Film", "127 min"),
        ("release", "Some Film", "2013"),
    ]
    assert [body[c.span.start : c.span.end] for c in claims] == [
        "The film runs 127 minutes.",
        "It was released in 2013.",
    ]


def _seed_claims(shared_dir: Path, page: str) -> set[tuple[str, str, str | None]]:
    body = extract_text((shared_dir / "samples" / "seeds" / page).read_text()).body
    return {(c.kind, c.value, c.as_of) for c in find_claims(body)}


@pytest.mark.parametrize(
    ("page", "claim"),
    [
        ("000_b5e981fca0e940f7.txt", ("age", "7", None)),
        ("000_b5e981fca0e940f7.txt", ("cast", "Ye Seung (child)", None)),
        ("001_1fb0a01d184cddfb.txt", ("release", "2013", None)),
        ("001_1fb0a01d184cddfb.txt", ("country", "South Korea", None)),
        ("001_1fb0a01d184cddfb.txt", ("genre", "comedy-drama", None)),
        ("001_1fb0a01d184cddfb.txt", ("working_title", "December 23", None)),
        ("001_1fb0a01d184cddfb.txt", ("box_office", "12.32 million admissions", "2013-03-15")),
        ("001_1fb0a01d184cddfb.txt", ("cast", "Ye-sung (adult)", None)),
        ("002_4ad256ec0beb0381.txt", ("age", "6", None)),
        (
            "002_4ad256ec0beb0381.txt",
            (
                "award",
                "won: 34th Blue Dragon Film Awards, Audience Choice Award for Most Popular Movie",
                None,
            ),
        ),
    ],
)
def test_claims_seed_pages_state_labelled_facts(
    shared_dir: Path, page: str, claim: tuple[str, str, str | None]
) -> None:
    assert claim in _seed_claims(shared_dir, page)


def test_claims_seed_page_000_reviewer_age_is_no_claim(shared_dir: Path) -> None:
    text = (shared_dir / "samples" / "seeds" / "000_b5e981fca0e940f7.txt").read_text()
    claims = {(c.kind, c.value) for c in find_claims(text)}
    assert ("age", "24") not in claims
    assert ("age", "7") in claims


def test_claims_and_people_stages_fill_the_review() -> None:
    from cinesift.model import Page
    from cinesift.pipeline import Pipeline

    text = (
        "Miracle in Cell No. 7 is a 2013 South Korean comedy-drama film. The film runs "
        "127 minutes and was directed by Lee Hwan-kyung. Ryu Seung-ryong as Lee Yong-gu "
        "is heartbreaking, and Kal So-won as the young Ye-sung matches him scene for scene. "
    ) * 2
    pipeline = Pipeline.default(names=["people", "claims"])
    review = pipeline.run(Page("page.txt", text.encode(), "text"))
    assert review.error is None
    kinds = {(c.kind, c.value) for c in review.claims}
    assert {("runtime", "127 min"), ("director", "Lee Hwan-kyung")} <= kinds
    assert ("cast", "Ye-sung (child)") in kinds
    actors = {m.name: m.plays for m in review.people if m.role == "actor"}
    assert actors.get("Ryu Seung-ryong") == "Lee Yong-gu"


# Floors for the gold file, just under the last measured figures; they only ever rise.
GOLD_FLOORS = {"dev": (0.985, 0.92), "test": (0.82, 0.65)}


def _bench_module():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "bench" / "bench_claims.py"
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))  # the bench imports its `_common` neighbour
    spec = importlib.util.spec_from_file_location("bench_claims", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", sorted(GOLD_FLOORS))
def test_claims_gold_floors(split: str) -> None:
    import json

    bench = _bench_module()
    gold = Path(__file__).resolve().parents[1] / "data" / "claims_gold.jsonl"
    # split on newlines only: a sentence may hold a Unicode line separator
    text = gold.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.split("\n") if line.strip()]
    result = bench.score_claims([row for row in rows if row["split"] == split])
    min_precision, min_recall = GOLD_FLOORS[split]
    assert result["precision"] >= min_precision
    assert result["recall"] >= min_recall


# Floors for the training sentences (training/claims_train.jsonl), just under the last
# measured figures; they only ever rise while the file stays the same (it grew from 293 to
# 567, 831 and then 1084 sentences, and the floors were measured again on the whole file).
TRAIN_FLOORS = (0.91, 0.70)


def test_claims_training_sentences_floors() -> None:
    import json

    path = Path(__file__).resolve().parents[2] / "training" / "claims_train.jsonl"
    if not path.is_file():
        pytest.skip("training sentences are not in this checkout")
    lines = path.read_text(encoding="utf-8").split("\n")
    rows = [json.loads(line) for line in lines if line.strip()]
    result = _bench_module().score_claims(rows)
    assert result["precision"] >= TRAIN_FLOORS[0]
    assert result["recall"] >= TRAIN_FLOORS[1]


def test_claims_possessive_title_credits_that_title() -> None:
    assert sentence_claims('Peter Jackson\'s "The Frighteners" is a mess.') == [
        ("director", "The Frighteners", "Peter Jackson", None)
    ]


def test_claims_a_sung_number_is_no_director_credit() -> None:
    sentence = (
        'Jennifer Hudson\'s "Memory" is a big, bruised, committed performance that belongs in '
        "a better movie."
    )
    assert [c for c in sentence_claims(sentence) if c[0] == "director"] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a bare feature-length duration is the film's length
        ("it packs a lot into a tight 92 minutes .", "runtime", "92 min"),
        ("and at 124 mins the middle act sags.", "runtime", "124 min"),
        ("good fun for 105 odd minutes.", "runtime", "105 min"),
        # directors: initials, credit lines, described names, possessives
        ("director john g . avildsen keeps it moving .", "director", "john g . avildsen"),
        ("starring-a b , c d director-john smith rated r", "director", "john smith"),
        ("a thriller directed by his brother , tony scott .", "director", "tony scott"),
        ("the film is directed by mark rich , and it shows .", "director", "mark rich"),
        ("Directed by Jane Doe I'd say it works.", "director", "Jane Doe"),
        ("spielberg's film is a feast .", "director", "spielberg"),
        ("Kurosawa's 1954 classic, Seven Samurai, is long.", "director", "Kurosawa"),
        # genres named as the head noun of the film
        ("a noisy but oddly fun action comedy directed by a newcomer .", "genre", "action comedy"),
        ("Dark, moody western from director Ann Lee.", "genre", "western"),
        ("it is one of those low budget horror films that nobody sees .", "genre", "horror"),
        ("One of the finest musicals of the decade, it sparkles.", "genre", "musical"),
        ("I found this dull docu-drama hard to sit through.", "genre", "docu-drama"),
        # cast: praise before "as", labels and ages before the character, played by
        ("Jane Roe is quite superb as Ophelia in this version.", "cast", "Ophelia"),
        ("Tom Ewell is funny as bartender Joe, a loser.", "cast", "Joe"),
        ("filling out the cast is anna lee as ten-year-old kit .", "cast", "kit"),
        ("the feisty rosa , played with gusto by newcomer , 8-year-old mia fox .", "cast", "rosa"),
        ("his brother Ned (Oscar nominated Tom Hill), a drunk.", "cast", "Ned"),
        ("Ada Ross (Jo Marsh, who is excellent here) leaves.", "cast", "Ada Ross"),
        ("a cop, Sergeant Kim Lee (Al Burt), arrives.", "cast", "Sergeant Kim Lee"),
        # awards: more ceremonies, chained honours, nods, possessives, carried categories
        ("it swept the spanish academy awards .", "award", "won: Spanish Academy Award"),
        ("it was nominated for six cesars .", "award", "nominated: César Award"),
        ("winners at the national board of review", "award", "won: National Board of Review"),
        (
            "his last film earned a shelf of academy award nods .",
            "award",
            "nominated: Academy Award",
        ),
        ("Oscar and Golden Globe winning Ann Marsh stars.", "award", "won: Golden Globe"),
        ("Jones's Academy Award was a surprise.", "award", "won: Academy Award"),
        (
            "It won the BAFTA for Best Drama, and it was nominated for Best Editing.",
            "award",
            "nominated: BAFTA Award, Best Editing",
        ),
        (
            "the first Korean film to compete for the Palme d'Or",
            "award",
            "nominated: Cannes Film Festival, Palme d'Or",
        ),
        # remakes: the source named before "based on", a titled novel
        ("I then read the book this film was based on .", "remake", "the book"),
        ("It is taken from the novel entitled, 'Red Sky', by a nurse.", "remake", "Red Sky"),
        (
            "a cinematic version of one of jane austen's novels",
            "remake",
            "one of jane austen's novels",
        ),
        # countries: plural forms that still name this film, and "made in"
        ("surely one of the finest Italian films of the year.", "country", "Italy"),
        ("This silent version was made in Germany in 1920.", "country", "Germany"),
        ("The American remake of the ghost story is dull.", "country", "United States"),
        ("The working title there was 'Night Shift'.", "working_title", "Night Shift"),
    ],
)
def test_claims_general_phrasings_find_value(text: str, kind: str, value: str) -> None:
    assert value in _values(text, kind), sentence_claims(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("imagine the whole saga told in 90 minutes .", "runtime"),
        ("we waited 90 minutes in line for tickets .", "runtime"),
        ("about 95 minutes into the film it turns .", "runtime"),
        ("a mix of two thrillers as directed by Walt Disney.", "director"),
        ("it recalls those 80's comedies directed by John Hughes.", "director"),
        ("disney's animated film comes out next week .", "director"),
        ("the director's film is long .", "director"),
        ("Kate Lynn's starring debut is a mess.", "director"),
        ("the weinstein brothers ( money ) and the zucker brothers ( comedy )", "cast"),
        ("It aired on Kanal (TV drama section) in 1980.", "cast"),
        ("the cesars ( the french equivalent of oscars ) went elsewhere .", "award"),
        ("it will make b-movies look like academy award winning classics .", "award"),
        ("we're in Oscar winner territory here.", "award"),
        ("she won't be nominated when they hand out the oscar nods .", "award"),
        ("winners at the guild , inevitable oscars to come .", "award"),
        ("see the equally lazy remake of the fog .", "remake"),
        ("this is like a remake of darkman which it cannot equal .", "remake"),
        ("films based on video games , like this one , rarely work .", "remake"),
        ("I give it a 3 solely based on her performance.", "remake"),
        ("Based on a Texas bank robbery in the 1970s, it is tense.", "remake"),
        ("see the remake of a revered original", "remake"),
        ('the working title was changed to "Later".', "working_title"),
        ("a remake of the 1960 french production of the same name .", "country"),
        ("a French film company hired the boys.", "country"),
    ],
)
def test_claims_general_phrasings_refuse_non_claims(text: str, kind: str) -> None:
    assert _values(text, kind) == [], sentence_claims(text)


def test_claims_possessive_year_classic_dates_the_title() -> None:
    found = sentence_claims("a remake of Kurosawa's 1954 classic, Seven Samurai, set in space.")
    assert ("director", "Seven Samurai", "Kurosawa", None) in found
    assert ("release", "Seven Samurai", "1954", None) in found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("and kate winslow is touching as his long-suffering wife mary .", "cast", "mary"),
        ("young marta , played with verve by newcomer , 9-year-old ann bell .", "cast", "marta"),
        ("the ten years old orphan Lina (Eva Berg) runs away.", "age", "10"),
        ("This movie was a surprise box office hit in 1987 in Europe.", "release", "1987"),
        ("The remake of the classic 1968 heist movie The Big Job is tame.", "release", "1968"),
        (
            "it did well at the box office ( over twelve million dollars ) .",
            "box_office",
            "$12 million",
        ),
        (
            "the play , hot summer , has been made into a movie .",
            "remake",
            "the play , hot summer",
        ),
        ('another john grisham adaptation , " the firm , " opened .', "remake", "john grisham"),
        ("I'm quite sure that Night Falls is a remake of this movie.", "remake", "Night Falls"),
        (
            "Directed by Ann Lee who is known for her horror films such as Dark Water (1990), "
            "Cold Hands (1994) & a lot more, this is a change.",
            "director",
            "Ann Lee",
        ),
    ],
)
def test_claims_described_and_listed_facts(text: str, kind: str, value: str) -> None:
    assert value in _values(text, kind), sentence_claims(text)


def test_claims_filmography_list_credits_each_title() -> None:
    text = (
        "Directed by Ann Lee who is known for her horror films such as Dark Water (1990), "
        "Cold Hands (1994) & a lot more, this is a change."
    )
    found = sentence_claims(text)
    assert ("director", "Dark Water", "Ann Lee", None) in found
    assert ("director", "Cold Hands", "Ann Lee", None) in found
    assert ("genre", "Cold Hands", "horror", None) in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("angelo badalamenti's distinctive musical score chimes in .", "director"),
        ("to imitate lisa minelli's musical numbers from cabaret .", "director"),
        ("pierre boulle's classic novel is better .", "director"),
        ("the problem with this comedy team is the timing .", "genre"),
        ("there's a certain timing that's mandatory in comedy .", "genre"),
        ("blythe danner is solid as claudia's mother , connie britton is shrill .", "cast"),
        ("cindy , played by goldie hawn's daughter , is fine .", "cast"),
    ],
)
def test_claims_described_and_listed_refuse_non_claims(text: str, kind: str) -> None:
    assert _values(text, kind) == [], sentence_claims(text)


def test_claims_keyword_gates_change_no_output() -> None:
    import json

    from cinesift.analyze import claims

    root = Path(__file__).resolve().parents[2]
    rows = []
    for path in (
        root / "tests" / "data" / "claims_gold.jsonl",
        root / "training" / "claims_train.jsonl",
    ):
        if path.is_file():
            lines = path.read_text(encoding="utf-8").split("\n")
            rows += [json.loads(line) for line in lines if line.strip()]
    # the development sentences only, and no labels: the gates must skip a rule only where
    # it would find nothing
    sentences = [row["text"] for row in rows if row.get("split", "train") != "test"]
    assert sentences
    gated = [sentence_claims(s) for s in sentences]
    saved = claims._GATES
    try:
        claims._GATES = {}
        ungated = [sentence_claims(s) for s in sentences]
    finally:
        claims._GATES = saved
    assert gated == ungated


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # durations in hours and minutes, in digits or words, are the film's length
        (
            "with a dull script and 2 hours and 19 minutes of torture , i left .",
            "runtime",
            "139 min",
        ),
        ("It's an hour and forty five minutes long, and it drags.", "runtime", "105 min"),
        ("it holds up for the two hour and four minute run time.", "runtime", "124 min"),
        # director credits: leading initials, an adjective before the name, "direction of"
        ("directed by j . b . rogers .", "director", "j . b . rogers"),
        ("Not only directed by the acclaimed Ang Lee, it had stars.", "director", "Ang Lee"),
        ("the skillful direction of Carol Reed also plays its part.", "director", "Carol Reed"),
        (
            "robert mandel's terminally bland sequel to carrie is dull .",
            "director",
            "robert mandel",
        ),
        ("with Ringo Starr of the Beatles [who directed it] on drums", "director", "Ringo Starr"),
        # a year in an apposition or a predicate dates the film
        ('in "Watch on the Rhine," a 1943 film based on the play', "release", "1943"),
        (
            "the hitman , 1991 action thriller directed by aaron norris , is fine .",
            "release",
            "1991",
        ),
        ("I realize it is a 1968 movie, but the sound is poor.", "release", "1968"),
        # ages: a relation noun before the name, an apposition before "is N years old"
        ("a conflict with verlaine's busty 18-year-old wife mathilde ( romane ) .", "age", "18"),
        (
            "jake kasdan , son of writer/director lawrence kasdan , is only 22 years old .",
            "age",
            "22",
        ),
        # cast: "for portraying", a remark inside the actor's brackets, "dr . " before a name
        ("Luise Rainer won a second Oscar for portraying O-Lan.", "cast", "O-Lan"),
        ("keaton ( gabriel byrne , winner of the academy award ) tells it .", "cast", "keaton"),
        (
            "we join dr . nick tatopoulos ( broderick looking about 17 years old ) in chernobyl .",
            "cast",
            "dr . nick tatopoulos",
        ),
        # source works: a short film, and the source named before "on which ... was based"
        ("it was based on a short film , and it feels like it .", "remake", "a short film"),
        ("i never liked the snl sketch on which the movie was based .", "remake", "the snl sketch"),
        # genres joined as written; the noun "film" is not part of the genre
        ('" placid " claims to be a " horror/comedy " and fails .', "genre", "horror/comedy"),
        ("this action-drama mishmash starring Kris Kristofferson is off.", "genre", "action-drama"),
        ("It was the first Japanese animated film to compete at Cannes.", "genre", "animated"),
        # countries: "one of my ... films", a record in a country's film history
        ("this is one of my favourite British films .", "country", "United Kingdom"),
        ("The biggest flop in British film history, it is watchable.", "country", "United Kingdom"),
        # an honoured craft after a compound status, held by the possessor
        (
            "leonardo dicaprio's astonishing oscar-nominated supporting work as arnie .",
            "award",
            "nominated: Academy Award, supporting role",
        ),
        (
            "Onna White's Oscar-winning choreography helps.",
            "award",
            "won: Academy Award, choreography",
        ),
    ],
)
def test_claims_general_families_find_value(text: str, kind: str, value: str) -> None:
    assert value in _values(text, kind), sentence_claims(text)


def test_claims_honoured_craft_names_its_owner() -> None:
    found = sentence_claims("Onna White's Oscar-winning choreography helps.")
    assert ("award", "Onna White", "won: Academy Award, choreography", None) in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I don't think this is going win any Golden Globes or Oscars.", "award"),
        ("She is going to win an Oscar one day.", "award"),
        ("They sailed in the direction of South America.", "director"),
        ("the stunt direction of Ching Siu-Tung is superb.", "director"),
        ("jake kasdan , son of writer/director lawrence kasdan , is 22 .", "director"),
        ("Alien's sequel is louder and dumber.", "director"),
        ("City Hall could have been this huge political epic drama/thriller.", "genre"),
        ("Why it only got a 7.6 rating is a mystery.", "genre"),
        ("Lee Pace (Infamous, The White Countess) has a gift.", "cast"),
        ("we waited 2 hours and 10 minutes in line for tickets .", "runtime"),
    ],
)
def test_claims_general_families_refuse_non_claims(text: str, kind: str) -> None:
    assert _values(text, kind) == [], sentence_claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a described original, then its title after a comma: year, country, genre of it
        (
            "a loose remake of the 1962 italian crime movie , the long night , it sinks .",
            {
                ("remake", "film", "the long night"),
                ("release", "the long night", "1962"),
                ("country", "the long night", "Italy"),
            },
        ),
        (
            'It is a remake of the 1948 film noir, "Night Road." I liked the original more.',
            {
                ("remake", "film", "Night Road"),
                ("release", "Night Road", "1948"),
                ("genre", "Night Road", "film noir"),
            },
        ),
        # a credit block that ends with the countries and the year
        (
            "directed by jane doe written by jane doe music by john roe canada/uk , 2001",
            {
                ("director", "film", "jane doe"),
                ("country", "film", "Canada"),
                ("country", "film", "United Kingdom"),
                ("release", "film", "2001"),
            },
        ),
        # "other NAT films" counts this film and each listed title among them
        (
            "It reminded me of two other Danish films, Festen and Idioterne, in its rawness.",
            {
                ("country", "film", "Denmark"),
                ("country", "Festen", "Denmark"),
                ("country", "Idioterne", "Denmark"),
            },
        ),
        # a person's direction; a trade noun before the name; "director and co-writer X's"
        (
            "paul greengrass's direction is tense and urgent .",
            {("director", "film", "paul greengrass")},
        ),
        (
            "The picture was capably directed by western specialist Budd Boetticher.",
            {("director", "film", "Budd Boetticher")},
        ),
        (
            "I admired director and co-writer Claire Denis's quiet and haunting drama.",
            {("director", "film", "Claire Denis"), ("genre", "film", "drama")},
        ),
        # the role first, then who plays it; a label or a footnote mark in the brackets
        (
            "The role of Anna Kell is played quite well by Ruth Baines.",
            {("cast", "Ruth Baines", "Anna Kell")},
        ),
        (
            "the story follows a boy , tomas ( newcomer erik lund ) , across the war .",
            {("cast", "erik lund", "tomas")},
        ),
        ("Nobody expects Joan (Maria Holm*) to win.", {("cast", "Maria Holm", "Joan")}),
        # ages: a kin noun and a comma before the name; "who is N" after the actor's bracket
        (
            "his 9-year-old daughter , lucy ( anna vale ) , steals the show .",
            {("age", "lucy", "9")},
        ),
        ("Tommy (Max Lord) who is 12 years old, runs away.", {("age", "Tommy", "12")}),
        # "deserved her oscar" presupposes the win
        (
            "mary steenburgen deserved her oscar for supporting role of lynda .",
            {("award", "film", "won: Academy Award, Best Supporting Role")},
        ),
        ("I will never get back 95 minutes of my life.", {("runtime", "film", "95 min")}),
        (
            'It was remade in 1998 as "The Lake House", with lesser stars.',
            {("remake", "film", "The Lake House")},
        ),
        (
            "a science-fiction opus starring nobody you know , it sinks .",
            {("genre", "film", "science-fiction")},
        ),
        (
            "The short was the recipient of the 1994 Academy Award for Best Animated Short Film.",
            {("award", "film", "won: 1994 Academy Award, Best Animated Short Film")},
        ),
        # the prize's own name is not the subject of its award
        (
            "This great Oscar winner is still worth seeing.",
            {("award", "film", "won: Academy Award")},
        ),
    ],
)
def test_claims_third_pass_families_find_claims(text: str, expected: set) -> None:
    found = {claim[:3] for claim in sentence_claims(text)}
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("She is surely destined to receive an Oscar nomination.", "award"),
        ("The 95 minutes of my weekend I spent queuing were worse.", "runtime"),
        ("Unlike other Danish films, it is polished.", "country"),
        ("She should be remade as a musical.", "remake"),
        ("a remake of the 1971 british production , the hunt , is due .", "country"),
    ],
)
def test_claims_third_pass_families_refuse_non_claims(text: str, kind: str) -> None:
    assert all(claim[0] != kind or claim[1] != "film" for claim in sentence_claims(text)), (
        sentence_claims(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the character's trade or a stage direction before the name in brackets
        (
            "the story follows computer hacker jim ( tom hart ) across town .",
            {("cast", "tom hart", "jim")},
        ),
        ("Enter Laura (Ann Bell), a nurse with a secret.", {("cast", "Ann Bell", "Laura")}),
        # a particle opens a three-word name
        (
            "then maria van dam ( jo bell ) leaves the farm .",
            {("cast", "jo bell", "maria van dam")},
        ),
        # an epithet between "as the" and the name; a plural performance noun before "as"
        ("Tom Hart is fine as the sullen Carl.", {("cast", "Tom Hart", "Carl")}),
        (
            "tom hart stars as the gloomy ivan petrov ; it works .",
            {("cast", "tom hart", "ivan petrov")},
        ),
        (
            "tom hart gives one of his best performances as ivan petrov .",
            {("cast", "tom hart", "ivan petrov")},
        ),
        # the character's age after the actor's bracket
        ("Nina (Ann Bell) is a twelve-year-old runaway.", {("age", "Nina", "12")}),
        (
            "carl moss ( tom hart ) is a 50-year-old plumber who drinks .",
            {("age", "carl moss", "50")},
        ),
        # directors: a sibling team, a credit field shared with another job, "a director
        # named X", a directorial debut
        (
            "a thriller directed by the hughes brothers , it moves fast .",
            {("director", "film", "hughes brothers")},
        ),
        ("director/writer : jane doe producer : john roe", {("director", "film", "jane doe")}),
        (
            "in 1980 a young director named ann marsh made her mark .",
            {("director", "film", "ann marsh")},
        ),
        (
            "The film is the directorial debut of actor Sam Wood, and it shows.",
            {("director", "film", "Sam Wood")},
        ),
        # the gross follows the budget
        (
            "this $40 million turkey grossed $90 million worldwide .",
            {("box_office", "film", "$90 million")},
        ),
        # the source work ends at the verb of the sentence
        (
            "the fact that it is based on a novel makes it duller .",
            {("remake", "film", "a novel")},
        ),
        (
            "still , this remake of the old dark house goes nowhere fast .",
            {("remake", "film", "the old dark house")},
        ),
    ],
)
def test_claims_fourth_pass_families_find_claims(text: str, expected: set) -> None:
    found = {claim[:3] for claim in sentence_claims(text)}
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a wish or a prediction of a nomination
        (
            "her work here deserves a supporting actress oscar nomination come spring .",
            "award",
            None,
        ),
        ("Trust me, they'll all be nominated for Golden Globes.", "award", None),
        # remakes imagined, avoided or credited to someone else; a year or a verb as the work
        ("they looked like they were auditioning for a remake of Jaws.", "remake", None),
        ("luckily we dodge a remake of the sting here .", "remake", None),
        ("the man who brought us the remake of psycho is back .", "remake", None),
        ("She wanted to make this a remake of an old classic.", "remake", None),
        ("the silliest sequel of 1997 ?", "remake", None),
        ("If you liked the first one, this is a sequel to see.", "remake", None),
        ("He then shot the remake of another fine film classic.", "remake", None),
        ("nominated for Best Screenplay Based on Material from Another Medium", "remake", None),
        # a film still to come; alternatives offered, not asserted
        ("Everyone knew there would be a sequel directed by Jane Doe.", "director", None),
        ("it is either a ) a remake of the lady vanishes ; b ) an original .", "remake", None),
        # a national institution, a remark on a nation's directors, an actor's other films
        ("A print is kept at the British Film Institute in London.", "country", None),
        ("Italian film directors love long takes.", "country", None),
        ("Jean Roy, who has appeared in other fine French films, is good here.", "country", None),
        # the budget before the gross is not the gross
        ("this $40 million turkey grossed $90 million worldwide .", "box_office", "$40 million"),
        # a trade word is not part of the character's name
        ("the story follows computer hacker jim ( tom hart ) across town .", "cast", "hacker jim"),
    ],
)
def test_claims_fourth_pass_families_refuse_non_claims(
    text: str, kind: str, value: str | None
) -> None:
    values = _values(text, kind)
    assert (values == []) if value is None else (value not in values), sentence_claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # directors: a full name's possessive before a title marked by quotes or capitals, with
        # a word for a film or for directing in the sentence
        (
            'by starring in ann marsh\'s " the long field " two summers ago , she shone .',
            {("director", "the long field", "ann marsh")},
        ),
        (
            "a loose remake of ann marsh's blue harbour ) , it drifts .",
            {("director", "blue harbour", "ann marsh")},
        ),
        (
            "It owes a lot to Ann Marsh's Blue Harbour (1961), the director's favourite.",
            {("director", "Blue Harbour", "Ann Marsh")},
        ),
        # a pair sharing the possessive; one given name before the shared family name
        (
            "tom hart and jane roe's big-budget disaster flick has been written badly .",
            {("director", "film", "tom hart"), ("director", "film", "jane roe")},
        ),
        (
            '" blue harbour , " joel and ethan marsh\'s first venture since " the long field "',
            {("director", "film", "joel marsh"), ("director", "film", "ethan marsh")},
        ),
        # "the new film from X" when the sentence speaks of directing
        (
            "the latest film from director ann marsh is long .",
            {("director", "film", "ann marsh")},
        ),
        (
            "The new film from Ann Marsh, who directed Blue Harbour, is a delight.",
            {("director", "film", "Ann Marsh")},
        ),
        # awards: one category after a list of ceremonies, the person who opens the sentence
        (
            "Tom Hart pulled a hat trick in 1950 winning an Oscar, a Golden Globe, and the "
            "New York Film Critics for Best Actor.",
            {
                ("award", "Tom Hart", "won: Academy Award, Best Actor"),
                ("award", "Tom Hart", "won: Golden Globe, Best Actor"),
                ("award", "Tom Hart", "won: New York Film Critics, Best Actor"),
            },
        ),
        (
            "she won an oscar , a golden globe and a bafta for best actress .",
            {
                ("award", "film", "won: Academy Award, Best Actress"),
                ("award", "film", "won: Golden Globe, Best Actress"),
                ("award", "film", "won: BAFTA Award, Best Actress"),
            },
        ),
        # genres: a compound kept whole
        ("this formulaic light comedy written by two friends", {("genre", "film", "light comedy")}),
        (
            "It's basically a backstage musical comedy that takes place in Scotland.",
            {("genre", "film", "backstage musical comedy")},
        ),
        (
            "This is a fine familial comedy with funny jokes.",
            {("genre", "film", "familial comedy")},
        ),
        (
            "It remains among the best of the French film noir genre.",
            {("genre", "film", "film noir")},
        ),
        # cast: voice roles and a "played by" bracket
        (
            'as voiced by tom hart , " draco " is an expressive creation .',
            {("cast", "tom hart", "draco")},
        ),
        ("Tom Hart voices Draco, the last dragon.", {("cast", "Tom Hart", "Draco")}),
        ("Draco (the voice of Tom Hart) steals the film.", {("cast", "Tom Hart", "Draco")}),
        ("Our hero, Carl Moss (played by Tom Hart), annoys.", {("cast", "Tom Hart", "Carl Moss")}),
        # awards: a category after a bracketed list, a noun "win" after a ceremony
        (
            "this is the film that won Tom Hart the Academy Award (as well as the Golden Globe) "
            "as best actor.",
            {
                ("award", "film", "won: Academy Award, Best Actor"),
                ("award", "film", "won: Golden Globe, Best Actor"),
            },
        ),
        (
            "Tom Hart is great here, earning an Oscar nomination and Golden Globe win for it.",
            {("award", "film", "won: Golden Globe")},
        ),
        (
            "in this academy award winner for best picture of 1978 , the cast shines .",
            {("award", "film", "won: Academy Award, Best Picture")},
        ),
        # country and year: one of the best of a nation's films, a co-production, "its 1986
        # release"
        (
            "Surely one of the best British films ever made.",
            {("country", "film", "United Kingdom")},
        ),
        (
            "This 1986 Italian-French remake of the 1946 film turns up the heat.",
            {
                ("country", "film", "Italy"),
                ("country", "film", "France"),
                ("release", "film", "1986"),
            },
        ),
        (
            "Initially a box office disappointment in its 1986 release, it found fans.",
            {("release", "film", "1986")},
        ),
        # the actor comes first when the sentence calls that name an actor elsewhere
        (
            "actor tom hart is fine : tom hart ( carl moss ) is a plumber .",
            {("cast", "tom hart", "carl moss")},
        ),
    ],
)
def test_claims_fifth_pass_families_find_claims(text: str, expected: set) -> None:
    found = {claim[:3] for claim in sentence_claims(text)}
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # possessives that are not a director's: a novelist's book, a character, a song, a
        # studio, a single surname, a star's "latest", a title that holds the possessive
        (
            'an adaptation of joseph conrad\'s " heart of darkness " , set in vietnam',
            "director",
            None,
        ),
        ("Emily Watson's Natalia can transcend all of it.", "director", None),
        ("Bette Davis's Margo Channing in All About Eve (1950) is the model.", "director", None),
        ('Put on Steve Miller\'s "Fly Like An Eagle" and you are ready.', "director", None),
        ("Shakespeare's Othello is the role he wanted.", "director", None),
        ("mr . nice guy hints at jackie chan's latest transition to hollywood .", "director", None),
        ("the new film from tom cruise is long .", "director", None),
        ("The new film from Pixar, directed with care, is fun.", "director", "Pixar"),
        ("Just saw this movie version of Frank Loesser's Guys and Dolls again.", "director", None),
        ("Roger Cormans' New World films were cheap, and he directed some.", "director", None),
        # the list's category is not shared across a full stop or a clause
        (
            "She won an Oscar. Later a Golden Globe came for Best Actress.",
            "award",
            "won: Academy Award, Best Actress",
        ),
        # no compound when the word before the genre is a judgement
        ("this is a wonderful comedy .", "genre", "wonderful comedy"),
        # a described role and a "respectively" list stay out
        ("there is another hitman ( played by tom hart ) on the train .", "cast", None),
        ("Fez and Kitty (played respectively by Ann Bell and Tom Hart) shine.", "cast", None),
        # a nomination that did not turn into a win; a DVD's year
        (
            "I remember when this film was up for the Academy Awards and did not win.",
            "award",
            "won: Academy Award",
        ),
        ("this 2004 dvd release looks fine .", "release", None),
        # the usual order holds when nothing says which name is the actor
        ("carl moss ( tom hart ) is a plumber .", "cast", "tom hart"),
    ],
)
def test_claims_fifth_pass_families_refuse_non_claims(
    text: str, kind: str, value: str | None
) -> None:
    values = _values(text, kind)
    assert (values == []) if value is None else (value not in values), sentence_claims(text)


@pytest.mark.parametrize(
    ("text", "actor", "character"),
    [
        # The sentence's full stop is not part of a name that ends it.
        ("Park Shin-hye as the adult Ye-sung.", "Park Shin-hye", "Ye-sung (adult)"),
        ("Ryu Seung-ryong stars as Lee Yong-gu.", "Ryu Seung-ryong", "Lee Yong-gu"),
        # A capitalised "Old" or "Young" is the character's name, not the role's age.
        ("Idris Elba as Old Deuteronomy and a cast of dozens.", "Idris Elba", "Old Deuteronomy"),
        ("Judi Dench as Old Deuteronomy, serene as ever", "Judi Dench", "Old Deuteronomy"),
        ("Kal So-won as the young Ye-sung, wide-eyed", "Kal So-won", "Ye-sung (child)"),
    ],
)
def test_claims_cast_character_names_read_as_written(text: str, actor: str, character: str):
    assert ("cast", actor, character, None) in sentence_claims(text)


def test_claims_a_film_word_in_the_clause_before_is_no_credit_for_a_quoted_song():
    text = (
        "Francesca Hayward deserves to be in a proper dance film, and Jennifer Hudson's"
        ' "Memory" is a big, bruised, committed performance that belongs in a better movie.'
    )
    assert not [c for c in sentence_claims(text) if c[0] == "director"]


def test_claims_a_quote_left_open_by_trimming_is_dropped_from_the_value():
    text = 'It is a loose remake of John Boorman\'s "Point Blank", and a fine one.'
    assert ("remake", "film", "John Boorman's Point Blank", None) in sentence_claims(text)


@pytest.mark.parametrize(
    ("text", "expected", "refused"),
    [
        # A singer's number and an actor's role are not films they directed; the possessive's
        # stem still ends the actor's name.
        (
            'Jennifer Hudson\'s "Memory" is wrenching; she plays Grizabella as someone who has'
            " lost everything.",
            ("cast", "Jennifer Hudson", "Grizabella", None),
            "director",
        ),
        # A stage musical is not a film of its composer's.
        (
            "The film is based on Andrew Lloyd Webber's 1981 stage musical, which set T. S."
            " Eliot's poems to music.",
            ("remake", "film", "Andrew Lloyd Webber's 1981 stage musical", None),
            "director",
        ),
        # A star named further on does not take the credit from the director before the title.
        (
            'A magazine wrote up Don Segal\'s "Babyface Nelson", made two years before'
            ' "Last Mile" and also starring Mickey Rooney.',
            ("director", "Babyface Nelson", "Don Segal", None),
            None,
        ),
    ],
)
def test_claims_possessive_credits_of_performers_and_stage_works(text, expected, refused):
    claims = sentence_claims(text)
    assert expected in claims
    if refused:
        assert not [c for c in claims if c[0] == refused]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Glickenhaus'" is the whole name's possessive; the previous film named after it
        # takes the credit, not the film under review.
        (
            'He was also in director James Glickenhaus\' previous movie, "The Exterminator",'
            " where the hero had the same name.",
            {("director", "The Exterminator", "James Glickenhaus", None)},
        ),
        # Unnamed prize-winning people give the film no prize; a named one gets it.
        ("Two academy award winning performers could keep a film afloat.", set()),
        ("The Oscar-winning actor is wasted here.", set()),
        (
            "Oscar-winning actor Kevin Spacey is wasted here.",
            {("award", "Kevin Spacey", "won: Academy Award", None)},
        ),
        # Nominations counted in the plural are nominations, not wins.
        (
            "The film received three Oscar nominations.",
            {("award", "film", "nominated: Academy Award", None)},
        ),
        # A source title does not run on into the next clause's conjunction.
        (
            "A great sequel to David Cronenberg's sci-fi classic Scanners and should be seen.",
            {
                ("director", "Scanners", "David Cronenberg", None),
                ("remake", "film", "David Cronenberg's sci-fi classic Scanners", None),
            },
        ),
        # The actor is the subject of the clause that holds the role, not the sentence's first
        # capitalised word.
        (
            "Wasn't quite sure, though: the photography was good, and Scott Paulin gave an"
            " hilarious performance as Simon, a murderous cyborg.",
            {("cast", "Scott Paulin", "Simon", None)},
        ),
    ],
)
def test_claims_found_wrong_on_unlabelled_reviews(text: str, expected: set) -> None:
    assert set(sentence_claims(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cased text: the title before "(year)" is its run of capitalised words, small words
        # inside it included.
        (
            "Her best days were ahead, culminating in FROM HERE TO ETERNITY (1953) and an Oscar.",
            ("release", "FROM HERE TO ETERNITY", "1953", None),
        ),
        (
            "That rawness may work in a movie like Stranger than Fiction (2006) but not here.",
            ("release", "Stranger than Fiction", "2006", None),
        ),
        (
            "He is better known for The Last House on the Left (1972) and little else.",
            ("release", "The Last House on the Left", "1972", None),
        ),
    ],
)
def test_claims_release_title_is_the_capitalised_run(text: str, expected: tuple) -> None:
    assert expected in sentence_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The French actors are atrociously dubbed in the English language version.",
        'It has atmosphere to spare (notice Rukh\'s "house" on the hill in the rain).',
        "The DVD is taken from a VHS source and looks quite grainy.",
    ],
)
def test_claims_languages_quoted_words_and_disc_sources_are_no_claims(text: str) -> None:
    assert sentence_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the owner acts in the film: a star's film, not one they directed
        "This was Norma Shearer's last movie and she is wonderful in it.",
        "Bette Davis's first film for Warner was a hit, and her performance is still electric.",
        "It is Errol Flynn's best picture, and he plays the part with a grin.",
    ],
)
def test_claims_a_stars_possessive_is_no_director_credit(text: str) -> None:
    assert not [c for c in sentence_claims(text) if c[0] == "director"]


@pytest.mark.parametrize(
    "text",
    [
        "It is Spielberg's best movie in years, and he is at the top of his game.",
        "Neil Jordan's direction is beautiful as he plays with ideas of eternity.",
        "Hillyer's movie captures the essence of the script, as he gives it a morbid mood.",
    ],
)
def test_claims_a_makers_possessive_stays_a_director_credit(text: str) -> None:
    assert [c for c in sentence_claims(text) if c[0] == "director"]


def test_claims_a_review_that_casts_the_possessives_owner_drops_the_credit() -> None:
    body = (
        "Tom Hanks's latest film is a disappointment. Tom Hanks plays a tired pilot named Sully."
        " Clint Eastwood's direction is brisk."
    )
    found = {(c.kind, c.subject, c.value) for c in find_claims(body)}
    assert ("cast", "Tom Hanks", "Sully") in found
    assert ("director", "film", "Clint Eastwood") in found
    assert not any(kind == "director" and value == "Tom Hanks" for kind, _, value in found)


def test_claims_an_honour_before_a_list_of_names_is_theirs_not_the_films() -> None:
    found = sentence_claims("Academy Award winners Jack Lemmon and Walter Matthau are great.")
    assert ("award", "Jack Lemmon", "won: Academy Award", None) in found
    assert not [c for c in found if c[0] == "award" and c[1] == "film"]
