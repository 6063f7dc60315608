//! `re`: regular expressions, as CPython 3.11's `re` module, on the
//! `fancy-regex` crate (backtracking where a pattern needs lookaround or
//! backreferences, the `regex` crate's automata elsewhere).
//!
//! Files: `mod.rs` (the module, compiling and its cache, `Pattern`),
//! `translate.rs` (Python syntax checked and rewritten for fancy-regex),
//! `matchobj.rs` (`Match`), `subst.rs` (`sub`'s replacement templates).
//!
//! Positions: Python counts characters, fancy-regex bytes. A `Subject`
//! holds the searched text and converts; for ASCII text the two agree and
//! no table is built. A bytes subject is searched as its Latin-1 decoding
//! (one character per byte), so the same conversion serves both.
//!
//! Cache: translated and compiled patterns are kept per thread by (kind,
//! flags, source), as CPython's `_cache` (cleared when it passes 512
//! entries or by `re.purge()`). `match` and `fullmatch` use variants
//! anchored with `\G` (at the search start) and `\z`, compiled on first use.
//!
//! Iteration over matches follows Python 3.7+: an empty match right after a
//! non-empty one is allowed (`re.sub('x*', '-', 'abxd') == '-a-b--d-'`), and
//! after an empty match at `p` a match at `p` must consume text
//! (`re.findall('a??', 'a') == ['', 'a', '']`): that is tried with a variant
//! run on the subject sliced at `p`, so for patterns that look back (`^`,
//! `\b`, look-behind) the search just resumes at `p + 1`.

mod matchobj;
mod subst;
pub mod translate;

use fancy_regex::Regex;
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::bytes_methods::as_bytes_ref;
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use matchobj::MatchObject;
use std::any::Any;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use translate::*;

/// CPython's `_MAXCACHE`.
const MAX_CACHE: usize = 512;

/// The source of a pattern: the str, or the bytes.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Source {
    Str(String),
    Bytes(Vec<u8>),
}

/// A compiled pattern: everything about it that holds no Python object.
pub struct Compiled {
    source: Source,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    translated: String,
    looks_back: bool,
    empty_tail_groups: Vec<usize>,
    search: Regex,
    anchored: OnceCell<Result<Regex, String>>,
    full: OnceCell<Result<Regex, String>>,
    /// `\G(?:pat)` that must consume a character (run on a slice starting
    /// where an empty match was found).
    advancing: OnceCell<Result<Regex, String>>,
}

impl Compiled {
    fn is_bytes(&self) -> bool {
        matches!(self.source, Source::Bytes(_))
    }
    fn group_name(&self, g: usize) -> Option<&str> {
        self.names.iter().find(|(_, i)| *i == g).map(|(n, _)| n.as_str())
    }
    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
    }
}

type CacheKey = (bool, u32, Source);

thread_local! {
    static CACHE: RefCell<HashMap<CacheKey, Rc<Compiled>>> = RefCell::new(HashMap::new());
}

fn build(pattern: &str) -> Result<Regex, String> {
    fancy_regex::RegexBuilder::new(pattern).backtrack_limit(10_000_000).build().map_err(|e| e.to_string())
}

/// Translates and compiles `source` with `flags`, through the cache.
fn compile_source(vm: &mut Vm, source: Source, flags: u32) -> PyResult<Rc<Compiled>> {
    let key = (matches!(source, Source::Bytes(_)), flags, source);
    if let Some(c) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let source = key.2.clone();
    let (chars, bytes): (Vec<char>, bool) = match &source {
        Source::Str(s) => (s.chars().collect(), false),
        Source::Bytes(b) => (b.iter().map(|&b| b as char).collect(), true),
    };
    let t = match translate::translate(&chars, flags, bytes) {
        Ok(t) => t,
        Err(e) if e.pos.is_none() && e.msg.contains("incompatible") || e.pos.is_none() && e.msg.starts_with("cannot use") => {
            return Err(PyErr::value_error(e.msg));
        }
        Err(e) => return Err(re_error(vm, &e.msg, &source, e.pos)),
    };
    let search = match build(&t.regex) {
        Ok(r) => r,
        Err(msg) => {
            let msg = if msg.contains("ook-behind") || msg.contains("ookbehind") || msg.contains("LookBehind") {
                "look-behind requires fixed-width pattern".to_string()
            } else {
                msg
            };
            return Err(re_error(vm, &msg, &source, None));
        }
    };
    let compiled = Rc::new(Compiled {
        source,
        flags: t.flags,
        groups: t.groups,
        names: t.names,
        parents: t.parents,
        translated: t.regex,
        looks_back: t.looks_back,
        empty_tail_groups: t.empty_tail_groups,
        search,
        anchored: OnceCell::new(),
        full: OnceCell::new(),
        advancing: OnceCell::new(),
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_CACHE {
            c.clear();
        }
        c.insert(key, compiled.clone());
    });
    Ok(compiled)
}

