//! What CPython's `site` module adds to `builtins` for the command line:
//! `exit` and `quit`, instances of `_sitebuiltins.Quitter`.
//!
//! Their repr is the hint a REPL user sees on typing the bare name
//! (`Use exit() or Ctrl-D (i.e. EOF) to exit`); calling one raises
//! `SystemExit(code)`, as CPython's `Quitter.__call__` does. They replace the
//! plain `exit`/`quit` functions of the interp crate's `builtins`, which stay
//! for embedders that build a bare `Vm`.

use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::instance::{Instance, InstanceExtra};
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;

/// The text CPython's Quitter shows for its EOF key on POSIX.
const EOF_KEY: &str = "Ctrl-D (i.e. EOF)";

/// `Quitter.__repr__(self)`: `Use exit() or Ctrl-D (i.e. EOF) to exit`.
fn quitter_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = a.pos().first().cloned().unwrap_or(Value::None);
    let name = vm.get_attr_str(&this, "name")?;
    let eof = vm.get_attr_str(&this, "eof")?;
    let (name, eof) = (vm.str_of(&name)?, vm.str_of(&eof)?);
    Ok(Value::from_string(format!("Use {name}() or {eof} to exit")))
}

/// `Quitter.__call__(self, code=None)`: raises `SystemExit(code)`.
fn quitter_call(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let code = a.kw_get("code").or(pos.get(1)).cloned();
    let args: Vec<Value> = code.filter(|c| !c.is_none()).into_iter().collect();
    let exc = vm.new_exception(ExcKind::SystemExit, args);
    Err(PyErr::from_object(exc))
}

const QUITTER_METHODS: &[(&str, NativeFn)] = &[("__call__", quitter_call), ("__repr__", quitter_repr)];

fn quitter_type(vm: &Vm) -> Obj {
    let object = vm.g.types.object.clone();
    let mut dict = Dict::new();
    dict.set_str_key(Value::new_str("__module__"), Value::new_str("_sitebuiltins"));
    let ty = Obj::new(Payload::Type(Box::new(TypeObject::new(
        "Quitter",
        TypeKind::Heap,
        TypeKind::Object,
        vec![object.clone()],
        vec![object],
        dict,
    ))));
    garter_interp::vm::types::install(&ty, "Quitter", QUITTER_METHODS);
    ty
}

/// Puts `exit` and `quit` into `builtins`.
pub fn install(vm: &mut Vm) {
    let ty = quitter_type(vm);
    for name in ["exit", "quit"] {
        let inst = Instance::new(ty.clone(), InstanceExtra::Plain);
        {
            let mut d = inst.dict().borrow_mut();
            d.set_str_key(Value::new_str("name"), Value::new_str(name));
            d.set_str_key(Value::new_str("eof"), Value::new_str(EOF_KEY));
        }
        let value = Value::from_obj(Payload::Instance(Box::new(inst)));
        if let Payload::Dict(b) = vm.g.builtins.payload() {
            let key = vm.intern(name);
            b.borrow_mut().set_str_key(key, value);
        }
    }
}
