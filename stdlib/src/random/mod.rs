//! `random`: CPython 3.11's `random` module over the Mersenne Twister
//! (`mt.rs`), producing the same sequences as CPython for the same seeds.
//!
//! CPython splits the module in two: the C `_random.Random` (the generator,
//! `seed`, `random`, `getrandbits`, `getstate`/`setstate`) and `random.py`
//! (everything built on them). Here both halves are one native class,
//! `Random`; its methods follow `random.py` step for step, so every method
//! draws the same words in the same order as CPython's (`randrange` uses
//! `_randbelow_with_getrandbits`, `sample` switches between its pool and
//! set algorithms at the same size, `choices` bisects the same way).
//!
//! Subclasses: a Python class deriving from `Random` wraps a `RandomObject`
//! (see `new_instance` for native layouts). When the subclass overrides
//! `random()` or `getrandbits()`, the methods here call the override, and
//! `_randbelow` picks CPython's algorithm by the same rule as
//! `Random.__init_subclass__`. The module-level functions are the methods
//! of one hidden instance, as `random._inst`.
//!
//! Files: `mod.rs` (the class, seeding, state, integer methods),
//! `sequences.rs` (`choice`, `choices`, `shuffle`, `sample`),
//! `dists.rs` (the real-valued distributions), `mt.rs` (the generator),
//! `system.rs` (`SystemRandom`).

mod dists;
mod mt;
mod sequences;
mod system;

use crate::args::{or_none, Signature};
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::instance::InstanceExtra;
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::number::{self, IntRef};
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use mt::Mt;
use num_bigint::{BigInt, BigUint, Sign};
use std::any::Any;
use std::cell::{Cell, RefCell};

/// The Rust state of a `Random` instance.
pub struct RandomObject {
    class: Obj,
    mt: RefCell<Mt>,
    /// `gauss()`'s second value, kept for the next call.
    gauss_next: Cell<Option<f64>>,
}

impl NativeObject for RandomObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Where `_randbelow` gets its bits, as `Random.__init_subclass__` decides.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Below {
    /// The native generator (no override).
    Native,
    /// `_randbelow_with_getrandbits` through an overriding `getrandbits`.
    Bits,
    /// `_randbelow_without_getrandbits` through an overriding `random`.
    Float,
}

/// The receiver of a `Random` method: the wrapped state and, for
/// instances of Python subclasses, which methods are overridden.
pub(crate) struct Gen {
    /// The `RandomObject` (the receiver itself, or what it wraps).
    state: Value,
    /// The receiver as given.
    me: Value,
    own_random: bool,
    own_bits: bool,
    below: Below,
}

fn as_random(v: &Value) -> Option<&RandomObject> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<RandomObject>(),
        _ => None,
    }
}

/// Is `v` one of this module's builtins (not a Python override)?
fn is_native_method(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Builtin(b)) if b.owner == Some("Random"))
}

impl Gen {
    fn obj(&self) -> &RandomObject {
        // `state` was checked to be a RandomObject when the Gen was made.
        as_random(&self.state).unwrap_or_else(|| unreachable!("Gen holds a RandomObject"))
    }

    /// `self.random()`.
    #[inline]
    pub(crate) fn random(&self, vm: &mut Vm) -> PyResult<f64> {
        if self.own_random {
            return Ok(self.obj().mt.borrow_mut().next_f64());
        }
        let r = vm.call_method(&self.me, "random", &[])?;
        float_of(vm, &r)
    }

    /// `self.getrandbits(k)`.
    fn getrandbits(&self, vm: &mut Vm, k: u64) -> PyResult<Value> {
        if self.own_bits {
            return Ok(bits_value(&mut self.obj().mt.borrow_mut(), k));
        }
        vm.call_method(&self.me, "getrandbits", &[Value::Int(k as i64)])
    }

    /// `self._randbelow(n)` for `n > 0` that fits in a u64.
    pub(crate) fn below_u64(&self, vm: &mut Vm, n: u64) -> PyResult<u64> {
        if self.below == Below::Native {
            return Ok(self.obj().mt.borrow_mut().below_u64(n));
        }
        let r = self.below_big(vm, &BigInt::from(n))?;
        u64::try_from(&r).map_err(|_| PyErr::internal("_randbelow out of range"))
    }

