//! `time.struct_time` and the calendar conversions: `gmtime`, `localtime`,
//! `mktime`, `asctime`, `ctime`.
//!
//! `struct_time` is a class deriving from `tuple` (nine visible items) with
//! a property per field and two attribute-only fields, `tm_zone` and
//! `tm_gmtoff`, kept in the instance dict, as CPython's struct sequence.
//! `gmtime` is computed here (proleptic Gregorian, any 64-bit time);
//! `localtime` and `mktime` ask the C library, so the `TZ` rules are the
//! system's, as in CPython.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::number;
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::cell::RefCell;

extern "C" {
    // POSIX; the libc crate does not declare it.
    fn tzset();
}

/// A broken-down time, in Python's conventions (month 1-12, Monday = 0,
/// day of the year from 1).
#[derive(Clone, Debug, Default)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: Option<String>,
    pub gmtoff: Option<i64>,
}

pub const FIELDS: [&str; 9] = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

// ---- the calendar ---------------------------------------------------------

/// Days since 1970-01-01 to (year, month, day) (Howard Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) to days since 1970-01-01.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Day of the year (from 1) of a date.
pub fn day_of_year(y: i64, m: i64, d: i64) -> i64 {
    days_from_civil(y, m, d) - days_from_civil(y, 1, 1) + 1
}

/// Weekday (Monday = 0) of a date.
pub fn weekday(y: i64, m: i64, d: i64) -> i64 {
    (days_from_civil(y, m, d) + 3).rem_euclid(7)
}

/// `gmtime(t)`, for any `t` whose year fits.
pub fn gmtime(t: i64) -> Tm {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    Tm {
        year: y,
        mon: m,
        mday: d,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: day_of_year(y, m, d),
        isdst: 0,
        zone: Some("GMT".into()),
        gmtoff: Some(0),
    }
}

/// `localtime(t)` through the C library.
pub fn localtime(t: i64) -> Option<Tm> {
    let tt: libc::time_t = t.try_into().ok()?;
    // SAFETY: `tm` is plain data, fully written by localtime_r on success.
    // Like CPython, no tzset() here: glibc's localtime_r reads TZ once,
    // until `time.tzset()` (or `mktime`) re-reads it.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&tt, &mut tm).is_null() {
            return None;
        }
        Some(from_libc(&tm))
    }
}

fn from_libc(tm: &libc::tm) -> Tm {
    let zone = if tm.tm_zone.is_null() {
        None
    } else {
        // SAFETY: a non-null tm_zone from localtime_r points at a
        // NUL-terminated string owned by the C library.
        Some(unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned())
    };
    Tm {
        year: tm.tm_year as i64 + 1900,
        mon: tm.tm_mon as i64 + 1,
        mday: tm.tm_mday as i64,
        hour: tm.tm_hour as i64,
        min: tm.tm_min as i64,
        sec: tm.tm_sec as i64,
        wday: (tm.tm_wday as i64 + 6) % 7,
        yday: tm.tm_yday as i64 + 1,
        isdst: tm.tm_isdst as i64,
        zone,
        gmtoff: Some(tm.tm_gmtoff),
    }
}

/// A `libc::tm` from Python's fields (`gettmarg`'s conversion).
pub fn to_libc(t: &Tm) -> PyResult<libc::tm> {
    let int = |v: i64| -> PyResult<libc::c_int> { v.try_into().map_err(|_| PyErr::overflow_error("Python int too large to convert to C int")) };
    // SAFETY: libc::tm is plain data; all-zero is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = int(t.year - 1900)?;
    tm.tm_mon = int(t.mon - 1)?;
    tm.tm_mday = int(t.mday)?;
    tm.tm_hour = int(t.hour)?;
    tm.tm_min = int(t.min)?;
    tm.tm_sec = int(t.sec)?;
    tm.tm_wday = int((t.wday + 1) % 7)?;
    tm.tm_yday = int(t.yday - 1)?;
    tm.tm_isdst = int(t.isdst)?;
    tm.tm_gmtoff = t.gmtoff.unwrap_or(0);
    Ok(tm)
}

/// The C library's `tzset()`: re-reads `TZ`.
pub fn c_tzset() {
    // SAFETY: tzset has no arguments; called under the GIL.
    unsafe { tzset() }
}

