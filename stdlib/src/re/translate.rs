//! Python regular-expression syntax, checked and rewritten for `fancy-regex`.
//!
//! The parser follows CPython 3.11's `sre_parse`: it reports the same errors
//! (`missing ), unterminated subpattern`, `nothing to repeat`, `bad escape
//! \q`, ...) at the same character positions, and emits a pattern whose
//! meaning under `fancy-regex` is Python's:
//!
//! - named groups become plain groups (names are kept here, so any Python
//!   identifier works) and every backreference becomes `\k<N>`;
//! - `^`, `$`, `\Z` and `.` are emitted explicitly for the flags in force
//!   (`$` without MULTILINE is `(?=\n?\z)`, as Python's matches before a
//!   final newline);
//! - `\d`, `\w`, `\s`, `\b` are ASCII classes under ASCII or for bytes;
//!   Python's Unicode `\s` also takes `\x1c`-`\x1f`;
//! - VERBOSE whitespace and comments are dropped here; scoped flags
//!   (`(?i:...)`, `(?-i:...)`) pass through for `i`, `m`, `s`;
//! - every literal that is not alphanumeric is written as `\x{..}`, so
//!   characters special to the Rust syntax (`&&`, `--`, `[` in a class,
//!   `{` that is not a quantifier) stay literal.

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// A `re.error`: the message and the character position it names.
#[derive(Debug)]
pub struct SyntaxError {
    pub msg: String,
    pub pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError { msg: msg.into(), pos: Some(pos) })
}

/// The result of translating one pattern.
pub struct Translated {
    /// The pattern in `fancy-regex` syntax.
    pub regex: String,
    /// The flags after inline global flags, with UNICODE added for str.
    pub flags: u32,
    pub groups: usize,
    /// (name, group number), in definition order.
    pub names: Vec<(String, usize)>,
    /// `parents[g]`: the innermost group enclosing group `g` (0: none).
    pub parents: Vec<usize>,
    /// Whether the pattern looks at text before where it starts matching
    /// (`^`, `\A`, `\b`, `\B`, look-behind): it then cannot be run on a
    /// slice of the subject.
    pub looks_back: bool,
    /// Capturing groups that are the whole body of a greedy, unbounded
    /// repeat and can match empty (`(a*)*`, `(a?)+`). Python runs one more,
    /// empty, iteration after the last one that consumed text, so such a
    /// group ends up empty where the engine keeps the last non-empty
    /// iteration; the matcher adjusts their spans.
    pub empty_tail_groups: Vec<usize>,
}

/// The flags in force inside one group.
#[derive(Clone, Copy)]
struct Scope {
    flags: u32,
}

impl Scope {
    fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// IGNORECASE with Unicode case folding: left to the engine's `(?i)`.
    fn unicode_fold(&self, bytes: bool) -> bool {
        self.has(IGNORECASE) && !bytes && !self.has(ASCII)
    }
    /// IGNORECASE under ASCII or for bytes: only ASCII letters fold, so the
    /// translation spells both cases out (`[aA]`) instead of using `(?i)`.
    fn ascii_fold(&self, bytes: bool) -> bool {
        self.has(IGNORECASE) && (bytes || self.has(ASCII))
    }
}

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    bytes: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    /// Groups opened and not yet closed (innermost last).
    open: Vec<usize>,
    /// The width of the construct just parsed (for the look-behind check).
    width: Width,
    /// Each closed group's width (index 0 unused).
    group_widths: Vec<Width>,
    looks_back: bool,
    /// The group number when the item just parsed is a capturing group.
    last_capture: Option<usize>,
    empty_tail_groups: Vec<usize>,
}

/// (min, max) characters a construct matches; `None`: unbounded.
type Width = (usize, Option<usize>);

/// A parsed quantifier: its emitted text (with any lazy `?` or possessive
/// `+`), where it starts, and its (min, max) repeat count.
type Quantifier = (String, usize, Width);

/// What a parsed item is, for the quantifier checks.
enum Item {
    /// Something a quantifier may follow.
    Atom(String),
    /// An anchor (`^`, `$`, `\b`...): `nothing to repeat` after it.
    Anchor(String),
}

