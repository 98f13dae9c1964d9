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
if [ "${#need[@]}" -gt 0 ] && [ -z "${JIXIAO_NO_APT:-}" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || echo "warning: could not install ${need[*]}; tests that need them will fail"
fi

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
passed=$(grep -E '^\s*succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s*failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
passed=${passed:-0}; failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
