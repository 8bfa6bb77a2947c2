"""Signed, targeted, staged patch releases served from any static host (docs/releasing.md).

``keys``: P-256 release keys and their ids; ``index``: the signed index (its payload, parsing,
validation, signatures); ``client``: the reference client, the loader's algorithm in Python;
``repo``: the release directory (atomic writes, blobs first, the index last) and its verification.
No click here: the command line is ``mangopy.cli.release``.
"""

from __future__ import annotations


class ReleaseError(Exception):
    """A release cannot be read, written or trusted; the message says why, in one line."""
