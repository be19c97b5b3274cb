"""Pick one place for each name found in a document.

Rules, in the spirit of CLIFF-CLAVIN's chain but with a known context:

1. Countries and named regions outrank admin-1 units, which outrank cities.
2. A place in the document's context country (given by the project, or the
   country the document names most) wins; so does a place in a country the
   document names elsewhere.
3. A city-province (Hanoi, Ho Chi Minh City, Bangkok, Beijing) is read as
   the admin-1 unit in the context country, where programmes are mapped by
   province, and as the city abroad.
4. Words around the name ("Lang Son province", "the city of Hue") decide
   between an admin-1 unit and a city.
5. Bigger cities beat smaller ones.

A name whose best readings are too close, or that is only a small foreign
town with no support in the document, is not guessed: it goes to the
unresolved report with its suggestions.
"""

from __future__ import annotations

import gc
import math
from collections import Counter

import pandas as pd

from progmap.gazetteer import Gazetteer
from progmap.mentions import PlaceMatcher
from progmap.schema import MENTION_COLUMNS, UNRESOLVED_COLUMNS

_KIND_WEIGHT = {"country": 1.0, "region": 0.9, "admin1": 0.8, "city": 0.6}
#: A city smaller than this needs support from the document to be mapped.
_SMALL_CITY = 200_000
#: Best and second readings closer than this, in different countries, are ambiguous.
_MARGIN = 0.15


def infer_context_country(candidates, matcher: PlaceMatcher) -> str:
    """Return the country a document names most often ('' if none).

    Every name that can only lie in one country counts for it (a country, or
    a province or city no other country has), so an ambiguous "Georgia" does
    not tip the balance.

    Parameters
    ----------
    candidates : pandas.DataFrame or list of tuples
        Matches from :meth:`PlaceMatcher.find` or :meth:`PlaceMatcher.find_matches`.
    """
    pairs = ((m[3], m[2]) for m in candidates) if isinstance(candidates, list) else zip(candidates["key"], candidates["text"])
    counts: Counter[str] = Counter()
    for (key, written), times in Counter(pairs).items():
        country = matcher.sole_country(key, written)
        if country:
            counts[country] += times
    # Ties go to the alphabetically first code, so the result never depends on order.
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[0][0] if ranked else ""


def resolve_matches(matches: list[tuple], matcher: PlaceMatcher, context_country: str | None = None):
    """Resolve (start, end, text, key, hint) matches of one document.

    The frame-free core of :func:`resolve_mentions`.

    Returns
    -------
    resolved : list of tuple
        (start, end, text, kind, code, name, country, score).
    unresolved : list of tuple
        (start, end, text, reason, suggestions).
    context : str
        The context country used.
    """
    info = matcher.info
    context = context_country or infer_context_country(matches, matcher)
    # Decide once per distinct (name, spelling, hint): documents repeat names.
    combos = {(m[3], m[2], m[4]): None for m in matches}
    readings = {combo: matcher.codes_for(combo[0], combo[1], context) for combo in combos}
    # Countries the document's names vouch for; a name never vouches for itself.
    vouching = Counter(matcher.support_country(options) for options in set(readings.values()))
    # A decision depends on the support only through the readings' own
    # countries, so decisions are shared across documents.
    memo = matcher.decisions
    verdicts = {}
    vouched = {c for c in vouching if c}
    if context:
        vouched.add(context)
    for combo, options in readings.items():
        own = matcher.support_country(options)
        support = vouched
        if own and own != context and vouching[own] == 1:
            support = vouched - {own}
        memo_key = (options, combo[2], context, matcher.countries_of(options) & support, len(combo[0]) < 6)
        verdict = memo.get(memo_key)
        if verdict is None:
            verdict = memo[memo_key] = _decide(options, combo[2], context, support, matcher, combo[0])
        verdicts[combo] = verdict
    resolved, unresolved = [], []
    for start, end, written, key, hint in matches:
        verdict = verdicts[(key, written, hint)]
        if verdict[0] == "resolved":
            place = info[verdict[1]]
            resolved.append((start, end, written, place.kind, verdict[1], place.name, place.country, verdict[2]))
        else:
            unresolved.append((start, end, written, verdict[1], verdict[2]))
    return resolved, unresolved, context


