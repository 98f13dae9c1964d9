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
# Each test project on its own, so that its counts are printed; the web tests on SQLite, then again, whole, on PostgreSQL.
# The platform's own summary ("succeeded: N", "failed: N") is summed into the plain line CI reads.
count() { grep -E "^\s*$1: [0-9]+" "$2" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=0; failed=0
unset JIXIAO_TEST_POSTGRES
run_tests() { # project, label
  dotnet test --project "$1" -c Release --no-build --no-ansi --progress off > "$log" 2>&1
  local st=$? p f
  p=$(count succeeded "$log"); f=$(count failed "$log")
  if [ "$st" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  # A failure is shown by its test and message (the servers' own output around it is left out).
  if [ "$f" -ne 0 ]; then grep -E -A14 '^failed |^\s+(Xunit|Shouldly|System)[A-Za-z.]*Exception' "$log" | grep -vE '^\s+at ' | head -n 120; fi
  echo "$2: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
}
for project in tests/*/*.csproj; do
  name="$(basename "$(dirname "$project")")"
  if [ "$name" = "Jixiao.Web.Tests" ]; then
    run_tests "$project" "$name on SQLite"
    if start_postgres; then
      run_tests "$project" "$name on PostgreSQL"
    else
      echo "$name on PostgreSQL: the server could not be started (install postgresql)"
      failed=$((failed + 1))
    fi
  else
    run_tests "$project" "$name"
  fi
done
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
