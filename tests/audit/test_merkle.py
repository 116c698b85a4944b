"""The ledger's tree against RFC 6962's recursive definition, and its proofs."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dispatch_intake.audit.merkle import (
    EMPTY_ROOT,
    MerkleTree,
    leaf_hash,
    node_hash,
    verify_consistency,
    verify_inclusion,
)


def reference_root(data: list[bytes]) -> bytes:
    """MTH(D[n]) exactly as RFC 6962 §2.1 writes it."""
    if not data:
        return hashlib.sha256(b"").digest()
    if len(data) == 1:
        return leaf_hash(data[0])
    k = 1 << ((len(data) - 1).bit_length() - 1)
    return node_hash(reference_root(data[:k]), reference_root(data[k:]))


def _tree(n: int) -> tuple[list[bytes], MerkleTree]:
    data = [f"leaf {i}".encode() for i in range(n)]
    return data, MerkleTree([leaf_hash(d) for d in data])


def test_hashes_are_domain_separated() -> None:
    assert leaf_hash(b"") == hashlib.sha256(b"\x00").digest()
    assert node_hash(b"a", b"b") == hashlib.sha256(b"\x01ab").digest()
    assert MerkleTree([]).root == EMPTY_ROOT


@pytest.mark.parametrize("n", range(0, 70))
def test_root_is_rfc6962s(n: int) -> None:
    data, tree = _tree(n)
    assert tree.root == reference_root(data)


@given(st.integers(min_value=1, max_value=300), st.data())
def test_inclusion_proofs_hold_and_bind_the_leaf_and_position(n: int, draw: st.DataObject) -> None:
    data, tree = _tree(n)
    index = draw.draw(st.integers(min_value=0, max_value=n - 1))
    proof = tree.inclusion_proof(index)
    assert verify_inclusion(leaf_hash(data[index]), index, n, proof, tree.root)
    assert not verify_inclusion(leaf_hash(b"other"), index, n, proof, tree.root)
    if n > 1:
        assert not verify_inclusion(leaf_hash(data[index]), (index + 1) % n, n, proof, tree.root)


@given(st.integers(min_value=1, max_value=300), st.data())
def test_consistency_proofs_hold_only_for_prefixes(n: int, draw: st.DataObject) -> None:
    data, tree = _tree(n)
    m = draw.draw(st.integers(min_value=1, max_value=n))
    proof = tree.consistency_proof(m)
    old_root = reference_root(data[:m])
    assert verify_consistency(m, n, old_root, tree.root, proof)
    rewritten = reference_root([b"forged", *data[1:m]])
    assert not verify_consistency(m, n, rewritten, tree.root, proof)
    if m < n:
        assert not verify_consistency(m, n, old_root, reference_root(data[:-1] + [b"x"]), proof)


def test_consistency_from_the_empty_tree() -> None:
    _, tree = _tree(5)
    assert verify_consistency(0, 5, EMPTY_ROOT, tree.root, [])
