//! Generators: creation, resumption (`next`, `send`, `throw`, `close`) and
//! `yield from` delegation.
//!
//! To resume, the generator's saved slots are pushed onto the thread's value
//! stack and its frame record pushed; `execute` runs it until `YieldValue`
//! (the slots go back into the generator) or return.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::function::Function;
use crate::objects::generator::Generator;
use crate::value::{Payload, Value};
use crate::vm::frame::Frame;
use crate::vm::{FrameExit, Vm};
use std::cell::RefCell;

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Calling a generator function: a generator object, not yet started.
    pub fn make_generator(&mut self, _fv: &Value, f: &Function, locals: Vec<Value>) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.extend(locals);
        let cells = self.make_cells(&f.code, f, base)?;
        let saved = self.stack.split_off(base);
        let frame = Frame {
            code: f.code.clone(),
            ip: 0,
            base: 0,
            ret_to: 0,
            cells,
            globals: f.globals.clone(),
            locals: None,
            is_generator: true,
        };
        Ok(Value::from_obj(Payload::Generator(RefCell::new(Generator {
            frame: Some(frame),
            saved,
            running: false,
            just_started: true,
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
            exc_state: Value::None,
        }))))
    }

    /// Resumes `gen` with `sent` pushed (or `exc` raised) at the yield point.
    fn resume(&mut self, gen: &Value, sent: Value, exc: Option<PyErr>) -> PyResult<SendResult> {
        let Some(Payload::Generator(cell)) = gen.payload() else {
            return Err(PyErr::internal("resume on a non-generator"));
        };
        let (mut frame, mut saved, just_started, exc_state) = {
            let mut g = cell.borrow_mut();
            if g.running {
                return Err(PyErr::value_error("generator already executing"));
            }
            if g.just_started && exc.is_some() && g.frame.is_some() {
                // Thrown into before it started: the body never runs.
                g.frame = None;
                g.saved.clear();
                return Err(exc.unwrap_or_else(|| PyErr::internal("throw")));
            }
            let Some(frame) = g.frame.take() else {
                return match exc {
                    Some(e) => Err(e),
                    None => Ok(SendResult::Returned(Value::Null)),
                };
            };
            g.running = true;
            let js = g.just_started;
            g.just_started = false;
            (frame, std::mem::take(&mut g.saved), js, std::mem::replace(&mut g.exc_state, Value::None))
        };
        if just_started && exc.is_none() && !sent.is_none() {
            let mut g = cell.borrow_mut();
            g.running = false;
            g.just_started = true;
            g.frame = Some(frame);
            g.saved = saved;
            g.exc_state = exc_state;
            return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
        }
        // The generator's own handled exception, if any, replaces the
        // caller's while it runs (else the caller's shows through, as in
        // CPython's exc_info chain).
        let caller_handled = if exc_state.is_none() {
            self.handled.clone()
        } else {
            std::mem::replace(&mut self.handled, exc_state)
        };
        let base = self.stack.len();
        frame.base = base;
        frame.ret_to = base;
        // Move the slots in, keeping `saved`'s buffer for the next yield.
        self.stack.append(&mut saved);
        if !just_started && exc.is_none() {
            self.stack.push(sent);
        }
        self.push_frame(frame)?;
        let entry = self.frames.len() - 1;
        let result = match exc {
            Some(e) => self.execute_with_error(entry, e),
            None => self.execute(entry),
        };
        let own_handled = std::mem::replace(&mut self.handled, caller_handled.clone());
        let mut g = cell.borrow_mut();
        g.running = false;
        match result {
            Ok(FrameExit::Yield(v)) => {
                let frame = self.frames.pop();
                if let Some(f) = frame {
                    saved.extend(self.stack.drain(f.base..));
                    g.saved = saved;
                    g.frame = Some(f);
                }
                if !own_handled.is(&caller_handled) {
                    g.exc_state = own_handled;
                }
                Ok(SendResult::Yielded(v))
            }
            Ok(FrameExit::Return(v)) => Ok(SendResult::Returned(v)),
            Err(e) => {
                drop(g);
                // StopIteration escaping a generator becomes RuntimeError (PEP 479).
                if self.err_is(&e, ExcKind::StopIteration) {
                    let cause = self.normalize(e);
                    let rt = self.new_exception(ExcKind::RuntimeError, vec![Value::new_str("generator raised StopIteration")]);
                    if let Some(d) = crate::vm::exc::exc_data(&rt) {
                        d.borrow_mut().cause = cause.clone();
                        d.borrow_mut().context = cause;
                    }
                    return Err(PyErr::from_object(rt));
                }
                Err(e)
            }
        }
    }

    /// Runs frame `entry` starting by raising `err` at its current point.
    fn execute_with_error(&mut self, entry: usize, err: PyErr) -> PyResult<FrameExit> {
        let ip = self.frames[entry].ip;
        match self.unwind(entry, ip, err, true) {
            Ok(handler) => {
                self.frames[entry].ip = handler;
                self.execute(entry)
            }
            Err((e, _)) => Err(e),
        }
    }

    /// `next(gen)`: `Some(value)` or `None` when it returned.
    pub fn generator_next(&mut self, gen: &Value) -> PyResult<Option<Value>> {
        match self.resume(gen, Value::None, None)? {
            SendResult::Yielded(v) => Ok(Some(v)),
            SendResult::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(v)`; a return becomes StopIteration(value).
    pub fn generator_send(&mut self, gen: &Value, v: Value) -> PyResult<Value> {
        match self.resume(gen, v, None)? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(r) => Err(self.stop_iteration_with(r)),
        }
    }

    pub fn stop_iteration_with(&mut self, r: Value) -> PyErr {
        let args = if r.is_none() || r.is_null() { vec![] } else { vec![r] };
        PyErr::from_object(self.new_exception(ExcKind::StopIteration, args))
    }

    /// `gen.throw(exc)`.
    pub fn generator_throw(&mut self, gen: &Value, exc: PyErr) -> PyResult<Value> {
        // Delegate to a sub-iterator when suspended inside `yield from`.
        if let Some(sub) = self.yield_from_target(gen) {
            let is_gen_exit = self.err_is(&exc, ExcKind::GeneratorExit);
            let r = if let Some(Payload::Generator(_)) = sub.payload() {
                if is_gen_exit {
                    self.generator_close(&sub).map(|_| None::<Value>)
                } else {
                    match self.generator_throw(&sub, exc) {
                        Ok(v) => return Ok(v),
                        Err(e) => Err(e),
                    }
                }
            } else {
                Err(exc)
            };
            match r {
                Ok(_) => return self.throw_into(gen, self_gen_exit()),
                Err(e) if self.err_is(&e, ExcKind::StopIteration) => {
                    // The sub-generator returned: resume past the Send with its value.
                    let ev = self.normalize(e);
                    let value = self.get_attr_str(&ev, "value").unwrap_or(Value::None);
                    return self.finish_yield_from(gen, value);
                }
                Err(e) => return self.throw_into(gen, e),
            }
        }
        self.throw_into(gen, exc)
    }

    fn throw_into(&mut self, gen: &Value, exc: PyErr) -> PyResult<Value> {
        match self.resume(gen, Value::None, Some(exc))? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(r) => Err(self.stop_iteration_with(r)),
        }
    }

    /// The receiver of the `Send` a suspended generator is parked after.
    fn yield_from_target(&self, gen: &Value) -> Option<Value> {
        let Some(Payload::Generator(cell)) = gen.payload() else { return None };
        let g = cell.borrow();
        let frame = g.frame.as_ref()?;
        let ip = frame.ip;
        let code = &frame.code;
        if ip >= 2 && code.instructions[ip - 1].op == crate::code::Op::YieldValue && code.instructions[ip - 2].op == crate::code::Op::Send {
            return g.saved.last().cloned();
        }
        None
    }

    /// Ends a `yield from` with `value`: pops the receiver, pushes the value,
    /// jumps past the loop, and runs on.
    fn finish_yield_from(&mut self, gen: &Value, value: Value) -> PyResult<Value> {
        let Some(Payload::Generator(cell)) = gen.payload() else { return Err(PyErr::internal("gen")) };
        {
            let mut g = cell.borrow_mut();
            let target = match g.frame.as_ref() {
                Some(f) => f.code.instructions[f.ip - 2].arg as usize,
                None => return Err(PyErr::internal("finished generator")),
            };
            g.saved.pop();
            g.saved.push(value);
            if let Some(f) = g.frame.as_mut() {
                f.ip = target;
            }
            // Resume without pushing a sent value: mark as just started.
            g.just_started = true;
        }
        match self.resume(gen, Value::None, None)? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(r) => Err(self.stop_iteration_with(r)),
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, gen: &Value) -> PyResult<Value> {
        let Some(Payload::Generator(cell)) = gen.payload() else { return Ok(Value::None) };
        if cell.borrow().frame.is_none() {
            return Ok(Value::None);
        }
        if cell.borrow().just_started {
            let mut g = cell.borrow_mut();
            g.frame = None;
            g.saved.clear();
            return Ok(Value::None);
        }
        match self.generator_throw(gen, self_gen_exit()) {
            Ok(_) => Err(PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
            Err(e) if self.err_is(&e, ExcKind::GeneratorExit) || self.err_is(&e, ExcKind::StopIteration) => Ok(Value::None),
            Err(e) => Err(e),
        }
    }

    /// `GetYieldFromIter`.
    pub fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Payload::Generator(_)) = v.payload() {
            return Ok(v);
        }
        self.get_iter(&v)
    }

    /// `Send`: one step of `yield from`.
    pub fn send_to(&mut self, receiver: &Value, v: Value) -> PyResult<SendResult> {
        match receiver.payload() {
            Some(Payload::Generator(_)) => match self.resume(receiver, v, None)? {
                SendResult::Returned(r) => Ok(SendResult::Returned(if r.is_null() { Value::None } else { r })),
                y => Ok(y),
            },
            _ => {
                let r = if v.is_none() {
                    self.next(receiver).map(|o| o.map(SendResult::Yielded))
                } else {
                    self.call_method(receiver, "send", &[v]).map(|x| Some(SendResult::Yielded(x)))
                };
                match r {
                    Ok(Some(y)) => Ok(y),
                    Ok(None) => Ok(SendResult::Returned(Value::None)),
                    Err(e) if self.err_is(&e, ExcKind::StopIteration) => {
                        let ev = self.normalize(e);
                        let value = self.get_attr_str(&ev, "value").unwrap_or(Value::None);
                        Ok(SendResult::Returned(value))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

fn self_gen_exit() -> PyErr {
    PyErr::new(ExcKind::GeneratorExit, "")
}
