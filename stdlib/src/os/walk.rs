//! `os.stat`/`os.lstat` (with `os.stat_result`), the `os.path` time
//! getters, and `os.walk`.
//!
//! `os.walk` is an iterator object that walks as CPython 3.11's generator
//! does: top-down, it yields `(dirpath, dirnames, filenames)` and only then
//! reads `dirnames` back, so a caller pruning it in place (`dirs[:] = ...`)
//! steers the walk; children follow in `dirnames` order, symlinked
//! directories are listed but entered only with `followlinks=True`.
//! Bottom-up walks are collected in full on the first `next()`. Names come
//! in directory order (CPython's `scandir` order).

use super::{bind, os_error, path_arg, required};
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::os::unix::fs::MetadataExt;

const STAT_FIELDS: [&str; 10] = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

/// The `os.stat_result` class (items 7-9 are int seconds; the attributes
/// of the same names are float seconds).
pub fn stat_result_class(vm: &mut Vm) -> PyResult<Value> {
    crate::structseq::make_class_with_properties(vm, "stat_result", "os", "os.stat_result", &STAT_FIELDS, 7)
}

fn stat_value(vm: &mut Vm, m: &std::fs::Metadata) -> PyResult<Value> {
    let cls = crate::args::module_attr(vm, "os", "stat_result").ok_or_else(|| PyErr::internal("os.stat_result is missing"))?;
    let items = vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
    ];
    let st = crate::structseq::new(vm, &cls, items)?;
    let times = [("atime", m.atime(), m.atime_nsec()), ("mtime", m.mtime(), m.mtime_nsec()), ("ctime", m.ctime(), m.ctime_nsec())];
    for (name, sec, nsec) in times {
        vm.set_attr_str(&st, &format!("st_{name}"), Value::Float(sec as f64 + nsec as f64 * 1e-9))?;
        vm.set_attr_str(&st, &format!("st_{name}_ns"), Value::Int(sec * 1_000_000_000 + nsec))?;
    }
    vm.set_attr_str(&st, "st_blksize", Value::Int(m.blksize() as i64))?;
    vm.set_attr_str(&st, "st_blocks", Value::Int(m.blocks() as i64))?;
    vm.set_attr_str(&st, "st_rdev", Value::Int(m.rdev() as i64))?;
    Ok(st)
}

fn stat_impl(vm: &mut Vm, a: &Args<'_>, fname: &str, follow: bool) -> PyResult<Value> {
    let s = bind(a, fname, ["path", "dir_fd", "follow_symlinks"], 1)?;
    let p = path_arg(vm, required(s[0]), fname)?;
    let follow = match s[2] {
        Some(v) => follow && vm.truthy(v)?,
        None => follow,
    };
    let m = if follow { std::fs::metadata(&p.text) } else { std::fs::symlink_metadata(&p.text) };
    let m = m.map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    stat_value(vm, &m)
}

/// `os.stat(path, *, dir_fd=None, follow_symlinks=True)`.
pub fn os_stat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    stat_impl(vm, &a, "stat", true)
}

/// `os.lstat(path, *, dir_fd=None)`.
pub fn os_lstat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    stat_impl(vm, &a, "lstat", false)
}

fn path_time(vm: &mut Vm, a: &Args<'_>, fname: &str, pick: fn(&std::fs::Metadata) -> (i64, i64)) -> PyResult<Value> {
    let s = bind(a, fname, ["filename"], 1)?;
    let p = path_arg(vm, required(s[0]), "stat")?;
    let m = std::fs::metadata(&p.text).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    let (sec, nsec) = pick(&m);
    Ok(Value::Float(sec as f64 + nsec as f64 * 1e-9))
}

/// `os.path.getmtime(filename)`.
pub fn path_getmtime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    path_time(vm, &a, "getmtime", |m| (m.mtime(), m.mtime_nsec()))
}
/// `os.path.getatime(filename)`.
pub fn path_getatime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    path_time(vm, &a, "getatime", |m| (m.atime(), m.atime_nsec()))
}
/// `os.path.getctime(filename)`.
pub fn path_getctime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    path_time(vm, &a, "getctime", |m| (m.ctime(), m.ctime_nsec()))
}

// ---- os.walk ----------------------------------------------------------------

fn join(top: &str, name: &str) -> String {
    if top.is_empty() || top.ends_with('/') {
        format!("{top}{name}")
    } else {
        format!("{top}/{name}")
    }
}

fn is_symlink(p: &str) -> bool {
    std::fs::symlink_metadata(p).map_or(false, |m| m.file_type().is_symlink())
}

/// One directory read: its subdirectory and other names (in directory
/// order), or the error.
fn scan(top: &str) -> std::io::Result<(Vec<String>, Vec<String>)> {
    let mut dirs = Vec::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(top)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        // `DirEntry.is_dir()` follows symlinks; a broken one is not a dir.
        let is_dir = std::fs::metadata(entry.path()).map_or(false, |m| m.is_dir());
        if is_dir {
            dirs.push(name);
        } else {
            files.push(name);
        }
    }
    Ok((dirs, files))
}

