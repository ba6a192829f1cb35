"""Accounts (who may sign in) and the per-reader keys of sealed concerns."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, CreatedMixin


class Account(CreatedMixin, Base):
    """A staff member who signs in. `is_admin`: a programme coordinator, who adds and removes accounts and resets
    passwords (the first account always is). The private key (X25519) is wrapped with a key derived from the
    password (Argon2id, parameters stored here), so only that person can open the concerns sealed to them."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), unique=True)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    wrapped_private_key: Mapped[bytes] = mapped_column(LargeBinary(128))
    kdf_salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    kdf_time: Mapped[int] = mapped_column(Integer)
    kdf_memory: Mapped[int] = mapped_column(Integer)
    kdf_parallelism: Mapped[int] = mapped_column(Integer)
    # signed by the database's trust root (security/certs.py): this account has this public key and these roles
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary(1024), nullable=True, default=None)
    # after changing one's own password: the new public key, boxed from the old (certified) private key to the
    # root, so the next programme coordinator to sign in can certify it (security/directory.py)
    key_request: Mapped[bytes | None] = mapped_column(LargeBinary(128), nullable=True, default=None)


class ConcernKey(Base):
    """A concern's own key, sealed to one reader's public key. Deleting the concern (purge) deletes these too."""

    __tablename__ = "concern_key"

    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)
    sealed_key: Mapped[bytes] = mapped_column(LargeBinary(128))
