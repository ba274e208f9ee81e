#!/usr/bin/env bash
# End-to-end benchmark: `kg load` of the BBC corpus plus data/ into a fresh on-disk store,
# then every saved query (median of 5 runs), with wall time, rates and peak RSS (/usr/bin/time -v).
#
#   scripts/bench.sh [CORPUS.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/bbc.jsonl}
cargo build --release --quiet
kg=target/release/kg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

timed() { # label, then the command; prints "label wall_s rss_mb"
  local label=$1; shift
  /usr/bin/time -v "$@" >"$tmp/out" 2>"$tmp/time" || { cat "$tmp/out" "$tmp/time"; exit 1; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
  echo "$label $wall $((rss / 1024))"
}

bytes=$(( $(stat -c %s "$corpus") + $(cat data/* | wc -c) ))
read -r _ wall rss < <(timed load "$kg" load --quiet --store "$tmp/store" "$corpus" data)
articles=$("$kg" stats --store "$tmp/store" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["articles"]))')
quads=$("$kg" stats --store "$tmp/store" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["quads"])')
printf '%-22s %8s %10s %12s %12s %8s\n' step wall_s articles/s triples/s MB/s rss_MB
awk -v w="$wall" -v a="$articles" -v q="$quads" -v b="$bytes" -v r="$rss" 'BEGIN {
  printf "%-22s %8.2f %10.0f %12.0f %12.2f %8d\n", "load", w, a / w, q / w, b / 1e6 / w, r }'
# Each saved query: the median wall time of 5 runs (clock in nanoseconds), and the peak RSS
# of one run.
for q in queries/*.rq; do
  read -r _ _ rss < <(timed "$q" "$kg" query --store "$tmp/store" --format csv "$q")
  runs=()
  for _ in 1 2 3 4 5; do
    t0=$(date +%s%N)
    "$kg" query --store "$tmp/store" --format csv "$q" >/dev/null
    runs+=($(( $(date +%s%N) - t0 )))
  done
  median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)
  awk -v q="$(basename "$q")" -v m="$median" -v r="$rss" 'BEGIN {
    printf "%-22s %8.3f %10s %12s %12s %8d\n", q, m / 1e9, "-", "-", "-", r }'
done
