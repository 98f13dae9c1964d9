#!/usr/bin/env bash
# Runs every test of the solution and ends with the line "N passed, N failed".
# On a fresh Debian machine it first installs what the tests need (LibreOffice and
# poppler-utils for the XLSX→PDF check, Writer for the DOCX/DOC round trips, a CJK font); set JIXIAO_NO_APT=1 to skip that.
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc)
# Writer converts the HTML and Word round trips (HTML → DOCX, DOCX → DOC) of the source tests.
{ command -v dpkg >/dev/null 2>&1 && ! dpkg -s libreoffice-writer >/dev/null 2>&1; } && need+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-microhei)
# The web application's browser tests drive Debian's chromium; its tests run again on a PostgreSQL server.
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ "${#need[@]}" -gt 0 ] && [ -z "${JIXIAO_NO_APT:-}" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || echo "warning: could not install ${need[*]}; tests that need them will fail"
fi

# A PostgreSQL server of its own for the web tests: a temporary cluster listening on loopback only, on a free port,
# stopped and removed at the end (initdb refuses root, so as root it runs as the postgres user).
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
pg_dir=""
start_postgres() {
  [ -n "$pg_bin" ] || return 1
  pg_dir="$(mktemp -d /tmp/jixiao-pg.XXXXXX)"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 || return 1
  local port
  for _ in $(seq 1 20); do
    port=$(( 20000 + RANDOM % 40000 ))
    (echo > "/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1 && continue
    if "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -t 30 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off" start >/dev/null 2>&1; then
      export JIXIAO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
      return 0
    fi
  done
  return 1
}
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  local as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

log="$(mktemp)"
dotnet build Jixiao.slnx -c Release -warnaserror 2>&1 | tail -n 3
build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test --solution Jixiao.slnx -c Release --no-build --no-ansi --progress off 2>&1 | tee "$log" | grep -v '^\s*$' | tail -n 60
status=${PIPESTATUS[0]}

# The platform's own summary ("succeeded: N", "failed: N") is summed into the plain line CI reads.
count() { grep -E "^\s*$1: [0-9]+" "$2" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded "$log"); failed=$(count failed "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
# The web tests ran above on SQLite; they run again, whole, on PostgreSQL.
web_sqlite=$(grep -E 'Jixiao.Web.Tests.dll.*(passed|failed)' "$log" | tail -n 1)
echo "web tests on SQLite: ${web_sqlite:-see above}"
if start_postgres; then
  dotnet test --project tests/Jixiao.Web.Tests -c Release --no-build --no-ansi --progress off > "$log.pg" 2>&1
  pg_status=$?
  grep -v '^\s*$' "$log.pg" | tail -n 12
  pg_passed=$(count succeeded "$log.pg"); pg_failed=$(count failed "$log.pg")
  if [ "$pg_status" -ne 0 ] && [ "$pg_failed" -eq 0 ]; then pg_failed=1; fi
  echo "web tests on PostgreSQL: $pg_passed passed, $pg_failed failed"
  passed=$((passed + pg_passed)); failed=$((failed + pg_failed))
  rm -f "$log.pg"
else
  echo "web tests on PostgreSQL: the server could not be started (install postgresql)"
  failed=$((failed + 1))
fi
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
