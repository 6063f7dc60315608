//! The str/bytes helpers of `objects/str_methods.rs` and
//! `objects/bytes_methods.rs`, tested as pure functions (no VM).
//!
//! Expected values are CPython 3.11's: the tables were produced by running
//! the same operations under python3.11 (they read as Python: the columns
//! name the methods).

// The tables of CPython's answers read best as plain tuples.
#![allow(clippy::type_complexity)]

use garter_interp::errors::{ExcKind, PyErr};
use garter_interp::objects::bytes_methods as bm;
use garter_interp::objects::function::Args;
use garter_interp::objects::str::PyStr;
use garter_interp::objects::str_methods as sm;
use garter_interp::objects::str_methods::{Parse, Side};
use garter_interp::value::Value;

/// The kind and message of a lazy error.
fn err(e: PyErr) -> (ExcKind, String) {
    match (e.lazy_kind(), e.lazy_message()) {
        (Some(kind), Some(msg)) => (kind, msg),
        _ => panic!("expected a lazy error"),
    }
}

fn text(v: &Value) -> &str {
    v.as_str().expect("a str")
}

// ---- repr and ascii ----

#[test]
fn repr_and_ascii_match_cpython() {
    // (text, repr(text), ascii(text))
    let cases: &[(&str, &str, &str)] = &[
        ("", "''", "''"),
        ("a", "'a'", "'a'"),
        ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("tab\there\nnl\rcr\\", "'tab\\there\\nnl\\rcr\\\\'", "'tab\\there\\nnl\\rcr\\\\'"),
        ("\u{0}\u{7}\u{1b}\u{7f}", "'\\x00\\x07\\x1b\\x7f'", "'\\x00\\x07\\x1b\\x7f'"),
        ("é€😀", "'é€😀'", "'\\xe9\\u20ac\\U0001f600'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}", "'\\x80\\x9f\\xa0\\xad'", "'\\x80\\x9f\\xa0\\xad'"),
        ("\u{200b}\u{2028}\u{feff}", "'\\u200b\\u2028\\ufeff'", "'\\u200b\\u2028\\ufeff'"),
        ("\u{e0001}\u{10ffff}", "'\\U000e0001\\U0010ffff'", "'\\U000e0001\\U0010ffff'"),
        ("\u{1c5} Σ ß", "'\u{1c5} Σ ß'", "'\\u01c5 \\u03a3 \\xdf'"),
    ];
    for &(s, repr, ascii) in cases {
        assert_eq!(sm::str_repr(s), repr, "repr({s:?})");
        assert_eq!(sm::str_ascii(s), ascii, "ascii({s:?})");
    }
}

#[test]
fn bytes_repr_matches_cpython() {
    // (data, repr(bytes(data)), repr(bytearray(data))): bytearray escapes ' even in "..."
    let cases: &[(&[u8], &str, &str)] = &[
        (b"", "b''", "bytearray(b'')"),
        (b"abc", "b'abc'", "bytearray(b'abc')"),
        (b"it's", "b\"it's\"", "bytearray(b\"it\\'s\")"),
        (b"say \"hi\"", "b'say \"hi\"'", "bytearray(b'say \"hi\"')"),
        (b"both ' and \"", "b'both \\' and \"'", "bytearray(b'both \\' and \"')"),
        (
            b"\x00\x09\x0a\x0d\\\x7f\x80\xff",
            "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'",
            "bytearray(b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff')",
        ),
    ];
    for &(b, repr, ba_repr) in cases {
        assert_eq!(bm::bytes_repr(b), repr);
        assert_eq!(bm::bytearray_repr(b), ba_repr);
    }
}

// ---- indexing, slicing, operators ----

#[test]
fn getitem_counts_code_points() {
    let s = PyStr::new("aé€😀");
    assert_eq!(text(&sm::str_getitem(&s, 0).unwrap()), "a");
    assert_eq!(text(&sm::str_getitem(&s, 2).unwrap()), "€");
    assert_eq!(text(&sm::str_getitem(&s, -1).unwrap()), "😀");
    assert_eq!(err(sm::str_getitem(&s, 4).unwrap_err()), (ExcKind::IndexError, "string index out of range".into()));
    assert_eq!(err(sm::str_getitem(&s, -5).unwrap_err()).0, ExcKind::IndexError);
    assert_eq!(text(&sm::str_getitem(&PyStr::new("abc"), -3).unwrap()), "a");
}

#[test]
fn slices_match_cpython() {
    // (text, *slice.indices(len(text)), text[slice])
    let cases: &[(&str, i64, i64, i64, &str)] = &[
        ("abcdef", 0, 6, 1, "abcdef"),
        ("abcdef", 1, 4, 1, "bcd"),
        ("abcdef", 5, -1, -1, "fedcba"),
        ("abcdef", 0, 6, 2, "ace"),
        ("abcdef", 4, 1, -1, "edc"),
        ("abcdef", 4, 1, 1, ""),
        ("abcdef", 1, 6, 3, "be"),
        ("abcdef", 5, -1, -3, "fc"),
        ("aé€😀b", 0, 5, 1, "aé€😀b"),
        ("aé€😀b", 1, 4, 1, "é€😀"),
        ("aé€😀b", 4, -1, -1, "b😀€éa"),
        ("aé€😀b", 0, 5, 2, "a€b"),
        ("aé€😀b", 3, 1, -1, "😀€"),
        ("aé€😀b", 4, 1, 1, ""),
        ("aé€😀b", 1, 5, 3, "éb"),
        ("aé€😀b", 4, -1, -3, "bé"),
    ];
    for &(s, start, stop, step, want) in cases {
        let p = PyStr::new(s);
        assert_eq!(text(&sm::str_slice(&p, start, stop, step)), want, "{s:?}[{start}:{stop}:{step}]");
    }
    assert_eq!(bm::bytes_slice(b"abcdef", 5, -1, -2), b"fdb");
    assert_eq!(bm::bytes_slice(b"abcdef", 1, 4, 1), b"bcd");
    assert_eq!(bm::bytes_slice(b"abcdef", 4, 1, 1), b"");
}

