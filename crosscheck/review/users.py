"""Reviewers' accounts: argon2 password hashes in the store's ``users`` table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from crosscheck.errors import ConfigError
from crosscheck.store import Store
from crosscheck.store.store import ROLES

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSWORD = 8
_COLUMNS = "id, name, role, password_hash, disabled"


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    password_hash: str | None
    disabled: bool

    @property
    def can_review(self) -> bool:
        return self.role in ("reviewer", "admin") and not self.disabled


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


_DUMMY: list[str] = []


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches. Without a hash (an unknown user) a dummy hash is still checked, so
    the answer takes as long either way."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if password_hash is None:
        if not _DUMMY:
            _DUMMY.append(hash_password("not a password of anyone"))
        password_hash, password = _DUMMY[0], password + "\0"
        matches = False
    else:
        matches = True
    try:
        return bool(_hasher().verify(password_hash, password)) and matches
    except (VerificationError, InvalidHashError):
        return False


def add_user(store: Store, name: str, role: str, password: str) -> User:
    """A new user; raises :class:`ConfigError` (naming the store) for a bad name, role or password, or a
    name already taken."""
    name = name.strip()
    if not name or len(name) > 64 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise ConfigError(f"{store.where}: user name {name!r}: use 1 to 64 printable characters, no spaces")
    if role not in ROLES:
        raise ConfigError(f"{store.where}: role {role!r}: use one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"{store.where}: the password must have at least {MIN_PASSWORD} characters")
    if find_user(store, name) is not None:
        raise ConfigError(f"{store.where}: a user named {name!r} already exists")
    store.add_user(name, role, hash_password(password))
    user = find_user(store, name)
    assert user is not None
    return user


def find_user(store: Store, name: str) -> User | None:
    found = store.backend.query(f"SELECT {_COLUMNS} FROM users WHERE name = ?", (name,))
    return _user(found[0]) if found else None


def user_by_id(store: Store, user_id: int) -> User | None:
    found = store.backend.query(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,))
    return _user(found[0]) if found else None


def user_names(store: Store) -> dict[int, str]:
    return {int(uid): str(name) for uid, name in store.backend.query("SELECT id, name FROM users")}


def review_users(store: Store) -> list[str]:
    """The names of the enabled reviewers and admins, sorted: whom a figure can be assigned to."""
    found = store.backend.query(
        "SELECT name FROM users WHERE role IN ('reviewer', 'admin') AND disabled = 0 ORDER BY name"
    )
    return [str(name) for (name,) in found]


def _user(row: tuple[Any, ...]) -> User:
    return User(int(row[0]), str(row[1]), str(row[2]), row[3], bool(row[4]))