    /// `self._randbelow(n)` for any `n > 0`.
    pub(crate) fn below_big(&self, vm: &mut Vm, n: &BigInt) -> PyResult<BigInt> {
        match self.below {
            Below::Native | Below::Bits => {
                let k = n.bits();
                loop {
                    let r = self.getrandbits(vm, k)?;
                    let r = int_of(vm, &r)?;
                    if &r < n {
                        return Ok(r);
                    }
                }
            }
            Below::Float => {
                // `_randbelow_without_getrandbits(n, maxsize=1<<53)`.
                let maxsize = BigInt::from(1u64 << 53);
                if n >= &maxsize {
                    let r = self.random(vm)?;
                    let nf = number::bigint_to_f64(n)?;
                    return float_to_bigint((r * nf).floor());
                }
                let rem = &maxsize % n;
                let limit = number::bigint_to_f64(&(&maxsize - rem))? / 9_007_199_254_740_992.0;
                let mut r = self.random(vm)?;
                while r >= limit {
                    r = self.random(vm)?;
                }
                Ok(float_to_bigint((r * 9_007_199_254_740_992.0).floor())? % n)
            }
        }
    }
}

fn float_to_bigint(f: f64) -> PyResult<BigInt> {
    let v = number::float_to_int(f)?;
    number::to_bigint(&v).ok_or_else(|| PyErr::internal("float_to_int gave a non-int"))
}

/// A Python float from a value `random()` returned.
fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match number::to_f64(v) {
        Some(r) => r,
        None => Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// An int (through `__index__`) as a BigInt.
fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = number::to_bigint(v) {
        return Ok(b);
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(b) = number::to_bigint(&r) {
            return Ok(b);
        }
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// `getrandbits(k)` as a Python int.
fn bits_value(mt: &mut Mt, k: u64) -> Value {
    if k <= 63 {
        return Value::Int(mt.bits_u64(k as u32) as i64);
    }
    let words = mt.bits_words(k);
    Value::from_bigint(BigInt::from(BigUint::new(words)))
}

/// The receiver of a method named `name`.
pub(crate) fn this(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Gen> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    if as_random(&me).is_some() {
        return Ok(Gen { state: me.clone(), me, own_random: true, own_bits: true, below: Below::Native });
    }
    if let Some(Payload::Instance(inst)) = me.payload() {
        if let InstanceExtra::Native(state) = &inst.extra {
            let state = state.clone();
            if as_random(&state).is_some() {
                let cls = inst.class.borrow().clone();
                let own_random = vm.lookup_in_type(&cls, "random").map_or(true, |f| is_native_method(&f));
                let own_bits = vm.lookup_in_type(&cls, "getrandbits").map_or(true, |f| is_native_method(&f));
                let below = below_rule(&cls);
                return Ok(Gen { state, me, own_random, own_bits, below });
            }
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{}' object",
        vm.type_name(&me)
    )))
}

/// `Random.__init_subclass__`'s rule: the first class in the MRO defining
/// `getrandbits` or `random` decides how `_randbelow` draws.
fn below_rule(cls: &Obj) -> Below {
    let mut chain = vec![cls.clone()];
    if let Payload::Type(t) = cls.payload() {
        chain.extend(t.mro.borrow().iter().cloned());
    }
    for c in chain {
        let Payload::Type(t) = c.payload() else { continue };
        let d = t.dict.borrow();
        if let Some(f) = d.get_str("getrandbits") {
            return if is_native_method(f) { Below::Native } else { Below::Bits };
        }
        if d.get_str("random").is_some() {
            return Below::Float;
        }
    }
    Below::Native
}

// ---- seeding --------------------------------------------------------------

/// 624 words from the OS (`random_seed_urandom`), or the time and pid.
fn seed_from_os(mt: &mut Mt) {
    use std::io::Read;
    let mut buf = vec![0u8; mt::N * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).is_ok();
    if ok {
        let words: Vec<u32> = buf.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        mt.seed_words(&words);
    } else {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let nanos = now.as_nanos();
        mt.seed_words(&[nanos as u32, (nanos >> 32) as u32, std::process::id()]);
    }
}

/// The words of a non-negative integer, least significant first.
fn words_of(n: &BigInt) -> Vec<u32> {
    n.magnitude().to_u32_digits()
}

/// `random.py`'s `Random.seed(a, version)` then `_random.Random.seed`.
fn seed_with(vm: &mut Vm, g: &Gen, a: &Value, version: &Value) -> PyResult<()> {
    let version_is = |n: i64| number::as_int(version).map_or(false, |v| matches!(v, IntRef::Small(x) if x == n));
    let bytes_of = |v: &Value| -> Option<Vec<u8>> {
        match v.payload()? {
            Payload::Bytes(b) => Some(b.clone()),
            Payload::ByteArray(b) => Some(b.borrow().clone()),
            _ => None,
        }
    };
    let is_bytes = matches!(a.payload(), Some(Payload::Bytes(_)));
    let words: Vec<u32> = if a.is_none() {
        seed_from_os(&mut g.obj().mt.borrow_mut());
        g.obj().gauss_next.set(None);
        return Ok(());
    } else if version_is(1) && (a.as_str().is_some() || is_bytes) {
        // The version-1 string hash of Python 2.
        let chars: Vec<u32> = match a.as_str() {
            Some(s) => s.chars().map(|c| c as u32).collect(),
            None => bytes_of(a).unwrap_or_default().into_iter().map(u32::from).collect(),
        };
        let mut x: u64 = chars.first().map_or(0, |&c| (c as u64) << 7);
        for &c in &chars {
            x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
        }
        x ^= chars.len() as u64;
        words_of(&BigInt::from(x))
    } else if version_is(2) && (a.as_str().is_some() || bytes_of(a).is_some()) {
        use sha2::{Digest, Sha512};
        let mut data = match a.as_str() {
            Some(s) => s.as_bytes().to_vec(),
            None => bytes_of(a).unwrap_or_default(),
        };
        let digest = Sha512::digest(&data);
        data.extend_from_slice(&digest);
        BigUint::from_bytes_be(&data).to_u32_digits()
    } else if let Some(i) = number::as_int(a) {
        words_of(&i.to_bigint())
    } else if let Value::Float(_) = a {
        let h = vm.hash(a)?;
        words_of(&BigInt::from(h as u64))
    } else if a.as_str().is_some() || bytes_of(a).is_some() {
        // str/bytes with another version: `_random` hashes them.
        let h = vm.hash(a)?;
        words_of(&BigInt::from(h as u64))
    } else {
        return Err(PyErr::type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
    };
    g.obj().mt.borrow_mut().seed_words(&words);
    g.obj().gauss_next.set(None);
    Ok(())
}

const SEED: Signature = Signature { qualname: "Random.seed", names: &["a", "version"], positional: 2, required: 0, method: true };

/// `Random.seed(a=None, version=2)`.
fn random_seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "seed")?;
    let s = SEED.bind(&args)?;
    let version = s[1].cloned().unwrap_or(Value::Int(2));
    seed_with(vm, &g, &or_none(s[0]), &version)?;
    Ok(Value::None)
}

