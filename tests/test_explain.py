"""Explanations are exact: contributions plus the baseline give the model's log-odds."""

import html
import json
import math
import re
import unicodedata
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import stance
from stance.explain import CONTRIBUTION_LEGEND, contributions


def logit(p):
    return math.log(p / (1 - p))


def test_explanations_compare_by_their_contents():
    # == raised pandas' "truth value of a DataFrame is ambiguous" (the dataclass's own __eq__
    # compared the tables with ==), so `explanation in explanations` failed.
    model = stance.default_model()
    first, again = model.explain_html("Send tanks to Kyiv."), model.explain_html("Send tanks to Kyiv.")
    other = model.explain_html("We have a one-speed NATO.")
    assert first == again and (first != again) is False
    assert first != other and (first == other) is False
    assert first in [other, again] and [other, again].index(first) == 1
    assert first != model.explain_html("Send tanks to Kyiv.", n=3)  # the same table, another summary
    assert first != "Send tanks to Kyiv."


@pytest.mark.parametrize("text", ["Not one more cent for Kyiv, the minister said.",
                                  "Bring the brigade home from Lithuania.",
                                  "We won't leave Estonia alone.",
                                  "Ministers will meet again in Brussels in February."])
def test_label_contributions_sum_to_the_log_odds(default_model, text):
    explanation = contributions(default_model, text)
    params = default_model.params_
    prediction = default_model.classify(text)
    for label in prediction.labels:
        j = params.labels.index(label)
        spans = explanation.spans[f"label: {label}"]
        # each feature occurrence is listed once per occurrence; sum distinct features once
        table = explanation.table[explanation.table.explains == f"label: {label}"]
        assert table.contribution.sum() == pytest.approx(logit(prediction.scores[label]), abs=1e-9)
        assert table[table.feature == "(baseline)"].contribution.tolist() == [params.target_intercept[j]]
        assert all(text[s:e] for s, e, _ in spans)
    if prediction.stance is not None:
        # the stance rows, its baseline included (intercept and the label's bias), give its log-odds
        rows = explanation.table[explanation.table.explains == f"stance: {prediction.stance}"]
        assert rows.contribution.sum() == pytest.approx(logit(prediction.stance_scores[prediction.stance]), abs=1e-9)
        assert (rows.feature == "(baseline)").sum() == 1


def test_a_softmax_heads_total_is_log_p_less_the_mean_log_p_as_the_readme_says(energy_frame):
    # A data journalist's audit: for a softmax head (and a stance head of three values) the
    # README said only that a head's rows add up to "that value's softmax score", which a
    # reader took for log-odds; the total is log p minus the mean of log p over all values.
    frame = energy_frame.dropna(subset=["labels", "stance"]).reset_index(drop=True)
    frame.loc[::3, "stance"] = "query"  # a third stance value: a softmax stance head
    model = stance.train(frame, stance_column="stance", target_head="softmax", none_label=None, threshold_folds=0)
    assert len(model.params_.stance_classes) == 3 and len(model.labels) == 3
    for text in ("Build more wind farms now.", "Close the reactors.", "Why more gas?"):
        prediction = model.classify(text)
        totals = {label: model.explain(text, label=label).groupby("explains", sort=False).contribution.sum()
                  for label in model.labels}
        labels = np.array([totals[label][f"label: {label}"] for label in model.labels])
        p = np.array([prediction.scores[label] for label in model.labels])
        # (the scores sum to 0: explanations centre the weights, which the fit leaves off by about 1e-7)
        assert labels == pytest.approx(np.log(p) - np.log(p).mean(), abs=1e-12)
        assert np.exp(labels) / np.exp(labels).sum() == pytest.approx(p, abs=1e-9)  # and back
        stance_total = model.explain(text).groupby("explains").contribution.sum()[f"stance: {prediction.stance}"]
        q = np.array(list(prediction.stance_scores.values()))
        assert stance_total == pytest.approx(math.log(prediction.stance_scores[prediction.stance]) - np.log(q).mean(),
                                             abs=1e-6)
        assert math.exp(stance_total) * np.exp(np.log(q).mean()) == pytest.approx(prediction.stance_scores[
            prediction.stance], abs=1e-6)
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for said in (" ".join(readme.split()), " ".join(stance.explain.explain.__doc__.split())):
        assert "minus the mean of" in said and "geometric mean" in said


def test_explain_table_shows_the_words_as_written(default_model):
    table = default_model.explain("Bring the brigade HOME.")
    assert {"explains", "ngram", "feature", "contribution"} == set(table.columns)
    assert "HOME" in table.ngram.tolist() or "brigade HOME" in table.ngram.tolist()
    words = table[~table.feature.isin(["(baseline)", "(other n-grams)"])]
    assert words.groupby("explains").contribution.apply(lambda c: list(c) == sorted(c, reverse=True)).all()


def test_explanation_html_highlights(default_model):
    html = contributions(default_model, "Bring the brigade home.")._repr_html_()
    assert "<span" in html and "brigade" in html


def test_highlights_add_up_to_the_table_and_a_long_text_is_not_all_shown(default_model):
    # Each place a repeated word occurs was highlighted with the feature's whole
    # contribution (three times +57 for "Ukraine, Ukraine, Ukraine."), and a long text put
    # thousands of table rows into the notebook.
    explanation = contributions(default_model, "Ukraine, Ukraine, Ukraine.")
    table = explanation.table.set_index(["explains", "feature"]).contribution
    for head, spans in explanation.spans.items():
        one_word = sum(share for start, end, share in spans if explanation.text[start:end].strip(",.") == "Ukraine")
        # The word's own feature, and for the stance head the opening word's too.
        features = table[head].reindex(["ukrain", "START_ukrain"]).fillna(0)
        assert one_word == pytest.approx(features.sum())
    long_text = " ".join(f"Allies agreed on point {i} of the plan for Kyiv." for i in range(300))
    html = contributions(default_model, long_text)._repr_html_()
    assert html.count("<tr") <= pd.get_option("display.max_rows") + 3


AUDITED = ("We stand united with our allies, and as long as Russia keeps bombing Ukrainian cities we will send more "
           "air defence to Ukraine, keep our brigade in Lithuania and reinforce the battlegroups in the Baltic states, "
           "because deterrence only works if it is credible.")


def _html_rows(page):
    """The (explains, ngram, contribution) rows of an explanation's HTML table."""
    # each row headed by what it explains and its n-gram (pandas' row number named no row)
    headers, cells = r"<th scope=\"row\"[^>]*>([^<]*)</th>\s*", r"<td>([^<]*)</td>\s*"
    row = r"<tr>\s*" + headers * 2 + cells * 2
    return [(head, ngram, float(value)) for head, ngram, _, value in re.findall(row, page)]


def test_a_contribution_is_a_share_of_the_log_odds_not_what_deleting_the_word_changes(default_model, capsys):
    # A journalist's audit: "forward" ranks first for eastern_flank at about +1.3 in this
    # statement, but deleting it barely moves eastern_flank (its neighbours' n-grams go with it
    # and TF-IDF is normalised again), while the docs called contributions "which words pushed
    # which way, and how hard". The docs say what a contribution is, and is not.
    from stance.cli import main
    from stance.explain import CONTRIBUTION_MEANING

    text = ("Let me be plain: I oppose bringing forward the departure of the French company "
            "from Cincu.")
    top = default_model.explain(text, n=1).iloc[0]
    assert (top.explains, top.ngram) == ("label: eastern_flank", "forward") and top.contribution > 1
    moved = (logit(default_model.classify(text).scores["eastern_flank"])
             - logit(default_model.classify(text.replace("forward ", "")).scores["eastern_flank"]))
    assert abs(moved) < top.contribution / 10
    assert "deleting a word also changes its neighbours' n-grams" in CONTRIBUTION_MEANING
    assert CONTRIBUTION_MEANING in default_model.explain_html(text)._repr_html_()
    assert "deleting a word" in stance.explain.explain.__doc__
    with pytest.raises(SystemExit):
        main(["explain", "--help"])
    assert CONTRIBUTION_MEANING in " ".join(capsys.readouterr().out.split())


def test_an_explanations_plain_text_ends_with_a_legend(default_model):
    # A journalist's audit: the plain text showed "deterr 2.153" and "START_deterr -2.151" with
    # no word of what the numbers or the prefixes are, where the HTML has a caption and a key.
    plain = str(default_model.explain_html("Deterrence must be credible."))
    table, legend = plain.split("\n\n")
    assert legend == CONTRIBUTION_LEGEND and "START_deterr" in table
    assert "log-odds" in legend and "START_x: the statement opens with x" in legend.replace("\n", " ")
    assert "\n\n" not in str(default_model.explain_html("   "))  # no table, no legend


@pytest.mark.parametrize("n", [10, 3])
def test_an_explanations_displays_show_every_head_as_explain_does(default_model, n):
    # A data journalist's audit: under the highlighted text of a 44-word statement the table
    # held every n-gram of every head (317 rows) in text order, cut at pandas' 60 rows to its
    # first and last 30, so that label: ukraine_support and label: deterrence were on screen
    # in neither the HTML nor str(), and what was left did not add up to any head's log-odds.
    prediction = default_model.classify(AUDITED)
    explanation = default_model.explain_html(AUDITED, n=n)
    heads = [f"label: {label}" for label in prediction.labels] + [f"stance: {prediction.stance}"]
    assert len(heads) == 4 and len(explanation.table) > 300  # the full table is kept
    pd.testing.assert_frame_equal(explanation.summary, default_model.explain(AUDITED, n=n))
    rows = _html_rows(explanation._repr_html_())
    plain = str(explanation)
    for head in heads:
        kind, name = head.split(": ")
        p = prediction.scores[name] if kind == "label" else prediction.stance_scores[name]
        shown = [(ngram, value) for explains, ngram, value in rows if explains == head]
        assert [ngram for ngram, _ in shown[-2:]] == ["(other n-grams)", "(baseline)"] and len(shown) == n + 2
        assert sum(value for _, value in shown) == pytest.approx(logit(p), abs=(n + 2) * 5e-4)
        assert sum(line.lstrip().startswith(head) for line in plain.splitlines()) == n + 2
    assert [head for head, *_ in rows] == [head for head in heads for _ in range(n + 2)]  # head by head


def test_a_cut_highlight_says_what_the_rest_of_the_text_adds(default_model):
    # Of a long text only the first 2,000 characters are highlighted, and nothing said that
    # the hover values there and the baseline fell short of the head's total.
    from stance.prediction import HTML_TEXT_LIMIT

    text = " ".join(f"Allies agreed on point {i} of the plan for Kyiv." for i in range(300))
    prediction = default_model.classify(text)
    page = default_model.explain_html(text)._repr_html_()
    sections = page.split("<h4")[1:]
    assert len(sections) == len(prediction.labels) + 1
    for section in sections:
        head = re.sub("</?bdi>", "", re.search(r">(.+?)</h4>", section)[1])  # each name isolated in <bdi>
        kind, name = head.split(": ")
        p = prediction.scores[name] if kind == "label" else prediction.stance_scores[name]
        hovers = [float(value) for value in re.findall(r"title='[^']* ([-+][\d.]+)'", section)]
        note = re.search(rf"Only the first {HTML_TEXT_LIMIT - 1:,} of the text's {len(text):,} characters are "
                         r"highlighted\. \(rest of the text\) ([-+]?[\d.]+), the highlighted words' values "
                         r"([-+]?[\d.]+) and \(baseline\) ([-+]?[\d.]+) add up to ([-+]?[\d.]+)", section)
        rest, highlighted, baseline, total = map(float, note.groups())
        assert highlighted == pytest.approx(sum(hovers), abs=len(hovers) * 5e-4)  # each rounded to 0.001
        assert total == pytest.approx(logit(p), abs=1e-3) and rest + highlighted + baseline == pytest.approx(total,
                                                                                                              abs=2e-3)
        assert abs(rest) > 0.1  # the rest of this text is most of it: its n-grams count
    assert "Only the first" not in default_model.explain_html("Bring the brigade home.")._repr_html_()


def test_top_features(default_model):
    table = default_model.top_features("ukraine_support", n=5)
    assert len(table) == 5 and np.all(np.diff(table.weight) <= 0)
    with pytest.raises(ValueError, match="not one of the model's labels"):
        default_model.top_features("climate")


def test_top_features_are_only_features_that_push_towards_the_label():
    # A fact-checker's audit: top_features("wind") of a six-row model listed, after the 13
    # n-grams of its wind rows, NOT_farm and START_build at weight 0.0 (features only the
    # stance head reads, the second from a nuclear row), as features of wind; with n past
    # the positive weights, the n-grams of other labels' rows followed at negative weights.
    import stance

    model = stance.StanceModel(threshold_folds=0).fit(
        ["more wind power now", "no wind farms here", "build reactors", "close the reactors", "hello there",
         "thanks all"],
        ["wind", "wind", "nuclear", "nuclear", "none", "none"], ["pro", "con", "pro", "con", None, None])
    wind_rows = {"more", "wind", "power", "now", "no", "farm", "here", "more wind", "wind power", "power now",
                 "no wind", "wind farm", "farm here"}
    for n in (20, 1000):
        table = model.top_features("wind", n=n)
        assert set(table.feature) == wind_rows and (table.weight > 0).all()
        assert table.feature.iloc[0] == "wind"  # in both rows, the largest
    assert model.top_features("wind", n=3).feature.tolist()[0] == "wind"


