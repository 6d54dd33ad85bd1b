"""People and facts across the reviews of one film: alias clusters, cast table, fact sheet.

Names are clustered over every page (so "Yong Goo", "Yong-gu" and "Lee Yong-gu" become one
person with one canonical name), claims are grouped by kind, subject and value, and each
agreement or conflict keeps every source with the sentence that says it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from cinesift.analyze.people import canonical_choice, group_names
from cinesift.model import Claim, Review, Span

__all__ = [
    "AliasCluster",
    "CastEntry",
    "Conflict",
    "Evidence",
    "Fact",
    "FactValue",
    "FilmFacts",
    "PersonCluster",
    "cluster_aliases",
    "film_facts",
]

# Kinds that hold one value per subject: two different values are a conflict. The others
# (awards, genres, countries of a co-production, co-directors, remakes) can all be true.
SINGLE_VALUED = frozenset({"release", "runtime", "age", "box_office", "working_title"})
_ROLE_ORDER = ("actor", "director", "character", "reviewer", "commenter", "person")
_FILM_SUBJECT = "film"


@dataclass(frozen=True)
class AliasCluster:
    """One person under every spelling seen: `members` counts each spelling."""

    canonical: str
    members: dict[str, int]

    @property
    def count(self) -> int:
        return sum(self.members.values())

    def to_dict(self) -> dict[str, Any]:
        return {"canonical": self.canonical, "members": dict(self.members), "count": self.count}


def cluster_aliases(names: list[str]) -> list[AliasCluster]:
    """Group name mentions (with repeats) into people; biggest clusters first."""
    counts = Counter(n for n in names if n and n.strip())
    clusters = []
    for group in group_names(counts):
        members = {name: counts[name] for name in group}
        clusters.append(AliasCluster(canonical_choice(Counter(members)), members))
    return sorted(clusters, key=lambda c: (-c.count, c.canonical))


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the page and the sentence (with its span) that states it."""

    source: str
    text: str
    span: Span
    page: str = ""  # the page identity (its URL when known): one page is one source

    @property
    def page_key(self) -> str:
        return self.page or self.source

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "text": self.text, "span": self.span.to_dict()}


@dataclass
class PersonCluster:
    canonical: str
    role: str
    members: dict[str, int]
    pages: dict[str, int]  # review.source -> mentions on that page
    plays: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical,
            "role": self.role,
            "members": dict(self.members),
            "pages": dict(self.pages),
            "mentions": sum(self.pages.values()),
            "plays": self.plays,
        }


@dataclass
class CastEntry:
    actor: str
    character: str
    sources: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "character": self.character, "sources": list(self.sources)}


@dataclass
class FactValue:
    value: str
    as_of: str | None
    evidence: list[Evidence]

    @property
    def sources(self) -> list[str]:
        """Distinct pages, in the order first seen: a page that states the value twice, or
        that was read twice (a file and an archive copy of one URL), counts once."""
        first: dict[str, str] = {}
        for e in self.evidence:
            first.setdefault(e.page_key, e.source)
        return list(first.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "as_of": self.as_of,
            "source_count": len(self.sources),
            "sources": [e.to_dict() for e in self.evidence],
        }


@dataclass
class Fact:
    """Several sources state the same value."""

    kind: str
    subject: str
    value: FactValue

    @property
    def label(self) -> str:
        when = f" (as of {self.value.as_of})" if self.value.as_of else ""
        return f"{_describe(self.kind, self.subject)}: {self.value.value}{when}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "kind": self.kind,
            "subject": self.subject,
            "value": self.value.value,
            "as_of": self.value.as_of,
            "source_count": len(self.value.sources),
            "sources": [e.to_dict() for e in self.value.evidence],
        }


@dataclass
class Conflict:
    """Sources disagree on a single-valued fact. `dated` conflicts hold values qualified by
    overlapping dates; `newer` names the value with the latest date when dates are given."""

    kind: str
    subject: str
    values: list[FactValue]
    newer: str | None = None

    @property
    def label(self) -> str:
        shown = " vs ".join(v.value for v in self.values)
        return f"{_describe(self.kind, self.subject)}: {shown}"

    def to_dict(self) -> dict[str, Any]:
        return _values_dict(self)


@dataclass
class Timeline:
    """Values of one fact at different dates ("5th as of March 2013", "3rd as of May"):
    not a conflict, the newest value wins."""

    kind: str
    subject: str
    values: list[FactValue]

    @property
    def newer(self) -> str:
        return self.values[-1].value

    @property
    def label(self) -> str:
        steps = " → ".join(f"{v.value} ({v.as_of})" for v in self.values)
        return f"{_describe(self.kind, self.subject)}: {steps}"

    def to_dict(self) -> dict[str, Any]:
        return _values_dict(self)


