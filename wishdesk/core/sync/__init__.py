"""Offline laptops that sync with the team database (issue 14).

A replica is an encrypted SQLite copy of exactly the rows one login may read on the team server. Rows are
identified by their global id (`gid`) on the wire; integer keys stay local. `tables` says which tables sync and
how their foreign keys translate; `server` installs the change log on PostgreSQL; `local` the outbox and state
tables on the replica; `wire` reads and writes rows by gid; `replica` makes a copy; `push` and `pull` move
changes; `conflicts` holds what could not be applied ("Te beoordelen"); `run` is one whole sync.
"""