/// `mktime(t)`: the local time `t` as seconds since the epoch.
pub fn mktime(t: &Tm) -> PyResult<f64> {
    let mut tm = to_libc(t)?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, owned struct; tm_zone is null (mktime ignores it).
    let r = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if r == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow_error("mktime argument out of range"));
    }
    Ok(r as f64)
}

// ---- struct_time ------------------------------------------------------------

/// The `struct_time` class, from the `time` module in `sys.modules`.
pub fn class(vm: &mut Vm) -> PyResult<Value> {
    crate::args::module_attr(vm, "time", "struct_time").ok_or_else(|| PyErr::internal("time.struct_time is missing"))
}

/// A `struct_time` holding `t`.
pub fn new_struct_time(vm: &mut Vm, t: &Tm) -> PyResult<Value> {
    let cls = class(vm)?;
    let items = vec![
        Value::Int(t.year),
        Value::Int(t.mon),
        Value::Int(t.mday),
        Value::Int(t.hour),
        Value::Int(t.min),
        Value::Int(t.sec),
        Value::Int(t.wday),
        Value::Int(t.yday),
        Value::Int(t.isdst),
    ];
    let zone = t.zone.as_deref().map_or(Value::None, Value::new_str);
    let gmtoff = t.gmtoff.map_or(Value::None, Value::Int);
    make(vm, &cls, items, zone, gmtoff)
}

fn make(vm: &mut Vm, cls: &Value, items: Vec<Value>, zone: Value, gmtoff: Value) -> PyResult<Value> {
    let Some(c) = cls.as_obj() else { return Err(PyErr::internal("struct_time class")) };
    let tuple = Value::new_tuple(items);
    let inst = vm.new_instance(c, Args { values: std::slice::from_ref(&tuple), kwnames: &[] })?;
    vm.set_attr_str(&inst, "tm_zone", zone)?;
    vm.set_attr_str(&inst, "tm_gmtoff", gmtoff)?;
    Ok(inst)
}

/// `struct_time(sequence)`: 9 to 11 items (the last two are `tm_zone` and
/// `tm_gmtoff`).
fn st_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let Some(seq) = args.pos().get(1).or(args.kw_get("sequence")) else {
        return Err(PyErr::type_error("struct_time() missing required argument 'sequence' (pos 1)"));
    };
    let items = vm.collect(seq)?;
    let n = items.len();
    if n < 9 {
        return Err(PyErr::type_error(format!("time.struct_time() takes an at least 9-sequence ({n}-sequence given)")));
    }
    if n > 11 {
        return Err(PyErr::type_error(format!("time.struct_time() takes an at most 11-sequence ({n}-sequence given)")));
    }
    let zone = items.get(9).cloned().unwrap_or(Value::None);
    let gmtoff = items.get(10).cloned().unwrap_or(Value::None);
    make(vm, &cls, items[..9].to_vec(), zone, gmtoff)
}

fn st_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let mut parts = Vec::with_capacity(9);
    for (i, name) in FIELDS.iter().enumerate() {
        let v = vm.get_item(&me, &Value::Int(i as i64))?;
        parts.push(format!("{name}={}", vm.repr(&v)?));
    }
    Ok(Value::from_string(format!("time.struct_time({})", parts.join(", "))))
}

macro_rules! field {
    ($fname:ident, $i:expr) => {
        fn $fname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let me = args.pos().first().cloned().unwrap_or(Value::None);
            vm.get_item(&me, &Value::Int($i))
        }
    };
}
field!(f_year, 0);
field!(f_mon, 1);
field!(f_mday, 2);
field!(f_hour, 3);
field!(f_min, 4);
field!(f_sec, 5);
field!(f_wday, 6);
field!(f_yday, 7);
field!(f_isdst, 8);

const GETTERS: [NativeFn; 9] = [f_year, f_mon, f_mday, f_hour, f_min, f_sec, f_wday, f_yday, f_isdst];

fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner: Some("struct_time") }))
}

