#!/usr/bin/env bash
# Measures extraction on the two research corpora of ../shared/eval/RESEARCH_SETS.md:
#   PolNeAR dev (84 articles, attribution) and CoNLL-2003 dev (first 100 documents of valid.txt, entities),
#   and, to study misses, PolNeAR train (the first POLNEAR_TRAIN_N articles, 150 by default).
# Their texts have no open licence: everything goes to research/ (git-ignored), nothing is committed.
# Only the dev and train splits are read: the test splits are reserved and never extracted from git.
# Tune on polnear-train; measure polnear (dev) only to report the figure.
#
#   scripts/research/measure.sh [polnear] [polnear-train] [conll]   (polnear and conll when none is named)
#
# The bare git directories come from the search tool's fetch (networkdynamics/PolNeAR and
# kamalkraj/BERT-NER); override with POLNEAR_GIT / CONLL_GIT, the output folder with RESEARCH_DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
EVAL=${EVAL_DIR:-$ROOT/../shared/eval}
OUT=${RESEARCH_DIR:-$ROOT/research}
POLNEAR_GIT=${POLNEAR_GIT:-/work/.mirror/networkdynamics+PolNeAR/repo}
CONLL_GIT=${CONLL_GIT:-/work/.mirror/kamalkraj+BERT-NER/repo}
POLNEAR_COMMIT=c3eee833c035bf7b8c84f55b58c0bf7346cfae76
CONLL_COMMIT=e5be564156f194f1becb0d82aeaf6e762d9eb9ed
SETS=("$@"); [ ${#SETS[@]} -eq 0 ] && SETS=(polnear conll)
mkdir -p "$OUT"

need_git() { [ -d "$1" ] || { echo "measure: no git directory at $1 (fetch $2 with the search tool, or set $3)" >&2; exit 1; }; }

# polnear_split SPLIT N: converts the first N articles of PolNeAR's SPLIT (dev or train only) into
# research/polnear-SPLIT/{articles,gold}, extracts and scores them.
polnear_split() {
  local split=$1 n=$2
  case $split in dev|train) ;; *) echo "measure: PolNeAR split '$split' is not allowed" >&2; exit 1 ;; esac
  need_git "$POLNEAR_GIT" networkdynamics/PolNeAR POLNEAR_GIT
  local raw=$OUT/polnear-raw
  [ -f "$raw/data/metadata.tsv" ] || { rm -rf "$raw"; mkdir -p "$raw"; }
  if [ ! -d "$raw/data/$split/text" ]; then
    git --git-dir="$POLNEAR_GIT" archive "$POLNEAR_COMMIT" \
      data/metadata.tsv "data/$split/text" "data/$split/attributions" 2> >(grep -v 'invalid object' >&2) \
      | tar -x -C "$raw"   # the mirror lacks some large corenlp blobs: git names them, harmlessly
  fi
  rm -rf "$OUT/polnear-$split"
  node "$EVAL/convert_polnear.mjs" "$raw/data" "$split" "$n" --out "$OUT/polnear-$split" > /dev/null
  node bin/kg.js extract "$OUT/polnear-$split/articles" --json "$OUT/polnear-$split.json" \
    > "$OUT/polnear-$split.log" 2>&1 || [ $? -eq 2 ]
  echo "== PolNeAR $split ($n articles): attribution:STATEMENT is the figure that counts"
  node "$EVAL/score.mjs" "$OUT/polnear-$split/gold" "$OUT/polnear-$split.json" | grep -E 'gold articles|measure|^attribution|^entities +'
  echo "documents refused: $(grep -c '^skipped:' "$OUT/polnear-$split.log" || true)"
}

polnear() { polnear_split dev 84; }
polnear_train() { polnear_split train "${POLNEAR_TRAIN_N:-150}"; }

conll() {
  need_git "$CONLL_GIT" kamalkraj/BERT-NER CONLL_GIT
  local valid=$OUT/conll-valid.txt
  [ -s "$valid" ] || git --git-dir="$CONLL_GIT" show "$CONLL_COMMIT:data/valid.txt" > "$valid"
  rm -rf "$OUT/conll-dev"
  node "$EVAL/convert_conll.mjs" "$valid" 100 --out "$OUT/conll-dev" > /dev/null
  node bin/kg.js extract "$OUT/conll-dev/articles" --json "$OUT/conll-dev.json" \
    > "$OUT/conll-dev.log" 2>&1 || [ $? -eq 2 ]
  echo "== CoNLL-2003 dev (first 100 documents of valid.txt): entities is the figure that counts"
  node "$EVAL/score.mjs" "$OUT/conll-dev/gold" "$OUT/conll-dev.json" | grep -E 'gold articles|measure|^entities'
  echo "documents refused as not English: $(grep -c 'not-english' "$OUT/conll-dev.log" || true) (all refusals: $(grep -c '^skipped:' "$OUT/conll-dev.log" || true))"
}

for s in "${SETS[@]}"; do
  case $s in
    polnear) polnear ;;
    polnear-train) polnear_train ;;
    conll) conll ;;
    *) echo "measure: unknown set '$s' (polnear, polnear-train, conll)" >&2; exit 1 ;;
  esac
done
