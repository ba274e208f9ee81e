#!/usr/bin/env bash
# Linearity benchmark: one article of growing size (the BBC corpus's texts repeated) through
# `kg extract`, with wall time, seconds per MB and peak RSS for each size. Time per MB should
# stay flat as the article grows (no quadratic blow-up).
#
#   scripts/bench-large-article.sh [SIZES_MB...]      # default: 5 10 25 50 100
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${KG_BENCH_CORPUS:-../shared/corpus/bbc.jsonl}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(5 10 25 50 100)
cargo build --release --quiet
kg=target/release/kg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-8s %8s %8s %8s\n' MB wall_s s/MB rss_MB
for mb in "${sizes[@]}"; do
  python3 - "$corpus" "$mb" "$tmp/big.txt" <<'PY'
import json, sys
corpus, mb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8")]
paras = [p for t in texts for p in t.split("\n\n") if p.strip()]
target = mb * 1_000_000
with open(out, "w", encoding="utf-8") as f:
    f.write("One very large article\n\n")
    n, k = 0, 0
    while n < target:
        # numbered, so that no paragraph repeats (repeated lines count once, as page chrome)
        for p in paras:
            line = f"({k}) {p}\n\n"
            f.write(line)
            n += len(line.encode())
            if n >= target:
                break
        k += 1
PY
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$kg" extract --format json "$tmp/big.txt" >/dev/null
  read -r wall rss <"$tmp/time"
  awk -v mb="$mb" -v w="$wall" -v r="$rss" 'BEGIN { printf "%-8d %8.2f %8.3f %8d\n", mb, w, w / mb, r / 1024 }'
done