/// Makes the `struct_time` class.
pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let mut d = Dict::new();
    d.set_str_key(Value::new_str("__module__"), Value::new_str("time"));
    d.set_str_key(Value::new_str("__new__"), Value::from_obj(Payload::StaticMethod(builtin("__new__", st_new))));
    d.set_str_key(Value::new_str("__repr__"), builtin("__repr__", st_repr));
    d.set_str_key(Value::new_str("__str__"), builtin("__str__", st_repr));
    for (name, getter) in FIELDS.iter().zip(GETTERS) {
        let prop = Payload::Property { fget: builtin(name, getter), fset: Value::None, fdel: Value::None, doc: Value::None };
        d.set_str_key(Value::new_str(name), Value::from_obj(prop));
    }
    d.set_str_key(Value::new_str("n_fields"), Value::Int(11));
    d.set_str_key(Value::new_str("n_sequence_fields"), Value::Int(9));
    d.set_str_key(Value::new_str("n_unnamed_fields"), Value::Int(0));
    let ns = Obj::new(Payload::Dict(RefCell::new(d)));
    let tuple = Value::Obj(vm.g.types.tuple.clone());
    vm.new_class("struct_time", &[tuple], &ns, None)
}

// ---- arguments --------------------------------------------------------------

/// A seconds argument (`None`/missing: now), floored to whole seconds.
pub fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(super::epoch_secs().floor() as i64),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let fl = f.floor();
            if !(-9.2e18..9.2e18).contains(&fl) {
                return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(fl as i64)
        }
        Some(v) => {
            if let Some(b) = number::to_bigint(v) {
                return i64::try_from(&b).map_err(|_| PyErr::overflow_error("timestamp out of range for platform time_t"));
            }
            vm.index_value(v)
        }
    }
}

/// `gettmarg`: a struct_time or 9-tuple as a `Tm` (`tm_zone` and
/// `tm_gmtoff` only from a struct_time).
pub fn tm_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Tm> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Tuple(t)) => t.clone(),
        Some(Payload::Instance(_)) if vm.isinstance(v, &vm.g.types.tuple.clone()) => vm.collect(v)?,
        _ => return Err(PyErr::type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        if let Value::Float(_) = item {
            return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
        }
        *slot = vm.index_value(item)?;
    }
    let mut t = Tm { year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: f[6], yday: f[7], isdst: f[8], zone: None, gmtoff: None };
    let cls = class(vm)?;
    if let Some(c) = cls.as_obj() {
        if vm.isinstance(v, c) {
            let zone = vm.get_attr_str(v, "tm_zone")?;
            t.zone = zone.as_str().map(String::from);
            let off = vm.get_attr_str(v, "tm_gmtoff")?;
            t.gmtoff = number::to_i64(&off);
        }
    }
    Ok(t)
}

/// `checktm`: the field ranges `asctime` and `strftime` accept; a zero
/// month, day of month or day of year reads as the first one (CPython's
/// fix for bug #1520914).
pub fn check(t: &mut Tm) -> PyResult<()> {
    if t.mon == 0 {
        t.mon = 1;
    } else if !(1..=12).contains(&t.mon) {
        return Err(PyErr::value_error("month out of range"));
    }
    if t.mday == 0 {
        t.mday = 1;
    } else if !(1..=31).contains(&t.mday) {
        return Err(PyErr::value_error("day of month out of range"));
    }
    if !(0..=23).contains(&t.hour) {
        return Err(PyErr::value_error("hour out of range"));
    }
    if !(0..=59).contains(&t.min) {
        return Err(PyErr::value_error("minute out of range"));
    }
    if !(0..=61).contains(&t.sec) {
        return Err(PyErr::value_error("seconds out of range"));
    }
    if (t.wday + 1) % 7 < 0 {
        return Err(PyErr::value_error("day of week out of range"));
    }
    if t.yday == 0 {
        t.yday = 1;
    } else if !(1..=366).contains(&t.yday) {
        return Err(PyErr::value_error("day of year out of range"));
    }
    Ok(())
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `asctime`'s layout: `Mon Jan  1 00:00:00 2024`.
pub fn asctime_text(t: &Tm) -> String {
    let wday = ((t.wday + 1) % 7).rem_euclid(7) as usize;
    let mon = (t.mon - 1).clamp(0, 11) as usize;
    format!("{} {}{:3} {:02}:{:02}:{:02} {}", DAYS[wday], MONTHS[mon], t.mday, t.hour, t.min, t.sec, t.year)
}
