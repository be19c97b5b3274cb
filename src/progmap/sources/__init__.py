"""Where progmap's inputs come from: public boundary files and the documents.

:mod:`~progmap.sources.boundaries` reads the boundary manifest and loads
each layer, through the verified download or mirror copy of
:mod:`~progmap.sources._downloader` and a GeoParquet cache;
:mod:`~progmap.sources.documents` reads files into documents with their
narrative spans, sentences and metadata.
"""
