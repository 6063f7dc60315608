//! `import`: modules registered by garter-stdlib (native, or frozen Python
//! compiled on first import; dotted names such as `collections.abc` too), and `.py` files
//! and packages found on `sys.path`. Loaded modules are cached in
//! `sys.modules` (`InterpState::modules`).
//!
//! As CPython's: a module is in `sys.modules` while its body runs (circular
//! imports see it partly initialised; `from m import x` then fails with
//! "cannot import name 'x' from partially initialized module 'm' (most
//! likely due to a circular import) (path)") and is removed if the body
//! raises; `None` in `sys.modules` stops an import; the import system's
//! `ImportError`s carry `name` and `path`. Modules get `__spec__` and
//! `__loader__` set to None (garter has no import machinery objects).

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::objects::module::Module;
use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;
use std::cell::RefCell;

impl Vm {
    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> (Value, Obj) {
        let d = Obj::new(Payload::Dict(RefCell::new(Dict::new())));
        if let Payload::Dict(dd) = d.payload() {
            let mut dd = dd.borrow_mut();
            dd.set_str_key(self.intern("__name__"), Value::new_str(name));
            dd.set_str_key(self.intern("__doc__"), Value::None);
            dd.set_str_key(self.intern("__package__"), Value::None);
            dd.set_str_key(self.intern("__loader__"), Value::None);
            dd.set_str_key(self.intern("__spec__"), Value::None);
            dd.set_str_key(self.intern("__builtins__"), Value::Obj(self.g.builtins.clone()));
        }
        let m = Value::from_obj(Payload::Module(Module { name: name.to_string(), dict: d.clone() }));
        (m, d)
    }

    fn cached_module(&self, name: &str) -> Option<Value> {
        match self.g.modules.payload() {
            Payload::Dict(d) => d.borrow().get_str(name).cloned(),
            _ => None,
        }
    }

    /// The initialiser registered for module `name` (native or frozen).
    pub(crate) fn registered_module(&self, name: &str) -> Option<super::ModuleInit> {
        self.g.native_modules.borrow().iter().find(|(n, _)| n == name).map(|(_, f)| *f)
    }

    pub fn add_module(&mut self, name: &str, m: Value) {
        if let Payload::Dict(d) = self.g.modules.payload() {
            d.borrow_mut().set_str_key(Value::new_str(name), m);
        }
    }