struct WalkState {
    /// Directories still to visit (top-down), the next on top.
    pending: Vec<String>,
    /// The last directory yielded and its `dirnames` list, expanded on the
    /// next call (after the caller may have pruned it).
    expand: Option<(String, Value)>,
    /// Bottom-up: every triple, computed on the first call.
    bottom_up: Option<std::collections::VecDeque<Value>>,
    top: String,
}

/// The iterator `os.walk` returns.
pub struct WalkIter {
    class: Obj,
    topdown: bool,
    followlinks: bool,
    onerror: Value,
    state: RefCell<WalkState>,
}

impl NativeObject for WalkIter {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn strs(v: Vec<String>) -> Value {
    Value::new_list(v.into_iter().map(Value::from_string).collect())
}

impl WalkIter {
    /// Reports a directory that cannot be read to `onerror`, if given.
    fn report(&self, vm: &mut Vm, e: &std::io::Error, path: &str) -> PyResult<()> {
        if self.onerror.is_none() {
            return Ok(());
        }
        let err = os_error(vm, e, Some(&Value::new_str(path)));
        let exc = vm.normalize(err);
        vm.call(&self.onerror, &[exc])?;
        Ok(())
    }

    fn next_topdown(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let expand = self.state.borrow_mut().expand.take();
        if let Some((path, dirs)) = expand {
            let names = vm.collect(&dirs)?;
            let mut children = Vec::with_capacity(names.len());
            for n in names {
                let Some(name) = n.as_str() else { continue };
                let child = join(&path, name);
                if self.followlinks || !is_symlink(&child) {
                    children.push(child);
                }
            }
            let mut st = self.state.borrow_mut();
            st.pending.extend(children.into_iter().rev());
        }
        loop {
            let Some(top) = self.state.borrow_mut().pending.pop() else { return Ok(None) };
            match scan(&top) {
                Err(e) => self.report(vm, &e, &top)?,
                Ok((dirs, files)) => {
                    let dirs = strs(dirs);
                    self.state.borrow_mut().expand = Some((top.clone(), dirs.clone()));
                    return Ok(Some(Value::new_tuple(vec![Value::from_string(top), dirs, strs(files)])));
                }
            }
        }
    }

    fn collect_bottom_up(&self, vm: &mut Vm, top: &str, out: &mut std::collections::VecDeque<Value>) -> PyResult<()> {
        let (dirs, files) = match scan(top) {
            Ok(r) => r,
            Err(e) => return self.report(vm, &e, top),
        };
        for d in &dirs {
            let child = join(top, d);
            if self.followlinks || !is_symlink(&child) {
                self.collect_bottom_up(vm, &child, out)?;
            }
        }
        out.push_back(Value::new_tuple(vec![Value::new_str(top), strs(dirs), strs(files)]));
        Ok(())
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a WalkIter> {
    match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<WalkIter>().ok_or_else(|| PyErr::type_error("expected a walk iterator")),
        _ => Err(PyErr::type_error("expected a walk iterator")),
    }
}

fn walk_iter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(a.pos().first().cloned().unwrap_or(Value::None))
}

fn walk_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let w = this(&a)?;
    let item = if w.topdown {
        w.next_topdown(vm)?
    } else {
        if w.state.borrow().bottom_up.is_none() {
            let top = w.state.borrow().top.clone();
            let mut all = std::collections::VecDeque::new();
            w.collect_bottom_up(vm, &top, &mut all)?;
            w.state.borrow_mut().bottom_up = Some(all);
        }
        w.state.borrow_mut().bottom_up.as_mut().and_then(|q| q.pop_front())
    };
    item.ok_or_else(PyErr::stop_iteration)
}

const METHODS: &[(&str, NativeFn)] = &[("__iter__", walk_iter), ("__next__", walk_next)];

fn walk_class(vm: &mut Vm) -> PyResult<Obj> {
    if let Some(Value::Obj(c)) = crate::args::module_attr(vm, "os", "_walk_iterator") {
        return Ok(c);
    }
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new("generator", TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, "generator", METHODS);
    Ok(cls)
}

/// The class of `os.walk` iterators (kept in the module as `_walk_iterator`).
pub fn make_walk_class(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::Obj(walk_class(vm)?))
}

/// `os.walk(top, topdown=True, onerror=None, followlinks=False)`.
pub fn os_walk(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "walk", ["top", "topdown", "onerror", "followlinks"], 1)?;
    let top = path_arg(vm, required(s[0]), "walk")?;
    let topdown = match s[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let followlinks = match s[3] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let onerror = s[2].cloned().unwrap_or(Value::None);
    let class = walk_class(vm)?;
    let state = WalkState { pending: vec![top.text.clone()], expand: None, bottom_up: None, top: top.text };
    Ok(Value::from_obj(Payload::Native(Box::new(WalkIter { class, topdown, followlinks, onerror, state: RefCell::new(state) }))))
}