/// `Random.__new__(cls, x=None)`: a generator seeded from `x`.
fn random_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos().first().and_then(|c| c.as_obj()) {
        Some(c) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => return Err(PyErr::type_error("Random.__new__(X): X is not a type object")),
    };
    let native = matches!(cls.payload(), Payload::Type(t) if t.kind == TypeKind::Native);
    if !native {
        // `Random.__new__(Subclass)`: a Python instance wrapping the state.
        return vm.new_instance(&cls, Args { values: &[], kwnames: &[] });
    }
    let obj = RandomObject { class: cls, mt: RefCell::new(Mt::new()), gauss_next: Cell::new(None) };
    let v = Value::from_obj(Payload::Native(Box::new(obj)));
    let rest = &args.values[1..];
    let kwnames = args.kwnames;
    let inner = Args { values: rest, kwnames };
    if inner.has_kw() {
        return Err(PyErr::type_error("Random() takes no keyword arguments"));
    }
    if inner.pos().len() > 1 {
        return Err(PyErr::type_error(format!("Random expected at most 1 argument, got {}", inner.pos().len())));
    }
    let g = Gen { state: v.clone(), me: v.clone(), own_random: true, own_bits: true, below: Below::Native };
    seed_with(vm, &g, inner.pos().first().unwrap_or(&Value::None), &Value::Int(2))?;
    Ok(v)
}

const INIT: Signature = Signature { qualname: "Random.__init__", names: &["x"], positional: 1, required: 0, method: true };