#[test]
fn contains_repeat_compare() {
    assert!(sm::str_contains("héllo", "él"));
    assert!(sm::str_contains("abc", ""));
    assert!(!sm::str_contains("abc", "é"));
    assert_eq!(text(&sm::str_repeat("ab", 3).unwrap()), "ababab");
    assert_eq!(text(&sm::str_repeat("ab", -2).unwrap()), "");
    assert_eq!(text(&sm::str_repeat("é", 2).unwrap()), "éé");
    // 'ab' * 2**62: OverflowError, never an abort.
    assert_eq!(
        err(sm::str_repeat("ab", 1 << 62).unwrap_err()),
        (ExcKind::OverflowError, "repeated string is too long".into())
    );
    // 'a' * 2**50: MemoryError (the allocation fails cleanly).
    assert_eq!(err(sm::str_repeat("a", 1 << 50).unwrap_err()).0, ExcKind::MemoryError);
    use std::cmp::Ordering;
    assert_eq!(sm::str_compare("abc", "abd"), Ordering::Less);
    assert_eq!(sm::str_compare("é", "z"), Ordering::Greater);
    assert_eq!(sm::str_compare("\u{ffff}", "😀"), Ordering::Less);
    assert_eq!(sm::str_compare("a", "a"), Ordering::Equal);
}

// ---- splitting and stripping ----

#[test]
fn split_and_rsplit_match_cpython() {
    // (text, sep, maxsplit, text.split(sep, maxsplit), text.rsplit(sep, maxsplit))
    let cases: &[(&str, Option<&str>, i64, Vec<&str>, Vec<&str>)] = &[
        ("a b  c", None, -1, vec!["a", "b", "c"], vec!["a", "b", "c"]),
        ("  a b  c  ", None, -1, vec!["a", "b", "c"], vec!["a", "b", "c"]),
        ("  a b  c  ", None, 1, vec!["a", "b  c  "], vec!["  a b", "c"]),
        ("", None, -1, vec![], vec![]),
        ("   ", None, -1, vec![], vec![]),
        ("a\u{1c}b\u{85}c\u{3000}d", None, -1, vec!["a", "b", "c", "d"], vec!["a", "b", "c", "d"]),
        ("a,b,,c,", Some(","), -1, vec!["a", "b", "", "c", ""], vec!["a", "b", "", "c", ""]),
        ("a,b,,c,", Some(","), 2, vec!["a", "b", ",c,"], vec!["a,b,", "c", ""]),
        ("", Some(","), -1, vec![""], vec![""]),
        ("aaa", Some("aa"), -1, vec!["", "a"], vec!["a", ""]),
        ("a::b::c", Some("::"), 1, vec!["a", "b::c"], vec!["a::b", "c"]),
        ("é€é€", Some("€"), -1, vec!["é", "é", ""], vec!["é", "é", ""]),
        ("a b c", Some(" "), 0, vec!["a b c"], vec!["a b c"]),
    ];
    for (s, sep, m, split, rsplit) in cases {
        let (got, rgot) = match sep {
            None => (sm::split_whitespace(s, *m), sm::rsplit_whitespace(s, *m)),
            Some(sep) => (sm::split_sep(s, sep, *m), sm::rsplit_sep(s, sep, *m)),
        };
        assert_eq!(&got, split, "{s:?}.split({sep:?}, {m})");
        assert_eq!(&rgot, rsplit, "{s:?}.rsplit({sep:?}, {m})");
    }
}

#[test]
fn splitlines_knows_every_line_boundary() {
    // (text, text.splitlines(), text.splitlines(True))
    let cases: &[(&str, Vec<&str>, Vec<&str>)] = &[
        ("", vec![], vec![]),
        ("a", vec!["a"], vec!["a"]),
        ("a\n", vec!["a"], vec!["a\n"]),
        ("\n", vec![""], vec!["\n"]),
        ("a\nb\r\nc\rd", vec!["a", "b", "c", "d"], vec!["a\n", "b\r\n", "c\r", "d"]),
        ("a\r\n\r\nb", vec!["a", "", "b"], vec!["a\r\n", "\r\n", "b"]),
        (
            "x\u{b}y\u{c}z\u{1c}1\u{1d}2\u{1e}3\u{85}4\u{2028}5\u{2029}6",
            vec!["x", "y", "z", "1", "2", "3", "4", "5", "6"],
            vec!["x\u{b}", "y\u{c}", "z\u{1c}", "1\u{1d}", "2\u{1e}", "3\u{85}", "4\u{2028}", "5\u{2029}", "6"],
        ),
        ("\r\r\n\n", vec!["", "", ""], vec!["\r", "\r\n", "\n"]),
        ("no break", vec!["no break"], vec!["no break"]),
    ];
    for (s, lines, kept) in cases {
        assert_eq!(&sm::splitlines(s, false), lines, "{s:?}.splitlines()");
        assert_eq!(&sm::splitlines(s, true), kept, "{s:?}.splitlines(True)");
    }
    assert_eq!(bm::splitlines(b"a\nb\r\nc\rd\x0be", false), vec![&b"a"[..], b"b", b"c", b"d\x0be"]);
    assert_eq!(bm::splitlines(b"a\r\n", true), vec![&b"a\r\n"[..]]);
}

