"""sacrebleu's chrF and BLEU sentence statistics for many sentence pairs at once, exactly.

Both metrics reduce a sentence pair to n-gram counts: per order, how many n-grams the
hypothesis and the reference have and how many they share (the sum over distinct n-grams of
the smaller of the two counts). sacrebleu builds a ``Counter`` of string slices per sentence
and order, which dominates a check's scoring time. Here every n-gram of every pair in a batch
becomes one integer — the pair's index, the n-gram's symbols numbered within the pair, and a
bit saying which side it comes from — so one sort per order groups equal n-grams of the same
pair, and the shared counts fall out of vector arithmetic. Symbols are numbered within each
pair, so any script and vocabulary fits; a pair too long to pack (thousands of distinct
symbols) is left to sacrebleu. Property tests compare the results with sacrebleu's own.

Preprocessing is sacrebleu's: each metric's ``_preprocess_segment`` (BLEU's tokeniser), and
chrF's whitespace removal.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np
from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a
from sacrebleu.tokenizers.tokenizer_re import TokenizerRegexp

_KEY_BITS = 62  # packed keys stay clear of the int64 sign bit
#: the first rule of sacrebleu's ``TokenizerRegexp`` (space out these characters) as a table
_SPACED = str.maketrans({c: f" {c} " for c in ' !"#$%&()*+/:;<=>?@[\\]^_`{|}~'})
_NUMBER_RULES = TokenizerRegexp()._re[1:]  # noqa: SLF001  (periods, commas, dashes by digits)


class Side:
    """The symbol sequences of one side of every pair, flat: ``symbols`` (non-negative
    integers below 2**32) and each sequence's length."""

    def __init__(self, symbols: np.ndarray, lengths: Sequence[int]):
        self.symbols = symbols.astype(np.int64, copy=False)
        self.lengths = np.asarray(lengths, dtype=np.int64)


def _local_symbols(flat: np.ndarray, owner: np.ndarray, pairs: int) -> np.ndarray:
    """Renumber symbols 0, 1, 2 … within each pair (hypothesis and reference together)."""
    keyed = (owner << 32) | flat
    unique, inverse = np.unique(keyed, return_inverse=True)
    first = np.searchsorted(unique >> 32, np.arange(pairs))
    return inverse.reshape(-1) - first[owner]


def _side_keys(local: np.ndarray, lengths: np.ndarray, order: int, bits: int, flag: int) -> np.ndarray:
    """Packed ``(pair, n-gram, side)`` keys of all n-grams of one order on one side."""
    total = len(local)
    if total < order:
        return np.zeros(0, dtype=np.int64)
    key = local[: total - order + 1].copy()
    for k in range(1, order):
        key = (key << bits) | local[k : total - order + 1 + k]
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    owner = np.repeat(np.arange(len(lengths)), lengths)[: total - order + 1]
    inside = np.arange(total - order + 1) - starts[owner] + order <= lengths[owner]
    return (owner[inside] << (order * bits + 1)) | (key[inside] << 1) | flag


def _shared(keys: np.ndarray, order: int, bits: int, pairs: int) -> np.ndarray:
    """Per pair, the sum over distinct n-grams of min(hypothesis count, reference count)."""
    if not len(keys):
        return np.zeros(pairs, dtype=np.int64)
    keys.sort()
    grams = keys >> 1
    new = np.empty(len(keys), dtype=bool)
    new[0] = True
    np.not_equal(grams[1:], grams[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], len(keys))
    from_ref = np.concatenate(([0], np.cumsum(keys & 1)))
    ref_count = from_ref[ends] - from_ref[starts]
    common = np.minimum(ends - starts - ref_count, ref_count)
    owner = grams[starts] >> (order * bits)
    return np.bincount(owner, weights=common, minlength=pairs).astype(np.int64)