@dataclass
class FilmFacts:
    people: list[PersonCluster] = field(default_factory=list)
    cast: list[CastEntry] = field(default_factory=list)
    agreements: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    timelines: list[Timeline] = field(default_factory=list)
    single_source: list[Fact] = field(default_factory=list)
    canonical: dict[str, str] = field(default_factory=dict)  # every spelling -> canonical

    def to_dict(self) -> dict[str, Any]:
        return {
            "people": [p.to_dict() for p in self.people],
            "cast": [c.to_dict() for c in self.cast],
            "aliases": dict(self.canonical),
            "facts": {
                "agreements": [f.to_dict() for f in self.agreements],
                "conflicts": [c.to_dict() for c in self.conflicts],
                "timelines": [t.to_dict() for t in self.timelines],
                "single_source": [f.to_dict() for f in self.single_source],
            },
        }


def _values_dict(fact: Conflict | Timeline) -> dict[str, Any]:
    """The JSON form shared by conflicts and timelines: one fact, several values."""
    return {
        "label": fact.label,
        "kind": fact.kind,
        "subject": fact.subject,
        "newer": fact.newer,
        "values": [v.to_dict() for v in fact.values],
    }


def _describe(kind: str, subject: str) -> str:
    about = "" if subject == _FILM_SUBJECT else f" of {subject}"
    return f"{kind.replace('_', ' ')}{about}"


_QUALIFIER = re.compile(r"\s*\(([^)]*)\)\s*$")


def _base(name: str) -> tuple[str, str]:
    """ "Ye-sung (child)" -> ("Ye-sung", " (child)")."""
    m = _QUALIFIER.search(name)
    if not m:
        return name.strip(), ""
    return name[: m.start()].strip(), f" ({m.group(1).strip().lower()})"


def film_facts(reviews: list[Review]) -> FilmFacts:
    """Everything the reviews of one film say about its people and facts, reconciled."""
    reviews = [r for r in reviews if r.error is None]
    canonical = _canonical_names(reviews)

    def person(name: str) -> str:
        base, qualifier = _base(name)
        return canonical.get(base, base) + qualifier

    people = _people(reviews, canonical)
    cast = _cast(reviews, person)
    agreements, conflicts, timelines, single = _fact_sheet(reviews, person)
    return FilmFacts(people, cast, agreements, conflicts, timelines, single, canonical)


def _canonical_names(reviews: list[Review]) -> dict[str, str]:
    names: list[str] = []
    for review in reviews:
        names += [m.name for m in review.people]
        names += [_base(m.plays)[0] for m in review.people if m.plays]
        for claim in review.claims:
            if claim.kind in ("cast", "age"):
                names.append(_base(claim.subject)[0])
            if claim.kind in ("cast", "director"):
                names.append(_base(claim.value)[0])
    canonical: dict[str, str] = {}
    for cluster in cluster_aliases(names):
        for member in cluster.members:
            canonical[member] = cluster.canonical
    return canonical


def _people(reviews: list[Review], canonical: dict[str, str]) -> list[PersonCluster]:
    members: dict[str, Counter[str]] = defaultdict(Counter)
    pages: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    plays: dict[str, Counter[str]] = defaultdict(Counter)
    for review in reviews:
        for m in review.people:
            key = canonical.get(m.name, m.name)
            members[key][m.name] += 1
            pages[key][review.source] += 1
            roles[key][m.role] += 1
            if m.plays:
                base, qualifier = _base(m.plays)
                plays[key][canonical.get(base, base) + qualifier] += 1
    clusters = []
    for key in members:
        role = _role(roles[key])
        played = plays[key].most_common(1)[0][0] if plays[key] else None
        clusters.append(PersonCluster(key, role, dict(members[key]), dict(pages[key]), played))
    return sorted(clusters, key=lambda c: (-sum(c.pages.values()), c.canonical))


def _role(counts: Counter[str]) -> str:
    known = {role: n for role, n in counts.items() if role != "person"}
    if not known:
        return "person"
    return max(known, key=lambda r: (known[r], -_ROLE_ORDER.index(r) if r in _ROLE_ORDER else -9))


def _cast(reviews: list[Review], person: Any) -> list[CastEntry]:
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for review in reviews:
        pairs = [(m.name, m.plays) for m in review.people if m.role == "actor" and m.plays]
        pairs += [(c.subject, c.value) for c in review.claims if c.kind == "cast"]
        for actor, character in pairs:
            key = (person(actor), person(character))
            if _page_key(review) not in pages[key]:  # one page is one source
                pages[key].add(_page_key(review))
                links[key].append(review.source)
    # "Kal So-won as Ye Sung" on a page that also says "as Ye-sung (child)": one role.
    for actor, character in list(links):
        qualified = [
            key
            for key in links
            if key[0] == actor and key[1] != character and _base(key[1])[0] == character
        ]
        if len(qualified) == 1:
            target = links[qualified[0]]
            target += [s for s in links.pop((actor, character)) if s not in target]
    return [
        CastEntry(actor, character, sources)
        for (actor, character), sources in sorted(links.items(), key=lambda kv: -len(kv[1]))
    ]