def test_explain_shows_the_strongest_contributions_either_way(default_model):
    text = "We will never, ever abandon Ukraine, and no one in this Alliance should doubt our support."
    full = contributions(default_model, text).table
    for n in (3, 6):
        shown = default_model.explain(text, n=n)
        for head, rows in full[full.feature != "(baseline)"].groupby("explains"):
            strongest = rows.contribution.abs().sort_values(ascending=False).iloc[:n]
            picked = shown[(shown.explains == head) & ~shown.feature.isin(["(baseline)", "(other n-grams)"])]
            picked = picked.contribution
            assert sorted(picked.abs().round(12)) == sorted(strongest.round(12))
    assert (default_model.explain(text, n=1000).contribution < 0).any()  # counter-evidence is shown
    assert (shown.feature == "(baseline)").sum() == shown.explains.nunique()  # one per head, whatever n


def test_explain_of_a_long_text_reads_each_distinct_word_once_and_answers_as_before(default_model, monkeypatch):
    # explain() read every whitespace-separated word of the text anew and built a highlight
    # for every occurrence of every n-gram, which its table never shows: on 1.95 MB of one
    # sentence repeated it took 22 times classify's time and 4 times its memory. Each distinct
    # word is now read once, and the table is built from each n-gram's first occurrence.
    import stance.explain as explaining
    from stance.explain import surface_terms

    text = " ".join([f"{AUDITED} Point {i % 40}: don't leave l'Ukraine alone, @nato.int." for i in range(120)])
    calls = []
    token_spans = explaining._token_spans
    monkeypatch.setattr(explaining, "_token_spans", lambda chunk, *args, **kwargs: calls.append(chunk) or
                        token_spans(chunk, *args, **kwargs))
    prediction = default_model.classify(text)
    for label, n in ((None, 10), ("unity", 3)):
        calls.clear()
        table = default_model.explain(text, n=n, label=label)
        assert sorted(calls) == sorted(set(text.split()))  # each distinct word read once
        # As the explanation that keeps every occurrence's highlight gives it (its table and summary)...
        whole = contributions(default_model, text, label=label, n=n)
        pd.testing.assert_frame_equal(table, whole.summary)
        for head, spans in whole.spans.items():  # ...whose highlights add up to its rows
            rows = whole.table[(whole.table.explains == head) & (whole.table.feature != "(baseline)")]
            assert sum(share for _, _, share in spans) == pytest.approx(rows.contribution.sum())
        for head, rows in table.groupby("explains", sort=False):  # and to the log-odds
            kind, name = head.split(": ")
            p = (prediction.scores[name] if kind == "label" else
                 prediction.stance_scores[name] if label is None else stance.explain.stance_under(
                     default_model, text, label)[1])
            assert rows.contribution.sum() == pytest.approx(logit(p), abs=1e-9)
    # Each n-gram once, in the order it first occurs, shown as written where it first does.
    options = default_model.params_.analysis_options
    first = {}
    for feature, start, end in surface_terms(text, **options):
        first.setdefault(feature, text[start:end])
    rows = whole.table[whole.table.explains == whole.table.explains.iloc[0]]
    words = rows[rows.feature != "(baseline)"]
    assert words.feature.tolist() == [f for f in first if f in set(words.feature)]
    assert words.ngram.tolist() == [first[f] for f in words.feature]


def test_explain_of_a_long_chunk_of_one_word_repeated_reads_that_word_once(default_model, monkeypatch):
    # A performance audit: explain("NATO-" * 200_000) took 4 s where classify took 0.19 s: a
    # text without whitespace is one chunk, whose every word was normalised anew (200,003 calls
    # for one distinct word) and folded a character at a time. Each distinct word of a chunk is
    # now read once, and the answer is as before: each occurrence where it is written.
    import stance.explain as explaining
    from stance.explain import surface_terms
    from stance.text import folded_with_origins

    calls = []
    normalize = explaining.normalize
    monkeypatch.setattr(explaining, "normalize", lambda word, *args, **kwargs: calls.append(word) or
                        normalize(word, *args, **kwargs))
    text = "NATO-" * 1000
    table = default_model.explain(text, n=1000)
    assert sorted(set(calls)) == calls == ["nato"]  # one word: read once
    assert set(table[table.feature == "nato"].ngram) == {"NATO"}
    options = default_model.params_.analysis_options
    assert [(f, s, e) for f, s, e in surface_terms(text, **options) if f == "nato"] == \
        [("nato", i, i + 4) for i in range(0, len(text), 5)]
    # An ASCII chunk is folded whole, as a character at a time (which a character past ASCII asks for).
    for chunk in ("NATO-NATO's", "Don't-`leave`-z`v", "a_" * 50 + "@NATO.int"):
        for apostrophes in (False, True):
            folded, origins = folded_with_origins(chunk + "é", apostrophes)
            assert folded_with_origins(chunk, apostrophes) == (folded[:-1], origins[:-1])


@pytest.mark.parametrize("n", [1, 3, 10])
def test_explain_rows_add_up_to_the_log_odds_whatever_n(default_model, n):
    # With n=10 the rows fell short of the log-odds; "(other n-grams)" now sums the rest.
    text = "Doesn't that show that the Alliance is divided, and that our troops in Estonia should come home?"
    prediction = default_model.classify(text)
    table = default_model.explain(text, n=n)
    for head, rows in table.groupby("explains", sort=False):
        kind, name = head.split(": ")
        p = prediction.scores[name] if kind == "label" else prediction.stance_scores[name]
        assert rows.contribution.sum() == pytest.approx(logit(p), abs=1e-9)
        assert rows.feature.tolist()[-1] == "(baseline)"


def test_explain_a_label_that_was_not_predicted(default_model):
    text = "Germany will send two more Patriot systems and three billion euros."
    prediction = default_model.classify(text)
    other = next(label for label in default_model.labels if label not in prediction.labels and label != "none")
    table = default_model.explain(text, n=1000, label=other)
    heads = table.explains.unique().tolist()
    assert heads[0] == f"label: {other}"
    assert table[table.explains == heads[0]].contribution.sum() == pytest.approx(logit(prediction.scores[other]))
    # the stance it would get under that label, and its rows add up to that stance's log-odds
    assert len(heads) == 2 and heads[1].startswith(f"stance were {other} the label: ")
    with pytest.raises(ValueError, match="not one of the model's labels"):
        default_model.explain(text, label="climate")


