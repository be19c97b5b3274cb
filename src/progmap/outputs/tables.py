"""Tables for the humanitarian toolchain: 3W and routes, with HXL hashtags.

A 3W table has one row per organization x programme x place ("who does what
where"); the routes table one row per route. Both carry an HXL hashtag row
under the header (hxlstandard.org), so they drop into HDX and HXL tools.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from progmap.places.gazetteer import Gazetteer

#: HXL hashtags under the header of the 3W and routes tables.
HXL_3W = {
    "org_name": "#org+impl",
    "org_type": "#org+type",
    "funders": "#org+funder",
    "programme": "#activity+programme",
    "activities": "#sector",
    "adm1_name": "#adm1+name",
    "adm1_code": "#adm1+code",
    "country_code": "#country+code",
    "place_code": "#loc+code",
    "place_name": "#loc+name",
    "doc": "#meta+source",
    "evidence": "#description",
}
HXL_ROUTES = {
    "route_id": "#meta+id",
    "origin_country": "#country+origin+code",
    "origin_adm1": "#adm1+origin+code",
    "origin_name": "#loc+origin+name",
    "destination_country": "#country+dest+code",
    "destination_adm1": "#adm1+dest+code",
    "destination_name": "#loc+dest+name",
    "purposes": "#indicator+purpose",
    "victims": "#affected+type",
    "volume": "#affected+num+text",
    "direction": "#indicator+direction",
    "doc": "#meta+source",
    "evidence": "#description",
    "via": "#loc+transit+code",
    "origin_inferred": "#meta+origin+inferred",
}


def _is_list(value) -> bool:
    return isinstance(value, (list, tuple, np.ndarray))


def three_w_table(programme_features: pd.DataFrame, organizations: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per organization x programme x place: who does what where."""
    columns = list(HXL_3W)
    if programme_features.empty:
        return pd.DataFrame(columns=columns)
    types = dict(zip(organizations["org_id"], organizations["org_type"])) if len(organizations) else {}
    names_to_type = {name: types.get(oid, "") for oid, name in zip(organizations.get("org_id", []), organizations.get("name", []))}
    # One row per implementer; a programme without one keeps a row with no name.
    frame = pd.DataFrame(
        {
            "org_name": programme_features["organizations"].map(lambda names: list(names) if _is_list(names) and len(names) else [""]),
            "funders": programme_features["funders"].map("; ".join),
            "programme": programme_features["name"],
            "activities": programme_features["activities"].map("; ".join),
            "place_code": programme_features["place_code"],
            "doc": programme_features["doc"],
            "evidence": programme_features["evidence"],
        }
    ).explode("org_name", ignore_index=True)
    places = gazetteer.places.loc[frame["place_code"], ["name", "kind", "country"]]
    is_admin1 = places["kind"].to_numpy() == "admin1"
    frame["org_type"] = frame["org_name"].map(lambda name: names_to_type.get(name, ""))
    frame["adm1_name"] = np.where(is_admin1, places["name"].to_numpy(), "")
    frame["adm1_code"] = np.where(is_admin1, frame["place_code"].to_numpy(), "")
    frame["country_code"] = places["country"].to_numpy()
    frame["place_name"] = places["name"].to_numpy()
    return frame[columns]


def routes_table(route_features: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per route, with HXL-ready origin and destination codes."""
    columns = list(HXL_ROUTES)
    if route_features.empty:
        return pd.DataFrame(columns=columns)
    kinds = gazetteer.places["kind"]
    frame = pd.DataFrame(
        {
            "route_id": route_features["route_id"],
            "origin_country": route_features["origin_country"],
            "origin_adm1": np.where(kinds.loc[route_features["origin_code"]].to_numpy() == "admin1", route_features["origin_code"], ""),
            "origin_name": route_features["origin_name"],
            "destination_country": route_features["destination_country"],
            "destination_adm1": np.where(kinds.loc[route_features["destination_code"]].to_numpy() == "admin1", route_features["destination_code"], ""),
            "destination_name": route_features["destination_name"],
            "purposes": route_features["purposes"].map("; ".join),
            "victims": route_features["victims"].map("; ".join),
            "volume": route_features["volume"].fillna(""),
            "direction": route_features["direction"],
            "doc": route_features["doc"],
            "evidence": route_features["evidence"],
            "via": route_features["via"].map("; ".join),
            "origin_inferred": route_features["origin_inferred"],
        }
    )
    return frame[columns]
