//! Argument binding for native functions that CPython implements in Python
//! (`random.Random.randint`, `json.dumps`...): the errors read as CPython's
//! for a `def`, e.g. `Random.randint() missing 1 required positional
//! argument: 'b'` or `dumps() got an unexpected keyword argument 'x'`.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::Args;
use garter_interp::value::Value;

/// A Python-level signature: `names` in order, the first `positional` of
/// them may come by position (the rest are keyword-only), the first
/// `required` must be given. `qualname` names the function in messages.
pub struct Signature {
    pub qualname: &'static str,
    pub names: &'static [&'static str],
    pub positional: usize,
    pub required: usize,
    /// Whether the first positional value is `self` (counted in "takes N
    /// positional arguments", as CPython counts it).
    pub method: bool,
}

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Signature {
    /// Binds `args` (after `self` for methods) to the parameters.
    pub fn bind<'a>(&self, args: &Args<'a>) -> PyResult<Vec<Option<&'a Value>>> {
        let pos = args.pos();
        let pos = if self.method { pos.get(1..).unwrap_or(&[]) } else { pos };
        let shift = self.method as usize;
        let mut slots: Vec<Option<&'a Value>> = vec![None; self.names.len()];
        if pos.len() > self.positional {
            let takes = if self.required.min(self.positional) == self.positional {
                format!("{}", self.positional + shift)
            } else {
                format!("from {} to {}", self.required.min(self.positional) + shift, self.positional + shift)
            };
            let given = pos.len() + shift;
            let plural = if self.positional + shift == 1 && takes == "1" { "" } else { "s" };
            return Err(PyErr::type_error(format!(
                "{}() takes {takes} positional argument{plural} but {given} {} given",
                self.qualname,
                if given == 1 { "was" } else { "were" }
            )));
        }
        for (slot, v) in slots.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        for (k, v) in args.kw() {
            let Some(i) = self.names.iter().position(|n| *n == k) else {
                return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{k}'", self.qualname)));
            };
            if slots[i].is_some() {
                return Err(PyErr::type_error(format!("{}() got multiple values for argument '{k}'", self.qualname)));
            }
            slots[i] = Some(v);
        }
        let missing: Vec<&str> = (0..self.required).filter(|&i| slots[i].is_none()).map(|i| self.names[i]).collect();
        if !missing.is_empty() {
            let n = missing.len();
            let kind = if self.required <= self.positional { "positional" } else { "keyword-only" };
            return Err(PyErr::type_error(format!(
                "{}() missing {n} required {kind} argument{}: {}",
                self.qualname,
                if n == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
        Ok(slots)
    }
}

/// A slot's value, `None` (Python's) when it was not given.
pub fn or_none(v: Option<&Value>) -> Value {
    v.cloned().unwrap_or(Value::None)
}

/// Whether `err` is an instance of `kind` (a subclass counts); hands the
/// error back for re-raising.
pub fn err_matches(vm: &mut garter_interp::vm::Vm, err: PyErr, kind: garter_interp::errors::ExcKind) -> (bool, PyErr) {
    let exc = vm.normalize(err);
    let cls = vm.g.types.exception(kind);
    let m = vm.isinstance(&exc, &cls);
    (m, PyErr::from_object(exc))
}

/// `sys.modules[module].name`, if both exist (a native module finding its
/// own classes again).
pub fn module_attr(vm: &garter_interp::vm::Vm, module: &str, name: &str) -> Option<Value> {
    use garter_interp::value::Payload;
    let Payload::Dict(mods) = vm.g.modules.payload() else { return None };
    let m = mods.borrow().get_str(module).cloned()?;
    let Some(Payload::Module(md)) = m.payload() else { return None };
    let Payload::Dict(d) = md.dict.payload() else { return None };
    let v = d.borrow().get_str(name).cloned();
    v
}
