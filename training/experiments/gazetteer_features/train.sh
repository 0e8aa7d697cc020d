#!/bin/bash
# train.sh SCRATCH CONFIG SEED OUT: one NER run as step 5 of the recipe (5,000 steps, one thread), on prep.py's corpora.
# CONFIG: training/configs/ner.cfg (the shipped settings) or ner_gazetteer.cfg (this experiment).
set -euo pipefail
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
python -m spacy train "$2" -o "$4" --paths.train "$1/corpus/mix/ner" --paths.dev "$1/corpus/tagged/dev/germeval_dev.spacy" \
  --paths.vectors "$1/vectors" --training.max_steps 5000 --system.seed "$3"