def test_a_label_typed_decomposed_is_the_models_label(capsys, tmp_path):
    # A label pasted decomposed ("unite\u0301", as macOS and PDFs give it) looks the same as
    # the model's "unité" and was refused as "not one of the model's labels ['unité', …]"
    # (an audit); in another case it is still another label.
    from stance.cli import main

    frame = pd.DataFrame({"text": [f"L'OTAN est unie et solidaire, point {i}." for i in range(12)]
                          + [f"Il faut livrer des armes à Kyiv, point {i}." for i in range(12)],
                          "labels": ["unité"] * 12 + ["ukraine"] * 12})
    model = stance.train(frame, none_label=None, threshold_folds=0)
    decomposed = unicodedata.normalize("NFD", "unité")
    assert decomposed != "unité"
    table = model.explain("L'OTAN est unie.", label=decomposed)
    assert table.explains.unique().tolist() == ["label: unité"]
    assert model.top_features(decomposed, n=3).equals(model.top_features("unité", n=3))
    with pytest.raises(stance.InvalidInputError, match="did you mean 'unité'"):
        model.explain("L'OTAN est unie.", label="Unité")
    model.save(tmp_path / "m")
    assert main(["explain", "--model", str(tmp_path / "m"), "--label", decomposed, "-n", "1", "--json",
                 "L'OTAN est unie."]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["explained"]["label"] == "unité"
    assert record["explained"]["probability"] == pytest.approx(record["prediction"]["scores"]["unité"])


def test_the_stance_explained_under_another_label_says_so(default_model):
    # A methodologist: explain(text, label="unity") labelled its stance block "stance:
    # against", whose total was the stance the statement would get were unity its label,
    # which matched nothing classify reported (the CLI said "stance were it the label").
    from stance.explain import stance_under

    text = "Germany will send two more Patriot systems and three billion euros."
    prediction = default_model.classify(text)
    assert prediction.label != "unity"
    stance, probability = stance_under(default_model, text, "unity")
    table = default_model.explain(text, n=1000, label="unity")
    heads = table.explains.unique().tolist()
    assert heads == ["label: unity", f"stance were unity the label: {stance}"]
    assert table[table.explains == heads[1]].contribution.sum() == pytest.approx(logit(probability), abs=1e-9)
    # The HTML explanation's headings say the same.
    assert list(contributions(default_model, text, label="unity").spans) == heads
    # Asked of the predicted label, the stance is the one predicted, and still said to be its.
    table = default_model.explain(text, label=prediction.label)
    assert table.explains.unique().tolist()[-1] == f"stance were {prediction.label} the label: {prediction.stance}"


def test_blank_text_is_none_by_rule_and_has_nothing_to_explain(default_model):
    assert default_model.explain("   ").empty and contributions(default_model, "").spans == {}


def test_an_explanation_table_says_why_a_flagged_text_has_little_or_nothing_to_explain(default_model):
    # explain("") gave an empty DataFrame and nothing else, where the command line prints
    # "(nothing to explain: blank text)" and the HTML names the flag.
    for text, flag in [("   ", "empty"), ("zzqx blorf", "no_known_words"),
                       ("zzqx blorf wibble NATO", "many_unknown_words")]:
        table = default_model.explain(text)
        assert table.attrs["flag"] == flag == default_model.classify(text).flag
        assert table.attrs["flag_reason"] and table.attrs["flag_reason"] in str(contributions(default_model, text))
    assert default_model.explain("We stand together with our allies.").attrs == {}  # nothing to say


def test_explain_many_gives_each_rows_explanation_keyed_by_its_index_as_explain_does_text_by_text(
        default_model, corpus_frame):
    # A researcher explaining many rows wrote pd.concat({i: m.explain(t) for i, t in
    # s.text.items()}, names=["row"]) (1,000 rows, 15.6 s) and dropped missing rows by hand first,
    # as explain(NaN) raises. explain_many takes what score takes and gives explain's rows for
    # each text, under the input's index, with the prediction's flag.
    texts = [*corpus_frame.text.iloc[:40].tolist(), "zzqx blorf", "zzqx blorf wibble NATO"]
    data = pd.DataFrame({"speaker": range(len(texts)), "text": texts},
                        index=pd.Index([f"r{i}" for i in range(len(texts))], name="row"))
    for n, label in [(10, None), (2, None), (3, "unity")]:
        explained = default_model.explain_many(data, n=n, label=label)
        assert list(explained.columns) == ["explains", "ngram", "feature", "contribution", "flag", "statement"]
        assert explained.index.name == "row" and list(dict.fromkeys(explained.index)) == data.index.tolist()
        for row, text in data.text.items():
            one = default_model.explain(text, n=n, label=label)
            pd.testing.assert_frame_equal(explained.loc[[row]].drop(columns=["flag", "statement"]).reset_index(
                drop=True), one, check_exact=True)
            assert explained.loc[[row], "flag"].tolist() == [default_model.classify(text).flag] * len(one)
    assert set(explained.flag) == {None, "no_known_words", "many_unknown_words"}


def test_explain_many_reads_each_word_as_written_once_across_its_rows_and_answers_as_explain_does(
        default_model, monkeypatch):
    # The scale audit: explain_many ran 554 rows/s, 25 times slower than scoring, most of it
    # finding each row's words where they are written (_token_spans), again for every row that
    # repeats a word. Now a word as written ("NATO", "united.") is read once a call: these rows
    # hold four different ones ("NATO", "stands", "united.", "firm."), which were read 9 times.
    import stance.explain as explain_module

    reads: list[str] = []
    token_spans = explain_module._token_spans
    monkeypatch.setattr(explain_module, "_token_spans", lambda chunk, *a, **k: reads.append(chunk) or token_spans(
        chunk, *a, **k))
    texts = ["NATO stands united.", "NATO stands firm.", "NATO stands united."]
    explained = default_model.explain_many(texts, n=3)
    assert sorted(reads) == sorted(["NATO", "stands", "united.", "firm."])
    # A word longer than KNOWN_CHUNK_LENGTH is not kept from one row to the next, and a memory past
    # KNOWN_CHUNKS words is let go of: read again, the rows are the same as explain's, one by one.
    long_word = "NATO-" * 20  # 100 characters
    assert len(long_word) > explain_module.KNOWN_CHUNK_LENGTH
    reads.clear()
    default_model.explain_many([f"Stand by {long_word}", f"Stand by {long_word}"], n=3)
    assert reads.count(long_word) == 2 and reads.count("Stand") == 1
    for remembered in (2, 10_000):  # forgotten after every row but the first, and never
        monkeypatch.setattr(explain_module, "KNOWN_CHUNKS", remembered)
        again = default_model.explain_many(texts, n=3)
        for row, text in enumerate(texts):
            one = default_model.explain(text, n=3)
            pd.testing.assert_frame_equal(again.loc[[row]].drop(columns=["flag", "statement"]).reset_index(
                drop=True), one, check_exact=True)
        assert again.equals(explained)


def test_explain_many_answers_missing_and_blank_rows_as_score_does_not_with_an_error(default_model, capsys):
    # explain(NaN) raises, so a column with a gap could not be explained in one call; a row
    # that score answers by rule (none, flagged) is one row here with that flag and nothing
    # explained.
    texts = ["Bring the brigade home.", np.nan, "   ", None, 42, "We stand together."]
    data = pd.Series(texts, index=[10, 20, 30, 40, 50, 60], name="speech")
    explained = default_model.explain_many(data, n=2)
    scored = stance.score(data)
    for row in data.index:
        rows = explained.loc[[row]]
        if scored.flag[row] in ("missing", "empty", "not_text"):
            assert len(rows) == 1 and rows.flag.tolist() == [scored.flag[row]]
            assert rows.explains.tolist() == rows.ngram.tolist() == rows.feature.tolist() == [None]
            assert rows.contribution.isna().all()
        else:
            assert rows.flag.tolist() == [scored.flag[row]] * len(rows) and len(rows) > 2
    assert explained.loc[[10]].reset_index(drop=True).drop(columns=["flag", "statement"]).equals(
        default_model.explain("Bring the brigade home.", n=2))
    # a list is indexed from 0, as score indexes it; a bare str is refused, as score refuses it,
    # pointing to explain (score's refusal pointed to classify, which explains nothing)
    assert list(dict.fromkeys(default_model.explain_many(["Send tanks.", ""]).index)) == [0, 1]
    with pytest.raises(stance.InvalidTypeError, match=r"got a single str; wrap it in a list \(from R: as\.list\(x\)\), "
                       r"or use model\.explain\(\) for one statement$"):
        default_model.explain_many("Send tanks.")
    with pytest.raises(stance.InvalidInputError, match="n must be a positive int"):
        default_model.explain_many(["Send tanks."], n=0)
    # a progress bar when asked, none for a few rows unasked
    capsys.readouterr()
    default_model.explain_many(["Send tanks."] * 3)
    assert capsys.readouterr().err == ""
    default_model.explain_many(["Send tanks."] * 3, progress=True)
    assert "explaining: 100%" in capsys.readouterr().err


def test_explain_many_reads_a_file_in_the_encoding_given_as_score_does(default_model, tmp_path):
    # A README check: explain_many takes a file as score does, and its own error for a cp1252 file
    # said "pass the file's real encoding, e.g. encoding='cp1252'", but it had no encoding=
    # (TypeError). It now reads the file as score reads it.
    path = tmp_path / "excel.csv"
    path.write_bytes("text\n\"Caf\u00e9 owners: we don\u2019t want NATO split.\"\n".encode("cp1252"))
    with pytest.raises(stance.InvalidInputError, match="encoding='cp1252'"):
        default_model.explain_many(path)
    text = "Caf\u00e9 owners: we don\u2019t want NATO split."
    for explained in (default_model.explain_many(path, n=2, encoding="cp1252"),
                      stance.explain.explain_many(default_model, str(path), n=2, encoding="cp1252")):
        pd.testing.assert_frame_equal(explained.drop(columns=["flag", "statement"]).reset_index(drop=True),
                                      default_model.explain(text, n=2), check_exact=True)
    with pytest.raises(TypeError):  # keyword-only, as score's
        default_model.explain_many(path, 2, None, "text", None, "cp1252")

def test_explain_many_says_by_position_which_statement_each_row_explains_when_the_index_repeats(default_model):
    # A README check: two statements under one index label (7, 7, as score keeps it) gave twelve
    # rows that nothing told apart, and the README's join on the index paired each with both
    # speakers (24 rows, "Ukraine" said by a and b). A statement column gives each row's
    # position in the input, which iloc and a join take exactly.
    texts = ["We stand together in NATO.", None, "Send more weapons to Ukraine now."]
    data = pd.DataFrame({"text": texts, "speaker": ["a", "b", "c"]}, index=[7, 7, 7])
    explained = default_model.explain_many(data, n=1)
    assert explained.statement.dtype == np.int64 and (explained.index == 7).all()
    for position, text in enumerate(texts):
        rows = explained[explained.statement == position].drop(columns=["flag", "statement"]).reset_index(drop=True)
        if text is None:
            assert rows.explains.tolist() == [None]
        else:
            pd.testing.assert_frame_equal(rows, default_model.explain(text, n=1), check_exact=True)
    assert explained.statement.tolist() == sorted(explained.statement) and set(explained.statement) == {0, 1, 2}
    joined = explained.join(data[["speaker"]].reset_index(drop=True), on="statement")
    assert len(joined) == len(explained) and (joined.speaker == data.speaker.iloc[explained.statement].to_numpy()).all()
    assert set(joined[joined.ngram == "Ukraine"].speaker) == {"c"}
    # a list and nothing at all: positions from 0, and an int column even when empty
    assert default_model.explain_many(["", "Send tanks."], n=1).statement.tolist() == [0] + [1] * len(
        default_model.explain("Send tanks.", n=1))
    assert default_model.explain_many([]).statement.dtype == np.int64

def test_the_readmes_join_on_statement_works_on_a_documents_sentences_and_a_plain_frame(default_model):
    # A journalist's audit: doc.sentences' index is named "statement", and explain_many kept that
    # name beside its own statement column, so the README's join raised "'statement' is both an
    # index level and a column label, which is ambiguous".
    doc = stance.score_document("Q: Will you stay?\nRUTTE: We stand with Ukraine. Bring the brigade home.")
    plain = pd.DataFrame({"text": doc.sentences["text"].tolist(), "speaker": doc.sentences["speaker"].tolist()},
                         index=pd.Index([3, 3, 5], name="row"))
    for df in (doc.sentences, plain):
        explained = default_model.explain_many(df, n=3)
        joined = explained.join(df[["speaker"]].reset_index(drop=True), on="statement")  # the README's, as written
        assert len(joined) == len(explained)
        assert joined.speaker.tolist() == [["Q", "RUTTE", "RUTTE"][at] for at in explained.statement]
        assert (explained.index == df.index[explained.statement]).all()  # the input's index, as score keeps it
    assert explained.index.name == "row"  # a name no column has is kept
    assert default_model.explain_many(doc.sentences, n=1).index.name is None


def test_the_highlights_key_says_the_colours_push_towards_and_away_from_the_heading(default_model):
    # A fact-checker read a red word under "stance: against" as evidence for against; it pushed
    # towards favor. And the hover value (with shares of word pairs) differed from the table's.
    page = default_model.explain_html("Bring the brigade home.")._repr_html_()
    key = page.split("<h4")[0]
    assert "towards it" in key and "away from it" in key and "word pair" in key


def test_a_value_that_rounds_to_zero_reads_0_000_unshaded(default_model):
    # An audit for accessibility: "to" of a long paragraph pushed -0.0004 under stance: favor,
    # and was shaded red, underlined dotted and read out as "to -0.000", a push away that was none.
    from stance.explain import BASELINE, Explanation

    text = ("Mr Healey: Ukraine needs more air defence systems this summer, and we must deliver them faster "
            "than we have so far. We will defend every inch of allied territory, and our deterrence must be "
            "credible on land, at sea and in the air. Not one more cent for Kyiv while our own hospitals are "
            "short of nurses, the opposition leader said. NATO must remain united in the face of Russian "
            "aggression, and every ally has a part to play in that unity. The eastern flank is where the "
            "alliance is tested, so we are sending another brigade to Lithuania.")
    page = default_model.explain_html(text)._repr_html_()
    assert "-0.000" not in page and "+0.000" not in page and "<span role='img'" in page
    # The plain table, the HTML table and a long text's note, of a head whose values are all tiny.
    rows = [{"explains": "stance: favor", "ngram": "to", "feature": "to", "contribution": -0.0004},
            {"explains": "stance: favor", "ngram": BASELINE, "feature": BASELINE, "contribution": 0.0001}]
    long = "to " * 700  # past the 2,000 characters highlighted
    explanation = Explanation(long, pd.DataFrame(rows), {"stance: favor": [(0, 2, -0.0004)]})
    page = explanation._repr_html_()
    assert "<span role='img'" not in page and "-0.000" not in page and "-0.0<" not in page
    assert "(rest of the text) 0.000, the highlighted words' values 0.000 and (baseline) 0.000 add up to 0.000" in page
    table = str(explanation).removesuffix(f"\n\n{CONTRIBUTION_LEGEND}")  # the legend under it
    assert table.split("\n")[-2].split() == ["stance:", "favor", "to", "to", "0.0"]


def _wcag_contrast(a, b):
    """The WCAG 2 contrast ratio of two (r, g, b) colours of 0 to 255."""
    def luminance(rgb):
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _css_colour(value, page):
    """A CSS colour (#rgb, #rrggbb or rgba(…)) as (r, g, b), composited over ``page``."""
    value = value.strip()
    if value.startswith("rgba("):
        *rgb, alpha = (float(v) for v in value[5:-1].split(","))
        return tuple(alpha * c + (1 - alpha) * p for c, p in zip(rgb, page))
    digits = value[1:] if len(value) == 7 else "".join(2 * d for d in value[1:])
    return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))


@pytest.mark.parametrize("page, theme_text", [((255, 255, 255), (0, 0, 0)),  # a light theme
                                              ((30, 30, 30), (204, 204, 204))])  # VS Code's dark theme
def test_highlighted_words_meet_wcag_text_contrast_on_a_light_and_a_dark_page(default_model, page, theme_text):
    # A highlight set a translucent background, rgba(46,160,67,0.75), and no text colour: on
    # a dark theme's page the theme's light text sat on a dark green at 3.10:1 (red 4.05:1),
    # short of WCAG AA's 4.5:1. Each highlighted word sets its own text colour now.
    from stance.explain import highlight_html

    pages = [default_model.explain_html("Another blank cheque for Kyiv while our hospitals wait.")._repr_html_(),
             highlight_html("allies abandon", [(0, 6, 5.0), (7, 14, -5.0)])]  # the strongest of each way
    styles = [style for page_html in pages for style in re.findall(r"<span role='img'[^>]*style='([^']*)'", page_html)]
    strongest = {sign: False for sign in "+-"}
    for style in styles:
        css = dict(part.split(":", 1) for part in style.split(";") if part)
        background = _css_colour(css["background"], page)
        text = _css_colour(css["color"], background) if "color" in css else theme_text
        assert _wcag_contrast(text, background) >= 4.5, (style, page)
        strongest["+-"["dotted" in css["text-decoration"]]] |= css["background"] in ("#62b872", "#e16b76")
    assert all(strongest.values())  # the full shade of each way was among them


def test_the_highlights_key_accounts_for_each_hover_value_with_negation_marks(default_model):
    # A fact-checker's audit: the key said a word's hover value was its own contribution plus
    # shares of the word pairs it is part of; "think" of "I do not think the alliance is
    # divided." showed +0.250 under stance: against, where that rule gives +0.022, for it also
    # holds shares of NOT_think, NOT_the and NOT_allianc, which run from "not" to their word.
    text = "I do not think the alliance is divided."
    explanation = contributions(default_model, text)
    page = explanation._repr_html_()
    key = page.split("<h4")[0]
    assert "NOT_" in key and "from the negation to the word" in key
    head = f"stance: {default_model.classify(text).stance}"
    section = page.split(f"stance: <bdi>{default_model.classify(text).stance}</bdi></h4>")[1].split("</p>")[0]
    shown = {word: float(value) for word, value in re.findall(r"title='(\w+) ([-+][\d.]+)'", section)}
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    rows = explanation.table[explanation.table.explains == head]
    expected = dict.fromkeys(shown, 0.0)
    for ngram, feature, value in zip(rows.ngram, rows.feature, rows.contribution):
        if feature == "(baseline)":
            continue
        start = text.index(ngram)  # each n-gram of this text is written once
        inside = [word for word, s, e in words if s >= start and e <= start + len(ngram)]
        for word in inside:  # own (and the opening word's mark) whole; a pair or a mark shared
            expected[word] += value / len(inside)
    # 0.340 with the bundled model of 0.14.0, 0.266 with 0.13.0's, 0.264 with 0.12.0's, 0.250 with 0.5.0's
    assert shown["think"] == pytest.approx(0.391, abs=1e-3)
    assert shown == pytest.approx(expected, abs=1e-3)


def test_the_explanation_of_a_long_text_is_shown_cut_as_a_prediction_is(default_model):
    # A whole article went into the notebook highlighted word by word (1.4 MB of HTML for
    # 100,000 characters), and its plain-text form printed the article and every row.
    from stance.prediction import HTML_TEXT_LIMIT

    article = " ".join(f"Allies agreed on point {i} of the plan for Kyiv." for i in range(2_000))
    explanation = contributions(default_model, article)
    page = explanation._repr_html_()
    first = re.sub(r"<[^>]+>", "", page.split("</h4>")[1].split("</p>")[0])  # the first head's text
    # (a word's value, for a screen reader too, and its underline take 114 KB for 2,000 characters)
    assert len(page) < 150_000 and first == article[: HTML_TEXT_LIMIT - 1] + "…"
    with pd.option_context("display.max_rows", 20):
        shown = str(explanation).removesuffix(f"\n\n{CONTRIBUTION_LEGEND}")  # the legend under it
    assert len(shown.splitlines()) < 30 and len(shown) < HTML_TEXT_LIMIT + 5_000
    assert len(explanation.table) > 100 and explanation.text == article  # the data keeps all of it


