"""The boundary store: public boundary files, verified, read and cached.

The manifest (``geodata/sources.toml``) lists each layer's public file and
how to read it. :func:`load_layer` returns a layer as a GeoDataFrame in
EPSG:4326 with the manifest's standard column names, converting the raw file
once and reading a GeoParquet copy from the cache afterwards.

Nothing in the cache is trusted blindly: the GeoParquet copy is checked
against the SHA-256 recorded when it was written (:mod:`progmap.sources.cache`),
a raw file against the manifest's each time it is used, and 7z members are
extracted afresh from the verified archive whenever a layer is converted. A
corrupt entry is rebuilt with a one-line notice; :func:`layer_status` lists
it as ``corrupt``.
"""

from __future__ import annotations

import lzma
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
import py7zr
import pyogrio
import shapely
import tomllib

from progmap import settings
from progmap.errors import BoundaryError
from progmap.sources._downloader import fetch, sha256_of
from progmap.sources.cache import entry_state, read_verified, write_verified

#: Bump when the conversion below changes, so stale cached layers are redone.
_CACHE_FORMAT = 2


@dataclass(frozen=True)
class Source:
    """One public boundary file, as described in the manifest."""

    name: str
    url: str
    file: str
    sha256: str
    title: str = ""
    licence: str = ""
    attribution: str = ""
    member: str | None = None
    crs: str | None = None
    fields: dict = field(default_factory=dict)
    #: The map the file shows, as a label (admin-1 units: see progmap.places.vintage).
    vintage: str = ""
    size: int | None = None  # bytes; a download may not grow past it
    deadline: float | None = None  # seconds a download may take


def read_manifest(paths: list[os.PathLike] | None = None) -> dict[str, Source]:
    """Read the bundled manifest and any extra ones, later files winning.

    Parameters
    ----------
    paths : list of path-like, optional
        Extra manifest files (a user's own sources).

    Returns
    -------
    dict
        Source name to :class:`Source`.
    """
    files = [settings.geodata_dir() / "sources.toml", *(Path(p) for p in paths or [])]
    sources: dict[str, Source] = {}
    for path in files:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BoundaryError(f"{path}: manifest not found") from None
        except tomllib.TOMLDecodeError as exc:
            raise BoundaryError(f"{path}: not valid TOML ({exc})") from None
        for name, entry in data.get("sources", {}).items():
            missing = {"url", "file", "sha256"} - entry.keys()
            if missing:
                raise BoundaryError(f"{path}: source '{name}' lacks {', '.join(sorted(missing))}")
            url = entry["url"]
            if "://" not in url and not Path(url).is_absolute():
                url = str((Path(path).parent / url).resolve())
            for key, kind in (("size", int), ("deadline", (int, float))):
                if key in entry and (not isinstance(entry[key], kind) or isinstance(entry[key], bool) or entry[key] <= 0):
                    raise BoundaryError(f"{path}: source '{name}': {key} must be a positive number, not {entry[key]!r}")
            known = {k: entry[k] for k in Source.__dataclass_fields__ if k in entry and k != "url"}
            sources[name] = Source(name=name, url=url, **known)
    return sources


def load_layer(name: str, mirror: os.PathLike | None = None, sources: dict[str, Source] | None = None) -> gpd.GeoDataFrame:
    """Return one boundary layer, from the cache when it is there.

    Parameters
    ----------
    name : str
        A source name from the manifest (``admin0``, ``admin1``, ``places``...).
    mirror : path-like, optional
        Mirror folder; defaults to ``$PROGMAP_MIRROR``, else the URL is used.
    sources : dict, optional
        A manifest from :func:`read_manifest`; the bundled one by default.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, valid geometries, the manifest's standard column names.
    """
    sources = sources or read_manifest()
    if name not in sources:
        raise BoundaryError(f"unknown boundary layer '{name}'; the manifest has {', '.join(sorted(sources))}")
    source = sources[name]
    cached = _layer_cache_path(source)
    gdf = read_verified(cached, gpd.read_parquet, label=f"layer '{name}'")
    if gdf is not None:
        return gdf
    raw = fetch(source.url, source.file, source.sha256, settings.cache_dir() / "raw", settings.mirror_dir(mirror),
                max_bytes=source.size, deadline=source.deadline)
    gdf = _standardize(_read_raw(source, raw), source)
    write_verified(cached, gdf.to_parquet)
    return gdf


