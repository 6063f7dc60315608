//! `re.Match`: one match's group spans (in characters) over its subject,
//! with CPython 3.11's methods, attributes and repr
//! (`<re.Match object; span=(0, 3), match='abc'>`).

use super::{as_pattern, Compiled, PatternObject, Spans, Subject};
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct MatchObject {
    class: Obj,
    /// The Pattern object (`m.re`).
    pattern: Value,
    pub(super) compiled: Rc<Compiled>,
    pub(super) subject: Rc<Subject>,
    pub(super) spans: Spans,
    pos: usize,
    endpos: usize,
}

impl NativeObject for MatchObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl MatchObject {
    pub(super) fn new_value(po: &PatternObject, pattern: &Value, subject: &Rc<Subject>, spans: Spans, pos: usize, endpos: usize) -> Value {
        let m = MatchObject {
            class: po.match_class.clone(),
            pattern: pattern.clone(),
            compiled: po.compiled.clone(),
            subject: subject.clone(),
            spans,
            pos,
            endpos,
        };
        Value::from_obj(Payload::Native(Box::new(m)))
    }

    /// Group `g`'s text, or `default` when it did not take part.
    pub(super) fn group_text(&self, g: usize, default: &Value) -> Value {
        match self.spans.get(g).copied().flatten() {
            Some((a, b)) => self.subject.slice(a, b),
            None => default.clone(),
        }
    }

    /// `lastindex`: the group that closed last. Among the groups ending
    /// furthest right, an enclosing group closes after the groups inside
    /// it, and a later group after an earlier one.
    fn lastindex(&self) -> Option<usize> {
        let max_end = self.spans[1..].iter().flatten().map(|s| s.1).max()?;
        let candidates: Vec<usize> = (1..self.spans.len()).filter(|&g| self.spans[g].is_some_and(|s| s.1 == max_end)).collect();
        let inside_other = |g: usize| {
            let mut p = self.compiled.parents.get(g).copied().unwrap_or(0);
            while p != 0 {
                if candidates.contains(&p) {
                    return true;
                }
                p = self.compiled.parents.get(p).copied().unwrap_or(0);
            }
            false
        };
        candidates.iter().copied().filter(|&g| !inside_other(g)).max()
    }
}

fn as_match(v: &Value) -> Option<&MatchObject> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<MatchObject>(),
        _ => None,
    }
}

fn this<'a>(a: &Args<'a>, method: &str) -> PyResult<&'a MatchObject> {
    a.pos().first().and_then(as_match).ok_or_else(|| PyErr::type_error(format!("descriptor '{method}' requires a 're.Match' object")))
}

/// A group argument (number or name) as a group number.
pub(super) fn group_index(vm: &mut Vm, m: &MatchObject, g: &Value) -> PyResult<usize> {
    let no_such = || PyErr::index_error("no such group");
    if let Some(name) = g.as_str() {
        return m.compiled.group_index(name).ok_or_else(no_such);
    }
    match g {
        Value::Int(_) | Value::Bool(_) => {
            let i = vm.index_value(g)?;
            if i < 0 || i as usize > m.compiled.groups {
                return Err(no_such());
            }
            Ok(i as usize)
        }
        _ => Err(no_such()),
    }
}

/// `m.group(*groups)`: one value, or a tuple for several.
fn match_group(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "group")?;
    let args = &a.pos()[1..];
    if args.is_empty() {
        return Ok(m.group_text(0, &Value::None));
    }
    let mut out = Vec::with_capacity(args.len());
    for g in args {
        let i = group_index(vm, m, g)?;
        out.push(m.group_text(i, &Value::None));
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap_or(Value::None));
    }
    Ok(Value::new_tuple(out))
}

/// `m[g]`.
fn match_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "__getitem__")?;
    let g = a.pos().get(1).cloned().unwrap_or(Value::Int(0));
    let i = group_index(vm, m, &g)?;
    Ok(m.group_text(i, &Value::None))
}

fn default_arg<'a>(a: &Args<'a>, func: &str) -> PyResult<Value> {
    let p = super::bind(func, a, 1, &["default"], 0)?;
    Ok(p[0].cloned().unwrap_or(Value::None))
}

fn match_groups(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "groups")?;
    let default = default_arg(&a, "groups")?;
    Ok(Value::new_tuple((1..m.spans.len()).map(|g| m.group_text(g, &default)).collect()))
}

fn match_groupdict(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "groupdict")?;
    let default = default_arg(&a, "groupdict")?;
    let mut d = Dict::new();
    for (name, g) in &m.compiled.names {
        d.set_str_key(Value::new_str(name), m.group_text(*g, &default));
    }
    Ok(Value::new_dict(d))
}

fn span_of(vm: &mut Vm, a: &Args<'_>, method: &str) -> PyResult<(i64, i64)> {
    let m = this(a, method)?;
    let g = match a.pos().get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(match m.spans.get(g).copied().flatten() {
        Some((s, e)) => (s as i64, e as i64),
        None => (-1, -1),
    })
}

fn match_start(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &a, "start")?.0))
}
fn match_end(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &a, "end")?.1))
}
fn match_span(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (s, e) = span_of(vm, &a, "span")?;
    Ok(Value::new_tuple(vec![Value::Int(s), Value::Int(e)]))
}

/// `m.expand(template)`: the template with this match's groups.
fn match_expand(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "expand")?;
    let template = a.pos().get(1).cloned().ok_or_else(|| PyErr::type_error("expand() missing required argument 'template' (pos 1)"))?;
    let parts = super::subst::parse_template(vm, &m.compiled, &template)?;
    super::subst::expand(m, &parts)
}

fn match_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "__repr__")?;
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    let text = m.group_text(0, &Value::None);
    let r = vm.repr(&text)?;
    Ok(Value::from_string(format!("<re.Match object; span=({s}, {e}), match={r}>")))
}

fn prop_string(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(this(&a, "string")?.subject.value.clone())
}
fn prop_re(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "re")?;
    debug_assert!(as_pattern(&m.pattern).is_some());
    Ok(m.pattern.clone())
}
fn prop_pos(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&a, "pos")?.pos as i64))
}
fn prop_endpos(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&a, "endpos")?.endpos as i64))
}
fn prop_lastindex(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(this(&a, "lastindex")?.lastindex().map_or(Value::None, |g| Value::Int(g as i64)))
}
fn prop_lastgroup(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "lastgroup")?;
    Ok(m.lastindex().and_then(|g| m.compiled.group_name(g)).map_or(Value::None, Value::new_str))
}
fn prop_regs(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = this(&a, "regs")?;
    let regs = m
        .spans
        .iter()
        .map(|s| {
            let (x, y) = s.map_or((-1, -1), |(x, y)| (x as i64, y as i64));
            Value::new_tuple(vec![Value::Int(x), Value::Int(y)])
        })
        .collect();
    Ok(Value::new_tuple(regs))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__getitem__", match_getitem),
    ("__repr__", match_repr),
    ("end", match_end),
    ("expand", match_expand),
    ("group", match_group),
    ("groupdict", match_groupdict),
    ("groups", match_groups),
    ("span", match_span),
    ("start", match_start),
];

pub const PROPERTIES: &[(&str, NativeFn)] = &[
    ("endpos", prop_endpos),
    ("lastgroup", prop_lastgroup),
    ("lastindex", prop_lastindex),
    ("pos", prop_pos),
    ("re", prop_re),
    ("regs", prop_regs),
    ("string", prop_string),
];