#[test]
fn strip_family_matches_cpython() {
    // (text, chars, text.strip(chars), text.lstrip(chars), text.rstrip(chars))
    let cases: &[(&str, Option<&str>, &str, &str, &str)] = &[
        ("  a b  ", None, "a b", "a b  ", "  a b"),
        ("\t\n a \u{1c}\u{3000}", None, "a", "a \u{1c}\u{3000}", "\t\n a"),
        ("xxhixx", Some("x"), "hi", "hixx", "xxhi"),
        ("abcHIcba", Some("abc"), "HI", "HIcba", "abcHI"),
        ("ééaéé", Some("é"), "a", "aéé", "ééa"),
        ("", None, "", "", ""),
        ("aaa", Some("a"), "", "", ""),
        ("  ", Some(""), "  ", "  ", "  "),
    ];
    for &(s, chars, both, left, right) in cases {
        assert_eq!(sm::strip(s, chars, Side::Both), both, "{s:?}.strip({chars:?})");
        assert_eq!(sm::strip(s, chars, Side::Left), left, "{s:?}.lstrip({chars:?})");
        assert_eq!(sm::strip(s, chars, Side::Right), right, "{s:?}.rstrip({chars:?})");
    }
    assert_eq!(bm::strip(b" \t a\x1c \x0c", None, Side::Both), b"a\x1c");
    assert_eq!(bm::strip(b"xxaxx", Some(b"x"), Side::Left), b"axx");
}

#[test]
fn bytes_split_matches_cpython() {
    // (data, sep, maxsplit, data.split(sep, maxsplit), data.rsplit(sep, maxsplit))
    let cases: &[(&[u8], Option<&[u8]>, i64, Vec<&[u8]>, Vec<&[u8]>)] = &[
        (b"a b  c", None, -1, vec![&b"a"[..], &b"b"[..], &b"c"[..]], vec![&b"a"[..], &b"b"[..], &b"c"[..]]),
        (b"  a\x0bb\x1cc  ", None, -1, vec![&b"a"[..], &b"b\x1cc"[..]], vec![&b"a"[..], &b"b\x1cc"[..]]),
        (b"  a b  c  ", None, 1, vec![&b"a"[..], &b"b  c  "[..]], vec![&b"  a b"[..], &b"c"[..]]),
        (
            b"a,b,,c,",
            Some(&b","[..]),
            -1,
            vec![&b"a"[..], &b"b"[..], &b""[..], &b"c"[..], &b""[..]],
            vec![&b"a"[..], &b"b"[..], &b""[..], &b"c"[..], &b""[..]],
        ),
        (
            b"a,b,,c,",
            Some(&b","[..]),
            2,
            vec![&b"a"[..], &b"b"[..], &b",c,"[..]],
            vec![&b"a,b,"[..], &b"c"[..], &b""[..]],
        ),
        (b"aaa", Some(&b"aa"[..]), -1, vec![&b""[..], &b"a"[..]], vec![&b"a"[..], &b""[..]]),
        (b"", Some(&b","[..]), -1, vec![&b""[..]], vec![&b""[..]]),
        (b"", None, -1, vec![], vec![]),
    ];
    for (b, sep, m, split, rsplit) in cases {
        let (got, rgot) = match sep {
            None => (bm::split_whitespace(b, *m), bm::rsplit_whitespace(b, *m)),
            Some(sep) => (bm::split_sep(b, sep, *m), bm::rsplit_sep(b, sep, *m)),
        };
        assert_eq!(&got, split);
        assert_eq!(&rgot, rsplit);
    }
}

// ---- searching ----

