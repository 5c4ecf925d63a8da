"""The classifier on tiny hand-built blocks: one threshold changed per test.

Covers the context-free first pass, the revise pass and the main-run step
(:mod:`artclean.region`), each with the threshold that decides the case moved
to either side of the block's value.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from artclean.classify import (
    Thresholds,
    classify,
    classify_first_pass,
    prose_density,
    revise,
)
from artclean.features import Features
from artclean.lexicon import LexiconHit
from artclean.model import Block, Decision, Kind, Label
from artclean.region import (
    RegionThresholds,
    candidate_runs,
    comment_zone,
    keep_main_run,
    main_run,
    stamps,
)


def feat(
    chars: int = 300,
    *,
    words: int | None = None,
    density: float = 0.4,
    sentence_end: bool = True,
    urls: int = 0,
    symbols: int = 0,
    repeats: int = 1,
    lexicon: LexiconHit | None = None,
    clock: bool = False,
) -> Features:
    return Features(
        chars=chars,
        words=words if words is not None else max(1, chars // 6),
        stopword_density=density,
        sentence_end=sentence_end,
        commas=0,
        url_count=urls,
        email_count=0,
        handle_count=0,
        digit_ratio=0.0,
        symbol_count=symbols,
        capitalised_ratio=0.0,
        bullet=False,
        repeats=repeats,
        lexicon=lexicon,
        clock=clock,
        size=chars,
    )


def blocks_for(features: list[Features]) -> tuple[Block, ...]:
    # Distinct lines of the given lengths: no line repeats the first (the title).
    return tuple(
        Block(i, i + 1, (str(i) + "x" * f.chars)[: max(f.chars, len(str(i)))])
        for i, f in enumerate(features)
    )


def first_labels(
    features: list[Features], thresholds: Thresholds | None = None, *, stoplist: bool = True
) -> list[Label]:
    return [d.label for d in classify_first_pass(features, stoplist, thresholds or Thresholds())]


REFERENCE = [feat(400, density=0.4)] * 3  # the document's own prose: density 0.4


# First pass --------------------------------------------------------------------------


def test_length_low_decides_short() -> None:
    block = feat(60)
    assert first_labels([*REFERENCE, block])[-1] is Label.SHORT
    assert first_labels([*REFERENCE, block], Thresholds(length_low=50))[-1] is Label.NEAR_BODY


def test_short_sentence_rule_needs_enough_words() -> None:
    block = feat(40, words=5)
    decisions = classify_first_pass([*REFERENCE, block], True)
    assert decisions[-1].rule == "short-sentence"
    decisions = classify_first_pass([*REFERENCE, block], True, Thresholds(short_sentence_words=6))
    assert decisions[-1].rule == "short"


def test_length_high_decides_body_or_near_body() -> None:
    block = feat(180, density=0.4)
    assert first_labels([*REFERENCE, block])[-1] is Label.BODY
    assert first_labels([*REFERENCE, block], Thresholds(length_high=200))[-1] is Label.NEAR_BODY


def test_stopwords_high_is_relative_to_the_document() -> None:
    block = feat(300, density=0.3)  # 0.75 of the reference 0.4
    assert first_labels([*REFERENCE, block])[-1] is Label.BODY
    assert first_labels([*REFERENCE, block], Thresholds(stopwords_high=0.8))[-1] is Label.NEAR_BODY


def test_low_density_prose_of_a_low_density_language_is_body() -> None:
    # Vietnamese prose scores about 0.1 with its stoplist: relative thresholds keep it.
    vietnamese = [feat(400, density=0.1)] * 3 + [feat(300, density=0.09)]
    assert first_labels(vietnamese)[-1] is Label.BODY


def test_stopwords_low_decides_boilerplate() -> None:
    block = feat(300, density=0.1, sentence_end=False)  # 0.25 of the reference
    assert first_labels([*REFERENCE, block])[-1] is Label.BOILERPLATE
    assert first_labels([*REFERENCE, block], Thresholds(stopwords_low=0.2))[-1] is Label.NEAR_BODY


def test_min_sentence_words_rescues_a_sentence() -> None:
    block = feat(100, words=9, density=0.05)
    assert first_labels([*REFERENCE, block])[-1] is Label.NEAR_BODY
    assert (
        first_labels([*REFERENCE, block], Thresholds(min_sentence_words=10))[-1]
        is Label.BOILERPLATE
    )


def test_reference_min_density_floor() -> None:
    names = [feat(300, density=0.0, sentence_end=False)] * 3
    assert prose_density(names) == pytest.approx(0.04)
    assert prose_density(names, Thresholds(reference_min_density=0.1)) == pytest.approx(0.1)


def test_reference_blocks_takes_the_largest() -> None:
    features = [feat(1000, density=0.5), feat(200, density=0.1), feat(150, density=0.1)]
    assert prose_density(features, Thresholds(reference_blocks=1)) == pytest.approx(0.5)
    assert prose_density(features) == pytest.approx(0.1)


def test_promo_min_symbols() -> None:
    block = feat(300, symbols=3)
    assert first_labels([*REFERENCE, block])[-1] is Label.BOILERPLATE
    assert first_labels([*REFERENCE, block], Thresholds(promo_min_symbols=4))[-1] is Label.BODY


def test_repeat_max_words() -> None:
    block = feat(100, words=10, repeats=2)
    decision = classify_first_pass([*REFERENCE, block], True)[-1]
    assert (decision.label, decision.rule, decision.kind) == (
        Label.BOILERPLATE,
        "repeated-line",
        Kind.NAVIGATION,
    )
    assert first_labels([*REFERENCE, block], Thresholds(repeat_max_words=9))[-1] is Label.NEAR_BODY


def test_lexicon_and_urls_are_boilerplate_with_kind() -> None:
    hit = LexiconHit(Kind.SHARE, "share", "line")
    decisions = classify_first_pass(
        [*REFERENCE, feat(5, lexicon=hit), feat(30, words=1, urls=1)], True
    )
    assert [(d.label, d.kind) for d in decisions[-2:]] == [
        (Label.BOILERPLATE, Kind.SHARE),
        (Label.BOILERPLATE, Kind.NAVIGATION),
    ]
    assert decisions[-2].rule == "lexicon-line: share"


def test_without_stoplist_shape_decides() -> None:
    assert first_labels([feat(300)], stoplist=False) == [Label.BODY]
    assert first_labels([feat(100)], stoplist=False) == [Label.NEAR_BODY]
    assert first_labels([feat(300, sentence_end=False)], stoplist=False) == [Label.BOILERPLATE]


def test_first_pass_records_first_label_and_signals() -> None:
    decision = classify_first_pass([feat(300)], True)[0]
    assert decision.first_label is Label.BODY
    assert dict(decision.signals)["chars"] == 300.0


# Revise pass -------------------------------------------------------------------------


def d(label: Label, rule: str = "t", kind: Kind | None = None) -> Decision:
    return Decision(label, rule, kind, label)


B, S, N, X = d(Label.BODY), d(Label.SHORT), d(Label.NEAR_BODY), d(Label.BOILERPLATE)


def labels(decisions: tuple[Decision, ...]) -> list[Label]:
    return [decision.label for decision in decisions]


def test_revise_near_body_next_to_body() -> None:
    assert labels(revise([X, N, B]))[1] is Label.BODY
    assert labels(revise([X, N, X]))[1] is Label.BOILERPLATE


def test_revise_near_chain() -> None:
    # Two near-body blocks in a row are prose together; the short line between joins them.
    assert labels(revise([X, N, S, N, X])) == [X.label, B.label, B.label, B.label, X.label]
    assert labels(revise([X, N, S, N, X], Thresholds(near_chain=3)))[1] is Label.BOILERPLATE


def test_revise_short_between_body() -> None:
    assert labels(revise([B, S, S, B]))[1:3] == [Label.BODY, Label.BODY]
    assert labels(revise([B, S, X]))[1] is Label.BOILERPLATE


def test_revise_short_sentence_goes_with_body_on_one_side() -> None:
    sentence = d(Label.SHORT, "short-sentence")
    assert labels(revise([B, sentence, X]))[1] is Label.BODY
    assert labels(revise([X, sentence, X]))[1] is Label.BOILERPLATE


def test_revise_sees_through_inline_promotion() -> None:
    promo = d(Label.BOILERPLATE, "pictographs", Kind.PROMOTION)
    assert labels(revise([X, N, promo, B]))[1] is Label.BODY
    assert labels(revise([X, N, X, B]))[1] is Label.BOILERPLATE


def test_revise_keeps_rule_and_first_label() -> None:
    revised = revise([X, N, B])[1]
    assert revised.rule == "t; body-context"
    assert revised.first_label is Label.NEAR_BODY


# Main run ----------------------------------------------------------------------------


def test_main_run_and_candidates() -> None:
    assert main_run([5, -1, 3, -10, 4]) == (0, 3)
    assert candidate_runs([5, -1, 3, -10, 4]) == [(0, 3, 7.0), (4, 5, 4.0)]
    assert main_run([-1.0]) is None


def test_anchor_share_prefers_the_run_under_the_headline() -> None:
    weights = [-1.0, 400.0, -900.0, 1000.0]
    assert main_run(weights, anchor=0) == (3, 4)
    assert main_run(weights, anchor=0, t=RegionThresholds(anchor_share=0.25)) == (1, 2)


def run_labels(
    features: list[Features], decisions: list[Decision], t: RegionThresholds | None = None
) -> list[Label]:
    return labels(keep_main_run(blocks_for(features), features, decisions, t or RegionThresholds()))


def test_gap_penalty_base_splits_runs() -> None:
    features = [feat(100), feat(10, sentence_end=False), feat(300)]
    decisions = [d(Label.BODY), d(Label.BOILERPLATE, "few-stopwords", Kind.OTHER), d(Label.BODY)]
    assert run_labels(features, decisions)[0] is Label.BODY
    assert run_labels(features, decisions, RegionThresholds(gap_base=200))[0] is Label.BOILERPLATE


def test_lexicon_gap_penalty() -> None:
    hit = LexiconHit(Kind.SHARE, "share", "line")
    features = [feat(200), feat(5, lexicon=hit), feat(300)]
    decisions = [
        d(Label.BODY),
        d(Label.BOILERPLATE, "lexicon-line: share", Kind.SHARE),
        d(Label.BODY),
    ]
    assert run_labels(features, decisions)[0] is Label.BODY
    assert (
        run_labels(features, decisions, RegionThresholds(lexicon_penalty=300))[0]
        is Label.BOILERPLATE
    )


def test_end_marker_penalty() -> None:
    hit = LexiconHit(Kind.LEGAL, "all rights reserved", "contains")
    features = [feat(300), feat(30, lexicon=hit), feat(200)]
    decisions = [
        d(Label.BODY),
        d(Label.BOILERPLATE, "lexicon-contains: x", Kind.LEGAL),
        d(Label.BODY),
    ]
    assert run_labels(features, decisions)[2] is Label.BOILERPLATE
    assert run_labels(features, decisions, RegionThresholds(end_penalty=0))[2] is Label.BODY


def test_short_cost_and_short_lines_inside_the_run() -> None:
    features = [feat(300), feat(20, sentence_end=False), feat(400)]
    decisions = [d(Label.BODY), d(Label.BOILERPLATE, "short; boilerplate-context"), d(Label.BODY)]
    decisions[1] = replace(decisions[1], first_label=Label.SHORT)
    kept = keep_main_run(blocks_for(features), features, decisions)
    assert kept[1].label is Label.BODY and kept[1].rule.endswith("inside-main-run")
    assert run_labels(features, decisions, RegionThresholds(short_cost=400))[0] is Label.BOILERPLATE


def comment_page() -> tuple[list[Features], list[Decision]]:
    features = [
        feat(200),
        feat(30, words=6, clock=True),
        feat(900),
        feat(30, words=6, clock=True),
        feat(900),
    ]
    decisions = [d(Label.BODY), d(Label.SHORT), d(Label.BODY), d(Label.SHORT), d(Label.BODY)]
    return features, decisions


def zone_of(
    features: list[Features], decisions: list[Decision], t: RegionThresholds | None = None
) -> int | None:
    t = t or RegionThresholds()
    stamped = stamps(blocks_for(features), features, decisions, t)
    return comment_zone(features, decisions, stamped, t)


def test_comment_zone_keeps_the_article_before_comments() -> None:
    features, decisions = comment_page()
    assert zone_of(features, decisions) == 1
    kept = keep_main_run(blocks_for(features), features, decisions)
    assert [k.label for k in kept] == [Label.BODY] + [Label.BOILERPLATE] * 4
    assert {k.kind for k in kept[1:]} == {Kind.COMMENTS}


def test_comment_zone_min_body() -> None:
    features, decisions = comment_page()
    assert zone_of(features, decisions, RegionThresholds(comment_zone_min_body=300)) is None


def test_comment_min_stamps_and_window() -> None:
    features, decisions = comment_page()
    assert zone_of(features, decisions, RegionThresholds(comment_min_stamps=3)) is None
    assert zone_of(features, decisions, RegionThresholds(stamp_max_words=5)) is None
    assert zone_of(features, decisions, RegionThresholds(comment_window=1)) is None


def test_related_header_marks_teasers() -> None:
    hit = LexiconHit(Kind.RELATED, "related", "line")
    features = [feat(400), feat(7, words=1, lexicon=hit), feat(40, sentence_end=False), feat(400)]
    decisions = [
        d(Label.BODY),
        d(Label.BOILERPLATE, "lexicon-line: related", Kind.RELATED),
        d(Label.SHORT),
        d(Label.BODY),
    ]
    kept = keep_main_run(blocks_for(features), features, decisions)
    assert (kept[2].label, kept[2].kind) == (Label.BOILERPLATE, Kind.RELATED)
    # A whole-line phrase heads a list at any length; a line that only starts
    # with the phrase does so up to ``related_header_max_words`` words.
    kept = keep_main_run(
        blocks_for(features), features, decisions, RegionThresholds(related_header_max_words=0)
    )
    assert kept[2].kind is Kind.RELATED
    start = LexiconHit(Kind.RELATED, "related", "start")
    features[1] = feat(7, words=1, lexicon=start)
    kept = keep_main_run(blocks_for(features), features, decisions)
    assert (kept[2].label, kept[2].kind) == (Label.BOILERPLATE, Kind.RELATED)
    kept = keep_main_run(
        blocks_for(features), features, decisions, RegionThresholds(related_header_max_words=0)
    )
    assert kept[2].kind is not Kind.RELATED


def test_no_body_falls_back_to_the_best_block() -> None:
    features = [feat(50, sentence_end=False), feat(120, sentence_end=False)]
    decisions = [d(Label.BOILERPLATE, "few-stopwords"), d(Label.BOILERPLATE, "few-stopwords")]
    assert run_labels(features, decisions) == [Label.BOILERPLATE, Label.BODY]


def test_classify_end_to_end_never_empty() -> None:
    features = [feat(10, sentence_end=False), feat(120, density=0.0, sentence_end=False)]
    labels_ = labels(classify(blocks_for(features), features, True))
    assert Label.BODY in labels_


def test_long_repeated_line_is_a_template() -> None:
    # A long line printed three times (a photo's alt text under every picture)
    # is a template: boilerplate, but transparent for the neighbour search.
    block = feat(200, words=30, repeats=3)
    decision = classify_first_pass([*REFERENCE, block], True)[-1]
    assert (decision.label, decision.rule) == (Label.BOILERPLATE, "repeated-template")
    assert first_labels([*REFERENCE, block], Thresholds(repeat_many=4))[-1] is Label.BODY
    template = d(Label.BOILERPLATE, "repeated-template", Kind.NAVIGATION)
    revised = revise([B, template, N, template, X])
    assert revised[2].label is Label.BODY
    label = d(Label.BOILERPLATE, "repeated-line", Kind.NAVIGATION)
    assert revise([B, label, N, label, X])[2].label is Label.BOILERPLATE