def test_a_character_of_a_million_accents_is_cut_in_every_display(default_model):
    # An audit: a letter under a million combining accents is one grapheme cluster, and the
    # cut at 2,000 characters kept clusters whole, so a Prediction's HTML, an explanation's
    # HTML and its plain text each held all million code points (a megabyte).
    from stance.graphemes import CLUSTER_CAP, cut
    from stance.prediction import HTML_TEXT_LIMIT

    bound = HTML_TEXT_LIMIT + CLUSTER_CAP
    accents = "a" + "\u0301" * 1_000_000
    family = "\U0001f468\u200d" * 5_000 + "\U0001f468"  # a ZWJ sequence of 5,001 men
    for text in (accents, family):
        shown = cut(text, HTML_TEXT_LIMIT)
        assert len(shown) <= bound and shown.endswith("…") and text.startswith(shown[:-1])
    assert len(default_model.classify(accents)._repr_html_()) < bound + 5_000
    explanation = default_model.explain_html(accents)
    assert len(explanation._repr_html_()) < bound + 5_000 and len(str(explanation)) < bound + 5_000
    # a cluster a reader writes is still whole: a letter under 30 accents, a family of four in skin tones
    family_of_four = "\u200d".join(man + "\U0001f3fd" for man in "\U0001f468\U0001f469\U0001f467\U0001f466")
    for cluster in ("a" + "\u0301" * 30, family_of_four):
        assert cut("x" * 69 + cluster + "yz", 70) == "x" * 69 + "…"
        assert cut("x" * 68 + cluster + "yz", 70) == "x" * 68 + cluster + "…"


@pytest.mark.parametrize(("separator", "escaped"), [("\u2028", "\\u2028"), ("\x85", "\\x85"), ("\x0c", "\\x0c")])
def test_an_ngram_across_a_line_break_keeps_its_table_row_on_one_line(default_model, separator, escaped):
    # A user audit: the n-gram "two\u2028Line" of "Line two\u2028Line three" was printed raw in
    # explain_html's plain text, so its row split over two lines (str.splitlines() ends a line
    # at a line separator, NEL and a form feed). It is escaped, as Python writes it.
    text = f"Line two{separator}Line three"
    explanation = default_model.explain_html(text)
    assert f"two{separator}Line" in explanation.table.ngram.tolist()  # the data keeps the words as written
    rows = str(explanation).removesuffix(f"\n\n{CONTRIBUTION_LEGEND}").split("\n")[1:]  # below the text, as written
    assert len(rows) == len(explanation.table) + 1 and all(len(row.splitlines()) == 1 for row in rows)
    assert sum(f"two{escaped}Line" in row for row in rows) == 1
    # beside a lone surrogate (which classify takes, and an Arrow string column refuses), itself
    # escaped, as the command line writes it: raw, the text could not be printed as UTF-8
    assert f"two{escaped}\\ud800 Line" in str(default_model.explain_html(f"Line two{separator}\ud800 Line three"))


def test_an_explanations_plain_text_writes_the_statement_escaped_as_the_command_line_does(default_model):
    # A notebook user's audit: str(model.explain_html(text)) wrote the statement above its table raw,
    # so a right-to-left override (U+202E) reversed the rest of its line and ESC[31m turned the
    # terminal red, where the README says the plain text escapes them as the HTML views and
    # `stance explain` do (its test, test_cli's, knows the line below). The data keep the text.
    text = "NATO must stay \x1b[31munited\x1b[0m.\nAnd help Ukraine\u2028now \u202eevil\u202c."
    explanation = default_model.explain_html(text)
    for shown in (str(explanation), repr(explanation)):
        assert "\x1b" not in shown and "\u202e" not in shown and "\u2028" not in shown
        assert shown.split("\n")[0] == ("NATO must stay \\x1b[31munited\\x1b[0m.\\nAnd help Ukraine\\u2028now "
                                        "\\u202eevil\\u202c.")
    assert explanation.text == text and default_model.classify(text).text == text
    # A prediction's plain text shows no statement: its label (str) and a repr of names, as Python writes them.
    prediction = default_model.classify(text)
    assert str(prediction) == prediction.label and "\x1b" not in repr(prediction) and "\u202e" not in repr(prediction)


def test_explain_lists_the_primary_label_first_as_the_prediction_does(default_model):
    # The heads came in alphabetical order, so a statement whose primary label sorts after
    # its second one was explained second label first.
    # The first challenge statement the bundled model gives such labels ("Some say that
    # forward-deployed brigades provoke Moscow." was one until a rebuild gave it one label).
    from stance.tables import read_table

    texts = read_table(Path(__file__).resolve().parent.parent / "datasets" / "challenge").text.tolist()
    text, prediction = next((text, prediction) for text, prediction in zip(texts, default_model.classify_many(texts))
                            if len(prediction.labels) > 1 and prediction.labels[0] > prediction.labels[1])
    heads = default_model.explain(text).explains.unique().tolist()
    assert heads == [f"label: {label}" for label in prediction.labels] + [f"stance: {prediction.stance}"]


def test_a_huge_label_is_quoted_cut(default_model):
    # A user audit: model.explain(text, label=H) with a 10 MB H put all of it in the message.
    import stance

    with pytest.raises(stance.InvalidInputError) as raised:
        default_model.explain("NATO must stay united.", label="x" * 1_000_000)
    assert str(raised.value).startswith("label '" + "x" * 100 + "…' is not one of the model's labels [")
    assert len(str(raised.value)) < 500


def test_a_label_given_as_a_number_is_named_as_the_str_it_should_be():
    # model.explain(text, label=104) said only "label 104 is not one of the model's labels
    # ['0', '104', '501']", which reads as a contradiction.
    import stance

    frame = pd.DataFrame({"text": [f"text {i} about w{c} number {i}" for i in range(30) for c in (0, 104, 501)],
                          "labels": [str(c) for i in range(30) for c in (0, 104, 501)]})
    model = stance.train(frame, none_label="0")
    for label in (104, 104.0):
        # A TypeError, as none_label=0 and favor=1 are; a ValueError still, as it was.
        with pytest.raises(TypeError, match=r"labels are str: pass label='104'$") as raised:
            model.explain("text about w104", label=label)
        assert isinstance(raised.value, stance.LabelTypeError) and isinstance(raised.value, ValueError)
    with pytest.raises(stance.InvalidInputError, match=r"^label 7 is not one of the model's labels "
                                                       r"\['0', '104', '501'\] \(labels are str\)$"):
        model.explain("text about w104", label=7)
    with pytest.raises(stance.InvalidInputError, match=r"labels are str: pass label='501'$"):
        stance.explain.top_features(model, 501)
    assert model.explain("text about w104", label="104").explains.iloc[0] == "label: 104"


def test_the_ngram_column_shows_the_words_without_the_punctuation_around_them():
    # The ngram column held the whitespace-separated piece a feature came from, quotes,
    # commas and brackets included: taurus showed "Taurus-Marschflugkörper“," and START_wir
    # "„Wir", which cannot go into a paper's table.
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    text = "„Wir liefern keine Taurus-Marschflugkörper“, sagt er (heute)."
    terms = surface_terms(text, 2, "german", negation=True, opening=True)
    shown = {feature: text[start:end] for feature, start, end in terms}
    assert shown["START_wir"] == shown["wir"] == "Wir"
    assert shown["taurus"] == "Taurus" and shown["marschflugkorp"] == "Marschflugkörper"
    assert shown["taurus marschflugkorp"] == "Taurus-Marschflugkörper"
    assert shown["marschflugkorp sagt"] == "Marschflugkörper“, sagt"
    assert shown["heut"] == "heute" and shown["NOT_taurus"] == "keine Taurus"
    assert [f for f, _, _ in terms] == make_analyzer(2, "german", negation=True, opening=True)(text)
    # The tokenizer cuts an elided article off its word: the word is shown without it.
    french = "Nous soutenons l'Ukraine, l’OTAN aussi."
    terms = surface_terms(french, 1, "french", apostrophes=True)
    assert [french[s:e] for _, s, e in terms] == ["Nous", "soutenons", "l", "Ukraine", "l", "OTAN", "aussi"]
    assert [f for f, _, _ in terms] == make_analyzer(1, "french", apostrophes=True)(french)


@pytest.mark.parametrize("text", [
    "Don't—we won't! Ukraine's (\"Taurus\") ﬁnds İSTANBUL deter\u00adrence; 2,000 troops, 3.5%…",
    "«Jamais» : l'OTAN n'attendra pas, c'est-à-dire qu’aujourd’hui [sic] 5 % !",
    "Ο ΝΑΤΟΣ δεν — e\u0301te x2won't isn't—not",
    unicodedata.normalize("NFD", "«Sécurité» : à l’armée, qu’aujourd’hui Ελλάδα, İSTANBUL‘é‘x 5 %é!"),
])
def test_the_ngram_column_has_every_feature_once_per_occurrence_and_no_outer_punctuation(text):
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    for stem in (True, False, "french"):
        terms = surface_terms(text, 3, stem, negation=True, opening=True, apostrophes=True)
        assert [f for f, _, _ in terms] == make_analyzer(3, stem, negation=True, opening=True, apostrophes=True)(text)
        for feature, start, end in terms:
            shown = text[start:end]
            # A decomposed accent (NFD) ends a word: "é" is "e" and U+0301.
            last = shown.rstrip("".join(c for c in shown if unicodedata.category(c).startswith("M")))[-1:]
            assert shown and all(c.isalnum() or c == "%" for c in (shown[0], last)), (feature, shown)


def test_the_highlights_underline_the_words_not_the_punctuation_around_them(default_model):
    html = contributions(default_model, "“Ukraine,” they said (again).")._repr_html_()
    highlighted = re.findall(r"<span role='img'[^>]*>([^<]*)</span>", html)
    assert "Ukraine" in highlighted and "again" in highlighted
    assert not any(set(word) & set("“”,()") for word in highlighted)
    table = default_model.explain("“Ukraine,” they said (again).")
    words = table[~table.feature.isin(["(baseline)", "(other n-grams)"])].ngram.tolist()
    assert "Ukraine" in words and "said (again" in words and all(w[0].isalnum() and w[-1].isalnum() for w in words)


@pytest.mark.parametrize("stem,apostrophes", [("french", False), ("french", True), (False, True)])
def test_decomposed_accents_are_shown_with_their_letters(stem, apostrophes):
    # Text copied from macOS or a PDF is often decomposed (NFD): a final accent, a combining
    # mark and no letter, was cut off as punctuation ('sécurite', 'a'), and "l’armée" could
    # not be lined up with its tokens, so both were shown whole.
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    text = unicodedata.normalize("NFD", "la sécurité, à l’armée")
    terms = surface_terms(text, 1, stem, apostrophes=apostrophes)
    assert [f for f, _, _ in terms] == make_analyzer(1, stem, apostrophes=apostrophes)(text)
    shown = [unicodedata.normalize("NFC", text[s:e]) for _, s, e in terms]
    assert shown == (["la", "sécurité", "à", "l", "armée"] if stem else ["la", "sécurité", "à", "l’armée"])


@pytest.mark.parametrize("word,tokens", [
    ("नाटो", 2),  # न, ा (a vowel sign), ट, ो
    ("विस्तार", 4),  # a virama (्) joins स and त
    ("لِلنَّاتُو", 4),  # the harakat (short vowels, shadda) between the letters
])
def test_a_word_the_tokenizer_cuts_at_its_vowel_signs_is_shown_whole(word, tokens):
    # The tokenizer splits a word at a combining vowel sign (Devanagari, Arabic with
    # harakat); each fragment was shown, and shaded, as a letter or two of the word.
    # The features stay those of the model; where each is written is its whole word.
    from stance.explain import highlight_html, surface_terms
    from stance.text import make_analyzer

    text = f"({word}) नहीं"
    terms = surface_terms(text, 2, False)
    assert [f for f, _, _ in terms] == make_analyzer(2, False)(text)
    assert len(make_analyzer(1, False)(word)) == tokens
    end = len(word) + 1
    assert [(s, e) for _, s, e in terms[:tokens]] == [(1, end)] * tokens
    assert all(s == 1 and e in (end, len(text)) for _, s, e in terms[tokens + 1:])
    page = highlight_html(text, [(s, e, 1.0) for _, s, e in terms])
    assert re.findall(r"<span role='img'[^>]*>([^<]*)</span>", page) == [word, "नहीं"]


def test_an_unknown_label_of_a_model_of_many_is_listed_cut_with_a_did_you_mean():
    # A user audit: explain(text, label=…) of a 51-code model listed all 51 labels, and said
    # nothing of the one a typo meant, as other messages do.
    import stance

    names = ["off_topic"] + [f"topic_{i:02d}" for i in range(50)]
    frame = pd.DataFrame({"text": [f"w{name} about {name} number {k}" for name in names for k in range(2)],
                          "labels": [name for name in names for _ in range(2)]})
    model = stance.train(frame, none_label="off_topic", threshold_folds=0)
    shown = ", ".join(repr(name) for name in names[:10])
    for call in (lambda label: model.explain("wtopic_07 about", label=label),
                 lambda label: model.explain_html("wtopic_07 about", label=label),
                 lambda label: model.top_features(label)):
        with pytest.raises(stance.InvalidInputError,
                           match=rf"^label 'topc_07' is not one of the model's labels \[{shown}\] and 41 more; "
                                 rf"did you mean 'topic_07'\?$"):
            call("topc_07")
        with pytest.raises(stance.InvalidInputError, match=r"and 41 more$"):  # nothing near: no guess
            call("defence")
    with pytest.raises(stance.InvalidInputError, match=r"and 41 more; did you mean 'topic_07'\?$"):
        model.explain("wtopic_07 about", label="Topic_07")  # in another case


