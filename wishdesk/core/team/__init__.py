"""Team mode: several people on one PostgreSQL database, each as their own login role.

`setup` creates the schema, group roles, grants and row-level-security policies (`policies` holds the SQL as
data); `connect` prepares URLs (TLS by default) and turns connection failures into Dutch messages; `stale`
turns a lost-update attempt into a StaleEdit carrying both versions. `stale` works on SQLite too.
"""