/// `Random.__init__(self, x=None)`: `self.seed(x)` (for subclasses; a
/// direct `Random(x)` is seeded by `__new__`).
fn random_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "__init__")?;
    let s = INIT.bind(&args)?;
    vm.call_method(&g.me, "seed", &[or_none(s[0])])?;
    g.obj().gauss_next.set(None);
    Ok(Value::None)
}

/// `Random.random()`: a float in [0.0, 1.0).
fn random_random(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = args.pos().first().and_then(as_random) {
        if args.values.len() == 1 {
            return Ok(Value::Float(r.mt.borrow_mut().next_f64()));
        }
    }
    let g = this(vm, &args, "random")?;
    if args.values.len() != 1 {
        return Err(PyErr::type_error(format!("Random.random() takes no arguments ({} given)", args.values.len() - 1)));
    }
    let r = g.obj().mt.borrow_mut().next_f64();
    Ok(Value::Float(r))
}

/// `Random.getrandbits(k)`: ValueError for negative `k`.
fn random_getrandbits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "getrandbits")?;
    let p = args.pos();
    if args.has_kw() || p.len() != 2 {
        return Err(PyErr::type_error(format!("getrandbits() takes exactly one argument ({} given)", args.values.len().saturating_sub(1))));
    }
    let k = vm.index_value(&p[1])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k >= 1 << 40 {
        return Err(PyErr::new(garter_interp::errors::ExcKind::MemoryError, ""));
    }
    let v = bits_value(&mut g.obj().mt.borrow_mut(), k as u64);
    Ok(v)
}

const RANDBYTES: Signature = Signature { qualname: "Random.randbytes", names: &["n"], positional: 1, required: 1, method: true };

/// `Random.randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
fn random_randbytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "randbytes")?;
    let s = RANDBYTES.bind(&args)?;
    let n = vm.index_value(&or_none(s[0]))?;
    if n < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if n >= 1 << 37 {
        return Err(PyErr::new(garter_interp::errors::ExcKind::MemoryError, ""));
    }
    let n = n as usize;
    if g.own_bits {
        let words = g.obj().mt.borrow_mut().bits_words(n as u64 * 8);
        let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        out.truncate(n);
        return Ok(Value::new_bytes(out));
    }
    let v = g.getrandbits(vm, n as u64 * 8)?;
    let b = int_of(vm, &v)?;
    let mut out = b.to_signed_bytes_le();
    out.resize(n, 0);
    Ok(Value::new_bytes(out))
}

/// `Random.getstate()`: `(3, (624 words..., index), gauss_next)`.
fn random_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "getstate")?;
    let mt = g.obj().mt.borrow();
    let mut words: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    words.push(Value::Int(mt.index as i64));
    let gauss = g.obj().gauss_next.get().map_or(Value::None, Value::Float);
    Ok(Value::new_tuple(vec![Value::Int(3), Value::new_tuple(words), gauss]))
}

/// `Random.setstate(state)`, with `_random`'s checks on the word tuple.
fn random_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "setstate")?;
    let state = args.pos().get(1).cloned().ok_or_else(|| PyErr::type_error("Random.setstate() missing 1 required positional argument: 'state'"))?;
    let version = vm.get_item(&state, &Value::Int(0))?;
    let items = vm.collect(&state)?;
    let v = number::to_i64(&version);
    if v != Some(3) && v != Some(2) {
        let r = vm.str_value(&version)?;
        let r = r.as_str().unwrap_or("").to_string();
        return Err(PyErr::value_error(format!("state with version {r} passed to Random.setstate() of version 3")));
    }
    if items.len() != 3 {
        return Err(PyErr::value_error(format!(
            "{} values to unpack (expected 3)",
            if items.len() > 3 { "too many" } else { "not enough" }
        )));
    }
    let gauss = match &items[2] {
        Value::None => None,
        other => Some(float_of(vm, other)?),
    };
    let words = &items[1];
    let Some(words) = words.as_tuple() else { return Err(PyErr::type_error("state vector must be a tuple")) };
    if words.len() != mt::N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut new = Mt::new();
    for (i, w) in words[..mt::N].iter().enumerate() {
        let b = int_of(vm, w)?;
        let b = if v == Some(2) {
            use num_integer::Integer;
            b.mod_floor(&BigInt::from(1u64 << 32))
        } else {
            b
        };
        if b.sign() == Sign::Minus {
            return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
        }
        let d = b.magnitude().to_u64_digits();
        new.state[i] = d.first().copied().unwrap_or(0) as u32;
    }
    let index = int_of(vm, &words[mt::N])?;
    let index = i64::try_from(&index).unwrap_or(-1);
    if index < 0 || index > mt::N as i64 {
        return Err(PyErr::value_error("invalid state"));
    }
    new.index = index as usize;
    *g.obj().mt.borrow_mut() = new;
    g.obj().gauss_next.set(gauss);
    Ok(Value::None)
}