def test_an_unknown_label_with_other_numbers_gets_no_did_you_mean():
    # A reviewer: explain(text, label="201.3") on a model of 201.1 and 201.2 said "did you mean
    # '201.2'?", "202.1" '201.1' and "topic_13" 'topic_3', where the label check holds that a
    # code with other numbers in it is another code, never a typo.
    import stance

    names = ["000", "201.1", "201.2"] + [f"topic_{i}" for i in range(1, 13)]
    frame = pd.DataFrame({"text": [f"w{name} about {name} number {k}" for name in names for k in range(2)],
                          "labels": [name for name in names for _ in range(2)]})
    model = stance.train(frame, none_label="000", threshold_folds=0)
    for label in ("201.3", "202.1", "topic_13"):
        with pytest.raises(stance.InvalidInputError, match=r"and 5 more$"):
            model.explain("w201.1 about", label=label)
    with pytest.raises(stance.InvalidInputError, match=r"and 5 more; did you mean 'topic_3'\?$"):
        model.explain("w201.1 about", label="topc_3")  # the same numbers: a typo


def test_explain_shows_no_piece_of_a_link_and_a_handle_as_written(energy_model):
    # A post's link was explained as words ("co" +0.52, "t" +0.44 towards ukraine_support for
    # the bundled model) and "@user_1" as "user" and "1": models read links as no words now,
    # and a handle as one word, shown as written without its "@".
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    post = "RT @Wind_Farm_2: Build more wind farms https://t.co/4b3e865 (bit.ly/3xYz), mail press@nato.int"
    terms = surface_terms(post, 2, True, negation=True, opening=True, links=True)
    assert [f for f, _, _ in terms] == make_analyzer(2, True, negation=True, opening=True, links=True)(post)
    shown = {feature: post[start:end] for feature, start, end in terms}
    assert shown["wind_farm_2"] == "Wind_Farm_2" and shown["rt wind_farm_2"] == "RT @Wind_Farm_2"
    assert shown["farm mail"] == "farms https://t.co/4b3e865 (bit.ly/3xYz), mail"  # the words either side
    assert not {"https", "t", "co", "bit", "ly", "press", "nato"} & set(shown)
    table = energy_model.explain(post, n=100)
    assert not {"https", "t", "co", "4", "b", "e", "865", "bit", "ly", "press", "nato", "int"} & set(table.feature)
    assert not any("t.co" in ngram or "@" in ngram for ngram in table.ngram if " " not in ngram)


def test_an_explanation_of_nothing_to_explain_says_why(default_model):
    # explain_html("") was an empty table, and explain_html("12345") a "(baseline)" row
    # without its text: neither said what the Prediction's HTML says, its flag.
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self, page):
            super().__init__(convert_charrefs=True)
            self.text = []
            self.feed(page)

        def handle_data(self, data):
            self.text.append(data)

    def shown(text):
        return " ".join("".join(Text(contributions(default_model, text)._repr_html_()).text).split())

    assert "flag: empty" in shown("") and "blank text" in shown("   ")
    page = shown("12345")
    assert page.index("12345") < page.index("flag") < page.index("explains")  # the text, then why, then the table
    assert "flag: no_known_words" in page and "no word of it is in the model's vocabulary" in page
    assert "flag: no_known_words" in str(contributions(default_model, "12345"))
    assert "flag" not in shown("Bring the brigade home.")  # said only when there is one
    assert default_model.classify("Wir müssen die Ukraine unterstützen.").flag == "many_unknown_words"
    assert "flag: many_unknown_words" in shown("Wir müssen die Ukraine unterstützen.")


def test_a_whole_text_of_no_known_word_is_shown_without_an_ellipsis(default_model):
    # The HTML of a text with no word highlighted ended in "…" whatever its length: the test
    # read the name of the imported function cut (always true), not whether the text was cut.
    from stance.prediction import HTML_TEXT_LIMIT

    quoted = re.compile(r"<p style='overflow-wrap:anywhere'><span dir='auto'>(.*?)</span></p>", re.S)
    page = default_model.explain_html("Xyzzy plugh frobnicate.")._repr_html_()
    assert quoted.findall(page) == ["Xyzzy plugh frobnicate."]
    long = "xyzzy " * HTML_TEXT_LIMIT  # cut: shown with its ellipsis
    [shown] = quoted.findall(default_model.explain_html(long)._repr_html_())
    assert shown == long[: HTML_TEXT_LIMIT - 1] + "…"


def test_an_explanation_keeps_the_line_breaks_of_its_text(default_model):
    # A multi-line text was highlighted as one run-on line: HTML reads a line break as a space.
    text = "Bring the brigade home.\nWe stand united.\r\nThank you."
    page = contributions(default_model, text)._repr_html_()
    highlighted = page.split("<h4")[1]
    assert highlighted.count("<br>") == 2
    assert re.search(r"home</span>\.<br>", highlighted)
    assert "\n" not in highlighted.split("</p>")[0] and "\r" not in highlighted.split("</p>")[0]
    # and so does every other break that str.splitlines ends a line at (a line or paragraph
    # separator, NEL, a form feed…), as the command line counts them
    breaks = "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
    text = "".join(f"Bring the brigade home{i}.{sep}" for i, sep in enumerate(breaks)) + "Thank you."
    assert len(text.splitlines()) == len(breaks) + 1
    unknown = "12345" + "678".join(breaks)  # shown as it is, no word highlighted
    for page in (contributions(default_model, text)._repr_html_(), contributions(default_model, unknown)._repr_html_()):
        quoted = page.split("<p style='overflow-wrap:anywhere'><span dir='auto'>")[1:]
        shown = [paragraph.split("</p>")[0] for paragraph in quoted]
        assert shown and all(p.count("<br>") == len(breaks) and not set(breaks) & set(p) for p in shown)


def test_explain_shows_an_american_spelling_as_written_and_its_british_stem():
    # With the spelling option "defense" is the feature of "defence" (defenc): the ngram
    # column shows the word as the text writes it, the feature what the model read.
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    text = "We must spend more on DEFENSE, and modernize toward the center."
    terms = surface_terms(text, 2, True, negation=True, opening=True, apostrophes=True, links=True, spelling=True)
    assert [f for f, _, _ in terms] == make_analyzer(2, True, negation=True, opening=True, apostrophes=True,
                                                     links=True, spelling=True)(text)
    shown = {feature: text[start:end] for feature, start, end in terms}
    assert shown["defenc"] == "DEFENSE" and shown["modernis"] == "modernize" and shown["centr"] == "center"
    assert shown["on defenc"] == "on DEFENSE" and shown["toward"] == "toward"
    assert "defens" not in shown and "modern" not in shown


def test_a_models_explanation_shows_the_american_word_beside_the_british_feature(energy_model):
    # The energy corpus writes "licences" and "centre"; a model trained with spelling=True (the
    # default) reads "licenses" and "center" as those, and says so row by row.
    table = energy_model.explain("Gas licenses for the center now", n=100)
    shown = set(zip(table.ngram, table.feature))
    assert {("licenses", "licenc"), ("center", "centr")} <= shown
    assert not {"licens", "center"} & set(table.feature)
    british = energy_model.explain("Gas licences for the centre now", n=100)
    assert table.feature.tolist() == british.feature.tolist()
    assert table.contribution.tolist() == british.contribution.tolist()


def test_explain_shows_a_word_holding_an_invisible_character_as_written():
    # With the invisibles option "Ukr\u200baine" (a zero-width space inside, as pasted from a web
    # page) is the word "ukrain": the ngram column and the highlight span the word as written,
    # the dropped character with it, as they span a soft hyphen's word.
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    options = {"negation": True, "opening": True, "apostrophes": True, "links": True, "spelling": True}
    text = "\ufeffMore support for Ukr\u200baine\u200e's de\u2060fense, not NA\u200dTO\u2069 alone."
    terms = surface_terms(text, 2, True, invisibles=True, **options)
    assert [f for f, _, _ in terms] == make_analyzer(2, True, invisibles=True, **options)(text)
    assert [f for f, _, _ in terms] == make_analyzer(2, True, invisibles=True, **options)(
        "More support for Ukraine's defense, not NATO alone.")
    shown = {feature: text[start:end] for feature, start, end in terms}
    # (a possessive shown with its word, as "Ukraine's" is; the byte-order mark before "More" is no part of it)
    assert shown["ukrain"] == "Ukr\u200baine\u200e's" and shown["defenc"] == "de\u2060fense"
    assert shown["nato"] == "NA\u200dTO" and shown["for ukrain"] == "for Ukr\u200baine\u200e's"
    assert shown["ukrain defenc"] == "Ukr\u200baine\u200e's de\u2060fense"
    assert shown["more"] == shown["START_more"] == "More" and shown["NOT_nato"] == "not NA\u200dTO"
    # Without the option, as models saved before it read it: the pieces, each where it is written.
    pieces = {feature: text[start:end] for feature, start, end in surface_terms(text, 1, True, **options)}
    assert pieces["ukr"] == "Ukr" and pieces["ain"] == "aine" and "ukrain" not in pieces


def test_a_models_explanation_points_at_the_word_as_written(energy_model):
    # The energy model (invisibles=True, the default) reads "de\u200btour" as "detour": its rows
    # show the word as the text writes it, the feature it was read as, and the contributions of
    # the word typed without it.
    text = "Gas is a de\u200btour."
    table = energy_model.explain(text, n=100)
    typed = energy_model.explain("Gas is a detour.", n=100)
    assert ("de\u200btour", "detour") in set(zip(table.ngram, table.feature))
    assert ("a de\u200btour", "a detour") in set(zip(table.ngram, table.feature))
    assert table.feature.tolist() == typed.feature.tolist()
    assert table.contribution.tolist() == typed.contribution.tolist()
    explanation = contributions(energy_model, text)
    assert any(text[start:end] == "de\u200btour" for spans in explanation.spans.values() for start, end, _ in spans)


def test_a_label_that_is_not_a_str_is_a_type_error_and_a_str_the_model_lacks_a_value_error(energy_model):
    # model.explain(text, label=3) raised a ValueError alone, where none_label=0 was one too
    # and favor=1 a TypeError alone: a label of the wrong type is a TypeError everywhere now.
    import stance

    for label in (3, 3.0, ["renewables"], np.array(["renewables"])):
        for call in (lambda: energy_model.explain("Wind farms now.", label=label),  # noqa: B023 (called now)
                     lambda: energy_model.explain_html("Wind farms now.", label=label),  # noqa: B023
                     lambda: energy_model.top_features(label)):  # noqa: B023
            with pytest.raises(stance.LabelTypeError, match=r"^label .* is not one of the model's labels"):
                call()
    with pytest.raises(stance.InvalidInputError, match=r"^label 'renewable' is not one of") as raised:
        energy_model.explain("Wind farms now.", label="renewable")
    assert not isinstance(raised.value, TypeError)


def test_explain_shows_cannot_as_written_for_both_words_it_is_read_as():
    # With the cannot option "Cannot" is read as "can" and "not", as "can't" is: both words, the
    # bigram and the negation marks it opens point at the word as the text writes it, not at
    # "Can" and "not" inside it, which no reader sees as words.
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    options = {"negation": True, "opening": True, "apostrophes": True, "links": True, "spelling": True,
               "invisibles": True}
    text = "CANNOT leave them; we ‘can\u200bnot’ wait."
    terms = surface_terms(text, 2, True, cannot=True, **options)
    assert [f for f, _, _ in terms] == make_analyzer(2, True, cannot=True, **options)(text)
    assert [f for f, _, _ in terms] == make_analyzer(2, True, **options)("Can not leave them; we ‘can not’ wait.")
    shown = [(feature, text[start:end]) for feature, start, end in terms]
    assert shown[:2] == [("can", "CANNOT"), ("not", "CANNOT")]
    assert ("can", "can\u200bnot") in shown and ("not", "can\u200bnot") in shown
    assert ("can not", "CANNOT") in shown and ("not leav", "CANNOT leave") in shown
    assert ("NOT_leav", "CANNOT leave") in shown and ("NOT_wait", "can\u200bnot’ wait") in shown
    assert ("START_can", "CANNOT") in shown
    # Without the option, as models saved before it read it: one word, no negation after it.
    one = [(feature, text[start:end]) for feature, start, end in surface_terms(text, 1, True, **options)]
    assert one[0] == ("cannot", "CANNOT") and not any(feature.startswith("NOT_") for feature, _ in one)