/// Raises `re.error(msg, pattern, pos)`: `str()` adds ` at position N`
/// (and `(line L, column C)` for a multi-line pattern), as CPython.
fn re_error(vm: &mut Vm, msg: &str, source: &Source, pos: Option<usize>) -> PyErr {
    let pattern = match source {
        Source::Str(s) => Value::new_str(s),
        Source::Bytes(b) => Value::new_bytes(b.clone()),
    };
    let (mut full, mut lineno, mut colno) = (msg.to_string(), Value::None, Value::None);
    if let Some(p) = pos {
        let text: Vec<char> = match source {
            Source::Str(s) => s.chars().collect(),
            Source::Bytes(b) => b.iter().map(|&b| b as char).collect(),
        };
        let before = &text[..p.min(text.len())];
        let line = before.iter().filter(|&&c| c == '\n').count() + 1;
        let col = match before.iter().rposition(|&c| c == '\n') {
            Some(nl) => p - nl,
            None => p + 1,
        };
        lineno = Value::Int(line as i64);
        colno = Value::Int(col as i64);
        if text.contains(&'\n') {
            full = format!("{msg} at position {p} (line {line}, column {col})");
        } else {
            full = format!("{msg} at position {p}");
        }
    }
    let Some(Value::Obj(cls)) = module_attr(vm, "error") else { return PyErr::value_error(full) };
    let exc = garter_interp::vm::exc::new_exception_of(cls, vec![Value::from_string(full)]);
    if let Some(Payload::Instance(i)) = exc.payload() {
        let mut d = i.dict().borrow_mut();
        d.set_str_key(Value::new_str("msg"), Value::new_str(msg));
        d.set_str_key(Value::new_str("pattern"), if pos.is_some() { pattern } else { Value::None });
        d.set_str_key(Value::new_str("pos"), pos.map_or(Value::None, |p| Value::Int(p as i64)));
        d.set_str_key(Value::new_str("lineno"), lineno);
        d.set_str_key(Value::new_str("colno"), colno);
    }
    PyErr::from_object(exc)
}

/// A name in the `re` module (its classes), as kept in `sys.modules`.
fn module_attr(vm: &Vm, name: &str) -> Option<Value> {
    let Payload::Dict(mods) = vm.g.modules.payload() else { return None };
    let m = mods.borrow().get_str("re").cloned()?;
    let Some(Payload::Module(md)) = m.payload() else { return None };
    let Payload::Dict(d) = md.dict.payload() else { return None };
    let v = d.borrow().get_str(name).cloned();
    v
}

fn class_named(vm: &Vm, name: &str) -> PyResult<Obj> {
    match module_attr(vm, name) {
        Some(Value::Obj(c)) => Ok(c),
        _ => Err(PyErr::new(ExcKind::RuntimeError, format!("re.{name} is missing from the re module"))),
    }
}

// ====================================================================
// Subjects: the searched text and its position conversions
// ====================================================================

/// The text a pattern searches, with character/byte conversions.
pub struct Subject {
    /// The original object (`m.string`); a str subject's text is read
    /// from it in place.
    value: Value,
    /// A bytes subject as Latin-1 characters (one per byte).
    latin1: Option<String>,
    is_bytes: bool,
    /// Byte offset of each character, plus the length, when not ASCII.
    starts: Option<Vec<usize>>,
}

impl Subject {
    fn new(vm: &Vm, value: &Value, want_bytes: bool) -> PyResult<Subject> {
        let (latin1, is_bytes) = if value.as_str().is_some() {
            (None, false)
        } else if let Some(b) = as_bytes_ref(value) {
            (Some(b.iter().map(|&b| b as char).collect::<String>()), true)
        } else {
            return Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(value))));
        };
        if is_bytes != want_bytes {
            return Err(PyErr::type_error(if want_bytes {
                "cannot use a bytes pattern on a string-like object"
            } else {
                "cannot use a string pattern on a bytes-like object"
            }));
        }
        let text = match &latin1 {
            Some(s) => s.as_str(),
            None => value.as_str().unwrap_or(""),
        };
        let ascii = match value.as_pystr() {
            Some(p) => p.is_ascii(),
            None => text.is_ascii(),
        };
        let starts = if ascii {
            None
        } else {
            let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            v.push(text.len());
            Some(v)
        };
        Ok(Subject { value: value.clone(), latin1, is_bytes, starts })
    }
    /// The text searched (UTF-8; a bytes subject's Latin-1 decoding).
    fn text(&self) -> &str {
        match &self.latin1 {
            Some(s) => s,
            None => self.value.as_str().unwrap_or(""),
        }
    }
    /// Whether building this subject cost a pass over the text (worth
    /// keeping for the next call).
    fn costly(&self) -> bool {
        self.latin1.is_some() || self.starts.is_some()
    }
    fn len(&self) -> usize {
        match &self.starts {
            None => self.text().len(),
            Some(s) => s.len() - 1,
        }
    }
    fn byte_of(&self, ci: usize) -> usize {
        match &self.starts {
            None => ci,
            Some(s) => s[ci.min(s.len() - 1)],
        }
    }
    fn char_of(&self, bi: usize) -> usize {
        match &self.starts {
            None => bi,
            Some(s) => s.binary_search(&bi).unwrap_or_else(|i| i),
        }
    }
    /// `string[a:b]` (character positions) as a str or bytes.
    fn slice(&self, a: usize, b: usize) -> Value {
        let (x, y) = (self.byte_of(a), self.byte_of(b.max(a)));
        let s = &self.text()[x..y];
        if self.is_bytes {
            Value::new_bytes(s.chars().map(|c| c as u32 as u8).collect())
        } else {
            Value::new_str(s)
        }
    }
}

