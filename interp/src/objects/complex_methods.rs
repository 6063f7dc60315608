//! Methods of `complex` (its arithmetic lives in `number.rs`).

use crate::errors::{PyErr, PyResult};
use crate::objects::function::{Args, NativeFn};
use crate::value::{Payload, Value};
use crate::vm::Vm;

fn this_complex(args: &Args<'_>) -> PyResult<(f64, f64)> {
    match args.pos().first().map(crate::builtins::unwrap_builtin).as_ref().and_then(|v| v.payload()) {
        Some(Payload::Complex(re, im)) => Ok((*re, *im)),
        _ => Err(PyErr::type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_conjugate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() != 1 {
        return Err(PyErr::type_error(format!(
            "complex.conjugate() takes no arguments ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    }
    let (re, im) = this_complex(&args)?;
    Ok(Value::new_complex(re, -im))
}

fn complex_getnewargs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this_complex(&args)?;
    Ok(Value::new_tuple(vec![Value::Float(re), Value::Float(im)]))
}

pub const COMPLEX_METHODS: &[(&str, NativeFn)] =
    &[("conjugate", complex_conjugate), ("__getnewargs__", complex_getnewargs)];