/// Translates `pattern` (for bytes, its bytes as Latin-1 characters).
pub fn translate(pattern: &[char], flags: u32, bytes: bool) -> Result<Translated, SyntaxError> {
    let mut flags = flags;
    // Leading global flags, `(?aiLmsux)`, apply to the whole pattern
    // (VERBOSE changes how everything after is read).
    let mut i = 0;
    while pattern.get(i) == Some(&'(') && pattern.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut f = 0;
        while let Some(&c) = pattern.get(j) {
            match flag_bit(c) {
                Some(b) => f |= b,
                None => break,
            }
            j += 1;
        }
        if j == i + 2 || pattern.get(j) != Some(&')') {
            break;
        }
        flags |= f;
        i = j + 1;
    }
    check_flags(flags, bytes, None)?;
    if !bytes && flags & ASCII == 0 {
        flags |= UNICODE;
    }
    let mut parser = Parser { p: pattern, i: 0, bytes, groups: 0, names: Vec::new(), parents: vec![0], open: Vec::new(), width: (0, Some(0)), group_widths: vec![(0, Some(0))], looks_back: false, last_capture: None, empty_tail_groups: Vec::new() };
    let mut body = parser.alternation(Scope { flags }, true)?;
    if (Scope { flags }).unicode_fold(bytes) {
        body = format!("(?i){body}");
    }
    if parser.i < pattern.len() {
        // Only a `)` stops the top level early.
        return err("unbalanced parenthesis", parser.i);
    }
    Ok(Translated { regex: body, flags, groups: parser.groups, names: parser.names, parents: parser.parents, looks_back: parser.looks_back, empty_tail_groups: parser.empty_tail_groups })
}

fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}

fn check_flags(flags: u32, bytes: bool, pos: Option<usize>) -> Result<(), SyntaxError> {
    let msg = if bytes && flags & UNICODE != 0 {
        "cannot use UNICODE flag with a bytes pattern"
    } else if !bytes && flags & LOCALE != 0 {
        "cannot use LOCALE flag with a str pattern"
    } else if flags & ASCII != 0 && flags & UNICODE != 0 {
        "ASCII and UNICODE flags are incompatible"
    } else if flags & ASCII != 0 && flags & LOCALE != 0 {
        "ASCII and LOCALE flags are incompatible"
    } else {
        return Ok(());
    };
    match pos {
        Some(_) => Err(SyntaxError { msg: msg.into(), pos }),
        // Flags passed as arguments raise ValueError in CPython; the caller
        // tells them apart by the missing position.
        None => Err(SyntaxError { msg: msg.into(), pos: None }),
    }
}

/// A literal character in the emitted syntax.
pub fn literal(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace() && !c.is_control()) {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:x}}}", c as u32));
    }
}