#[test]
fn find_count_and_affixes_match_cpython() {
    // (text, sub, start, end, find, rfind, count, startswith, endswith)
    let cases: &[(&str, &str, Option<i64>, Option<i64>, i64, i64, i64, bool, bool)] = &[
        ("hello world", "aa", Some(100), None, -1, -1, 0, false, false),
        ("aaaa", "wor", Some(-100), Some(100), -1, -1, 0, false, false),
        ("aaaa", "l", Some(5), Some(2), -1, -1, 0, false, false),
        ("hello world", "", Some(100), None, -1, -1, 0, false, false),
        ("héllo wörld", "", Some(5), Some(2), -1, -1, 0, false, false),
        ("", "ö", None, None, -1, -1, 0, false, false),
        ("aaaa", "", Some(1), None, 1, 4, 4, true, true),
        ("héllo wörld", "aa", Some(5), Some(2), -1, -1, 0, false, false),
        ("aaaa", "", Some(-100), Some(100), 0, 4, 5, true, true),
        ("aaaa", "wor", Some(5), Some(2), -1, -1, 0, false, false),
        ("hello world", "l", Some(-100), Some(100), 2, 9, 3, false, false),
        ("aaaa", "", Some(-3), None, 1, 4, 4, true, true),
        ("hello world", "o", Some(2), Some(5), 4, 4, 1, false, true),
        ("", "zz", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "wor", Some(-100), Some(100), -1, -1, 0, false, false),
        ("héllo wörld", "aa", Some(2), Some(5), -1, -1, 0, false, false),
        ("héllo wörld", "o", Some(2), Some(5), 4, 4, 1, false, true),
        ("aaaa", "l", Some(100), None, -1, -1, 0, false, false),
        ("hello world", "aa", None, Some(-2), -1, -1, 0, false, false),
        ("hello world", "ö", Some(5), Some(2), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(2), Some(5), 2, 2, 1, true, true),
        ("", "ö", Some(-3), None, -1, -1, 0, false, false),
        ("aaaa", "l", Some(2), Some(5), -1, -1, 0, false, false),
        ("", "ö", Some(2), Some(5), -1, -1, 0, false, false),
        ("aaaa", "l", None, Some(-2), -1, -1, 0, false, false),
        ("", "aa", Some(1), None, -1, -1, 0, false, false),
        ("héllo wörld", "zz", Some(-3), None, -1, -1, 0, false, false),
        ("aaaa", "zz", Some(1), None, -1, -1, 0, false, false),
        ("", "", Some(5), Some(2), -1, -1, 0, false, false),
        ("hello world", "zz", Some(-3), None, -1, -1, 0, false, false),
        ("", "zz", Some(4), Some(4), -1, -1, 0, false, false),
        ("aaaa", "zz", None, None, -1, -1, 0, false, false),
        ("", "", Some(100), None, -1, -1, 0, false, false),
        ("aaaa", "o", Some(-100), Some(100), -1, -1, 0, false, false),
        ("héllo wörld", "zz", None, None, -1, -1, 0, false, false),
        ("", "o", None, None, -1, -1, 0, false, false),
        ("", "ö", None, Some(-2), -1, -1, 0, false, false),
        ("aaaa", "ö", None, None, -1, -1, 0, false, false),
        ("", "l", None, None, -1, -1, 0, false, false),
        ("", "ö", Some(-100), Some(100), -1, -1, 0, false, false),
        ("hello world", "zz", Some(5), Some(2), -1, -1, 0, false, false),
        ("", "o", None, Some(-2), -1, -1, 0, false, false),
        ("", "aa", Some(-100), Some(100), -1, -1, 0, false, false),
        ("hello world", "l", Some(1), None, 2, 9, 3, false, false),
        ("héllo wörld", "l", None, Some(-2), 2, 3, 2, false, false),
        ("", "l", Some(1), None, -1, -1, 0, false, false),
        ("hello world", "o", Some(-100), Some(100), 4, 7, 2, false, false),
        ("héllo wörld", "o", None, Some(-2), 4, 4, 1, false, false),
        ("", "zz", Some(1), None, -1, -1, 0, false, false),
        ("aaaa", "wor", Some(4), Some(4), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(5), Some(2), -1, -1, 0, false, false),
        ("", "", Some(1), None, -1, -1, 0, false, false),
        ("aaaa", "aa", Some(-3), None, 1, 2, 1, true, true),
        ("héllo wörld", "ö", Some(1), None, 7, 7, 1, false, false),
        ("", "zz", None, None, -1, -1, 0, false, false),
        ("aaaa", "aa", Some(100), None, -1, -1, 0, false, false),
        ("aaaa", "wor", Some(2), Some(5), -1, -1, 0, false, false),
        ("héllo wörld", "ö", None, Some(-2), 7, 7, 1, false, false),
        ("hello world", "", Some(-100), Some(100), 0, 11, 12, true, true),
        ("héllo wörld", "", Some(2), Some(5), 2, 5, 4, true, true),
    ];
    for &(s, sub, start, end, find, rfind, count, starts, ends) in cases {
        let what = format!("{s:?} {sub:?} {start:?} {end:?}");
        assert_eq!(sm::find(s, sub, start, end, Side::Left), find, "find {what}");
        assert_eq!(sm::find(s, sub, start, end, Side::Right), rfind, "rfind {what}");
        assert_eq!(sm::count(s, sub, start, end), count, "count {what}");
        assert_eq!(sm::tail_match(s, sub, start, end, Side::Left), starts, "startswith {what}");
        assert_eq!(sm::tail_match(s, sub, start, end, Side::Right), ends, "endswith {what}");
        if s.is_ascii() && sub.is_ascii() {
            let (b, sb) = (s.as_bytes(), sub.as_bytes());
            assert_eq!(bm::find(b, sb, start, end, Side::Left), find, "bytes find {what}");
            assert_eq!(bm::find(b, sb, start, end, Side::Right), rfind, "bytes rfind {what}");
            assert_eq!(bm::count(b, sb, start, end), count, "bytes count {what}");
            assert_eq!(bm::tail_match(b, sb, start, end, Side::Left), starts, "bytes startswith {what}");
            assert_eq!(bm::tail_match(b, sb, start, end, Side::Right), ends, "bytes endswith {what}");
        }
    }
}

#[test]
fn partition_keeps_the_text_on_the_right_side() {
    assert_eq!(sm::partition("a=b=c", "=", Side::Left), ("a", true, "b=c"));
    assert_eq!(sm::partition("a=b=c", "=", Side::Right), ("a=b", true, "c"));
    assert_eq!(sm::partition("abc", "=", Side::Left), ("abc", false, ""));
    assert_eq!(sm::partition("abc", "=", Side::Right), ("", false, "abc"));
}

// ---- building strings ----

#[test]
fn replace_matches_cpython() {
    // (text, old, new, count, text.replace(old, new, count))
    let cases: &[(&str, &str, &str, i64, &str)] = &[
        ("hello", "l", "L", -1, "heLLo"),
        ("hello", "l", "L", 1, "heLlo"),
        ("hello", "", "-", -1, "-h-e-l-l-o-"),
        ("hello", "", "-", 2, "-h-ello"),
        ("", "", "x", -1, "x"),
        ("aaaa", "aa", "b", -1, "bb"),
        ("héllo", "é", "e", -1, "hello"),
        ("abc", "x", "y", -1, "abc"),
        ("abc", "b", "", -1, "ac"),
        ("é€", "", "|", -1, "|é|€|"),
    ];
    for &(s, old, new, count, want) in cases {
        assert_eq!(sm::replace(s, old, new, count).unwrap(), want, "{s:?}.replace({old:?}, {new:?}, {count})");
        if s.is_ascii() && old.is_ascii() && new.is_ascii() {
            assert_eq!(bm::replace(s.as_bytes(), old.as_bytes(), new.as_bytes(), count).unwrap(), want.as_bytes());
        }
    }
}