/// `Random.__reduce__()`: `(type(self), (), self.getstate())`, for `copy`
/// and `pickle`.
fn random_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "__reduce__")?;
    let cls = Value::Obj(vm.type_of(&g.me));
    let state = vm.call_method(&g.me, "getstate", &[])?;
    Ok(Value::new_tuple(vec![cls, Value::new_tuple(vec![]), state]))
}

// ---- integers -------------------------------------------------------------

/// An int from an argument of `randrange`: `__index__`, else (deprecated)
/// an integral float; `ValueError: non-integer arg 1 for randrange()`.
fn range_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = number::to_bigint(v) {
        return Ok(b);
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        return int_of(vm, &r);
    }
    let int_type = Value::Obj(vm.g.types.int.clone());
    let i = vm.call(&int_type, &[v.clone()])?;
    if !vm.eq(&i, v)? {
        return Err(PyErr::value_error(format!("non-integer {what} for randrange()")));
    }
    int_of(vm, &i)
}

fn int_value(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// `istart + istep * self._randbelow(n)` for `n > 0`.
fn pick(vm: &mut Vm, g: &Gen, start: &BigInt, step: &BigInt, n: &BigInt) -> PyResult<Value> {
    let r = match u64::try_from(n) {
        Ok(small) => BigInt::from(g.below_u64(vm, small)?),
        Err(_) => g.below_big(vm, n)?,
    };
    Ok(int_value(start + step * r))
}

/// The fast path of `randrange(start, stop)` / `randint(a, b)` on small ints.
#[inline]
fn small_range(vm: &mut Vm, g: &Gen, start: i64, stop: i64) -> PyResult<Option<Value>> {
    let width = stop as i128 - start as i128;
    if width <= 0 || width > u64::MAX as i128 {
        return Ok(None);
    }
    let r = g.below_u64(vm, width as u64)?;
    let v = start as i128 + r as i128;
    Ok(Some(match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(v)),
    }))
}

/// `randrange(start, stop=None, step=1)` after binding.
fn randrange_impl(vm: &mut Vm, g: &Gen, start: &Value, stop: Option<&Value>, step: Option<&Value>) -> PyResult<Value> {
    if let (Value::Int(a), Some(Value::Int(b)), None | Some(Value::Int(1))) = (start, stop, step) {
        if let Some(v) = small_range(vm, g, *a, *b)? {
            return Ok(v);
        }
    }
    let istart = range_arg(vm, start, "arg 1")?;
    let zero = BigInt::from(0);
    let stop = stop.filter(|v| !v.is_none());
    let Some(stop) = stop else {
        if step.is_some() {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if istart > zero {
            return pick(vm, g, &zero, &BigInt::from(1), &istart);
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    };
    let istop = range_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(s) => range_arg(vm, s, "step")?,
    };
    let one = BigInt::from(1);
    if istep == one {
        if width > zero {
            return pick(vm, g, &istart, &one, &width);
        }
        return Err(PyErr::value_error(format!("empty range for randrange() ({istart}, {istop}, {width})")));
    }
    use num_integer::Integer;
    let n = if istep > zero {
        (&width + &istep - &one).div_floor(&istep)
    } else if istep < zero {
        (&width + &istep + &one).div_floor(&istep)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if n <= zero {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    pick(vm, g, &istart, &istep, &n)
}

const RANDRANGE: Signature = Signature { qualname: "Random.randrange", names: &["start", "stop", "step"], positional: 3, required: 1, method: true };

/// `Random.randrange(start, stop=None, step=1)`.
fn random_randrange(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "randrange")?;
    let s = RANDRANGE.bind(&args)?;
    randrange_impl(vm, &g, &or_none(s[0]), s[1], s[2])
}

const RANDINT: Signature = Signature { qualname: "Random.randint", names: &["a", "b"], positional: 2, required: 2, method: true };

/// `Random.randint(a, b)`: `randrange(a, b + 1)`.
fn random_randint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "randint")?;
    if args.kwnames.is_empty() {
        if let [_, Value::Int(a), Value::Int(b)] = args.values {
            if *b < i64::MAX {
                if let Some(v) = small_range(vm, &g, *a, *b + 1)? {
                    return Ok(v);
                }
            }
        }
    }
    let s = RANDINT.bind(&args)?;
    let (a, b) = (or_none(s[0]), or_none(s[1]));
    let b1 = vm.binary_op(b, Value::Int(1), garter_interp::code::BINOP_ADD)?;
    randrange_impl(vm, &g, &a, Some(&b1), None)
}

