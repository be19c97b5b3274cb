"""Output layers of a made-up archive, for sizing and timing the web map.

:func:`archive_layers` writes no documents: it draws records (mentions,
programmes, organizations, routes), dated over two decades, the way the
reading stages would return them for an archive of ``documents`` texts
about Vietnam and its neighbours, and joins them to geometry with
:mod:`progmap.outputs.layers`, as a build does. Used by
``benchmarks/webmap.py`` (10,000 documents) and the browser test of
aggregation (a few hundred).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from progmap.outputs import layers as out

#: Where the made-up routes lead, most often first.
DESTINATIONS = ["CHN", "MYS", "THA", "KHM", "LAO", "KOR", "TWN", "JPN", "SGP", "GBR", "DEU", "SAU"]
PURPOSES = ["labour", "sexual exploitation", "marriage", "adoption", "begging", "other"]
ACTIVITIES = ["prevention", "protection", "reintegration", "shelter", "training", "legal aid"]
WORDS = ("women girls men boys children brokers recruiters border province district village labour marriage "
         "shelter hotline police court return repatriation victims identified trafficked assisted project").split()
#: Well-known bodies first, with their acronyms.
KNOWN = [("International Organization for Migration", ["IOM"], "IGO"), ("United Nations Children's Fund", ["UNICEF"], "UN"),
         ("Blue Dragon Children's Foundation", [], "NGO"), ("Vietnam Women's Union", ["VWU"], "mass organization")]


def _sentence(rng, words: int = 40) -> str:
    return " ".join(rng.choice(WORDS, size=words)).capitalize() + "."


def archive_records(gazetteer, documents: int = 10_000, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Records of a made-up archive: ``documents`` texts of 2005-2025, a tenth undated.

    Returns
    -------
    dict
        ``mentions``, ``organizations``, ``programmes``, ``routes`` (frames of
        :mod:`progmap.schema`'s columns) and ``dates`` (document -> ISO date or None).
    """
    rng = np.random.default_rng(seed)
    places = gazetteer.places
    provinces = sorted(places[(places["kind"] == "admin1") & (places["country"] == "VNM")].index)
    cities = sorted(places[(places["kind"] == "city") & (places["country"] == "VNM")].index)[:30]
    countries = ["VNM", *DESTINATIONS]
    docs = [f"doc{n:05d}.txt" for n in range(documents)]
    years = rng.integers(2005, 2026, size=documents)
    months = rng.integers(1, 13, size=documents)
    dates = {doc: (None if rng.random() < 0.1 else f"{y}-{m:02d}-15") for doc, y, m in zip(docs, years, months)}

    n_orgs = max(20, documents // 25)
    org_names = [k[0] for k in KNOWN] + [f"Organization {i} for Community Development" for i in range(n_orgs - len(KNOWN))]
    organizations = pd.DataFrame(
        {
            "org_id": [f"org-{i:05d}" for i in range(n_orgs)],
            "name": org_names,
            "aliases": [k[1] for k in KNOWN] + [[] for _ in range(n_orgs - len(KNOWN))],
            "org_type": [k[2] for k in KNOWN] + list(rng.choice(["NGO", "government", "UN"], size=n_orgs - len(KNOWN))),
            "country": ["VNM"] * n_orgs,
            "docs": [[docs[i % documents]] for i in range(n_orgs)],
        }
    )
    # Province popularity is skewed, as in real archives.
    weights = 1 / np.arange(1, len(provinces) + 1)
    weights /= weights.sum()
    destination_weights = 1 / np.arange(1, len(DESTINATIONS) + 1) ** 1.3
    destination_weights /= destination_weights.sum()

    mention_rows, programme_rows, route_rows = [], [], []
    known = places.loc[provinces + cities + countries, ["name", "kind", "country"]]
    lookup = {code: tuple(row) for code, row in zip(known.index, known.itertuples(index=False))}
    for d, doc in enumerate(docs):
        named = list(rng.choice(provinces, size=6, p=weights)) + list(rng.choice(countries, size=3)) + list(rng.choice(cities, size=1))
        sentence = _sentence(rng, 25)
        for k, code in enumerate(named):
            name, kind, country = lookup[code]
            # On the boundary file's map, as the source vintage reads them.
            mention_rows.append((doc, k * 100, k * 100 + 8, name, kind, code, name, country, sentence, 1.0,
                                 "", [code] if kind == "admin1" else [], ""))
        org_ids = list(rng.choice(n_orgs, size=2, replace=False, p=None))
        programme_rows.append(
            (f"prog-{d:05d}-1", f"Programme {d % 700} against trafficking", [f"org-{org_ids[0]:05d}"], [f"org-{org_ids[1]:05d}"],
             list(dict.fromkeys(rng.choice(provinces, size=int(rng.integers(1, 3)), p=weights))),
             list(rng.choice(ACTIVITIES, size=2, replace=False)), None, [], None, doc, 0, 200, _sentence(rng), "extracted", [], False, [])
        )
        for r in range(2):
            purposes = list(rng.choice(PURPOSES, size=int(rng.integers(1, 3)), replace=False, p=[0.4, 0.25, 0.2, 0.05, 0.05, 0.05]))
            route_rows.append(
                (f"route-{d:05d}-{r}", str(rng.choice(provinces[:20])), str(rng.choice(DESTINATIONS, p=destination_weights)),
                 purposes, ["women"], None, "return" if rng.random() < 0.1 else "trafficking", doc, 0, 200, _sentence(rng, 30), "extracted",
                 [], False)  # via, origin_inferred
            )
    from progmap.schema import MENTION_COLUMNS, PROGRAMME_COLUMNS, ROUTE_COLUMNS

    return {
        "mentions": pd.DataFrame(mention_rows, columns=MENTION_COLUMNS),
        "organizations": organizations,
        "programmes": pd.DataFrame(programme_rows, columns=PROGRAMME_COLUMNS),
        "routes": pd.DataFrame(route_rows, columns=ROUTE_COLUMNS),
        "dates": dates,
    }


def archive_layers(gazetteer, documents: int = 10_000, seed: int = 0) -> dict:
    """The output layers of :func:`archive_records`, joined as a build joins them."""
    records = archive_records(gazetteer, documents, seed)
    dates = records["dates"]
    layers = out.place_layers(records["mentions"], gazetteer)
    layers["programmes"] = out.programme_layer(records["programmes"], records["organizations"], gazetteer)
    layers["organizations"] = out.organization_layer(records["organizations"], records["programmes"], gazetteer)
    layers["routes"] = out.route_layer(records["routes"], gazetteer)
    for name in ("programmes", "routes"):
        layers[name]["doc_date"] = layers[name]["doc"].map(dates).astype(object)
    layers["places"]["doc_dates"] = [[dates.get(doc) for doc in docs] for docs in layers["places"]["docs"]]
    layers.update(out.summary_layers(layers["programmes"], layers["organizations"], layers["routes"], records["mentions"], gazetteer))
    return layers