#[test]
fn justify_and_zfill_match_cpython() {
    // (text, width, fill, center, ljust, rjust); None means "self unchanged"
    let cases: &[(&str, i64, char, &str, &str, &str)] = &[
        ("abc", 7, '*', "**abc**", "abc****", "****abc"),
        ("abc", 6, '*', "*abc**", "abc***", "***abc"),
        ("ab", 5, '-', "--ab-", "ab---", "---ab"),
        ("ab", 6, '-', "--ab--", "ab----", "----ab"),
        ("abc", 2, '*', "abc", "abc", "abc"),
        ("é", 4, '€', "€é€€", "é€€€", "€€€é"),
        ("", 3, 'x', "xxx", "xxx", "xxx"),
        ("abc", -1, '*', "abc", "abc", "abc"),
    ];
    for &(s, width, fill, center, ljust, rjust) in cases {
        let n = s.chars().count();
        let run = |side| sm::justify(s, n, width, fill, side).unwrap().unwrap_or_else(|| s.to_string());
        assert_eq!(run(Side::Both), center, "{s:?}.center({width})");
        assert_eq!(run(Side::Left), ljust, "{s:?}.ljust({width})");
        assert_eq!(run(Side::Right), rjust, "{s:?}.rjust({width})");
    }
    // (text, width, text.zfill(width))
    let cases: &[(&str, i64, &str)] = &[
        ("42", 5, "00042"),
        ("-42", 5, "-0042"),
        ("+42", 5, "+0042"),
        ("", 3, "000"),
        ("-", 3, "-00"),
        ("abc", 2, "abc"),
        ("é", 3, "00é"),
        ("--1", 5, "-00-1"),
    ];
    for &(s, width, want) in cases {
        let got = sm::zfill(s, s.chars().count(), width).unwrap().unwrap_or_else(|| s.to_string());
        assert_eq!(got, want, "{s:?}.zfill({width})");
        if s.is_ascii() {
            let got = bm::zfill(s.as_bytes(), width).unwrap().unwrap_or_else(|| s.as_bytes().to_vec());
            assert_eq!(got, want.as_bytes());
        }
    }
    // 'a'.ljust(2**50): MemoryError, not an abort.
    assert_eq!(err(sm::justify("a", 1, 1 << 50, ' ', Side::Left).unwrap_err()).0, ExcKind::MemoryError);
}

#[test]
fn expandtabs_matches_cpython() {
    // (text, tabsize, text.expandtabs(tabsize))
    let cases: &[(&str, i64, &str)] = &[
        ("a\tb", 8, "a       b"),
        ("a\tb", 4, "a   b"),
        ("ab\tc\nd\te", 4, "ab  c\nd   e"),
        ("\t\t", 2, "    "),
        ("a\tb", 0, "ab"),
        ("a\tb", -1, "ab"),
        ("é\tx", 4, "é   x"),
        ("a\r\tb", 4, "a\r    b"),
    ];
    for &(s, tabsize, want) in cases {
        assert_eq!(sm::expandtabs(s, tabsize).unwrap(), want, "{s:?}.expandtabs({tabsize})");
        if s.is_ascii() {
            assert_eq!(bm::expandtabs(s.as_bytes(), tabsize).unwrap(), want.as_bytes());
        }
    }
}

#[test]
fn join_puts_the_separator_between() {
    assert_eq!(sm::join(", ", &["a", "b", "c"]).unwrap(), "a, b, c");
    assert_eq!(sm::join("-", &["é"]).unwrap(), "é");
    assert_eq!(sm::join("-", &[] as &[&str]).unwrap(), "");
}

// ---- case and character classes ----

#[test]
fn case_mappings_match_cpython() {
    // (text, lower, upper, title, capitalize, swapcase, casefold)
    let cases: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
        ("hello World", "hello world", "HELLO WORLD", "Hello World", "Hello world", "HELLO wORLD", "hello world"),
        ("ΣΑΣ ΣΑΣ.", "σας σας.", "ΣΑΣ ΣΑΣ.", "Σας Σας.", "Σας σας.", "σας σας.", "σασ σασ."),
        ("aΣ b", "aς b", "AΣ B", "Aς B", "Aς b", "Aς B", "aσ b"),
        ("ß ﬁ ǆemal", "ß ﬁ ǆemal", "SS FI ǄEMAL", "Ss Fi \u{1c5}emal", "Ss ﬁ ǆemal", "SS FI ǄEMAL", "ss fi ǆemal"),
        ("İstanbul", "i̇stanbul", "İSTANBUL", "İstanbul", "İstanbul", "i̇STANBUL", "i̇stanbul"),
        (
            "they're bill's 1st",
            "they're bill's 1st",
            "THEY'RE BILL'S 1ST",
            "They'Re Bill'S 1St",
            "They're bill's 1st",
            "THEY'RE BILL'S 1ST",
            "they're bill's 1st",
        ),
        (
            "\u{1c5} \u{1c8} \u{1cb}",
            "ǆ ǉ ǌ",
            "Ǆ Ǉ Ǌ",
            "\u{1c5} \u{1c8} \u{1cb}",
            "\u{1c5} ǉ ǌ",
            "\u{1c5} \u{1c8} \u{1cb}",
            "ǆ ǉ ǌ",
        ),
        (
            "MiXeD 123 ÉtÉ",
            "mixed 123 été",
            "MIXED 123 ÉTÉ",
            "Mixed 123 Été",
            "Mixed 123 été",
            "mIxEd 123 éTé",
            "mixed 123 été",
        ),
        ("ΑΣ'Σ", "ασ'ς", "ΑΣ'Σ", "Ασ'Σ", "Ασ'ς", "ασ'ς", "ασ'σ"),
        ("", "", "", "", "", "", ""),
    ];
    for &(s, lower, upper, title, capitalize, swapcase, casefold) in cases {
        assert_eq!(sm::lower(s), lower, "{s:?}.lower()");
        assert_eq!(sm::upper(s), upper, "{s:?}.upper()");
        assert_eq!(sm::title(s), title, "{s:?}.title()");
        assert_eq!(sm::capitalize(s), capitalize, "{s:?}.capitalize()");
        assert_eq!(sm::swapcase(s), swapcase, "{s:?}.swapcase()");
        assert_eq!(sm::casefold(s), casefold, "{s:?}.casefold()");
    }
    assert_eq!(bm::title(b"hello wORLD 1st"), b"Hello World 1St");
    assert_eq!(bm::capitalize(b"hELLO"), b"Hello");
    assert_eq!(bm::swapcase(b"aB\xe9"), b"Ab\xe9");
}

