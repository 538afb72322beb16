"""Operators, their roles and PINs.

PINs are short, so the hash must be slow: scrypt (stdlib) with a per-operator salt. Five wrong PINs
lock the operator for five minutes; the count and the lock live in the database so a restart does not
reset them.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from station.domain.errors import DomainError, PermissionDenied

MAX_FAILED_PINS = 5
LOCK_DURATION = timedelta(minutes=5)
_PIN = re.compile(r"^\d{4,6}$")
# scrypt cost: about 30-60 ms on a 2-core station PC, too slow for guessing 10^6 PINs offline quickly
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class Role(StrEnum):
    SHOPKEEPER = "shopkeeper"  # 站长
    CLERK = "clerk"  # 店员
    SUPERVISOR = "supervisor"  # 乡镇督导
    TRAINER = "trainer"  # 培训师


class Permission(StrEnum):
    COUNTER_WORK = "counter_work"  # parcels, purchases, produce at the counter
    MANAGE_PEOPLE = "manage_people"
    MERGE_PEOPLE = "merge_people"
    MANAGE_OPERATORS = "manage_operators"
    RECORD_MONEY = "record_money"
    CORRECT_MONEY = "correct_money"
    CLOSE_DAY = "close_day"
    SEE_FULL_IDS = "see_full_ids"  # full phone and ID numbers on screens and exports
    EXPORT = "export"
    SETTINGS = "settings"
    BACKUP_RESTORE = "backup_restore"
    TRAINING = "training"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SHOPKEEPER: frozenset(Permission) - {Permission.SEE_FULL_IDS},
    Role.CLERK: frozenset(
        {Permission.COUNTER_WORK, Permission.MANAGE_PEOPLE, Permission.RECORD_MONEY, Permission.CLOSE_DAY}
    ),
    Role.SUPERVISOR: frozenset(
        {Permission.SEE_FULL_IDS, Permission.EXPORT, Permission.MANAGE_PEOPLE, Permission.MERGE_PEOPLE,
         Permission.CORRECT_MONEY}
    ),
    Role.TRAINER: frozenset({Permission.TRAINING, Permission.COUNTER_WORK, Permission.MANAGE_PEOPLE,
                             Permission.RECORD_MONEY, Permission.CLOSE_DAY, Permission.SETTINGS}),
}


@dataclass(frozen=True, slots=True)
class Operator:
    id: str
    name: str
    role: Role
    active: bool = True

    def can(self, permission: Permission) -> bool:
        return self.active and permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        """Role checks live in services, so a screen that forgets one cannot leak the action."""
        if not self.can(permission):
            raise PermissionDenied("operator.not_allowed", permission=str(permission), role=str(self.role))


def validate_pin(pin: str) -> str:
    if not _PIN.match(pin or ""):
        raise DomainError("operator.pin_format")
    if len(set(pin)) == 1:
        raise DomainError("operator.pin_too_simple")
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p),
                            dklen=len(digest_hex) // 2)
    return hmac.compare_digest(digest.hex(), digest_hex)


@dataclass(frozen=True, slots=True)
class PinState:
    failed_count: int
    locked_until: datetime | None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime) -> PinState:
        count = self.failed_count + 1
        if count >= MAX_FAILED_PINS:
            return PinState(0, now + LOCK_DURATION)
        return PinState(count, None)