def test_explain_shows_a_dotted_handle_as_written_without_its_at_sign():
    # With the handles option "@ukraine.bsky.social" is one word, shown as the text writes it
    # without its "@" (as a handle without dots always was), not its parts; a full stop after
    # it ends the sentence, and a Mastodon handle is a word, no e-mail address.
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    options = {"negation": True, "opening": True, "apostrophes": True, "links": True, "spelling": True,
               "invisibles": True, "cannot": True}
    text = "@Ukraine.bsky.social Great talk, thanks @nato.int. Ask @rutte@mastodon.social's team."
    terms = surface_terms(text, 2, True, handles=True, **options)
    assert [f for f, _, _ in terms] == make_analyzer(2, True, handles=True, **options)(text)
    shown = [(feature, text[start:end]) for feature, start, end in terms]
    assert shown[0] == ("ukraine.bsky.soci", "Ukraine.bsky.social")
    assert ("nato.int", "nato.int") in shown and ("rutte@mastodon.soci", "rutte@mastodon.social's") in shown
    assert ("ukraine.bsky.soci great", "Ukraine.bsky.social Great") in shown
    # Without the option, as models saved before it read it: its parts, and no Mastodon handle.
    one = [(feature, text[start:end]) for feature, start, end in surface_terms(text, 1, True, **options)]
    assert one[:3] == [("ukrain", "Ukraine"), ("bski", "bsky"), ("social", "social")]
    assert not any("mastodon" in feature for feature, _ in one)


def test_explain_shows_a_word_with_its_combining_marks_as_written():
    # With the marks option "हिन्दी" is one word and "Са\u0301нкції" the word "санкції": each is
    # shown as the text writes it, its marks and a dropped stress mark inside, not pieces of it.
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    options = {"negation": True, "opening": True, "apostrophes": True, "links": True, "spelling": True,
               "invisibles": True, "cannot": True, "handles": True}
    text = "Са\u0301нкції, тре\u0301ба! हिन्दी (नाटो) نَحْنُ"
    terms = surface_terms(text, 2, False, marks=True, **options)
    assert [f for f, _, _ in terms] == make_analyzer(2, False, marks=True, **options)(text)
    shown = [(feature, text[start:end]) for feature, start, end in terms]
    assert shown[:5] == [("санкції", "Са\u0301нкції"), ("треба", "тре\u0301ба"), ("हिन्दी", "हिन्दी"),
                         ("नाटो", "नाटो"), ("نحن", "نَحْنُ")]
    # Without the option, as models saved before it read it: pieces, each shown as its whole word.
    one = [(feature, text[start:end]) for feature, start, end in surface_terms(text, 1, False, **options)]
    assert one[:2] == [("са", "Са\u0301нкції"), ("нкції", "Са\u0301нкції")]


def test_explain_shows_cannot_as_written_after_an_elision():
    # A French text quoting English ("qu'cannot", "d’Cannot"): the elision is cut off the word,
    # then "cannot" read as "can not". Both words point at "cannot" as written, as they do
    # without the elision, not at "can" and "not" inside it, nor the bigram at "qu'can".
    from stance.explain import surface_terms
    from stance.text import make_analyzer

    cases = {("french", True): [("Qu'cannot attendre", "cannot"), ("d’Cannot", "Cannot")],
             ("french", False): [("Qu'cannot attendre", "cannot")],
             ("italian", True): [("dell'cannot", "cannot"), ("l'CANNOT", "CANNOT")]}  # cut with apostrophes
    for (stem, apostrophes), texts in cases.items():
        for text, written in texts:
            terms = surface_terms(text, 2, stem, apostrophes=apostrophes, cannot=True)
            assert [f for f, _, _ in terms] == make_analyzer(2, stem, apostrophes=apostrophes, cannot=True)(text)
            shown = {feature: text[start:end] for feature, start, end in terms}
            assert shown["can"] == shown["not"] == shown["can not"] == written, (stem, apostrophes, shown)
            elided = next(f for f in shown if f.endswith(" can"))
            assert shown[elided] == text[:text.index(written) + len(written)]


def test_a_models_explanation_traces_can_not_back_to_cannot(energy_model):
    # The energy model (cannot=True, the default) reads "cannot" as "can not": its rows show
    # "cannot" for the features "can", "not" and "can not", a negation mark it opens from
    # "cannot", and the contributions of the words typed apart.
    text = "Gas cannot wait, it is a detour."
    table = energy_model.explain(text, n=100)
    typed = energy_model.explain("Gas can not wait, it is a detour.", n=100)
    pairs = set(zip(table.ngram, table.feature))
    assert {("cannot", "can"), ("cannot", "not"), ("cannot", "can not")} <= pairs
    assert ("cannot wait, it", "NOT_it") in pairs
    assert table.feature.tolist() == typed.feature.tolist()
    assert table.contribution.tolist() == typed.contribution.tolist()
    explanation = contributions(energy_model, text)
    assert any(text[start:end] == "cannot" for spans in explanation.spans.values() for start, end, _ in spans)
    assert not any(text[start:end] in ("can", "not") for spans in explanation.spans.values() for start, end, _ in spans)


def test_the_plain_explanation_of_blank_text_says_what_stance_explain_prints(default_model, capsys):
    # str() of a blank text's explanation ended in pandas' "Empty DataFrame / Columns: [...] /
    # Index: []", where `stance explain "   "` prints "(nothing to explain: blank text)".
    from stance.cli import main

    assert main(["explain", "   "]) == 0
    printed = capsys.readouterr().out.splitlines()
    shown = str(default_model.explain_html("   ")).splitlines()
    assert "Empty DataFrame" not in "\n".join(shown)
    assert shown[-1] == printed[-1] == "(nothing to explain: blank text)"
    assert shown[-2] == printed[-2]  # the flag and its reason, as the command gives them


@pytest.mark.parametrize("text", ["", "   "])
def test_the_notebook_explanation_of_blank_text_says_there_is_nothing_to_explain_with_no_empty_table(
        default_model, text):
    # From a notebook audit: text/plain said "(nothing to explain: blank text)", text/html showed the
    # flag and then an empty table under its caption, as if one had failed to fill.
    page = default_model.explain_html(text)._repr_html_()
    assert "<table" not in page and "<caption" not in page
    assert page.endswith("<p>(nothing to explain: blank text)</p></div>")
    assert "<p>flag: <b>empty</b>:" in page
    # A text with words keeps its table.
    assert "<table" in default_model.explain_html("We stand together with our allies.")._repr_html_()


def test_stance_explain_called_as_a_function_explains_with_the_bundled_model(monkeypatch, tmp_path, energy_model):
    # A teacher's audit: after stance.classify(text), novices wrote stance.explain(text), which
    # raised "module 'stance' has no attribute 'explain'" or, once a model had explained
    # anything, "'module' object is not callable"; then it said to call the model's explain.
    # The name is the module stance.explain's (stance.explain.contributions and the rest live
    # in it), and the module now takes the call: it is the model's explain, whether the module
    # was loaded before or not.
    import pandas.testing as pdt

    import stance.explain as explaining

    text = "Bring the brigade home."
    expected = stance.default_model().explain(text)
    pdt.assert_frame_equal(stance.explain(text), expected)
    monkeypatch.delattr(stance, "explain")  # as in a session where nothing was explained yet
    pdt.assert_frame_equal(stance.explain(text), expected)
    monkeypatch.undo()
    assert stance.explain is explaining and callable(explaining.contributions)
    # the method's n and label, and a model as classify takes one (an object or its folder)
    pdt.assert_frame_equal(stance.explain(text, n=2, label="unity"),
                           stance.default_model().explain(text, n=2, label="unity"))
    energy_model.save(tmp_path / "m")
    pdt.assert_frame_equal(stance.explain("Coal is dead.", tmp_path / "m"), energy_model.explain("Coal is dead."))
    pdt.assert_frame_equal(stance.explain("Coal is dead.", energy_model), energy_model.explain("Coal is dead."))
    with pytest.raises(stance.InvalidTypeError, match=r"got the int 5: give the number of n-grams as n=5$"):
        stance.explain(text, 5)
    import numpy as np

    for count in (5.0, np.int64(5)):  # a count however written, but not a bool
        with pytest.raises(stance.InvalidTypeError, match=r": give the number of n-grams as n=5$"):
            stance.explain(text, count)
    with pytest.raises(stance.InvalidTypeError, match=r"got bool$"):
        stance.explain(text, True)
    # for many, the call that exists: the model's explain_many (no stance.explain_many)
    with pytest.raises(stance.InvalidTypeError, match=r"stance\.default_model\(\)\.explain_many\(texts\)"):
        stance.explain(["Bring the brigade home.", "More aid."])
    assert "explain" in dir(stance)  # tab completion offers it before its module is loaded
    with pytest.raises(stance.InvalidTypeError, match="text must be a str"):
        stance.explain(None)
    with pytest.raises(AttributeError, match=r"^module 'stance' has no attribute 'nope'$"):
        stance.nope  # noqa: B018


def test_a_count_given_where_label_comes_before_n_is_told_to_be_n(default_model):
    # A typed-codebase audit: explain(text, n, label) but explain_html(text, label, n), so
    # explain_html(text, 5) said "label 5 is not one of the model's labels", where explain(text, 5)
    # is told to give n=5. The order stays (positional callers); the hint is the same.
    text = "Bring the brigade home."
    for count in (5, 5.0, np.int64(5)):
        with pytest.raises(stance.LabelTypeError, match=r"label comes before n here: give the number of n-grams as "
                                                        r"n=5$"):
            default_model.explain_html(text, count)
        with pytest.raises(stance.LabelTypeError, match=r"give the number of n-grams as n=5$"):
            contributions(default_model, text, count)
    with pytest.raises(stance.LabelTypeError, match=r"\(labels are str\)$"):  # a bool is no count
        default_model.explain_html(text, True)
    coded = stance.StanceModel(threshold_folds=0).fit(["cut the aid", "more aid now", "lovely weather", "rain again"],
                                                      ["5", "5", "none", "none"])
    with pytest.raises(stance.LabelTypeError, match=r"labels are str: pass label='5'$"):  # a code of its labels
        coded.explain_html("cut aid", 5)
    assert "(baseline)" in str(default_model.explain_html(text, "unity", 3))  # positional, as before
    # A review of f5f7c69: not where the count is no n, nor beside an n of its own (label=5, n=3),
    # nor of a model whose labels are codes, where it is likelier a code mistyped.
    for given, options in ((0, {}), (-3, {}), (5, {"n": 3})):
        with pytest.raises(stance.LabelTypeError, match=r"\(labels are str\)$"):
            default_model.explain_html(text, given, **options)
    codes = stance.StanceModel(threshold_folds=0).fit(
        ["cut the aid", "less aid now", "more aid now", "aid them more", "lovely weather", "rain again"],
        ["1", "1", "2", "2", "5", "5"])
    with pytest.raises(stance.LabelTypeError, match=r"\(labels are str\)$"):
        codes.explain_html("cut aid", 3)


def test_stance_explain_given_n_or_label_positionally_says_they_are_keywords():
    # stance.explain(text, None, 5) raised "_ExplainModule.__call__() takes from 2 to 3
    # positional arguments but 4 were given", naming a private class.
    import inspect

    text = "Bring the brigade home."
    for extra in ((None, 5), (None, 5, "unity"), (None, "unity")):
        with pytest.raises(TypeError) as caught:
            stance.explain(text, *extra)
        said = str(caught.value)
        assert said.startswith(f"stance.explain() takes the text and the model positionally, got {2 + len(extra) - 1} "
                               f"arguments so: n and label are keywords"), said
        assert "_ExplainModule" not in said
    assert list(inspect.signature(stance.explain).parameters) == ["text", "model", "n", "label", "sha256"]


@pytest.mark.skipif(int(pd.__version__.split(".")[0]) < 3, reason="pandas 2's own paths enter catch_warnings")
def test_explaining_leaves_the_once_a_warning_filters_working(default_model):
    # A service's audit: each explain built its table through pandas_dtype(float), which enters
    # catch_warnings and so clears every module's registry of warnings given: a user's warning in
    # a loop of explain calls came three times, not once (as score did before b008e00).
    default_model.explain("NATO unity")  # loaded and warm
    default_model.explain_many(["NATO unity"])
    with warnings.catch_warnings(record=True) as caught:  # set once: entering it resets them too
        warnings.simplefilter("default")  # Python's own: once per line
        for _ in range(3):
            default_model.explain("NATO unity")
            default_model.explain_many(["NATO unity", "Stop arming Ukraine."])
            warnings.warn("mine", UserWarning, stacklevel=1)  # from this line
    assert [w.category for w in caught] == [UserWarning]


