#!/usr/bin/env bash
# Builds the LEMON reference solver used by `compare --lemon` and `dimacs` (not part of CI).
# Needs Debian's liblemon-dev (apt-get install -y liblemon-dev) and g++.
# LEMON's NetworkSimplex has no pivot counter, so the installed header is copied into the build
# folder and patched there: one counter increment per entering arc, and a switch for the
# heuristic initial pivots. The installed header itself is not changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/bin}"
header=/usr/include/lemon/network_simplex.h
if [ ! -f "$header" ]; then
  echo "build-lemon.sh: $header not found; install liblemon-dev first" >&2
  exit 1
fi

mkdir -p "$out/include/lemon"
sed -e 's|^namespace lemon {|extern long long lemon_pivot_count;\nextern bool lemon_initial_pivots;\nnamespace lemon {|' \
    -e 's|if (!initialPivots()) return UNBOUNDED;|if (lemon_initial_pivots \&\& !initialPivots()) return UNBOUNDED;|' \
    -e 's|while (pivot.findEnteringArc()) {|while (pivot.findEnteringArc()) { ++lemon_pivot_count;|' \
    "$header" > "$out/include/lemon/network_simplex.h"
for pattern in 'lemon_pivot_count;' 'lemon_initial_pivots &&'; do
  if ! grep -q "$pattern" "$out/include/lemon/network_simplex.h"; then
    echo "build-lemon.sh: patching $header failed ($pattern); unexpected LEMON version" >&2
    exit 1
  fi
done

g++ -O3 -march=native -std=c++17 -I"$out/include" -o "$out/lemon_mcf" "$here/lemon_mcf.cpp" -llemon
echo "$out/lemon_mcf"
