"""Pick one place for each name found in a document.

Rules, in the spirit of CLIFF-CLAVIN's chain but with a known context:

1. Countries and named regions outrank admin-1 units, which outrank cities;
   a country's name means the country unless the words around it, its
   neighbours in a list, or the document's country make it a unit
   ("Niger State", "Atlanta, Georgia").
2. A place in the document's context country (given by the project, or the
   country the document names most) wins; so does a place in a country the
   document names elsewhere.
3. A city-province (Hanoi, Ho Chi Minh City, Bangkok, Beijing) is read as
   the admin-1 unit in the context country, where programmes are mapped by
   province, and as the city abroad.
4. Words around the name ("Lang Son province", "the city of Hue") decide
   between an admin-1 unit and a city.
5. Bigger cities beat smaller ones.

Admin-1 units of countries whose units changed (``geodata/lineage.csv``)
are then read on the map of the document's date, or of the words around
the name ("former", "(mới)"): the same code means the old unit or the
merged one, and ``vintage``, ``members`` and ``successor`` say which (see
:mod:`progmap.places.vintage`). The date never changes which code a name
gets, so it is applied after the decisions above, which stay shared.

A name whose best readings are too close, or that is only a small foreign
town with no support in the document, is not guessed: it goes to the
unresolved report with its suggestions.
"""

from __future__ import annotations

import functools
import gc
import math
import multiprocessing
import os
import weakref

import numpy as np
import pandas as pd
from lemminflect import getAllLemmas

from progmap.actors.vocabulary import country_of
from progmap.places.gazetteer import Gazetteer
from progmap.places.mentions import CANDIDATE_COLUMNS, SMALL_CITY, MatchBatch, PlaceMatcher
from progmap.schema import MENTION_COLUMNS, UNRESOLVED_COLUMNS

_KIND_WEIGHT = {"country": 1.0, "region": 0.9, "admin1": 0.8, "city": 0.6}
#: A city smaller than this needs support from the document to be mapped.
_SMALL_CITY = SMALL_CITY
#: Best and second readings closer than this, in different countries, are ambiguous.
_MARGIN = 0.15


