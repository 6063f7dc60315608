//! `random.SystemRandom`: a `Random` subclass drawing from the operating
//! system (`/dev/urandom`), as CPython's: `random()` from 56 random bits,
//! `getrandbits(k)` from `(k + 7) // 8` bytes, `seed` does nothing and
//! `getstate`/`setstate` raise `NotImplementedError`.

use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use num_bigint::{BigInt, BigUint};
use std::cell::RefCell;

fn urandom(n: usize) -> PyResult<Vec<u8>> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map_err(|e| PyErr::from_io(&e))?;
    Ok(buf)
}

/// `SystemRandom.random()`.
fn sys_random(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let b = urandom(7)?;
    let x = b.iter().fold(0u64, |acc, &byte| (acc << 8) | byte as u64) >> 3;
    Ok(Value::Float(x as f64 * (1.0 / 9_007_199_254_740_992.0)))
}

/// `SystemRandom.getrandbits(k)`.
fn sys_getrandbits(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(k) = a.pos().get(1) else {
        return Err(PyErr::type_error("SystemRandom.getrandbits() missing 1 required positional argument: 'k'"));
    };
    let k = vm.index_value(k)?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let numbytes = (k as usize).div_ceil(8);
    let x = BigUint::from_bytes_be(&urandom(numbytes)?) >> (numbytes * 8 - k as usize);
    Ok(Value::from_bigint(BigInt::from(x)))
}

/// `SystemRandom.randbytes(n)`.
fn sys_randbytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(n) = a.pos().get(1) else {
        return Err(PyErr::type_error("SystemRandom.randbytes() missing 1 required positional argument: 'n'"));
    };
    let n = vm.index_value(n)?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    Ok(Value::new_bytes(urandom(n as usize)?))
}

/// `SystemRandom.seed(*args, **kwds)`: a stub.
fn sys_seed(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `SystemRandom.getstate()`/`setstate()`.
fn sys_notimplemented(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Err(PyErr::new(ExcKind::NotImplementedError, "System entropy source does not have state."))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("getrandbits", sys_getrandbits),
    ("getstate", sys_notimplemented),
    ("randbytes", sys_randbytes),
    ("random", sys_random),
    ("seed", sys_seed),
    ("setstate", sys_notimplemented),
];

/// The `SystemRandom` class, deriving from `random_class`.
pub fn make_class(vm: &mut Vm, random_class: &Obj) -> PyResult<Value> {
    let mut d = Dict::new();
    d.set_str_key(Value::new_str("__module__"), Value::new_str("random"));
    for &(name, func) in METHODS {
        let b = Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner: Some("SystemRandom") }));
        d.set_str_key(Value::new_str(name), b);
    }
    let ns = Obj::new(Payload::Dict(RefCell::new(d)));
    vm.new_class("SystemRandom", &[Value::Obj(random_class.clone())], &ns, None)
}