def _value_key(kind: str, value: str) -> str:
    text = " ".join(value.lower().replace("-", " ").split())
    if kind in ("runtime", "age"):
        digits = re.findall(r"\d+", text)
        return digits[0] if digits else text
    if kind == "release":
        return text[:4]
    return text


def _facet(kind: str, value: str) -> str:
    """What a box-office figure measures: two different measures never conflict."""
    if kind != "box_office":
        return ""
    text = value.lower()
    if text.startswith("rank"):
        return "rank:" + " ".join(re.findall(r"[a-z]+", text.split(":", 1)[-1])[:6])
    if "admission" in text:
        return "admissions"
    scope = re.findall(
        r"\b(?:domestic|worldwide|opening|weekend|first|month|week|us|states)\b", text
    )
    return "gross:" + " ".join(scope)


def _subject_key(claim: Claim, review: Review, person: Any) -> str:
    subject = claim.subject
    film = review.film.title if review.film else None
    if subject == _FILM_SUBJECT or (film and subject.lower() == film.lower()):
        return _FILM_SUBJECT
    if claim.kind in ("age", "cast"):
        return person(subject)
    return " ".join(subject.lower().split())


def _page_key(review: Review) -> str:
    """One page however it was fetched: the URL without scheme, "www.", fragment or trailing
    slash; the source when the page has no URL."""
    if not review.url:
        return review.source
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", review.url.strip().lower())
    url = re.sub(r"^www\.", "", url.split("#", 1)[0])
    return url.rstrip("/")


def _overlap(a: str | None, b: str | None) -> bool:
    """Dates overlap when equal, when one contains the other ("2013-03" and "2013-03-15"),
    or when either is unknown (an undated figure may be from any time)."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def _fact_sheet(
    reviews: list[Review], person: Any
) -> tuple[list[Fact], list[Conflict], list[Timeline], list[Fact]]:
    groups: dict[tuple[str, str, str], dict[tuple[str, str | None], FactValue]] = defaultdict(dict)
    for review in reviews:
        for claim in review.claims:
            subject = _subject_key(claim, review, person)
            value = person(claim.value) if claim.kind in ("cast", "director") else claim.value
            key = (claim.kind, subject, _facet(claim.kind, claim.value))
            slot = (_value_key(claim.kind, value), claim.as_of)
            evidence = Evidence(
                review.source, review.text_of(claim.span), claim.span, _page_key(review)
            )
            if slot not in groups[key]:
                groups[key][slot] = FactValue(value, claim.as_of, [])
            fact_value = groups[key][slot]
            if len(value) > len(fact_value.value) and claim.kind == "release":
                fact_value.value = value  # the fuller date
            if evidence not in fact_value.evidence:
                fact_value.evidence.append(evidence)
    agreements: list[Fact] = []
    single: list[Fact] = []
    conflicts: list[Conflict] = []
    timelines: list[Timeline] = []
    for (kind, subject, _facet_key), values in groups.items():
        merged = _merge_same_value(list(values.values()))
        for fv in merged:
            fact = Fact(kind, subject, fv)
            (agreements if len(fv.sources) >= 2 else single).append(fact)
        if kind not in SINGLE_VALUED or len({_value_key(kind, v.value) for v in merged}) < 2:
            continue
        clashing = [
            v
            for v in merged
            if any(
                _value_key(kind, w.value) != _value_key(kind, v.value)
                and _overlap(v.as_of, w.as_of)
                for w in merged
            )
        ]
        dated = sorted([v for v in merged if v.as_of], key=lambda v: v.as_of or "")
        if clashing:
            newer = dated[-1].value if dated else None
            conflicts.append(Conflict(kind, subject, clashing, newer))
        elif len(dated) >= 2:
            timelines.append(Timeline(kind, subject, dated))
    agreements.sort(key=lambda f: (-len(f.value.sources), f.kind, f.subject))
    return agreements, conflicts, timelines, single


def _merge_same_value(values: list[FactValue]) -> list[FactValue]:
    """Values that differ only in their date qualifier but not in value stay apart only when
    dated; undated copies of one value are one value."""
    merged: dict[tuple[str, str | None], FactValue] = {}
    for fv in values:
        key = (" ".join(fv.value.lower().split()), fv.as_of)
        if key in merged:
            merged[key].evidence.extend(e for e in fv.evidence if e not in merged[key].evidence)
        else:
            merged[key] = FactValue(fv.value, fv.as_of, list(fv.evidence))
    return list(merged.values())
