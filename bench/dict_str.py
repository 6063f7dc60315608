# Dict and str work: building and looking up string-keyed dicts, split/join/format/concat, str methods.
def make_words(n):
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu"]
    words = []
    for i in range(n):
        w = syllables[i % 10] + syllables[(i // 10) % 10] + syllables[(i // 100) % 10]
        if i % 7 == 0:
            w = w.upper()
        words.append(w)
    return words


def build_text(words, per_line):
    lines = []
    for i in range(0, len(words), per_line):
        lines.append(" ".join(words[i:i + per_line]))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for w in line.split():
            key = w.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def render(counts):
    parts = []
    for key in sorted(counts):
        parts.append("{}={:>4}".format(key, counts[key]))
    return ";".join(parts)


def lookups(counts, keys, rounds):
    hits = 0
    for _ in range(rounds):
        for k in keys:
            if k in counts:
                hits += counts[k]
            else:
                hits -= 1
    return hits


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 1000:
            s = s[500:]
    return len(s)


total = 0
for rep in range(18):
    words = make_words(30000)
    text = build_text(words, 12)
    counts = count_words(text)
    out = render(counts)
    keys = [w.lower() for w in words[:1000]] + ["missing%d" % i for i in range(200)]
    total += len(out) + lookups(counts, keys, 20) + concat(60000) + len(counts)
    total += sum(len(f"{k}:{v}") for k, v in counts.items())
    total += text.count("KA") + len(text.replace("lo", "LO").split("LO"))
print("dict_str", total)