class _Resolver:
    """Resolution state shared by every document a matcher reads.

    Corpora repeat the same few thousand names. Each distinct (name,
    spelling, hint) is read once into arrays; documents are then resolved a
    batch at a time with array operations. Only names whose readings lie in
    several countries (or that mean something only in some context) are
    decided one document at a time.
    """

    def __init__(self, matcher: PlaceMatcher):
        self.matcher = matcher
        #: Country codes in alphabetical order: ties in context inference go
        #: to the first, so the result never depends on the order of names.
        self.countries = sorted({place.country for place in matcher.info.values() if place.country})
        self.country_id = {code: i for i, code in enumerate(self.countries)}
        self.combo_id: dict[tuple[str, str, str], int] = {}
        self.combos: list[tuple[str, str, str]] = []
        self.options: list[tuple[str, ...]] = []
        self.options_id: dict[tuple[str, ...], int] = {}
        # Per name: the one country its readings name (context inference),
        # whether it is simple (readings in one country, the same in every
        # context), its readings' id, their country, and whether they vouch
        # for that country. Arrays grow as names arrive.
        self._sole = np.empty(0, np.int64)
        self._simple = np.empty(0, bool)
        self._opt = np.empty(0, np.int64)
        self._country = np.empty(0, np.int64)
        self._own = np.empty(0, np.int64)
        self._opt_support = np.empty(0, np.int64)
        #: Names that vouch for no country and infer no context: one-word
        #: provinces that read as ordinary words ("Gulf", "Rivers", "Antique").
        self._mute = np.empty(0, bool)
        #: Verdict id per simple name and state (0: its country unsupported,
        #: 1: supported by the document, 2: the context country); -1 unknown.
        self._verdict = np.empty((0, 3), np.int64)
        self.verdicts: list[tuple] = []
        self.verdict_id: dict[tuple, int] = {}
        self._flags = np.empty(0, bool)
        #: Countries whose admin-1 units changed, and per verdict the index of
        #: its place's country among them (-1: not such an admin-1 unit).
        self.vintages = matcher.vintages
        self.dated_countries = sorted(self.vintages.maps)
        self._dated = np.empty(0, np.int64)
        self._dated_rows: dict[tuple, tuple] = {}

    # -- registries -------------------------------------------------------

    def _grow(self, size: int) -> None:
        """Make room for ``size`` names in the per-name arrays."""
        for name, fill in (("_sole", -1), ("_simple", False), ("_opt", -1), ("_country", -2), ("_own", 0), ("_verdict", -1), ("_mute", False)):
            setattr(self, name, _grown(getattr(self, name), size, fill))

    def _options(self, options: tuple[str, ...]) -> int:
        found = self.options_id.get(options)
        if found is None:
            found = self.options_id[options] = len(self.options)
            self.options.append(options)
            self._opt_support = _grown(self._opt_support, found + 1, -1)
            self._opt_support[found] = self.country_id.get(self.matcher.support_country(options), -1)
        return found

    def _register(self, combo: tuple[str, str, str]) -> int:
        matcher = self.matcher
        key, written, _ = combo
        index = self.combo_id[combo] = len(self.combos)
        self.combos.append(combo)
        self._grow(index + 1)
        readings = matcher.cached_readings(key, written)
        # A name that reads as an ordinary word and can only be a faraway
        # province ("Gulf", "Rivers") says nothing of what the text is about.
        # A kind word makes it the province again ("the Volta Region").
        mute = bool(readings) and combo[2] != "admin1" and _ordinary_word(key) and all(matcher.info[r.code].kind == "admin1" for r in readings)
        self._mute[index] = mute
        self._sole[index] = -1 if mute else self.country_id.get(matcher.sole_country(key, written), -1)
        if readings and not any(reading.context for reading in readings):
            options = tuple(reading.code for reading in readings)
            self._opt[index] = self._options(options)
            countries = matcher.countries_of(options)
            if len(countries) == 1:
                (country,) = countries
                self._simple[index] = True
                self._country[index] = self.country_id.get(country, -2)
                self._own[index] = int(bool(country) and not mute and matcher.support_country(options) == country)
        return index

    def _verdict_index(self, verdict: tuple) -> int:
        found = self.verdict_id.get(verdict)
        if found is None:
            found = self.verdict_id[verdict] = len(self.verdicts)
            if verdict[0] == "resolved":
                place = self.matcher.info[verdict[1]]
                self.verdicts.append((True, (place.kind, verdict[1], place.name, place.country, verdict[2], *self._on_map(verdict[1], 0, ""))))
            else:
                self.verdicts.append((False, verdict[1:]))
        return found

    def _on_map(self, code: str, index: int, era: str) -> tuple:
        """(vintage, members, successor) of a place on a country's map ``index``."""
        place = self.matcher.info[code]
        if place.kind != "admin1":
            return (self.vintages.source, (), "")
        return self.vintages.state(place.country, code, index, era)[:3]

    def _dated_flags(self) -> np.ndarray:
        """Per verdict id, the index of its admin-1 unit's country among the
        countries with maps (-1 otherwise)."""
        if len(self._dated) != len(self.verdicts):
            ids = {country: i for i, country in enumerate(self.dated_countries)}
            info = self.matcher.info
            self._dated = np.array(
                [ids.get(info[row[1]].country, -1) if resolved and row[0] == "admin1" else -1 for resolved, row in self.verdicts],
                dtype=np.int64,
            )
        return self._dated

    def _dated_row(self, v: int, index: int, era: str) -> tuple:
        """Verdict ``v``'s row on map ``index`` of its country, read with ``era``."""
        key = (v, index, era)
        found = self._dated_rows.get(key)
        if found is None:
            kind, code, name, country, score = self.verdicts[v][1][:5]
            label, members, successor, new_name = self.vintages.state(country, code, index, era)
            found = self._dated_rows[key] = (kind, code, new_name or name, country, score, label, members, successor)
        return found

    def _dated_overrides(self, verdict: np.ndarray, doc: np.ndarray, dates: list[str], eras: list[str] | None) -> dict[int, tuple]:
        """Rows of the matches that name a changed country's admin-1 unit on a
        map other than the source's, by match index."""
        if not self.dated_countries:
            return {}
        country = self._dated_flags()[verdict]
        dated = np.flatnonzero(country >= 0)
        if not len(dated):
            return {}
        day = np.array(dates, dtype=str)
        index = np.zeros(len(verdict), dtype=np.int64)
        for c, code in enumerate(self.dated_countries):
            starts = np.array([m.start for m in self.vintages.maps[code]], dtype=str)
            mine = dated[country[dated] == c]
            index[mine] = np.searchsorted(starts, day[doc[mine]], side="right")
        rows = {}
        for i in dated.tolist():
            era = eras[i] if eras else ""
            if index[i] or era:
                rows[i] = self._dated_row(int(verdict[i]), int(index[i]), era)
        return rows

    # -- resolution -------------------------------------------------------

    def resolve(self, batch: list[list[tuple]], contexts=None, dates=None, nationalities=None) -> list[tuple[list, list, str]]:
        """Resolve the matches of many documents; see :func:`resolve_matches`."""
        return self.resolve_columns(MatchBatch.from_documents(batch, nationalities), contexts, dates)

    def resolve_columns(self, batch: MatchBatch, contexts=None, dates=None) -> list[tuple[list, list, str]]:
        """Resolve a :class:`~progmap.places.mentions.MatchBatch`; per document of it,
        (resolved, unresolved, context) as :func:`resolve_matches` returns them.
        ``dates`` gives each document's ISO date ('' or None: before every change)."""
        n_docs = len(batch.docs)
        context_codes = [(c or "") for c in contexts] if contexts is not None else [""] * n_docs
        if not batch.key:
            return [([], [], code) for code in context_codes]
        ids = self.combo_id
        combos = list(zip(batch.key, batch.written, batch.hint))
        combo_list = list(map(ids.get, combos))
        for i in [i for i, c in enumerate(combo_list) if c is None]:
            combo_list[i] = ids[combos[i]] if combos[i] in ids else self._register(combos[i])
        combo = np.asarray(combo_list, dtype=np.int64)
        doc = batch.doc
        n_countries = len(self.countries)
        context = self._contexts(context_codes, combo, doc, n_docs)

        # Readings of each match: fixed for simple names, else under its
        # document's context ("Hue" is a province only in Vietnamese texts).
        simple = self._simple[combo]
        opt = self._opt[combo].copy()
        general = np.flatnonzero(~simple).tolist()
        matcher = self.matcher
        for i in general:
            key, written, _ = self.combos[combo_list[i]]
            opt[i] = self._options(matcher.codes_for(key, written, context_codes[doc[i]]))

        # The countries each document's names vouch for, each set of
        # readings counted once per document.
        n_opts = len(self.options)
        vocal = ~self._mute[combo]
        pairs = np.unique(doc[vocal] * n_opts + opt[vocal])
        pair_support = self._opt_support[pairs % n_opts]
        vouches = pair_support >= 0
        vouching = np.bincount(
            (pairs // n_opts)[vouches] * n_countries + pair_support[vouches], minlength=n_docs * n_countries
        ).reshape(n_docs, n_countries)
        # "Bolivian workers" vouch for Bolivia as "Bolivia" would ("recruited in La Paz").
        for d, codes in enumerate(batch.nationalities or ()):
            for code in codes:
                if code in self.country_id:
                    vouching[d, self.country_id[code]] += 1

        verdict = np.empty(len(combo_list), dtype=np.int64)
        chosen = np.flatnonzero(simple)
        if len(chosen):
            verdict[chosen] = self._simple_verdicts(combo[chosen], doc[chosen], context, vouching)
        decided: dict[tuple[int, int], int] = {}
        supports: dict[int, set] = {}
        for i in general:
            d, c = int(doc[i]), combo_list[i]
            found = decided.get((d, c))
            if found is None:
                support = supports.get(d)
                if support is None:
                    support = supports[d] = {self.countries[j] for j in np.flatnonzero(vouching[d])} | ({context_codes[d]} - {""})
                found = decided[(d, c)] = self._general_verdict(c, self.options[opt[i]], context_codes[d], support, vouching[d])
            verdict[i] = found

        # Rows in document order, then cut per document.
        rows = self.verdicts
        is_resolved = self._resolved_flags()[verdict]
        starts, stops, written = batch.start, batch.stop, batch.written
        dated = self._dated_overrides(verdict, doc, [(d or "") for d in dates] if dates is not None else [""] * n_docs, batch.era)
        parts = []
        for wanted in (is_resolved, ~is_resolved):
            chosen = np.flatnonzero(wanted)
            if dated and wanted is is_resolved:
                made = [(starts[i], stops[i], written[i]) + (dated.get(i) or rows[v][1]) for i, v in zip(chosen.tolist(), verdict[chosen].tolist())]
            else:
                made = [(starts[i], stops[i], written[i]) + rows[v][1] for i, v in zip(chosen.tolist(), verdict[chosen].tolist())]
            bounds = np.cumsum(np.bincount(doc[chosen], minlength=n_docs)).tolist()
            parts.append([made[a:b] for a, b in zip([0, *bounds[:-1]], bounds)])
        return list(zip(parts[0], parts[1], context_codes))

    def _resolved_flags(self) -> np.ndarray:
        """Per verdict id, whether it resolves the name."""
        if len(self._flags) != len(self.verdicts):
            self._flags = np.array([resolved for resolved, _ in self.verdicts], dtype=bool)
        return self._flags

    def _contexts(self, codes: list[str], combo: np.ndarray, doc: np.ndarray, n_docs: int) -> np.ndarray:
        """Context country id per document, inferring it where not given.

        A document's context is the country it names most often, counting
        every name that can only lie in one country (a country, or a province
        or city no other country has), so an ambiguous "Georgia" does not tip
        the balance. ``codes`` is updated in place with inferred contexts.
        """
        # -1: no context; -3: a context code no place of the gazetteer has.
        context = np.array([self.country_id.get(code, -3) if code else -1 for code in codes], dtype=np.int64)
        unknown = context == -1
        if unknown.any():
            n_countries = len(self.countries)
            sole = self._sole[combo]
            counted = (sole >= 0) & unknown[doc]
            counts = np.bincount(doc[counted] * n_countries + sole[counted], minlength=n_docs * n_countries)
            counts = counts.reshape(n_docs, n_countries)
            best = counts.argmax(axis=1)
            found = unknown & (counts[np.arange(n_docs), best] > 0)
            context[found] = best[found]
            for d in np.flatnonzero(found).tolist():
                codes[d] = self.countries[best[d]]
        return context

    def _simple_verdicts(self, combo: np.ndarray, doc: np.ndarray, context: np.ndarray, vouching: np.ndarray) -> np.ndarray:
        """Verdicts of names whose readings all lie in one country.

        Such a name's verdict depends only on whether its country is the
        context country, is vouched for by another name of the document, or
        neither; those three verdicts are worked out once per name.
        """
        country = self._country[combo]
        is_context = country == context[doc]
        known = country >= 0
        # A name never vouches for itself.
        others = np.where(known, vouching[doc, np.maximum(country, 0)], 0) - self._own[combo]
        state = np.where(is_context, 2, (known & (others >= 1)).astype(np.int64))
        verdict = self._verdict[combo, state]
        missing = verdict < 0
        if missing.any():
            for c, st in set(zip(combo[missing].tolist(), state[missing].tolist())):
                key, _, hint = self.combos[c]
                code = self.countries[self._country[c]] if self._country[c] >= 0 else ""
                support = {code} if st >= 1 and code else set()
                result = _decide(self.options[self._opt[c]], hint, code if st == 2 else "", support, self.matcher, key)
                self._verdict[c, st] = self._verdict_index(result)
            verdict = self._verdict[combo, state]
        return verdict

    def _general_verdict(self, c: int, options: tuple[str, ...], context: str, vouched: set, vouching_row: np.ndarray) -> int:
        """Verdict of a name whose readings span countries, in one document."""
        matcher = self.matcher
        key, _, hint = self.combos[c]
        own = matcher.support_country(options)
        support = vouched
        if own and own != context and vouching_row[self.country_id[own]] == 1:
            support = vouched - {own}
        # A decision depends on the support only through the readings' own
        # countries, so decisions are shared across documents.
        memo_key = (options, hint, context, matcher.countries_of(options) & support, _ordinary_word(key), _nationality_word(key))
        verdict = matcher.decisions.get(memo_key)
        if verdict is None:
            verdict = matcher.decisions[memo_key] = _decide(options, hint, context, support, matcher, key)
        return self._verdict_index(verdict)


def _grown(array: np.ndarray, size: int, fill) -> np.ndarray:
    """``array`` with room for at least ``size`` rows, new rows set to ``fill`` (doubling, so growth is cheap)."""
    if size <= len(array):
        return array
    grown = np.full((max(size, 2 * len(array), 1024), *array.shape[1:]), fill, dtype=array.dtype)
    grown[: len(array)] = array
    return grown


#: One resolver per matcher, kept as long as the matcher lives.
_RESOLVERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _resolver(matcher: PlaceMatcher) -> _Resolver:
    found = _RESOLVERS.get(matcher)
    if found is None:
        found = _RESOLVERS[matcher] = _Resolver(matcher)
    return found


def resolve_matches(
    matches: list[tuple], matcher: PlaceMatcher, context_country: str | None = None, date: str | None = None, nationalities=()
):
    """Resolve (start, end, text, key, hint, era) matches of one document.

    The frame-free core of :func:`resolve_mentions`. The context country,
    when not given, is the country the document names most; ``date`` (ISO)
    decides which map of a country's admin-1 units the document speaks;
    ``nationalities`` (ISO alpha-3 codes of the document's nationality words,
    see :attr:`~progmap.places.mentions.MatchBatch.nationalities`) support
    their countries as the countries' names would.

    Returns
    -------
    resolved : list of tuple
        (start, end, text, kind, code, name, country, score, vintage,
        members, successor).
    unresolved : list of tuple
        (start, end, text, reason, suggestions).
    context : str
        The context country used.
    """
    return _resolver(matcher).resolve([matches], [context_country], [date], [tuple(nationalities)])[0]


def resolve_batch(batch: list[list[tuple]], matcher: PlaceMatcher, contexts=None, dates=None) -> list[tuple[list, list, str]]:
    """:func:`resolve_matches` for many documents at once, much faster.

    Parameters
    ----------
    batch : list of list of tuple
        Per document, its matches from :meth:`PlaceMatcher.find_matches_many`.
    contexts : list of str, optional
        Per document, its context country (None or '' to infer it).
    dates : list of str, optional
        Per document, its ISO date (None or '': read on the boundary file's map).
    """
    return _resolver(matcher).resolve(batch, contexts, dates)


def resolve_mentions(
    doc_id: str,
    candidates: pd.DataFrame,
    matcher: PlaceMatcher,
    gazetteer: Gazetteer | None = None,
    context_country: str | None = None,
    sentences=None,
    date: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Resolve a document's name matches to places.

    Parameters
    ----------
    doc_id : str
        Document id, copied to every row.
    candidates : pandas.DataFrame or list of tuples
        Matches from :meth:`PlaceMatcher.find` (or ``find_matches``); a frame
        from ``find`` carries the nationality words its text names.
    matcher : PlaceMatcher
        Gives each match's readings under the case rules, and place facts.
    gazetteer : Gazetteer, optional
        Unused; kept so callers can pass the pair they hold.
    context_country : str, optional
        ISO alpha-3 of the country the document is about; inferred if None.
    sentences : callable, optional
        ``sentences(starts, ends) -> list[str]``: the sentence holding each
        mention. Without it, the sentence column is left empty.
    date : str, optional
        The document's ISO date (see :func:`resolve_matches`).

    Returns
    -------
    mentions : pandas.DataFrame
        :data:`progmap.schema.MENTION_COLUMNS`.
    unresolved : pandas.DataFrame
        :data:`progmap.schema.UNRESOLVED_COLUMNS`.
    context : str
        The context country used.
    """
    nationalities = ()
    if isinstance(candidates, pd.DataFrame):
        nationalities = candidates.attrs.get("nationalities", ())
        candidates = list(candidates[[c for c in CANDIDATE_COLUMNS if c in candidates]].itertuples(index=False, name=None))
    resolved, unresolved, context = resolve_matches(candidates, matcher, context_country, date, nationalities)
    return (*mention_frames(doc_id, resolved, unresolved, sentences), context)


def mention_frames(doc_id: str, resolved: list[tuple], unresolved: list[tuple], sentences=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The mentions and unresolved frames of one document's resolved matches.

    Parameters
    ----------
    doc_id : str
        Document id, copied to every row.
    resolved, unresolved : list of tuple
        As :func:`resolve_matches` returns them.
    sentences : callable, optional
        ``sentences(starts, ends) -> list[str]`` (see :func:`resolve_mentions`).

    Returns
    -------
    mentions, unresolved : pandas.DataFrame
        :data:`progmap.schema.MENTION_COLUMNS`, :data:`progmap.schema.UNRESOLVED_COLUMNS`.
    """
    mentions = pd.DataFrame(resolved, columns=["start", "end", "text", "kind", "code", "name", "country", "score", "vintage", "members", "successor"])
    mentions["members"] = [list(members) for members in mentions["members"]]
    missed = pd.DataFrame(unresolved, columns=["start", "end", "text", "reason", "suggestions"])
    for frame in (mentions, missed):
        frame.insert(0, "doc", doc_id)
        frame["sentence"] = sentences(frame["start"].to_numpy(), frame["end"].to_numpy()) if sentences and len(frame) else ""
    return mentions[MENTION_COLUMNS], missed[UNRESOLVED_COLUMNS]


def _decide(options: tuple[str, ...], hint: str, context: str, support: set[str], matcher, written_key: str = "") -> tuple:
    """Resolve one name's readings: ("resolved", code, confidence) or ("unresolved", reason, suggestions)."""
    if not options:
        return ("unresolved", "name only counts in another context country", "")
    info = matcher.info
    # "admin1@PAK": a kind word, and the country the names listed beside it lie in.
    hint, _, where = hint.partition("@")
    if where.startswith("!"):
        # "In Kenya, the Central Province": the sentence is set where no unit has the name (a former
        # province), so it is none of the other countries' units either.
        return ("unresolved", f"shared unit name in a sentence set in {where[1:]}, which has no unit of that name", "; ".join(options))
    if where.startswith("~"):
        # "Santa Cruz province" in a text about Bolivia is Bolivia's department: a kind word
        # ("province") that fits another country's unit of the name yields to the document's country.
        where = where[1:]
        if context and context != where and any(info[code].country == context and info[code].kind == "admin1" for code in options):
            where = context
    if where:
        options = tuple(code for code in options if info[code].country == where) or options
        support = support | {where}
    options = _country_or_unit(options, hint, context, info)
    # "Somali and Ethiopian migrants": a nationality word that also names a
    # province (Ethiopia's Somali Region) is the province only with its kind word.
    if hint != "admin1" and _nationality_word(written_key) and all(info[code].kind == "admin1" for code in options):
        return ("unresolved", "nationality word that also names a province, with no kind word", "; ".join(options))
    scored = sorted(((_score(code, hint, context, support, options, matcher), code) for code in options), reverse=True)
    scored = _city_unit_first(scored, options, info, hint)
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
        # "driven through Kano to Agadez": a small town abroad that names its province too is read as the
        # province, as an unsupported foreign province is ("Agadez" is Niger's Agadez Region).
        unit = next((code for _, code in scored if info[code].kind == "admin1" and info[code].country == place.country), None)
        if unit is None or len({info[c].country for _, c in scored}) > 1 or (hint != "admin1" and _ordinary_word(written_key)):
            return ("unresolved", "small place with no support in the document", _suggestions(scored, info))
        best, place = unit, info[unit]
    if place.kind == "admin1" and place.country not in support:
        if len({info[c].country for _, c in scored}) > 1:
            return ("unresolved", "foreign admin-1 name shared by several countries", _suggestions(scored, info))
        # A one-word name of a faraway province that is short or an English
        # word ("Bay", "Delta", "Rivers", "Plateau") is more often an
        # ordinary word, and so is a name made of English words only
        # ("SOUTHERN HIGHLANDS" in a subject line about Peru); it needs its
        # country in the text or a kind word.
        if hint != "admin1" and (_ordinary_word(written_key) or _ordinary_phrase(written_key)):
            return ("unresolved", "foreign admin-1 name that reads as an ordinary word, with no support in the document", _suggestions(scored, info))
        # "the Centre-Nord and Est regions" of Burkina Faso are not Cameroon's East Region: a unit
        # named by compass words only needs its country in the text, kind word or not.
        if written_key and all(word in _COMPASS_WORDS for word in written_key.split()):
            return ("unresolved", "foreign admin-1 name of compass words, with no support in the document", _suggestions(scored, info))
    confidence = best_score / (best_score + (scored[1][0] if len(scored) > 1 else 0.0))
    return ("resolved", best, round(confidence, 3))


#: Compass words, in English and the languages units are named in ("Est", "Nord-Ouest", "Centro Sur"), folded.
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central centre center far upper lower middle "
    "nord sud est ouest norte sur este oeste centro noord zuid oost".split()
)


def _city_unit_first(scored: list, options: tuple[str, ...], info, hint: str = "") -> list:
    """Between two units of one country with the same name and score, the one holding the
    city of that name: "Tashkent" is the capital's unit, not Tashkent Region around it.
    With a kind word ("Tashkent Region", "the provinces of Gaza and Maputo") it is the other."""
    if len(scored) < 2 or scored[0][0] != scored[1][0]:
        return scored
    (_, a), (_, b) = scored[0], scored[1]
    if info[a].kind != "admin1" or info[b].kind != "admin1" or info[a].country != info[b].country:
        return scored
    holding = {info[code].within for code in options if info[code].kind == "city"}
    if hint == "admin1":
        a, b = b, a
    if b in holding and a not in holding:
        return [scored[1], scored[0], *scored[2:]]
    return scored


def _country_or_unit(options: tuple[str, ...], hint: str, context: str, info) -> tuple[str, ...]:
    """The readings a country's name can have here.

    A name that names a country and also an admin-1 unit or a city ("Niger"
    and Nigeria's Niger State, "Georgia" and the US state, "Djibouti" and
    its capital district) means the country, unless a kind word or its
    neighbours make it the unit (``hint``: "Niger State", "Atlanta,
    Georgia"), or the document is about the unit's country, which then
    scores as usual ("Georgia" in a text about the United States). That
    another name of the document vouches for the unit's country is not
    enough: "Nigeria" beside "through Niger to Libya" leaves Niger the
    country. Names with no country reading keep all their readings.
    """
    countries = tuple(code for code in options if info[code].kind == "country")
    if not countries or len(countries) == len(options):
        return options
    if hint == "country":
        return countries
    if hint in ("admin1", "city"):
        return tuple(code for code in options if info[code].kind == hint) or options
    own = {info[code].country for code in countries}
    if not context or context in own:
        return countries
    return tuple(code for code in options if code in countries or info[code].country == context)


@functools.lru_cache(maxsize=None)
def _ordinary_word(key: str) -> bool:
    """Whether a folded name is a word of three letters or an English word.

    "Bay", "Edo", and "Rivers", "Plateau", "Highland", "Antique" (English
    words by lemminflect's lexicon): capitalized at the start of a
    sentence or in a heading, they are seldom the province they name.
    Short names that are no English word ("Sabah", "Johor", "Anhui",
    "Hunan") are the provinces they name.
    """
    return " " not in key and (len(key) < 4 or bool(getAllLemmas(key)))


@functools.lru_cache(maxsize=None)
def _ordinary_phrase(key: str) -> bool:
    """Whether a folded name of several words is English words only ("southern highlands")."""
    return " " in key and all(getAllLemmas(word) for word in key.split())


@functools.lru_cache(maxsize=4096)
def _nationality_word(key: str) -> bool:
    """Whether a folded one-word name is a nationality word ("somali", "thai")."""
    return " " not in key and country_of(key.title()) is not None


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
    # City-provinces: admin-1 at home, whatever the words around say ("the
    # capital city of Hanoi" is still the province Hanoi); abroad the city,
    # unless a kind word names the province ("Ranong Province").
    if place.country in matcher.city_province_countries(options):
        home = bool(context) and place.country == context
        if (place.kind == "admin1") == (home or hint == "admin1"):
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
    dates = shared["dates"][start:stop] if shared["dates"] is not None else None
    return _resolve_serial(shared["matcher"], shared["texts"][start:stop], spans, contexts, dates)


def _resolve_serial(matcher, texts, spans, contexts, dates=None):
    resolver = _resolver(matcher)
    out = []
    for batch in range(0, len(texts), _BATCH):
        chunk = texts[batch : batch + _BATCH]
        chunk_spans = spans[batch : batch + _BATCH] if spans is not None else None
        chunk_contexts = contexts[batch : batch + _BATCH] if contexts is not None else [None] * len(chunk)
        chunk_dates = dates[batch : batch + _BATCH] if dates is not None else [None] * len(chunk)
        results = [None] * len(chunk)
        for group in matcher.scan_batches(chunk, chunk_spans):
            found = resolver.resolve_columns(group, [chunk_contexts[i] for i in group.docs], [chunk_dates[i] for i in group.docs])
            for i, result in zip(group.docs, found):
                results[i] = result
        out.extend(results)
    return out


def resolve_texts(texts: list[str], matcher: PlaceMatcher, spans=None, contexts=None, processes: int | None = None, dates=None):
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
    dates : list of str, optional
        Per document, the ISO date it is read at (None: on the boundary
        file's map); :func:`progmap.places.vintage.reading_dates` fills in
        undated documents as a project asks.
    processes : int, optional
        Worker processes for large corpora; default: one per CPU when the
        corpus is large enough to pay for them, else none.

    Returns
    -------
    list of (resolved, unresolved, context)
        Per document, as :func:`resolve_matches` returns them.
    """

    if processes is None:
        processes = (os.cpu_count() or 1) if sum(map(len, texts)) >= _PARALLEL_MIN_CHARS else 1
    # Objects alive now (the gazetteer, the matcher's memos, the texts) are
    # moved out of the garbage collector's reach for the run: each batch
    # makes many small tuples, and every full collection they trigger would
    # otherwise walk the whole heap. In forked workers this also keeps the
    # collector from copying every page of the shared heap.
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        if processes <= 1 or len(texts) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return _resolve_serial(matcher, texts, spans, contexts, dates)
        return _resolve_parallel(matcher, texts, spans, contexts, processes, dates)
    finally:
        if ours:
            gc.unfreeze()


def _resolve_parallel(matcher, texts, spans, contexts, processes: int, dates=None):
    # Forked workers see the texts and the matcher (with its memos) as they
    # are now; only index ranges go to them and results come back. This
    # process reads the first range itself while they read the others.
    _SHARED.update(matcher=matcher, texts=texts, spans=spans, contexts=contexts, dates=dates)
    size = -(-len(texts) // processes)
    ranges = [(i, min(i + size, len(texts))) for i in range(0, len(texts), size)]
    try:
        with multiprocessing.get_context("fork").Pool(len(ranges) - 1) as pool:
            others = pool.map_async(_resolve_range, ranges[1:])
            parts = [_resolve_range(ranges[0]), *others.get()]
    finally:
        _SHARED.clear()
    return [result for part in parts for result in part]
