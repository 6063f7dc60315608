//! `os.scandir`: an iterator of `DirEntry` objects (`name`, `path`,
//! `is_dir()`, `is_file()`, `is_symlink()`, `stat()`, `inode()`,
//! `__fspath__`), usable as a context manager, as CPython 3.11's.
//!
//! The directory is read when `scandir` is called (CPython reads it as it
//! iterates); entries come in directory order either way.

use super::{bind, os_error, path_arg};
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::os::unix::fs::DirEntryExt;

/// One `os.DirEntry`.
pub struct DirEntry {
    class: Obj,
    name: String,
    path: String,
    ino: u64,
    /// The entry's own type (symlinks not followed).
    file_type: Option<std::fs::FileType>,
}

/// The iterator `os.scandir` returns.
pub struct ScandirIter {
    class: Obj,
    entries: RefCell<std::collections::VecDeque<Value>>,
    closed: Cell<bool>,
}

impl NativeObject for DirEntry {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for ScandirIter {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn entry<'a>(a: &Args<'a>) -> PyResult<&'a DirEntry> {
    match a.pos().first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<DirEntry>().ok_or_else(|| PyErr::type_error("expected an os.DirEntry")),
        _ => Err(PyErr::type_error("expected an os.DirEntry")),
    }
}

fn iterator<'a>(a: &Args<'a>) -> PyResult<&'a ScandirIter> {
    match a.pos().first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<ScandirIter>().ok_or_else(|| PyErr::type_error("expected a ScandirIterator")),
        _ => Err(PyErr::type_error("expected a ScandirIterator")),
    }
}

fn follow(vm: &mut Vm, a: &Args<'_>) -> PyResult<bool> {
    match a.kw_get("follow_symlinks").or(a.pos().get(1)) {
        Some(v) => vm.truthy(v),
        None => Ok(true),
    }
}

fn e_name(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::new_str(&entry(&a)?.name))
}
fn e_path(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::new_str(&entry(&a)?.path))
}
fn e_inode(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(entry(&a)?.ino as i64))
}
fn e_is_symlink(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(entry(&a)?.file_type.map_or(false, |t| t.is_symlink())))
}
fn e_is_dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = entry(&a)?;
    let r = match e.file_type {
        Some(t) if t.is_symlink() && follow(vm, &a)? => std::fs::metadata(&e.path).map_or(false, |m| m.is_dir()),
        Some(t) => t.is_dir(),
        None => false,
    };
    Ok(Value::Bool(r))
}
fn e_is_file(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = entry(&a)?;
    let r = match e.file_type {
        Some(t) if t.is_symlink() && follow(vm, &a)? => std::fs::metadata(&e.path).map_or(false, |m| m.is_file()),
        Some(t) => t.is_file(),
        None => false,
    };
    Ok(Value::Bool(r))
}
fn e_stat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = entry(&a)?;
    let path = Value::new_str(&e.path);
    let fname = if follow(vm, &a)? { "stat" } else { "lstat" };
    let f = crate::args::module_attr(vm, "os", fname).ok_or_else(|| PyErr::internal("os.stat is missing"))?;
    vm.call(&f, &[path])
}
fn e_repr(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = entry(&a)?;
    Ok(Value::from_string(format!("<DirEntry {}>", garter_interp::objects::number::str_repr(&e.name))))
}

fn it_iter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    iterator(&a)?;
    Ok(a.pos()[0].clone())
}
fn it_next(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = iterator(&a)?;
    if it.closed.get() {
        return Err(PyErr::stop_iteration());
    }
    let next = it.entries.borrow_mut().pop_front();
    next.ok_or_else(PyErr::stop_iteration)
}
fn it_close(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = iterator(&a)?;
    it.closed.set(true);
    it.entries.borrow_mut().clear();
    Ok(Value::None)
}
fn it_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    it_close(vm, a)?;
    Ok(Value::Bool(false))
}

fn builtin(name: &'static str, func: NativeFn, owner: &'static str) -> Value {
    Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner: Some(owner) }))
}

fn native_class(vm: &Vm, name: &'static str, methods: &[(&'static str, NativeFn)], props: &[(&'static str, NativeFn)]) -> Obj {
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new(name, TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, name, methods);
    if let Payload::Type(t) = cls.payload() {
        let mut d = t.dict.borrow_mut();
        d.set_str_key(Value::new_str("__module__"), Value::new_str("posix"));
        for &(pname, getter) in props {
            let prop = Payload::Property { fget: builtin(pname, getter, name), fset: Value::None, fdel: Value::None, doc: Value::None };
            d.set_str_key(Value::new_str(pname), Value::from_obj(prop));
        }
    }
    cls
}

/// The `os.DirEntry` class.
pub fn dir_entry_class(vm: &Vm) -> Value {
    Value::Obj(native_class(
        vm,
        "DirEntry",
        &[
            ("__fspath__", e_path),
            ("__repr__", e_repr),
            ("inode", e_inode),
            ("is_dir", e_is_dir),
            ("is_file", e_is_file),
            ("is_symlink", e_is_symlink),
            ("stat", e_stat),
        ],
        &[("name", e_name), ("path", e_path)],
    ))
}

/// `os.scandir(path='.')`.
pub fn os_scandir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "scandir", ["path"], 0)?;
    let (dir, prefix) = match s[0] {
        None | Some(Value::None) => (".".to_string(), ".".to_string()),
        Some(v) => {
            let p = path_arg(vm, v, "scandir")?;
            (p.text.clone(), p.text)
        }
    };
    let read = std::fs::read_dir(&dir).map_err(|e| os_error(vm, &e, Some(&Value::new_str(&dir))))?;
    let entry_class = match crate::args::module_attr(vm, "os", "DirEntry") {
        Some(Value::Obj(c)) => c,
        _ => return Err(PyErr::internal("os.DirEntry is missing")),
    };
    let mut entries = std::collections::VecDeque::new();
    for e in read {
        let e = e.map_err(|err| os_error(vm, &err, Some(&Value::new_str(&dir))))?;
        let name = e.file_name().to_string_lossy().into_owned();
        let path = if prefix.ends_with('/') { format!("{prefix}{name}") } else { format!("{prefix}/{name}") };
        let de = DirEntry { class: entry_class.clone(), name, path, ino: e.ino(), file_type: e.file_type().ok() };
        entries.push_back(Value::from_obj(Payload::Native(Box::new(de))));
    }
    let class = native_class(
        vm,
        "ScandirIterator",
        &[("__enter__", it_iter), ("__exit__", it_exit), ("__iter__", it_iter), ("__next__", it_next), ("close", it_close)],
        &[],
    );
    Ok(Value::from_obj(Payload::Native(Box::new(ScandirIter { class, entries: RefCell::new(entries), closed: Cell::new(false) }))))
}