/// Group spans in characters; `None` for a group that did not take part.
pub type Spans = Vec<Option<(usize, usize)>>;

/// Which engine variant a search uses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Search,
    Match,
    Full,
}

/// One search of `c` in `subject` from character `pos`, with the text cut
/// at `endpos`: the group spans of the match, if any.
fn run(c: &Compiled, subject: &Subject, pos: usize, endpos: usize, mode: Mode) -> PyResult<Option<Spans>> {
    let regex = match mode {
        Mode::Search => &c.search,
        Mode::Match => variant(&c.anchored, || format!("\\G(?:{})", c.translated))?,
        Mode::Full => variant(&c.full, || format!("\\G(?:{})\\z", c.translated))?,
    };
    let end_b = subject.byte_of(endpos);
    let pos_b = subject.byte_of(pos);
    if pos_b > end_b {
        return Ok(None);
    }
    let hay = &subject.text()[..end_b];
    let caps = regex.captures_from_pos(hay, pos_b).map_err(engine_error)?;
    let Some(caps) = caps else { return Ok(None) };
    let mut spans = Vec::with_capacity(c.groups + 1);
    for g in 0..=c.groups {
        spans.push(caps.get(g).map(|m| (subject.char_of(m.start()), subject.char_of(m.end()))));
    }
    python_repeat_captures(c, &mut spans);
    Ok(Some(spans))
}

/// Python's extra empty iteration of a repeated group that can match empty
/// (see `Translated::empty_tail_groups`): the group's span becomes empty at
/// its end.
fn python_repeat_captures(c: &Compiled, spans: &mut Spans) {
    for &g in &c.empty_tail_groups {
        if let Some(Some((s, e))) = spans.get(g).copied() {
            if s < e {
                spans[g] = Some((e, e));
            }
        }
    }
}

fn variant(cell: &OnceCell<Result<Regex, String>>, make: impl FnOnce() -> String) -> PyResult<&Regex> {
    match cell.get_or_init(|| build(&make())) {
        Ok(r) => Ok(r),
        Err(e) => Err(PyErr::new(ExcKind::RuntimeError, format!("re: {e}"))),
    }
}

fn engine_error(e: fancy_regex::Error) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, format!("re: {e}"))
}

/// A non-empty match starting exactly at `pos` (Python's "must advance"
/// after an empty match there). Runs on the subject sliced at `pos`, so only
/// for patterns that do not look back; `None` otherwise.
fn advancing_match(c: &Compiled, subject: &Subject, pos: usize, endpos: usize) -> PyResult<Option<Spans>> {
    if c.looks_back || pos >= endpos {
        return Ok(None);
    }
    let regex = variant(&c.advancing, || format!("\\G(?:{})(?<=\\G[\\s\\S]+)", c.translated))?;
    let (pos_b, end_b) = (subject.byte_of(pos), subject.byte_of(endpos));
    let hay = &subject.text()[pos_b..end_b];
    let Some(caps) = regex.captures_from_pos(hay, 0).map_err(engine_error)? else { return Ok(None) };
    let mut spans = Vec::with_capacity(c.groups + 1);
    for g in 0..=c.groups {
        spans.push(caps.get(g).map(|m| (subject.char_of(pos_b + m.start()), subject.char_of(pos_b + m.end()))));
    }
    python_repeat_captures(c, &mut spans);
    Ok(Some(spans))
}