    /// Imports the module with dotted `name` (absolute), returning it.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(name) {
            if m.is_none() {
                return Err(self.import_error(
                    ExcKind::ModuleNotFoundError,
                    format!("import of {name} halted; None in sys.modules"),
                    name,
                    None,
                ));
            }
            return Ok(m);
        }
        let (parent, leaf) = match name.rfind('.') {
            Some(i) => (Some(&name[..i]), &name[i + 1..]),
            None => (None, name),
        };
        let search_dirs: Vec<String> = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                // A native package may have registered its submodules
                // (`os` registers `os.path`) while it was imported.
                if let Some(m) = self.cached_module(name) {
                    return Ok(m);
                }
                // A registered submodule (frozen `collections.abc`).
                if let Some(init) = self.registered_module(name) {
                    let m = init(self)?;
                    self.add_module(name, m.clone());
                    self.set_attr(&pm, &Value::new_str(leaf), m.clone())?;
                    return Ok(m);
                }
                match self.get_attr_str(&pm, "__path__") {
                    Ok(v) => self.collect(&v)?.iter().filter_map(|x| x.as_str().map(String::from)).collect(),
                    Err(_) => {
                        return Err(self.import_error(
                            ExcKind::ModuleNotFoundError,
                            format!("No module named '{name}'; '{p}' is not a package"),
                            name,
                            None,
                        ))
                    }
                }
            }
            None => {
                if let Some(init) = self.registered_module(name) {
                    let m = init(self)?;
                    self.add_module(name, m.clone());
                    return Ok(m);
                }
                let path = match self.g.path.payload() {
                    Payload::List(l) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                path.iter().filter_map(|x| x.as_str().map(String::from)).collect()
            }
        };
        for dir in search_dirs {
            // An empty entry is the current directory; name files by absolute path as CPython.
            let base = if dir.is_empty() {
                std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_else(|_| ".".to_string())
            } else {
                dir
            };
            let pkg_init = format!("{base}/{leaf}/__init__.py");
            let file = format!("{base}/{leaf}.py");
            if std::path::Path::new(&pkg_init).is_file() {
                return self.load_source_module(name, &pkg_init, Some(format!("{base}/{leaf}")));
            }
            if std::path::Path::new(&file).is_file() {
                return self.load_source_module(name, &file, None);
            }
        }
        Err(self.import_error(ExcKind::ModuleNotFoundError, format!("No module named '{name}'"), name, None))
    }

    /// An `ImportError` (or subclass `kind`) with its `name` and `path`
    /// attributes set, as the import system raises them.
    pub fn import_error(&mut self, kind: ExcKind, msg: String, name: &str, path: Option<&str>) -> PyErr {
        let exc = self.new_exception(kind, vec![Value::from_string(msg)]);
        self.set_context(&exc);
        if let Some(Payload::Instance(i)) = exc.payload() {
            let mut d = i.dict().borrow_mut();
            d.set_str_key(self.intern("name"), Value::new_str(name));
            d.set_str_key(self.intern("path"), path.map(Value::new_str).unwrap_or(Value::None));
        }
        PyErr::from_object(exc)
    }

    /// Runs a `.py` file as module `name`.
    pub fn load_source_module(&mut self, name: &str, path: &str, package_dir: Option<String>) -> PyResult<Value> {
        let source = std::fs::read_to_string(path).map_err(|e| PyErr::from_io(&e))?;
        let (m, d) = self.new_module(name);
        if let Payload::Dict(dd) = d.payload() {
            let mut dd = dd.borrow_mut();
            dd.set_str_key(self.intern("__file__"), Value::new_str(path));
            let package = if package_dir.is_some() {
                name.to_string()
            } else {
                name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
            };
            dd.set_str_key(self.intern("__package__"), Value::new_str(&package));
            if let Some(pd) = &package_dir {
                dd.set_str_key(self.intern("__path__"), Value::new_list(vec![Value::new_str(pd)]));
            }
        }
        self.add_module(name, m.clone());
        let code = match self.compile_source(&source, path, crate::CompileMode::Exec) {
            Ok(c) => c,
            Err(e) => {
                self.remove_module(name);
                return Err(e);
            }
        };
        self.g.initializing.borrow_mut().push(name.to_string());
        let result = self.run_code(code, d);
        {
            let mut init = self.g.initializing.borrow_mut();
            if let Some(i) = init.iter().rposition(|n| n == name) {
                init.remove(i);
            }
        }
        if let Err(e) = result {
            self.remove_module(name);
            return Err(e);
        }
        // Bind the submodule on its parent package.
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            if let Some(p) = self.cached_module(parent) {
                let _ = self.set_attr(&p, &Value::new_str(leaf), m.clone());
            }
        }
        Ok(self.cached_module(name).unwrap_or(m))
    }

    fn remove_module(&mut self, name: &str) {
        if let Payload::Dict(d) = self.g.modules.payload() {
            d.borrow_mut().remove_str(name);
        }
    }

    /// `ImportName`.
    pub fn import_name(&mut self, fi: usize, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(i) => *i,
            _ => 0,
        };
        let globals = Value::Obj(self.frames[fi].globals.clone());
        self.import_impl(&name, &globals, fromlist, level)
    }

    /// `__import__(name, globals, locals, fromlist, level)`.
    pub fn import_impl(&mut self, name: &str, globals: &Value, fromlist: &Value, level: i64) -> PyResult<Value> {
        let full = if level > 0 {
            let package = match globals.as_obj().map(|g| g.payload()) {
                Some(Payload::Dict(d)) => {
                    let d = d.borrow();
                    match d.get_str("__package__").and_then(|p| p.as_str().map(String::from)) {
                        Some(p) if !p.is_empty() => Some(p),
                        _ => {
                            if d.get_str("__path__").is_some() {
                                d.get_str("__name__").and_then(|p| p.as_str().map(String::from))
                            } else {
                                None
                            }
                        }
                    }
                }
                _ => None,
            };
            let Some(package) = package else {
                return Err(PyErr::new(ExcKind::ImportError, "attempted relative import with no known parent package"));
            };
            let mut parts: Vec<&str> = package.split('.').collect();
            for _ in 1..level {
                if parts.pop().is_none() {
                    return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package"));
                }
            }
            if parts.is_empty() {
                return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package"));
            }
            let base = parts.join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            name.to_string()
        };
        let module = self.import_module(&full)?;
        let has_fromlist = !fromlist.is_none() && fromlist.as_tuple().map(|t| !t.is_empty()).unwrap_or(true);
        if has_fromlist {
            // `from pkg import sub` may name submodules.
            if let Some(items) = fromlist.as_tuple() {
                for it in items.to_vec() {
                    if let Some(n) = it.as_str() {
                        if n != "*" && self.get_attr_str(&module, n).is_err() {
                            let _ = self.import_module(&format!("{full}.{n}"));
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            if let Some((top, _)) = full.split_once('.') {
                return self.import_module(top);
            }
        } else if !name.is_empty() {
            if let Some(first) = name.split('.').next() {
                let base_len = full.len() - name.len();
                return self.import_module(&format!("{}{}", &full[..base_len], first));
            }
        }
        Ok(module)
    }

    /// `ImportFrom`: the attribute, else the submodule `module.name`,
    /// else CPython's ImportError (naming a partly initialised module as a
    /// likely circular import).
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let mname = match self.get_attr_str(module, "__name__") {
                    Ok(v) if v.as_str().is_some() => v.as_str().unwrap_or("").to_string(),
                    _ => "<unknown module name>".to_string(),
                };
                let n = name.as_str().unwrap_or("");
                if let Ok(v) = self.import_module(&format!("{mname}.{n}")) {
                    return Ok(v);
                }
                let file = self.get_attr_str(module, "__file__").ok().and_then(|f| f.as_str().map(String::from));
                let location = file.clone().unwrap_or_else(|| "unknown location".to_string());
                let msg = if self.g.initializing.borrow().iter().any(|m| *m == mname) {
                    format!("cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import) ({location})")
                } else {
                    format!("cannot import name '{n}' from '{mname}' ({location})")
                };
                Err(self.import_error(ExcKind::ImportError, msg, &mname, file.as_deref()))
            }
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, ns: &Obj) -> PyResult<()> {
        let all = self.get_attr_str(module, "__all__").ok();
        let names: Vec<Value> = match all {
            Some(a) => self.collect(&a)?,
            None => match module.payload() {
                Some(Payload::Module(m)) => match m.dict.payload() {
                    Payload::Dict(d) => d.borrow().keys().into_iter().filter(|k| !k.as_str().unwrap_or("_").starts_with('_')).collect(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            },
        };
        for n in names {
            let v = self.get_attr(module, &n)?;
            self.store_in_namespace(ns, n, v)?;
        }
        Ok(())
    }
}
