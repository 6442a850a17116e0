"""A small hand-built report: invented outlets, a dam breach in an invented valley, three incidents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, Corpus, Event, Finding, Reconciled, Skipped, Source, TimeSpan
from crosscheck.reliability.corpus import estimate_reliability
from crosscheck.report import ReportContext, build_report

HOSTILE = "<script>alert(1)</script>"


def make_claim(source: Source, quote: str, sentence: str, **fields: object) -> Claim:
    sentence_start = source.text.index(sentence)
    start = source.text.index(quote, sentence_start)
    fields.setdefault("kind", "numeric")
    fields.setdefault("rule", "test:hand-made")
    return Claim(
        source=source,
        start=start,
        end=start + len(quote),
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence),
        **fields,  # type: ignore[arg-type]
    )


COURIER = Source(
    id="courier",
    path="demo/courier.txt",
    outlet="The Valley Courier",
    title="Dam breach kills 14 in Tell Abyadin",
    published=date(2031, 4, 2),
    url="https://courier.example/dam",
    text=(
        "Dam breach kills 14 in Tell Abyadin\n"
        "At least 14 people were killed in Tell Abyadin, the Caspar Monitoring Group said. "
        "Dozens were injured. Water covered 35 square kilometres [14 square miles]."
    ),
)
WIRE = Source(
    id="wire",
    path="demo/wire.html",
    outlet="Northern Wire | Bulletins",
    title=f"{HOSTILE} Toll disputed",
    published=date(2031, 4, 2),
    url="javascript:alert(1)",
    text=(
        f"{HOSTILE} Toll disputed\n"
        f"Officials said 40 people | were killed in Tal al-Abyadin {HOSTILE}. "
        "The CMG counted 14 dead. Some 25 people were hurt."
    ),
)
CASPAR = Source(
    id="caspar",
    path="demo/caspar.md",
    outlet=None,
    title="Death toll rises",
    published=None,
    url=None,
    text="Death toll rises\nThe governor said 12 people were killed. The toll later rose to 31 people.",
)


def build_sample(
    cluster_order: tuple[int, ...] = (0, 1, 2, 3, 4), event_order: tuple[int, ...] = (0, 1, 2, 3)
) -> ReportContext:
    courier_14 = make_claim(
        COURIER,
        "At least 14",
        "At least 14 people were killed in Tell Abyadin, the Caspar Monitoring Group said.",
        value=14.0,
        low=14.0,
        high=None,
        qualifier="at_least",
        measure="killed",
        attribution="the Caspar Monitoring Group",
        location="Tell Abyadin",
        time=TimeSpan(date(2031, 4, 1), date(2031, 4, 1), "on Tuesday"),
    )
    courier_headline_14 = make_claim(
        COURIER,
        "14",
        "Dam breach kills 14 in Tell Abyadin",
        value=14.0,
        low=14.0,
        high=None,
        qualifier="at_least",
        measure="killed",
        location="Tell Abyadin",
    )
    courier_dozens = make_claim(
        COURIER,
        "Dozens",
        "Dozens were injured.",
        value=None,
        low=24.0,
        high=None,
        qualifier="vague",
        measure="injured",
    )
    courier_area = make_claim(
        COURIER,
        "35 square kilometres",
        "Water covered 35 square kilometres [14 square miles].",
        value=35.0,
        low=35.0,
        high=35.0,
        qualifier="exact",
        unit="km2",
        measure="flooded area",
    )
    wire_40 = make_claim(
        WIRE,
        "40",
        f"Officials said 40 people | were killed in Tal al-Abyadin {HOSTILE}.",
        value=40.0,
        low=40.0,
        high=40.0,
        qualifier="exact",
        measure="killed",
        attribution=f"Officials {HOSTILE}",
    )
    wire_14 = make_claim(
        WIRE,
        "14",
        "The CMG counted 14 dead.",
        value=14.0,
        low=14.0,
        high=14.0,
        qualifier="exact",
        measure="killed",
        attribution="the CMG",
    )
    wire_25 = make_claim(
        WIRE,
        "Some 25",
        "Some 25 people were hurt.",
        value=25.0,
        low=22.5,
        high=27.5,
        qualifier="about",
        measure="injured",
    )
    caspar_12 = make_claim(
        CASPAR,
        "12",
        "The governor said 12 people were killed.",
        value=12.0,
        low=12.0,
        high=12.0,
        qualifier="exact",
        measure="killed",
        attribution="the governor",
    )
    caspar_31 = make_claim(
        CASPAR,
        "31",
        "The toll later rose to 31 people.",
        value=31.0,
        low=31.0,
        high=31.0,
        qualifier="exact",
        measure="killed",
    )
    caspar_fact = make_claim(
        CASPAR,
        "The governor said",
        "The governor said 12 people were killed.",
        kind="factual",
        rule="fact:said",
        actor="the governor",
        action="said",
        polarity="positive",
    )
    clusters = [
        Cluster(
            "k-single",
            (courier_area.id,),
            "single",
            "Reported once.",
            "verdict:single",
            "flooded area",
            "km2",
            None,
            Reconciled(35.0, 35.0, 35.0),
            1,
            1,
        ),
        Cluster(
            "k-agree",
            (courier_headline_14.id, courier_14.id, wire_14.id),
            "agree",
            "Both give 14, citing the same monitor.",
            "verdict:agree",
            "killed",
            None,
            "Tell Abyadin",
            Reconciled(14.0, 14.0, 14.0),
            2,
            1,
        ),
        Cluster(
            "k-contradict",
            (wire_40.id, caspar_12.id),
            "contradict",
            f"40 and 12 cannot both be right {HOSTILE} | same day.",
            "verdict:contradict",
            "killed",
            None,
            "Tell Abyadin",
            Reconciled(12.0, 40.0, None),
            2,
            2,
        ),
        Cluster(
            "k-compatible",
            (courier_dozens.id, wire_25.id),
            "compatible",
            "Dozens fits 25.",
            "verdict:compatible",
            "injured",
            None,
            None,
            Reconciled(24.0, 27.5, 25.0),
            2,
            2,
        ),
        Cluster(
            "k-update",
            (caspar_12.id, caspar_31.id),
            "update",
            "The toll rose from 12 to 31.",
            "verdict:update",
            "killed",
            None,
            None,
            Reconciled(31.0, 31.0, 31.0),
            1,
            1,
        ),
    ]
    corpus = Corpus(
        name=f"dam breach {HOSTILE}",
        sources=(WIRE, COURIER, CASPAR),
        skipped=(Skipped(path=f"demo/{HOSTILE}.pdf", reason="not a text file | binary", line=None),),
        warnings=("two files had the same text; kept demo/courier.txt",),
    )
    claims = [
        caspar_fact,
        caspar_31,
        caspar_12,
        wire_25,
        wire_14,
        wire_40,
        courier_area,
        courier_dozens,
        courier_14,
        courier_headline_14,
    ]
    findings = [
        Finding("conversion", COURIER.id, (courier_area.id,), "35 km2 is 13.5 square miles, close to 14.")
    ]
    events = [
        Event(
            id="e-0000000da1",
            title=f"Bombing, Tell Abyadin {HOSTILE}, 2031-04-01",
            kind="bombing",
            place=f"Tell Abyadin {HOSTILE}",
            start=date(2031, 4, 1),
            end=date(2031, 4, 1),
            claim_ids=tuple(
                sorted(
                    c.id for c in (wire_40, caspar_12, courier_headline_14, courier_14, wire_14, courier_area)
                )
            ),
            cluster_ids=("k-agree", "k-contradict"),
            outlets=("Northern Wire | Bulletins", "The Valley Courier", "caspar"),
            claimants=("Caspar Monitoring Group", f"Officials {HOSTILE}", "the governor"),
        ),
        Event(
            id="e-0000000da2",
            title="Incident, place unknown",
            kind="incident",
            place=None,
            start=None,
            end=None,
            claim_ids=tuple(sorted(c.id for c in (caspar_31, caspar_fact))),
            cluster_ids=("k-update",),
            outlets=("caspar",),
            claimants=(),
        ),
        Event(
            id="e-0000000da3",
            title="Shelling, Tell Abyadin, 2031-04-02",
            kind="shelling",
            place="Tell Abyadin",
            start=date(2031, 4, 2),
            end=date(2031, 4, 2),
            claim_ids=tuple(sorted(c.id for c in (courier_dozens, wire_25))),
            cluster_ids=("k-compatible",),
            outlets=("Northern Wire | Bulletins", "The Valley Courier"),
            claimants=(),
        ),
        Event(
            id="e-0000000da4",
            title="Incident, place unknown, 2031-04-02",
            kind="incident",
            place=None,
            start=date(2031, 4, 2),
            end=date(2031, 4, 2),
            claim_ids=(courier_area.id,),
            cluster_ids=("k-single",),
            outlets=("The Valley Courier",),
            claimants=(),
        ),
    ]
    event_of = {cluster_id: event.id for event in events for cluster_id in event.cluster_ids}
    clusters = [replace(cluster, event_id=event_of[cluster.id]) for cluster in clusters]
    return build_report(
        corpus,
        claims,
        [clusters[i] for i in cluster_order],
        findings,
        Settings(embedder="fake"),
        events=[events[i] for i in event_order],
        reliability=estimate_reliability(claims, clusters),
    )


@pytest.fixture
def sample() -> ReportContext:
    return build_sample()


@pytest.fixture
def make_sample() -> Callable[..., ReportContext]:
    return build_sample
