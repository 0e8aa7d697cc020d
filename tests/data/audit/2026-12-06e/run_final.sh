#!/bin/bash
# usage: run_final.sh <checkout>
C=$1; A=/work/main/tests/data/audit/2026-12-06e; mkdir -p $A/out_final
declare -A D=([p1_putin_adoption]=2012-12-30 [p2_bemba_verhaftet]=2008-05-25 [p3_strauss_kahn]=2011-05-16 [p4_saddam_prozess]=2005-10-19 [p5_bangkok_protest]=2006-03-26 [p6_iran_isfahan]=2005-08-01 [p7_bremen_npd]=2006-11-04 [p8_bolton_un]=2005-08-01)
cd $C || exit 1
for n in "${!D[@]}"; do for fmt in json text; do ext=$fmt; [ $fmt = text ] && ext=txt
PYTHONPATH=src CHRONIK_MODELS=$C/models CHRONIK_DATA=/work/shared/data timeout 600 /work/main/.venv/bin/chronik analyze $A/$n.txt --published ${D[$n]} --format $fmt > $A/out_final/$n.$ext 2> $A/out_final/$n.$fmt.stderr; echo "$n $fmt rc=$?"; done; done
for f in $A/out_final/*.json; do python3 $A/dump.py $f > ${f%.json}.dump; done
cat $A/out_final/*.stderr
