//! `garter -m NAME`: finding a module's source on `sys.path`, as CPython's
//! `runpy._get_module_details` does, to run it as `__main__`.
//!
//! A dotted name imports its parent packages first (running their
//! `__init__.py`) and searches the parent's `__path__`; a package runs its
//! `__main__` submodule. The messages for what cannot run are CPython's:
//! `No module named X`, `No module named pkg.__main__; 'pkg' is a package
//! and cannot be directly executed`, `Error while finding module
//! specification for 'a.b' (ModuleNotFoundError: No module named 'a')`.

use garter_interp::errors::{ExcKind, PyErr};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;

/// The source file to run and the `__package__` it runs with.
pub struct MainModule {
    pub path: String,
    pub package: String,
}

/// Why `-m` cannot run.
pub enum NotRunnable {
    /// A message to print after `garter: ` (exit status 1).
    Message(String),
    /// An exception raised while importing a parent package.
    Raised(PyErr),
}

/// Finds the file `-m name` runs.
pub fn find(vm: &mut Vm, name: &str) -> Result<MainModule, NotRunnable> {
    let (parent, leaf) = match name.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, name),
    };
    if name.is_empty() || leaf.is_empty() || name.split('.').any(str::is_empty) {
        return Err(NotRunnable::Message("Relative module names not supported".into()));
    }
    let dirs: Vec<String> = match parent {
        Some(p) => {
            let package = match vm.import_module(p) {
                Ok(m) => m,
                Err(e) => {
                    let exc = vm.normalize(e);
                    if vm.exc_is_kind(&exc, ExcKind::ImportError) {
                        let line = vm.exception_line(&exc);
                        return Err(NotRunnable::Message(format!(
                            "Error while finding module specification for '{name}' ({line})"
                        )));
                    }
                    return Err(NotRunnable::Raised(PyErr::from_object(exc)));
                }
            };
            match vm.get_attr_str(&package, "__path__") {
                Ok(v) => vm.collect(&v).unwrap_or_default().iter().filter_map(|x| x.as_str().map(String::from)).collect(),
                Err(_) => {
                    return Err(NotRunnable::Message(format!(
                        "Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{p}' while trying to find '{name}')"
                    )))
                }
            }
        }
        None => {
            if vm.g.native_modules.borrow().iter().any(|(n, _)| n == name) {
                return Err(NotRunnable::Message(format!("No code object available for {name}")));
            }
            match vm.g.path.payload() {
                Payload::List(l) => l.borrow().iter().filter_map(|x: &Value| x.as_str().map(String::from)).collect(),
                _ => Vec::new(),
            }
        }
    };
    for dir in dirs {
        let base = if dir.is_empty() { ".".to_string() } else { dir };
        let package_dir = std::path::Path::new(&base).join(leaf);
        if package_dir.join("__init__.py").is_file() {
            let main_name = format!("{name}.__main__");
            if let Err(e) = vm.import_module(name) {
                return Err(NotRunnable::Raised(e));
            }
            return match find(vm, &main_name) {
                Ok(m) => Ok(m),
                Err(NotRunnable::Message(_)) => Err(NotRunnable::Message(format!(
                    "No module named {main_name}; '{name}' is a package and cannot be directly executed"
                ))),
                Err(other) => Err(other),
            };
        }
        let file = std::path::Path::new(&base).join(format!("{leaf}.py"));
        if file.is_file() {
            let path = std::path::absolute(&file).unwrap_or(file).display().to_string();
            return Ok(MainModule { path, package: parent.unwrap_or("").to_string() });
        }
    }
    Err(NotRunnable::Message(format!("No module named {name}")))
}