// ---- the class and the module ---------------------------------------------

const METHODS: &[(&str, NativeFn)] = &[
    ("__getstate__", random_getstate),
    ("__init__", random_init),
    ("__reduce__", random_reduce),
    ("__setstate__", random_setstate),
    ("betavariate", dists::betavariate),
    ("choice", sequences::choice),
    ("choices", sequences::choices),
    ("expovariate", dists::expovariate),
    ("gammavariate", dists::gammavariate),
    ("gauss", dists::gauss),
    ("getrandbits", random_getrandbits),
    ("getstate", random_getstate),
    ("lognormvariate", dists::lognormvariate),
    ("normalvariate", dists::normalvariate),
    ("paretovariate", dists::paretovariate),
    ("randbytes", random_randbytes),
    ("randint", random_randint),
    ("random", random_random),
    ("randrange", random_randrange),
    ("sample", sequences::sample),
    ("seed", random_seed),
    ("setstate", random_setstate),
    ("shuffle", sequences::shuffle),
    ("triangular", dists::triangular),
    ("uniform", dists::uniform),
    ("vonmisesvariate", dists::vonmisesvariate),
    ("weibullvariate", dists::weibullvariate),
];

/// The names bound to the hidden instance's methods (`random.random`...).
const MODULE_FUNCTIONS: &[&str] = &[
    "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
    "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample",
    "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
];

fn make_random_class(vm: &mut Vm) -> Obj {
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new("Random", TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    *ty.qualname.borrow_mut() = "Random".to_string();
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, "Random", METHODS);
    if let Payload::Type(t) = cls.payload() {
        let mut d = t.dict.borrow_mut();
        let new = Value::from_obj(Payload::Builtin(Builtin { name: "__new__", func: random_new, receiver: Value::Null, owner: None }));
        d.set_str_key(Value::new_str("__new__"), new);
        d.set_str_key(Value::new_str("__module__"), Value::new_str("random"));
        d.set_str_key(Value::new_str("VERSION"), Value::Int(3));
    }
    cls
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let cls = make_random_class(vm);
    let inst = garter_interp::builtins::construct_builtin(vm, &cls, Args { values: &[], kwnames: &[] })?;
    let system = system::make_class(vm, &cls)?;
    let (m, d) = vm.new_module("random");
    if let Payload::Dict(dd) = d.payload() {
        dd.borrow_mut().set_str_key(Value::new_str("SystemRandom"), system);
        let mut dd = dd.borrow_mut();
        for &name in MODULE_FUNCTIONS {
            let Some(&(fname, func)) = METHODS.iter().find(|(n, _)| *n == name) else { continue };
            let f = Value::from_obj(Payload::Builtin(Builtin { name: fname, func, receiver: inst.clone(), owner: Some("Random") }));
            dd.set_str_key(Value::new_str(fname), f);
        }
        dd.set_str_key(Value::new_str("Random"), Value::Obj(cls));
        dd.set_str_key(Value::new_str("_inst"), inst);
        let consts = [
            ("BPF", Value::Int(53)),
            ("LOG4", Value::Float(4.0f64.ln())),
            ("NV_MAGICCONST", Value::Float(dists::NV_MAGICCONST)),
            ("RECIP_BPF", Value::Float(1.0 / 9_007_199_254_740_992.0)),
            ("SG_MAGICCONST", Value::Float(1.0 + 4.5f64.ln())),
            ("TWOPI", Value::Float(std::f64::consts::TAU)),
        ];
        for (name, v) in consts {
            dd.set_str_key(Value::new_str(name), v);
        }
    }
    Ok(m)
}
