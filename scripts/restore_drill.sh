#!/usr/bin/env bash
# Restore drill (README "Backups and restore drill"): restore a dump into a fresh database and
# check that every certificate's verification answers exactly as it does in the live database.
#   DATABASE_URL=postgres://.../ethos scripts/restore_drill.sh DUMP [DRILL_DB_NAME]
# Exits non-zero when any certificate answers differently; drops the drill database at the end
# unless KEEP_DRILL_DB=1.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the live database}"
dump="${1:?give the dump file}"
drill_db="${2:-ethos_restore_drill_$(date -u +%Y%m%d%H%M%S)}"
server_url="${DATABASE_URL%/*}"
here="$(cd "$(dirname "$0")/.." && pwd)"
py="${PYTHON:-$here/.venv/bin/python}"

psql "$server_url/postgres" -q -c "CREATE DATABASE \"$drill_db\""
cleanup() { [ "${KEEP_DRILL_DB:-0}" = 1 ] || psql "$server_url/postgres" -q -c "DROP DATABASE IF EXISTS \"$drill_db\""; }
trap cleanup EXIT
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$server_url/$drill_db" "$dump"

live="$(mktemp)"; restored="$(mktemp)"
(cd "$here" && "$py" manage.py verify_snapshot >"$live")
(cd "$here" && DATABASE_URL="$server_url/$drill_db" "$py" manage.py verify_snapshot >"$restored")
count="$(wc -l <"$live")"
if diff -u "$live" "$restored"; then
  echo "restore drill passed: $count certificate(s) verify identically in $drill_db"
else
  echo "restore drill FAILED: the restored database answers differently (diff above)" >&2
  exit 1
fi
