//! `builtins`: the module whose namespace is the interpreter's builtins
//! dict itself (so `import builtins; builtins.print` is the builtin, and a
//! name set on it is seen by every module's lookups, as in CPython).

use garter_interp::errors::PyResult;
use garter_interp::objects::module::Module;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;

/// The `builtins` module, sharing `vm.g.builtins` as its dict.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let dict = vm.g.builtins.clone();
    if let Payload::Dict(d) = dict.payload() {
        let mut d = d.borrow_mut();
        if d.get_str("__name__").is_none() {
            d.set_str_key(vm.intern("__name__"), Value::new_str("builtins"));
        }
    }
    Ok(Value::from_obj(Payload::Module(Module { name: "builtins".to_string(), dict })))
}
