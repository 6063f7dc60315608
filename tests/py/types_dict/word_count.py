# Counting words with a dict: get-with-default, setdefault for grouping, and sorting by count.
text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
print(len(counts), sum(counts.values()), max(counts, key=lambda w: (counts[w], w)))