/// Every match from `pos` to `endpos` in order, with Python's rules for
/// empty matches; stops after `limit` matches when it is non-zero.
fn all_matches(c: &Compiled, subject: &Subject, pos: usize, endpos: usize, limit: usize) -> PyResult<Vec<Spans>> {
    let mut out = Vec::new();
    let mut at = pos;
    let mut after_empty = false;
    while at <= endpos {
        // After an empty match at `at`, a match there must consume text.
        let found = match after_empty {
            true => match advancing_match(c, subject, at, endpos)? {
                Some(spans) => Some(spans),
                None if at < endpos => run(c, subject, at + 1, endpos, Mode::Search)?,
                None => None,
            },
            false => run(c, subject, at, endpos, Mode::Search)?,
        };
        let Some(spans) = found else { break };
        let (s, e) = spans[0].unwrap_or((at, at));
        after_empty = s == e;
        at = e;
        out.push(spans);
        if limit != 0 && out.len() >= limit {
            break;
        }
    }
    Ok(out)
}

// ====================================================================
// Pattern objects
// ====================================================================

/// A `re.Pattern`.
pub struct PatternObject {
    class: Obj,
    match_class: Obj,
    compiled: Rc<Compiled>,
    /// The subject searched last, reused when the same (immutable) string
    /// comes again, as a tokenizer's `p.match(s, pos)` loop does.
    last_subject: RefCell<Option<Rc<Subject>>>,
}

impl PatternObject {
    /// The subject for `value`, from the one-entry cache when possible.
    fn subject(&self, vm: &Vm, value: &Value) -> PyResult<Rc<Subject>> {
        if let Some(last) = self.last_subject.borrow().as_ref() {
            if last.value.is(value) {
                return Ok(last.clone());
            }
        }
        let subject = Rc::new(Subject::new(vm, value, self.compiled.is_bytes())?);
        // A bytearray may change between calls: never reuse it. An ASCII
        // str costs nothing to wrap, so it is not kept alive either.
        if subject.costly() && !matches!(value.payload(), Some(Payload::ByteArray(_))) {
            *self.last_subject.borrow_mut() = Some(subject.clone());
        }
        Ok(subject)
    }
}

impl NativeObject for PatternObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn as_pattern(v: &Value) -> Option<&PatternObject> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<PatternObject>(),
        _ => None,
    }
}

fn this_pattern<'a>(a: &Args<'a>, method: &str) -> PyResult<&'a PatternObject> {
    a.pos().first().and_then(as_pattern).ok_or_else(|| PyErr::type_error(format!("descriptor '{method}' requires a 're.Pattern' object")))
}

fn new_pattern(vm: &mut Vm, compiled: Rc<Compiled>) -> PyResult<Value> {
    let class = class_named(vm, "Pattern")?;
    let match_class = class_named(vm, "Match")?;
    Ok(Value::from_obj(Payload::Native(Box::new(PatternObject { class, match_class, compiled, last_subject: RefCell::new(None) }))))
}

