#!/usr/bin/env bash
# Load data/ into a fresh store, export it in Turtle, N-Triples, TriG and RDF/XML, and check
# each export with rapper and with rdflib: zero errors and the triple count `kg stats` reports.
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${KG_BIN:-target/release/kg}
venv=${KG_EVAL_VENV:-$HOME/.cache/kg-eval-venv}
[ -x "$kg" ] || cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$kg" load --quiet --store "$tmp/store" data
stats=$("$kg" stats --store "$tmp/store" --format json)
triples=$(printf '%s' "$stats" | "$venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["triples"])')
quads=$(printf '%s' "$stats" | "$venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["quads"])')
echo "kg stats: $triples triples, $quads quads"

fail=0
for fmt in turtle:ttl:turtle:turtle ntriples:nt:ntriples:nt trig:trig:trig:trig rdfxml:rdf:rdfxml:xml; do
  IFS=: read -r name ext rapper_fmt rdflib_fmt <<<"$fmt"
  out="$tmp/export.$ext"
  "$kg" export --store "$tmp/store" --format "$name" -o "$out"
  expect=$triples
  [ "$name" = trig ] && expect=$quads
  rapper_log=$(rapper -i "$rapper_fmt" -c "$out" 2>&1 || true)
  rapper_count=$(printf '%s\n' "$rapper_log" | sed -n 's/.*returned \([0-9]*\) \(triples\|statements\).*/\1/p')
  rapper_errors=$(printf '%s\n' "$rapper_log" | grep -c -i 'error' || true)
  rdflib_count=$("$venv/bin/python" - "$out" "$rdflib_fmt" <<'PY'
import sys
from rdflib import Dataset, Graph
path, fmt = sys.argv[1], sys.argv[2]
if fmt == "trig":
    ds = Dataset()
    ds.parse(path, format="trig")
    print(sum(len(g) for g in ds.graphs() if len(g)))
else:
    g = Graph()
    g.parse(path, format=fmt)
    print(len(g))
PY
)
  status=ok
  if [ "$rapper_errors" != 0 ] || [ "$rapper_count" != "$expect" ] || [ "$rdflib_count" != "$expect" ]; then
    status=FAIL; fail=1
  fi
  printf '%-9s rapper %s (%s errors)  rdflib %s  expected %s  %s\n' "$name" "$rapper_count" "$rapper_errors" "$rdflib_count" "$expect" "$status"
done
exit $fail