def test_the_legend_names_the_negation_words_of_the_models_own_language(tmp_path, capsys):
    # A user audit: a German model's explanation said "NOT_x: x is one of the 3 words after a negation
    # (not, never…)", English words it never marks after; it names the model's own, as `stance info` does.
    from stance.cli import main

    frame = pd.DataFrame({"text": [f"Wir liefern {w} nicht an die Ukraine {i}." for i in range(15)
                                   for w in ("Panzer", "Munition")],
                          "labels": [w for _ in range(15) for w in ("panzer", "munition")]})
    german = stance.train(frame, stem="german", negation=True)
    plain = str(german.explain_html("Wir liefern keine Panzer."))
    assert "after a negation (nicht, kein…)" in " ".join(plain.split()) and "(not, never…)" not in plain
    german.save(tmp_path / "de")
    assert main(["explain", "--model", str(tmp_path / "de"), "Wir liefern keine Panzer."]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "after a negation (nicht, kein…)" in out and "(not, never…)" not in out
    polish = stance.train(frame, stem=False, negation_words="polish", negation=True)
    assert "after a negation (nie, nigdy…)" in " ".join(str(polish.explain_html("Nie Panzer.")).split())
    # an English model's legend is the bundled one's, but for the stance this model has no head of,
    # and the START_ features it has none of (no stance head, no stance cues)
    english = stance.train(frame, stem="english", negation=True)
    legend = " ".join(CONTRIBUTION_LEGEND.replace(" (or stance)", "").split()).replace(
        " START_x: the statement opens with x;", "")
    assert " ".join(str(english.explain_html("We send no Panzer.")).split()).endswith(" ".join(legend.split()))


def test_the_legend_key_and_caption_name_each_heads_own_scale_sigmoid_or_softmax(default_model, energy_frame,
                                                                                 tmp_path, capsys):
    # An auditor's finding: the legend, the HTML key and caption and --help said for every model that
    # contributions are "in log-odds", "the score a softmax turns into the probabilities". The bundled
    # model's heads (one-vs-rest labels, a two-value stance) go through a sigmoid; a softmax head's
    # total (target_head="softmax", a stance of three values) is no log-odds (README).
    from stance.cli import main

    def said(explanation):
        return " ".join(str(explanation).split()), explanation._repr_html_()

    plain, page = said(default_model.explain_html("Deterrence must be credible."))
    for shown in (plain, page):
        assert "log-odds" in shown and "sigmoid" in shown and "softmax" not in shown
    frame = energy_frame.dropna(subset=["labels", "stance"]).reset_index(drop=True)
    frame.loc[::3, "stance"] = "query"  # a third stance value: a softmax stance head
    text = "Build more wind farms now."
    both = stance.train(frame, stance_column="stance", target_head="softmax", none_label=None, threshold_folds=0)
    plain, page = said(both.explain_html(text))
    for shown in (plain, page):
        assert "a softmax over the values turns into probabilities" in shown and "in log-odds" not in shown
        assert "sigmoid" not in shown and "'s log-odds" not in shown
    # one-vs-rest labels and a three-value stance head: each named as it is
    mixed = stance.train(frame, stance_column="stance", none_label=None, threshold_folds=0)
    plain, page = said(mixed.explain_html(text))
    for shown in (plain, page):
        assert "a label's log-odds" in shown and "the stance's score" in shown, shown
        assert "a softmax over the values turns into probabilities" in shown and "sigmoid" in shown
    mixed.save(tmp_path / "mixed")
    assert main(["explain", "--model", str(tmp_path / "mixed"), text]) == 0
    assert "the stance's score" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit):
        main(["explain", "--help"])
    helped = " ".join(capsys.readouterr().out.split())
    assert "sigmoid" in helped and "a softmax over the values turns into probabilities" in helped
    assert "the score a softmax turns into the probabilities" not in helped


def test_a_model_with_no_stance_head_is_told_of_its_label_heads_alone_and_log_odds_stays_whole(
        energy_frame, tmp_path, capsys, monkeypatch):
    # A review's finding: a softmax model with no stance head was told "in log-odds for the stance, in
    # score for a label", "the stance's log-odds", of a stance head it lacks; and the legend, wrapped,
    # broke "no log-odds" at its hyphen ("no log-" / "odds").
    from stance.cli import main
    from stance.explain import contribution_legend

    model = stance.train(energy_frame, target_head="softmax", none_label=None, threshold_folds=0)
    assert not model.params_.has_stance
    for shown in _explained_three_ways(model, tmp_path, capsys):
        assert "a softmax over the values turns into probabilities" in shown
        assert "stance's" not in shown and "for the stance" not in shown and "sigmoid" not in shown, shown
    # A German model with softmax labels and a two-value stance: its legend's line once ended "(no log-"
    german = contribution_legend(("nicht", "kein", "keine"), (True, False))
    assert "no log-odds" in " ".join(german.split())
    assert not [line for line in german.splitlines() if line.endswith("-")], german
    for columns in (65, 66, 67, 73, 90, 91):  # widths at which --help's wrapping broke "log-odds"
        monkeypatch.setenv("COLUMNS", str(columns))
        with pytest.raises(SystemExit):
            main(["explain", "--help"])
        helped = capsys.readouterr().out
        assert not [line for line in helped.splitlines() if line.endswith("log-")], (columns, helped)


def test_explain_help_says_its_legend_is_the_bundled_models(capsys):
    # A review's finding: --help introduced the bundled model's legend as "Printed under the tables:",
    # where another model's tables name its own negation words and scale (a German model's "(nicht,
    # kein…)", a softmax head's score).
    from stance.cli import main

    with pytest.raises(SystemExit):
        main(["explain", "--help"])
    helped = " ".join(capsys.readouterr().out.split())
    assert "Printed under the tables:" not in helped
    assert "Printed under the bundled model's tables" in helped and "names its own" in helped


def test_a_word_at_the_cut_keeps_its_share_of_an_ngram_reaching_past_it_as_in_the_whole_text(
        default_model, monkeypatch):
    # Two findings in turn. Of a text longer than the display's cut, each n-gram was clipped at the cut
    # and its whole weight given to the words left visible, so the last visible word, "not", hovered
    # with the whole of the pair "not abandon" reaching past it. Then such an n-gram went wholly to
    # "(rest of the text)", so "not" had no share of it, where the key says a word's hover is "its own
    # contribution plus an equal share of each word pair it is part of". Now each visible word hovers
    # with its value in the uncut text, and the cut-off words' shares are the rest's.
    import stance.prediction
    from stance.prediction import HTML_TEXT_LIMIT

    start = "We stand with Ukraine. " * 86 + "Our word is kept."
    text = start + " not abandon our allies."
    assert len(start) + len(" not") == HTML_TEXT_LIMIT - 1  # "not" is the last word highlighted
    explanation = default_model.explain_html(text)
    table = explanation.table
    assert (table.ngram == "not abandon").any()  # a pair crossing the cut, in some head

    def hovers(page):
        return {html.unescape(re.sub("</?bdi>", "", re.search(r">(.+?)</h4>", section)[1])):
                [(word, float(value)) for word, value in re.findall(r"title='([^' ]*) ([-+][\d.]+)'", section)]
                + [section] for section in page.split("<h4")[1:]}

    cut = hovers(explanation._repr_html_())
    monkeypatch.setattr(stance.prediction, "HTML_TEXT_LIMIT", 10 * len(text))  # the whole text highlighted
    uncut = hovers(explanation._repr_html_())
    assert "rest of the text" not in "".join(section[-1] for section in uncut.values())
    for head, (*shown, section) in cut.items():
        *whole, _ = uncut[head]
        assert shown == whole[:len(shown)], head  # each visible word as in the uncut text, "not" too
        rows = table[table.explains == head]
        rest, highlighted, baseline, total = map(float, re.search(
            r"\(rest of the text\) ([-+]?[\d.]+), the highlighted words' values ([-+]?[\d.]+) and \(baseline\) "
            r"([-+]?[\d.]+) add up to ([-+]?[\d.]+)", section).groups())
        # the rest: the hovers of the words past the cut in the uncut text, counted apart
        past = whole[len(shown):]
        assert [word for word, _ in past] == [w for w in ("abandon", "our", "allies") if w in dict(past)], head
        assert rest == pytest.approx(sum(value for _, value in past), abs=(len(past) + 1) * 5e-4), head
        assert highlighted == pytest.approx(sum(value for _, value in shown), abs=(len(shown) + 1) * 5e-4)
        assert total == pytest.approx(rows.contribution.sum(), abs=1e-3)
        assert rest + highlighted + baseline == pytest.approx(total, abs=2e-3)


def test_the_long_text_note_counts_characters_as_a_reader_sees_them_as_the_cut_does(default_model):
    # An auditor's finding: the note under a cut highlight counted code points ("Only the first 2,048 of
    # the text's 3,000 characters"), where the cut is 2,000 characters as a reader sees them (a flag is
    # one, an accent typed apart is on its letter), as `stance document` counts them.
    from stance.prediction import HTML_TEXT_LIMIT

    flag = "\U0001f1fa\U0001f1e6"  # one character a reader sees, two code points
    text = f"{flag} Slava Ukraini. " * 150  # 17 characters a reader sees, 18 code points, each time
    page = default_model.explain_html(text)._repr_html_()
    notes = re.findall(r"Only the first ([\d,]+) of the text's ([\d,]+) characters are highlighted", page)
    assert notes and set(notes) == {(f"{HTML_TEXT_LIMIT - 1:,}", f"{17 * 150:,}")}


def test_a_long_texts_characters_are_counted_once_for_every_render(default_model, monkeypatch):
    # A review's finding: each render of a long explanation counted the whole text's characters as a
    # reader sees them again, 0.3 s for 1 MB not in ASCII, a notebook's every re-display paying it.
    import stance.explain

    flag = "\U0001f1fa\U0001f1e6"
    text = f"{flag} Slava Ukraini. " * 150  # 17 characters a reader sees each time
    explanation = default_model.explain_html(text)
    counted = []

    def counting(piece):
        counted.append(len(piece))
        return original(piece)

    original = stance.explain.count
    monkeypatch.setattr(stance.explain, "count", counting)
    pages = [explanation._repr_html_() for _ in range(3)]
    assert counted.count(len(text)) == 1  # the whole text's, once
    notes = re.findall(r"Only the first ([\d,]+) of the text's ([\d,]+) characters are highlighted", pages[-1])
    assert pages[0] == pages[-1] and notes and set(notes) == {("1,999", f"{17 * 150:,}")}


def test_the_full_table_is_in_the_order_its_docs_say(default_model):
    # An auditor's finding: the README and Explanation's docstring said `table` lists every n-gram
    # "in text order", where each head starts at (baseline), then its words, then its pairs of
    # words, then its NOT_ marks and START_ (explain()'s ties keep that order). The docs say so.
    from stance.explain import Explanation

    text = "We will not send tanks to Kyiv."
    table = default_model.explain_html(text).table
    said = "then its words, then its pairs of words, each in text order where it first occurs, then its NOT_ marks"
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for docs in (readme, Explanation.__doc__):
        assert said in " ".join(docs.replace("`", "").split())
    for head, rows in table.groupby("explains", sort=False):
        features = rows.feature.tolist()
        kinds = ["baseline" if f == "(baseline)" else "start" if f.startswith("START_") else
                 "not" if f.startswith("NOT_") else f"{f.count(' ') + 1}-gram" for f in features]
        assert kinds == sorted(kinds, key=["baseline", "1-gram", "2-gram", "not", "start"].index), head
        words = [ngram for ngram, kind in zip(rows.ngram, kinds) if kind == "1-gram"]
        assert words == sorted(words, key=text.index), head


def test_the_legend_and_key_of_a_model_with_no_stance_head_name_no_stance(energy_frame, tmp_path, capsys):
    # Its Prediction says "(the model has no stance head)", and its legend said "(or stance)",
    # its HTML key "(the label, or that stance)", of a head it lacks.

    model = stance.train(energy_frame, none_label=None, threshold_folds=0)
    assert not model.params_.has_stance
    for shown in _explained_three_ways(model, tmp_path, capsys):
        assert "towards the row's label, - away" in shown or "towards what the heading below names (the label)" \
            in shown, shown
        assert "or stance" not in shown and "or that stance" not in shown, shown
    with_stance = stance.train(energy_frame, stance_column="stance", threshold_folds=0).explain_html("Build wind farms")
    assert "(or stance)" in " ".join(str(with_stance).split())
    assert "(the label, or that stance)" in with_stance._repr_html_()


def test_a_label_of_ones_own_model_asked_of_the_bundled_one_is_told_to_pass_the_model(energy_model, capsys):
    # A workshop lecturer's audit: stance.explain(text, label="renewables") after training a
    # model of one's own, without model=, said "label 'renewables' is not one of the model's labels
    # [...]", the bundled model's, with no word that it was the bundled one that was asked.
    text = "Every new wind farm cuts the bill."
    told = (r"is not one of the model's labels \[.*\]; the model asked is the bundled one: ask a model of your own "
            r"\(model=your_model, or its own method\)")
    for call in (lambda: stance.explain(text, label="renewables"),
                 lambda: stance.default_model().explain(text, label="renewables"),
                 lambda: stance.default_model().explain_html(text, label="renewables"),
                 lambda: stance.default_model().explain_many([text], label="renewables"),
                 lambda: stance.default_model().top_features("renewables")):
        with pytest.raises(stance.InvalidInputError, match=told):
            call()
    with pytest.raises(stance.InvalidInputError) as raised:  # a model of one's own is no bundled one
        stance.explain(text, model=energy_model, label="unity")
    assert "bundled" not in str(raised.value)
    from stance.cli import main

    assert main(["explain", text, "--label", "renewables"]) == 2
    err = capsys.readouterr().err
    assert "the model asked is the bundled one: for a model of your own, pass --model DIR" in err, err
    # A review: not beside a misspelling's "did you mean", nor of a label given as no str.
    for label, error in (("ukraine_suport", stance.InvalidInputError), (104, stance.LabelTypeError)):
        with pytest.raises(error) as raised:
            stance.explain(text, label=label)
        assert "bundled" not in str(raised.value), raised.value


