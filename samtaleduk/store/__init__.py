"""The encrypted local store: files, schema, reads and writes, backups, damage."""
