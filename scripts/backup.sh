#!/usr/bin/env bash
# Back up the PostgreSQL database (README "Backups and restore drill").
#   DATABASE_URL=postgres://user:pass@host:5432/ethos scripts/backup.sh [OUT_DIR]
# Writes OUT_DIR/ethos-YYYYmmddTHHMMSSZ.dump (pg_dump custom format: compressed, restorable
# table by table with pg_restore) and prints its path. Media (certificate PDFs) are re-rendered
# from the database on demand, so the dump alone restores every certificate and its verification.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL=postgres://...}"
out_dir="${1:-backups}"
mkdir -p "$out_dir"
file="$out_dir/ethos-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$file.part"
mv "$file.part" "$file"
echo "$file"