def _explained_three_ways(model, tmp_path, capsys) -> tuple[str, str, str]:
    """An explanation of ``model`` as str() prints it, as its HTML and as `stance explain` prints
    it (``model`` saved under ``tmp_path``), each with its whitespace made single spaces but the HTML."""
    from stance.cli import main

    explanation = model.explain_html("Build more wind farms now, not gas.")
    model.save(tmp_path / "labels-only")
    assert main(["explain", "--model", str(tmp_path / "labels-only"), "Build wind farms"]) == 0
    printed = " ".join(capsys.readouterr().out.split())
    return " ".join(str(explanation).split()), explanation._repr_html_(), printed


def test_a_stance_value_asked_as_a_label_is_told_it_is_one(default_model, capsys):
    # An audit of the explanations: top_features("favor") and explain(label="against") of the
    # bundled model were told to ask a model of one's own, where no model has 'favor' as a label:
    # it is one of this model's stance values, whose contributions explain gives as its rows.
    said = ("label 'favor' is one of the model's stance values ['against', 'favor'], not of its labels "
            "['deterrence', 'eastern_flank', 'none', 'ukraine_support', 'unity']")
    for ask in (lambda: default_model.top_features("favor"), lambda: stance.explain("NATO is strong.", label="favor"),
                lambda: default_model.explain_html("NATO is strong.", "favor")):
        with pytest.raises(stance.InvalidInputError, match=re.escape(said)) as refused:
            ask()
        assert "bundled" not in str(refused.value)
    from stance.cli import main

    assert main(["explain", "NATO is strong.", "--label", "favor"]) == 2
    assert said in capsys.readouterr().err
    rows = stance.explain("NATO is strong.")
    assert rows.explains.str.startswith("stance: ").any()  # where the stance's contributions are


def test_stance_explain_given_a_label_where_the_model_goes_is_told_to_pass_label(tmp_path, monkeypatch):
    # stance.explain(text, "unity", 5) suggested stance.explain(text, model, n=5, label='unity'),
    # a NameError where no model was passed; stance.explain(text, "unity") said only "'unity' does
    # not exist; expected a saved stance model directory".
    monkeypatch.chdir(tmp_path)  # no folder 'unity' here
    text = "Bring the brigade home."
    with pytest.raises(TypeError) as caught:
        stance.explain(text, "unity", 5)
    assert str(caught.value).endswith("(stance.explain(text, n=5, label='unity'))"), caught.value
    stance.explain(text, n=5, label="unity")  # the call suggested runs
    model = stance.default_model()
    with pytest.raises(TypeError) as caught:
        stance.explain(text, model, 3, "unity")
    assert str(caught.value).endswith("(stance.explain(text, model, n=3, label='unity'))"), caught.value
    with pytest.raises(stance.ModelFormatError) as caught:
        stance.explain(text, "unity")
    assert "'unity' is a label of the model, not a model: pass label='unity' (stance.explain(text, " \
           "label='unity'))" in str(caught.value), caught.value
    with pytest.raises(stance.ModelFormatError) as caught:  # no label: as before
        stance.explain(text, "unityy")
    assert "label=" not in str(caught.value)


def test_explain_given_values_positionally_is_offered_the_call_of_those_values(tmp_path, monkeypatch):
    # A review of ce5d55d: stance.explain(text, "models/my_model", 5), a mistyped model path, was
    # offered stance.explain(text, n=5, label='models/my_model'); stance.explain(text, 3, "unity")
    # was offered stance.explain(text, model, n=5, label='unity'), naming no model given and
    # dropping the 3.
    monkeypatch.chdir(tmp_path)
    stance.default_model().save("models/my_modle")
    text = "Bring the brigade home."
    with pytest.raises(TypeError) as caught:
        stance.explain(text, "models/my_model", 5)
    said = str(caught.value)
    assert "label=" not in said and "(stance.explain(text, 'models/my_model', n=5))" in said, said
    assert "'models/my_model' does not exist" in said and "did you mean 'models/my_modle'?" in said, said
    with pytest.raises(TypeError) as caught:
        stance.explain(text, 3, "unity")
    assert str(caught.value).endswith("(stance.explain(text, n=3, label='unity'))"), caught.value
    stance.explain(text, n=3, label="unity")  # the call offered runs
    with pytest.raises(TypeError) as caught:  # no label given: none offered
        stance.explain(text, None, 4)
    assert str(caught.value).endswith("(stance.explain(text, n=4))"), caught.value
    with pytest.raises(TypeError) as caught:  # a saved model's path here, named as given
        stance.explain(text, "models/my_modle", 2, "unity")
    assert str(caught.value).endswith("(stance.explain(text, 'models/my_modle', n=2, label='unity'))")
    stance.explain(text, "models/my_modle", n=2, label="unity")
    model = stance.default_model()
    with pytest.raises(TypeError) as caught:  # a model's label where its model goes: the model given's
        stance.explain(text, "unity", model)
    assert str(caught.value).endswith("(stance.explain(text, model, label='unity'))"), caught.value


@pytest.mark.parametrize(("given", "offered"), [((5, True), "stance.explain(text, n=5)"),
                                                ((b"unity", 5), "stance.explain(text, n=5)"),
                                                ((5.5, "unity"), "stance.explain(text, label='unity')")])
def test_explain_given_values_of_no_role_positionally_is_offered_a_call_that_runs(given, offered):
    # A review of 848938d: a bool, a list or bytes given positionally was taken for the model, so the call offered
    # named `model` (a NameError where none was passed), and 5.5 was offered as n=5.5, which n refuses.
    with pytest.raises(TypeError) as raised:
        stance.explain("We stand with Ukraine.", *given)
    assert f"({offered})" in str(raised.value), raised.value
    eval(offered, {"stance": stance, "text": "We stand with Ukraine."})  # runs as offered


def test_a_softmax_heads_contributions_add_up_exactly_and_its_values_scores_to_0(energy_frame):
    # An audit: for softmax heads (target_head="softmax", a stance of three values) a head's
    # rows missed log p - mean(log p) by up to 4e-8, and the scores of a head's values summed
    # to -1.1e-7, where the docstring says the contributions "are exact" and the scores "sum to
    # 0": the fitted weights are not centred across the values (the solver's tolerance, and a
    # saved model's float32). Explanations centre them; the model and its answers are unchanged.
    frame = energy_frame.dropna(subset=["labels", "stance"]).reset_index(drop=True)
    frame.loc[::3, "stance"] = "query"  # a third stance value: a softmax stance head
    model = stance.train(frame, stance_column="stance", target_head="softmax", none_label=None, threshold_folds=0)
    texts = ["Build more wind farms now.", "Close the reactors.", "Why more gas?", "Coal jobs matter to us all."]
    arrays = {name: array.copy() for name, array in model.params_.arrays().items()}
    before = model.predict_proba(texts)
    for text in texts:
        prediction = model.classify(text)
        p = np.array([prediction.scores[label] for label in model.labels])
        totals = np.array([model.explain(text, label=label).groupby("explains", sort=False).contribution.sum()[
            f"label: {label}"] for label in model.labels])
        assert np.abs(totals - (np.log(p) - np.log(p).mean())).max() < 1e-12, totals - (np.log(p) - np.log(p).mean())
        assert abs(totals.sum()) < 1e-12, totals.sum()
        q = np.array(list(prediction.stance_scores.values()))
        stance_total = model.explain(text).groupby("explains").contribution.sum()[f"stance: {prediction.stance}"]
        expected = math.log(prediction.stance_scores[prediction.stance]) - np.log(q).mean()
        assert abs(stance_total - expected) < 1e-12, stance_total - expected
    assert np.abs(model.predict_proba(texts) - before).max() <= 1e-15
    assert all(np.array_equal(array, arrays[name]) for name, array in model.params_.arrays().items())


def test_explain_shows_no_stance_row_of_an_n_gram_of_a_word_the_stance_head_ignores():
    # A model trained with stance_ignores: the stance head's weights of "Hungary"'s n-grams are
    # 0, and its explanation leaves them out (as the label heads' leave out the stance cues),
    # while the label head still shows "Hungary", which it reads; the rows still add up.
    texts = ["Hungary blocks the aid again", "Hungary vetoes the sanctions", "Hungary refuses weapons",
             "Estonia sends more aid", "Estonia backs the sanctions", "Estonia pledges weapons",
             "lovely weather today", "rain again tomorrow", "sunny skies later"]
    stances = ["against"] * 3 + ["favor"] * 3 + [None] * 3
    labels = ["aid"] * 6 + ["none"] * 3
    text = "Hungary said the aid is late"
    for ignores in (None, ["Hungary"]):
        model = stance.StanceModel(threshold_folds=0, stance_ignores=ignores).fit(texts, labels, stance=stances)
        table = model.explain(text, n=50)
        prediction = model.classify(text)
        stance_rows = table[table.explains == f"stance: {prediction.stance}"]
        hungary = stance_rows[stance_rows.feature.str.contains("hungari")]
        assert len(hungary) == (0 if ignores else 2), hungary  # hungari and START_hungari
        assert "hungari" in set(table[table.explains == "label: aid"].feature)
        p = prediction.stance_scores[prediction.stance]
        assert abs(stance_rows.contribution.sum() - math.log(p / (1 - p))) < 1e-9


def test_the_legend_says_only_what_the_models_features_are(energy_frame, tmp_path, capsys):
    # An audit of the explanations: a model of stem=False with no stance cues was told, under its
    # table and by `stance explain`, "feature: the n-gram, stemmed; START_x: …; NOT_x: …", where
    # its features are the words unstemmed ("farms", not "farm") and none is START_ or NOT_.
    plain = stance.train(energy_frame, stance_column="stance", stem=False, stance_cues=False, threshold_folds=0)
    table = plain.explain("Build more wind farms now, not gas.", n=100)
    assert "farms" in set(table.feature) and not table.feature.str.startswith(("START_", "NOT_")).any()
    for shown in _explained_three_ways(plain, tmp_path, capsys)[::2]:  # str() and the command's
        assert "feature: the n-gram as the model reads it, lower-cased, not stemmed." in shown, shown
        assert "stemmed;" not in shown and "START_x" not in shown and "NOT_x" not in shown, shown
    # a stemming model with both kinds of feature is told of each, as the bundled model is
    stemming = stance.train(energy_frame, stance_column="stance", threshold_folds=0)
    stemmed = str(stemming.explain_html("Build wind farms"))
    assert "feature: the n-gram, stemmed; START_x: the statement opens with x; NOT_x:" in " ".join(stemmed.split())


def test_the_highlights_key_names_the_n_grams_a_words_value_shares(energy_frame):
    # An audit of the explanations: the key above the highlights said a word's value was its own
    # contribution "plus an equal share of each word pair it is part of" for a model of ngram_max=3
    # too, whose words' values also hold a third of each triple they are in; and it named word
    # pairs and NOT_ marks to a model of single words with no negation marks.
    triples = stance.train(energy_frame, stance_column="stance", ngram_max=3, threshold_folds=0)
    text = "Every new wind farm off our coast"  # each word once, as a row of the training data writes them
    explanation = triples.explain_html(text)
    html = explanation._repr_html_()
    assert "each n-gram of two or three words it is part of" in html and "each word pair" not in html
    # the hover value of "wind", by the table: every n-gram holding it, shared among its words
    head = next(iter(explanation.spans))
    rows = explanation.table[(explanation.table.explains == head) & (explanation.table.feature != "(baseline)")]
    assert not rows.feature.str.startswith("NOT_").any()  # no negation here: n-grams alone
    wind = sum(value / len(ngram.split()) for ngram, value in zip(rows.ngram, rows.contribution)
               if "wind" in ngram.split())
    assert any(len(ngram.split()) == 3 and "wind" in ngram.split() for ngram in rows.ngram)
    assert f"title='wind {wind:+.3f}'" in html, (wind, html)
    single = stance.train(energy_frame, stance_column="stance", ngram_max=1, stance_cues=False, threshold_folds=0)
    key = single.explain_html(text)._repr_html_()
    assert "word pair" not in key and "NOT_" not in key and "n-gram of two" not in key
    assert "its own contribution, shared equally among the places it is written" in key


def test_the_highlights_key_names_the_start_feature_the_first_words_value_holds(default_model, energy_frame):
    # A review of a2a84931: the key said a word's hover value was its own contribution and shares of
    # its pairs and negation marks, but under a stance the first word's also holds the START_
    # feature: "Deterrence" hovered +0.008 beside its row deterr +1.866, START_deterr -1.674 unnamed.
    text = "Deterrence keeps the alliance safe."  # each word once
    explanation = default_model.explain_html(text)
    html = explanation._repr_html_()
    head = next(head for head in explanation.spans if head.startswith("stance: "))
    rows = explanation.table[(explanation.table.explains == head) & (explanation.table.feature != "(baseline)")]
    opening = rows[rows.feature.str.startswith("START_")]
    assert opening.ngram.tolist() == ["Deterrence"] and abs(opening.contribution.iloc[0]) > 1
    held = sum(value / len(ngram.split()) for ngram, value in zip(rows.ngram, rows.contribution)
               if "Deterrence" in ngram.split())
    assert f"title='Deterrence {held:+.3f}'" in html  # its row's value, the START_ row's with it
    assert "the first word's value also holds the START_ feature" in " ".join(html.split())
    # a model with no START_ feature is told of none
    plain = stance.train(energy_frame, stance_column="stance", stance_cues=False, threshold_folds=0)
    assert "START_" not in plain.explain_html(text)._repr_html_()