const ASCII_WORD: &str = "0-9A-Za-z_";
const ASCII_SPACE: &str = " \\t\\n\\r\\x{b}\\x{c}";

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }
    fn peek_at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }
    /// A literal character, both cases for an ASCII letter under ASCII folding.
    fn lit(&self, scope: Scope, c: char, out: &mut String) {
        if scope.ascii_fold(self.bytes) && c.is_ascii_alphabetic() {
            out.push('[');
            out.push(c.to_ascii_lowercase());
            out.push(c.to_ascii_uppercase());
            out.push(']');
        } else {
            literal(c, out);
        }
    }

    /// Skips VERBOSE whitespace and `#` comments.
    fn skip_verbose(&mut self, scope: Scope) {
        if !scope.has(VERBOSE) {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// `a|b|...` up to an unmatched `)` or the end.
    fn alternation(&mut self, scope: Scope, top: bool) -> Result<String, SyntaxError> {
        let mut out = self.sequence(scope, top)?;
        let mut width = self.width;
        while self.peek() == Some('|') {
            self.i += 1;
            out.push('|');
            let s = self.sequence(scope, false)?;
            out.push_str(&s);
            width = (width.0.min(self.width.0), width.1.zip(self.width.1).map(|(a, b)| a.max(b)));
        }
        self.width = width;
        Ok(out)
    }

    /// Items up to `|`, `)` or the end. `top` allows global flags while
    /// nothing has been emitted yet.
    fn sequence(&mut self, scope: Scope, top: bool) -> Result<String, SyntaxError> {
        let mut out = String::new();
        let mut at_start = top;
        let mut total: Width = (0, Some(0));
        loop {
            self.skip_verbose(scope);
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            let item_start = self.i;
            if matches!(c, '*' | '+' | '?') || (c == '{' && self.quantifier_braces().is_some()) {
                return err("nothing to repeat", item_start);
            }
            self.width = (1, Some(1));
            self.last_capture = None;
            let item = match self.item(scope, at_start)? {
                Some(item) => item,
                None => continue, // global flags: nothing emitted
            };
            let w = self.width;
            let captured = self.last_capture.take();
            at_start = false;
            self.skip_verbose(scope);
            let Some(q) = self.quantifier()? else {
                match item {
                    Item::Atom(s) => out.push_str(&s),
                    Item::Anchor(s) => out.push_str(&s),
                }
                total = (total.0 + w.0, total.1.zip(w.1).map(|(a, b)| a + b));
                continue;
            };
            let (qmin, qmax) = q.2;
            if let Some(g) = captured {
                // Greedy or possessive (not lazy), unbounded, body can be empty.
                let greedy = !(q.0.len() > 1 && q.0.ends_with('?'));
                if greedy && qmax.is_none() && w.0 == 0 {
                    self.empty_tail_groups.push(g);
                }
            }
            let w = (w.0.saturating_mul(qmin), match (w.1, qmax) {
                (Some(0), _) => Some(0),
                (Some(a), Some(b)) => Some(a.saturating_mul(b)),
                _ => None,
            });
            total = (total.0 + w.0, total.1.zip(w.1).map(|(a, b)| a + b));
            let atom = match item {
                Item::Atom(s) => s,
                Item::Anchor(_) => return err("nothing to repeat", q.1),
            };
            out.push_str(&atom);
            out.push_str(&q.0);
            self.skip_verbose(scope);
            if let Some(c) = self.peek() {
                if matches!(c, '*' | '+' | '?') || (c == '{' && self.quantifier_braces().is_some()) {
                    return err("multiple repeat", self.i);
                }
            }
        }
        self.width = total;
        Ok(out)
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the cursor: (min, max, length).
    fn quantifier_braces(&self) -> Option<(Option<String>, Option<String>, bool, usize)> {
        let mut k = self.i + 1;
        let mut lo = String::new();
        while let Some(c) = self.p.get(k).filter(|c| c.is_ascii_digit()) {
            lo.push(*c);
            k += 1;
        }
        let mut hi = String::new();
        let comma = self.p.get(k) == Some(&',');
        if comma {
            k += 1;
            while let Some(c) = self.p.get(k).filter(|c| c.is_ascii_digit()) {
                hi.push(*c);
                k += 1;
            }
        }
        if self.p.get(k) != Some(&'}') || (self.p.get(self.i + 1) == Some(&'}')) {
            return None;
        }
        let lo = (!lo.is_empty()).then_some(lo);
        let hi = (!hi.is_empty()).then_some(hi);
        Some((lo, hi, comma, k + 1 - self.i))
    }

    /// A quantifier with its lazy/possessive suffix, and where it starts.
    fn quantifier(&mut self) -> Result<Option<Quantifier>, SyntaxError> {
        let start = self.i;
        let range: (usize, Option<usize>);
        let mut q = match self.peek() {
            Some(c @ ('*' | '+' | '?')) => {
                self.i += 1;
                range = match c {
                    '*' => (0, None),
                    '+' => (1, None),
                    _ => (0, Some(1)),
                };
                c.to_string()
            }
            Some('{') => {
                let Some((lo, hi, comma, len)) = self.quantifier_braces() else { return Ok(None) };
                let parse = |s: &Option<String>| -> Result<Option<u64>, SyntaxError> {
                    match s {
                        None => Ok(None),
                        Some(s) => match s.parse::<u64>() {
                            Ok(n) if n < 4294967295 => Ok(Some(n)),
                            _ => Err(SyntaxError { msg: "the repetition number is too large".into(), pos: Some(start) }),
                        },
                    }
                };
                let min = parse(&lo)?.unwrap_or(0);
                let max = if comma { parse(&hi)? } else { Some(min) };
                if let Some(max) = max {
                    if max < min {
                        return err("min repeat greater than max repeat", start + 1);
                    }
                }
                self.i += len;
                range = (min as usize, max.map(|m| m as usize));
                match max {
                    Some(max) if max == min && !comma => format!("{{{min}}}"),
                    Some(max) => format!("{{{min},{max}}}"),
                    None => format!("{{{min},}}"),
                }
            }
            _ => return Ok(None),
        };
        match self.peek() {
            Some('?') => {
                self.i += 1;
                q.push('?');
            }
            Some('+') => {
                // Possessive (3.11): an atomic group around the repeat.
                self.i += 1;
                q.push('+');
            }
            _ => {}
        }
        Ok(Some((q, start, range)))
    }

    /// One item; `None` for a global-flags group.
    fn item(&mut self, scope: Scope, at_start: bool) -> Result<Option<Item>, SyntaxError> {
        let start = self.i;
        let Some(c) = self.peek() else { return err("unexpected end of pattern", start) };
        self.i += 1;
        let mut out = String::new();
        Ok(Some(match c {
            '.' => Item::Atom(if scope.has(DOTALL) { "(?s:.)".into() } else { ".".into() }),
            '^' | '$' => {
                self.width = (0, Some(0));
                self.looks_back |= c == '^';
                return Ok(Some(if c == '^' {
                    Item::Anchor(if scope.has(MULTILINE) { "(?m:^)".into() } else { "\\A".into() })
                } else {
                    Item::Anchor(if scope.has(MULTILINE) { "(?m:$)".into() } else { "(?=\\n?\\z)".into() })
                }));
            }
            '[' => Item::Atom(self.class(scope, start)?),
            '(' => return self.group(scope, start, at_start),
            '\\' => return self.escape(scope, start).map(Some),
            c => {
                self.lit(scope, c, &mut out);
                Item::Atom(out)
            }
        }))
    }

    /// An escape outside a class (the cursor is after the backslash).
    fn escape(&mut self, scope: Scope, start: usize) -> Result<Item, SyntaxError> {
        let Some(c) = self.peek() else { return err("bad escape (end of pattern)", start) };
        self.i += 1;
        let ascii = self.bytes || scope.has(ASCII);
        let mut out = String::new();
        if matches!(c, 'A' | 'Z' | 'b' | 'B') {
            self.width = (0, Some(0));
            self.looks_back |= c != 'Z';
        }
        Ok(match c {
            'A' => Item::Anchor("\\A".into()),
            'Z' => Item::Anchor("\\z".into()),
            'b' | 'B' => {
                if ascii {
                    let w = format!("[{ASCII_WORD}]");
                    let s = if c == 'b' {
                        format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
                    } else {
                        format!("(?:(?<={w})(?={w})|(?<!{w})(?!{w}))")
                    };
                    Item::Anchor(s)
                } else {
                    Item::Anchor(format!("\\{c}"))
                }
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => Item::Atom(class_escape_standalone(c, ascii)),
            '0'..='9' => {
                if let Some(ch) = self.octal(c, start)? {
                    self.lit(scope, ch, &mut out);
                    return Ok(Item::Atom(out));
                }
                // A group reference: up to two digits.
                let mut num = c.to_digit(10).unwrap_or(0) as usize;
                if let Some(d) = self.peek().and_then(|d| d.to_digit(10)) {
                    num = num * 10 + d as usize;
                    self.i += 1;
                }
                match self.backref(num, start)? {
                    Item::Atom(b) if scope.ascii_fold(self.bytes) => Item::Atom(format!("(?i:{b})")),
                    item => item,
                }
            }
            _ => match self.simple_escape(c, start)? {
                Some(ch) => {
                    self.lit(scope, ch, &mut out);
                    Item::Atom(out)
                }
                None => return err(format!("bad escape \\{c}"), start),
            },
        })
    }

    /// `\0`, `\0oo`, `\ooo` (three octal digits) as a character; `None`
    /// when the digits are a group reference instead.
    fn octal(&mut self, first: char, start: usize) -> Result<Option<char>, SyntaxError> {
        let is_oct = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
        if first == '0' {
            let mut v = 0u32;
            for _ in 0..2 {
                if is_oct(self.peek()) {
                    v = v * 8 + self.peek().and_then(|c| c.to_digit(8)).unwrap_or(0);
                    self.i += 1;
                } else {
                    break;
                }
            }
            return Ok(char::from_u32(v));
        }
        if ('1'..='7').contains(&first) && is_oct(self.peek()) && is_oct(self.peek_at(1)) {
            let d1 = self.peek().and_then(|c| c.to_digit(8)).unwrap_or(0);
            let d2 = self.peek_at(1).and_then(|c| c.to_digit(8)).unwrap_or(0);
            let v = first.to_digit(8).unwrap_or(0) * 64 + d1 * 8 + d2;
            if v > 0o377 {
                let text: String = self.p[start..self.i + 2].iter().collect();
                return err(format!("octal escape value {text} outside of range 0-0o377"), start);
            }
            self.i += 2;
            return Ok(char::from_u32(v));
        }
        Ok(None)
    }

    fn backref(&mut self, num: usize, start: usize) -> Result<Item, SyntaxError> {
        if num > self.groups || num == 0 {
            return err(format!("invalid group reference {num}"), start + 1);
        }
        if self.open.contains(&num) {
            return err("cannot refer to an open group", start);
        }
        self.width = self.group_widths.get(num).copied().unwrap_or((0, None));
        Ok(Item::Atom(format!("\\k<{num}>")))
    }

    /// The escapes that stand for one character (`\n`, `\x41`, `\u00e9`,
    /// a backslashed punctuation character); `None` for a bad escape.
    fn simple_escape(&mut self, c: char, start: usize) -> Result<Option<char>, SyntaxError> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => return self.hex(2, start).map(Some),
            'u' if !self.bytes => return self.hex(4, start).map(Some),
            'U' if !self.bytes => return self.hex(8, start).map(Some),
            c if c.is_ascii_alphanumeric() => return Ok(None),
            c => c,
        }))
    }

    fn hex(&mut self, n: usize, start: usize) -> Result<char, SyntaxError> {
        let mut v = 0u32;
        for k in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                }
                None => {
                    let text: String = self.p[start..start + 2 + k].iter().collect();
                    return err(format!("incomplete escape {text}"), start);
                }
            }
        }
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None => {
                let text: String = self.p[start..self.i].iter().collect();
                err(format!("bad escape {text}"), start)
            }
        }
    }

    /// `[...]` (the cursor is after `[`).
    fn class(&mut self, scope: Scope, start: usize) -> Result<String, SyntaxError> {
        let ascii = self.bytes || scope.has(ASCII);
        let mut out = String::from("[");
        if self.peek() == Some('^') {
            self.i += 1;
            out.push('^');
        }
        let first = self.i;
        let mut empty = true;
        loop {
            let Some(c) = self.peek() else { return err("unterminated character set", start) };
            let this_pos = self.i;
            self.i += 1;
            if c == ']' && this_pos != first {
                break;
            }
            // One end of a possible range: a character, or a class escape.
            let lo = if c == '\\' { self.class_escape(ascii, this_pos)? } else { ClassAtom::Char(c) };
            if self.peek() == Some('-') {
                self.i += 1;
                let Some(c2) = self.peek() else { return err("unterminated character set", start) };
                let that_pos = self.i;
                self.i += 1;
                if c2 == ']' {
                    lo.emit(&mut out);
                    out.push_str("\\x{2d}");
                    empty = false;
                    break;
                }
                let hi = if c2 == '\\' { self.class_escape(ascii, that_pos)? } else { ClassAtom::Char(c2) };
                match (&lo, &hi) {
                    (ClassAtom::Char(a), ClassAtom::Char(b)) => {
                        if a > b {
                            let text: String = self.p[this_pos..self.i].iter().collect();
                            return err(format!("bad character range {text}"), this_pos);
                        }
                        literal(*a, &mut out);
                        out.push('-');
                        literal(*b, &mut out);
                        if scope.ascii_fold(self.bytes) {
                            fold_range(*a, *b, &mut out);
                        }
                    }
                    _ => {
                        let text: String = self.p[this_pos..self.i].iter().collect();
                        return err(format!("bad character range {text}"), this_pos);
                    }
                }
            } else {
                lo.emit(&mut out);
                if let ClassAtom::Char(c) = lo {
                    if scope.ascii_fold(self.bytes) {
                        fold_range(c, c, &mut out);
                    }
                }
            }
            empty = false;
        }
        if empty {
            // Only `[]`-like sets that can't occur; keep the syntax valid.
            out.push_str("\\x{0}&&[^\\x{0}]");
        }
        out.push(']');
        Ok(out)
    }

    /// An escape inside a class (the cursor is after the backslash).
    fn class_escape(&mut self, ascii: bool, start: usize) -> Result<ClassAtom, SyntaxError> {
        let Some(c) = self.peek() else { return err("unterminated character set", start) };
        self.i += 1;
        match c {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => Ok(ClassAtom::Set(class_escape_inner(c, ascii))),
            'b' => Ok(ClassAtom::Char('\x08')),
            '0'..='7' => {
                // Octal: up to three digits in a class.
                let mut v = c.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                if v > 0o377 {
                    let text: String = self.p[start..self.i].iter().collect();
                    return err(format!("octal escape value {text} outside of range 0-0o377"), start);
                }
                Ok(ClassAtom::Char(char::from_u32(v).unwrap_or('\0')))
            }
            '8' | '9' => err(format!("bad escape \\{c}"), start),
            _ => match self.simple_escape(c, start)? {
                Some(ch) => Ok(ClassAtom::Char(ch)),
                None => err(format!("bad escape \\{c}"), start),
            },
        }
    }

    /// `(...)` in all its forms (the cursor is after `(`).
    fn group(&mut self, scope: Scope, start: usize, at_start: bool) -> Result<Option<Item>, SyntaxError> {
        if self.peek() != Some('?') {
            return self.capturing(scope, start, None).map(|s| Some(Item::Atom(s)));
        }
        self.i += 1;
        let Some(c) = self.peek() else { return err("unexpected end of pattern", self.i) };
        match c {
            ':' => {
                self.i += 1;
                let inner = self.close(scope, start)?;
                Ok(Some(Item::Atom(format!("(?:{inner})"))))
            }
            'P' => {
                self.i += 1;
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let name = self.group_name('>', start)?;
                        self.capturing(scope, start, Some(name)).map(|s| Some(Item::Atom(s)))
                    }
                    Some('=') => {
                        self.i += 1;
                        let name_pos = self.i;
                        let name = self.group_name(')', start)?;
                        match self.names.iter().find(|(n, _)| *n == name) {
                            Some(&(_, g)) => {
                                if self.open.contains(&g) {
                                    return err("cannot refer to an open group", name_pos);
                                }
                                self.width = self.group_widths.get(g).copied().unwrap_or((0, None));
                                if scope.ascii_fold(self.bytes) {
                                    return Ok(Some(Item::Atom(format!("(?i:\\k<{g}>)"))));
                                }
                                Ok(Some(Item::Atom(format!("\\k<{g}>"))))
                            }
                            None => err(format!("unknown group name '{name}'"), name_pos),
                        }
                    }
                    Some(c) => err(format!("unknown extension ?P{c}"), start + 1),
                    None => err("unexpected end of pattern", self.i),
                }
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        self.width = (0, Some(0));
                        return Ok(Some(Item::Atom(String::new())));
                    }
                }
                err("missing ), unterminated comment", start)
            }
            '=' | '!' => {
                self.i += 1;
                let inner = self.close(scope, start)?;
                self.width = (0, Some(0));
                Ok(Some(Item::Atom(format!("(?{c}{inner})"))))
            }
            '<' => {
                self.i += 1;
                match self.peek() {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        self.looks_back = true;
                        let inner = self.close(scope, start)?;
                        if Some(self.width.0) != self.width.1 {
                            return Err(SyntaxError { msg: "look-behind requires fixed-width pattern".into(), pos: None });
                        }
                        self.width = (0, Some(0));
                        Ok(Some(Item::Atom(format!("(?<{d}{inner})"))))
                    }
                    Some(d) => err(format!("unknown extension ?<{d}"), start + 1),
                    None => err("unexpected end of pattern", self.i),
                }
            }
            '>' => {
                self.i += 1;
                let inner = self.close(scope, start)?;
                Ok(Some(Item::Atom(format!("(?>{inner})"))))
            }
            '(' => {
                self.i += 1;
                let name_pos = self.i;
                let name = self.group_name(')', start)?;
                let g = if let Ok(n) = name.parse::<usize>() {
                    if n == 0 || n > self.groups {
                        return err(format!("invalid group reference {n}"), name_pos);
                    }
                    n
                } else {
                    match self.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None => return err(format!("unknown group name '{name}'"), name_pos),
                    }
                };
                let yes = self.sequence(scope, false)?;
                let yes_width = self.width;
                let mut s = format!("(?({g}){yes}");
                if self.peek() == Some('|') {
                    self.i += 1;
                    let no = self.sequence(scope, false)?;
                    self.width = (yes_width.0.min(self.width.0), yes_width.1.zip(self.width.1).map(|(a, b)| a.max(b)));
                    if self.peek() == Some('|') {
                        return err("conditional backref with more than two branches", self.i);
                    }
                    s.push('|');
                    s.push_str(&no);
                }
                if self.peek() != Some(')') {
                    return err("missing ), unterminated subpattern", start);
                }
                self.i += 1;
                s.push(')');
                Ok(Some(Item::Atom(s)))
            }
            c if flag_bit(c).is_some() || c == '-' => self.flags_group(scope, start, at_start),
            c => err(format!("unknown extension ?{c}"), start + 1),
        }
    }

    /// `(?flags)` (global, at the start) or `(?flags-flags:...)` (scoped).
    fn flags_group(&mut self, scope: Scope, start: usize, at_start: bool) -> Result<Option<Item>, SyntaxError> {
        let mut on = 0u32;
        let mut off = 0u32;
        while let Some(c) = self.peek() {
            match flag_bit(c) {
                Some(b) => {
                    on |= b;
                    self.i += 1;
                }
                None => break,
            }
        }
        if self.peek() == Some('-') {
            self.i += 1;
            loop {
                match self.peek() {
                    Some(c @ ('i' | 'm' | 's' | 'x')) => {
                        off |= flag_bit(c).unwrap_or(0);
                        self.i += 1;
                    }
                    Some(c) if flag_bit(c).is_some() => {
                        return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i);
                    }
                    Some(':') if off != 0 => break,
                    Some(c) if c.is_alphabetic() => return err("unknown flag", self.i),
                    Some(_) | None => return err("missing flag", self.i),
                }
            }
        }
        match self.peek() {
            Some(')') if off == 0 => {
                self.i += 1;
                if !at_start {
                    return err("global flags not at the start of the expression", start);
                }
                // Already applied by `translate`.
                Ok(None)
            }
            Some(':') => {
                self.i += 1;
                if on & off != 0 {
                    return err("bad inline flags: flag turned on and off", self.i - 1);
                }
                if on & (ASCII | UNICODE | LOCALE) != 0 && (on & (ASCII | UNICODE | LOCALE)).count_ones() > 1 {
                    return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i - 1);
                }
                let mut flags = (scope.flags | on) & !off;
                if on & ASCII != 0 {
                    flags &= !UNICODE;
                }
                if on & UNICODE != 0 {
                    flags &= !ASCII;
                }
                let inner = self.close(Scope { flags }, start)?;
                let (outer_fold, inner_fold) = (scope.unicode_fold(self.bytes), Scope { flags }.unicode_fold(self.bytes));
                let mut prefix = String::new();
                if inner_fold && !outer_fold {
                    prefix.push('i');
                }
                if outer_fold && !inner_fold {
                    prefix.push_str("-i");
                }
                Ok(Some(Item::Atom(format!("(?{prefix}:{inner})"))))
            }
            Some(c) if c.is_alphabetic() => err("unknown flag", self.i),
            Some(_) if off != 0 => err("missing :", self.i),
            Some(_) => err("missing -, : or )", self.i),
            None => err("missing -, : or )", self.i),
        }
    }

    /// A capturing group's body and `)`.
    fn capturing(&mut self, scope: Scope, start: usize, name: Option<String>) -> Result<String, SyntaxError> {
        self.groups += 1;
        let g = self.groups;
        self.parents.push(self.open.last().copied().unwrap_or(0));
        if let Some(name) = name {
            if let Some(&(_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                return err(format!("redefinition of group name '{name}' as group {g}; was group {old}"), start + 4);
            }
            self.names.push((name, g));
        }
        self.open.push(g);
        let inner = self.close(scope, start)?;
        self.open.pop();
        if self.group_widths.len() <= g {
            self.group_widths.resize(g + 1, (0, None));
        }
        self.group_widths[g] = self.width;
        self.last_capture = Some(g);
        Ok(format!("({inner})"))
    }

    /// A group's alternation, then its `)`.
    fn close(&mut self, scope: Scope, start: usize) -> Result<String, SyntaxError> {
        let inner = self.alternation(scope, false)?;
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        Ok(inner)
    }

    /// A group name up to `end`, checked as CPython does.
    fn group_name(&mut self, end: char, start: usize) -> Result<String, SyntaxError> {
        let name_pos = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    let what = if end == '>' { "missing >, unterminated name" } else { "missing ), unterminated name" };
                    if name.is_empty() {
                        return err("missing group name", name_pos);
                    }
                    return err(what, name_pos);
                }
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", name_pos);
        }
        let _ = start;
        let ident = is_identifier(&name);
        // A conditional's name may be a group number.
        let conditional_number = end == ')' && name.chars().all(|c| c.is_ascii_digit()) && self.p.get(name_pos.wrapping_sub(1)) == Some(&'(');
        if !ident && !conditional_number {
            return err(format!("bad character in group name '{name}'"), name_pos);
        }
        Ok(name)
    }
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// The other-case ASCII letters of the range `a`-`b` (for ASCII folding).
fn fold_range(a: char, b: char, out: &mut String) {
    for (lo, hi, shift) in [('a', 'z', -32i32), ('A', 'Z', 32)] {
        let (x, y) = (a.max(lo), b.min(hi));
        if x <= y {
            let map = |c: char| char::from_u32((c as i32 + shift) as u32).unwrap_or(c);
            literal(map(x), out);
            out.push('-');
            literal(map(y), out);
        }
    }
}

