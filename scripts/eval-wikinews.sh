#!/usr/bin/env bash
# Score kg on our own gold (eval/wikinews-gold/, made by hand, blind to kg's output) for
# Wikinews articles of ../shared/corpus/wikinews.jsonl that are neither seeds nor the shared
# development set. The articles are taken from the corpus at run time (the corpus stays out of
# the project); extra arguments go to the scorer (e.g. --quiet). KG_EVAL_SET=held-out scores
# only the files eval/wikinews-gold/README.md does not list as development.
#
#   scripts/eval-wikinews.sh [--quiet]
#   KG_EVAL_SET=held-out scripts/eval-wikinews.sh --quiet
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/wikinews.jsonl
gold=eval/wikinews-gold
[ -f "$corpus" ] || { echo "eval-wikinews.sh: $corpus is missing" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "${KG_EVAL_SET:-all}" = held-out ]; then
  # the development files: the three-digit numbers of the README's "development" item (it
  # runs from its line to the "held out" item)
  dev=$(awk '/^- \*\*development\*\*/ {on = 1} /^- \*\*held out\*\*/ {on = 0} on' "$gold/README.md" | grep -o '\b[0-9][0-9][0-9]\b' | sort -u || true)
  mkdir "$tmp/gold"
  for f in "$gold"/*.json; do
    n=$(basename "$f" .json); n=${n##*-}
    grep -qx "$n" <<<"$dev" || cp "$f" "$tmp/gold/"
  done
  gold=$tmp/gold
fi
python3 - "$corpus" "$gold" "$tmp" <<'PY'
import json, pathlib, sys
corpus, gold, out = sys.argv[1:]
want = {p.stem for p in pathlib.Path(gold).glob("*.json")}
found = set()
for line in open(corpus, encoding="utf-8"):
    a = json.loads(line)
    if a["id"] in want:
        fm = "".join(f"{k} = {json.dumps(a[k], ensure_ascii=False)}\n" for k in ("id", "title", "published", "publisher", "url") if k in a)
        pathlib.Path(out, a["id"] + ".txt").write_text(f"+++\n{fm}+++\n{a['text']}", encoding="utf-8")
        found.add(a["id"])
missing = want - found
if missing:
    sys.exit(f"eval-wikinews.sh: not in {corpus}: {', '.join(sorted(missing))}")
PY
exec ../shared/eval/run.sh "$tmp" "$gold" "$@"
