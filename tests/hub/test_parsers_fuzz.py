"""Every hub-side parser of untrusted input: random bytes, truncation, noise -> a clear error, no crash."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.hub import sneakernet
from station.sync import wire


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_sneakernet_file_random_bytes(data):
    with pytest.raises(ValueError):
        asyncio.run(sneakernet.import_file(None, data))


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.integers() | st.text(max_size=20),
                    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                    max_leaves=20))
def test_sneakernet_file_random_json(obj):
    data = wire.compress(wire.canonical_json({"format": sneakernet.FILE_FORMAT, "requests": [obj]}))
    with pytest.raises(ValueError):
        asyncio.run(sneakernet.import_file(None, data))