/// One end of a class range, or a class escape.
enum ClassAtom {
    Char(char),
    Set(String),
}

impl ClassAtom {
    fn emit(&self, out: &mut String) {
        match self {
            ClassAtom::Char(c) => literal(*c, out),
            ClassAtom::Set(s) => out.push_str(s),
        }
    }
}

/// `\d` and friends inside a class.
fn class_escape_inner(c: char, ascii: bool) -> String {
    match (c, ascii) {
        ('d', true) => "0-9".into(),
        ('D', true) => "[^0-9]".into(),
        ('w', true) => ASCII_WORD.into(),
        ('W', true) => format!("[^{ASCII_WORD}]"),
        ('s', true) => ASCII_SPACE.into(),
        ('S', true) => format!("[^{ASCII_SPACE}]"),
        ('s', false) => "\\s\\x{1c}-\\x{1f}".into(),
        ('S', false) => "[^\\s\\x{1c}-\\x{1f}]".into(),
        (c, _) => format!("\\{c}"),
    }
}

/// `\d` and friends outside a class.
fn class_escape_standalone(c: char, ascii: bool) -> String {
    let inner = class_escape_inner(c, ascii);
    if inner.starts_with('[') || (!ascii && matches!(c, 'd' | 'D' | 'w' | 'W')) {
        inner
    } else {
        format!("[{inner}]")
    }
}

/// `re.escape`: backslashes every character that is special in a pattern,
/// as CPython 3.7+ does.
pub fn escape_char(c: char, out: &mut String) {
    if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
        out.push('\\');
    }
    out.push(c);
}