/// A pattern argument (str, bytes or a compiled pattern) and flags, as a
/// Pattern object.
fn pattern_of(vm: &mut Vm, pattern: &Value, flags: &Value) -> PyResult<Value> {
    let flags = flags_of(vm, flags)?;
    if as_pattern(pattern).is_some() {
        if flags != 0 {
            return Err(PyErr::value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(pattern.clone());
    }
    let source = if let Some(s) = pattern.as_str() {
        Source::Str(s.to_string())
    } else if let Some(b) = as_bytes_ref(pattern) {
        Source::Bytes(b.to_vec())
    } else {
        return Err(PyErr::type_error("first argument must be string or compiled pattern"));
    };
    // Module-level calls reuse Pattern objects (and so their subject
    // cache) through `_cache` in the module namespace, as CPython's `re`.
    let hashable = pattern.as_str().is_some() || matches!(pattern.payload(), Some(Payload::Bytes(_)));
    let cache = match module_attr(vm, "_cache") {
        Some(Value::Obj(d)) if hashable && matches!(d.payload(), Payload::Dict(_)) => Some(d),
        _ => None,
    };
    let key = Value::new_tuple(vec![pattern.clone(), Value::Int(flags as i64)]);
    if let Some(d) = &cache {
        if let Some(p) = vm.dict_get_item(d, &key)? {
            return Ok(p);
        }
    }
    let compiled = compile_source(vm, source, flags)?;
    let p = new_pattern(vm, compiled)?;
    if let Some(d) = &cache {
        if let Payload::Dict(table) = d.payload() {
            if table.borrow().len() >= MAX_CACHE {
                *table.borrow_mut() = Dict::new();
            }
        }
        vm.dict_set_item(d, key, p.clone())?;
    }
    Ok(p)
}

fn flags_of(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    match v {
        Value::None | Value::Null => Ok(0),
        _ => Ok(vm.index_value(v)? as u32),
    }
}

/// Binds `args` (after `skip` leading values) to `names`; the first
/// `required` must be given. CPython's wording for Python-level functions.
fn bind<'a>(func: &str, args: &Args<'a>, skip: usize, names: &[&str], required: usize) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos().get(skip..).unwrap_or(&[]);
    if pos.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "{func}() takes from {required} to {} positional arguments but {} were given",
            names.len(),
            pos.len()
        )));
    }
    let mut slots: Vec<Option<&'a Value>> = vec![None; names.len()];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (name, v) in args.kw() {
        let Some(i) = names.iter().position(|n| *n == name) else {
            return Err(PyErr::type_error(format!("{func}() got an unexpected keyword argument '{name}'")));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!("{func}() got multiple values for argument '{name}'")));
        }
        slots[i] = Some(v);
    }
    if let Some(i) = slots[..required].iter().position(|s| s.is_none()) {
        return Err(PyErr::type_error(format!("{func}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(slots)
}

/// Clamps `pos`/`endpos` as CPython does (negative counts from 0).
fn clamp(vm: &mut Vm, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    match v {
        None => Ok(default.min(len)),
        Some(v) => {
            let i = vm.index_value(v)?;
            Ok(if i < 0 { 0 } else { (i as usize).min(len) })
        }
    }
}

/// `Pattern.match/fullmatch/search(string, pos=0, endpos=sys.maxsize)`.
fn do_match(vm: &mut Vm, pattern: &Value, a: &Args<'_>, skip: usize, name: &str, mode: Mode) -> PyResult<Value> {
    let p = bind(name, a, skip, &["string", "pos", "endpos"], 1)?;
    let string = p[0].cloned().unwrap_or(Value::None);
    match_in(vm, pattern, &string, p[1], p[2], mode)
}

fn match_in(vm: &mut Vm, pattern: &Value, string: &Value, pos: Option<&Value>, endpos: Option<&Value>, mode: Mode) -> PyResult<Value> {
    let po = as_pattern(pattern).ok_or_else(|| PyErr::internal("re: not a pattern"))?;
    let subject = po.subject(vm, string)?;
    let len = subject.len();
    let pos = clamp(vm, pos, 0, len)?;
    let endpos = clamp(vm, endpos, len, len)?;
    match run(&po.compiled, &subject, pos, endpos, mode)? {
        Some(spans) => Ok(MatchObject::new_value(po, pattern, &subject, spans, pos, endpos)),
        None => Ok(Value::None),
    }
}

fn pattern_match(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = a.pos()[0].clone();
    this_pattern(&a, "match")?;
    do_match(vm, &this, &a, 1, "match", Mode::Match)
}
fn pattern_fullmatch(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = a.pos()[0].clone();
    this_pattern(&a, "fullmatch")?;
    do_match(vm, &this, &a, 1, "fullmatch", Mode::Full)
}
fn pattern_search(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = a.pos()[0].clone();
    this_pattern(&a, "search")?;
    do_match(vm, &this, &a, 1, "search", Mode::Search)
}

/// `findall`: strings, the one group's strings, or tuples of groups.
fn findall_in(vm: &mut Vm, pattern: &Value, string: &Value, pos: Option<&Value>, endpos: Option<&Value>) -> PyResult<Value> {
    let po = as_pattern(pattern).ok_or_else(|| PyErr::internal("re: not a pattern"))?;
    let c = &po.compiled;
    let subject = po.subject(vm, string)?;
    let len = subject.len();
    let pos = clamp(vm, pos, 0, len)?;
    let endpos = clamp(vm, endpos, len, len)?;
    let empty = || if subject.is_bytes { Value::new_bytes(Vec::new()) } else { Value::new_str("") };
    let text = |span: Option<(usize, usize)>| span.map_or_else(empty, |(a, b)| subject.slice(a, b));
    let mut out = Vec::new();
    for spans in all_matches(c, &subject, pos, endpos, 0)? {
        out.push(match c.groups {
            0 => text(spans[0]),
            1 => text(spans[1]),
            _ => Value::new_tuple(spans[1..].iter().map(|s| text(*s)).collect()),
        });
    }
    Ok(Value::new_list(out))
}

fn finditer_in(vm: &mut Vm, pattern: &Value, string: &Value, pos: Option<&Value>, endpos: Option<&Value>) -> PyResult<Value> {
    let po = as_pattern(pattern).ok_or_else(|| PyErr::internal("re: not a pattern"))?;
    let subject = po.subject(vm, string)?;
    let len = subject.len();
    let pos = clamp(vm, pos, 0, len)?;
    let endpos = clamp(vm, endpos, len, len)?;
    let matches: Vec<Value> = all_matches(&po.compiled, &subject, pos, endpos, 0)?
        .into_iter()
        .map(|spans| MatchObject::new_value(po, pattern, &subject, spans, pos, endpos))
        .collect();
    vm.get_iter(&Value::new_list(matches))
}

fn pattern_findall(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this_pattern(&a, "findall")?;
    let this = a.pos()[0].clone();
    let p = bind("findall", &a, 1, &["string", "pos", "endpos"], 1)?;
    let string = p[0].cloned().unwrap_or(Value::None);
    findall_in(vm, &this, &string, p[1], p[2])
}
fn pattern_finditer(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this_pattern(&a, "finditer")?;
    let this = a.pos()[0].clone();
    let p = bind("finditer", &a, 1, &["string", "pos", "endpos"], 1)?;
    let string = p[0].cloned().unwrap_or(Value::None);
    finditer_in(vm, &this, &string, p[1], p[2])
}

/// `split(string, maxsplit=0)`: pieces between matches, with the groups of
/// each match in between.
fn split_in(vm: &mut Vm, pattern: &Value, string: &Value, maxsplit: Option<&Value>) -> PyResult<Value> {
    let po = as_pattern(pattern).ok_or_else(|| PyErr::internal("re: not a pattern"))?;
    let c = &po.compiled;
    let subject = po.subject(vm, string)?;
    let maxsplit = match maxsplit {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let mut out = Vec::new();
    if maxsplit < 0 {
        out.push(subject.slice(0, subject.len()));
        return Ok(Value::new_list(out));
    }
    let mut last = 0;
    for spans in all_matches(c, &subject, 0, subject.len(), maxsplit as usize)? {
        let (s, e) = spans[0].unwrap_or((0, 0));
        out.push(subject.slice(last, s));
        for g in &spans[1..] {
            out.push(g.map_or(Value::None, |(a, b)| subject.slice(a, b)));
        }
        last = e;
    }
    out.push(subject.slice(last, subject.len()));
    Ok(Value::new_list(out))
}

fn pattern_split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this_pattern(&a, "split")?;
    let this = a.pos()[0].clone();
    let p = bind("split", &a, 1, &["string", "maxsplit"], 1)?;
    let string = p[0].cloned().unwrap_or(Value::None);
    split_in(vm, &this, &string, p[1])
}

fn pattern_sub(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this_pattern(&a, "sub")?;
    let this = a.pos()[0].clone();
    let p = bind("sub", &a, 1, &["repl", "string", "count"], 2)?;
    let (repl, string) = (p[0].cloned().unwrap_or(Value::None), p[1].cloned().unwrap_or(Value::None));
    Ok(subst::sub(vm, &this, &repl, &string, p[2])?.0)
}
fn pattern_subn(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this_pattern(&a, "subn")?;
    let this = a.pos()[0].clone();
    let p = bind("subn", &a, 1, &["repl", "string", "count"], 2)?;
    let (repl, string) = (p[0].cloned().unwrap_or(Value::None), p[1].cloned().unwrap_or(Value::None));
    let (v, n) = subst::sub(vm, &this, &repl, &string, p[2])?;
    Ok(Value::new_tuple(vec![v, Value::Int(n as i64)]))
}

/// `repr(pattern)`: `re.compile('a+', re.IGNORECASE|re.DOTALL)`.
fn pattern_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let po = this_pattern(&a, "__repr__")?;
    let c = po.compiled.clone();
    let src = match &c.source {
        Source::Str(s) => Value::new_str(s),
        Source::Bytes(b) => Value::new_bytes(b.clone()),
    };
    let mut r = vm.repr(&src)?;
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    let mut flags = c.flags;
    if !c.is_bytes() && flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    let mut names = Vec::new();
    for (bit, name) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(format!("re.{name}"));
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("{flags:#x}"));
    }
    Ok(Value::from_string(if names.is_empty() { format!("re.compile({r})") } else { format!("re.compile({r}, {})", names.join("|")) }))
}

