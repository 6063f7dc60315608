# Flag and IntFlag composites: unknown bits, inversion, aliases of several bits, iteration.
from enum import IntFlag, Flag, auto
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP(9)), repr(IP(12)), repr(IP(8)), IP(9), repr(~IP.R), repr(IP.R | 8), repr(IP.R + 1), repr(IP.R & 6))
class P(Flag):
    A = auto(); B = auto(); AB = A | B
print(list(P), repr(P.A|P.B), repr(~P.A), P.AB in P, repr(P(0)), list(P.AB))
