#!/usr/bin/env bash
# Reading speed over a folder of PDFs, side by side with pdfminer (Debian python3-pdfminer), each tool in one process:
#   bash bench/reading/run.sh [COPIES]
# The folder: the two real PDFs of tests/corpus/real (25 and 23 pages) and Jixiao's own set H and set S tables printed
# by LibreOffice, each COPIES times (default 5). Prints wall time, CPU time (user + sys) and peak memory of each tool.
set -euo pipefail
cd "$(dirname "$0")/../.."
copies="${1:-5}"
work="$(mktemp -d /tmp/jixiao-reading.XXXXXX)"
trap 'rm -rf "$work"' EXIT
command -v libreoffice >/dev/null && command -v /usr/bin/time >/dev/null || { echo "needs libreoffice and /usr/bin/time (apt-get install libreoffice-calc time)"; exit 2; }
/usr/bin/python3 -c "import pdfminer" 2>/dev/null || { echo "needs python3-pdfminer (apt-get install python3-pdfminer)"; exit 2; }
dotnet build src/Jixiao.Cli -c Release -warnaserror >/dev/null
jixiao="dotnet src/Jixiao.Cli/bin/Release/net10.0/jixiao.dll"
$jixiao demo -o "$work/demo" >/dev/null
libreoffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work/demo" "$work/demo/xinglong-2021-setH.xlsx" "$work/demo/xinglong-2021-setS.xlsx" >/dev/null 2>&1
mkdir "$work/pdfs"
for i in $(seq 1 "$copies"); do
  cp tests/corpus/real/putuo-2024-final-accounts.pdf "$work/pdfs/putuo-$i.pdf"
  cp tests/corpus/real/final-accounts-template-2024.pdf "$work/pdfs/template-$i.pdf"
  cp "$work/demo/xinglong-2021-setH.pdf" "$work/pdfs/setH-$i.pdf"
  cp "$work/demo/xinglong-2021-setS.pdf" "$work/pdfs/setS-$i.pdf"
done
pages=0; for f in "$work"/pdfs/*.pdf; do pages=$((pages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}'))); done
echo "folder: $(ls "$work/pdfs" | wc -l) PDFs, $pages pages"
measure() { /usr/bin/time -f "%e s wall, %U s user + %S s sys, %M KiB peak" "$@"; }
echo "jixiao check DIR --json (read + check, both cores):"
measure $jixiao check "$work/pdfs" --json > "$work/report.json" 2> "$work/jixiao.err" || true
tail -n 1 "$work/jixiao.err"
echo "pdfminer extract_pages (text extraction only, one core):"
measure /usr/bin/python3 bench/reading/pdfminer_words.py "$work"/pdfs/*.pdf 2> "$work/pdfminer.err"
tail -n 1 "$work/pdfminer.err"
echo "one document each, jixiao check FILE (process start included):"
for f in putuo-1 template-1 setH-1 setS-1; do
  /usr/bin/time -f "  $f: %e s wall, %U s user" $jixiao check "$work/pdfs/$f.pdf" > /dev/null 2>> "$work/one.err" || true
  tail -n 1 "$work/one.err"
done