const FLAG_NAMES: [(u32, &str); 9] = [
    (TEMPLATE, "TEMPLATE"),
    (IGNORECASE, "IGNORECASE"),
    (LOCALE, "LOCALE"),
    (MULTILINE, "MULTILINE"),
    (DOTALL, "DOTALL"),
    (UNICODE, "UNICODE"),
    (VERBOSE, "VERBOSE"),
    (DEBUG, "DEBUG"),
    (ASCII, "ASCII"),
];

fn pattern_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let _ = vm;
    let po = this_pattern(&a, "__eq__")?;
    let Some(other) = a.pos().get(1).and_then(as_pattern) else {
        return Ok(Value::from_obj(Payload::NotImplemented));
    };
    let (x, y) = (&po.compiled, &other.compiled);
    Ok(Value::Bool(x.source == y.source && x.flags == y.flags))
}

fn pattern_hash(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::hash::{Hash, Hasher};
    let po = this_pattern(&a, "__hash__")?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    po.compiled.source.hash(&mut h);
    po.compiled.flags.hash(&mut h);
    Ok(Value::Int((h.finish() >> 2) as i64))
}

fn prop_pattern(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let po = this_pattern(&a, "pattern")?;
    Ok(match &po.compiled.source {
        Source::Str(s) => Value::new_str(s),
        Source::Bytes(b) => Value::new_bytes(b.clone()),
    })
}
fn prop_flags(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this_pattern(&a, "flags")?.compiled.flags as i64))
}
fn prop_groups(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this_pattern(&a, "groups")?.compiled.groups as i64))
}
fn prop_groupindex(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let po = this_pattern(&a, "groupindex")?;
    let mut d = Dict::new();
    for (n, g) in &po.compiled.names {
        d.set_str_key(Value::new_str(n), Value::Int(*g as i64));
    }
    Ok(Value::new_dict(d))
}

