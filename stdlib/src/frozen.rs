//! Frozen modules: standard-library modules written in Python and embedded
//! in the binary (the "in Python embedded in the binary").
//!
//! Each module's source is `stdlib/src/py/NAME.py` (a package is
//! `py/NAME/__init__.py` plus its submodules, e.g. `py/collections/abc.py`),
//! pulled in with `include_str!` and listed once in `frozen_modules!` below.
//! `register` only records an initialiser per name with
//! `Vm::register_module`, so nothing is parsed or compiled at start-up:
//! the source is compiled the first time `import NAME` runs, exactly like a
//! native module's initialiser runs then. After that `sys.modules` answers.
//!
//! As CPython does for its frozen modules, a frozen module has no
//! `__file__`; its code's file name is `<frozen NAME>`, which is what
//! tracebacks through it show (with line numbers and, since the source is
//! kept, the source line). A package gets `__path__ = []`: its submodules
//! are found by dotted name in the same registry (see `vm/import.rs`).
//!
//! The module is placed in `sys.modules` before its body runs, so circular
//! imports see the partly initialised module as in CPython, and removed
//! again if the body raises.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use garter_interp::CompileMode;

/// Whether a frozen source is a plain module or a package's `__init__`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Package,
}

/// Declares the frozen modules: `"dotted.name" => "py/path.py", Kind;`.
/// Generates `register`, which gives each one a non-capturing initialiser.
macro_rules! frozen_modules {
    ($($name:literal => $path:literal, $kind:ident;)*) => {
        /// Registers every frozen module with `vm` (compiles nothing).
        pub fn register(vm: &mut Vm) {
            vm.register_module("_garter_frozen", support_module);
            $(vm.register_module($name, |vm| load(vm, $name, include_str!($path), Kind::$kind));)*
        }

        /// The names of the frozen modules, in registration order.
        pub const NAMES: &[&str] = &[$($name),*];
    };
}

frozen_modules! {
    "__future__" => "py/__future__.py", Module;
    "_pyio_mem" => "py/_pyio_mem.py", Module;
    "abc" => "py/abc.py", Module;
    "bisect" => "py/bisect.py", Module;
    "collections" => "py/collections/__init__.py", Package;
    "collections.abc" => "py/collections/abc.py", Module;
    "contextlib" => "py/contextlib.py", Module;
    "copy" => "py/copy.py", Module;
    "dataclasses" => "py/dataclasses.py", Module;
    "datetime" => "py/datetime.py", Module;
    "decimal" => "py/decimal.py", Module;
    "dis" => "py/dis.py", Module;
    "enum" => "py/enum.py", Module;
    "fractions" => "py/fractions.py", Module;
    "functools" => "py/functools.py", Module;
    "heapq" => "py/heapq.py", Module;
    "importlib" => "py/importlib/__init__.py", Package;
    "inspect" => "py/inspect.py", Module;
    "itertools" => "py/itertools.py", Module;
    "keyword" => "py/keyword.py", Module;
    "linecache" => "py/linecache.py", Module;
    "logging" => "py/logging/__init__.py", Package;
    "numbers" => "py/numbers.py", Module;
    "operator" => "py/operator.py", Module;
    "pprint" => "py/pprint.py", Module;
    "statistics" => "py/statistics.py", Module;
    "string" => "py/string.py", Module;
    "textwrap" => "py/textwrap.py", Module;
    "threading" => "py/threading.py", Module;
    "traceback" => "py/traceback.py", Module;
    "types" => "py/types.py", Module;
    "typing" => "py/typing.py", Module;
    "warnings" => "py/warnings.py", Module;
    "weakref" => "py/weakref.py", Module;
}

/// Compiles and runs the frozen source of module `name`, returning the
/// module as `sys.modules` holds it afterwards.
fn load(vm: &mut Vm, name: &str, source: &str, kind: Kind) -> PyResult<Value> {
    let (module, dict) = vm.new_module(name);
    if let Payload::Dict(d) = dict.payload() {
        let mut d = d.borrow_mut();
        let package = match kind {
            Kind::Package => name,
            Kind::Module => name.rsplit_once('.').map(|(parent, _)| parent).unwrap_or(""),
        };
        d.set_str_key(vm.intern("__package__"), Value::new_str(package));
        if kind == Kind::Package {
            d.set_str_key(vm.intern("__path__"), Value::new_list(Vec::new()));
        }
    }
    vm.add_module(name, module.clone());
    let filename = format!("<frozen {name}>");
    let result = vm.compile_source(source, &filename, CompileMode::Exec).and_then(|code| vm.run_code(code, dict));
    let modules = vm.g.modules.clone();
    let Payload::Dict(modules) = modules.payload() else {
        return result.map(|_| module);
    };
    if let Err(e) = result {
        modules.borrow_mut().remove_str(name);
        return Err(e);
    }
    let current = modules.borrow().get_str(name).cloned();
    Ok(current.unwrap_or(module))
}

/// `_garter_frozen`: the few interpreter facts the frozen modules need and
/// CPython finds through `sys._getframe` (which garter lacks), and the fast
/// field getter of namedtuple (CPython's C `_tuplegetter`).
fn support_module(vm: &mut Vm) -> PyResult<Value> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[("caller_module", caller_module), ("tuple_getter", tuple_getter)];
    crate::sys::make_module(vm, "_garter_frozen", FUNCTIONS, &[])
}

/// `caller_module(depth)`: `__name__` of the globals of the Python frame
/// `depth` levels above the one calling this function (0: that frame), or
/// None past the outermost frame. namedtuple and Enum use it for
/// `__module__`, as CPython's use `sys._getframe(depth).f_globals`.
fn caller_module(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let depth = match a.pos().first() {
        Some(Value::Int(d)) if *d >= 0 => *d as usize,
        _ => return Err(PyErr::value_error("caller_module() needs a depth >= 0")),
    };
    let Some(index) = vm.frames.len().checked_sub(1 + depth) else {
        return Ok(Value::None);
    };
    let globals = vm.frames[index].globals.clone();
    let name = match globals.payload() {
        Payload::Dict(d) => d.borrow().get_str("__name__").cloned(),
        _ => None,
    };
    Ok(name.unwrap_or(Value::None))
}

/// `tuple_getter(index, doc)`: a property reading `self[index]` of a tuple
/// (subclass) without running Python code, for namedtuple fields. The
/// getter is a builtin whose bound receiver is the index.
fn tuple_getter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (Some(Value::Int(index)), doc) = (a.pos().first(), a.pos().get(1).cloned().unwrap_or(Value::None)) else {
        return Err(PyErr::type_error("tuple_getter() needs an int index"));
    };
    let fget = Builtin { name: "_tuplegetter", func: tuple_item, receiver: Value::Int(*index), owner: Some("collections") };
    let prop = Payload::Property { fget: Value::from_obj(Payload::Builtin(fget)), fset: Value::None, fdel: Value::None, doc };
    Ok(Value::from_obj(prop))
}

/// The getter of `tuple_getter`: `(index, self) -> self[index]`.
fn tuple_item(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (Some(Value::Int(index)), Some(this)) = (a.pos().first(), a.pos().get(1)) else {
        return Err(PyErr::type_error("descriptor needs an object"));
    };
    let base = vm.builtin_base(this);
    match base.as_tuple() {
        Some(items) => usize::try_from(*index).ok().and_then(|i| items.get(i)).cloned().ok_or_else(|| PyErr::index_error("tuple index out of range")),
        None => Err(PyErr::type_error(format!("descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object", vm.type_name(this)))),
    }
}