def resolve_mentions(
    doc_id: str,
    candidates: pd.DataFrame,
    matcher: PlaceMatcher,
    gazetteer: Gazetteer | None = None,
    context_country: str | None = None,
    sentences=None,
) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Resolve a document's name matches to places.

    Parameters
    ----------
    doc_id : str
        Document id, copied to every row.
    candidates : pandas.DataFrame or list of tuples
        Matches from :meth:`PlaceMatcher.find` (or ``find_matches``).
    matcher : PlaceMatcher
        Gives each match's readings under the case rules, and place facts.
    gazetteer : Gazetteer, optional
        Unused; kept so callers can pass the pair they hold.
    context_country : str, optional
        ISO alpha-3 of the country the document is about; inferred if None.
    sentences : callable, optional
        ``sentences(starts, ends) -> list[str]``: the sentence holding each
        mention. Without it, the sentence column is left empty.

    Returns
    -------
    mentions : pandas.DataFrame
        :data:`progmap.schema.MENTION_COLUMNS`.
    unresolved : pandas.DataFrame
        :data:`progmap.schema.UNRESOLVED_COLUMNS`.
    context : str
        The context country used.
    """
    if isinstance(candidates, pd.DataFrame):
        candidates = list(candidates[["start", "end", "text", "key", "hint"]].itertuples(index=False, name=None))
    resolved, unresolved, context = resolve_matches(candidates, matcher, context_country)
    mentions = pd.DataFrame(resolved, columns=["start", "end", "text", "kind", "code", "name", "country", "score"])
    missed = pd.DataFrame(unresolved, columns=["start", "end", "text", "reason", "suggestions"])
    for frame in (mentions, missed):
        frame.insert(0, "doc", doc_id)
        frame["sentence"] = sentences(frame["start"].to_numpy(), frame["end"].to_numpy()) if sentences and len(frame) else ""
    return mentions[MENTION_COLUMNS], missed[UNRESOLVED_COLUMNS], context


def _decide(options: tuple[str, ...], hint: str, context: str, support: set[str], matcher, written_key: str = "") -> tuple:
    """Resolve one name's readings: ("resolved", code, confidence) or ("unresolved", reason, suggestions)."""
    if not options:
        return ("unresolved", "name only counts in another context country", "")
    info = matcher.info
    scored = sorted(((_score(code, hint, context, support, options, matcher), code) for code in options), reverse=True)
    best_score, best = scored[0]
    place = info[best]
    if len(scored) > 1:
        second_score, second = scored[1]
        if (
            best_score - second_score < _MARGIN
            and info[second].kind == place.kind
            and info[second].country != place.country
            and place.country not in support
        ):
            return ("unresolved", "ambiguous", _suggestions(scored, info))
    if place.kind == "city" and place.country not in support and place.population < _SMALL_CITY:
        return ("unresolved", "small place with no support in the document", _suggestions(scored, info))
    if place.kind == "admin1" and place.country not in support:
        if len({info[c].country for _, c in scored}) > 1:
            return ("unresolved", "foreign admin-1 name shared by several countries", _suggestions(scored, info))
        # A short one-word name of a faraway province ("Bay", "Delta") is
        # more often an ordinary word; it needs its country in the text.
        if hint != "admin1" and len(written_key) < 6:
            return ("unresolved", "short foreign admin-1 name with no support in the document", _suggestions(scored, info))
    confidence = best_score / (best_score + (scored[1][0] if len(scored) > 1 else 0.0))
    return ("resolved", best, round(confidence, 3))


def _suggestions(scored, info) -> str:
    """The top readings with scores, for the unresolved report."""
    return "; ".join(f"{code} {info[code].name} ({s:.2f})" for s, code in scored[:5])


def _score(code: str, hint: str, context: str, support: set[str], options, matcher) -> float:
    """Score one reading of a name; see the module docstring for the rules."""
    place = matcher.info[code]
    score = _KIND_WEIGHT[place.kind]
    if context and place.country == context:
        score += 0.5
    elif place.country in support:
        score += 0.3
    if place.kind == "city":
        score += min(math.log10(place.population + 1) / 7, 1.0) * 0.4
    # City-provinces: admin-1 at home, the city abroad, whatever the words
    # around say ("the capital city of Hanoi" is still the province Hanoi).
    if place.country in matcher.city_province_countries(options):
        home = bool(context) and place.country == context
        if (place.kind == "admin1") == home:
            score += 0.45
    elif hint and hint == place.kind:
        score += 0.6
    return score


#: What forked workers read: set before the fork, so no text is pickled to them.
_SHARED: dict = {}
#: Below this many characters a worker pool costs more than it saves.
_PARALLEL_MIN_CHARS = 4_000_000
_BATCH = 500


def _resolve_range(bounds: tuple[int, int]):
    start, stop = bounds
    shared = _SHARED
    spans = shared["spans"][start:stop] if shared["spans"] is not None else None
    contexts = shared["contexts"][start:stop] if shared["contexts"] is not None else None
    return _resolve_serial(shared["matcher"], shared["texts"][start:stop], spans, contexts)


def _resolve_serial(matcher, texts, spans, contexts):
    out = []
    for batch in range(0, len(texts), _BATCH):
        chunk = texts[batch : batch + _BATCH]
        chunk_spans = spans[batch : batch + _BATCH] if spans is not None else None
        for i, matches in enumerate(matcher.find_matches_many(chunk, chunk_spans)):
            context = contexts[batch + i] if contexts is not None else None
            out.append(resolve_matches(matches, matcher, context))
    return out


def resolve_texts(texts: list[str], matcher: PlaceMatcher, spans=None, contexts=None, processes: int | None = None):
    """Find and resolve the places of many documents.

    Parameters
    ----------
    texts : list of str
        Document texts.
    matcher : PlaceMatcher
    spans : list, optional
        Per document, the spans to read (see :meth:`PlaceMatcher.find`).
    contexts : list of str, optional
        Per document, its context country (None to infer it).
    processes : int, optional
        Worker processes for large corpora; default: one per CPU when the
        corpus is large enough to pay for them, else none.

    Returns
    -------
    list of (resolved, unresolved, context)
        Per document, as :func:`resolve_matches` returns them.
    """
    import multiprocessing
    import os

    if processes is None:
        processes = (os.cpu_count() or 1) if sum(map(len, texts)) >= _PARALLEL_MIN_CHARS else 1
    if processes <= 1 or len(texts) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _resolve_serial(matcher, texts, spans, contexts)
    # Forked workers see the texts and the matcher (with its memos) as they
    # are now; only index ranges go to them and results come back.
    _SHARED.update(matcher=matcher, texts=texts, spans=spans, contexts=contexts)
    size = -(-len(texts) // processes)
    # Frozen objects are not traversed by the children's garbage collector,
    # which would otherwise copy every page of the shared heap.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            parts = pool.map(_resolve_range, [(i, min(i + size, len(texts))) for i in range(0, len(texts), size)])
    finally:
        gc.unfreeze()
        _SHARED.clear()
    return [result for part in parts for result in part]