const PATTERN_METHODS: &[(&str, NativeFn)] = &[
    ("__eq__", pattern_eq),
    ("__hash__", pattern_hash),
    ("__repr__", pattern_repr),
    ("findall", pattern_findall),
    ("finditer", pattern_finditer),
    ("fullmatch", pattern_fullmatch),
    ("match", pattern_match),
    ("search", pattern_search),
    ("split", pattern_split),
    ("sub", pattern_sub),
    ("subn", pattern_subn),
];

const PATTERN_PROPERTIES: &[(&str, NativeFn)] =
    &[("flags", prop_flags), ("groupindex", prop_groupindex), ("groups", prop_groups), ("pattern", prop_pattern)];

// ====================================================================
// The module
// ====================================================================

/// Module functions taking `(pattern, ..., flags=0)`: the pattern object
/// and the arguments in between, bound by name.
fn module_call<'a>(vm: &mut Vm, a: &Args<'a>, func: &str, names: &[&str], required: usize) -> PyResult<(Value, Vec<Option<&'a Value>>)> {
    let mut all = vec!["pattern"];
    all.extend_from_slice(names);
    all.push("flags");
    let p = bind(func, a, 0, &all, required + 1)?;
    let flags = p[all.len() - 1].cloned().unwrap_or(Value::Int(0));
    let pattern = p[0].cloned().unwrap_or(Value::None);
    let pat = pattern_of(vm, &pattern, &flags)?;
    Ok((pat, p[1..all.len() - 1].to_vec()))
}

fn re_compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, _) = module_call(vm, &a, "compile", &[], 0)?;
    Ok(pat)
}

fn re_match(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "match", &["string"], 1)?;
    let s = p[0].cloned().unwrap_or(Value::None);
    match_in(vm, &pat, &s, None, None, Mode::Match)
}
fn re_fullmatch(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "fullmatch", &["string"], 1)?;
    let s = p[0].cloned().unwrap_or(Value::None);
    match_in(vm, &pat, &s, None, None, Mode::Full)
}
fn re_search(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "search", &["string"], 1)?;
    let s = p[0].cloned().unwrap_or(Value::None);
    match_in(vm, &pat, &s, None, None, Mode::Search)
}
fn re_findall(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "findall", &["string"], 1)?;
    let s = p[0].cloned().unwrap_or(Value::None);
    findall_in(vm, &pat, &s, None, None)
}
fn re_finditer(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "finditer", &["string"], 1)?;
    let s = p[0].cloned().unwrap_or(Value::None);
    finditer_in(vm, &pat, &s, None, None)
}
fn re_split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "split", &["string", "maxsplit"], 1)?;
    let s = p[0].cloned().unwrap_or(Value::None);
    split_in(vm, &pat, &s, p[1])
}
fn re_sub(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "sub", &["repl", "string", "count"], 2)?;
    let (r, s) = (p[0].cloned().unwrap_or(Value::None), p[1].cloned().unwrap_or(Value::None));
    Ok(subst::sub(vm, &pat, &r, &s, p[2])?.0)
}
fn re_subn(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (pat, p) = module_call(vm, &a, "subn", &["repl", "string", "count"], 2)?;
    let (r, s) = (p[0].cloned().unwrap_or(Value::None), p[1].cloned().unwrap_or(Value::None));
    let (v, n) = subst::sub(vm, &pat, &r, &s, p[2])?;
    Ok(Value::new_tuple(vec![v, Value::Int(n as i64)]))
}

