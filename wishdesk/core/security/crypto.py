"""The few cryptographic building blocks, all from argon2-cffi and PyNaCl (libsodium).

- A password becomes a 32-byte key with Argon2id (`hash_secret_raw`); that key wraps (SecretBox, XSalsa20-Poly1305)
  the database key and the account's private key. A wrong password fails the MAC check: no separate password hash
  is needed, and one derivation per sign-in keeps signing in fast.
- A concern's own key is wrapped for each reader with a sealed box (X25519 public key).
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox
from nacl.utils import random as random_bytes

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.15-0.25 s on a 2020 laptop (measured in benchmarks/sign_in.py):
    slow for someone guessing millions of passwords on a copied key file, quick enough for a person."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1

    def as_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        return cls(int(data["t"]), int(data["m"]), int(data["p"]))


DEFAULT_KDF = KdfParams()
# Tests and the demo build set WISHDESK_KDF=fast: the same code path with a cost of milliseconds. The chosen
# parameters are stored with every wrapped key, so a key made with either opens with either setting.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def current_kdf() -> KdfParams:
    return FAST_KDF if os.environ.get("WISHDESK_KDF") == "fast" else DEFAULT_KDF


class WrongKey(Exception):
    """A wrapped value did not open with this key (wrong password, wrong recovery key, or tampered bytes)."""


def new_salt() -> bytes:
    return random_bytes(SALT_BYTES)


def new_key() -> bytes:
    return random_bytes(KEY_BYTES)


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def wrap(key: bytes, secret: bytes) -> bytes:
    return bytes(SecretBox(key).encrypt(secret))


def unwrap(key: bytes, wrapped: bytes) -> bytes:
    try:
        return SecretBox(key).decrypt(wrapped)
    except CryptoError as exc:
        raise WrongKey() from exc


def new_keypair() -> PrivateKey:
    return PrivateKey.generate()


def seal_for(public_key: bytes, secret: bytes) -> bytes:
    return SealedBox(PublicKey(public_key)).encrypt(secret)


def unseal(private_key: PrivateKey, sealed: bytes) -> bytes:
    try:
        return SealedBox(private_key).decrypt(sealed)
    except CryptoError as exc:
        raise WrongKey() from exc


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))