#[test]
fn predicates_match_cpython() {
    // (text, [isalpha, isalnum, isdecimal, isdigit, isnumeric, isspace,
    //         islower, isupper, istitle, isidentifier, isprintable, isascii])
    let cases: &[(&str, [bool; 12])] = &[
        ("abc", [true, true, false, false, false, false, true, false, false, true, true, true]),
        ("ABC", [true, true, false, false, false, false, false, true, false, true, true, true]),
        ("Abc Def", [false, false, false, false, false, false, false, false, true, false, true, true]),
        ("abc1", [false, true, false, false, false, false, true, false, false, true, true, true]),
        ("123", [false, true, true, true, true, false, false, false, false, false, true, true]),
        ("١٢٣", [false, true, true, true, true, false, false, false, false, false, true, false]),
        ("²", [false, true, false, true, true, false, false, false, false, false, true, false]),
        ("½", [false, true, false, false, true, false, false, false, false, false, true, false]),
        ("一", [true, true, false, false, true, false, false, false, false, true, true, false]),
        ("Ⅷ", [false, true, false, false, true, false, false, true, true, true, true, false]),
        (" \t\n\u{1c}", [false, false, false, false, false, true, false, false, false, false, false, true]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("hello_world", [false, false, false, false, false, false, true, false, false, true, true, true]),
        ("1abc", [false, true, false, false, false, false, true, false, false, false, true, true]),
        ("héllo", [true, true, false, false, false, false, true, false, false, true, true, false]),
        ("\u{1c5}a", [true, true, false, false, false, false, false, false, true, true, true, false]),
        ("a b", [false, false, false, false, false, false, true, false, false, false, true, true]),
        ("\u{200b}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("ab\u{a0}", [false, false, false, false, false, false, true, false, false, false, false, false]),
    ];
    for &(s, want) in cases {
        let got = [
            sm::all_chars(s, sm::is_alpha),
            sm::all_chars(s, sm::is_alnum),
            sm::all_chars(s, sm::is_decimal),
            sm::all_chars(s, sm::is_digit),
            sm::all_chars(s, sm::is_numeric),
            sm::all_chars(s, sm::is_space),
            sm::is_lower_str(s),
            sm::is_upper_str(s),
            sm::is_title_str(s),
            sm::is_identifier(s),
            sm::is_printable_str(s),
            s.is_ascii(),
        ];
        assert_eq!(got, want, "{s:?}");
    }
    assert_eq!(sm::decimal_value('٣'), Some(3));
    assert_eq!(sm::decimal_value('𝟗'), Some(9));
    assert_eq!(sm::decimal_value('²'), None);
    assert!(bm::is_title(b"Ab Cd") && !bm::is_title(b"ab cd"));
    assert!(bm::is_lower(b"ab1") && !bm::is_lower(b"1"));
}

// ---- codecs ----

#[test]
fn encode_errors_match_cpython() {
    use sm::{Codec, ErrorHandler};
    let strict = ErrorHandler::Strict;
    assert_eq!(sm::lookup_codec("UTF-8").unwrap(), Codec::Utf8);
    assert_eq!(sm::lookup_codec("latin_1").unwrap(), Codec::Latin1);
    assert_eq!(sm::lookup_codec("ISO-8859-1").unwrap(), Codec::Latin1);
    assert_eq!(sm::lookup_codec("us-ascii").unwrap(), Codec::Ascii);
    assert_eq!(err(sm::lookup_codec("utf-9").unwrap_err()), (ExcKind::LookupError, "unknown encoding: utf-9".into()));
    assert_eq!(
        err(sm::encode("é", Codec::Ascii, &strict).unwrap_err()),
        (
            ExcKind::UnicodeEncodeError,
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)".into()
        )
    );
    assert_eq!(
        err(sm::encode("aé€x€", Codec::Ascii, &strict).unwrap_err()).1,
        "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
    );
    assert_eq!(
        err(sm::encode("aé€", Codec::Latin1, &strict).unwrap_err()).1,
        "'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)"
    );
    assert_eq!(sm::encode("aé€", Codec::Ascii, &ErrorHandler::Replace).unwrap(), b"a??");
    assert_eq!(sm::encode("aé€", Codec::Ascii, &ErrorHandler::Ignore).unwrap(), b"a");
    assert_eq!(sm::encode("aé€", Codec::Latin1, &ErrorHandler::XmlCharRefReplace).unwrap(), b"a\xe9&#8364;");
    assert_eq!(sm::encode("aé€", Codec::Ascii, &ErrorHandler::BackslashReplace).unwrap(), b"a\\xe9\\u20ac");
    assert_eq!(sm::encode("abc", Codec::Utf16, &strict).unwrap(), b"\xff\xfea\x00b\x00c\x00");
    // An unknown handler only fails when it is needed.
    let bogus = ErrorHandler::from_name("bogus");
    assert_eq!(sm::encode("abc", Codec::Ascii, &bogus).unwrap(), b"abc");
    assert_eq!(
        err(sm::encode("é", Codec::Ascii, &bogus).unwrap_err()),
        (ExcKind::LookupError, "unknown error handler name 'bogus'".into())
    );
}

#[test]
fn utf8_decode_errors_match_cpython() {
    use sm::{Codec, ErrorHandler};
    // (data, the strict error, decode('utf-8', 'replace'), decode('utf-8', 'backslashreplace'))
    let cases: &[(&[u8], &str, &str, &str)] = &[
        (b"\xff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "�", "\\xff"),
        (b"a\xff", "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "a�", "a\\xff"),
        (b"\xe9\x80", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "�", "\\xe9\\x80"),
        (b"\xe9", "'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", "�", "\\xe9"),
        (b"\xe9A", "'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", "�A", "\\xe9A"),
        (
            b"\xf0\x9f\x98x",
            "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte",
            "�x",
            "\\xf0\\x9f\\x98x",
        ),
        (
            b"\xed\xa0\x80",
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
            "���",
            "\\xed\\xa0\\x80",
        ),
        (b"\xc0\x80", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "��", "\\xc0\\x80"),
        (
            b"ok\xf0\x9f\x98",
            "'utf-8' codec can't decode bytes in position 2-4: unexpected end of data",
            "ok�",
            "ok\\xf0\\x9f\\x98",
        ),
    ];
    for &(b, msg, replaced, escaped) in cases {
        let e = bm::decode(b, Codec::Utf8, &ErrorHandler::Strict).unwrap_err();
        assert_eq!(err(e), (ExcKind::UnicodeDecodeError, msg.to_string()), "{b:?}");
        assert_eq!(bm::decode(b, Codec::Utf8, &ErrorHandler::Replace).unwrap(), replaced);
        assert_eq!(bm::decode(b, Codec::Utf8, &ErrorHandler::BackslashReplace).unwrap(), escaped);
    }
    assert_eq!(
        err(bm::decode(b"a\xe9\xeab", Codec::Ascii, &ErrorHandler::Strict).unwrap_err()).1,
        "'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"
    );
    assert_eq!(bm::decode(b"a\xe9\xeab", Codec::Ascii, &ErrorHandler::Replace).unwrap(), "a\u{fffd}\u{fffd}b");
    assert_eq!(bm::decode(b"a\xe9b", Codec::Latin1, &ErrorHandler::Strict).unwrap(), "aéb");
    assert_eq!(bm::decode(b"\xef\xbb\xbfa", Codec::Utf8Sig, &ErrorHandler::Strict).unwrap(), "a");
    assert_eq!(bm::decode(b"\xff\xfea\x00", Codec::Utf16, &ErrorHandler::Strict).unwrap(), "a");
}

#[test]
fn hex_and_fromhex_match_cpython() {
    assert_eq!(bm::hex(b"abc", None, 1), "616263");
    assert_eq!(bm::hex(b"abc", Some(b':'), 1), "61:62:63");
    assert_eq!(bm::hex(b"abcdef", Some(b':'), 2), "6162:6364:6566");
    assert_eq!(bm::hex(b"abcde", Some(b':'), 2), "61:6263:6465");
    assert_eq!(bm::hex(b"abcde", Some(b':'), -2), "6162:6364:65");
    assert_eq!(bm::hex(b"abc", Some(b':'), 0), "616263");
    assert_eq!(bm::fromhex(" 61 62\n63\t").unwrap(), b"abc");
    let pos = |s: &str| err(bm::fromhex(s).unwrap_err()).1;
    assert_eq!(pos("6 1"), "non-hexadecimal number found in fromhex() arg at position 1");
    assert_eq!(pos("616"), "non-hexadecimal number found in fromhex() arg at position 3");
    assert_eq!(pos("61é"), "non-hexadecimal number found in fromhex() arg at position 2");
    assert_eq!(pos("61\x1c62"), "non-hexadecimal number found in fromhex() arg at position 2");
}

#[test]
fn translate_and_maketrans() {
    let table = bm::maketrans(b"ab", b"xy").unwrap();
    assert_eq!(bm::translate(b"abc", Some(&table), b"c").unwrap(), b"xy");
    assert_eq!(bm::translate(b"abc", None, b"b").unwrap(), b"ac");
    assert_eq!(err(bm::maketrans(b"ab", b"x").unwrap_err()).1, "maketrans arguments must have same length");
    assert_eq!(
        err(bm::translate(b"abc", Some(b"x"), b"").unwrap_err()).1,
        "translation table must be 256 characters long"
    );
}

#[test]
fn bytes_getitem_words_its_errors() {
    assert_eq!(bm::bytes_getitem(b"abc", -1, bm::Kind::Bytes).unwrap().as_str(), None);
    assert!(matches!(bm::bytes_getitem(b"abc", 1, bm::Kind::Bytes).unwrap(), Value::Int(98)));
    assert_eq!(err(bm::bytes_getitem(b"abc", 3, bm::Kind::Bytes).unwrap_err()).1, "index out of range");
    assert_eq!(err(bm::bytes_getitem(b"abc", -4, bm::Kind::ByteArray).unwrap_err()).1, "bytearray index out of range");
}

// ---- str.format's grammar ----

#[test]
fn format_markup_splits_literals_and_fields() {
    let mut it = sm::MarkupIter::new("a{{b}}c{0!r:>{w}}é{x.y[0]}");
    let (lit, field) = it.next_item().unwrap().unwrap();
    assert_eq!((lit, field), ("a{", None));
    let (lit, field) = it.next_item().unwrap().unwrap();
    assert_eq!((lit, field), ("b}", None));
    let (lit, field) = it.next_item().unwrap().unwrap();
    assert_eq!(lit, "c");
    assert_eq!(
        field,
        Some(sm::FormatField { name: "0", conversion: Some('r'), spec: ">{w}", spec_needs_expanding: true })
    );
    let (lit, field) = it.next_item().unwrap().unwrap();
    assert_eq!(lit, "é");
    assert_eq!(field.map(|f| f.name), Some("x.y[0]"));
    assert!(it.next_item().unwrap().is_none());
}

#[test]
fn format_markup_errors_match_cpython() {
    let first_error = |s: &str| {
        let mut it = sm::MarkupIter::new(s);
        loop {
            match it.next_item() {
                Ok(Some(_)) => continue,
                Ok(None) => return String::new(),
                Err(e) => return err(e).1,
            }
        }
    };
    assert_eq!(first_error("{"), "Single '{' encountered in format string");
    assert_eq!(first_error("}"), "Single '}' encountered in format string");
    assert_eq!(first_error("a}b"), "Single '}' encountered in format string");
    assert_eq!(first_error("{0"), "expected '}' before end of string");
    assert_eq!(first_error("{0[}"), "expected '}' before end of string");
    assert_eq!(first_error("{0!}"), "unmatched '{' in format spec");
    assert_eq!(first_error("{0!rr}"), "expected ':' after conversion specifier");
    assert_eq!(first_error("{0:{"), "unmatched '{' in format spec");
    assert_eq!(first_error("{0{}"), "unexpected '{' in field name");
    assert_eq!(first_error("{{}}{0}"), "");
}

#[test]
fn field_names_split_into_accessors() {
    assert_eq!(sm::split_field_name("0.real[1]"), ("0", ".real[1]"));
    assert_eq!(sm::split_field_name("name"), ("name", ""));
    assert_eq!(sm::field_index("12").unwrap(), Some(12));
    assert_eq!(sm::field_index("٣").unwrap(), Some(3));
    assert_eq!(sm::field_index("-1").unwrap(), None);
    assert_eq!(sm::field_index("").unwrap(), None);
    assert_eq!(err(sm::field_index("99999999999999999999").unwrap_err()).1, "Too many decimal digits in format string");
    let mut rest = ".a[0][key].b";
    let mut got = Vec::new();
    while let Some(a) = sm::next_accessor(&mut rest).unwrap() {
        got.push(a);
    }
    assert_eq!(
        got,
        vec![sm::Accessor::Attr("a"), sm::Accessor::Index(0), sm::Accessor::Key("key"), sm::Accessor::Attr("b")]
    );
    let first_error = |s: &'static str| {
        let mut rest = s;
        loop {
            match sm::next_accessor(&mut rest) {
                Ok(Some(_)) => continue,
                Ok(None) => return String::new(),
                Err(e) => return err(e).1,
            }
        }
    };
    assert_eq!(first_error("."), "Empty attribute in format string");
    assert_eq!(first_error("[]"), "Empty attribute in format string");
    assert_eq!(first_error("[0]x"), "Only '.' or '[' may follow ']' in format field specifier");
    assert_eq!(first_error("[0"), "Missing ']' in format string");
}

// ---- argument errors, worded as CPython words them ----

fn parse_error(owner: &str, name: &str, parse: Parse, pos: usize, kw: &[&str]) -> String {
    let mut values: Vec<Value> = (0..=pos).map(|i| Value::Int(i as i64)).collect();
    let kwnames: Vec<Value> = kw.iter().map(|k| Value::new_str(k)).collect();
    values.extend(kw.iter().map(|_| Value::None));
    let args = Args { values: &values, kwnames: &kwnames };
    match sm::parse_args(owner, name, parse, &args) {
        Ok(_) => String::new(),
        Err(e) => err(e).1,
    }
}

#[test]
fn argument_errors_match_cpython() {
    let split = Parse::Keywords { posonly: 0, required: 0, names: &["sep", "maxsplit"] };
    let translate = Parse::Keywords { posonly: 1, required: 1, names: &["table", "delete"] };
    let cases: &[(&str, Parse, usize, &[&str], &str)] = &[
        ("upper", Parse::NoArgs, 1, &[], "str.upper() takes no arguments (1 given)"),
        ("upper", Parse::NoArgs, 0, &["x"], "str.upper() takes no keyword arguments"),
        ("join", Parse::One, 0, &[], "str.join() takes exactly one argument (0 given)"),
        ("join", Parse::One, 2, &[], "str.join() takes exactly one argument (2 given)"),
        ("count", Parse::Tuple(1, 3), 0, &[], "count() takes at least 1 argument (0 given)"),
        ("count", Parse::Tuple(1, 3), 4, &[], "count() takes at most 3 arguments (4 given)"),
        ("count", Parse::Tuple(1, 3), 1, &["x"], "str.count() takes no keyword arguments"),
        ("center", Parse::Positional(1, 2), 0, &[], "center expected at least 1 argument, got 0"),
        ("center", Parse::Positional(1, 2), 3, &[], "center expected at most 2 arguments, got 3"),
        ("strip", Parse::Positional(0, 1), 2, &[], "strip expected at most 1 argument, got 2"),
        ("replace", Parse::Positional(2, 3), 1, &[], "replace expected at least 2 arguments, got 1"),
        ("maketrans", Parse::Positional(2, 2), 1, &[], "maketrans expected 2 arguments, got 1"),
        ("split", split, 3, &[], "split() takes at most 2 arguments (3 given)"),
        ("split", split, 0, &["sep", "maxsplit", "x"], "split() takes at most 2 keyword arguments (3 given)"),
        ("split", split, 0, &["x"], "'x' is an invalid keyword argument for split()"),
        ("split", split, 1, &["sep"], "argument for split() given by name ('sep') and position (1)"),
        ("split", split, 1, &["maxsplit"], ""),
        ("translate", translate, 0, &["table"], "translate() takes at least 1 positional argument (0 given)"),
        ("translate", translate, 1, &["delete"], ""),
    ];
    for &(name, parse, pos, kw, want) in cases {
        assert_eq!(parse_error("str", name, parse, pos, kw), want, "{name} {pos} {kw:?}");
    }
}