/// `re.escape(pattern)`: str or bytes.
fn re_escape(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind("escape", &a, 0, &["pattern"], 1)?;
    let v = p[0].cloned().unwrap_or(Value::None);
    if let Some(s) = v.as_str() {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            escape_char(c, &mut out);
        }
        return Ok(Value::from_string(out));
    }
    if let Some(b) = as_bytes_ref(&v) {
        let mut out = String::new();
        for &c in b.iter() {
            escape_char(c as char, &mut out);
        }
        return Ok(Value::new_bytes(out.chars().map(|c| c as u32 as u8).collect()));
    }
    Err(PyErr::type_error(format!("expected str or bytes, got '{}'", vm.type_name(&v))))
}

fn re_purge(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    CACHE.with(|c| c.borrow_mut().clear());
    if let Some(Value::Obj(d)) = module_attr(vm, "_cache") {
        if let Payload::Dict(table) = d.payload() {
            *table.borrow_mut() = Dict::new();
        }
    }
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compile", re_compile),
    ("escape", re_escape),
    ("findall", re_findall),
    ("finditer", re_finditer),
    ("fullmatch", re_fullmatch),
    ("match", re_match),
    ("purge", re_purge),
    ("search", re_search),
    ("split", re_split),
    ("sub", re_sub),
    ("subn", re_subn),
];

/// A native class `re.<name>` with `methods` and read-only `properties`.
pub(crate) fn make_class(vm: &Vm, module: &str, name: &'static str, methods: &[(&'static str, NativeFn)], properties: &[(&'static str, NativeFn)]) -> Obj {
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new(name, TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    *ty.qualname.borrow_mut() = format!("{module}.{name}");
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, name, methods);
    if let Payload::Type(t) = cls.payload() {
        let mut d = t.dict.borrow_mut();
        for &(pname, getter) in properties {
            let fget = Value::from_obj(Payload::Builtin(Builtin { name: pname, func: getter, receiver: Value::Null, owner: Some(name) }));
            let prop = Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
            d.set_str_key(Value::new_str(pname), Value::from_obj(prop));
        }
        d.set_str_key(Value::new_str("__module__"), Value::new_str(module));
    }
    cls
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let pattern = make_class(vm, "re", "Pattern", PATTERN_METHODS, PATTERN_PROPERTIES);
    let matchc = make_class(vm, "re", "Match", matchobj::METHODS, matchobj::PROPERTIES);
    let ns = Obj::new(Payload::Dict(RefCell::new(Dict::new())));
    if let Payload::Dict(d) = ns.payload() {
        d.borrow_mut().set_str_key(Value::new_str("__module__"), Value::new_str("re"));
    }
    let error = vm.new_class("error", &[Value::Obj(vm.g.types.exception(ExcKind::Exception))], &ns, None)?;
    let mut consts: Vec<(&str, Value)> = vec![
        ("Pattern", Value::Obj(pattern)),
        ("Match", Value::Obj(matchc)),
        ("error", error),
        ("NOFLAG", Value::Int(0)),
        ("_cache", Value::new_dict(Dict::new())),
    ];
    for (bit, name) in FLAG_NAMES {
        if bit == TEMPLATE {
            continue;
        }
        consts.push((name, Value::Int(bit as i64)));
    }
    for (short, bit) in [("A", ASCII), ("I", IGNORECASE), ("L", LOCALE), ("M", MULTILINE), ("S", DOTALL), ("U", UNICODE), ("X", VERBOSE)] {
        consts.push((short, Value::Int(bit as i64)));
    }
    let m = crate::sys::make_module(vm, "re", FUNCTIONS, &consts)?;
    // The flag constants become `RegexFlag` members (an int subclass with
    // CPython's repr, `re.IGNORECASE|re.MULTILINE`); written in Python, as
    // no speed is at stake.
    if let Some(Payload::Module(md)) = m.payload() {
        let code = vm.compile_source(REGEX_FLAG_SOURCE, "<re>", garter_interp::CompileMode::Exec)?;
        let globals = md.dict.clone();
        vm.run_code_with_locals(code, globals.clone(), globals)?;
    }
    Ok(m)
}

/// `re.RegexFlag` and the flag constants, as CPython 3.11's `enum.IntFlag`
/// shows them.
const REGEX_FLAG_SOURCE: &str = r#"
class RegexFlag(int):
    __module__ = 're'
    _names = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
              ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))
    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in RegexFlag._names:
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return '|'.join(names)
    __str__ = __repr__
    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented
    __ror__ = __or__
    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented
    __rand__ = __and__
    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented
    __rxor__ = __xor__
for _name, _bit in RegexFlag._names:
    globals()[_name] = RegexFlag(_bit)
T, I, L, M, S, U, X, A = TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, ASCII
NOFLAG = RegexFlag(0)
del _name, _bit
def template(pattern, flags=0):
    "Compile a template pattern (deprecated in 3.11; TEMPLATE only shows in the repr here)."
    return compile(pattern, flags | TEMPLATE)
__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']
"#;
