"""Accounts, signing in, encryption at rest (SQLCipher) and concerns sealed to their readers.

Import the parts you need: `accounts` (sign_in, demo_sign_in, Identity, add/remove/reset), `encryption`
(is_encrypted, create_encrypted_database, encrypt_database, recovery), `sealing` (used by services/concerns.py),
`keyfile` (the `<db>.keys` file and the keys unlocked in this process).
"""