def ngram_counts(hyp: Side, ref: Side, max_order: int) -> np.ndarray | None:
    """``counts[pair, order - 1] = (hypothesis n-grams, reference n-grams, shared)``; None
    when a pair has too many distinct symbols to pack."""
    pairs = len(hyp.lengths)
    if not pairs:
        return np.zeros((0, max_order, 3), dtype=np.int64)
    owner = np.concatenate((np.repeat(np.arange(pairs), hyp.lengths), np.repeat(np.arange(pairs), ref.lengths)))
    local = _local_symbols(np.concatenate((hyp.symbols, ref.symbols)), owner, pairs)
    bits = max(1, int(local.max()).bit_length()) if len(local) else 1
    if max_order * bits + 1 + max(1, pairs.bit_length()) > _KEY_BITS:
        return None
    hyp_local, ref_local = local[: len(hyp.symbols)], local[len(hyp.symbols) :]
    counts = np.zeros((pairs, max_order, 3), dtype=np.int64)
    for order in range(1, max_order + 1):
        counts[:, order - 1, 0] = np.maximum(hyp.lengths - order + 1, 0)
        counts[:, order - 1, 1] = np.maximum(ref.lengths - order + 1, 0)
        keys = np.concatenate((_side_keys(hyp_local, hyp.lengths, order, bits, 0),
                               _side_keys(ref_local, ref.lengths, order, bits, 1)))
        counts[:, order - 1, 2] = _shared(keys, order, bits, pairs)
    return counts


def _characters(metric: CHRF, texts: Sequence[str]) -> Side:
    """Code points of each text without whitespace, as chrF sees them."""
    stripped = ["".join(metric._preprocess_segment(t).split()) for t in texts]  # noqa: SLF001
    flat = np.frombuffer("".join(stripped).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return Side(flat, [len(t) for t in stripped])


def chrf_statistics(metric: CHRF, hyps: Sequence[str], refs: Sequence[str]) -> list[list[int]] | None:
    """``metric``'s sentence statistics for each (hypothesis, one reference) pair, as
    ``_extract_corpus_statistics`` returns them; None when the metric or the text needs
    sacrebleu's own path (chrF++ word n-grams, whitespace kept, unpackable pairs)."""
    if metric.word_order or metric.whitespace:
        return None
    counts = ngram_counts(_characters(metric, hyps), _characters(metric, refs), metric.char_order)
    if counts is None:
        return None
    counts[:, :, 0] *= counts[:, :, 1] > 0  # sacrebleu: no hypothesis count without reference n-grams
    return counts.reshape(len(hyps), 3 * metric.char_order).tolist()


def tokenize_13a(lines: Sequence[str]) -> list[list[str]]:
    """The tokens sacrebleu's ``Tokenizer13a`` gives each line (after ``rstrip``, as BLEU
    calls it), computed for all lines at once: its first and busiest rule is one
    ``str.translate``, and the others run once over the lines joined by newlines, which they
    never match across (each line is wrapped in spaces and holds no newline of its own)."""
    wrapped = []
    for line in lines:
        line = line.rstrip().replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
        if "&" in line:
            line = line.replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        wrapped.append(f" {line} ")
    text = "\n".join(wrapped).translate(_SPACED)
    for pattern, replacement in _NUMBER_RULES:
        text = pattern.sub(replacement, text)
    return [line.split() for line in text.split("\n")] if lines else []


def bleu_statistics(metric: BLEU, hyps: Sequence[str], refs: Sequence[str]) -> list[list[int]] | None:
    """``metric``'s sentence statistics (lengths, correct and total n-grams per order) for each
    (hypothesis, one reference) pair; None for pairs that cannot be packed."""
    if type(metric.tokenizer) is Tokenizer13a and not metric.lowercase:
        hyp_words, ref_words = tokenize_13a(hyps), tokenize_13a(refs)
    else:
        hyp_words, ref_words = ([metric._preprocess_segment(t).split() for t in texts]  # noqa: SLF001
                                for texts in (hyps, refs))
    words = list(chain.from_iterable(hyp_words + ref_words))
    vocabulary = {word: n for n, word in enumerate(dict.fromkeys(words))}
    ids = np.fromiter(map(vocabulary.__getitem__, words), dtype=np.int64, count=len(words))
    hyp_lengths, ref_lengths = [len(w) for w in hyp_words], [len(w) for w in ref_words]
    split = sum(hyp_lengths)
    counts = ngram_counts(Side(ids[:split], hyp_lengths), Side(ids[split:], ref_lengths), metric.max_ngram_order)
    if counts is None:
        return None
    lengths = np.array([hyp_lengths, ref_lengths], dtype=np.int64).T.reshape(-1, 2)
    return np.hstack((lengths, counts[:, :, 2], counts[:, :, 0])).tolist()
