//! Calls: the `Call*` opcodes, argument binding, `MakeFunction`.
//!
//! Fast path: a Python function called with exactly its positional
//! parameters gets its frame built in place — the arguments already on the
//! value stack become its first locals; nothing is copied or allocated
//! (except cells, when the function has any).

use crate::code::{Code, CO_VARARGS, CO_VARKEYWORDS};
use crate::errors::{self, PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, Function};
use crate::value::{Obj, Payload, Value};
use crate::vm::frame::Frame;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// `Call`/`CallMethod`/`CallKw`/`CallMethodKw` with `argc` values on the
    /// stack. Returns true when a Python frame was pushed (the loop must
    /// switch to it); false when the result is already on the stack.
    pub fn call_from_stack(&mut self, argc: usize, is_method: bool, has_kw: bool) -> PyResult<bool> {
        let kwnames = if has_kw { Some(self.pop()) } else { None };
        let n = self.stack.len();
        // Layout: [callable, (self_or_null)?, args...]
        let callable_pos = n - argc - if is_method { 2 } else { 1 };
        let mut args_start = callable_pos + 1;
        if is_method {
            if self.stack[callable_pos + 1].is_null() {
                args_start = callable_pos + 2;
            }
        }
        let callable = self.stack[callable_pos].clone();
        let nkw = kwnames.as_ref().and_then(|k| k.as_tuple()).map(|t| t.len()).unwrap_or(0);

        // Fast path: a Python function, positional arguments only.
        if nkw == 0 {
            // The callable itself when it is a function (no extra clone).
            let method_func: Value;
            let target: Option<&Value> = match callable.payload() {
                Some(Payload::Function(_)) => Some(&callable),
                Some(Payload::Method { func, receiver }) if matches!(func.payload(), Some(Payload::Function(_))) => {
                    // Bound method: slide the receiver in as the first argument.
                    if args_start == callable_pos + 2 {
                        self.stack[callable_pos + 1] = receiver.clone();
                        args_start = callable_pos + 1;
                    } else {
                        self.stack.insert(args_start, receiver.clone());
                    }
                    method_func = func.clone();
                    Some(&method_func)
                }
                _ => None,
            };
            if let Some(fv) = target {
                if let Some(Payload::Function(f)) = fv.payload() {
                    let nargs = self.stack.len() - args_start;
                    let code = &f.code;
                    if is_simple_positional(code, nargs) {
                        let code = code.clone();
                        let nlocals = code.varnames.len();
                        for _ in nargs..nlocals {
                            self.stack.push(Value::Null);
                        }
                        let cells = self.make_cells(&code, f, args_start)?;
                        let frame = Frame {
                            code,
                            ip: 0,
                            base: args_start,
                            ret_to: callable_pos,
                            cells,
                            globals: f.globals.clone(),
                            locals: None,
                            is_generator: false,
                        };
                        self.push_frame(frame)?;
                        return Ok(true);
                    }
                    // General binding.
                    let values: Vec<Value> = self.stack[args_start..].to_vec();
                    let locals = self.bind_arguments(f, Args { values: &values, kwnames: &[] })?;
                    self.stack.truncate(callable_pos);
                    return self.enter_function(fv, f, locals, callable_pos);
                }
            }
        }

        let kwn: &[Value] = kwnames.as_ref().and_then(|k| k.as_tuple()).unwrap_or(&[]);
        if let Some(Payload::Function(f)) = callable.payload() {
            let values: Vec<Value> = self.stack[args_start..].to_vec();
            let locals = self.bind_arguments(f, Args { values: &values, kwnames: kwn })?;
            self.stack.truncate(callable_pos);
            return self.enter_function(&callable, f, locals, callable_pos);
        }
        // Builtins, types, bound methods of builtins: few arguments move to
        // a buffer on the Rust stack rather than a new Vec.
        let nargs = self.stack.len() - args_start;
        let r = if nargs <= SMALL_ARGS {
            let mut buf: [Value; SMALL_ARGS] = [const { Value::Null }; SMALL_ARGS];
            for slot in buf[..nargs].iter_mut().rev() {
                *slot = self.stack.pop().unwrap_or(Value::Null);
            }
            self.stack.truncate(callable_pos);
            self.call_args(&callable, Args { values: &buf[..nargs], kwnames: kwn })?
        } else {
            let values: Vec<Value> = self.stack.split_off(args_start);
            self.stack.truncate(callable_pos);
            self.call_args(&callable, Args { values: &values, kwnames: kwn })?
        };
        self.stack.push(r);
        Ok(false)
    }

    /// `CallEx`: arguments from a tuple and an optional dict.
    pub fn call_ex_from_stack(&mut self, has_kwargs: bool) -> PyResult<bool> {
        let kwargs = if has_kwargs { Some(self.pop()) } else { None };
        let args = self.pop();
        let callable = self.pop();
        let mut values: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(t)) => t.clone(),
            _ => match self.collect(&args) {
                Ok(v) => v,
                Err(e) => {
                    return Err(if self.is_not_iterable_error(&e, &args) {
                        let fname = self.callable_name(&callable);
                        PyErr::type_error(format!(
                            "{fname} argument after * must be an iterable, not {}",
                            self.type_name(&args)
                        ))
                    } else {
                        e
                    })
                }
            },
        };
        let mut kwnames = Vec::new();
        if let Some(kw) = kwargs {
            for (k, v) in self.mapping_items(&kw)? {
                kwnames.push(k);
                values.push(v);
            }
        }
        if let Some(Payload::Function(f)) = callable.payload() {
            let locals = self.bind_arguments(f, Args { values: &values, kwnames: &kwnames })?;
            let ret_to = self.stack.len();
            return self.enter_function(&callable, f, locals, ret_to);
        }
        let r = self.call_args(&callable, Args { values: &values, kwnames: &kwnames })?;
        self.stack.push(r);
        Ok(false)
    }

    /// Pushes a frame for `f` with bound `locals` (or makes a generator).
    /// Returns true if a frame was pushed.
    fn enter_function(&mut self, fv: &Value, f: &Function, locals: Vec<Value>, ret_to: usize) -> PyResult<bool> {
        if f.code.is_generator() {
            let g = self.make_generator(fv, f, locals)?;
            self.stack.push(g);
            return Ok(false);
        }
        let base = self.stack.len();
        self.stack.extend(locals);
        self.push_function_frame(f, base, ret_to, None)?;
        Ok(true)
    }

    /// Pushes the frame record of a call to `f` whose locals already sit on
    /// the stack from `base` (`locals` is the namespace of a class body).
    #[inline]
    pub fn push_function_frame(&mut self, f: &Function, base: usize, ret_to: usize, locals: Option<Obj>) -> PyResult<()> {
        let cells = self.make_cells(&f.code, f, base)?;
        let frame = Frame {
            code: f.code.clone(),
            ip: 0,
            base,
            ret_to,
            cells,
            globals: f.globals.clone(),
            locals,
            is_generator: false,
        };
        self.push_frame(frame)
    }

    /// `push_function_frame`, then runs the frame to its return (a call
    /// made from Rust code).
    pub fn run_function_frame(&mut self, f: &Function, base: usize, ret_to: usize, locals: Option<Obj>) -> PyResult<Value> {
        self.push_function_frame(f, base, ret_to, locals)?;
        self.run_frame_to_completion()
    }

    /// New cells for the code's cellvars (parameters copied in), followed
    /// by the function's closure cells.
    #[inline(always)]
    pub fn make_cells(&mut self, code: &Rc<Code>, f: &Function, base: usize) -> PyResult<Vec<Value>> {
        if code.cellvars.is_empty() && code.freevars.is_empty() {
            return Ok(Vec::new());
        }
        self.make_cells_slow(code, f, base)
    }

    fn make_cells_slow(&mut self, code: &Rc<Code>, f: &Function, base: usize) -> PyResult<Vec<Value>> {
        let mut cells = Vec::with_capacity(code.cellvars.len() + f.closure.len());
        for _ in 0..code.cellvars.len() {
            cells.push(Value::new_cell(Value::Null));
        }
        for &(cell_ix, param_ix) in &code.cell_params {
            let v = self.stack.get(base + param_ix as usize).cloned().unwrap_or(Value::Null);
            if let Some(Payload::Cell(c)) = cells.get(cell_ix as usize).and_then(|c| c.payload()) {
                *c.borrow_mut() = v;
            }
        }
        cells.extend(f.closure.iter().cloned());
        Ok(cells)
    }

    /// Calls any callable from Rust, running Python code to completion.
    pub fn call_args(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        match callable.payload() {
            Some(Payload::Function(f)) => {
                let ret_to = self.stack.len();
                let base = ret_to;
                let code = &f.code;
                if args.kwnames.is_empty() && is_simple_positional(code, args.values.len()) {
                    // Fast path (a sort key, `__init__`): the arguments become
                    // the first locals directly, as in `call_from_stack`.
                    self.stack.extend_from_slice(args.values);
                    for _ in args.values.len()..code.varnames.len() {
                        self.stack.push(Value::Null);
                    }
                } else {
                    let locals = self.bind_arguments(f, args)?;
                    if f.code.is_generator() {
                        return self.make_generator(callable, f, locals);
                    }
                    self.stack.extend(locals);
                }
                self.run_function_frame(f, base, ret_to, None)
            }
            Some(Payload::Builtin(b)) => {
                let func = b.func;
                if b.receiver.is_null() {
                    func(self, args)
                } else {
                    let n = args.values.len() + 1;
                    if n <= SMALL_ARGS {
                        let mut buf: [Value; SMALL_ARGS] = [const { Value::Null }; SMALL_ARGS];
                        buf[0] = b.receiver.clone();
                        buf[1..n].clone_from_slice(args.values);
                        func(self, Args { values: &buf[..n], kwnames: args.kwnames })
                    } else {
                        let mut all = Vec::with_capacity(n);
                        all.push(b.receiver.clone());
                        all.extend_from_slice(args.values);
                        func(self, Args { values: &all, kwnames: args.kwnames })
                    }
                }
            }
            Some(Payload::Method { func, receiver }) => self.call_with_receiver(func, receiver, args),
            Some(Payload::Type(_)) => {
                let c = callable.as_obj().cloned().ok_or_else(|| PyErr::internal("type call"))?;
                self.call_type(&c, args)
            }
            Some(Payload::StaticMethod(f)) => {
                let f = f.clone();
                self.call_args(&f, args)
            }
            _ => {
                let ty = self.type_of(callable);
                match self.lookup_in_type(&ty, "__call__") {
                    Some(f) => self.call_with_receiver(&f, callable, args),
                    None => Err(errors::not_callable(&self.type_name(callable))),
                }
            }
        }
    }

    /// `func(receiver, *args)`: a bound method's call, `__init__`,
    /// `__call__`. A Python function gets the receiver and the arguments
    /// straight into its first locals and a builtin gets them from a
    /// buffer on the Rust stack; only other callables (or many arguments)
    /// cost an argument vector.
    pub fn call_with_receiver(&mut self, func: &Value, receiver: &Value, args: Args<'_>) -> PyResult<Value> {
        match func.payload() {
            Some(Payload::Function(f)) if args.kwnames.is_empty() && is_simple_positional(&f.code, args.values.len() + 1) => {
                let base = self.stack.len();
                self.stack.push(receiver.clone());
                self.stack.extend_from_slice(args.values);
                for _ in args.values.len() + 1..f.code.varnames.len() {
                    self.stack.push(Value::Null);
                }
                self.run_function_frame(f, base, base, None)
            }
            Some(Payload::Builtin(b)) if args.values.len() < SMALL_ARGS => {
                // `b.receiver` (if any) goes first, then `receiver`.
                let nfixed = if b.receiver.is_null() { 1 } else { 2 };
                let n = nfixed + args.values.len();
                if n <= SMALL_ARGS {
                    let mut buf: [Value; SMALL_ARGS] = [const { Value::Null }; SMALL_ARGS];
                    if nfixed == 2 {
                        buf[0] = b.receiver.clone();
                    }
                    buf[nfixed - 1] = receiver.clone();
                    buf[nfixed..n].clone_from_slice(args.values);
                    return (b.func)(self, Args { values: &buf[..n], kwnames: args.kwnames });
                }
                self.call_with_receiver_vec(func, receiver, args)
            }
            _ => self.call_with_receiver_vec(func, receiver, args),
        }
    }

    fn call_with_receiver_vec(&mut self, func: &Value, receiver: &Value, args: Args<'_>) -> PyResult<Value> {
        let mut all = Vec::with_capacity(args.values.len() + 1);
        all.push(receiver.clone());
        all.extend_from_slice(args.values);
        self.call_args(func, Args { values: &all, kwnames: args.kwnames })
    }

    /// A callable's name for messages, as CPython's `_PyObject_FunctionStr`:
    /// `__main__.f()`, `str.join()`, `len()`.
    pub fn callable_name(&self, c: &Value) -> String {
        match c.payload() {
            Some(Payload::Function(f)) => {
                let q = f.qualname.borrow().as_str().unwrap_or("?").to_string();
                match f.module.borrow().as_str() {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Some(Payload::Method { func, .. }) => self.callable_name(func),
            Some(Payload::Builtin(b)) => match b.owner {
                Some(o) if o != "builtins" => format!("{o}.{}()", b.name),
                _ => format!("{}()", b.name),
            },
            Some(Payload::Type(t)) => {
                let q = t.qualname.borrow().clone();
                let m = t.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(String::from));
                match m {
                    Some(m) if t.is_heap() && m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            _ => format!("{} object", self.type_name(c)),
        }
    }

    /// Did collecting `v` fail because `v` is not iterable at all (a
    /// TypeError, and `v` has no `__iter__` and no `__getitem__`)?
    pub fn is_not_iterable_error(&mut self, e: &PyErr, v: &Value) -> bool {
        if !self.err_is(e, crate::errors::ExcKind::TypeError) {
            return false;
        }
        let t = self.type_of(v);
        self.lookup_in_type(&t, "__iter__").is_none()
            && self.lookup_in_type(&t, "__getitem__").is_none()
            && !matches!(
                v.payload(),
                Some(
                    Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Str(_)
                        | Payload::Dict(_)
                        | Payload::Set(_)
                        | Payload::FrozenSet(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                        | Payload::Range { .. }
                        | Payload::Generator(_)
                        | Payload::Iter(_)
                )
            )
    }

    /// The error of `[*v]` / `f(a, *v)` (`ListExtend`) when `v` is not
    /// iterable.
    pub fn star_arg_error(&mut self, e: PyErr, v: &Value) -> PyErr {
        if self.is_not_iterable_error(&e, v) {
            PyErr::type_error(format!("Value after * must be an iterable, not {}", self.type_name(v)))
        } else {
            e
        }
    }

    /// Binds `args` to `f`'s parameters: the initial locals.
    pub fn bind_arguments(&mut self, f: &Function, args: Args<'_>) -> PyResult<Vec<Value>> {
        let code = &f.code;
        let nlocals = code.varnames.len();
        let mut locals = vec![Value::Null; nlocals];
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let pos = args.pos();
        // The qualified name, for error messages only.
        let qual_of = || f.qualname.borrow().as_str().unwrap_or("?").to_string();

        let npos = pos.len().min(argcount);
        locals[..npos].clone_from_slice(&pos[..npos]);
        let varargs_ix = argcount + kwonly;
        if has_varargs {
            let extra = if pos.len() > argcount { pos[argcount..].to_vec() } else { Vec::new() };
            locals[varargs_ix] = Value::new_tuple(extra);
        } else if pos.len() > argcount {
            let ndefaults = f.defaults.borrow().len();
            let given_kwonly = args.kw().filter(|(n, _)| {
                code.varnames[argcount..argcount + kwonly].iter().any(|v| &**v == *n)
            }).count();
            let takes = if ndefaults > 0 {
                format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = pos.len();
            let kwpart = if given_kwonly > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    given_kwonly,
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was = if given == 1 && given_kwonly == 0 { "was" } else { "were" };
            let qual = qual_of();
            return Err(PyErr::type_error(if kwpart.is_empty() {
                format!("{qual}() takes {takes} but {given} {was} given")
            } else {
                format!("{qual}() takes {takes} but {given}{kwpart} were given")
            }));
        }
        let varkw_ix = varargs_ix + has_varargs as usize;
        let mut varkw: Option<Dict> = if has_varkw { Some(Dict::new()) } else { None };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in args.kw() {
            let slot = code.varnames[..argcount + kwonly].iter().position(|v| &**v == name);
            match slot {
                Some(i) if i >= posonly => {
                    if !locals[i].is_null() {
                        return Err(PyErr::type_error(format!("{}() got multiple values for argument '{name}'", qual_of())));
                    }
                    locals[i] = value.clone();
                }
                _ => {
                    if let Some(d) = varkw.as_mut() {
                        let key = self.intern(name);
                        d.set_str_key(key, value.clone());
                    } else if slot.is_some() {
                        posonly_as_kw.push(name.to_string());
                    } else {
                        return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{name}'", qual_of())));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual_of(),
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = varkw {
            locals[varkw_ix] = Value::new_dict(d);
        }
        // Defaults for missing positional parameters.
        let defaults = f.defaults.borrow();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argcount {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qual_of(), "positional", &missing));
        }
        let mut missing_kw: Vec<String> = Vec::new();
        for i in argcount..argcount + kwonly {
            if locals[i].is_null() {
                let name = &code.varnames[i];
                let d = f.kwdefaults.borrow();
                let dv = match d.payload() {
                    Some(Payload::Dict(dd)) => dd.borrow().get_str(name).cloned(),
                    _ => None,
                };
                match dv {
                    Some(v) => locals[i] = v,
                    None => missing_kw.push(name.to_string()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(missing_error(&qual_of(), "keyword-only", &missing_kw));
        }
        Ok(locals)
    }

    /// `MakeFunction`.
    pub fn make_function(&mut self, fi: usize, flags: u32) -> PyResult<Value> {
        let code_v = self.pop();
        let code = code_v.as_code().cloned().ok_or_else(|| PyErr::internal("MakeFunction without code"))?;
        let closure = if flags & 8 != 0 {
            match self.pop().as_tuple() {
                Some(t) => t.to_vec(),
                None => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let annotations = if flags & 4 != 0 { self.pop() } else { Value::None };
        let kwdefaults = if flags & 2 != 0 { self.pop() } else { Value::None };
        let defaults = if flags & 1 != 0 {
            match self.pop().as_tuple() {
                Some(t) => t.to_vec(),
                None => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = self.frames[fi].globals.clone();
        let module = match globals.payload() {
            Payload::Dict(d) => d.borrow().get_str("__name__").cloned().unwrap_or(Value::None),
            _ => Value::None,
        };
        let name = self.intern(&code.name);
        let qualname = Value::new_str(&code.qualname);
        let doc = code.doc.clone().unwrap_or(Value::None);
        Ok(Value::from_obj(Payload::Function(Box::new(Function {
            code,
            globals,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(annotations),
            dict: RefCell::new(Dict::new()),
        }))))
    }

    /// A new function object (used by `__build_class__` and embedders).
    pub fn new_function(&mut self, code: Rc<Code>, globals: Obj) -> Value {
        let name = self.intern(&code.name);
        Value::from_obj(Payload::Function(Box::new(Function {
            qualname: RefCell::new(Value::new_str(&code.qualname)),
            doc: RefCell::new(code.doc.clone().unwrap_or(Value::None)),
            code,
            globals,
            defaults: RefCell::new(Vec::new()),
            kwdefaults: RefCell::new(Value::None),
            closure: Vec::new(),
            name: RefCell::new(name),
            module: RefCell::new(Value::None),
            annotations: RefCell::new(Value::None),
            dict: RefCell::new(Dict::new()),
        })))
    }
}

/// Arguments a call to a builtin passes in a stack buffer (more: a Vec).
const SMALL_ARGS: usize = 4;

/// Can a call with `nargs` positional arguments (and no keywords) bind
/// them as the first locals as they are: exactly the positional
/// parameters, no `*args`/`**kwargs`/keyword-only ones, not a generator.
#[inline]
fn is_simple_positional(code: &Code, nargs: usize) -> bool {
    nargs == code.argcount as usize
        && code.kwonlyargcount == 0
        && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
        && !code.is_generator()
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`
fn missing_error(qual: &str, kind: &str, names: &[String]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    };
    PyErr::type_error(format!(
        "{qual}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}
