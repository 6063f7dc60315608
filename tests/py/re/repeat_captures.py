# Captures of repeated groups that can match empty follow Python: after the last iteration that consumed text, one more (empty) iteration runs and sets the group ((a*)* on 'aa' gives ''); lazy repeats and bounded ones are unaffected.
import re
for p in [r'(a*)*', r'(a*)+', r'(a*)+b', r'(a|)*', r'(a?)*c', r'(?:(a)|b*)*', r'(a*?)*', r'(a*)*a', r'(a|b)*', r'(a?)+?', r'(a?){2,}', r'(a?){0,3}', r'((a)|b?)*', r'(a*)*+', r'(a?)*(b)', r'(\w*)*$', r'(?:x(a*))*']:
    for t in ['aab', 'b', 'aa', 'ac', 'xaxa', 'ab c']:
        m = re.match(p, t)
        print(p, t, m and (m.span(), m.groups(), m.lastindex))