def layer_status(mirror: os.PathLike | None = None, sources: dict[str, Source] | None = None) -> pd.DataFrame:
    """Describe each manifest layer: where from, cached or not, checksum state.

    Returns
    -------
    pandas.DataFrame
        One row per source: ``name``, ``title``, ``origin``, ``raw_cached``,
        ``layer_cached``, ``sha256``, ``checksum`` of the raw file (``ok``,
        ``corrupt`` or ``not fetched``), ``layer_checksum`` of the converted
        layer (``ok``, ``corrupt`` or ``not cached``), ``licence``.
    """
    sources = sources or read_manifest()
    mirror_path = settings.mirror_dir(mirror)
    rows = []
    for source in sources.values():
        raw = settings.cache_dir() / "raw" / source.file
        if raw.exists():
            checksum = "ok" if sha256_of(raw) == source.sha256.lower() else "corrupt"
        else:
            checksum = "not fetched"
        layer = entry_state(_layer_cache_path(source))
        rows.append(
            {
                "name": source.name,
                "title": source.title,
                "origin": str(mirror_path / source.file) if mirror_path else source.url,
                "raw_cached": raw.exists(),
                "layer_cached": _layer_cache_path(source).exists(),
                "sha256": source.sha256,
                "checksum": checksum,
                "layer_checksum": "not cached" if layer == "missing" else layer,
                "licence": source.licence,
            }
        )
    return pd.DataFrame(rows)


def _layer_cache_path(source: Source) -> Path:
    """Cache file of a converted layer; the checksum keys it to the raw file."""
    folder = settings.cache_dir() / "layers"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{source.name}-{source.sha256[:12]}-v{_CACHE_FORMAT}.parquet"


def _read_raw(source: Source, raw: Path) -> gpd.GeoDataFrame:
    """Read a verified raw file: 7z archives, gzip and plain vector files."""
    if raw.suffix == ".7z":
        # Extracted afresh each time from the verified archive: no extracted
        # copy lingers in the cache to be trusted later.
        with tempfile.TemporaryDirectory(prefix=f".{raw.name}.", dir=raw.parent) as folder:
            return _read_vector(source, raw, _extract_member(source, raw, Path(folder)))
    if raw.suffix == ".gz":
        return _read_vector(source, raw, "/vsigzip/" + str(raw))
    if raw.suffix == ".zip":
        return _read_vector(source, raw, "/vsizip/" + str(raw) + (f"/{source.member}" if source.member else ""))
    return _read_vector(source, raw, str(raw))


def _extract_member(source: Source, raw: Path, folder: Path) -> str:
    """Extract the manifest's member (or the first vector file) of a 7z archive into ``folder``."""
    try:
        with py7zr.SevenZipFile(raw) as archive:
            names = archive.getnames()
            member = source.member or next((n for n in names if n.lower().endswith((".json", ".geojson", ".shp", ".gpkg"))), None)
            if member not in names:
                raise BoundaryError(f"{raw}: archive has no member '{member}'")
            archive.extract(path=folder, targets=[member])
    except BoundaryError:
        raise
    except (py7zr.exceptions.ArchiveError, py7zr.exceptions.AbsolutePathError, lzma.LZMAError, EOFError, OSError, ValueError, KeyError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BoundaryError(f"{raw}: not a readable 7z archive ({reason})") from None
    path = folder / member
    if not path.is_file():
        raise BoundaryError(f"{raw}: member '{member}' could not be extracted")
    return str(path)


def _read_vector(source: Source, raw: Path, path: str) -> gpd.GeoDataFrame:
    try:
        gdf = pyogrio.read_dataframe(path)
    except Exception as exc:  # pyogrio raises several DataSourceError kinds
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BoundaryError(f"{raw}: cannot be read as a vector layer ({reason})") from None
    if gdf.crs is None:
        gdf = gdf.set_crs(source.crs or "EPSG:4326")
    elif source.crs is None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs("EPSG:4326")
    return gdf


def _standardize(gdf: gpd.GeoDataFrame, source: Source) -> gpd.GeoDataFrame:
    """Rename the manifest's fields, fill fallbacks and repair geometries."""
    out = {}
    for standard, candidates in source.fields.items():
        candidates = [candidates] if isinstance(candidates, str) else list(candidates)
        present = [c for c in candidates if c in gdf.columns]
        if not present:
            raise BoundaryError(f"{source.file}: none of the fields {candidates} for '{standard}'")
        values = gdf[present[0]].copy()
        for fallback in present[1:]:
            # Natural Earth marks missing codes with -99 or -1.
            empty = values.isna() | values.astype(str).isin(["-99", "-1", "", "-099"])
            values = values.mask(empty, gdf[fallback])
        out[standard] = values
    frame = gpd.GeoDataFrame(out, geometry=gdf.geometry.values, crs=gdf.crs)
    invalid = ~frame.geometry.is_valid
    if invalid.any():
        frame.loc[invalid, "geometry"] = shapely.make_valid(frame.geometry[invalid].values)
    return frame.reset_index(drop=True)
